import Foundation

/// Validates one OCFL object directory against OCFL 1.1 (§3), re-reading every content byte.
///
/// Reports each changed, missing or unlisted file, each broken inventory or sidecar, and each
/// symlink or hard link (E090); issue paths are `displayPrefix` + the path inside the object.
struct ObjectValidator {
    let path: String
    let displayPrefix: String
    /// Skip re-hashing content (structure only).
    var checkDigests = true
    /// Treat a missing `vN/inventory.json` as an error (our objects always have one) instead of W010.
    var requireVersionInventories = false

    private(set) var issues: [VerificationIssue] = []
    private(set) var bytesRead: Int64 = 0
    /// The root inventory's id, once read.
    private(set) var objectID: String?
    private var digestCache: [String: [DigestAlgorithm: String]] = [:]

    init(path: String, displayPrefix: String, checkDigests: Bool = true) {
        self.path = path
        self.displayPrefix = displayPrefix
        self.checkDigests = checkDigests
    }

    static let declaration = "0=ocfl_object_1.1"

    /// Runs every check; read the results from `issues`.
    mutating func run() {
        switch DurableFile.kind(path) {
        case .directory: break
        case .symlink: return error("E090", "", "is a symbolic link")
        case .missing: return error("E003", "", "does not exist")
        default: return error("E003", "", "is not a folder")
        }
        let entries = DurableFile.list(path)
        checkDeclaration(entries)
        guard let rootBytes = readFile("inventory.json") else {
            return error("E063", "inventory.json", "is missing")
        }
        var root = InventoryCheck(bytes: rootBytes, path: display("inventory.json"))
        if root.type != nil, root.type != OCFLInventory.typeURI {
            root.issues.append(.init(.error, "E038", display("inventory.json"), "type is not the OCFL 1.1 inventory type"))
        }
        issues += root.issues
        objectID = root.id
        checkSidecar(directory: "", algorithm: root.digestAlgorithm, inventoryBytes: rootBytes)
        checkRootEntries(entries, root: root)
        checkVersionDirectories(root: root, rootBytes: rootBytes)
        checkContent(root: root)
    }

    // MARK: Object root

    private mutating func checkDeclaration(_ entries: [String]) {
        let declarations = entries.filter { $0.hasPrefix("0=") }
        guard declarations == [Self.declaration] else {
            return error("E003", Self.declaration, declarations.isEmpty ? "is missing" : "is not the only declaration")
        }
        if readFile(Self.declaration) != Array("ocfl_object_1.1\n".utf8) {
            error("E007", Self.declaration, "does not contain 'ocfl_object_1.1'")
        }
    }

    private mutating func checkRootEntries(_ entries: [String], root: InventoryCheck) {
        let sidecar = "inventory.json." + (root.digestAlgorithm ?? "sha512")
        let versions = Set(root.versionNames)
        for name in entries {
            let kind = DurableFile.kind(path + "/" + name)
            if kind == .symlink || kind == .hardLinkedFile { error("E090", name, "is a link; links are not allowed") ; continue }
            switch name {
            case Self.declaration, "inventory.json", sidecar:
                if kind != .file { error("E001", name, "is not a file") }
            case "logs":
                if kind != .directory { error("E001", name, "is not a folder") }
            case "extensions":
                if kind != .directory { error("E001", name, "is not a folder"); continue }
                for child in DurableFile.list(path + "/extensions") where DurableFile.kind(path + "/extensions/" + child) != .directory {
                    error("E067", "extensions/" + child, "is a file directly in extensions/")
                }
            default:
                if versions.contains(name) {
                    if kind != .directory { error("E001", name, "is not a folder") }
                } else if name.hasPrefix("v"), name.dropFirst().allSatisfy(\.isASCIIDigit), kind == .directory {
                    error("E046", name, "is a version folder the inventory does not list (head is \(root.head ?? "?"))")
                } else {
                    error("E001", name, "is not allowed in an object root (unlisted)")
                }
            }
        }
        for name in root.versionNames where DurableFile.kind(path + "/" + name) != .directory {
            error("E010", name, "is listed in the inventory but missing")
        }
    }

