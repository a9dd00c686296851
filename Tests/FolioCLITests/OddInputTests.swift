import Foundation
import Testing

/// Odd but valid input renders: nothing crashes, hangs or runs off the page.
@Suite struct OddInputTests {
    static func article(title: String = "A title", body: String) -> String {
        "home\u{A0}> NEWS\n\(title)\n2018-11-09 11:11:21\n\n\(body)\n\n[Print] [Close]\n"
    }

    func render(_ text: [UInt8], name: String = "odd.txt", extra: [String] = []) throws -> (TemporaryFolder, CommandResult) {
        let folder = try TemporaryFolder()
        let input = try folder.write(name, text)
        let result = try CommandRunner.folio(["render", input, "-o", folder.path("out.pdf")] + extra)
        return (folder, result)
    }

    @Test func crlfAndByteOrderMark() throws {
        let text = [0xEF, 0xBB, 0xBF] + Array(Self.article(body: "First paragraph.\n\nSecond paragraph.").replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let (folder, result) = try render(text)
        #expect(result.status == 0, "\(result.stderr)")
        let extracted = try PDFTools.text(folder.path("out.pdf"))
        #expect(extracted.contains("First paragraph.") && extracted.contains("Second paragraph."))
        #expect(!extracted.contains("\u{FEFF}"))
    }

    @Test func fiftyThousandCharacterWordIsSplitNotLost() throws {
        let word = String(repeating: "abcdefghij", count: 5_000)
        let (folder, result) = try render(Array(Self.article(body: "Before \(word) after.").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let letters = try PDFTools.text(folder.path("out.pdf")).filter { "abcdefghij".contains($0) }
        #expect(letters.count >= 50_000)
    }

    @Test func threeMegabyteParagraph() throws {
        let sentence = "The delegates discussed connectivity, sharing and governance in cyberspace at length. "
        let body = String(repeating: sentence, count: 3_000_000 / sentence.utf8.count)
        let (folder, result) = try render(Array(Self.article(body: body).utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let pages = Int(try PDFTools.info(folder.path("out.pdf"))["Pages"] ?? "0") ?? 0
        #expect(pages > 500)
    }

    @Test func controlAndBidiOverrideCharacters() throws {
        let body = "Bell\u{07} and escape\u{1B} inside. Override: \u{202E}reversed\u{202C} text and \u{2067}isolate\u{2069}."
        let (folder, result) = try render(Array(Self.article(body: body).utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let extracted = try PDFTools.text(folder.path("out.pdf"))
        #expect(extracted.contains("Bell"))
        #expect(extracted.contains("inside."))
    }

    @Test func emojiAndCharactersNoFontHasWarn() throws {
        // U+E000 is in the private use area: no installed font draws it.
        let body = "A party \u{1F389} and a private character \u{E000} here."
        let (folder, result) = try render(Array(Self.article(body: body).utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("U+E000"), "warning should name the code point: \(result.stderr)")
        #expect(result.stderr.contains("odd.txt"))
        #expect(folder.exists("out.pdf"))
    }

    @Test func strictTurnsMissingGlyphsIntoAnError() throws {
        let (folder, result) = try render(Array(Self.article(body: "Private \u{E000}.").utf8), extra: ["--strict"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("U+E000"))
        #expect(!folder.exists("out.pdf"))
    }
}
