import Foundation
import Testing

/// Help text is part of the interface: a change to it should be a deliberate one.
/// To accept a new text, regenerate the snapshot (`folio render --help > Snapshots/render-help.txt`).
@Suite struct HelpTextTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test(arguments: [(["--help"], "folio-help.txt"), (["render", "--help"], "render-help.txt")])
    func helpMatchesItsSnapshot(_ arguments: [String], _ snapshot: String) throws {
        let result = try CommandRunner.folio(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let expected = try String(contentsOf: Self.snapshots.appendingPathComponent(snapshot), encoding: .utf8)
        #expect(result.stdout == expected)
    }

    @Test func versionIsPrinted() throws {
        let result = try CommandRunner.folio(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: ".").count == 3, "\(result.stdout)")
    }
}
