import Foundation
import FolioModel
@testable import FolioArchive

/// A fresh archive in a temporary folder, removed when the value goes away.
final class TestArchive {
    let url: URL
    let folder: ArchiveFolder

    init(settings: ArchiveSettings? = nil) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-archive-test-\(UUID().uuidString)")
        folder = ArchiveFolder(url)
        _ = try ArticleArchive.open(folder, create: true, settings: settings)
    }

    func open() throws -> ArticleArchive { try ArticleArchive.open(folder) }

    /// Absolute path of something inside the storage root.
    func rootPath(_ relative: String) -> String { folder.storageRoot + "/" + relative }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A synthetic submission: fake PDF bytes derived from the text, so nothing is rendered.
func submission(
    title: String = "Plenary Meeting of the 5th World Internet Conference",
    date: String = "2018-11-09 11:11:21",
    body: String = "Kaspersky spoke in Wuzhen about cyberspace.",
    file: String = "seed.txt",
    layout: String = "layout: a4\n",
    url: String? = nil,
    section: String? = "NEWS"
) throws -> ArchiveSubmission {
    let article = Article(
        title: title, section: section, published: try PublicationDate(parsing: date), sourceURL: url,
        blocks: [.paragraph([Span(body)])])
    let input = "\(title)\n\(date)\n\n\(body)\n"
    return ArchiveSubmission(
        article: article, pdf: Array("%PDF-1.5 fake \(input) \(layout)".utf8),
        input: ArchivedFile(name: file, bytes: Array(input.utf8)),
        layout: ArchivedFile(name: "a4.yaml", bytes: Array(layout.utf8)),
        renderer: "folio test", fonts: ["Noto Serif": "2.013"])
}

/// `../shared/tools/ocfl_check.sh` from the repository root, found from this file's path.
let ocflCheckScript: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.deletingLastPathComponent().appendingPathComponent("shared/tools/ocfl_check.sh").path
}()

/// The official OCFL 1.1 fixtures (`../shared/ocfl-fixtures/1.1`).
let ocflFixtures: String = {
    var url = URL(fileURLWithPath: ocflCheckScript)
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    return url.appendingPathComponent("ocfl-fixtures/1.1").path
}()

/// Runs a program; returns its exit status and combined output.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
