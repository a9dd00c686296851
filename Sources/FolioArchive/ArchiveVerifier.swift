import Foundation

/// Checks storage roots and objects against OCFL 1.1, re-reading every content byte.
///
/// Works on any path: our archive folder, its storage root, or a bare object directory (as the
/// official fixtures are laid out), so the same code answers `folio archive verify` and the
/// conformance suite.
public struct ArchiveVerifier: Sendable {
    public init() {}

    /// Verifies whatever is at `path`: an archive folder, a storage root, or one object.
    public func verify(path: String) -> VerificationReport {
        if DurableFile.kind(path + "/" + OCFLStorageRoot.declaration) == .file {
            return verifyStorageRoot(path, lockPath: nil)
        }
        if DurableFile.kind(path + "/ocfl/" + OCFLStorageRoot.declaration) == .file {
            return verifyStorageRoot(path + "/ocfl", lockPath: nil)
        }
        return verifyObject(path, display: (path as NSString).lastPathComponent, expectedID: nil)
    }

    /// Verifies one object directory; with `expectedID`, also that the id is what its path says.
    func verifyObject(_ path: String, display: String, expectedID: String?) -> VerificationReport {
        var validator = ObjectValidator(path: path, displayPrefix: display)
        validator.requireVersionInventories = expectedID != nil
        validator.run()
        var issues = validator.issues
        if let expectedID, let id = validator.objectID, id != expectedID {
            issues.append(.init(.error, "E083", display, "inventory id '\(id)' does not match its path"))
        }
        return VerificationReport(objectsChecked: 1, bytesRead: validator.bytesRead, issues: issues)
    }

    /// Verifies a storage root and every object in it; objects are read under their shared lock
    /// when `lockPath` gives one (so a version being added is not mistaken for damage).
    func verifyStorageRoot(_ path: String, lockPath: ((ObjectID) -> String)?) -> VerificationReport {
        var report = VerificationReport()
        let root = OCFLStorageRoot(path: path)
        let objects = root.checkStructure(issues: &report.issues)
        for relative in objects {
            let id = try? ObjectID(relative)
            var lock: FileLock?
            if let id, let lockPath { lock = try? FileLock(path: lockPath(id), mode: .shared) }
            report.merge(verifyObject(path + "/" + relative, display: relative, expectedID: relative))
            lock?.unlock()
            if id == nil {
                report.issues.append(.init(.error, "E083", relative, "is not a YYYY/MM/DD/slug object path"))
            }
        }
        return report
    }
}
