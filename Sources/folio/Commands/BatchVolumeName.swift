/// The volume's file name when `-o` is not given: the collection's name as a plain file name.
enum BatchVolumeName {
    /// `5th World Internet Conference` → `5th-world-internet-conference.pdf`; `volume.pdf` when
    /// nothing of the name is usable (a name in Chinese only, say).
    static func defaultPath(for collection: String) -> String {
        var slug = ""
        for scalar in collection.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return (slug.isEmpty ? "volume" : String(slug.prefix(80))) + ".pdf"
    }
}
