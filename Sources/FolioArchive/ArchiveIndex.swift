import Foundation
import GRDB

/// `index.sqlite`: a derived catalogue (day, title, section, versions) with FTS5 over title and
/// body. Everything in it can be rebuilt from the storage root (`reindex`), so losing or
/// deleting it loses nothing.
///
/// ## Topics
/// - Writing: `upsert(_:versions:)`, `remove(_:)`, `replaceAll(_:)`
/// - Reading: `entries(from:to:section:)`, `search(_:limit:)`, `identities()`
final class ArchiveIndex: Sendable {
    private let queue: DatabaseQueue
    static let schemaVersion = 2

    /// Why an index file could not be opened: `damaged` files (not SQLite, corrupt, or another
    /// program's database) are moved aside and rebuilt; anything else (permissions, a full
    /// disk) is reported as it is.
    enum OpenFailure: Error {
        case damaged(String)
        case failed(ArchiveError)
    }

    /// Opens (or creates) the index at `path`.
    ///
    /// With `readOnly`, nothing is written, locked or created: SQLite opens the file read-only and,
    /// when even its shared-memory file cannot be opened (a read-only folder, another user's
    /// archive), as an immutable file (`immutable=1`: no locks, the WAL not read). A missing file
    /// is then `failed`.
    init(path: String, readOnly: Bool = false) throws(OpenFailure) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.readonly = readOnly
        if !readOnly { configuration.journalMode = .wal }
        do {
            queue = readOnly ? try Self.openingReadOnly(path: path, configuration: configuration)
                : try Self.opening(path: path, configuration: configuration)
            try Self.checkSchema(queue)
            if !readOnly { try Self.migrate(queue) }
        } catch let failure as OpenFailure {
            throw failure
        } catch let error as DatabaseError where Self.isDamage(error) {
            throw .damaged("\(error)")
        } catch {
            throw .failed(.index("cannot open \(path): \(error)"))
        }
    }

    /// A fresh index in memory, for reading an archive whose index file is unusable and cannot be
    /// rebuilt on disk (a read-only archive).
    init(inMemory: Void) throws(ArchiveError) {
        do {
            queue = try DatabaseQueue()
            try Self.migrate(queue)
        } catch {
            throw .index("cannot make an index in memory: \(error)")
        }
    }

    /// SQLite's verdicts that mean the file is not a usable database (rather than unreachable).
    private static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT].contains(error.resultCode)
    }

    /// Opens read-only, falling back to an immutable open when SQLite cannot use the WAL's
    /// shared-memory file (it must create or write it even to read, unless told the file is
    /// immutable).
    private static func openingReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
        guard access(path, R_OK) == 0 else {
            throw OpenFailure.failed(.index("cannot read \(path): \(String(cString: strerror(errno)))"))
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { try $0.execute(sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where isDamage(error) {
            throw error
        } catch {
            let queue = try DatabaseQueue(path: immutableURI(path), configuration: configuration)
            try queue.read { try $0.execute(sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
    }

    /// `file:PATH?immutable=1`, with the characters URIs reserve escaped (SQLite is built with
    /// URI file names on Debian: `SQLITE_USE_URI`).
    private static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte < 0x20 {
                escaped += String(format: "%%%02X", byte)
            } else {
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// Refuses a database that is not a Folio index (another program's SQLite file put here by
    /// mistake): it has tables, but no `meta` table with a schema number. Such a file is moved
    /// aside rather than altered.
    private static func checkSchema(_ queue: DatabaseQueue) throws {
        let foreign = try queue.read { db -> String? in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            guard !tables.isEmpty else { return nil }
            guard tables.contains("meta") else { return "it holds other tables (\(tables.prefix(3).joined(separator: ", ")))" }
            let columns = try db.columns(in: "meta").map(\.name)
            guard columns == ["key", "value"],
                  try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'") != nil
            else { return "its meta table is not Folio's" }
            return nil
        }
        if let foreign { throw OpenFailure.damaged("not a Folio index: \(foreign)") }
    }

    /// Opens the queue, trying again while another process holds the lock it needs.
    ///
    /// Switching a database to WAL (`PRAGMA journal_mode = WAL`, which GRDB runs on every open)
    /// needs a lock that SQLite does not wait for with the busy timeout: when several `folio
    /// archive add` processes open a new archive at once, one of them got "database is locked"
    /// and stored nothing (`ArchiveStressTests`, on a loaded machine). So an open that fails with
    /// SQLITE_BUSY is tried again, for up to the same 30 s the busy timeout allows.
    private static func opening(path: String, configuration: Configuration) throws -> DatabaseQueue {
        let deadline = ContinuousClock.now + .seconds(30)
        var pauseMilliseconds = 5
        while true {
            do {
                return try DatabaseQueue(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: Double(pauseMilliseconds) / 1000)
                pauseMilliseconds = min(pauseMilliseconds * 2, 200)
            }
        }
    }

    /// True once a full rebuild has filled the index (a new or reset index is not complete) with
    /// this version's schema (an index opened read-only is not migrated).
    var isComplete: Bool {
        let values = try? queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'complete'"),
             try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'"))
        }
        return values?.0 == 1 && values?.1 == Self.schemaVersion
    }

    private static func migrate(_ queue: DatabaseQueue) throws {
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER)")
            let version = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'") ?? 0
            if version != schemaVersion {
                try db.execute(sql: "DROP TABLE IF EXISTS objects; DROP TABLE IF EXISTS article_text")
                try db.execute(sql: """
                    CREATE TABLE objects (
                        id TEXT PRIMARY KEY, day TEXT NOT NULL, title TEXT NOT NULL, section TEXT,
                        published TEXT NOT NULL, identity TEXT NOT NULL, source_url TEXT,
                        versions INTEGER NOT NULL);
                    CREATE INDEX objects_day ON objects(day);
                    CREATE INDEX objects_source ON objects(source_url);
                    CREATE VIRTUAL TABLE article_text USING fts5(
                        id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
                    """)
                try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('schema', ?)", arguments: [schemaVersion])
                try db.execute(sql: "DELETE FROM meta WHERE key = 'complete'")
            }
        }
    }

    /// Adds or replaces one object's row and text.
    func upsert(_ metadata: ArchiveMetadata, versions: Int) throws(ArchiveError) {
        try write { db in try Self.upsert(db, metadata, versions: versions) }
    }

    private static func upsert(_ db: Database, _ m: ArchiveMetadata, versions: Int) throws {
        try db.execute(sql: "DELETE FROM article_text WHERE id = ?", arguments: [m.id])
        try db.execute(
            sql: "INSERT OR REPLACE INTO objects VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [m.id, m.filedUnder, m.title, m.section, m.published, m.identity, m.sourceURL, versions])
        try db.execute(sql: "INSERT INTO article_text (id, title, body) VALUES (?, ?, ?)", arguments: [m.id, CJKSpacing.spaced(m.title), CJKSpacing.spaced(m.body)])
    }

    /// Removes an object that is no longer in the storage root.
    func remove(_ id: String) throws(ArchiveError) {
        try write { db in
            try db.execute(sql: "DELETE FROM objects WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM article_text WHERE id = ?", arguments: [id])
        }
    }

    /// Replaces the whole index in one transaction and marks it complete.
    func replaceAll(_ records: [(ArchiveMetadata, Int)]) throws(ArchiveError) {
        try write { db in
            try db.execute(sql: "DELETE FROM objects; DELETE FROM article_text")
            for (metadata, versions) in records { try Self.upsert(db, metadata, versions: versions) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('complete', 1)")
        }
    }

    /// Every indexed id.
    func ids() throws(ArchiveError) -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM objects")) }
    }

    /// Number of indexed objects.
    func count() throws(ArchiveError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM objects") ?? 0 }
    }

    /// The object first archived from this source URL, if any.
    func object(withSourceURL url: String) throws(ArchiveError) -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT id FROM objects WHERE source_url = ? ORDER BY id LIMIT 1", arguments: [url])
        }
    }

    /// Entries filed between two days (inclusive, `YYYY-MM-DD`), newest first.
    func entries(from: String?, to: String?, section: String?) throws(ArchiveError) -> [ArchiveEntry] {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        if let from { conditions.append("day >= ?"); arguments.append(from) }
        if let to { conditions.append("day <= ?"); arguments.append(to) }
        if let section { conditions.append("section = ? COLLATE NOCASE"); arguments.append(section) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT id, day, title, section, versions FROM objects \(filter) ORDER BY day DESC, published DESC, id"
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.entry)
        }
    }

    /// Ranked full-text matches for every word (BM25, title weighted ×5), with a snippet.
    ///
    /// The inner query ranks every match but reads no text; snippets, which read each article's
    /// body, are made for the returned page only. Made for every match, they cost 80 ms a search
    /// at 16,000 matching articles. Ties keep filing order (the full-text rowid).
    func search(_ words: [String], limit: Int) throws(ArchiveError) -> [SearchHit] {
        let query = words.map {
            "\"" + CJKSpacing.spaced($0).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: " ")
        guard !query.isEmpty else { return [] }
        let sql = """
            SELECT o.id, o.day, o.title, o.section, o.versions,
                   bm25(article_text, 0.0, 5.0, 1.0) AS rank,
                   snippet(article_text, 2, '[', ']', '…', 24) AS snippet
            FROM article_text JOIN objects o ON o.id = article_text.id
            WHERE article_text MATCH ?1 AND article_text.rowid IN (
                SELECT rowid FROM article_text WHERE article_text MATCH ?1
                ORDER BY bm25(article_text, 0.0, 5.0, 1.0), rowid LIMIT ?2)
            ORDER BY rank, article_text.rowid
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: [query, limit]).map {
                SearchHit(entry: Self.entry($0), rank: $0["rank"], snippet: CJKSpacing.joined($0["snippet"]))
            }
        }
    }

    private static func entry(_ row: Row) -> ArchiveEntry {
        ArchiveEntry(id: row["id"], date: row["day"], title: row["title"], section: row["section"], versions: row["versions"])
    }

    private func read<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do { return try queue.read(body) } catch { throw .index("\(error)") }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do { return try queue.write(body) } catch { throw .index("\(error)") }
    }
}
