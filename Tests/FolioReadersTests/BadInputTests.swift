import Testing

@testable import FolioReaders

/// Each kind of bad input gets its exact one-line message, never a crash.
@Suite struct BadInputTests {
    func message(_ bytes: [UInt8], fileName: String = "article.txt") -> String? {
        do {
            _ = try ArticleReaders.read(bytes, fileName: fileName)
            return nil
        } catch {
            return error.description
        }
    }

    func message(_ text: String) -> String? { message(Array(text.utf8)) }

    @Test func emptyFile() {
        #expect(message([]) == "is empty")
        #expect(message("  \n\r\n\t ") == "is empty")
        #expect(message([0xEF, 0xBB, 0xBF]) == "is empty")
    }

    @Test func binaryData() {
        #expect(message([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == "contains binary data, not text")
        #expect(message(Array(repeating: 0x01, count: 100) + Array("text".utf8)) == "contains binary data, not text")
    }

    @Test func invalidUTF8NamesTheFirstBadByte() {
        #expect(message(Array("Title\n".utf8) + [0xC3, 0x28]) == "is not valid UTF-8 (first bad byte at offset 7)")
        #expect(message([0x41, 0xFF]) == "is not valid UTF-8 (first bad byte at offset 1)")
        #expect(message([0x41, 0xED, 0xA0, 0x80]) == "is not valid UTF-8 (first bad byte at offset 2)")  // surrogate
        #expect(message([0x41, 0xE2, 0x82]) == "is not valid UTF-8 (first bad byte at offset 3)")  // truncated
    }

    @Test func pdfPassedAsAnArticle() {
        #expect(message(Array("%PDF-1.5\n%âãÏÓ\n1 0 obj".utf8)) == "is a PDF file, not an article")
    }

    @Test func utf16() {
        #expect(message([0xFF, 0xFE, 0x41, 0x00]) == "is UTF-16 text; save it as UTF-8")
    }

    @Test func noTitle() {
        #expect(message("2018-11-09 11:11:21\n\nBody.") == "has no title")
        #expect(message("home > NEWS\n2018-11-09 11:11:21\n\nBody.") == "has no title")
        #expect(message("[Print] [Close]") == "has no title")
    }

    @Test func noDate() {
        #expect(
            message("home > NEWS\nTitle\n\nBody text.")
                == "has no publication date (line 4 should be a timestamp such as 2018-11-09 11:11:21)")
        #expect(
            message("Title only")
                == "has no publication date (expected a timestamp such as 2018-11-09 11:11:21 after the title)")
    }

    @Test func impossibleDateNamesTheLine() {
        #expect(
            message("home > NEWS\nTitle\n2018-13-45 99:99:99\n\nBody.")
                == "impossible date '2018-13-45 99:99:99' (line 3): month 13 is out of range")
        #expect(
            message("Title\n2019-02-29\n\nBody.")
                == "impossible date '2019-02-29' (line 2): day 29 of month 2 is out of range")
    }

    @Test func unreadableDate() {
        #expect(message("Title\n2018-11-09 at noon\n\nBody.") == "unreadable date '2018-11-09 at noon' (line 2)")
    }

    @Test func messagesAreOneLine() {
        let inputs: [[UInt8]] = [[], [0, 1, 2], [0xFF], Array("%PDF-".utf8), Array("2018-01-01".utf8)]
        for input in inputs {
            let text = message(input) ?? ""
            #expect(!text.isEmpty && !text.contains("\n"))
        }
    }
}
