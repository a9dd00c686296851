import Foundation

/// Reads any `inventory.json` leniently and reports every OCFL 1.1 rule it breaks (§3.5).
///
/// Used by the verifier on our own objects and on other tools' objects (the official fixtures),
/// so it works on untyped JSON instead of trusting `Codable` to reject or accept the right things.
struct InventoryCheck {
    struct Version {
        var created: String?
        /// Digest → logical paths, as written.
        var state: [String: [String]]
    }

    var id: String?
    var type: String?
    var digestAlgorithm: String?
    var head: String?
    var contentDirectory = "content"
    var manifest: [String: [String]] = [:]
    var fixity: [String: [String: [String]]] = [:]
    var versions: [String: Version] = [:]
    /// Version names in order, `v1` first.
    var versionNames: [String] = []
    var issues: [VerificationIssue] = []

    private let where_: String

    static let allowedKeys: Set<String> = [
        "id", "type", "digestAlgorithm", "head", "contentDirectory", "fixity", "manifest", "versions",
    ]

    /// Checks inventory bytes; `path` names the file in every issue.
    init(bytes: [UInt8], path: String) {
        where_ = path
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? [String: Any]
        else {
            error("E033", "is not a JSON object")
            return
        }
        for key in object.keys where !Self.allowedKeys.contains(key) { error("E102", "has unknown key '\(key)'") }
        for key in ["id", "type", "digestAlgorithm", "head", "manifest", "versions"] where object[key] == nil {
            error("E036", "lacks required key '\(key)'")
        }
        id = object["id"] as? String
        if object["id"] != nil, id?.isEmpty ?? true { error("E037", "id is not a non-empty string") }
        type = object["type"] as? String
        if object["type"] != nil,
           !["https://ocfl.io/1.1/spec/#inventory", "https://ocfl.io/1.0/spec/#inventory"].contains(type ?? "") {
            error("E038", "type is not an OCFL inventory type")
        }
        digestAlgorithm = object["digestAlgorithm"] as? String
        if let algorithm = digestAlgorithm {
            if algorithm == "sha256" {
                issues.append(.init(.warning, "W004", path, "uses sha256; sha512 is preferred"))
            } else if algorithm != "sha512" {
                error("E025", "digestAlgorithm '\(algorithm)' is not sha512 or sha256")
            }
        } else if object["digestAlgorithm"] != nil {
            error("E025", "digestAlgorithm is not a string")
        }
        if let value = object["contentDirectory"] {
            if let name = value as? String, !name.isEmpty, !name.contains("/"), name != ".", name != ".." {
                contentDirectory = name
            } else {
                error("E017", "contentDirectory is not a plain folder name")
            }
        }
        head = object["head"] as? String
        if object["head"] != nil, head == nil { error("E040", "head is not a string") }
        readManifest(object["manifest"])
        readVersions(object["versions"])
        readFixity(object["fixity"])
        checkUsage()
    }

    private mutating func error(_ code: String, _ message: String) {
        issues.append(.init(.error, code, where_, message))
    }

    private mutating func readManifest(_ value: Any?) {
        guard let value else { return }
        guard let table = value as? [String: Any] else { return error("E041", "manifest is not an object") }
        var seenDigests = Set<String>()
        var allPaths: [String] = []
        for (digest, pathsValue) in table {
            guard let paths = pathsValue as? [String] else {
                error("E041", "manifest entry \(digest.prefix(16))… is not a list of paths")
                continue
            }
            if !seenDigests.insert(digest.lowercased()).inserted {
                error("E096", "manifest lists digest \(digest.prefix(16))… twice (differing only in case)")
            }
            for path in paths where !Self.isSafePath(path) {
                error("E099", "manifest content path '\(path)' is not a safe relative path")
            }
            allPaths += paths
            manifest[digest] = paths
        }
        if let conflict = Self.firstConflict(allPaths) {
            error("E101", "manifest content path '\(conflict)' is listed twice or is also a folder")
        }
    }

