#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Several `folio archive add` processes at once, and processes killed with SIGKILL mid-write.
@Suite(.serialized) struct ArchiveStressTests {
    static func smallArticle(_ title: String, _ body: String, day: Int = 9) -> String {
        "home\u{A0}> NEWS\n\(title)\n2018-11-\(day < 10 ? "0" : "")\(day) 10:00:00\n\n\(body)\n"
    }

    /// Objects present in a storage root (`YYYY/MM/DD/slug` folders).
    static func objectFolders(_ root: String) -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        for y in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where y.count == 4 && Int(y) != nil {
            for m in (try? fm.contentsOfDirectory(atPath: root + "/" + y)) ?? [] {
                for d in (try? fm.contentsOfDirectory(atPath: root + "/\(y)/\(m)")) ?? [] {
                    for s in (try? fm.contentsOfDirectory(atPath: root + "/\(y)/\(m)/\(d)")) ?? [] { found.append("\(y)/\(m)/\(d)/\(s)") }
                }
            }
        }
        return found
    }

    @Test func eightProcessesAddTwoHundredArticles() throws {
        let folder = try TemporaryFolder()
        let environment = ["FOLIO_ARCHIVE": folder.path("archive")]
        var batches: [[String]] = Array(repeating: [], count: 8)
        for k in 0..<200 {
            // Titles repeat every 50 articles: different articles with the same day and title must all survive.
            let path = try folder.write("a\(k).txt", Self.smallArticle("Briefing \(k % 50)", "Item \(k) of the day.", day: 1 + k % 3))
            batches[k % 8].append(path)
        }
        let processes = try batches.map { batch -> Process in
            let process = Process()
            process.executableURL = CommandRunner.folio
            process.arguments = ["archive", "add"] + batch
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(Self.objectFolders(folder.path("archive/ocfl")).count == 200)
        let verify = try CommandRunner.folio(["archive", "verify"], environment: environment)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("200 objects"))
        let list = try CommandRunner.folio(["archive", "list", "--json"], environment: environment)
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 200)
    }

    @Test func killedWritersNeverLeaveAHalfObject() throws {
        let folder = try TemporaryFolder()
        let environment = ProcessInfo.processInfo.environment.merging(["FOLIO_ARCHIVE": folder.path("archive")]) { $1 }
        #expect(try CommandRunner.folio(["archive", "add", try folder.write("first.txt", Self.smallArticle("First", "Start."))],
                                        environment: environment).status == 0)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            // Five recurring articles that change every round (new versions) and two new ones.
            var paths: [String] = []
            for k in 0..<5 { paths.append(try folder.write("recurring-\(k).txt", Self.smallArticle("Recurring \(k)", "Round \(round)."))) }
            for k in 0..<2 { paths.append(try folder.write("new-\(round)-\(k).txt", Self.smallArticle("New \(round) \(k)", "Fresh."))) }
            let process = Process()
            process.executableURL = CommandRunner.folio
            process.arguments = ["archive", "add"] + paths
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // The next open recovers; then everything must be whole and consistent.
        let list = try CommandRunner.folio(["archive", "list", "--json"], environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        let onDisk = Self.objectFolders(folder.path("archive/ocfl"))
        #expect(Set(rows.compactMap { $0["id"] as? String }) == Set(onDisk), "index and storage root disagree")
        let verify = try CommandRunner.folio(["archive", "verify"], environment: environment)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("archive/work")).isEmpty)
        let check = CommandRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/ocfl_check.sh").path
        if FileManager.default.fileExists(atPath: check) {
            let result = try CommandRunner.run("/bin/bash", [check, folder.path("archive/ocfl")])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }
}
