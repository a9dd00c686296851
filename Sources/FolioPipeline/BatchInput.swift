import Foundation

/// One article of a batch: where its file is and how messages name it.
public struct BatchInput: Sendable, Hashable, Codable {
    /// The path to read (relative paths are relative to the working folder).
    public var path: String
    /// The path as the user gave it (or as a list file gave it), for messages.
    public var displayName: String

    public init(path: String, displayName: String? = nil) {
        self.path = path
        self.displayName = displayName ?? path
    }

    /// `talks/opening.md` → `opening`.
    var baseName: String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "article" : name
    }
}

/// Turns the command line's `INPUT...` into articles: files as given, folders searched
/// recursively for article files (skipping `README.md` and hidden names), and list files
/// (`@list.txt` or `NAME.list`: one path a line, relative to the list file; `#` starts a comment).
public enum BatchInputs {
    /// Extensions of article files found in folders.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "json"]

    /// The articles named by `arguments`, in order, each path once.
    ///
    /// - Throws: `FolioError.input` for a list file or folder that cannot be read. A missing
    ///   article file is not an error here: it fails on its own when rendered, and the rest go on.
    public static func expand(_ arguments: [String]) throws(FolioError) -> [BatchInput] {
        var inputs: [BatchInput] = []
        var seen = Set<String>()
        func add(_ input: BatchInput) {
            let key = URL(fileURLWithPath: input.path).standardizedFileURL.path
            if seen.insert(key).inserted { inputs.append(input) }
        }
        for argument in arguments {
            if argument.hasPrefix("@") {
                for input in try list(String(argument.dropFirst())) { try expand(input, into: add) }
            } else if argument.hasSuffix(".list") {
                for input in try list(argument) { try expand(input, into: add) }
            } else {
                try expand(BatchInput(path: argument), into: add)
            }
        }
        return inputs
    }

    /// A file as is, or every article file under a folder (sorted, so runs are reproducible).
    private static func expand(_ input: BatchInput, into add: (BatchInput) -> Void) throws(FolioError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            add(input)
            return
        }
        guard let enumerator = FileManager.default.enumerator(atPath: input.path) else {
            throw .input(input.displayName, "the folder cannot be read")
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let pathExtension = (name as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(pathExtension), name.lowercased() != "readme.md" else { continue }
            var isFolder: ObjCBool = false
            let full = (input.path as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(relative)
            }
        }
        for relative in found.sorted() {
            let path = (input.path as NSString).appendingPathComponent(relative)
            let shown = (input.displayName as NSString).appendingPathComponent(relative)
            add(BatchInput(path: path, displayName: shown))
        }
    }

    /// The entries of a list file, resolved against the list file's folder.
    private static func list(_ path: String) throws(FolioError) -> [BatchInput] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .input(path, "no such list file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .input(path, "the list file cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .input(path, "the list file is not UTF-8 text")
        }
        let folder = (path as NSString).deletingLastPathComponent
        var entries: [BatchInput] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            let resolved = entry.hasPrefix("/") || folder.isEmpty ? entry : (folder as NSString).appendingPathComponent(entry)
            entries.append(BatchInput(path: resolved, displayName: resolved))
        }
        return entries
    }
}
