import Synchronization

/// The archive's index, opened when first needed: reading commands that never search (`get`,
/// `show`, `verify`) then never touch `index.sqlite`, so a damaged or unreadable index cannot
/// stop them, and a read-only archive whose index needs rebuilding is rebuilt (in memory) only
/// when a command lists or searches.
final class ArchiveIndexHandle: Sendable {
    private let state: Mutex<ArchiveIndex?>
    private let make: @Sendable (ArticleArchive) throws(ArchiveError) -> ArchiveIndex

    /// A handle holding an index opened already.
    init(_ index: ArchiveIndex) {
        state = Mutex(index)
        make = { _ throws(ArchiveError) in index }
    }

    /// A handle that opens the index with `make` on first use.
    init(opening make: @escaping @Sendable (ArticleArchive) throws(ArchiveError) -> ArchiveIndex) {
        state = Mutex(nil)
        self.make = make
    }

    /// The index, opened now if it was not yet.
    func index(of archive: ArticleArchive) throws(ArchiveError) -> ArchiveIndex {
        let result: Result<ArchiveIndex, ArchiveError> = state.withLock { current in
            if let current { return .success(current) }
            do throws(ArchiveError) {
                let opened = try make(archive)
                current = opened
                return .success(opened)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
