import Foundation

/// Where Folio's own files are: the bundled `fonts/` and the shipped `layouts/`.
///
/// Found, in order, from `$FOLIO_HOME`, then by walking up from the executable (a build inside
/// a checkout), then from the source tree this binary was built from.
public struct FolioResources: Sendable, Hashable {
    public var fontsDirectory: URL
    public var layoutsDirectory: URL

    public init(root: URL) {
        fontsDirectory = root.appendingPathComponent("fonts", isDirectory: true)
        layoutsDirectory = root.appendingPathComponent("layouts", isDirectory: true)
    }

    /// The resources next to this installation (see the type's discussion).
    public static func located() -> FolioResources {
        let fileManager = FileManager.default
        func isRoot(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("fonts/OFL.txt").path)
                && fileManager.fileExists(atPath: url.appendingPathComponent("layouts").path)
        }
        if let home = ProcessInfo.processInfo.environment["FOLIO_HOME"], !home.isEmpty {
            return FolioResources(root: URL(fileURLWithPath: home))
        }
        func root(above start: URL) -> FolioResources? {
            var url = start.deletingLastPathComponent()
            while url.path != "/" {
                if isRoot(url) { return FolioResources(root: url) }
                url = url.deletingLastPathComponent()
            }
            return nil
        }
        // One candidate at a time: `Bundle.main` costs more than a millisecond to set up, and
        // the command's own path almost always answers first.
        let candidates: [() -> URL?] = [
            { URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath() },
            { Bundle.main.executableURL?.resolvingSymlinksInPath() },
            { URL(fileURLWithPath: #filePath) },
        ]
        for candidate in candidates {
            if let start = candidate(), let found = root(above: start) { return found }
        }
        return FolioResources(root: URL(fileURLWithPath: fileManager.currentDirectoryPath))
    }
}