    private mutating func checkSidecar(directory: String, algorithm: String?, inventoryBytes: [UInt8]) {
        let algorithm = algorithm ?? "sha512"
        let name = (directory.isEmpty ? "" : directory + "/") + "inventory.json." + algorithm
        guard let bytes = readFile(name) else { return error("E058", name, "is missing (inventory sidecar)") }
        let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard fields.count == 2, fields[1] == "inventory.json" else {
            return error("E061", name, "is not 'DIGEST inventory.json'")
        }
        guard let known = DigestAlgorithm(rawValue: algorithm) else { return }
        if fields[0].lowercased() != known.hex(inventoryBytes) {
            error("E060", name, "does not match inventory.json (inventory changed or damaged)")
        }
    }

    // MARK: Versions

    private mutating func checkVersionDirectories(root: InventoryCheck, rootBytes: [UInt8]) {
        var previousType: String?
        let headName = root.versionNames.last
        for name in root.versionNames where DurableFile.kind(path + "/" + name) == .directory {
            for entry in DurableFile.list(path + "/" + name) {
                let relative = name + "/" + entry
                let kind = DurableFile.kind(path + "/" + relative)
                if kind == .symlink || kind == .hardLinkedFile { error("E090", relative, "is a link; links are not allowed"); continue }
                if entry == "inventory.json" || entry.hasPrefix("inventory.json.") || entry == root.contentDirectory { continue }
                if kind == .directory {
                    warning("W002", relative, "is an extra folder in a version folder")
                } else {
                    error("E015", relative, "is a file outside the content folder")
                }
            }
            guard let bytes = readFile(name + "/inventory.json") else {
                if requireVersionInventories { error("W010", name + "/inventory.json", "is missing") }
                else { warning("W010", name + "/inventory.json", "is missing") }
                continue
            }
            let check = InventoryCheck(bytes: bytes, path: display(name + "/inventory.json"))
            issues += check.issues.filter { $0.isError }
            checkSidecar(directory: name, algorithm: check.digestAlgorithm, inventoryBytes: bytes)
            if check.id != root.id { error("E037", name + "/inventory.json", "id differs from the root inventory") }
            if check.head != name { error("E040", name + "/inventory.json", "head is not \(name)") }
            if check.contentDirectory != root.contentDirectory {
                error("E019", name + "/inventory.json", "contentDirectory differs from the root inventory")
            }
            if let type = check.type {
                if let previous = previousType, type < previous {
                    error("E103", name + "/inventory.json", "uses an older OCFL version than an earlier version")
                }
                previousType = type
            }
            if name == headName {
                if bytes != rootBytes { error("E064", name + "/inventory.json", "differs from the root inventory.json") }
            } else {
                compareStates(old: check, root: root, name: name)
            }
            if name != headName { checkOlderManifestCoversFiles(check, upTo: name, root: root) }
            if checkDigests { checkManifestDigests(check, label: name + "/inventory.json") }
        }
    }

    /// An older inventory must describe the same logical states as the root one (E066).
    private mutating func compareStates(old: InventoryCheck, root: InventoryCheck, name: String) {
        let sameAlgorithm = old.digestAlgorithm == root.digestAlgorithm
        let oldManifest = old.lowercasedManifest
        let rootManifest = root.lowercasedManifest
        for version in old.versionNames {
            let oldState = old.logicalState(version)
            let rootState = root.logicalState(version)
            let matches: Bool
            if sameAlgorithm {
                matches = oldState == rootState
            } else {
                matches = Set(oldState.keys) == Set(rootState.keys) && oldState.allSatisfy { logical, digest in
                    let a = Set(oldManifest[digest] ?? [])
                    let b = Set(rootManifest[rootState[logical] ?? ""] ?? [])
                    return !a.isDisjoint(with: b)
                }
            }
            if !matches { error("E066", name + "/inventory.json", "describes version \(version) differently from the root inventory") }
        }
    }

    /// Every content file of versions up to this one must be in this inventory's manifest (E023).
    private mutating func checkOlderManifestCoversFiles(_ check: InventoryCheck, upTo name: String, root: InventoryCheck) {
        let listed = Set(check.manifest.values.joined())
        for version in root.versionNames {
            for file in contentFiles(version: version, contentDirectory: root.contentDirectory) where !listed.contains(file) {
                error("E023", file, "is not listed in \(name)/inventory.json")
            }
            if version == name { break }
        }
    }

    // MARK: Content

