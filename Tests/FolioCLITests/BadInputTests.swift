import Foundation
import Testing

/// Bad input: one clear line naming the file and the problem, a non-zero exit, no output file.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var fileName: String
        var bytes: [UInt8]
        /// Words the one-line message must contain.
        var expected: String
        var testDescription: String { name }
    }

    static let seedBody = "home\u{A0}> NEWS\nA title\n2018-11-09 11:11:21\n\nA paragraph.\n"

    static let cases: [Case] = [
        Case(name: "empty file", fileName: "empty.txt", bytes: [], expected: "empty"),
        Case(name: "binary bytes", fileName: "binary.txt", bytes: [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10] + Array(repeating: 0, count: 64), expected: "binary"),
        Case(name: "invalid UTF-8", fileName: "latin1.txt", bytes: Array("home > NEWS\nCaf".utf8) + [0xE9, 0x0A] + Array("2018-11-09 11:11:21\n\nText.\n".utf8), expected: "UTF-8"),
        Case(name: "no title", fileName: "notitle.txt", bytes: Array("\n\n\n".utf8), expected: "title"),
        Case(name: "impossible date", fileName: "baddate.txt", bytes: Array("home\u{A0}> NEWS\nA title\n2018-13-45 99:99:99\n\nText.\n".utf8), expected: "date"),
        Case(name: "a PDF passed as an article", fileName: "article.txt", bytes: Array("%PDF-1.5\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".utf8), expected: "PDF"),
    ]

    @Test(arguments: cases)
    func rejectedWithOneLine(_ badCase: Case) throws {
        let folder = try TemporaryFolder()
        let input = try folder.write(badCase.fileName, badCase.bytes)
        let result = try CommandRunner.folio(["render", input, "-o", folder.path("out.pdf")])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.contains(badCase.fileName), "message does not name the file: \(result.stderr)")
        #expect(result.stderr.lowercased().contains(badCase.expected.lowercased()), "message: \(result.stderr)")
        #expect(!folder.exists("out.pdf"))
        #expect(folder.fileNames == [badCase.fileName], "left behind: \(folder.fileNames)")
    }

    @Test func missingPathIsNamed() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.folio(["render", folder.path("nope.txt")])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("nope.txt") && result.stderr.contains("no such file"))
        #expect(folder.fileNames.isEmpty)
    }

    @Test func unknownLayoutIsNamed() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.txt", Self.seedBody)
        let result = try CommandRunner.folio(["render", input, "--layout", "tabloid-deluxe"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("tabloid-deluxe"))
        #expect(result.stderr.contains("a4"), "should list the available layouts: \(result.stderr)")
        #expect(folder.fileNames == ["a.txt"])
    }

    @Test func outputNeverReplacesTheInput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.txt", Self.seedBody)
        let result = try CommandRunner.folio(["render", input, "-o", input])
        #expect(result.status != 0)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.seedBody)
    }
}
