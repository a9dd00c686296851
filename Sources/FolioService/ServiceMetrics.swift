import Synchronization

/// Request counts, latencies and render outcomes, kept in process and written as Prometheus text.
///
/// Small and dependency-free on purpose: a handful of series does not justify swift-metrics and
/// swift-prometheus in every build of the CLI.
final class ServiceMetrics: Sendable {
    /// Upper bounds (seconds) of the latency histogram buckets, from a cached PDF to a long render.
    static let bucketBounds: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    private struct RequestKey: Hashable { var method: String; var route: String; var status: Int }

    private struct Latency {
        var buckets = [Int](repeating: 0, count: ServiceMetrics.bucketBounds.count)
        var count = 0
        var sum = 0.0
    }

    private struct State {
        var requests: [RequestKey: Int] = [:]
        var latencies: [String: Latency] = [:]
        var renders: [String: Int] = [:]
    }

    private let state = Mutex(State())
    private let gate: RenderGate
    private let roster: ConnectionRoster

    init(gate: RenderGate, roster: ConnectionRoster) {
        self.gate = gate
        self.roster = roster
    }

    /// Counts one finished request under its route pattern (never the raw path, which would
    /// let clients create unbounded series).
    func record(method: String, route: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(method: method, route: route, status: status), default: 0] += 1
            var latency = state.latencies[route] ?? Latency()
            if let bucket = Self.bucketBounds.firstIndex(where: { seconds <= $0 }) { latency.buckets[bucket] += 1 }
            latency.count += 1
            latency.sum += seconds
            state.latencies[route] = latency
        }
    }

    /// Counts a render by outcome: `ok`, `failed`, `timeout`, `rejected`.
    func recordRender(_ outcome: String) { state.withLock { $0.renders[outcome, default: 0] += 1 } }

    /// The Prometheus text exposition (version 0.0.4).
    func prometheusText() -> String {
        let snapshot = state.withLock { $0 }
        var lines: [String] = []
        lines.append("# HELP folio_http_requests_total HTTP requests by method, route and status.")
        lines.append("# TYPE folio_http_requests_total counter")
        for (key, count) in snapshot.requests.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            lines.append(#"folio_http_requests_total{method="\#(key.method)",route="\#(escape(key.route))",status="\#(key.status)"} \#(count)"#)
        }
        lines.append("# HELP folio_http_request_duration_seconds Time from request head to response head, by route.")
        lines.append("# TYPE folio_http_request_duration_seconds histogram")
        for (route, latency) in snapshot.latencies.sorted(by: { $0.key < $1.key }) {
            let label = #"route="\#(escape(route))""#
            var cumulative = 0
            for (bound, count) in zip(Self.bucketBounds, latency.buckets) {
                cumulative += count
                lines.append(#"folio_http_request_duration_seconds_bucket{\#(label),le="\#(bound)"} \#(cumulative)"#)
            }
            lines.append(#"folio_http_request_duration_seconds_bucket{\#(label),le="+Inf"} \#(latency.count)"#)
            lines.append("folio_http_request_duration_seconds_sum{\(label)} \(latency.sum)")
            lines.append("folio_http_request_duration_seconds_count{\(label)} \(latency.count)")
        }
        lines.append("# HELP folio_renders_in_flight Renders running now.")
        lines.append("# TYPE folio_renders_in_flight gauge")
        lines.append("folio_renders_in_flight \(gate.inFlight)")
        lines.append("# HELP folio_renders_limit Renders allowed at once.")
        lines.append("# TYPE folio_renders_limit gauge")
        lines.append("folio_renders_limit \(gate.limit)")
        let connections = roster.counts
        lines.append("# HELP folio_connections_open Client connections open now, and how many of them are idle.")
        lines.append("# TYPE folio_connections_open gauge")
        lines.append(#"folio_connections_open{state="all"} \#(connections.open)"#)
        lines.append(#"folio_connections_open{state="idle"} \#(connections.idle)"#)
        lines.append("# HELP folio_connections_evicted_total Idle connections closed to stay within the connection limits.")
        lines.append("# TYPE folio_connections_evicted_total counter")
        lines.append("folio_connections_evicted_total \(connections.evicted)")
        lines.append("# HELP folio_renders_total Renders by outcome (ok, failed, timeout, rejected).")
        lines.append("# TYPE folio_renders_total counter")
        for outcome in ["ok", "failed", "timeout", "rejected"] {
            lines.append(#"folio_renders_total{outcome="\#(outcome)"} \#(snapshot.renders[outcome] ?? 0)"#)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
