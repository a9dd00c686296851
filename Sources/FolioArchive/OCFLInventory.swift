import Foundation

/// An OCFL 1.1 inventory (`inventory.json`) as this archive writes it.
///
/// Encoded with sorted keys and pretty printing so the same content always gives the same bytes
/// (and so the same sidecar digest). Reading other tools' inventories for validation is done
/// leniently by `InventoryCheck`, not by this type.
struct OCFLInventory: Codable, Sendable, Equatable {
    static let typeURI = "https://ocfl.io/1.1/spec/#inventory"

    struct User: Codable, Sendable, Equatable {
        var name: String
        var address: String?
    }

    struct Version: Codable, Sendable, Equatable {
        /// RFC 3339, to the second, with a zone.
        var created: String
        /// Digest → logical paths.
        var state: [String: [String]]
        var message: String?
        var user: User?
    }

    var id: String
    var type: String = Self.typeURI
    var digestAlgorithm: String = "sha512"
    var head: String
    var contentDirectory: String? = "content"
    /// Digest → content paths relative to the object root.
    var manifest: [String: [String]]
    var versions: [String: Version]

    /// `v1`, `v2`, … (no zero padding).
    static func versionName(_ number: Int) -> String { "v\(number)" }

    /// The number in a `vN` name, or nil for anything else.
    static func versionNumber(_ name: String) -> Int? {
        guard name.hasPrefix("v"), name.count > 1, !name.hasPrefix("v0") else { return nil }
        return Int(name.dropFirst())
    }

    var headNumber: Int { Self.versionNumber(head) ?? 0 }

    /// The head version's state as logical path → digest.
    func logicalFiles(of version: String) -> [String: String] {
        var files: [String: String] = [:]
        for (digest, paths) in versions[version]?.state ?? [:] {
            for path in paths { files[path] = digest }
        }
        return files
    }

    /// The content path holding the bitstream with this digest (the first one listed).
    func contentPath(for digest: String) -> String? { manifest[digest]?.sorted().first }

    /// Deterministic JSON bytes.
    func encoded() throws(ArchiveError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return [UInt8](try encoder.encode(self)) + [10]
        } catch {
            throw .damaged(id, "inventory cannot be encoded")
        }
    }

    static func decode(_ bytes: [UInt8], path: String) throws(ArchiveError) -> OCFLInventory {
        do {
            return try JSONDecoder().decode(OCFLInventory.self, from: Data(bytes))
        } catch {
            throw .damaged(path, "inventory is not readable JSON")
        }
    }

    /// The sidecar text for inventory bytes: `DIGEST inventory.json\n`.
    static func sidecar(for inventoryBytes: [UInt8]) -> [UInt8] {
        Array((DigestAlgorithm.sha512.hex(inventoryBytes) + " inventory.json\n").utf8)
    }

    /// RFC 3339 UTC timestamp to the second, as `created` wants it.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
