import FolioArchive

/// What a path under `/archive/` names, parsed strictly from the raw (still percent-encoded)
/// request path.
///
/// Only exact forms are accepted: `YYYY/`, `YYYY/MM/`, `YYYY/MM/DD/` and `YYYY/MM/DD/<slug>.pdf`,
/// where a slug is `[a-z0-9-]`. A `%`, `..`, a backslash, an empty or extra segment never
/// parses, so no request can name a file outside the archive, however it is encoded.
enum ArchivePath: Equatable {
    case year(Int)
    case month(Int, Int)
    case day(Int, Int, Int)
    case pdf(ObjectID)

    /// Why a path was refused: malformed (400) or a date that does not exist (404).
    enum Problem: Error, Equatable {
        case malformed
        case noSuchDate(String)
    }

    /// Parses the part after `/archive/` (for `/archive/2018/11/07/`, that is `2018/11/07/`).
    static func parse(_ rest: Substring) throws(Problem) -> ArchivePath {
        var segments = rest.split(separator: "/", omittingEmptySubsequences: false)
        let isFile = segments.last.map { !$0.isEmpty } ?? false
        if !isFile { segments.removeLast() }  // the trailing slash of a listing
        guard (1...4).contains(segments.count), segments.allSatisfy({ !$0.isEmpty }) else { throw .malformed }
        guard isFile == (segments.count == 4) else { throw .malformed }
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (segment, width) in zip(segments.prefix(3), widths) {
            guard segment.utf8.count == width, segment.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(segment)
            else { throw .malformed }
            numbers.append(value)
        }
        try checkDate(numbers)
        switch segments.count {
        case 1: return .year(numbers[0])
        case 2: return .month(numbers[0], numbers[1])
        case 3: return .day(numbers[0], numbers[1], numbers[2])
        default:
            let file = segments[3]
            guard file.hasSuffix(".pdf") else { throw .malformed }
            let slug = file.dropLast(4)
            let text = "\(segments[0])/\(segments[1])/\(segments[2])/\(slug)"
            guard let id = try? ObjectID(text) else { throw .malformed }
            return .pdf(id)
        }
    }

    /// The first and last day (`YYYY-MM-DD`) a listing covers.
    var dayRange: (from: String, to: String)? {
        switch self {
        case .year(let y): return (Self.day(y, 1, 1), Self.day(y, 12, 31))
        case .month(let y, let m): return (Self.day(y, m, 1), Self.day(y, m, Self.daysIn(y, m)))
        case .day(let y, let m, let d): return (Self.day(y, m, d), Self.day(y, m, d))
        case .pdf: return nil
        }
    }

    private static func checkDate(_ numbers: [Int]) throws(Problem) {
        let text = numbers.enumerated().map { pad($1, $0 == 0 ? 4 : 2) }.joined(separator: "-")
        guard numbers[0] >= 1 else { throw .noSuchDate(text) }
        if numbers.count > 1, !(1...12).contains(numbers[1]) { throw .noSuchDate(text) }
        if numbers.count > 2, !(1...daysIn(numbers[0], numbers[1])).contains(numbers[2]) { throw .noSuchDate(text) }
    }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> String { "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))" }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
