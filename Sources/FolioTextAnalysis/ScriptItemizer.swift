/// Splits text into runs of one script each (Unicode Script property, UAX #24), ready
/// for shaping.
///
/// Characters of no particular script (Common and Inherited: spaces, punctuation, digits,
/// combining marks; also Unknown: unassigned and private-use code points) join the run before them, or the run after them at the start of the
/// text, so "Hello, 世界!" is one Latin run "Hello, " and one Han run "世界!". Paired brackets
/// stay together: a closing bracket takes the script of its opening bracket, so in
/// "中文（English）" both brackets are Han and only "English" is Latin.
///
/// ```swift
/// ScriptItemizer.runs(in: "Hello, 世界!").map(\.script.code)   // ["Latn", "Hani"]
/// ```
///
/// All offsets are UTF-8 byte offsets. The work is one ICU property lookup per scalar;
/// bracket pairs are tracked to a depth of 64, beyond which the oldest opening brackets
/// are forgotten (their closers then just join the current run), which keeps unbalanced
/// input linear.
public enum ScriptItemizer {
    /// How deep nested brackets are tracked (HarfBuzz's and Pango's itemizers use similar bounds).
    static let maximumBracketDepth = 64

    /// The script runs of `text` in order; empty for empty text.
    public static func runs(in text: String) -> [ScriptRun] {
        var itemizer = State()
        var offset = 0
        for scalar in text.unicodeScalars {
            itemizer.add(scalar, at: offset)
            offset += scalar.utf8.count
        }
        return itemizer.finish(at: offset)
    }

    /// The itemizer's walk over one text.
    private struct State {
        /// An opening bracket still waiting for its partner.
        struct OpenBracket {
            /// The closing bracket that pairs with it.
            var closing: UInt32
            /// The script of the run it opened in; nil while the text has no script yet.
            var script: Int32?
        }

        var runs: [ScriptRun] = []
        var runStart = 0
        /// ICU's code of the current run's script; nil until the first letter of a script.
        var script: Int32?
        var brackets: [OpenBracket] = []

        mutating func add(_ scalar: Unicode.Scalar, at offset: Int) {
            let scalarScript = ICU.script(of: scalar)
            if scalarScript != ICU.commonScript {
                switchScript(to: scalarScript, at: offset)
            } else if let closing = ICU.closingBracket(ofOpening: scalar) {
                if brackets.count == ScriptItemizer.maximumBracketDepth { brackets.removeFirst() }
                brackets.append(OpenBracket(closing: closing, script: script))
            } else if ICU.isClosingBracket(scalar),
                      let index = brackets.lastIndex(where: { $0.closing == scalar.value }) {
                let opener = brackets[index]
                brackets.removeSubrange(index...)
                if let openerScript = opener.script { switchScript(to: openerScript, at: offset) }
            }
        }

        /// Ends the current run at `offset` if `newScript` differs from it; the first
        /// script of the text also claims the neutrals before it.
        mutating func switchScript(to newScript: Int32, at offset: Int) {
            guard let current = script else {
                script = newScript
                for index in brackets.indices { brackets[index].script = newScript }
                return
            }
            guard newScript != current else { return }
            runs.append(ScriptRun(range: runStart..<offset, script: Script(code: ICU.scriptCode(current))))
            runStart = offset
            script = newScript
        }

        mutating func finish(at end: Int) -> [ScriptRun] {
            guard end > runStart else { return runs }
            let last = script.map { Script(code: ICU.scriptCode($0)) } ?? .common
            return runs + [ScriptRun(range: runStart..<end, script: last)]
        }
    }
}
