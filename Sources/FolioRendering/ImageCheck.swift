import FolioTypesetting

/// Decodes an image once before it is placed, so a damaged file becomes a placeholder and a
/// warning instead of a failed render.
public enum ImageCheck {
    /// Throws `RenderError.image` when Cairo cannot decode a PNG. JPEG is embedded as its
    /// original bytes and never decoded for the PDF, so its header check suffices.
    public static func validate(_ asset: ImageAsset) throws(RenderError) {
        guard asset.kind == .png else { return }
        _ = try ImageSurface(asset, embedJPEG: false)
    }
}
