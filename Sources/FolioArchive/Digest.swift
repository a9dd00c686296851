#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation

/// The digest algorithms OCFL names, as far as we can compute them (blake2b is not in swift-crypto).
enum DigestAlgorithm: String, Sendable, CaseIterable {
    case sha512, sha256, sha1, md5

    /// Lowercase hex digest of `bytes`.
    func hex(_ bytes: [UInt8]) -> String {
        switch self {
        case .sha512: return SHA512.hash(data: bytes).hexString
        case .sha256: return SHA256.hash(data: bytes).hexString
        case .sha1: return Insecure.SHA1.hash(data: bytes).hexString
        case .md5: return Insecure.MD5.hash(data: bytes).hexString
        }
    }

    /// Lowercase hex digests of a file for several algorithms at once, reading every byte once
    /// (no symlinks followed). Returns nil when the file cannot be opened.
    static func hexDigests(ofFile path: String, algorithms: Set<DigestAlgorithm>) -> [DigestAlgorithm: String]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var sha512 = SHA512(), sha256 = SHA256(), sha1 = Insecure.SHA1(), md5 = Insecure.MD5()
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { raw in
                let chunk = UnsafeRawBufferPointer(rebasing: raw[0..<n])
                if algorithms.contains(.sha512) { sha512.update(bufferPointer: chunk) }
                if algorithms.contains(.sha256) { sha256.update(bufferPointer: chunk) }
                if algorithms.contains(.sha1) { sha1.update(bufferPointer: chunk) }
                if algorithms.contains(.md5) { md5.update(bufferPointer: chunk) }
            }
        }
        var result: [DigestAlgorithm: String] = [:]
        if algorithms.contains(.sha512) { result[.sha512] = sha512.finalize().hexString }
        if algorithms.contains(.sha256) { result[.sha256] = sha256.finalize().hexString }
        if algorithms.contains(.sha1) { result[.sha1] = sha1.finalize().hexString }
        if algorithms.contains(.md5) { result[.md5] = md5.finalize().hexString }
        return result
    }
}

extension Digest {
    var hexString: String {
        var text = ""
        text.reserveCapacity(Self.byteCount * 2)
        for byte in self {
            text += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return text
    }
}
