import Foundation
import FolioTypesetting

/// The shipped layouts (`layouts/*.yaml`), and loading a layout by name, by path, or from
/// bytes kept in the archive. Layouts that say `extends: a4` are resolved against this library.
///
/// ```swift
/// let library = LayoutLibrary(directory: URL(fileURLWithPath: "layouts"))
/// let layout = try library.load("letter")          // or a path: "my/custom.yaml"
/// print(layout.summary)                             // letter  Letter portrait, 1 column, …
/// ```
public struct LayoutLibrary: Sendable {
    /// The layout used when none is asked for.
    public static let defaultName = "a4"

    /// The folder holding the shipped `*.yaml` layouts.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Names of the shipped layouts (file names without `.yaml`), sorted.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads a shipped layout by name (`a4`, case-insensitive), or a layout file by path.
    ///
    /// A string naming no shipped layout is a path if it contains `/` or ends in `.yaml`/`.yml`;
    /// otherwise the error lists the shipped names.
    public func load(_ nameOrPath: String) throws -> LoadedLayout {
        if let name = shippedName(nameOrPath) {
            let file = directory.appendingPathComponent("\(name).yaml")
            return try load(fileName: Self.displayPath(file.path), bytes: FileReading.bytes(atPath: file.path))
        }
        let lowered = nameOrPath.lowercased()
        guard nameOrPath.contains("/") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") else {
            throw unknownName(nameOrPath)
        }
        do {
            return try load(fileName: nameOrPath, bytes: FileReading.bytes(atPath: nameOrPath))
        } catch var error as LayoutError where error.line == nil && error.message == FileReading.missing {
            // `--layout a4.yaml` when the shipped `a4` was meant.
            if let shipped = shippedName(LayoutParser.layoutName(nameOrPath)) {
                error.message += " (the shipped layout is named \(shipped.quoted))"
            }
            throw error
        }
    }

    /// Parses a layout from bytes, such as the copy kept in the archive beside a PDF.
    /// `extends` is resolved against this library's shipped layouts.
    /// - Parameters:
    ///   - fileName: The file name shown in errors and kept in `LoadedLayout.fileName` (its last component).
    ///   - bytes: The layout file's contents, kept unchanged in the result.
    public func load(fileName: String, bytes: [UInt8]) throws -> LoadedLayout {
        let style = try parser.parse(bytes, fileName: fileName)
        let lastComponent = fileName.split(separator: "/").last.map(String.init) ?? fileName
        return LoadedLayout(name: style.name, fileName: lastComponent, bytes: bytes, style: style)
    }

    /// One line per shipped layout for `folio layouts`: the name, padded, then its summary;
    /// a layout that fails to load shows its error instead.
    public func summaries() -> [String] {
        let names = names
        let width = names.map(\.count).max() ?? 0
        return names.map { name in
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            do {
                return "\(padded)  \(try load(name).style.summary)"
            } catch {
                return "\(padded)  error: \(error)"
            }
        }
    }

    /// The parser, with `extends` looked up among the shipped layouts.
    var parser: LayoutParser {
        let library = self
        return LayoutParser { name in
            guard let shipped = library.shippedName(name) else { throw library.unknownName(name) }
            let file = library.directory.appendingPathComponent("\(shipped).yaml")
            return (Self.displayPath(file.path), try FileReading.bytes(atPath: file.path))
        }
    }

    /// The shipped layout's exact name, matched case-insensitively; nil for anything else (paths included).
    private func shippedName(_ name: String) -> String? {
        names.first { $0.lowercased() == name.lowercased() }
    }

    private func unknownName(_ name: String) -> LayoutError {
        let available = names
        let guess = ClosestMatch.to(name, among: available).map { "did you mean \"\($0)\"? " } ?? ""
        let list = available.isEmpty ? "none found in \(Self.displayPath(directory.path))" : available.joined(separator: ", ")
        return LayoutError(message: "unknown layout \(name.quoted) (\(guess)available: \(list))")
    }

    /// A path as people want to read it: relative to the current directory when inside it.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
