import Foundation
import Testing

@testable import FolioPipeline
import FolioTypesetting

/// How figures are laid out and how image headers are read, without drawing.
@Suite struct ImagesLayoutTests {
    static let renderer = Result { try ArticleRenderer() }

    func article(_ blocks: [Block]) -> Article {
        Article(title: "Figures", published: try! PublicationDate(parsing: "2018-11-07 10:00:00"), blocks: blocks)
    }

    func asset(width: Int, height: Int) -> ImageAsset {
        ImageAsset(kind: .png, pixelWidth: width, pixelHeight: height, bytes: [])
    }

    /// Image rectangles and the page each is on.
    func images(_ document: TypesetDocument) -> [(page: Int, rect: Rect)] {
        document.pages.flatMap { page in
            page.items.compactMap { item -> (Int, Rect)? in
                if case .image(let rect, _) = item { return (page.number, rect) }
                return nil
            }
        }
    }

    @Test func tallImageShrinksToOnePageWithItsCaption() throws {
        let renderer = try Self.renderer.get()
        let layout = try renderer.loadLayout(.standard)
        let filler = (1...30).map { Block.paragraph([Span("Paragraph \($0) of filler text that takes a line or two of the column.")]) }
        let figure = Block.figure(Figure(source: "tall.png", caption: [Span("The caption of the tall image.")]))
        let document = try renderer.typeset(article(filler + [figure]), layout: layout,
                                            images: ["tall.png": asset(width: 300, height: 6000)])
        let placed = images(document)
        #expect(placed.count == 1)
        guard let image = placed.first else { return }
        let style = layout.style
        #expect(image.rect.minY >= style.margins.top - 0.01)
        #expect(image.rect.maxY <= style.pageSize.height - style.margins.bottom)
        #expect(abs(image.rect.size.width / image.rect.size.height - 300.0 / 6000) < 0.001, "aspect ratio kept")
        // The caption is on the image's page, right below it.
        let captionPage = document.pages.first { page in
            page.items.contains { item in
                if case .glyphs(let run) = item { return run.text.contains("caption") }
                return false
            }
        }
        #expect(captionPage?.number == image.page)
        let captionY = captionPage?.items.compactMap { item -> Double? in
            if case .glyphs(let run) = item, run.text.contains("caption") { return run.origin.y }
            return nil
        }.first ?? 0
        #expect(captionY > image.rect.maxY && captionY < image.rect.maxY + 30)
    }

    @Test func smallImageKeepsItsNaturalSizeAndWideOneFitsTheColumn() throws {
        let renderer = try Self.renderer.get()
        let layout = try renderer.loadLayout(.standard)
        let document = try renderer.typeset(
            article([.figure(Figure(source: "small.png")), .figure(Figure(source: "wide.png"))]), layout: layout,
            images: ["small.png": asset(width: 150, height: 75), "wide.png": asset(width: 4000, height: 1000)])
        let placed = images(document)
        #expect(placed.count == 2)
        #expect(placed.first.map { abs($0.rect.size.width - 72) < 0.01 } == true, "150 px at 150 dpi is one inch")
        #expect(placed.last.map { abs($0.rect.size.width - layout.style.columnWidth) < 0.01 } == true)
    }

    @Test func figureWithoutItsImageIsAPlaceholderBox() throws {
        let renderer = try Self.renderer.get()
        let document = try renderer.typeset(
            article([.figure(Figure(source: "gone.jpg", caption: [Span("Still captioned.")]))]), layout: try renderer.loadLayout(.standard))
        #expect(images(document).isEmpty)
        let items = document.pages.flatMap(\.items)
        #expect(items.contains { if case .box = $0 { return true } else { return false } })
        let text = items.compactMap { item -> String? in if case .glyphs(let run) = item { return run.text } else { return nil } }.joined()
        #expect(text.contains("gone.jpg") && text.contains("captioned"))
    }

    @Test func headersGiveKindAndPixelSize() throws {
        let jpeg = Array(try Data(contentsOf: ImagesTests.formats.appendingPathComponent("images/wuzhen-hall.jpg")))
        let jpegAsset = try ImageHeader.read(jpeg)
        #expect(jpegAsset.kind == .jpeg && jpegAsset.pixelWidth == 600 && jpegAsset.pixelHeight == 400)
        let png = try ImageHeader.read(TestPNG.gray(width: 33, height: 7) { _, _ in 0 })
        #expect(png.kind == .png && png.pixelWidth == 33 && png.pixelHeight == 7)
        // Progressive (SOF2) with fill bytes before the marker is read; arithmetic coding (SOF9) is refused.
        let progressive: [UInt8] = [0xFF, 0xD8, 0xFF, 0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x00, 0x20, 0x00, 0x40, 0x01, 0x01, 0x11, 0x00,
                                    0xFF, 0xDA, 0x00, 0x02]
        let read = try ImageHeader.read(progressive)
        #expect(read.pixelWidth == 64 && read.pixelHeight == 32)
        var arithmetic = progressive
        arithmetic[4] = 0xC9
        #expect(throws: ImageProblem.self) { try ImageHeader.read(arithmetic) }
        #expect(throws: ImageProblem.self) { try ImageHeader.read(Array(progressive.prefix(9))) }
        #expect(throws: ImageProblem.self) { try ImageHeader.read(TestPNG.header(width: 0, height: 10)) }
    }
}
