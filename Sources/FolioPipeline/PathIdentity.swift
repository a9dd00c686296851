import Foundation

/// Whether two paths name the same file, so output is never written over an input.
public enum PathIdentity {
    /// The path with `.`/`..` resolved and symbolic links followed.
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `first` and `second` are the same file once both are made canonical.
    public static func same(_ first: String, _ second: String) -> Bool {
        canonical(first) == canonical(second)
    }
}
