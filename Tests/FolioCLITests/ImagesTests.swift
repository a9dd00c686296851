import Foundation
import Testing

/// Figures with real images: JPEG embedded as its original bytes, PNG drawn, sizes chosen for
/// print, and a missing or broken image reported and shown as a placeholder, never a failure.
@Suite struct ImagesTests {
    static let formats = CommandRunner.repositoryRoot.appendingPathComponent("samples/formats")

    /// A folder holding `article.md` with figures, and images written beside it.
    func folder(figures: [(source: String, caption: String)], images: [String: [UInt8]] = [:], layout: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("images"), withIntermediateDirectories: true)
        var markdown = "---\ntitle: Pictures from Wuzhen\ndate: 2018-11-07 10:00:00\nsection: NEWS\n---\n\nText before the pictures.\n\n"
        for figure in figures {
            markdown += "![\(figure.caption)](\(figure.source))\n\nA paragraph after the figure.\n\n"
        }
        try folder.write("article.md", markdown)
        for (name, bytes) in images { try folder.write(name, bytes) }
        if let layout { try folder.write("layout.yaml", layout) }
        return folder
    }

    /// Rows of `pdfimages -list`: (width, height, encoding, x-ppi, y-ppi).
    func imageList(_ pdf: String) throws -> [(width: Int, height: Int, encoding: String, xPPI: Int, yPPI: Int)] {
        let output = try CommandRunner.run("pdfimages", ["-list", pdf]).stdout
        return output.split(separator: "\n").dropFirst(2).map { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            return (Int(fields[3]) ?? 0, Int(fields[4]) ?? 0, fields[8], Int(fields[12]) ?? 0, Int(fields[13]) ?? 0)
        }
    }

    @Test func jpegIsEmbeddedAsItsOriginalBytes() throws {
        let jpeg = Array(try Data(contentsOf: Self.formats.appendingPathComponent("images/wuzhen-hall.jpg")))
        let folder = try folder(figures: [("images/hall.jpg", "The hall at dusk.")], images: ["images/hall.jpg": jpeg])
        let result = try CommandRunner.folio(["render", folder.path("article.md")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
        let images = try imageList(folder.path("article.pdf"))
        #expect(images.count == 1)
        #expect(images.first?.encoding == "jpeg")
        #expect(images.first?.width == 600 && images.first?.height == 400)
        #expect(images.first?.xPPI == 150, "a 600-pixel image fits the column at its natural 150 dpi")
        let extracted = try CommandRunner.run("pdfimages", ["-j", folder.path("article.pdf"), folder.path("x")])
        #expect(extracted.status == 0)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("x-000.jpg"))))
        #expect(bytes == jpeg, "the JPEG in the PDF differs from the file (\(bytes.count) vs \(jpeg.count) bytes)")
        let text = try PDFTools.text(folder.path("article.pdf"))
        #expect(text.contains("The hall at dusk."))
    }

    @Test func pngIsDrawnInPDFAndPreview() throws {
        let png = TestPNG.gray(width: 300, height: 200) { x, y in UInt8((x + y) % 256) }
        let folder = try folder(figures: [("images/chart.png", "A chart.")], images: ["images/chart.png": png])
        let result = try CommandRunner.folio(["render", folder.path("article.md")])
        #expect(result.status == 0, "\(result.stderr)")
        let images = try imageList(folder.path("article.pdf"))
        #expect(images.count == 1)
        #expect(images.first?.width == 300 && images.first?.height == 200)
        #expect(images.first?.encoding == "image", "PNG pixels are stored (Flate), not as JPEG")
        // The preview draws the image too: its pixels differ from a page with a missing image.
        let preview = try CommandRunner.folio(["render", folder.path("article.md"), "--format", "png", "-o", folder.path("with.png")])
        #expect(preview.status == 0, "\(preview.stderr)")
        try FileManager.default.removeItem(atPath: folder.path("images/chart.png"))
        let missing = try CommandRunner.folio(["render", folder.path("article.md"), "--format", "png", "-o", folder.path("without.png")])
        #expect(missing.status == 0)
        let with = try Data(contentsOf: URL(fileURLWithPath: folder.path("with-1.png")))
        let without = try Data(contentsOf: URL(fileURLWithPath: folder.path("without-1.png")))
        #expect(with != without)
    }

    @Test func missingImageWarnsAndLeavesAPlaceholderWithItsCaption() throws {
        let folder = try folder(figures: [("images/not-there.jpg", "The caption survives.")])
        let result = try CommandRunner.folio(["render", folder.path("article.md")])
        #expect(result.status == 0, "a missing image is not a failure: \(result.stderr)")
        let warning = result.stderr.split(separator: "\n").first { $0.contains("warning") } ?? ""
        #expect(warning.contains("article.md"), "the warning names the article: \(result.stderr)")
        #expect(warning.contains("images/not-there.jpg"), "the warning names the image: \(result.stderr)")
        #expect(warning.contains("no such file"))
        let text = try PDFTools.text(folder.path("article.pdf"))
        #expect(text.contains("image not available: images/not-there.jpg"))
        #expect(text.contains("The caption survives."))
        #expect(try imageList(folder.path("article.pdf")).isEmpty)
        let strict = try CommandRunner.folio(["render", folder.path("article.md"), "--strict", "-o", folder.path("strict.pdf")])
        #expect(strict.status != 0, "--strict makes the warning an error")
    }

    struct BrokenImage: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var expected: String
        var testDescription: String { name }
    }

    static let broken: [BrokenImage] = [
        BrokenImage(name: "not an image", bytes: Array("<html>oops</html>".utf8), expected: "not a PNG or JPEG"),
        BrokenImage(name: "empty file", bytes: [], expected: "empty"),
        BrokenImage(name: "truncated PNG", bytes: Array(TestPNG.gray(width: 40, height: 40) { _, _ in 7 }.prefix(60)), expected: "PNG"),
        BrokenImage(name: "JPEG without a frame", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9], expected: "JPEG"),
        BrokenImage(name: "PNG claiming 100000×100000 pixels",
                    bytes: TestPNG.header(width: 100_000, height: 100_000), expected: "too large"),
    ]

    @Test(arguments: broken)
    func brokenImageWarnsAndRenders(_ image: BrokenImage) throws {
        let folder = try folder(figures: [("images/bad.png", "Caption of a broken image.")], images: ["images/bad.png": image.bytes])
        let result = try CommandRunner.folio(["render", folder.path("article.md")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("images/bad.png") && result.stderr.contains(image.expected), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").filter { $0.contains("warning") }.count == 1, "one warning line: \(result.stderr)")
        #expect(try PDFTools.text(folder.path("article.pdf")).contains("Caption of a broken image."))
    }

    @Test func imagesOutsideTheArticlesFolderAreNotRead() throws {
        let outside = try TemporaryFolder()
        try outside.write("secret.png", TestPNG.gray(width: 8, height: 8) { _, _ in 0 })
        let folder = try folder(figures: [("../outside.png", "Outside."), ("/etc/hostname", "Absolute."),
                                          ("https://example.org/photo.jpg", "Remote."), ("images/link.png", "Linked.")])
        try FileManager.default.createSymbolicLink(atPath: folder.path("images/link.png"), withDestinationPath: outside.path("secret.png"))
        let result = try CommandRunner.folio(["render", folder.path("article.md")])
        #expect(result.stderr.contains("“images/link.png”: outside the article's folder"), "a symbolic link out is refused: \(result.stderr)")
        #expect(try imageList(folder.path("article.pdf")).isEmpty)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("“../outside.png”: outside the article's folder"), "\(result.stderr)")
        #expect(result.stderr.contains("“/etc/hostname”: only paths relative"), "\(result.stderr)")
        #expect(result.stderr.contains("“https://example.org/photo.jpg”: remote images are not fetched"), "\(result.stderr)")
    }

    /// Wide images shrink to the column; small ones keep 150 dpi; tall ones shrink to fit a page,
    /// caption included, and are never split.
    @Test func imagesAreScaledForPrint() throws {
        let wide = TestPNG.gray(width: 3000, height: 300) { x, _ in UInt8(x % 256) }
        let small = TestPNG.gray(width: 90, height: 60) { _, y in UInt8(y * 4) }
        let tall = TestPNG.gray(width: 300, height: 6000) { _, y in UInt8(y % 256) }
        let folder = try folder(
            figures: [("images/wide.png", "Wide."), ("images/small.png", "Small."), ("images/tall.png", "Tall.")],
            images: ["images/wide.png": wide, "images/small.png": small, "images/tall.png": tall])
        let result = try CommandRunner.folio(["render", folder.path("article.md")])
        #expect(result.status == 0, "\(result.stderr)")
        let images = try imageList(folder.path("article.pdf"))
        #expect(images.count == 3)
        // A4 column: 595 - 2 × 62.4 pt ≈ 470 pt wide; 3000 px across 470 pt is about 460 dpi.
        #expect(images[0].xPPI > 400 && images[0].xPPI < 520, "wide image at \(images[0].xPPI) dpi")
        #expect(images[1].xPPI == 150, "a small image is not enlarged beyond 150 dpi")
        // 6000 px at 150 dpi is 2880 pt, far taller than the 728 pt column: it must shrink below it.
        #expect(images[2].yPPI > 6000 * 72 / 728, "tall image at \(images[2].yPPI) dpi does not fit a page")
        let pages = try CommandRunner.run("pdfimages", ["-list", folder.path("article.pdf")]).stdout
        #expect(pages.contains("image"))
    }

    @Test func linkFootnotesLayoutOption() throws {
        let folder = try TemporaryFolder()
        try folder.write("linked.md", """
            ---
            title: Links in print
            date: 2018-11-07 10:00:00
            ---

            See the [programme](https://example.org/programme) and the [expo](https://example.org/expo), \
            and the [programme](https://example.org/programme) again.
            """)
        try folder.write("footnotes.yaml", "extends: a4\nlinks: footnotes\n")
        let result = try CommandRunner.folio(["render", folder.path("linked.md"), "--layout", folder.path("footnotes.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        let words = PDFTools.words(try PDFTools.text(folder.path("linked.pdf"))).joined(separator: " ")
        #expect(words.contains("programme [1] and the expo [2], and the programme [1] again."), "\(words)")
        #expect(words.contains("Links 1. https://example.org/programme 2. https://example.org/expo"), "\(words)")
        let plain = try CommandRunner.folio(["render", folder.path("linked.md"), "-o", folder.path("plain.pdf")])
        #expect(plain.status == 0)
        #expect(!(try PDFTools.text(folder.path("plain.pdf"))).contains("[1]"), "annotations only by default")
        try folder.write("bad.yaml", "extends: a4\nlinks: endnotes\n")
        let rejected = try CommandRunner.folio(["render", folder.path("linked.md"), "--layout", folder.path("bad.yaml"), "-o", folder.path("bad.pdf")])
        #expect(rejected.status != 0)
        #expect(rejected.stderr.contains("links"), "\(rejected.stderr)")
    }

    @Test func samplePageWithPhotoRendersWithoutWarnings() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.folio(["render", Self.formats.appendingPathComponent("wic-opening-photo.html").path,
                                              "-o", folder.path("photo.pdf")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
    }
}

/// Minimal PNG files for tests: 8-bit greyscale, zlib "stored" blocks (no compression needed).
enum TestPNG {
    static func gray(width: Int, height: Int, pixel: (Int, Int) -> UInt8) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            raw.append(0)   // filter: none
            for x in 0..<width { raw.append(pixel(x, y)) }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, raw.count - offset)
            let last: UInt8 = offset + count == raw.count ? 1 : 0
            zlib += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            zlib += raw[offset..<(offset + count)]
            offset += count
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        return header(width: width, height: height) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// Signature and IHDR only (8-bit greyscale).
    static func header(width: Int, height: Int) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 0, 0, 0, 0])
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }
}
