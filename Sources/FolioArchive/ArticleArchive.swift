import FolioModel
import Foundation

/// An archive of rendered articles: an OCFL 1.1 storage root by publication date plus a derived
/// search index, safe for concurrent processes and crashes.
///
/// ## Topics
/// - Opening: `open(_:create:settings:warn:)` (recovers after crashes, repairs the index),
///   `openForReading(_:warn:)` (writes nothing)
/// - Writing: `add(_:)`, `addVersion(to:_:)`
/// - Reading: `list(from:to:section:)`, `record(_:)`, `file(_:version:path:)`, `search(_:limit:)`
/// - Checking: `verify(_:)`, `reindex()`, `ArchiveVerifier.verify(path:)`
public final class ArticleArchive: Sendable {
    public let folder: ArchiveFolder
    public let settings: ArchiveSettings
    /// True when opened with `openForReading`: every write is refused.
    public let isReadOnly: Bool
    private let indexHandle: ArchiveIndexHandle
    /// Where warnings go (an unreadable index moved aside, an index built in memory).
    private let warn: @Sendable (String) -> Void
    var index: ArchiveIndex { get throws(ArchiveError) { try indexHandle.index(of: self) } }
    var root: OCFLStorageRoot { OCFLStorageRoot(path: folder.storageRoot) }

    private init(
        folder: ArchiveFolder, settings: ArchiveSettings, isReadOnly: Bool, index: ArchiveIndexHandle,
        warn: @escaping @Sendable (String) -> Void
    ) {
        self.folder = folder
        self.settings = settings
        self.isReadOnly = isReadOnly
        self.indexHandle = index
        self.warn = warn
    }

