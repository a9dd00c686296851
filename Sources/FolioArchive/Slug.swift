import Crypto
import Foundation

/// The last part of an archive id, made from an article title: lowercase ASCII `[a-z0-9-]`.
///
/// Titles in any script are transliterated to Latin first (ICU through Foundation), so
/// `第五届世界互联网大会` becomes `di-wu-jie-shi-jie-hu-lian-wang-da-hui`. A title with nothing usable
/// left gets a short hash of the title instead, so the slug is never empty and always stable.
public struct Slug: Sendable, Hashable, CustomStringConvertible {
    /// Longest slug in UTF-8 bytes (all ASCII), suffix included.
    public static let maximumLength = 80

    public let text: String

    /// The slug for a title.
    public init(title: String) {
        let words = Self.asciiWords(of: title)
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.utf8.count > Self.maximumLength {
                if slug.isEmpty { slug = String(word.prefix(Self.maximumLength)) }
                break
            }
            slug = candidate
        }
        text = slug.isEmpty ? "a-" + Self.shortHash(title) : slug
    }

    /// A slug checked against the rules, or nil (`..`, uppercase, leading `-`, too long, ...).
    public init?(validating text: String) {
        guard Self.isValid(text) else { return nil }
        self.text = text
    }

    /// The same slug with a stable suffix derived from `key`, still within the length limit.
    public func suffixed(by key: String, hexDigits: Int = 8) -> Slug {
        let suffix = "-" + String(Self.shortHash(key).prefix(hexDigits))
        var base = String(text.prefix(Self.maximumLength - suffix.utf8.count))
        while base.hasSuffix("-") { base.removeLast() }
        return Slug(unchecked: base + suffix)
    }

    public var description: String { text }

    private init(unchecked text: String) { self.text = text }

    /// True for `[a-z0-9]+(-[a-z0-9]+)*` of at most `maximumLength` bytes.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength, bytes.first != 45, bytes.last != 45 else { return false }
        var previousDash = false
        for byte in bytes {
            let isDash = byte == 45
            guard isDash || (48...57).contains(byte) || (97...122).contains(byte) else { return false }
            if isDash && previousDash { return false }
            previousDash = isDash
        }
        return true
    }

    /// Lowercase ASCII words of the transliterated title.
    static func asciiWords(of title: String) -> [String] {
        let latin = title.applyingTransform(.toLatin, reverse: false) ?? title
        let stripped = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        // ICU's Latin-ASCII folds what has no accent to strip: ß → ss, æ → ae, ł → l, “ → ".
        let plain = stripped.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? stripped
        var words: [String] = []
        var current = ""
        for scalar in plain.unicodeScalars {
            let lowered: UnicodeScalar? = switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: scalar
            case 0x41...0x5A: UnicodeScalar(scalar.value + 32)
            default: nil
            }
            if let lowered {
                current.unicodeScalars.append(lowered)
            } else if scalar.value == 0x27 || scalar.value == 0x2019 {
                continue  // apostrophes join: "Xi's" → "xis"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Sixteen lowercase hex digits of the title's SHA-256: short, stable across runs and machines.
    static func shortHash(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
