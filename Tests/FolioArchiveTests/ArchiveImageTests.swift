import Foundation
import Testing
@testable import FolioArchive

/// Figure images kept with the article: stored under `images/` with safe names, mapped in
/// metadata.json, deduplicated across versions, and never written outside the object.
@Suite struct ArchiveImageTests {
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array("fake jpeg bytes".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47] + Array("fake png bytes".utf8)

    func submission(images: [String: [UInt8]], body: String = "Kaspersky spoke in Wuzhen about cyberspace.") throws -> ArchiveSubmission {
        var result = try FolioArchiveTests.submission(body: body)
        result.images = images.reduce(into: [:]) { $0[$1.key] = ArchivedFile(name: $1.key, bytes: $1.value) }
        return result
    }

    /// Every regular file under `dir`, relative to it.
    func files(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    @Test func imagesAreStoredAndMappedInMetadata() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let change = try archive.add(try submission(images: ["images/wuzhen-hall.jpg": Self.jpeg, "images/chart.png": Self.png]))
        let id = try ObjectID(change.id)
        let content = test.rootPath(change.id + "/v1/content")
        #expect(try Data(contentsOf: URL(fileURLWithPath: content + "/images/wuzhen-hall.jpg")) == Data(Self.jpeg))
        #expect(try Data(contentsOf: URL(fileURLWithPath: content + "/images/chart.png")) == Data(Self.png))

        let metadata = try archive.metadata(id)
        #expect(metadata.images?["images/wuzhen-hall.jpg"]?.path == "images/wuzhen-hall.jpg")
        #expect(metadata.images?["images/wuzhen-hall.jpg"]?.sha512 == DigestAlgorithm.sha512.hex(Self.jpeg))
        #expect(metadata.images?["images/chart.png"]?.bytes == Self.png.count)
        #expect(try archive.images(id) == ["images/wuzhen-hall.jpg": Self.jpeg, "images/chart.png": Self.png])
        #expect(try archive.verify().isValid)
    }

    @Test func sameImagesAgainAddNoVersionAndChangedOnesDo() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let first = try archive.add(try submission(images: ["a.jpg": Self.jpeg, "b.png": Self.png]))
        #expect(try archive.add(try submission(images: ["a.jpg": Self.jpeg, "b.png": Self.png])) == .unchanged(id: first.id, version: "v1"))

        let changed = Self.jpeg + [0xFF, 0xD9]
        #expect(try archive.add(try submission(images: ["a.jpg": changed, "b.png": Self.png])) == .added(id: first.id, version: "v2"))
        // Only the changed image is written again; the unchanged one is kept by reference.
        #expect(files(under: test.rootPath(first.id + "/v2/content")) == ["images/a.jpg", "metadata.json"])
        let id = try ObjectID(first.id)
        #expect(try archive.images(id, version: "v1")["a.jpg"] == Self.jpeg)
        #expect(try archive.images(id)["a.jpg"] == changed && archive.images(id)["b.png"] == Self.png)