    /// Opens the archive in `folder`, creating it when `create` is set (with `settings`, which
    /// only apply to a new archive). Cleans up after crashed writers when none is running, and
    /// rebuilds an index that is missing, incomplete or unreadable (an unreadable one is moved
    /// aside first, and `warn` names where).
    public static func open(
        _ folder: ArchiveFolder, create: Bool = false, settings: ArchiveSettings? = nil,
        warn: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(ArchiveError) -> ArticleArchive {
        let root = OCFLStorageRoot(path: folder.storageRoot)
        if !root.exists {
            guard create else { throw .notAnArchive(folder.path, "no OCFL storage root at \(folder.storageRoot)") }
            try createArchive(folder, settings: settings ?? ArchiveSettings())
        }
        for dir in [folder.work, folder.journal, folder.locks] { try DurableFile.makeDirectories(dir) }
        let index = try openIndexRepairing(folder, warn: warn)
        let archive = ArticleArchive(
            folder: folder, settings: try ArchiveSettings.load(folder), isReadOnly: false,
            index: ArchiveIndexHandle(index), warn: warn)
        try archive.recoverIfIdle()
        if try !archive.index.isComplete { try archive.reindex() }
        return archive
    }

    /// Opens the archive for reading only: nothing is created, locked, recovered or written, so
    /// it works on a read-only mount, as a user who may not write the archive, and on a full disk.
    /// The one exception: when a killed writer left work behind and the archive can be written,
    /// it is opened as `open` does, which cleans up (if no writer is running).
    ///
    /// The index is opened read-only when first needed. When it is missing, incomplete or
    /// unreadable, it is rebuilt as `open` would if the archive can be written; otherwise it is
    /// built in memory from the storage root (with a warning), so listing and searching still work.
    public static func openForReading(
        _ folder: ArchiveFolder, warn: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(ArchiveError) -> ArticleArchive {
        guard OCFLStorageRoot(path: folder.storageRoot).exists else {
            throw .notAnArchive(folder.path, "no OCFL storage root at \(folder.storageRoot)")
        }
        // A killed writer's leftovers are cleaned up by the next command that can (as the README
        // promises): only then, and only if the archive can be written, does reading write.
        if hasLeftovers(folder), access(folder.path, W_OK) == 0, let writable = try? open(folder, warn: warn) {
            return writable
        }
        let handle = ArchiveIndexHandle(opening: { archive throws(ArchiveError) in try archive.openIndexForReading() })
        return ArticleArchive(
            folder: folder, settings: try ArchiveSettings.load(folder), isReadOnly: true, index: handle, warn: warn)
    }

    /// Whether a write was interrupted: a journal entry or a work folder left behind.
    private static func hasLeftovers(_ folder: ArchiveFolder) -> Bool {
        !DurableFile.list(folder.journal).isEmpty || !DurableFile.list(folder.work).isEmpty
    }

    /// The index for a reading archive (see `openForReading`).
    private func openIndexForReading() throws(ArchiveError) -> ArchiveIndex {
        var problem = "it is missing"
        do {
            let index = try ArchiveIndex(path: folder.indexFile, readOnly: true)
            if index.isComplete { return index }
            problem = "it is incomplete"
        } catch {
            switch error {
            case .damaged(let reason): problem = "it is unreadable (\(reason))"
            case .failed(let error): if access(folder.indexFile, F_OK) == 0 { problem = "\(error)" }
            }
        }
        if access(folder.path, W_OK) == 0, let writable = try? ArticleArchive.open(folder, warn: warn) {
            return try writable.index
        }
        warn("\(folder.indexFile) cannot be used (\(problem)) and the archive cannot be written here; using an index built in memory from the storage root")
        let index = try ArchiveIndex(inMemory: ())
        try index.replaceAll(indexRecords())
        return index
    }

    /// Opens the index for writing; one that is unreadable or another program's database is
    /// moved aside (named in a warning) and a new, empty one made, which `open` then fills.
    private static func openIndexRepairing(
        _ folder: ArchiveFolder, warn: @Sendable (String) -> Void
    ) throws(ArchiveError) -> ArchiveIndex {
        if let index = try openIndex(folder) { return index }
        // Under the index lock, so that of several processes finding it damaged one moves it.
        let lock = try FileLock(path: folder.locks + "/index.lock", mode: .exclusive)
        defer { lock?.unlock() }
        do {
            return try ArchiveIndex(path: folder.indexFile)
        } catch {
            let reason: String
            switch error {
            case .damaged(let why): reason = why
            case .failed(let failure): throw failure
            }
            let aside = try DamagedIndexFile.moveAside(folder.indexFile)
            warn("\(folder.indexFile) was unreadable (\(reason)); moved it to \(aside) and rebuilt the index from the storage root")
            if let index = try openIndex(folder) { return index }
            throw .index("a new index at \(folder.indexFile) is unusable")
        }
    }

    /// The index opened for writing; nil when the file is damaged.
    private static func openIndex(_ folder: ArchiveFolder) throws(ArchiveError) -> ArchiveIndex? {
        do {
            return try ArchiveIndex(path: folder.indexFile)
        } catch {
            switch error {
            case .damaged: return nil
            case .failed(let failure): throw failure
            }
        }
    }

    private static func createArchive(_ folder: ArchiveFolder, settings: ArchiveSettings) throws(ArchiveError) {
        if DurableFile.kind(folder.storageRoot) != .missing {
            throw .notAnArchive(folder.path, "\(folder.storageRoot) exists but is not an OCFL storage root")
        }
        try DurableFile.makeDirectories(folder.locks)
        try DurableFile.makeDirectories(folder.work)
        guard let lock = try FileLock(path: folder.locks + "/create.lock", mode: .exclusive) else { return }
        defer { lock.unlock() }
        guard !OCFLStorageRoot(path: folder.storageRoot).exists else { return }
        if DurableFile.kind(folder.settingsFile) == .missing {
            let staging = folder.work + "/settings-" + UUID().uuidString
            try DurableFile.create(staging, bytes: settings.encoded())
            try DurableFile.rename(staging, to: folder.settingsFile)
        }
        try OCFLStorageRoot.create(at: folder.storageRoot, work: folder.work)
    }

    /// Runs recovery and index repair if no writer holds the archive; otherwise leaves it to them.
    private func recoverIfIdle() throws(ArchiveError) {
        guard let exclusive = try FileLock(path: archiveLockPath, mode: .exclusive, wait: false) else { return }
        defer { exclusive.unlock() }
        let recovery = ArchiveRecovery(folder: folder)
        let touched = try recovery.run()
        if try !index.isComplete {
            try reindexLocked()
        } else {
            for id in touched { try refreshIndex(id) }
            try reconcileIndex()
        }
        recovery.finish()
    }

    // MARK: Writing

    /// Archives one rendered article: a new object, a new version of the same article (same
    /// source URL, or same day, title and input file name), or nothing when it is unchanged.
    public func add(_ submission: ArchiveSubmission) throws(ArchiveError) -> ArchiveChange {
        try refuseIfReadOnly()
        let shared = try FileLock(path: archiveLockPath, mode: .shared)
        defer { shared?.unlock() }
        if let url = submission.article.sourceURL, !url.isEmpty, let existing = try index.object(withSourceURL: url),
           let id = try? ObjectID(existing) {
            let lock = try FileLock(path: folder.lockPath(id), mode: .exclusive)
            defer { lock?.unlock() }
            if DurableFile.kind(folder.objectPath(id)) == .directory { return try update(id, with: submission) }
        }
        let day = settings.filingDay(of: submission.article.published)
        let base = ObjectID(year: day.year, month: day.month, day: day.day, slug: Slug(title: submission.article.title))
        let baseLock = try FileLock(path: folder.lockPath(base), mode: .exclusive)
        defer { baseLock?.unlock() }
        if let change = try createOrUpdate(base, with: submission) { return change }
        for digits in [8, 16] {
            let candidate = base.with(slug: base.slug.suffixed(by: submission.identity, hexDigits: digits))
            let lock = try FileLock(path: folder.lockPath(candidate), mode: .exclusive)
            defer { lock?.unlock() }
            if let change = try createOrUpdate(candidate, with: submission) { return change }
        }
        throw .io(base.description, "two different articles claim this id and its suffixed forms")
    }

    /// Adds a version to an existing object (a re-render, perhaps with another layout); nothing
    /// when the newest version has the same input, layout and renderer.
    public func addVersion(to id: ObjectID, _ submission: ArchiveSubmission) throws(ArchiveError) -> ArchiveChange {
        try refuseIfReadOnly()
        let shared = try FileLock(path: archiveLockPath, mode: .shared)
        defer { shared?.unlock() }
        let lock = try FileLock(path: folder.lockPath(id), mode: .exclusive)
        defer { lock?.unlock() }
        guard DurableFile.kind(folder.objectPath(id)) == .directory else { throw .noSuchObject(id.description) }
        return try update(id, with: submission)
    }

    /// Creates `id`, or updates it when it holds the same article; nil when it holds another one.
    private func createOrUpdate(_ id: ObjectID, with submission: ArchiveSubmission) throws(ArchiveError) -> ArchiveChange? {
        try ArchiveRecovery(folder: folder).finishInterrupted(id)
        guard DurableFile.kind(folder.objectPath(id)) != .missing else {
            let metadata = makeMetadata(submission, id: id, filedUnder: id.dayString)
            let (inventory, entry) = try ObjectWriter(folder: folder).create(
                id, files: files(submission, metadata), message: "Archived \(submission.input.name)", user: user(submission))
            try indexAndEnd(metadata, versions: inventory.headNumber, entry: entry)
            return .created(id: id.description)
        }
        let head = try headMetadata(id)
        let sameArticle = head.identity == submission.identity
            || head.source.sha512 == DigestAlgorithm.sha512.hex(submission.input.bytes)
        return sameArticle ? try update(id, with: submission) : nil
    }

    /// Callers hold the object's lock.
    private func update(_ id: ObjectID, with submission: ArchiveSubmission) throws(ArchiveError) -> ArchiveChange {
        try ArchiveRecovery(folder: folder).finishInterrupted(id)
        let inventory = try self.inventory(id)
        let head = try metadata(id, inventory: inventory, version: inventory.head)
        let metadata = makeMetadata(submission, id: id, filedUnder: head.filedUnder)
        if head.sameInputs(as: metadata) { return .unchanged(id: id.description, version: inventory.head) }
        let (updated, entry) = try ObjectWriter(folder: folder).addVersion(
            id, to: inventory, files: files(submission, metadata),
            message: "Re-rendered \(submission.input.name) with \(submission.layout.name)", user: user(submission))
        try indexAndEnd(metadata, versions: updated.headNumber, entry: entry)
        return .added(id: id.description, version: updated.head)
    }

    private func indexAndEnd(_ metadata: ArchiveMetadata, versions: Int, entry: ArchiveJournal.Entry) throws(ArchiveError) {
        let lock = try FileLock(path: indexLockPath, mode: .exclusive)
        defer { lock?.unlock() }
        try index.upsert(metadata, versions: versions)
        ArchiveJournal(folder: folder).end(entry)
    }

    private func makeMetadata(_ s: ArchiveSubmission, id: ObjectID, filedUnder: String) -> ArchiveMetadata {
        let sourceName = VersionFiles.sourceName(for: s.input.name)
        let layoutName = VersionFiles.layoutName(for: s.layout.name)
        func record(_ path: String, _ original: String?, _ bytes: [UInt8]) -> ArchiveMetadata.FileRecord {
            .init(path: path, originalName: original, bytes: bytes.count, sha512: DigestAlgorithm.sha512.hex(bytes))
        }
        let imageNames = VersionFiles.imageNames(for: s.images.keys)
        let images = s.images.isEmpty ? nil : s.images.reduce(into: [String: ArchiveMetadata.FileRecord]()) { map, image in
            map[image.key] = record(imageNames[image.key] ?? VersionFiles.imagesFolder + "/image", nil, image.value.bytes)
        }
        let a = s.article
        return ArchiveMetadata(
            id: id.description, title: a.title, section: a.section, published: a.published.iso8601,
            filedUnder: filedUnder, byline: a.byline, language: a.language, sourceURL: a.sourceURL,
            identity: s.identity, renderer: s.renderer, fonts: s.fonts,
            pdf: record(VersionFiles.pdf, nil, s.pdf),
            source: record(sourceName, s.input.name.split(separator: "/").last.map(String.init), s.input.bytes),
            layout: record(layoutName, s.layout.name, s.layout.bytes),
            images: images, body: a.plainBody)
    }

    private func files(_ s: ArchiveSubmission, _ metadata: ArchiveMetadata) -> [ObjectWriter.File] {
        [
            .init(logicalPath: VersionFiles.pdf, bytes: s.pdf),
            .init(logicalPath: VersionFiles.metadata, bytes: metadata.encoded()),
            .init(logicalPath: metadata.source.path, bytes: s.input.bytes),
            .init(logicalPath: metadata.layout.path, bytes: s.layout.bytes),
        ] + (metadata.images ?? [:]).compactMap { source, record in
            s.images[source].map { ObjectWriter.File(logicalPath: record.path, bytes: $0.bytes) }
        }
    }

    private func user(_ s: ArchiveSubmission) -> String {
        let name = s.user ?? ProcessInfo.processInfo.environment["USER"] ?? "folio"
        let safe = name.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        return safe.isEmpty ? "folio" : String(String.UnicodeScalarView(safe))
    }

    // MARK: Reading

    /// The root inventory of an object (sidecar checked).
    func inventory(_ id: ObjectID) throws(ArchiveError) -> OCFLInventory {
        let dir = folder.objectPath(id)
        guard isRealFolderPath(id) else { throw .noSuchObject(id.description) }
        guard let bytes = try DurableFile.read(dir + "/inventory.json") else {
            throw .damaged(id.description + "/inventory.json", "missing")
        }
        guard try DurableFile.read(dir + "/inventory.json.sha512") == OCFLInventory.sidecar(for: bytes) else {
            throw .damaged(id.description + "/inventory.json", "does not match its sidecar")
        }
        return try OCFLInventory.decode(bytes, path: id.description + "/inventory.json")
    }

    /// Whether every folder from the storage root down to the object's is a real folder, not a
    /// symbolic link (which could lead outside the archive; OCFL forbids links, E090).
    private func isRealFolderPath(_ id: ObjectID) -> Bool {
        var path = folder.storageRoot
        for component in id.description.split(separator: "/") {
            path += "/" + component
            guard DurableFile.kind(path) == .directory else { return false }
        }
        return true
    }

    /// The bytes of a file in a version, by logical path (`article.pdf`); `version` nil is the newest.
    public func file(_ id: ObjectID, version: String? = nil, path: String) throws(ArchiveError) -> [UInt8] {
        try file(id, inventory: inventory(id), version: version, path: path)
    }

    private func file(_ id: ObjectID, inventory: OCFLInventory, version: String?, path: String) throws(ArchiveError) -> [UInt8] {
        let name = version ?? inventory.head
        guard inventory.versions[name] != nil else { throw .noSuchVersion(id.description, name) }
        guard let digest = inventory.logicalFiles(of: name)[path], let content = inventory.contentPath(for: digest) else {
            throw .damaged("\(id)/\(name)", "has no \(path)")
        }
        let full = folder.objectPath(id) + "/" + content
        guard let bytes = try DurableFile.read(full) else { throw .damaged("\(id)/\(content)", "missing") }
        guard DigestAlgorithm.sha512.hex(bytes) == digest.lowercased() else {
            throw .damaged("\(id)/\(content)", "content changed since it was archived")
        }
        return bytes
    }

    /// The images stored with a version (`nil` = newest), by figure source; empty for versions
    /// that hold none (as every version written before images were kept).
    public func images(_ id: ObjectID, version: String? = nil) throws(ArchiveError) -> [String: [UInt8]] {
        let inventory = try self.inventory(id)
        let name = version ?? inventory.head
        let metadata = try metadata(id, inventory: inventory, version: name)
        var images: [String: [UInt8]] = [:]
        for (source, record) in metadata.images ?? [:] {
            images[source] = try file(id, inventory: inventory, version: name, path: record.path)
        }
        return images
    }

    /// The metadata of a version (`nil` = newest).
    public func metadata(_ id: ObjectID, version: String? = nil) throws(ArchiveError) -> ArchiveMetadata {
        let inventory = try self.inventory(id)
        return try metadata(id, inventory: inventory, version: version ?? inventory.head)
    }

    private func metadata(_ id: ObjectID, inventory: OCFLInventory, version: String) throws(ArchiveError) -> ArchiveMetadata {
        try ArchiveMetadata.decode(file(id, inventory: inventory, version: version, path: VersionFiles.metadata), path: "\(id)/\(version)")
    }

    private func headMetadata(_ id: ObjectID) throws(ArchiveError) -> ArchiveMetadata { try metadata(id) }

    /// The newest metadata and the history of an object.
    public func record(_ id: ObjectID) throws(ArchiveError) -> ArchiveRecord {
        let inventory = try self.inventory(id)
        let versions = inventory.versions.keys.sorted { (OCFLInventory.versionNumber($0) ?? 0) < (OCFLInventory.versionNumber($1) ?? 0) }
        return ArchiveRecord(
            id: id.description, metadata: try metadata(id, inventory: inventory, version: inventory.head),
            versions: versions.compactMap { name in
                inventory.versions[name].map {
                    .init(name: name, created: $0.created, message: $0.message, user: $0.user?.name,
                          files: inventory.logicalFiles(of: name))
                }
            })
    }

    /// Articles filed between two days (inclusive, `YYYY-MM-DD`), newest first.
    public func list(from: String? = nil, to: String? = nil, section: String? = nil) throws(ArchiveError) -> [ArchiveEntry] {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, (try? PublicationDate(parsing: value)) == nil || value.count != 10 {
                throw .invalidQuery(name, "'\(value)' is not a date of the form YYYY-MM-DD")
            }
        }
        return try index.entries(from: from, to: to, section: section)
    }

    /// Full-text search over titles and bodies, best match first.
    public func search(_ text: String, limit: Int = 20) throws(ArchiveError) -> [SearchHit] {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { throw .invalidQuery("search", "give at least one word") }
        return try index.search(words, limit: limit)
    }

    /// Number of objects in the index.
    public func indexedCount() throws(ArchiveError) -> Int { try index.count() }

    // MARK: Index maintenance

    /// Rebuilds the index from the storage root alone; returns the number of objects indexed.
    @discardableResult
    public func reindex() throws(ArchiveError) -> Int {
        try refuseIfReadOnly()
        let lock = try FileLock(path: indexLockPath, mode: .exclusive)
        defer { lock?.unlock() }
        return try reindexLocked()
    }

    @discardableResult
    private func reindexLocked() throws(ArchiveError) -> Int {
        let records = indexRecords()
        try index.replaceAll(records)
        return records.count
    }

    /// What the index holds for every readable object of the storage root.
    private func indexRecords() -> [(ArchiveMetadata, Int)] {
        var records: [(ArchiveMetadata, Int)] = []
        for id in root.objectIDs() {
            guard let inventory = try? inventory(id),
                  let metadata = try? metadata(id, inventory: inventory, version: inventory.head)
            else { continue }  // damaged objects stay out of the index; verify names them
            records.append((metadata, inventory.headNumber))
        }
        return records
    }

    private func refuseIfReadOnly() throws(ArchiveError) {
        if isReadOnly { throw .io(folder.path, "opened for reading only; nothing can be stored through this handle") }
    }

    private func refreshIndex(_ id: ObjectID) throws(ArchiveError) {
        if let inventory = try? inventory(id), let metadata = try? metadata(id, inventory: inventory, version: inventory.head) {
            try index.upsert(metadata, versions: inventory.headNumber)
        } else {
            try index.remove(id.description)
        }
    }

    /// Adds objects the index lacks and drops rows whose object is gone (cheap: names only).
    private func reconcileIndex() throws(ArchiveError) {
        let onDisk = Set(root.objectIDs().map(\.description))
        let indexed = try index.ids()
        for id in onDisk.subtracting(indexed) { if let id = try? ObjectID(id) { try refreshIndex(id) } }
        for id in indexed.subtracting(onDisk) { try index.remove(id) }
    }

    // MARK: Verification

    /// Re-reads every byte of the given objects (all, when empty) and checks the storage root.
    public func verify(_ ids: [ObjectID] = []) throws(ArchiveError) -> VerificationReport {
        let verifier = ArchiveVerifier()
        if ids.isEmpty {
            return verifier.verifyStorageRoot(folder.storageRoot, lockPath: { [folder] in folder.lockPath($0) })
        }
        var report = VerificationReport()
        for id in ids {
            guard DurableFile.kind(folder.objectPath(id)) != .missing else { throw .noSuchObject(id.description) }
            // A reader that may not create lock files (read-only archive) reads without one.
            let lock = isReadOnly ? try? FileLock(path: folder.lockPath(id), mode: .shared) : try FileLock(path: folder.lockPath(id), mode: .shared)
            defer { lock?.unlock() }
            report.merge(verifier.verifyObject(folder.objectPath(id), display: id.description, expectedID: id.description))
        }
        return report
    }

    var archiveLockPath: String { folder.locks + "/archive.lock" }
    var indexLockPath: String { folder.locks + "/index.lock" }
}
