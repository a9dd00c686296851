import Foundation

/// The OCFL 1.1 storage root: its declaration, the documented id → path rule, and the walk
/// over the `YYYY/MM/DD/slug` object hierarchy.
struct OCFLStorageRoot {
    static let declaration = "0=ocfl_1.1"
    static let layoutExtension = "0011-direct-clean-path-layout"

    let path: String

    /// True when the declaration is there.
    var exists: Bool { DurableFile.kind(path + "/" + Self.declaration) == .file }

    /// Writes a new storage root at `path` by assembling it in `work` and renaming it in.
    static func create(at path: String, work: String) throws(ArchiveError) {
        let staging = work + "/root-" + UUID().uuidString.lowercased()
        try DurableFile.makeDirectories(staging + "/extensions/" + layoutExtension)
        try DurableFile.create(staging + "/" + declaration, bytes: Array("ocfl_1.1\n".utf8))
        try DurableFile.create(staging + "/ocfl_layout.json", bytes: Array(layoutJSON.utf8))
        try DurableFile.create(staging + "/extensions/" + layoutExtension + "/config.json", bytes: Array(extensionConfig.utf8))
        try DurableFile.create(staging + "/archive-layout.txt", bytes: Array(layoutText.utf8))
        try DurableFile.syncDirectory(staging + "/extensions/" + layoutExtension)
        try DurableFile.syncDirectory(staging + "/extensions")
        try DurableFile.syncDirectory(staging)
        try DurableFile.rename(staging, to: path)
        try DurableFile.syncDirectory((path as NSString).deletingLastPathComponent)
    }

    /// Every object id in the hierarchy, sorted; entries that do not look like ids are skipped
    /// here (the verifier reports them).
    ///
    /// Only real folders are entered: a symbolic link in the hierarchy (OCFL forbids them, E090)
    /// could lead outside the archive, so it is never followed (`verify` names it).
    func objectIDs() -> [ObjectID] {
        var ids: [ObjectID] = []
        func folders(_ relative: String) -> [String] {
            DurableFile.list(path + "/" + relative).filter { DurableFile.kind(path + "/" + relative + "/" + $0) == .directory }
        }
        for year in folders("") where year.utf8.count == 4 && Int(year) != nil {
            for month in folders(year) where month.utf8.count == 2 {
                for day in folders(year + "/" + month) where day.utf8.count == 2 {
                    for slug in folders(year + "/" + month + "/" + day) {
                        if let id = try? ObjectID("\(year)/\(month)/\(day)/\(slug)") { ids.append(id) }
                    }
                }
            }
        }
        return ids.sorted()
    }

    /// Checks the root itself (§4): declaration, layout file, no stray files or empty folders in
    /// the hierarchy, no links, and that each object's id is its path. Objects are validated by
    /// `ObjectValidator`; their paths are returned for that.
    func checkStructure(issues: inout [VerificationIssue]) -> [String] {
        if DurableFile.list(path).filter({ $0.hasPrefix("0=") }) != [Self.declaration] {
            issues.append(.init(.error, "E069", Self.declaration, "storage root declaration is missing or not alone"))
        } else if (try? DurableFile.read(path + "/" + Self.declaration)) != Array("ocfl_1.1\n".utf8) {
            issues.append(.init(.error, "E080", Self.declaration, "does not contain 'ocfl_1.1'"))
        }
        if let bytes = try? DurableFile.read(path + "/ocfl_layout.json") {
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            if object?["extension"] as? String == nil || object?["description"] as? String == nil {
                issues.append(.init(.error, "E070", "ocfl_layout.json", "lacks 'extension' and 'description'"))
            }
        }
        var objects: [String] = []
        for name in DurableFile.list(path) {
            let kind = DurableFile.kind(path + "/" + name)
            if kind == .symlink || kind == .hardLinkedFile {
                issues.append(.init(.error, "E090", name, "is a link; links are not allowed"))
            } else if kind == .directory, name != "extensions" {
                walk(name, objects: &objects, issues: &issues)
            }
        }
        return objects.sorted()
    }

    private func walk(_ relative: String, objects: inout [String], issues: inout [VerificationIssue]) {
        let full = path + "/" + relative
        let children = DurableFile.list(full)
        if children.contains(where: { $0.hasPrefix("0=ocfl_object_") }) {
            objects.append(relative)
            return
        }
        if children.isEmpty {
            issues.append(.init(.error, "E073", relative, "is an empty folder in the storage root"))
        }
        for child in children {
            let childPath = relative + "/" + child
            switch DurableFile.kind(path + "/" + childPath) {
            case .directory: walk(childPath, objects: &objects, issues: &issues)
            case .symlink, .hardLinkedFile:
                issues.append(.init(.error, "E090", childPath, "is a link; links are not allowed (planted?)"))
            default:
                issues.append(.init(.error, "E072", childPath, "is a file outside any object (unlisted)"))
            }
        }
    }

    static let layoutJSON = """
        {
          "description": "Direct clean path layout: ids YYYY/MM/DD/slug are their own paths; see archive-layout.txt",
          "extension": "0011-direct-clean-path-layout"
        }

        """

    static let extensionConfig = """
        {
          "extensionName": "0011-direct-clean-path-layout"
        }

        """

    static let layoutText = """
        Folio archive: OCFL 1.1 storage root
        ====================================

        Every object is one news article. Object ids have the form

            YYYY/MM/DD/slug        e.g. 2018/11/09/plenary-meeting-of-the-5th-world-internet-conference

        and the id is also the object's path below this folder (registered storage layout
        extension 0011-direct-clean-path-layout, see ocfl_layout.json; ids use only [a-z0-9-/],
        so the clean-path mapping is the identity).

        YYYY/MM/DD  the publication day as printed in the article, in the archive's time zone
                    (archive.json next to this folder; a publication time with a UTC offset is
                    converted to that zone, a time without one is taken as printed). It is the
                    FIRST publication day: a later correction becomes a new version, never a move.
        slug        1-80 bytes of [a-z0-9-] made from the title (transliterated to Latin, accents
                    removed, other characters become '-'); a 16-hex-digit hash when nothing is left.
                    Two different articles with the same day and title: the later one gets a
                    stable suffix, '-' + 8 hex digits of SHA-256 of its source URL or file name.

        Each version's content:
            article.pdf     the rendered PDF
            metadata.json   title, section, date, language, source, renderer and font versions,
                            digests of the other files, plain text of the body
            source.<ext>    the original input bytes, unchanged
            layout.<ext>    the layout file used
            images/NAME     the figures' images that were drawn, byte for byte (metadata.json maps
                            each figure's source to its NAME: [a-z0-9._-] from the source's last
                            segment, '-' + hex digits of its SHA-512 when two sources share one)

        Ids are not URIs, so OCFL validators print warning W005; that is expected.
        Objects are written in ../work and renamed in whole; versions are never modified.

        """
}
