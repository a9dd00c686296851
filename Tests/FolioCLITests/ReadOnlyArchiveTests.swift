import Foundation
import Testing

/// Reading commands work on an archive they may not write: a `chmod -R a-w` copy read by another
/// user (as root, the test runs `folio` as `nobody` through `setpriv`), and a read-only bind
/// mount (as root). Nothing in the archive changes.
@Suite(.serialized) struct ReadOnlyArchiveTests {
    static let seed = ArchiveCommandTests.seed
    static let seedID = ArchiveCommandTests.seedID

    /// A world-readable folder holding an archive with the seed, at `archive`, and a copy made
    /// read-only at `readonly`.
    static func readOnlyCopy(damageIndex: Bool = false) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        chmod(folder.url.path, 0o755)
        let added = try ArchiveCommandTests.archive(folder, ["add", seed])
        #expect(added.status == 0, "\(added.stderr)")
        if damageIndex {
            try Data(repeating: 0xA5, count: 100_000).write(to: URL(fileURLWithPath: folder.path("archive/index.sqlite")))
        }
        #expect(try CommandRunner.run("cp", ["-a", folder.path("archive"), folder.path("readonly")]).status == 0)
        #expect(try CommandRunner.run("chmod", ["-R", "a-w,a+rX", folder.path("readonly")]).status == 0)
        return folder
    }

    /// `folio` as another user when running as root (whom permissions do not stop), else as us.
    static func folioAsReader(_ arguments: [String], root: String) throws -> CommandResult {
        let environment = ["FOLIO_ARCHIVE": root]
        guard getuid() == 0 else { return try CommandRunner.folio(arguments, environment: environment) }
        return try CommandRunner.run(
            "setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CommandRunner.folio.path] + arguments,
            in: URL(fileURLWithPath: "/"), environment: environment)
    }

    /// Every entry under `path` with its size and modification time, to show nothing changed.
    static func snapshot(_ path: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: path)
        var entries: [String] = []
        while let name = enumerator?.nextObject() as? String {
            var info = stat()
            lstat(path + "/" + name, &info)
            entries.append("\(name) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        }
        return entries.sorted()
    }

    /// - Parameter sqliteFiles: whether SQLite may add the index's `-wal`/`-shm` files, as every
    ///   reader of a WAL database in a folder it can write does (a full disk, not a read-only one).
    static func expectReadingWorks(root: String, sqliteFiles: Bool = false, run: ([String]) throws -> CommandResult) throws {
        let before = snapshot(root)
        let list = try run(["archive", "list"])
        #expect(list.status == 0 && list.stdout.contains(seedID) && list.stderr.isEmpty, "\(list.stdout)\(list.stderr)")
        let search = try run(["archive", "search", "Kaspersky"])
        #expect(search.status == 0 && search.stdout.contains(seedID) && search.stderr.isEmpty, "\(search.stdout)\(search.stderr)")
        let show = try run(["archive", "show", seedID])
        #expect(show.status == 0 && show.stdout.contains("v1"), "\(show.stderr)")
        let get = try run(["archive", "get", seedID, "-o", "-"])
        #expect(get.status == 0 && get.stdoutBytes.starts(with: Array("%PDF".utf8)), "\(get.stderr)")
        let verify = try run(["archive", "verify"])
        #expect(verify.status == 0 && verify.stdout.contains("OK"), "\(verify.stdout)\(verify.stderr)")
        let verifyOne = try run(["archive", "verify", seedID])
        #expect(verifyOne.status == 0, "\(verifyOne.stdout)\(verifyOne.stderr)")
        let after = snapshot(root).filter { !sqliteFiles || !($0.hasPrefix("index.sqlite-wal ") || $0.hasPrefix("index.sqlite-shm ")) }
        #expect(after == before)
    }

    @Test func readOnlyCopyIsReadByAnotherUser() throws {
        let folder = try Self.readOnlyCopy()
        defer { _ = try? CommandRunner.run("chmod", ["-R", "u+w", folder.path("readonly")]) }
        let root = folder.path("readonly")
        try Self.expectReadingWorks(root: root) { try Self.folioAsReader($0, root: root) }
        let add = try Self.folioAsReader(["archive", "add", Self.seed], root: root)
        #expect(add.status == 1 && add.stderr.split(separator: "\n").count == 1, "\(add.stderr)")
    }

    @Test func damagedIndexOnAReadOnlyCopyIsRebuiltInMemory() throws {
        let folder = try Self.readOnlyCopy(damageIndex: true)
        defer { _ = try? CommandRunner.run("chmod", ["-R", "u+w", folder.path("readonly")]) }
        let root = folder.path("readonly")
        let before = Self.snapshot(root)
        let search = try Self.folioAsReader(["archive", "search", "Kaspersky"], root: root)
        #expect(search.status == 0 && search.stdout.contains(Self.seedID), "\(search.stdout)\(search.stderr)")
        #expect(search.stderr.contains("folio: warning:") && search.stderr.contains("in memory"), "\(search.stderr)")
        let verify = try Self.folioAsReader(["archive", "verify"], root: root)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(Self.snapshot(root) == before)
    }

    /// A full disk (a small tmpfs filled to the last byte; root only, as mounting needs it).
    @Test func fullDiskIsRead() throws {
        guard getuid() == 0 else { return }
        let folder = try TemporaryFolder()
        let disk = folder.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        let mount = try CommandRunner.run("mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", disk])
        guard mount.status == 0 else {
            Issue.record("mount -t tmpfs is not permitted here: \(mount.stderr)")
            return
        }
        defer { _ = try? CommandRunner.run("umount", [disk]) }
        let root = disk + "/archive"
        #expect(try CommandRunner.folio(["archive", "add", Self.seed], environment: ["FOLIO_ARCHIVE": root]).status == 0)
        let fill = try CommandRunner.run("dd", ["if=/dev/zero", "of=\(disk)/fill", "bs=64k"])
        #expect(fill.stderr.contains("No space left"), "\(fill.stderr)")
        try Self.expectReadingWorks(root: root, sqliteFiles: true) { try CommandRunner.folio($0, environment: ["FOLIO_ARCHIVE": root]) }
    }

    /// A read-only bind mount (root only; root is not stopped by permissions but is by `ro`).
    @Test func readOnlyBindMountIsReadAsRoot() throws {
        guard getuid() == 0 else { return }
        let folder = try TemporaryFolder()
        #expect(try ArchiveCommandTests.archive(folder, ["add", Self.seed]).status == 0)
        let mountPoint = folder.path("mounted")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        let mount = try CommandRunner.run("mount", ["--bind", "-o", "ro", folder.path("archive"), mountPoint])
        guard mount.status == 0 else {
            Issue.record("mount --bind -o ro is not permitted here: \(mount.stderr)")
            return
        }
        defer { _ = try? CommandRunner.run("umount", [mountPoint]) }
        try Self.expectReadingWorks(root: mountPoint) {
            try CommandRunner.folio($0, environment: ["FOLIO_ARCHIVE": mountPoint])
        }
    }
}
