@testable import FolioTypesetting
import FolioModel
import Foundation
import Testing

/// Line height from the fonts on the line: Latin keeps the layout's grid, tall scripts grow
/// evenly, and nothing grows for glyphs that fit.
@Suite struct LineHeightTests {
    static let body = TextStyle(family: "Noto Serif", size: 10.5, leading: 14)
    static let fallbacks = ["Noto Serif CJK SC", "Noto Naskh Arabic", "Noto Serif Thai", "Noto Serif Myanmar", "Noto Serif Khmer"]

    func lines(_ text: String, language: String, measure: Double = 220) throws -> [TypesetLine] {
        let typesetter = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(), fallbackFamilies: Self.fallbacks)
        return try typesetter.typeset(
            [Span(text)], style: Self.body, measure: measure, alignment: .justify, language: language, hyphenator: nil).lines
    }

    @Test func latinKeepsTheLayoutsLeading() throws {
        let text = ParagraphTypesetterTests.text + " Ångström, Łódź, Ỳên and QUÉBEC keep their accents."
        for line in try lines(text, language: "en") {
            #expect(line.leading == 14 && line.extraAbove == 0 && line.extraBelow == 0)
            #expect(line.baseline(top: 100) == 100 + (14 - 10.5) / 2 + 10.5 * 0.8)
        }
    }

    /// Han glyphs stay inside the Latin box: an English line quoting Chinese keeps the grid.
    @Test func chineseInsideEnglishKeepsTheLeading() throws {
        for line in try lines("The delegates signed the 乌镇倡议 (Wuzhen Initiative) on the last day of the meeting.", language: "en") {
            #expect(line.leading == 14, "\(line.extraAbove) \(line.extraBelow)")
        }
    }

    @Test func myanmarGrowsEvenlyAndEnough() throws {
        let text = "ယမန်နေ့က ရန်ကုန်မြို့ ဗဟိုစာကြည့်တိုက်တွင် ကျေးရွာစာကြည့်တိုက် တစ်ရာကျော်အတွက် စီမံကိန်းကို ဖွင့်လှစ်ခဲ့သည်။ ကမ္ဘာ့ဘဏ်၏ အစီရင်ခံစာအရ ကလေးငယ်များ၏ စာဖတ်နှုန်း တိုးတက်လာကြောင်း သိရသည်။"
        let set = try lines(text, language: "my")
        #expect(set.count >= 3)
        let leadings = Set(set.map(\.leading))
        #expect(leadings.count == 1, "uneven grid: \(leadings)")
        // Myanmar's stacks reach about an em above the baseline and 0.7 em below.
        #expect(try #require(leadings.first) >= 1.75 * 10.5)
        for line in set { #expect(line.extraAbove > 0 && line.extraBelow > 0) }
    }
}
