/// A layout file that cannot be used, told in one line a person editing the file can act on:
/// `layouts/bad.yaml:7: margins.left: negative length "-2cm"`.
public struct LayoutError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The file as shown to the user (a path or an archived file name), when known.
    public var file: String?
    /// 1-based line in `file` the problem is on, when known.
    public var line: Int?
    /// Dotted path of the key at fault (`margins.left`, `headings[2].size`), when there is one.
    public var keyPath: String?
    /// What is wrong, and where it helps, what to write instead.
    public var message: String

    public init(file: String? = nil, line: Int? = nil, keyPath: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        let parts = [location, keyPath ?? ""].filter { !$0.isEmpty }
        return (parts + [message]).joined(separator: ": ")
    }
}

extension LayoutError {
    /// An error about a value in a layout file, located at the place the value was written.
    init(at location: SourceLocation, _ keyPath: String, _ message: String) {
        self.init(file: location.file, line: location.lineIfKnown, keyPath: keyPath.isEmpty ? nil : keyPath, message: message)
    }
}
