import ArgumentParser
import FolioArchive
import Foundation

/// The archive folder option every `folio archive` subcommand and `folio serve` share.
public struct ArchiveOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("root"),
        help: ArgumentHelp("Archive folder (default: $FOLIO_ARCHIVE, else ./archive).", valueName: "dir"),
        completion: .directory)
    public var root: String?

    public init() {}

    public var folder: ArchiveFolder {
        root.map { ArchiveFolder(URL(fileURLWithPath: $0)) } ?? ArchiveFolder.defaultFolder()
    }

    /// Opens the existing archive (never creates one).
    public func open() throws -> ArticleArchive {
        try ArticleArchive.open(folder, create: false)
    }
}
