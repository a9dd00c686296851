import FolioFonts
import Foundation
import Testing

/// Which face the font library picks: by style name when weights tie, in the style's class for
/// fallbacks, and the language's regional face for Han.
@Suite struct FontChoiceTests {
    var fonts: FontLibrary { get throws { try ParagraphTypesetterTests.fonts.get() } }

    /// Noto Serif Myanmar's Bold says it weighs 400, as its Regular does.
    @Test func tiedWeightsAreToldApartByStyleName() throws {
        #expect(try fonts.face(family: "Noto Serif Myanmar").styleName == "Regular")
        #expect(try fonts.face(family: "Noto Serif Myanmar", bold: true).styleName == "Bold")
        #expect(try fonts.face(family: "Noto Serif").styleName == "Regular")
        #expect(try fonts.face(family: "Noto Sans", bold: true, italic: true).styleName == "Bold Italic")
    }

    @Test(arguments: [
        (false, true, "Noto Sans Thai", "Bold"), (true, false, "Noto Serif Thai", "Regular"),
        (false, false, "Noto Sans Thai", "Regular"),
    ])
    func fallbacksFollowTheStylesClass(_ serif: Bool, _ bold: Bool, _ family: String, _ style: String) throws {
        let face = try #require(try fonts.fallbackFace(
            for: ["ก"], families: ["Noto Serif CJK SC", "Noto Serif Thai"], serif: serif, bold: bold, italic: false))
        #expect(face.familyName == family && face.styleName == style, "\(face.familyName) \(face.styleName)")
    }

    @Test func arabicSansTitleTakesNotoSansArabic() throws {
        let face = try #require(try fonts.fallbackFace(
            for: ["ع"], families: ["Noto Naskh Arabic"], serif: false, bold: true, italic: false))
        #expect(face.familyName == "Noto Sans Arabic" && face.styleName == "Bold")
    }

    @Test(arguments: [
        ("ja", "JP"), ("ja-JP", "JP"), ("ko", "KR"), ("zh", "SC"), ("zh-CN", "SC"), ("zh-Hans", "SC"),
        ("zh-Hant", "TC"), ("zh-TW", "TC"), ("zh-Hant-TW", "TC"), ("zh-HK", "HK"), ("zh-Hant-HK", "HK"), ("en", "SC"),
    ])
    func hanTakesTheLanguagesFace(_ language: String, _ region: String) throws {
        for serif in [true, false] {
            let face = try #require(try fonts.fallbackFace(
                for: ["，"], families: ["Noto Serif CJK SC", "Noto Sans CJK SC"], serif: serif, bold: false, italic: false,
                language: language))
            #expect(face.familyName == "Noto \(serif ? "Serif" : "Sans") CJK \(region)", "\(language): \(face.familyName)")
        }
    }

    @Test func hanLanguagesForFontconfig() {
        #expect(HanLanguage.fontconfigLanguage(for: "yue") == "zh-hk")
        #expect(HanLanguage.fontconfigLanguage(for: "zh_TW") == "zh-tw")
        #expect(HanLanguage.fontconfigLanguage(for: "zh-MO") == "zh-hk")
        #expect(HanLanguage.fontconfigLanguage(for: "th") == nil)
        #expect(HanLanguage.fontconfigLanguage(for: "") == nil)
    }
}
