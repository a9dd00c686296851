import Foundation
import Testing
import FolioLayouts

@Suite("Layout library")
struct LayoutLibraryTests {
    @Test("Names are matched case-insensitively")
    func nameLookup() throws {
        #expect(try library.load("A4").name == "a4")
        #expect(LayoutLibrary.defaultName == "a4")
    }

    @Test("An unknown name lists the available layouts")
    func unknownName() {
        #expect(throws: LayoutError(message: #"unknown layout "tabloid" (available: a4, large-print, letter, two-column)"#)) {
            try library.load("tabloid")
        }
        #expect(throws: LayoutError(message: #"unknown layout "leter" (did you mean "letter"? available: a4, large-print, letter, two-column)"#)) {
            try library.load("leter")
        }
    }

    @Test("A path loads that file, keeping its bytes and resolving extends against the library")
    func path() throws {
        let text = "# mine\nextends: letter\ncolumns: 2\n"
        let layouts = try TemporaryLayouts(["mine.yaml": text])
        let path = layouts.directory.appendingPathComponent("mine.yaml").path
        let layout = try library.load(path)
        #expect(layout.name == "mine" && layout.fileName == "mine.yaml")
        #expect(layout.bytes == Array(text.utf8))
        #expect(layout.style.columns == 2 && layout.style.pageSize.width == 612)
    }

    @Test("A missing path, a directory and a device are refused")
    func badPaths() throws {
        #expect(throws: LayoutError(file: "no/such.yaml", message: "no such layout file")) {
            try library.load("no/such.yaml")
        }
        #expect(throws: LayoutError(file: "missing/a4.yaml", message: #"no such layout file (the shipped layout is named "a4")"#)) {
            try library.load("missing/a4.yaml")
        }
        #expect(throws: LayoutError(file: "/tmp/", message: "not a regular file")) { try library.load("/tmp/") }
        #expect(throws: LayoutError(file: "/dev/zero", message: "not a regular file")) { try library.load("/dev/zero") }
    }

    @Test("Archived bytes load with their file name")
    func archived() throws {
        let bytes = try library.load("two-column").bytes
        let layout = try library.load(fileName: "two-column.yaml", bytes: bytes)
        #expect(layout.name == "two-column" && layout.fileName == "two-column.yaml" && layout.style.columns == 2)
    }

    @Test("A library over a missing folder has no names and says where it looked")
    func missingDirectory() {
        let empty = LayoutLibrary(directory: URL(fileURLWithPath: "/nonexistent/layouts"))
        #expect(empty.names.isEmpty)
        #expect(throws: LayoutError(message: #"unknown layout "a4" (available: none found in /nonexistent/layouts)"#)) {
            try empty.load("a4")
        }
    }

    @Test("Summaries show a broken layout's error instead of hiding it")
    func brokenSummary() throws {
        let layouts = try TemporaryLayouts(["broken.yaml": "columns: 0\n", "ok.yaml": "extends: broken\n"])
        let lines = layouts.library.summaries()
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("broken  error: /") && lines[0].hasSuffix(#"broken.yaml: missing key "body" (add it, or start the file with "extends: a4")"#))
        #expect(lines[1].hasPrefix("ok      error: /") && lines[1].hasSuffix(#"ok.yaml: missing key "body" (add it, or start the file with "extends: a4")"#))
    }
}
