import Foundation

/// What the poppler and qpdf tools say about a PDF.
enum PDFTools {
    /// `pdftotext -layout`-free text, UTF-8.
    static func text(_ pdf: String, firstPage: Int? = nil, lastPage: Int? = nil) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if let firstPage { arguments += ["-f", String(firstPage)] }
        if let lastPage { arguments += ["-l", String(lastPage)] }
        return try CommandRunner.run("pdftotext", arguments + [pdf, "-"]).stdout
    }

    /// `pdfinfo` fields by name.
    static func info(_ pdf: String) throws -> [String: String] {
        let output = try CommandRunner.run("pdfinfo", [pdf]).stdout
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// Rows of `pdffonts`: (name, embedded).
    static func fonts(_ pdf: String) throws -> [(name: String, embedded: Bool)] {
        let lines = try CommandRunner.run("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2)
        return lines.map { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let embedded = fields.count >= 5 && fields[fields.count - 5] == "yes"
            return (String(fields.first ?? ""), embedded)
        }
    }

    /// Words of a text, with line-end hyphenation joined ("exam-\nple" → "example").
    static func words(_ text: String) -> [String] {
        let joined = text.replacingOccurrences(of: "-\n", with: "")
        return joined.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