    private mutating func readVersions(_ value: Any?) {
        guard let value else { return }
        guard let table = value as? [String: Any], !table.isEmpty else {
            return error("E008", "versions is not a non-empty object")
        }
        var numbers: [Int: String] = [:]
        var widths = Set<Int>()
        for name in table.keys {
            guard name.hasPrefix("v"), name.count > 1, name.dropFirst().allSatisfy(\.isASCIIDigit),
                  let number = Int(name.dropFirst()), number > 0
            else {
                error("E046", "version name '\(name)' is not vN")
                continue
            }
            numbers[number] = name
            widths.insert(name.hasPrefix("v0") ? name.count : 0)
        }
        if widths.count > 1 { error("E013", "version names mix zero-padded and plain forms") }
        let ordered = numbers.keys.sorted()
        if ordered.first != 1 || ordered.last != ordered.count {
            error("E010", "versions are not v1…vN without gaps")
        }
        versionNames = ordered.compactMap { numbers[$0] }
        if let head, let last = versionNames.last, head != last {
            error("E040", "head '\(head)' is not the newest version '\(last)'")
        }
        for name in versionNames {
            guard let block = table[name] as? [String: Any] else {
                error("E048", "version \(name) is not an object")
                continue
            }
            var version = Version(created: block["created"] as? String, state: [:])
            if let created = version.created {
                if !Self.isRFC3339Seconds(created) { error("E049", "version \(name) created '\(created)' is not RFC 3339 with a zone") }
            } else {
                error("E048", "version \(name) lacks 'created'")
            }
            if let stateTable = block["state"] as? [String: Any] {
                var logical: [String] = []
                for (digest, pathsValue) in stateTable {
                    guard let paths = pathsValue as? [String] else {
                        error("E050", "version \(name) state entry is not a list of paths")
                        continue
                    }
                    if manifest[digest] == nil {
                        error("E050", "version \(name) state digest \(digest.prefix(16))… is not in the manifest")
                    }
                    for path in paths where !Self.isSafePath(path) {
                        error("E053", "version \(name) logical path '\(path)' is not a safe relative path")
                    }
                    logical += paths
                    version.state[digest] = paths
                }
                if let conflict = Self.firstConflict(logical) {
                    error("E095", "version \(name) logical path '\(conflict)' is listed twice or is also a folder")
                }
            } else {
                error("E050", "version \(name) lacks a 'state' object")
            }
            if block["message"] == nil { issues.append(.init(.warning, "W007", where_, "version \(name) has no message")) }
            if let user = block["user"] {
                if let user = user as? [String: Any], user["name"] is String {
                    if let address = user["address"] {
                        if let text = address as? String, !text.contains(":") {
                            issues.append(.init(.warning, "W009", where_, "version \(name) user address is not a URI"))
                        }
                    } else {
                        issues.append(.init(.warning, "W008", where_, "version \(name) user has no address"))
                    }
                } else {
                    error("E054", "version \(name) user is not {name, address}")
                }
            } else {
                issues.append(.init(.warning, "W007", where_, "version \(name) has no user"))
            }
            versions[name] = version
        }
    }

    private mutating func readFixity(_ value: Any?) {
        guard let value else { return }
        guard let table = value as? [String: Any] else { return error("E056", "fixity is not an object") }
        let contentPaths = Set(manifest.values.joined())
        for (algorithm, blockValue) in table {
            guard let block = blockValue as? [String: Any] else {
                error("E057", "fixity block '\(algorithm)' is not an object")
                continue
            }
            var seen = Set<String>()
            var entries: [String: [String]] = [:]
            for (digest, pathsValue) in block {
                guard let paths = pathsValue as? [String] else {
                    error("E057", "fixity \(algorithm) entry is not a list of paths")
                    continue
                }
                if !seen.insert(digest.lowercased()).inserted {
                    error("E097", "fixity \(algorithm) lists digest \(digest.prefix(16))… twice")
                }
                for path in paths {
                    if !Self.isSafePath(path) {
                        error("E099", "fixity content path '\(path)' is not a safe relative path")
                    } else if !contentPaths.contains(path) {
                        error("E057", "fixity content path '\(path)' is not in the manifest")
                    }
                }
                entries[digest] = paths
            }
            fixity[algorithm] = entries
        }
    }

    private mutating func checkUsage() {
        var used = Set<String>()
        for version in versions.values { used.formUnion(version.state.keys) }
        for digest in manifest.keys where !used.contains(digest) {
            error("E107", "manifest digest \(digest.prefix(16))… is used by no version")
        }
    }

    /// Logical path → digest (lowercased) for a version.
    func logicalState(_ version: String) -> [String: String] {
        var result: [String: String] = [:]
        for (digest, paths) in versions[version]?.state ?? [:] {
            for path in paths { result[path] = digest.lowercased() }
        }
        return result
    }

    /// Digest (lowercased) → content paths.
    var lowercasedManifest: [String: [String]] {
        Dictionary(manifest.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: +)
    }

    /// A relative path with `/` separators and no empty, `.` or `..` segments.
    static func isSafePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasSuffix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    /// A path that repeats, or that is also used as a folder of another path.
    static func firstConflict(_ paths: [String]) -> String? {
        var seen = Set<String>()
        for path in paths where !seen.insert(path).inserted { return path }
        for path in paths {
            var prefix = ""
            for part in path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(part) : "/" + part
                if seen.contains(prefix) { return prefix }
            }
        }
        return nil
    }

    /// `2018-11-09T11:11:21Z`, with optional fractions and a `Z` or `±hh:mm` zone.
    static func isRFC3339Seconds(_ text: String) -> Bool {
        let pattern = #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
