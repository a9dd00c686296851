internal import CTextCat
import Synchronization

/// Identifies the language of a text with LibreOffice's n-gram identifier (libexttextcat,
/// Cavnar & Trenkle's method) and its fingerprints for 163 languages.
///
/// Owns the fingerprints it loads (`fp_Init`/`fp_Read`, freed with `fp_Done` in `deinit`), and
/// loads only those of the text's script group (see ``Fingerprints``), each once per process.
/// Latin has a hundred of them, and reading each whole costs 90 µs; so Latin texts are first
/// ranked against the first ``coarseNgrams`` n-grams of every Latin fingerprint (a quarter of
/// the cost) and only the best ``finalists`` are then compared whole, as textcat itself would.
///
/// The verdict follows `textcat_ClassifyFull`: the smallest out-of-place distance wins, unless
/// more than five languages come within 3 % of it (textcat's `UNKNOWN`), or the text is too
/// short to fingerprint (`SHORT`); then there is no answer and the caller falls back.
///
/// Thread-safe: one lock around loading and comparing (a comparison takes well under a
/// millisecond).
public final class LanguageIdentifier: @unchecked Sendable {
    /// The identifier over Debian's fingerprints, shared by the process.
    public static let shared = LanguageIdentifier(directory: "/usr/share/libexttextcat")

    /// How much of a text is fingerprinted: textcat's authors find a few hundred bytes enough;
    /// this is a paragraph or two, and costs about half a millisecond.
    public static let sampleBytes = 1500
    /// Fewer letters than this are not identified (a short title): n-grams of a dozen letters
    /// match too many languages by chance.
    static let minimumLetters = 24
    /// N-grams of each Latin fingerprint read for the first ranking, and how many languages
    /// the second, whole comparison keeps.
    static let coarseNgrams: Int32 = 100
    static let finalists = 6
    /// textcat's constants (`constants.h`): n-grams per fingerprint, the 3 % band, and how
    /// many languages may share it before the answer is "unknown".
    static let fullNgrams: Int32 = 400
    static let threshold = 1.03
    static let maximumCandidates = 5

    private let directory: String
    /// Guards `loaded` and every libexttextcat call (a plain lock: the state stays a property
    /// because `deinit` frees it).
    private let lock = Mutex(())
    /// Loaded fingerprints by stem and n-gram count; nil where the file could not be read.
    private var loaded: [FingerprintKey: UnsafeMutableRawPointer?] = [:]

    private struct FingerprintKey: Hashable {
        var stem: String
        var ngrams: Int32
    }

    /// - Parameter directory: where the `.lm` fingerprint files are.
    public init(directory: String) {
        self.directory = directory
    }

    deinit {
        for case let handle? in loaded.values { fp_Done(handle) }
    }

    /// What the identifier found for a text.
    public struct Identification: Sendable, Hashable {
        /// The BCP 47 tag (`de`, `zh-Hant`, `sr-Latn`).
        public var language: String
        /// The ranked runners-up within textcat's 3 % band, best first (the winner included).
        public var candidates: [String]
    }

    /// The language of `text`, or nil when its script has no fingerprints, it is too short, or
    /// too many languages fit it equally well.
    public func identify(_ text: String) -> Identification? {
        let sample = Self.sample(of: text)
        guard let script = LetterScripts.dominant(in: sample), let group = Fingerprints.group(of: script),
              let stems = Fingerprints.stemsByGroup[group]
        else { return nil }
        guard sample.unicodeScalars.lazy.filter({ $0.properties.isAlphabetic }).count >= Self.minimumLetters else {
            return nil
        }
        return lock.withLock { _ in identify(sample: sample, stems: stems) }
    }

    /// The verdict for a sample whose script group is `stems`. Call with the lock held.
    private func identify(sample: String, stems: [String]) -> Identification? {
        guard let unknown = fp_Init(nil) else { return nil }
        defer { fp_Done(unknown) }
        fp_SetProperty(unknown, TCPROP_UTF8AWARE, sint4(TC_TRUE.rawValue))
        fp_SetProperty(unknown, TCPROP_MINIMUM_DOCUMENT_SIZE, 1)
        let created = sample.utf8CString.withUnsafeBufferPointer { buffer in
            fp_Create(unknown, buffer.baseAddress, uint4(buffer.count - 1), uint4(Self.fullNgrams))
        }
        guard created != 0 else { return nil }

        var finalists = stems
        if stems.count > Self.finalists * 2 {
            let coarse = rank(stems, ngrams: Self.coarseNgrams, against: unknown)
            finalists = coarse.prefix(Self.finalists).map(\.stem)
        }
        let ranked = rank(finalists, ngrams: Self.fullNgrams, against: unknown)
        guard let best = ranked.first else { return nil }
        let band = ranked.filter { Double($0.score) < Double(best.score) * Self.threshold || $0.score == best.score }
        guard band.count <= Self.maximumCandidates else { return nil }
        var language = Fingerprints.languageTag(ofStem: best.stem)
        // Simplified or Traditional is decided by the characters, not by n-grams (see ChineseScript).
        if language.hasPrefix("zh-"), let variant = ChineseScript.variant(of: sample) { language = variant }
        return Identification(language: language, candidates: band.map { Fingerprints.languageTag(ofStem: $0.stem) })
    }

    /// The stems by out-of-place distance to `unknown`, smallest first (ties by table order).
    /// Call with the lock held.
    private func rank(_ stems: [String], ngrams: Int32, against unknown: UnsafeMutableRawPointer)
        -> [(stem: String, score: Int32)]
    {
        var scores: [(stem: String, score: Int32)] = []
        for stem in stems {
            guard let fingerprint = fingerprint(stem, ngrams: ngrams) else { continue }
            scores.append((stem, fp_Compare(fingerprint, unknown, Int32.max)))
        }
        return scores.enumerated().sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }.map(\.element)
    }

    /// A fingerprint, read on first use. Call with the lock held.
    private func fingerprint(_ stem: String, ngrams: Int32) -> UnsafeMutableRawPointer? {
        let key = FingerprintKey(stem: stem, ngrams: ngrams)
        if let known = loaded[key] { return known }
        var handle = fp_Init(stem)
        if let opened = handle {
            fp_SetProperty(opened, TCPROP_UTF8AWARE, sint4(TC_TRUE.rawValue))
            if fp_Read(opened, "\(directory)/\(stem).lm", ngrams) == 0 {
                fp_Done(opened)
                handle = nil
            }
        }
        loaded[key] = handle
        return handle
    }

    /// The start of `text`, at most ``sampleBytes`` of UTF-8, cut between scalars.
    static func sample(of text: String) -> String {
        guard text.utf8.count > sampleBytes else { return text }
        var bytes = 0
        var end = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            bytes += text.unicodeScalars[index].utf8.count
            guard bytes <= sampleBytes else { break }
            end = text.unicodeScalars.index(after: index)
        }
        return String(text.unicodeScalars[..<end])
    }
}
