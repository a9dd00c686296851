import FolioPipeline
import Foundation

/// Renders an article held in memory (Markdown with front matter) to a PDF in a fresh folder.
enum ScriptRendering {
    static let renderer = Result { try ArticleRenderer() }

    struct Rendered {
        var folder: TemporaryFolder
        var pdf: String
        var layout: LoadedLayout
    }

    static func render(_ markdown: String, name: String, layout: LayoutChoice = .standard) throws -> Rendered {
        let renderer = try Self.renderer.get()
        let source = ArticleSource(displayName: name + ".md", bytes: Array(markdown.utf8))
        let rendered = try renderer.render(source, layout: layout)
        let folder = try TemporaryFolder()
        let pdf = try folder.write(name + ".pdf", rendered.pdf)
        return Rendered(folder: folder, pdf: pdf, layout: rendered.layout)
    }
}
