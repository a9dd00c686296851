import FolioArchive
@testable import FolioService
import Testing

/// The small parsers the endpoints rely on for safety: archive paths, byte ranges, tokens.
@Suite struct ParsingTests {
    @Test func archivePaths() throws {
        #expect(try ArchivePath.parse("2018/") == .year(2018))
        #expect(try ArchivePath.parse("2018/11/") == .month(2018, 11))
        #expect(try ArchivePath.parse("2018/11/09/") == .day(2018, 11, 9))
        #expect(try ArchivePath.parse("2018/11/09/a-b.pdf") == .pdf(try ObjectID("2018/11/09/a-b")))
        #expect(try ArchivePath.parse("2020/02/").dayRange! == ("2020-02-01", "2020-02-29"))
        #expect(try ArchivePath.parse("2019/02/").dayRange! == ("2019-02-01", "2019-02-28"))
        for malformed in ["", "2018", "2018/11", "18/", "2018/1/", "2018//", "2018/11/09/a-b", "2018/11/09/../x.pdf",
                          "2018/11/09/%2e.pdf", "2018/11/09/A.pdf", "2018/11/09/x.pdf/", "+018/", "2018/11/09/x/y.pdf"] {
            #expect(throws: ArchivePath.Problem.malformed, "\(malformed)") { try ArchivePath.parse(Substring(malformed)) }
        }
        #expect(throws: ArchivePath.Problem.noSuchDate("2019-02-29")) { try ArchivePath.parse("2019/02/29/") }
        #expect(throws: ArchivePath.Problem.noSuchDate("2018-00")) { try ArchivePath.parse("2018/00/") }
    }

    @Test func byteRanges() throws {
        #expect(try ByteRange.parse("bytes=0-9", length: 100) == ByteRange(first: 0, last: 9))
        #expect(try ByteRange.parse("bytes=90-", length: 100) == ByteRange(first: 90, last: 99))
        #expect(try ByteRange.parse("bytes=-5", length: 100) == ByteRange(first: 95, last: 99))
        #expect(try ByteRange.parse("bytes=-500", length: 100) == ByteRange(first: 0, last: 99))
        #expect(try ByteRange.parse("bytes=50-5000", length: 100) == ByteRange(first: 50, last: 99))
        for ignored in [nil, "items=0-1", "bytes=0-1,5-6", "bytes=5-1", "bytes=x-y", "bytes=-"] {
            #expect(try ByteRange.parse(ignored, length: 100) == nil, "\(ignored ?? "nil")")
        }
        #expect(throws: ByteRange.Unsatisfiable.self) { try ByteRange.parse("bytes=100-", length: 100) }
        #expect(throws: ByteRange.Unsatisfiable.self) { try ByteRange.parse("bytes=-0", length: 100) }
    }

    @Test func bearerTokens() throws {
        let token = try #require(BearerToken("  abc123\n"))
        #expect(token.authorizes("Bearer abc123"))
        #expect(token.authorizes("bearer abc123"))
        #expect(!token.authorizes("Bearer abc12"))
        #expect(!token.authorizes("Bearer abc1234"))
        #expect(!token.authorizes("Bearer ABC123"))
        #expect(!token.authorizes("abc123"))
        #expect(!token.authorizes(nil))
        #expect(!token.authorizes("Bearer "))
        #expect(BearerToken(" \n") == nil)
    }
}
