import Testing
@testable import FolioArchive

@Suite struct SlugTests {
    @Test func englishTitleBecomesLowercaseWords() {
        let slug = Slug(title: "Plenary Meeting of the 5th World Internet Conference (WIC) Kicks off in Wuzhen,Zhejiang Province")
        #expect(slug.text.hasPrefix("plenary-meeting-of-the-5th-world-internet-conference-wic-kicks-off"))
        #expect(slug.text.utf8.count <= 80)
        #expect(Slug.isValid(slug.text))
        #expect(!slug.text.hasSuffix("-"))
    }

    @Test func chineseIsTransliterated() {
        #expect(Slug(title: "第五届世界互联网大会").text == "di-wu-jie-shi-jie-hu-lian-wang-da-hui")
    }

    @Test func accentsAreStripped() {
        #expect(Slug(title: "Ça coûte très cher à Zürich").text == "ca-coute-tres-cher-a-zurich")
        #expect(Slug(title: "Straße in Łódź, Xi’s “œuvre”").text == "strasse-in-lodz-xis-oeuvre")
    }

    @Test func otherScriptsAreTransliterated() {
        #expect(Slug(title: "Привет мир").text == "privet-mir")
        #expect(Slug(title: "डिजिटल समावेशन").text == "dijitala-samavesana")
        #expect(Slug(title: "الاقتصاد الرقمي").text == "alaqtsad-alrqmy")
    }

    @Test(arguments: ["", "   ", "../..", "...", "!!!", "\u{202E}\u{0000}", "🎉🎉"])
    func nothingUsableGivesAStableHash(title: String) {
        let slug = Slug(title: title)
        #expect(Slug.isValid(slug.text))
        #expect(slug.text.hasPrefix("a-"))
        #expect(slug == Slug(title: title))
    }

    @Test func hostileTitlesNeverEscapeTheFolder() {
        for title in ["../../etc/passwd", "-rf /", "a/b", "CON", ".hidden", "x\u{0}y", String(repeating: "word ", count: 100)] {
            let slug = Slug(title: title)
            #expect(Slug.isValid(slug.text), "\(title.prefix(20)) → \(slug.text)")
            #expect(!slug.text.contains("/") && !slug.text.hasPrefix("-") && !slug.text.hasPrefix("."))
            #expect(slug.text.utf8.count <= 80)
        }
    }

    @Test func suffixIsStableAndFits() {
        let long = Slug(title: String(repeating: "abcdefghij ", count: 20))
        let a = long.suffixed(by: "one.txt")
        #expect(a == long.suffixed(by: "one.txt"))
        #expect(a != long.suffixed(by: "two.txt"))
        #expect(a.text.utf8.count <= 80 && Slug.isValid(a.text))
    }

    @Test(arguments: ["", ".", "..", "-a", "a-", "A", "a--b", "a/b", "a b", String(repeating: "a", count: 81)])
    func validationRejects(text: String) {
        #expect(Slug(validating: text) == nil)
    }

    @Test func idsParseOnlyTheDatePathForm() throws {
        #expect(try ObjectID("2018/11/09/wic-plenary").description == "2018/11/09/wic-plenary")
        for bad in ["2018/11/09", "2018/11/09/../x", "2018/13/09/a", "18/11/09/a", "2018/11/09/a/b", "/2018/11/09/a"] {
            #expect(throws: ArchiveError.self) { try ObjectID(bad) }
        }
    }
}
