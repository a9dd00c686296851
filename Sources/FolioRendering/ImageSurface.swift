internal import CCairo
import FolioTypesetting

#if canImport(Glibc)
import Glibc
#endif

/// One figure image as a Cairo surface: owns one `cairo_surface_t`.
///
/// PNG is decoded by Cairo (`cairo_image_surface_create_from_png_stream`). JPEG is never
/// decoded or recompressed: an image surface of the JPEG's pixel size carries the original
/// bytes as MIME data (`CAIRO_MIME_TYPE_JPEG`), which Cairo's PDF backend writes as a DCTDecode
/// stream unchanged; the surface's own pixels stay untouched and cost no memory. For PNG
/// previews the JPEG is decoded into the surface instead (TurboJPEG).
final class ImageSurface {
    let handle: OpaquePointer
    let pixelWidth: Int
    let pixelHeight: Int

    init(_ asset: ImageAsset, embedJPEG: Bool) throws(RenderError) {
        switch asset.kind {
        case .png:
            let reader = PNGStreamReader(bytes: asset.bytes)
            let surface = withExtendedLifetime(reader) {
                cairo_image_surface_create_from_png_stream(PNGStreamReader.read, Unmanaged.passUnretained(reader).toOpaque())
            }
            guard let surface else { throw .image("cannot decode the PNG image") }
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw .image("damaged PNG image (\(String(cString: cairo_status_to_string(status))))")
            }
            handle = surface
        case .jpeg:
            guard let surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32(asset.pixelWidth), Int32(asset.pixelHeight))
            else { throw .image("cannot create an image surface") }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw .image("cannot create an image surface of \(asset.pixelWidth)×\(asset.pixelHeight) pixels")
            }
            guard embedJPEG else {
                // A preview: decode the pixels (TurboJPEG) into the surface.
                cairo_surface_flush(surface)
                do throws(RenderError) {
                    guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError.image("no pixel memory") }
                    try ImageJPEGDecoder().decode(asset.bytes, into: pixels, width: asset.pixelWidth, height: asset.pixelHeight,
                                                  stride: Int(cairo_image_surface_get_stride(surface)))
                    cairo_surface_mark_dirty(surface)
                } catch {
                    cairo_surface_destroy(surface)
                    throw error
                }
                handle = surface
                pixelWidth = asset.pixelWidth
                pixelHeight = asset.pixelHeight
                return
            }
            // Cairo keeps the bytes until the surface is destroyed, then calls `free`.
            guard let copy = malloc(max(asset.bytes.count, 1)) else {
                cairo_surface_destroy(surface)
                throw .image("out of memory for the JPEG image")
            }
            asset.bytes.withUnsafeBytes { source in
                if let base = source.baseAddress { memcpy(copy, base, source.count) }
            }
            let status = cairo_surface_set_mime_data(
                surface, "image/jpeg" /* CAIRO_MIME_TYPE_JPEG */, copy.assumingMemoryBound(to: UInt8.self),
                UInt(asset.bytes.count), free, copy)
            guard status == CAIRO_STATUS_SUCCESS else {
                free(copy)
                cairo_surface_destroy(surface)
                throw .image("cannot attach the JPEG data")
            }
            handle = surface
        }
        pixelWidth = Int(cairo_image_surface_get_width(handle))
        pixelHeight = Int(cairo_image_surface_get_height(handle))
    }

    deinit { cairo_surface_destroy(handle) }
}

/// Feeds PNG bytes to Cairo's stream reader.
private final class PNGStreamReader {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A `cairo_read_func_t`: exactly `length` bytes or a read error.
    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let reader = Unmanaged<PNGStreamReader>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard reader.bytes.count - reader.offset >= count else { return CAIRO_STATUS_READ_ERROR }
        reader.bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { data.update(from: base + reader.offset, count: count) }
        }
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
