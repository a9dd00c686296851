import FolioTypesetting

/// Parses a human-edited YAML layout file into a `LayoutStyle`.
///
/// Pure: the parser reads no files itself. A layout that says `extends: a4` gets its base
/// through `baseLookup`, which `LayoutLibrary` backs with the shipped layouts.
///
/// ```swift
/// let style = try LayoutParser().parse(text, fileName: "custom.yaml")
/// ```
public struct LayoutParser: Sendable {
    /// Finds a layout named in `extends`: its file name as shown to the user, and its bytes.
    /// Throw a `LayoutError` with only a message (no file) for an unknown name; the parser
    /// adds the location of the `extends` line.
    public typealias BaseLookup = @Sendable (_ name: String) throws -> (fileName: String, bytes: [UInt8])

    /// Chains longer than this are surely a mistake, even without a cycle.
    static let maximumExtendsDepth = 16

    private let baseLookup: BaseLookup?

    public init(baseLookup: BaseLookup? = nil) {
        self.baseLookup = baseLookup
    }

    /// Parses a layout file.
    /// - Parameters:
    ///   - bytes: The file's contents (UTF-8, a byte-order mark is allowed).
    ///   - fileName: The file as shown in errors (`layouts/a4.yaml`); its last component
    ///     without extension becomes the style's name.
    /// - Returns: The resolved style, every value checked.
    /// - Throws: `LayoutError`, naming file, line and key.
    public func parse(_ bytes: [UInt8], fileName: String) throws -> LayoutStyle {
        let root = try resolve(bytes, fileName: fileName, chain: [])
        return try LayoutStyleReader(name: Self.layoutName(fileName)).read(root)
    }

    /// Parses layout text; see `parse(_:fileName:)`.
    public func parse(_ text: String, fileName: String) throws -> LayoutStyle {
        try parse(Array(text.utf8), fileName: fileName)
    }

    /// `a4` for `layouts/a4.yaml`.
    static func layoutName(_ fileName: String) -> String {
        let last = fileName.split(separator: "/").last.map(String.init) ?? fileName
        for suffix in [".yaml", ".yml"] where last.lowercased().hasSuffix(suffix) && last.count > suffix.count {
            return String(last.dropLast(suffix.count))
        }
        return last
    }

    /// The file's tree laid over its base's (recursively), without the `extends` key.
    private func resolve(_ bytes: [UInt8], fileName: String, chain: [String]) throws -> LayoutNode {
        let tree = try LayoutYAMLReader(file: fileName).read(bytes)
        guard let entries = tree.entries, let extends = entries.first(where: { $0.key == "extends" }) else {
            return tree
        }
        let own = LayoutNode(content: .mapping(entries.filter { $0.key != "extends" }), location: tree.location)
        let baseName = try extends.value.nonEmptyText("extends")
        let chain = chain + [Self.layoutName(fileName)]
        let location = extends.value.location
        if chain.contains(where: { $0.lowercased() == baseName.lowercased() }) {
            let cycle = (chain + [baseName]).joined(separator: " → ")
            throw LayoutError(at: location, "extends", "layouts extend each other in a cycle: \(cycle)")
        }
        guard chain.count < Self.maximumExtendsDepth else {
            throw LayoutError(at: location, "extends", "more than \(Self.maximumExtendsDepth) layouts extend one another")
        }
        guard let baseLookup else {
            throw LayoutError(at: location, "extends", "cannot look up \(baseName.quoted) here: no layout library given")
        }
        let base: (fileName: String, bytes: [UInt8])
        do {
            base = try baseLookup(baseName)
        } catch let error as LayoutError where error.file == nil {
            throw LayoutError(at: location, "extends", error.message)
        }
        return own.merged(over: try resolve(base.bytes, fileName: base.fileName, chain: chain))
    }
}
