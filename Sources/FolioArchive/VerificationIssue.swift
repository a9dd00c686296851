/// One problem `verify` found: what is wrong, where, and the OCFL validation code for it.
public struct VerificationIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    /// OCFL 1.1 validation code (`E092`, `W004`, …; `E090` for links), as other validators print.
    public var code: String
    /// The file or folder concerned, relative to the place verified.
    public var path: String
    /// One line a user understands ("content changed since it was archived").
    public var message: String

    public init(_ severity: Severity, _ code: String, _ path: String, _ message: String) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        (severity == .warning ? "warning: " : "") + "\(path): \(message) [\(code)]"
    }
}

/// What verifying an archive, some objects, or a path found.
public struct VerificationReport: Sendable {
    /// Objects checked (ids or paths).
    public var objectsChecked: Int
    /// Bytes of content re-read and re-hashed.
    public var bytesRead: Int64
    public var issues: [VerificationIssue]

    public init(objectsChecked: Int = 0, bytesRead: Int64 = 0, issues: [VerificationIssue] = []) {
        self.objectsChecked = objectsChecked
        self.bytesRead = bytesRead
        self.issues = issues
    }

    /// True when nothing is wrong (warnings allowed).
    public var isValid: Bool { !issues.contains(where: \.isError) }

    /// Adds another report's counts and issues to this one.
    public mutating func merge(_ other: VerificationReport) {
        objectsChecked += other.objectsChecked
        bytesRead += other.bytesRead
        issues += other.issues
    }
}
