import FolioTypesetting

/// Reads an image file's kind and pixel size from its header, without decoding it.
///
/// PNG keeps its size in the IHDR chunk right after the signature; JPEG in its SOFn frame
/// header, found by walking the marker segments. Only what PDF viewers everywhere display is
/// accepted: PNG, and baseline or progressive Huffman JPEG.
enum ImageHeader {
    /// Larger images are refused rather than decoded into gigabytes of pixels.
    static let maximumSide = 30_000
    static let maximumPixels = 60_000_000

    static func read(_ bytes: [UInt8]) throws(ImageProblem) -> ImageAsset {
        let size: (width: Int, height: Int)
        let kind: ImageAsset.Kind
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            kind = .png
            size = try pngSize(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            kind = .jpeg
            size = try jpegSize(bytes)
        } else if bytes.isEmpty {
            throw .unreadable("the file is empty")
        } else {
            throw .unreadable("not a PNG or JPEG image")
        }
        guard size.width > 0, size.height > 0 else { throw .unreadable("the image has no pixels (\(size.width)×\(size.height))") }
        guard size.width <= maximumSide, size.height <= maximumSide, size.width * size.height <= maximumPixels else {
            throw .unreadable("\(size.width)×\(size.height) pixels is too large (at most \(maximumPixels / 1_000_000) megapixels)")
        }
        return ImageAsset(kind: kind, pixelWidth: size.width, pixelHeight: size.height, bytes: bytes)
    }

    private static func pngSize(_ bytes: [UInt8]) throws(ImageProblem) -> (width: Int, height: Int) {
        // Signature (8), chunk length (4) = 13, "IHDR", width (4), height (4).
        guard bytes.count >= 33, bytes[12..<16].elementsEqual(Array("IHDR".utf8)), bigEndian(bytes, 8, 4) == 13 else {
            throw .unreadable("damaged PNG: no IHDR header")
        }
        return (bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4))
    }

    private static func jpegSize(_ bytes: [UInt8]) throws(ImageProblem) -> (width: Int, height: Int) {
        var index = 2
        var frame: (width: Int, height: Int)?
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { throw .unreadable("damaged JPEG: no marker at byte \(index)") }
            var marker = bytes[index + 1]
            while marker == 0xFF, index + 2 < bytes.count {   // fill bytes
                index += 1
                marker = bytes[index + 1]
            }
            index += 2
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { continue }   // no length
            if marker == 0xD9 { break }
            guard index + 1 < bytes.count else { break }
            let length = bigEndian(bytes, index, 2)
            guard length >= 2, index + length <= bytes.count else { throw .unreadable("damaged JPEG: truncated segment") }
            switch marker {
            case 0xC0, 0xC1, 0xC2:
                guard length >= 8 else { throw .unreadable("damaged JPEG: short frame header") }
                frame = (bigEndian(bytes, index + 5, 2), bigEndian(bytes, index + 3, 2))
            case 0xC3, 0xC5...0xC7, 0xC9...0xCB, 0xCD...0xCF:
                throw .unreadable("lossless, hierarchical or arithmetic-coded JPEG is not supported by PDF viewers")
            case 0xDA:
                guard let frame else { throw .unreadable("damaged JPEG: image data before the frame header") }
                return frame
            default: break
            }
            index += length
        }
        throw .unreadable(frame == nil ? "damaged JPEG: no frame header" : "damaged JPEG: no image data")
    }

    private static func bigEndian(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int {
        bytes[start..<(start + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