    private mutating func checkContent(root: InventoryCheck) {
        var onDisk = Set<String>()
        for version in root.versionNames {
            onDisk.formUnion(contentFiles(version: version, contentDirectory: root.contentDirectory, reportLinks: true))
        }
        let listed = Set(root.manifest.values.joined())
        for file in onDisk.subtracting(listed).sorted() {
            error("E023", file, "is not listed in the inventory (unlisted file)")
        }
        for file in listed.sorted() where !onDisk.contains(file) {
            if let version = file.split(separator: "/").first, !root.versionNames.contains(String(version)) {
                error("E042", file, "is a content path outside any version")
            } else if !file.contains("/" + root.contentDirectory + "/") {
                error("E042", file, "is not inside the content folder")
            } else {
                error("E092", file, "is missing")
            }
        }
        guard checkDigests else { return }
        checkManifestDigests(root, label: "inventory.json")
        for (name, block) in root.fixity {
            guard let algorithm = DigestAlgorithm(rawValue: name) else { continue }
            for (expected, paths) in block {
                for file in paths where onDisk.contains(file) {
                    if let actual = digest(of: file, algorithm), actual != expected.lowercased() {
                        error("E093", file, "does not match its \(name) fixity value (content changed)")
                    }
                }
            }
        }
    }

    private mutating func checkManifestDigests(_ check: InventoryCheck, label: String) {
        guard let name = check.digestAlgorithm, let algorithm = DigestAlgorithm(rawValue: name) else { return }
        for (digest, paths) in check.manifest {
            for file in paths where DurableFile.kind(path + "/" + file) == .file {
                if let actual = self.digest(of: file, algorithm), actual != digest.lowercased() {
                    let known = issues.contains { $0.code == "E092" && $0.path == display(file) }
                    if !known { error("E092", file, "content changed since it was archived (\(name) differs from \(label))") }
                }
            }
        }
    }

    /// The file's digest, computed once per algorithm (one read covers every algorithm asked for
    /// so far, so our sha512-only objects are read exactly once).
    private mutating func digest(of file: String, _ algorithm: DigestAlgorithm) -> String? {
        if let cached = digestCache[file]?[algorithm] { return cached }
        guard let digests = DigestAlgorithm.hexDigests(ofFile: path + "/" + file, algorithms: [algorithm]) else { return nil }
        if digestCache[file] == nil {
            var size = stat()
            if lstat(path + "/" + file, &size) == 0 { bytesRead += Int64(size.st_size) }
        }
        digestCache[file, default: [:]].merge(digests) { $1 }
        return digests[algorithm]
    }

    /// Regular files under `vN/<content>/`, relative to the object; reports links, odd entries and empty folders.
    private mutating func contentFiles(version: String, contentDirectory: String, reportLinks: Bool = false) -> [String] {
        let base = version + "/" + contentDirectory
        guard DurableFile.kind(path + "/" + base) == .directory else { return [] }
        var files: [String] = []
        var pending = [base]
        while let folder = pending.popLast() {
            let children = DurableFile.list(path + "/" + folder)
            if children.isEmpty, reportLinks { error("E024", folder, "is an empty folder") }
            for child in children {
                let relative = folder + "/" + child
                switch DurableFile.kind(path + "/" + relative) {
                case .file: files.append(relative)
                case .directory: pending.append(relative)
                case .symlink, .hardLinkedFile:
                    if reportLinks { error("E090", relative, "is a link; links are not allowed (planted?)") }
                default:
                    if reportLinks { error("E090", relative, "is not a regular file") }
                }
            }
        }
        return files
    }

    // MARK: Helpers

    private func display(_ relative: String) -> String {
        relative.isEmpty ? displayPrefix : (displayPrefix.isEmpty ? relative : displayPrefix + "/" + relative)
    }

    private func readFile(_ relative: String) -> [UInt8]? {
        guard DurableFile.kind(path + "/" + relative) == .file else { return nil }
        return (try? DurableFile.read(path + "/" + relative)) ?? nil
    }

    private mutating func error(_ code: String, _ relative: String, _ message: String) {
        issues.append(.init(.error, code, display(relative), message))
    }

    private mutating func warning(_ code: String, _ relative: String, _ message: String) {
        issues.append(.init(.warning, code, display(relative), message))
    }
}
