@testable import FolioService
import Foundation
import Testing

/// Slow and idle clients cannot hold connections forever nor crowd out other clients.
@Suite struct ConnectionLimitsTests {
    @Test func aHeadThatNeverEndsIsClosedAtTheHeaderTimeout() async throws {
        try await RunningServer.with({ $0.headerTimeout = .seconds(1) }) { server in
            let slow = try #require(SlowConnection(port: server.port))
            // Generous: the deadline is 1 s; without one the connection stays open for good.
            #expect(slow.closedByServer(within: 30))
            #expect(try await server.send("GET", "/healthz").status == 200)
        }
    }

    @Test func aBodyThatNeverEndsIsClosedAtTheBodyTimeout() async throws {
        try await RunningServer.with({ $0.bodyTimeout = .seconds(1) }) { server in
            let slow = try #require(SlowConnection(
                port: server.port, start: "POST /render HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nonly a little"))
            #expect(slow.closedByServer(within: 30))
            #expect(try await server.send("GET", "/healthz").status == 200)
        }
    }

    @Test func pastTheConnectionLimitTheOldestIdleConnectionIsClosed() async throws {
        // A header timeout far away, so that only the connection limit closes anything.
        try await RunningServer.with({
            $0.maxConnections = 20; $0.maxIdleConnections = 20; $0.headerTimeout = .seconds(300)
        }) { server in
            var connections: [SlowConnection] = []
            for _ in 0..<100 { connections.append(try #require(SlowConnection(port: server.port))) }
            let roster = server.server.connections
            try await waitUntil { roster.counts.evicted >= 80 }
            #expect(roster.counts.open <= 20)
            // The oldest were closed and the newest kept. (Connections are admitted on several
            // event loops, so the order is exact only away from the boundary.)
            #expect(connections[0].closedByServer(within: 30))
            #expect(connections[50].closedByServer(within: 30))
            #expect(connections[99].isOpen)
            // A newcomer still gets in, pushing out one more idle connection, and is answered.
            #expect(try await server.send("GET", "/healthz").status == 200)
            try await waitUntil { roster.counts.evicted >= 81 }
            #expect(connections[99].isOpen)
        }
    }
}
