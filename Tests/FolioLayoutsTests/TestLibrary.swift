import Foundation
import FolioLayouts

/// The repository's shipped layouts, found from this file's path so tests run from any directory.
let shippedLayouts = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("layouts")

let library = LayoutLibrary(directory: shippedLayouts)

/// The one-line message a layout written as `yaml` fails with, or nil if it loads.
func loadError(_ yaml: String, fileName: String = "layouts/bad.yaml") -> String? {
    loadError(bytes: Array(yaml.utf8), fileName: fileName)
}

func loadError(bytes: [UInt8], fileName: String = "layouts/bad.yaml") -> String? {
    do {
        _ = try library.load(fileName: fileName, bytes: bytes)
        return nil
    } catch {
        return "\(error)"
    }
}

/// A throwaway directory of layout files, removed when the value is released.
final class TemporaryLayouts {
    let directory: URL

    init(_ files: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-layouts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
    }

    var library: LayoutLibrary { LayoutLibrary(directory: directory) }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
