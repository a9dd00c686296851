import ArgumentParser
import FolioArchive
import Foundation

/// The archive folder option every `folio archive` subcommand shares.
struct ArchiveOptions: ParsableArguments {
    @Option(
        name: .customLong("root"),
        help: ArgumentHelp("Archive folder (default: $FOLIO_ARCHIVE, else ./archive).", valueName: "dir"),
        completion: .directory)
    var root: String?

    var folder: ArchiveFolder {
        root.map { ArchiveFolder(URL(fileURLWithPath: $0)) } ?? ArchiveFolder.defaultFolder()
    }

    /// Opens the existing archive (never creates one).
    func open() throws -> ArticleArchive {
        try ArticleArchive.open(folder, create: false)
    }
}

/// Parses an archive id, or fails with a message saying what an id looks like.
func parseID(_ text: String) throws -> ObjectID {
    do { return try ObjectID(text) } catch { throw ValidationError("\(error)") }
}

/// JSON for `--json` outputs: sorted keys, pretty, no escaped slashes.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