        #expect(try archive.add(try submission(images: ["a.jpg": changed])) == .added(id: first.id, version: "v3"))
        #expect(try archive.images(id).keys.sorted() == ["a.jpg"])
        #expect(try archive.verify().isValid)
    }

    @Test func hostileSourcesNeverLeaveTheObject() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let hostile = [
            "../../etc/passwd", "/abs/x.jpg", "images/../../../../../tmp/escape.jpg", "..", ".", "", "/",
            "a/b/..\\..\\evil.png", "line\nbreak\u{0}nul.jpg", ".hidden.jpg", "%2e%2e%2f%2e%2e%2fescape.png",
            "https://example.com/photo.jpg?x=../../y#z", "ÉLAN café.JPG", String(repeating: "x", count: 300) + ".jpg",
        ]
        var images: [String: [UInt8]] = [:]
        for (index, source) in hostile.enumerated() { images[source] = Self.jpeg + [UInt8(index)] }
        let change = try archive.add(try submission(images: images))
        let id = try ObjectID(change.id)
        let objectDir = test.rootPath(change.id)

        let stored = files(under: objectDir + "/v1/content").filter { $0.hasPrefix("images/") }
        #expect(stored.count == hostile.count, "\(stored)")
        let safe = try Regex("^images/[a-z0-9][a-z0-9_-]*(\\.[a-z0-9]{1,10})?$")
        for path in stored {
            #expect(path.wholeMatch(of: safe) != nil && path.utf8.count < 120, "\(path)")
        }
        // Nothing was written beside the archive or at the absolute paths named.
        #expect(!FileManager.default.fileExists(atPath: test.url.appendingPathComponent("escape.jpg").path))
        #expect(!FileManager.default.fileExists(atPath: test.folder.storageRoot + "/escape.png"))
        #expect(!FileManager.default.fileExists(atPath: "/abs/x.jpg"))
        #expect(files(under: test.folder.storageRoot).allSatisfy { $0.hasPrefix(change.id + "/") || $0.hasPrefix("extensions/") || !$0.contains("/") }, "\(files(under: test.folder.storageRoot))")

        let metadata = try archive.metadata(id)
        #expect(Set(metadata.images?.keys.map { $0 } ?? []) == Set(hostile))
        #expect(Set(metadata.images?.values.map(\.path) ?? []) == Set(stored))
        #expect(try archive.images(id) == images)
        #expect(try archive.verify().isValid)
        if FileManager.default.fileExists(atPath: ocflCheckScript) {
            let (status, output) = try run("/bin/bash", [ocflCheckScript, test.folder.storageRoot])
            #expect(status == 0 && output.contains("1 objects, 1 valid"), "\(output)")
        }
    }

    @Test func namesAreSafeUniqueAndDeterministic() {
        let names = VersionFiles.imageNames(for: ["a/photo.jpg", "b/photo.jpg", "Photo.JPG", "../../etc/passwd", "/abs/x.jpg"])
        // Sorted by UTF-8 bytes, "Photo.JPG" comes first and keeps the plain name.
        #expect(names["Photo.JPG"] == "images/photo.jpg")
        #expect(names["a/photo.jpg"] == "images/photo-" + DigestAlgorithm.sha512.hex(Array("a/photo.jpg".utf8)).prefix(8) + ".jpg")
        #expect(names["../../etc/passwd"] == "images/passwd")
        #expect(names["/abs/x.jpg"] == "images/x.jpg")
        #expect(Set(names.values).count == 5, "\(names)")
        #expect(names["b/photo.jpg"]?.hasPrefix("images/photo-") == true && names["b/photo.jpg"]?.hasSuffix(".jpg") == true)
        #expect(VersionFiles.imageNames(for: ["Photo.JPG", "../../etc/passwd", "b/photo.jpg", "/abs/x.jpg", "a/photo.jpg"]) == names)
        #expect(VersionFiles.imageNames(for: ["..", ".", "", "...."]).values.allSatisfy { $0.hasPrefix("images/image") })
    }

    @Test func versionsWithoutImagesReadAsBefore() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let change = try archive.add(try FolioArchiveTests.submission())
        let id = try ObjectID(change.id)
        let json = String(decoding: try archive.file(id, path: "metadata.json"), as: UTF8.self)
        #expect(!json.contains("\"images\""), "metadata of an article without images is unchanged: \(json)")
        #expect(try archive.metadata(id).images == nil)
        #expect(try archive.images(id).isEmpty)
        #expect(try archive.add(try FolioArchiveTests.submission()) == .unchanged(id: change.id, version: "v1"))
        // The same article now with its image is a new version; unchanged files are kept by reference.
        #expect(try archive.add(try submission(images: ["hall.jpg": Self.jpeg])) == .added(id: change.id, version: "v2"))
        #expect(files(under: test.rootPath(change.id + "/v2/content")) == ["images/hall.jpg", "metadata.json"])
        #expect(try archive.verify().isValid)
    }
}
