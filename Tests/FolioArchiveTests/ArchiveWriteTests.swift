import Foundation
import Testing
@testable import FolioArchive

@Suite struct ArchiveWriteTests {
    @Test func addStoresAnObjectAtItsDatePath() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let change = try archive.add(try submission())
        #expect(change == .created(id: "2018/11/09/plenary-meeting-of-the-5th-world-internet-conference"))
        let id = try ObjectID(change.id)
        for file in ["0=ocfl_object_1.1", "inventory.json", "inventory.json.sha512", "v1/inventory.json",
                     "v1/content/article.pdf", "v1/content/metadata.json", "v1/content/source.txt", "v1/content/layout.yaml"] {
            #expect(FileManager.default.fileExists(atPath: test.rootPath(change.id + "/" + file)), "\(file)")
        }
        let metadata = try archive.metadata(id)
        #expect(metadata.title == "Plenary Meeting of the 5th World Internet Conference")
        #expect(metadata.section == "NEWS" && metadata.published == "2018-11-09T11:11:21")
        #expect(metadata.renderer == "folio test" && metadata.fonts["Noto Serif"] == "2.013")
        #expect(try archive.file(id, path: "article.pdf") == (try submission()).pdf)
        #expect(try archive.verify().isValid)
        #expect(DurableFile.list(test.folder.work).isEmpty)
    }

    @Test func sameArticleAgainAddsNothing() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let first = try archive.add(try submission())
        #expect(try archive.add(try submission()) == .unchanged(id: first.id, version: "v1"))
        #expect(try archive.record(ObjectID(first.id)).versions.count == 1)
    }

    @Test func changedArticleAddsAVersionAndKeepsTheOldOne() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let first = try archive.add(try submission(body: "First text."))
        let second = try archive.add(try submission(body: "Corrected text."))
        #expect(second == .added(id: first.id, version: "v2"))
        let id = try ObjectID(first.id)
        let v1 = String(decoding: try archive.file(id, version: "v1", path: "article.pdf"), as: UTF8.self)
        let v2 = String(decoding: try archive.file(id, version: "v2", path: "article.pdf"), as: UTF8.self)
        #expect(v1.contains("First text.") && v2.contains("Corrected text."))
        // The layout did not change, so v2 keeps it by reference rather than storing a copy.
        #expect(!FileManager.default.fileExists(atPath: test.rootPath(first.id + "/v2/content/layout.yaml")))
        #expect(try archive.search("corrected").map(\.entry.id) == [first.id])
        #expect(try archive.search("first").isEmpty)
        #expect(throws: ArchiveError.noSuchVersion(first.id, "v9")) { try archive.file(id, version: "v9", path: "article.pdf") }
    }

    @Test func newLayoutIsANewVersion() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let first = try archive.add(try submission())
        let change = try archive.addVersion(to: ObjectID(first.id), try submission(layout: "layout: letter\n"))
        #expect(change == .added(id: first.id, version: "v2"))
        #expect(try archive.addVersion(to: ObjectID(first.id), try submission(layout: "layout: letter\n"))
            == .unchanged(id: first.id, version: "v2"))
    }

    @Test func correctedTitleStaysInTheSameObject() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let url = "https://example.org/news/42"
        let first = try archive.add(try submission(title: "Old headline", url: url))
        let second = try archive.add(try submission(title: "New headline", date: "2018-11-10 08:00:00", url: url))
        #expect(second == .added(id: first.id, version: "v2"))
        #expect(first.id == "2018/11/09/old-headline")
        #expect(try archive.metadata(ObjectID(first.id)).title == "New headline")
    }

    @Test func twoDifferentArticlesWithTheSameTitleBothSurvive() throws {
        let test = try TestArchive()
        let archive = try test.open()
        let a = try archive.add(try submission(title: "Briefing", body: "Morning news.", file: "a.txt"))
        let b = try archive.add(try submission(title: "Briefing", body: "Evening news.", file: "b.txt"))
        #expect(a.id == "2018/11/09/briefing")
        #expect(b.id == "2018/11/09/" + Slug(title: "Briefing").suffixed(by: "b.txt").text)
        #expect(try archive.add(try submission(title: "Briefing", body: "Evening news.", file: "b.txt"))
            == .unchanged(id: b.id, version: "v1"))
        #expect(try archive.list().count == 2)
    }

    @Test func offsetTimesAreFiledInTheArchiveTimeZone() throws {
        let test = try TestArchive(settings: ArchiveSettings(timeZone: "Asia/Shanghai"))
        let archive = try test.open()
        // 20:30 in New York on 8 November is 09:30 on 9 November in Shanghai.
        #expect(try archive.add(try submission(title: "Late", date: "2018-11-08T20:30:00-05:00")).id == "2018/11/09/late")
        // A zone-less time is taken as printed.
        #expect(try archive.add(try submission(title: "Plain", date: "2018-11-08 23:59:00")).id == "2018/11/08/plain")
    }

    @Test func listFiltersByDayAndSectionNewestFirst() throws {
        let test = try TestArchive()
        let archive = try test.open()
        _ = try archive.add(try submission(title: "Before", date: "2018-11-08 23:59:59", file: "1.txt"))
        _ = try archive.add(try submission(title: "Seed", date: "2018-11-09 11:11:21", file: "2.txt"))
        _ = try archive.add(try submission(title: "Sports day", date: "2018-11-09 18:00:00", file: "3.txt", section: "SPORTS"))
        _ = try archive.add(try submission(title: "After", date: "2018-11-10 00:00:00", file: "4.txt"))
        #expect(try archive.list(from: "2018-11-09", to: "2018-11-09").map(\.title) == ["Sports day", "Seed"])
        #expect(try archive.list(section: "sports").map(\.title) == ["Sports day"])
        #expect(try archive.list().first?.title == "After")
        #expect(throws: ArchiveError.self) { try archive.list(from: "2018-13-45") }
    }

    @Test func searchFindsWordsRankedWithSnippet() throws {
        let test = try TestArchive()
        let archive = try test.open()
        _ = try archive.add(try submission())
        _ = try archive.add(try submission(title: "Weather", body: "Rain in Wuzhen.", file: "w.txt"))
        let hits = try archive.search("Kaspersky")
        #expect(hits.count == 1)
        #expect(hits.first?.snippet.contains("[Kaspersky]") == true)
        #expect(try archive.search("wuzhen").count == 2)
        #expect(try archive.search("\"unbalanced AND (").isEmpty)
    }

    @Test func searchReturnsTheBestMatchesFirstUpToTheLimit() throws {
        let test = try TestArchive()
        let archive = try test.open()
        _ = try archive.add(try submission(title: "Rain", body: "Rain in Wuzhen. Ferries wait.", file: "a.txt"))
        _ = try archive.add(try submission(title: "Ferries", body: "Ferries cross the canal at Wuzhen.", file: "b.txt"))
        _ = try archive.add(try submission(title: "Markets", body: "Stalls by the water. Ferries, ferries, ferries.", file: "c.txt"))
        let hits = try archive.search("ferries", limit: 2)
        // The title counts five times a body word, so "Ferries" leads; "Markets" says it three times.
        #expect(hits.map(\.entry.title) == ["Ferries", "Markets"])
        #expect(hits.allSatisfy { $0.snippet.contains("[Ferries]") || $0.snippet.contains("[ferries]") })
        #expect(try archive.search("ferries", limit: 3).map(\.entry.title) == ["Ferries", "Markets", "Rain"])
    }

    @Test func chineseWordsAreFoundInsideSentences() throws {
        let test = try TestArchive()
        let archive = try test.open()
        _ = try archive.add(try submission(title: "数字丝路", body: "从海底光缆到跨境电商，数字经济正在改变乌镇。", file: "zh.txt"))
        let hits = try archive.search("数字经济")
        #expect(hits.count == 1)
        #expect(hits.first?.snippet.contains("[数字经济]") == true, "\(hits.first?.snippet ?? "")")
        #expect(try archive.search("乌镇").count == 1)
        #expect(try archive.search("经数").isEmpty)
    }

    @Test func reindexRebuildsFromTheStorageRootAlone() throws {
        let test = try TestArchive()
        _ = try test.open().add(try submission())
        try FileManager.default.removeItem(atPath: test.folder.indexFile)
        let archive = try test.open()
        #expect(try archive.search("Kaspersky").count == 1)
        #expect(try archive.reindex() == 1)
    }

    @Test func storageRootPassesTheExternalValidator() throws {
        try #require(FileManager.default.fileExists(atPath: ocflCheckScript), "ocfl_check.sh belongs beside the checkout at ../shared")
        let test = try TestArchive()
        let archive = try test.open()
        let first = try archive.add(try submission())
        _ = try archive.add(try submission(body: "Second version."))
        _ = try archive.add(try submission(title: "第五届世界互联网大会", file: "zh.txt"))
        #expect(first.id.hasPrefix("2018/11/09/"))
        let (status, output) = try run("/bin/bash", [ocflCheckScript, test.folder.storageRoot])
        #expect(status == 0, "\(output)")
        #expect(output.contains("2 objects, 2 valid"), "\(output)")
    }
}
