import Foundation
import Testing

/// Real processes: a writer killed (SIGKILL) at a chosen moment of adding a version, while another
/// process keeps the archive busy (so no whole-archive recovery can run), and a second writer of
/// the same article afterwards. The survivor finishes the dead writer's step and succeeds.
@Suite(.serialized) struct SurvivingWriterProcessTests {
    static func article(_ body: String) -> String {
        "home\u{A0}> NEWS\nSurvivor Report\n2018-11-09 10:00:00\n\n\(body)\n"
    }

    @Test(arguments: ["after-version-rename", "after-inventory-rename"])
    func survivorFinishesAKilledWritersVersion(_ crashPoint: String) throws {
        let folder = try TemporaryFolder()
        let archive = folder.path("archive")
        let environment = ["FOLIO_ARCHIVE": archive]
        let input = try folder.write("report.txt", Self.article("First version."))
        let first = try CommandRunner.folio(["archive", "add", input], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let id = String(first.stdout.split(separator: " ").first ?? "")

        // Another writer, as far as the lock says: holds the archive's shared lock throughout.
        let lockFile = archive + "/locks/archive.lock"
        // (Python, not flock(1): flock outlives SIGTERM while its child holds the lock.)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import fcntl, sys, time
            f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_SH); print("locked", flush=True); time.sleep(300)
            """, lockFile]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        // SIGKILL: a child started from a test thread may inherit a mask that blocks SIGTERM.
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        // One read(2) of its line (FileHandle's availableData waits for the end of a pipe here).
        var line = [UInt8](repeating: 0, count: 16)
        let count = line.withUnsafeMutableBytes { read(ready.fileHandleForReading.fileDescriptor, $0.baseAddress, $0.count) }
        #expect(count > 0 && String(decoding: line.prefix(max(count, 0)), as: UTF8.self).contains("locked"), "\(String(decoding: line.prefix(max(count, 0)), as: UTF8.self))")

        try folder.write("report.txt", Self.article("Second version."))
        let killed = try CommandRunner.folio(["archive", "add", input], environment: environment.merging(["FOLIO_CRASH_AT": crashPoint]) { $1 })
        #expect(killed.status == SIGKILL, "the writer was to be killed at \(crashPoint): \(killed.status) \(killed.stderr)")

        try folder.write("report.txt", Self.article("Third version."))
        let survivor = try CommandRunner.folio(["archive", "add", input], environment: environment)
        #expect(survivor.status == 0 && survivor.stdout.contains("v3"), "\(survivor.stdout)\(survivor.stderr)")

        let verify = try CommandRunner.folio(["archive", "verify", id], environment: environment)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let show = try CommandRunner.folio(["archive", "show", id], environment: environment)
        #expect(show.stdout.contains("v2") && show.stdout.contains("v3"), "\(show.stdout)")
    }
}
