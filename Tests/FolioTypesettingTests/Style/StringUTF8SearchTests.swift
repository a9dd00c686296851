@testable import FolioTypesetting
import Testing

/// The byte-wise search behind running-head templates and the serif check.
@Suite struct StringUTF8SearchTests {
    @Test func fillsEveryPlaceholderOfATemplate() {
        let template = "{page} / {pages} · {title} — {page}"
        let filled = template.replacingAll("{page}", with: "2").replacingAll("{pages}", with: "5")
            .replacingAll("{title}", with: "互联网大会 — مؤتمر")
        #expect(filled == "2 / 5 · 互联网大会 — مؤتمر — 2")
    }

    @Test func replacesAdjacentMatchesAndLeavesTheRestAlone() {
        #expect("{x}{x}".replacingAll("{x}", with: "ab") == "abab")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("no placeholder".replacingAll("{page}", with: "1") == "no placeholder")
        #expect("{page".replacingAll("{page}", with: "1") == "{page")
        #expect("text".replacingAll("", with: "1") == "text")
        #expect("".replacingAll("{page}", with: "1") == "")
    }

    @Test func findsNeedlesAnywhereInTheText() {
        #expect("noto sans cjk sc".containsUTF8("sans"))
        #expect("sans".containsUTF8("sans"))
        #expect(!"noto serif".containsUTF8("sans"))
        #expect(!"san".containsUTF8("sans"))
        #expect("dejavu sans mono".containsUTF8("mono"))
    }

    @Test func tellsSerifFamiliesFromSansOnes() {
        #expect(ParagraphTypesetter.isSerif("Noto Serif CJK SC"))
        #expect(!ParagraphTypesetter.isSerif("Noto Sans CJK SC"))
        #expect(!ParagraphTypesetter.isSerif("Source Han Gothic"))
        #expect(!ParagraphTypesetter.isSerif("WenQuanYi Zen Hei"))
        #expect(!ParagraphTypesetter.isSerif("DejaVu Sans Mono"))
    }
}
