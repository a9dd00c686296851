/// A declared language tag made canonical BCP 47, as articles and the command line give them:
/// `en_US`, `EN-gb`, `fr_FR.UTF-8`, `zh-CN`, `iw`.
///
/// Case as BCP 47 writes it (`sr-Latn-RS`), underscores as hyphens, POSIX suffixes dropped,
/// deprecated codes replaced (`iw` → `he`, `in` → `id`, `ji` → `yi`, `mo` → `ro`), and Chinese
/// given its script when the region implies one (`zh-CN` → `zh-Hans-CN`, `zh-TW` →
/// `zh-Hant-TW`), since the script, not the region, decides fonts and punctuation.
/// Anything that is not a language tag (`English`, `../x`, empty) is nil, so a bad declaration
/// is treated as none and the text is identified instead.
public enum LanguageTag {
    public static func canonical(_ tag: String) -> String? {
        let posix = tag.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
        let parts = posix.trimmedSpace.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }.map(String.init)
        guard let first = parts.first?.lowercased(), (2...3).contains(first.count), first.allSatisfy(Self.isASCIILetter),
              parts.count <= 6, parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(Self.isASCIIAlphanumeric) })
        else { return nil }
        let language = deprecated[first] ?? first
        var script: String?
        var rest: [String] = []
        for part in parts.dropFirst() {
            if part.count == 4, script == nil, rest.isEmpty, part.allSatisfy(Self.isASCIILetter) {
                script = part.prefix(1).uppercased() + part.dropFirst().lowercased()
            } else if (part.count == 2 && part.allSatisfy(Self.isASCIILetter)) || (part.count == 3 && part.allSatisfy(\.isNumber)) {
                rest.append(part.uppercased())
            } else {
                rest.append(part.lowercased())
            }
        }
        if language == "zh", script == nil, let region = rest.first {
            if ["CN", "SG", "MY"].contains(region) { script = "Hans" }
            if ["TW", "HK", "MO"].contains(region) { script = "Hant" }
        }
        return ([language] + (script.map { [$0] } ?? []) + rest).joined(separator: "-")
    }

    /// The language subtag alone (`zh` for `zh-Hant-TW`).
    public static func primary(of tag: String) -> String {
        String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    private static let deprecated = ["iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"]
    private static func isASCIILetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    private static func isASCIIAlphanumeric(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
}
