import Foundation
import Testing

/// A damaged or foreign `index.sqlite` is moved aside (named in a warning) and rebuilt by every
/// command that needs it; commands that do not need it never fail because of it.
@Suite struct IndexRecoveryTests {
    static let seed = ArchiveCommandTests.seed
    static let seedID = ArchiveCommandTests.seedID

    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case randomBytes, foreignDatabase
        var testDescription: String { rawValue }
    }

    /// An archive holding the seed, whose index is then replaced by `damage`.
    static func damagedArchive(_ damage: Damage) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let added = try ArchiveCommandTests.archive(folder, ["add", seed])
        #expect(added.status == 0, "\(added.stderr)")
        let index = folder.path("archive/index.sqlite")
        for suffix in ["", "-wal", "-shm"] { unlink(index + suffix) }
        switch damage {
        case .randomBytes:
            var generator = SystemRandomNumberGenerator()
            try Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: URL(fileURLWithPath: index))
        case .foreignDatabase:
            let made = try CommandRunner.run("python3", ["-c", """
                import sqlite3, sys
                db = sqlite3.connect(sys.argv[1])
                db.execute("CREATE TABLE customers (name TEXT, balance INTEGER)")
                db.execute("INSERT INTO customers VALUES ('Ada', 10)")
                db.commit()
                """, index])
            #expect(made.status == 0, "\(made.stderr)")
        }
        return folder
    }

    static func movedAside(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path("archive"))) ?? [])
            .filter { $0.hasPrefix("index.sqlite.damaged-") && !$0.hasSuffix("-wal") }
    }

    @Test(arguments: Damage.allCases, [["list"], ["search", "Kaspersky"], ["verify"], ["reindex"], ["add", seed]])
    func commandRebuildsTheIndex(_ damage: Damage, _ command: [String]) throws {
        let folder = try Self.damagedArchive(damage)
        let result = try ArchiveCommandTests.archive(folder, command)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("folio: warning:") && result.stderr.contains("moved it to"), "\(result.stderr)")
        let aside = Self.movedAside(folder)
        #expect(aside.count == 1 && result.stderr.contains(aside.first ?? "?"), "\(aside) \(result.stderr)")
        if command.first == "list" || command.first == "search" { #expect(result.stdout.contains(Self.seedID)) }
        // Rebuilt on disk: the next command finds the article and warns no more.
        let search = try ArchiveCommandTests.archive(folder, ["search", "Kaspersky"])
        #expect(search.status == 0 && search.stdout.contains(Self.seedID) && search.stderr.isEmpty, "\(search.stdout)\(search.stderr)")
        if damage == .foreignDatabase {
            let kept = try CommandRunner.run("python3", ["-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select name from customers').fetchone()[0])", folder.path("archive/\(aside.first ?? "")")])
            #expect(kept.stdout == "Ada\n", "the foreign database is kept as it was: \(kept.stdout)\(kept.stderr)")
        }
    }

    @Test(arguments: Damage.allCases)
    func getAndShowDoNotNeedTheIndex(_ damage: Damage) throws {
        let folder = try Self.damagedArchive(damage)
        let get = try ArchiveCommandTests.archive(folder, ["get", Self.seedID, "-o", "-"])
        #expect(get.status == 0 && get.stdoutBytes.starts(with: Array("%PDF".utf8)), "\(get.stderr)")
        let show = try ArchiveCommandTests.archive(folder, ["show", Self.seedID])
        #expect(show.status == 0 && show.stdout.contains("v1"), "\(show.stderr)")
    }
}
