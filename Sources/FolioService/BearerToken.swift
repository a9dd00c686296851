import Foundation

/// The shared secret that authorises archive writes, compared in constant time.
public struct BearerToken: Sendable {
    private let bytes: [UInt8]

    /// A token from its text; nil when it is empty after trimming (an empty token would open writes).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        bytes = Array(trimmed.utf8)
    }

    /// Whether an `Authorization` header value is `Bearer <this token>`.
    ///
    /// Takes the same time for every candidate of a given length, so response timing does not
    /// reveal how much of a guess was right.
    func authorizes(_ header: String?) -> Bool {
        guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return false }
        let candidate = Array(header.dropFirst(7).utf8)
        var difference: UInt8 = candidate.count == bytes.count ? 0 : 1
        for index in 0..<candidate.count {
            difference |= candidate[index] ^ bytes[index % max(bytes.count, 1)]
        }
        return difference == 0
    }
}
