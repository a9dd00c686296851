import ArgumentParser
import FolioArchive
import FolioCommandLine
import Foundation

extension Archive {
    /// `folio archive verify`: re-read every byte and check it against the inventories.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Re-read every stored byte and report changed, missing or unlisted files.",
            discussion: "Each argument is an archive id or the path of an OCFL object or storage root. Exits non-zero when anything is wrong.")

        @OptionGroup var archive: ArchiveOptions

        @Flag(help: "Also print warnings.")
        var warnings = false

        @Argument(help: ArgumentHelp("Ids or paths to verify (default: the whole archive).", valueName: "id-or-path"))
        var targets: [String] = []

        func run() throws {
            try reportingErrors {
                var report = VerificationReport()
                if targets.isEmpty {
                    let store = try archive.openForReading()
                    report = try store.verify()
                    // The index is derived and not verified byte by byte, but one that cannot be
                    // read is rebuilt (or, read-only, named in a warning) here as by any command.
                    _ = try? store.indexedCount()
                } else {
                    for target in targets { report.merge(try verify(target)) }
                }
                for issue in report.issues where issue.isError || warnings { print(issue) }
                let errors = report.issues.filter(\.isError).count
                let megabytes = Double(report.bytesRead) / 1_000_000
                let summary = "\(report.objectsChecked) objects, \(String(format: "%.1f", megabytes)) MB re-read"
                guard errors == 0 else {
                    printError("folio: \(summary): \(errors) problem\(errors == 1 ? "" : "s") found")
                    throw ExitCode.failure
                }
                print("\(summary): OK")
            }
        }

        /// An id when it is one and the archive has it, else a path.
        private func verify(_ target: String) throws -> VerificationReport {
            var isDirectory: ObjCBool = false
            if let id = try? ObjectID(target), let store = try? archive.openForReading(),
               FileManager.default.fileExists(atPath: store.folder.storageRoot + "/" + id.description) {
                return try store.verify([id])
            }
            guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("'\(target)' is neither an archived id nor a folder to verify.")
            }
            return ArchiveVerifier().verify(path: target)
        }
    }
}
