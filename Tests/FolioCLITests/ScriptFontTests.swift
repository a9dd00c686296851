import FolioPipeline
import Foundation
import Testing

/// Faces chosen for non-Latin text (issue 14): the language's own CJK face, Regular where the
/// text is regular, and fallbacks in the class (serif or sans) of the face they stand in for.
@Suite struct ScriptFontTests {
    func fontNames(_ markdown: String, name: String) throws -> [String] {
        let rendered = try ScriptRendering.render(markdown, name: name)
        // Subset names look like `ABCDEF+NotoSerifCJKjp-Regular`.
        return try PDFTools.fonts(rendered.pdf).map { $0.name.split(separator: "+").last.map(String.init) ?? $0.name }
    }

    @Test(arguments: [
        ("japanese", ScriptArticles.japanese, "jp"), ("korean", ScriptArticles.korean, "kr"),
        ("traditional-chinese", ScriptArticles.traditionalChinese, "tc"),
    ])
    func cjkTextUsesItsLanguagesFace(_ name: String, _ article: String, _ region: String) throws {
        let fonts = try fontNames(article, name: name)
        let cjk = fonts.filter { $0.contains("CJK") }
        #expect(cjk.contains("NotoSerifCJK\(region)-Regular"), "\(name) body: \(fonts)")
        #expect(cjk.contains("NotoSansCJK\(region)-Bold"), "\(name) title: \(fonts)")
        #expect(cjk.allSatisfy { $0.contains("CJK\(region)-") }, "\(name) uses another region's face: \(cjk)")
    }

    /// A bare `zh` declaration says nothing of the script: the readers refine it from the text
    /// (Traditional characters here), so the page takes the Traditional face, not Simplified.
    @Test func bareChineseDeclarationFollowsItsCharacters() throws {
        let article = ScriptArticles.traditionalChinese.replacingOccurrences(of: "language: zh-Hant", with: "language: zh")
        let cjk = try fontNames(article, name: "chinese").filter { $0.contains("CJK") }
        #expect(!cjk.isEmpty && cjk.allSatisfy { $0.contains("CJKtc-") }, "\(cjk)")
    }

    /// Noto Serif Myanmar's Bold reports the same weight as its Regular; the style name decides.
    @Test func myanmarBodyIsRegular() throws {
        let fonts = try fontNames(ScriptArticles.myanmar, name: "myanmar")
        #expect(fonts.contains("NotoSerifMyanmar-Regular"), "\(fonts)")
        #expect(!fonts.contains("NotoSerifMyanmar-Bold"), "\(fonts)")
        #expect(fonts.contains("NotoSansMyanmar-Bold"), "the bold sans title's Myanmar: \(fonts)")
    }

    /// The title is Noto Sans Bold: its Thai is Noto Sans Thai Bold, not the body's serif.
    @Test func boldSansTitleFallsBackToSansBold() throws {
        let fonts = try fontNames(ScriptArticles.thai, name: "thai")
        #expect(fonts.contains("NotoSansThai-Bold"), "\(fonts)")
        #expect(!fonts.contains("NotoSerifThai-Bold"), "\(fonts)")
        #expect(fonts.contains("NotoSerifThai-Regular"), "the serif body's Thai: \(fonts)")
    }
}
