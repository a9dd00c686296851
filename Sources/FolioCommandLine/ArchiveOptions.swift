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

    /// Opens the existing archive (never creates one) for writing; an unreadable index is moved
    /// aside and rebuilt, with a warning on standard error.
    public func open() throws -> ArticleArchive {
        try ArticleArchive.open(folder, create: false, warn: Self.warn)
    }

    /// Opens the existing archive for reading only (`list`, `show`, `get`, `search`, `verify`):
    /// works on a read-only archive, as another user, and on a full disk.
    public func openForReading() throws -> ArticleArchive {
        try ArticleArchive.openForReading(folder, warn: Self.warn)
    }

    /// Prints an archive warning as one line on standard error.
    public static let warn: @Sendable (String) -> Void = { printError("folio: warning: \($0)") }
}
