#if canImport(Glibc)
import Glibc
#endif

/// Fixes the one flaw Cairo 1.16 leaves in PDFs with link annotations.
///
/// Cairo 1.16 reserves an object number for every document that uses tags (links,
/// destinations) but never writes that object, while its cross-reference entry still claims an
/// offset (where another object is). Viewers cope; `qpdf --check` reports the file as damaged.
/// This marks such entries free, in place: entries are fixed-width, so no offset moves.
enum PDFCrossReferenceRepair {
    /// Repairs the file at `path`; a file without the flaw is left byte-for-byte as it was.
    static func repair(path: String) throws(RenderError) {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else { throw .cairo("\(path): cannot be reopened to finish it") }
        defer { close(descriptor) }
        let size = Int(lseek(descriptor, 0, SEEK_END))
        let tail = read(descriptor, at: max(0, size - 64), count: min(size, 64))
        guard let xrefOffset = startxref(in: tail) else { return }
        let header = read(descriptor, at: xrefOffset, count: 64)
        guard let (count, headerLength) = subsection(header) else { return }
        let entriesStart = xrefOffset + headerLength
        let entries = read(descriptor, at: entriesStart, count: count * 20)
        guard entries.count == count * 20 else { return }
        for object in 1..<max(count, 1) {
            let entry = entries[(object * 20)..<(object * 20 + 20)]
            guard entry[entry.startIndex + 17] == UInt8(ascii: "n"),
                  let offset = Int(String(decoding: entry.prefix(10), as: UTF8.self))
            else { continue }
            let expected = Array("\(object) 0 obj".utf8)
            if read(descriptor, at: offset, count: expected.count) != expected {
                let free = Array("0000000000 00001 f \n".utf8)
                let written = free.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, 20, off_t(entriesStart + object * 20)) }
                guard written == 20 else { throw .cairo("\(path): cannot be written") }
            }
        }
    }

    private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return Array(buffer.prefix(max(0, got)))
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
