#if canImport(Glibc)
import Glibc
#endif

/// Fixes the one flaw Cairo 1.16 leaves in PDFs with link annotations.
///
/// Cairo 1.16 reserves an object number for every document that uses tags (links,
/// destinations) but never writes that object, while its cross-reference entry still claims an
/// offset (where another object is). Viewers cope; `qpdf --check` reports the file as damaged.
/// This marks such entries free, in place: entries are fixed-width, so no offset moves, and a
/// PDF without the flaw is left byte for byte as it was.
enum PDFCrossReferenceRepair {
    /// Repairs a PDF held in memory (`folio render`).
    static func repair(_ pdf: inout [UInt8]) {
        var storage = MemoryStorage(bytes: pdf)
        pdf = []
        try? repair(&storage)
        pdf = storage.bytes
    }

    /// Repairs the file at `path` (the streamed volume).
    static func repair(path: String) throws(RenderError) {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else { throw .cairo("\(path): cannot be reopened to finish it") }
        defer { close(descriptor) }
        var storage = FileStorage(descriptor: descriptor)
        do { try repair(&storage) } catch { throw .cairo("\(path): cannot be written") }
    }

    private static func repair(_ storage: inout some PDFStorage) throws(StorageError) {
        let size = storage.size
        let tail = storage.read(at: max(0, size - 64), count: min(size, 64))
        guard let xrefOffset = startxref(in: tail) else { return }
        let header = storage.read(at: xrefOffset, count: 64)
        guard let (count, headerLength) = subsection(header) else { return }
        let entriesStart = xrefOffset + headerLength
        let entries = storage.read(at: entriesStart, count: count * 20)
        guard entries.count == count * 20 else { return }
        for object in 1..<max(count, 1) {
            let entry = entries[(object * 20)..<(object * 20 + 20)]
            guard entry[entry.startIndex + 17] == UInt8(ascii: "n"),
                  let offset = Int(String(decoding: entry.prefix(10), as: UTF8.self))
            else { continue }
            let expected = Array("\(object) 0 obj".utf8)
            if storage.read(at: offset, count: expected.count) != expected {
                try storage.write(Array("0000000000 00001 f \n".utf8), at: entriesStart + object * 20)
            }
        }
    }

    /// The number after the last `startxref`.
    private static func startxref(in tail: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        guard tail.count >= keyword.count else { return nil }
        guard let start = (0...(tail.count - keyword.count)).reversed().first(where: {
            Array(tail[$0..<($0 + keyword.count)]) == keyword
        }) else { return nil }
        let after = tail[(start + keyword.count)...].drop(while: { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 })
        return Int(String(decoding: after.prefix(while: { (0x30...0x39).contains($0) }), as: UTF8.self))
    }

    /// `xref\n0 N\n`: the entry count and the header's length; `nil` for other shapes
    /// (cross-reference streams, several subsections), which are left alone.
    private static func subsection(_ header: [UInt8]) -> (Int, Int)? {
        let text = String(decoding: header, as: UTF8.self)
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count == 3, lines[0] == "xref" else { return nil }
        let fields = lines[1].split(separator: " ")
        guard fields.count == 2, fields[0] == "0", let count = Int(fields[1]) else { return nil }
        return (count, lines[0].utf8.count + lines[1].utf8.count + 2)
    }
}

/// Where the PDF being repaired lives: random-access reads and fixed-size overwrites.
private protocol PDFStorage {
    var size: Int { get }
    func read(at offset: Int, count: Int) -> [UInt8]
    mutating func write(_ bytes: [UInt8], at offset: Int) throws(StorageError)
}

private struct StorageError: Error {}

private struct MemoryStorage: PDFStorage {
    var bytes: [UInt8]
    var size: Int { bytes.count }

    func read(at offset: Int, count: Int) -> [UInt8] {
        guard count > 0, offset >= 0, offset < bytes.count else { return [] }
        return Array(bytes[offset..<min(bytes.count, offset + count)])
    }

    mutating func write(_ replacement: [UInt8], at offset: Int) throws(StorageError) {
        guard offset >= 0, offset + replacement.count <= bytes.count else { throw StorageError() }
        bytes.replaceSubrange(offset..<offset + replacement.count, with: replacement)
    }
}

private struct FileStorage: PDFStorage {
    let descriptor: Int32
    var size: Int { Int(lseek(descriptor, 0, SEEK_END)) }

    func read(at offset: Int, count: Int) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return Array(buffer.prefix(max(0, got)))
    }

    mutating func write(_ bytes: [UInt8], at offset: Int) throws(StorageError) {
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
        guard written == bytes.count else { throw StorageError() }
    }
}
