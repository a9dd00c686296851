@testable import FolioTypesetting
import Testing

/// How a justified line's slack is shared: spaces and letters to full stretch, then spaces to
/// their room, then cluster gaps; beyond that the line is ragged.
@Suite struct LineSlackTests {
    static let space = LineSlack.Part(kind: .space, stretch: 2, shrink: 1, room: 8)
    static let letters = LineSlack.Part(kind: .letters, stretch: 1, shrink: 0.5)
    static let clusters = LineSlack.Part(kind: .clusters, stretch: 1.5, shrink: 0.3)

    @Test func upToFullStretchEverythingSharesInProportion() throws {
        let extras = try #require(LineSlack(parts: [Self.space, Self.letters]).distribute(1.5))
        #expect(extras == [1, 0.5])
    }

    @Test func beyondFullStretchOnlySpacesOpenAndLettersStopAtTheirLimit() throws {
        let extras = try #require(LineSlack(parts: [Self.space, Self.space, Self.letters]).distribute(9))
        #expect(extras[2] == 1, "letters never beyond their stretch")
        #expect(extras[0] == 4 && extras[1] == 4)
    }

    @Test func spacesThatWouldPassTheirRoomLeaveTheLineRagged() {
        // Two spaces may open 8 pt each and letters 1 pt: 17 pt at most.
        #expect(LineSlack(parts: [Self.space, Self.space, Self.letters]).distribute(17.5) == nil)
        #expect(LineSlack(parts: [Self.space, Self.space, Self.letters]).distribute(16.9) != nil)
    }

    @Test func aLoneWordIsSpacedOnlyUpToItsLimit() {
        #expect(LineSlack(parts: [Self.letters]).distribute(0.8) == [0.8])
        #expect(LineSlack(parts: [Self.letters]).distribute(5) == nil, "not “A  l  t” across the column")
        #expect(LineSlack(parts: []).distribute(3) == nil)
    }

    @Test func clusterGapsAreTheReserveOfALineWithSpaces() throws {
        // With a space on the line, cluster gaps stay shut while the space can do it…
        let easy = try #require(LineSlack(parts: [Self.space, Self.clusters]).distribute(3))
        #expect(easy == [3, 0])
        // …and take over what the space cannot.
        let hard = try #require(LineSlack(parts: [Self.space, Self.clusters]).distribute(9))
        #expect(hard[0] == 8 && abs(hard[1] - 1) < 1e-12)
        // Without a space they spread the slack evenly, within their limit.
        #expect(LineSlack(parts: [Self.clusters]).distribute(1.2) == [1.2])
        #expect(LineSlack(parts: [Self.clusters]).distribute(2) == nil)
    }

    @Test func shrinkingNeverGoesPastFullShrink() {
        #expect(LineSlack(parts: [Self.space, Self.letters]).distribute(-0.75) == [-0.5, -0.25])
        #expect(LineSlack(parts: [Self.space, Self.letters]).distribute(-5) == [-1, -0.5])
        // Cluster gaps shrink with the spaces: the breaker counted on them.
        let shrunk = LineSlack(parts: [Self.space, Self.clusters]).distribute(-0.65) ?? []
        #expect(shrunk.count == 2 && abs(shrunk[0] + 0.5) < 1e-12 && abs(shrunk[1] + 0.15) < 1e-12)
    }
}

extension LineSlackTests {
    @Test func cjkGlueOpensPastItsStretchOnlyWhenTheSpacesCannot() throws {
        let glue = LineSlack.Part(kind: .interCharacter, stretch: 0.5, shrink: 0, room: 5)
        // Full stretch everywhere (2 + 0.5), then the space alone up to its room.
        let easy = try #require(LineSlack(parts: [Self.space, glue, glue]).distribute(6))
        #expect(easy == [5, 0.5, 0.5])
        // Past the space's room, the CJK glue shares what is left.
        let hard = try #require(LineSlack(parts: [Self.space, glue, glue]).distribute(11))
        #expect(hard == [8, 1.5, 1.5])
    }
}
