internal import CJPEG

/// Decodes JPEG for PNG previews through TurboJPEG: owns one decompressor (`tjInitDecompress`
/// / `tjDestroy`). PDFs never use it: they embed the original JPEG bytes.
final class ImageJPEGDecoder {
    private let handle: tjhandle

    init() throws(RenderError) {
        guard let handle = tjInitDecompress() else { throw .image("cannot start the JPEG decoder") }
        self.handle = handle
    }

    deinit { tjDestroy(handle) }

    /// Decodes `jpeg` into 32-bit pixels laid out as Cairo's `CAIRO_FORMAT_RGB24` on a
    /// little-endian machine (bytes B, G, R, unused), `width` × `height` with rows `stride` apart.
    func decode(_ jpeg: [UInt8], into pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) throws(RenderError) {
        let status = jpeg.withUnsafeBufferPointer { buffer in
            tjDecompress2(handle, buffer.baseAddress, UInt(buffer.count), pixels, Int32(width), Int32(stride), Int32(height),
                          Int32(TJPF_BGRX.rawValue), 0)
        }
        guard status == 0 else {
            throw .image("cannot decode the JPEG image (\(String(cString: tjGetErrorStr2(handle))))")
        }
    }
}
