/// Folio's version, written into every PDF's Creator and every archived metadata record.
public enum FolioVersion {
    public static let string = "0.1.0"
}
