import Testing
import FolioLayouts

/// Each kind of mistake gives one line naming the file, the line and the key.
@Suite("Layout errors")
struct LayoutErrorTests {
    @Test("A negative margin names its line and key")
    func negativeMargin() {
        let yaml = """
            extends: a4
            # wider text
            margins:
              top: 2cm
              left: -2cm
            """
        #expect(loadError(yaml) == #"layouts/bad.yaml:5: margins.left: negative length "-2cm""#)
    }

    @Test("An unknown key suggests the likely one")
    func unknownKeySuggestion() {
        #expect(loadError("extends: a4\nbody:\n  sise: 11pt\n") == #"layouts/bad.yaml:3: body.sise: unknown key (did you mean "size"?)"#)
        #expect(loadError("extends: a4\ncolums: 2\n") == #"layouts/bad.yaml:2: colums: unknown key (did you mean "columns"?)"#)
        #expect(loadError("extends: a4\ncolumn_gap: 1cm\n") == #"layouts/bad.yaml:2: column_gap: unknown key (did you mean "column-gap"?)"#)
    }

    @Test("An unknown key with no near match lists the known keys")
    func unknownKeyList() {
        #expect(loadError("extends: a4\nmargins:\n  gutter: 1cm\n")
            == "layouts/bad.yaml:3: margins.gutter: unknown key (known keys: top, right, bottom, left)")
    }

    @Test("Lengths need one of the allowed units")
    func units() {
        #expect(loadError("extends: a4\nmargins:\n  left: 2\n")
            == #"layouts/bad.yaml:3: margins.left: "2" needs a unit (pt, mm, cm, in or pc)"#)
        #expect(loadError("extends: a4\nmargins: {left: 2px}\n")
            == #"layouts/bad.yaml:2: margins.left: unknown unit "px" in "2px" (use pt, mm, cm, in or pc)"#)
        #expect(loadError("extends: a4\nmargins: 2em\n")
            == #"layouts/bad.yaml:2: margins: unknown unit "em" in "2em" (use pt, mm, cm, in or pc)"#)
        #expect(loadError("extends: a4\nparagraphs:\n  indent: 2\n")
            == #"layouts/bad.yaml:3: paragraphs.indent: "2" needs a unit (pt, mm, cm, in, pc or em)"#)
    }

    @Test("Not-a-number and infinity are not lengths")
    func notANumber() {
        #expect(loadError("extends: a4\nbody:\n  size: .nan\n")
            == #"layouts/bad.yaml:3: body.size: expected a length such as "2cm", found ".nan""#)
        #expect(loadError("extends: a4\nbody:\n  size: infpt\n")
            == #"layouts/bad.yaml:3: body.size: expected a length such as "2cm", found "infpt""#)
    }

    @Test("A text area narrower than 8 ems blames the wider margin")
    func narrowTextArea() {
        #expect(loadError("extends: a4\nmargins:\n  left: 10cm\n  right: 9cm\n")
            == "layouts/bad.yaml:3: margins.left: text area is only 56.69pt wide, less than 8 × body size (84pt)")
        #expect(loadError("extends: a4\nmargins: 11cm\n")
            == "layouts/bad.yaml:2: margins: text area is nothing wide, less than 8 × body size (84pt)")
    }

    @Test("Too many columns for the measure blames columns")
    func narrowColumns() {
        #expect(loadError("extends: a4\ncolumns: 8\n")
            == "layouts/bad.yaml:2: columns: columns are only 43.94pt wide, less than 8 × body size (84pt)")
    }

    @Test("Columns below 1 are refused")
    func zeroColumns() {
        #expect(loadError("extends: a4\ncolumns: 0\n") == "layouts/bad.yaml:2: columns: 0 is out of range (1 to 12)")
    }

    @Test("Leading tighter than 0.8 × size is refused")
    func tightLeading() {
        #expect(loadError("extends: a4\nbody:\n  leading: 8pt\n")
            == "layouts/bad.yaml:3: body.leading: 8pt is less than 0.8 × size (10.5pt): lines would overlap")
    }

    @Test("Impossible font sizes are refused")
    func fontSize() {
        #expect(loadError("extends: a4\ntitle: {size: 0pt}\n")
            == "layouts/bad.yaml:2: title.size: font size 0pt is impossible (at least 3pt)")
    }

    @Test("A page larger than 5 m is refused")
    func hugePage() {
        #expect(loadError("extends: a4\npage:\n  width: 17cm\n  height: 600cm\n")
            == #"layouts/bad.yaml:4: page.height: "600cm" is larger than 5 m"#)
    }

    @Test("Unknown page names list the known ones")
    func pageName() {
        #expect(loadError("extends: a4\npage: A6\n")
            == #"layouts/bad.yaml:2: page: unknown page size "A6" (use A3, A4, A5, B5, Letter, Legal, Tabloid or {width: 17cm, height: 24cm})"#)
        #expect(loadError("extends: a4\npage: Leter\n")
            == #"layouts/bad.yaml:2: page: unknown page size "Leter" (did you mean Letter? use A3, A4, A5, B5, Letter, Legal, Tabloid or {width: 17cm, height: 24cm})"#)
    }

    @Test("Values of the wrong type say what was expected")
    func wrongTypes() {
        #expect(loadError("extends: a4\ncolumns: two\n") == #"layouts/bad.yaml:2: columns: expected a whole number, found "two""#)
        #expect(loadError("extends: a4\nbody: 12pt\n")
            == #"layouts/bad.yaml:2: body: expected a mapping (family, size, leading, …), found "12pt""#)
        #expect(loadError("extends: a4\nparagraphs:\n  hyphenate: yes\n")
            == #"layouts/bad.yaml:3: paragraphs.hyphenate: expected true or false, found "yes""#)
        #expect(loadError("extends: a4\nheadings: {size: 12pt}\n")
            == "layouts/bad.yaml:2: headings: expected a list of 1 to 6 heading styles (level 1 first), found a mapping")
        #expect(loadError("extends: a4\nheadings:\n  - {size: 14pt}\n  - {size: big}\n")
            == #"layouts/bad.yaml:4: headings[2].size: expected a length such as "2cm", found "big""#)
        #expect(loadError("extends: a4\nfallback-families: Noto Sans\n")
            == #"layouts/bad.yaml:2: fallback-families: expected a list such as ["Noto Sans"], found "Noto Sans""#)
        #expect(loadError("extends: a4\nmargins:\n  left:\n")
            == #"layouts/bad.yaml:3: margins.left: expected a length such as "2cm", found nothing"#)
    }

    @Test("Enumerated values suggest the right word")
    func alignment() {
        #expect(loadError("extends: a4\nparagraphs:\n  alignment: justified\n")
            == #"layouts/bad.yaml:3: paragraphs.alignment: unknown value "justified" (did you mean "justify"? use justify, left, right or center)"#)
        #expect(loadError("extends: a4\norientation: sideways\n")
            == #"layouts/bad.yaml:2: orientation: unknown value "sideways" (use portrait or landscape)"#)
    }

    @Test("Colours must be quoted #rrggbb")
    func colours() {
        #expect(loadError("extends: a4\nmeta:\n  color: grey\n")
            == #"layouts/bad.yaml:3: meta.color: expected a colour as #rrggbb, found "grey""#)
        #expect(loadError("extends: a4\nmeta:\n  color: #555555\n")
            == ##"layouts/bad.yaml:3: meta.color: expected a colour such as "#595959", found nothing (quote colours, as in "#595959": # alone starts a comment)"##)
    }

    @Test("Header and footer placeholders are checked")
    func placeholders() {
        #expect(loadError("extends: a4\nfooter: \"Page {pgae} of {pages}\"\n")
            == "layouts/bad.yaml:2: footer: unknown placeholder {pgae} (did you mean {page}? use {publication}, {section}, {title}, {page} or {pages})")
    }

    @Test("Invalid YAML gives the parser's problem at its line")
    func invalidYAML() {
        #expect(loadError("extends: a4\nbody:\n  size: 11pt\n leading: 14pt\n")
            == "layouts/bad.yaml:4: invalid YAML: did not find expected key")
        #expect(loadError("extends: a4\nheader: \"{publication}\nfooter: x\n")
            == "layouts/bad.yaml:4: invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts on line 2)")
        #expect(loadError("extends: a4\n---\nextends: a4\n")             == #"layouts/bad.yaml:2: invalid YAML: a second document (a layout is one; remove the "---" line)"#)
    }

    @Test("A duplicate key names the line it is repeated on")
    func duplicateKey() {
        #expect(loadError("extends: a4\nbody:\n  size: 11pt\n  leading: 14pt\n  size: 12pt\n")
            == #"layouts/bad.yaml:5: duplicate key "size" (first written on line 3)"#)
    }

    @Test("Empty and comment-only files are refused")
    func emptyFile() {
        let message = #"layouts/bad.yaml: empty layout file (start from a copy of a4.yaml, or write "extends: a4")"#
        #expect(loadError("") == message)
        #expect(loadError("# just a comment\n\n") == message)
    }

    @Test("A file that is not a mapping of keys is refused")
    func notAMapping() {
        #expect(loadError("- a4\n- letter\n") == "layouts/bad.yaml:1: expected a mapping of layout keys, found a list")
        #expect(loadError("hello") == #"layouts/bad.yaml:1: expected a mapping of layout keys, found "hello""#)
    }

    @Test("A layout without extends must give the essentials")
    func missingKey() {
        #expect(loadError("page: A4\n")
            == #"layouts/bad.yaml: missing key "body" (add it, or start the file with "extends: a4")"#)
        #expect(loadError("page: A4\nbody:\n  size: 10pt\n") == #"layouts/bad.yaml:2: body: missing key "family""#)
    }

    @Test("Binary data and invalid UTF-8 are refused with their line")
    func encoding() {
        #expect(loadError(bytes: Array("extends: a4\npage: A4\n".utf8) + [0xFF, 0xFE, 0x0A])
            == "layouts/bad.yaml:3: not UTF-8 text (save the file as UTF-8)")
        #expect(loadError(bytes: [0x25, 0x50, 0x44, 0x46, 0x0A, 0x00, 0x01]) == "layouts/bad.yaml:2: binary data, not a text layout file")
    }

    @Test("A byte-order mark and CRLF line ends are fine")
    func bomAndCRLF() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("extends: a4\r\ncolumns: 2\r\n".utf8)
        #expect(try library.load(fileName: "bom.yaml", bytes: bytes).style.columns == 2)
    }

    @Test("Alias bombs and deep nesting stop quickly with an error")
    func hostileYAML() {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let items = Array(repeating: "*\(level == 1 ? "a" : "a\(level - 1)")", count: 10).joined(separator: ", ")
            bomb += "a\(level): &a\(level) [\(items)]\n"
        }
        #expect(loadError(bomb) == "layouts/bad.yaml:1: too many values or too deeply nested (YAML aliases?), not a layout file")
        #expect(loadError(String(repeating: "[", count: 100_000))
            == "layouts/bad.yaml:1: nested more than 32 levels deep, not a layout file")
    }

    @Test("Long and multi-line values are shown on one short line")
    func clippedValues() {
        #expect(loadError("extends: a4\ncolumns: \"two\\nthree\"\n")
            == #"layouts/bad.yaml:2: columns: expected a whole number, found "two\nthree""#)
        let key = String(repeating: "x", count: 100)
        #expect(loadError("extends: a4\n\(key): 1\n")?.hasPrefix("layouts/bad.yaml:2: \(key.prefix(59))…: unknown key (known keys: extends,") == true)
    }

    @Test("Tab indentation is named as the problem")
    func tabs() {
        #expect(loadError("extends: a4\nbody:\n\tsize: 11pt\n")
            == "layouts/bad.yaml:3: invalid YAML: a tab character (indent with spaces)")
    }
}
