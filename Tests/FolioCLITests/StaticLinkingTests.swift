import Foundation
import Testing

/// `folio` carries Cairo, libxml2, ICU and the readers' libraries inside it (Package.swift says
/// why), so a process maps far fewer shared libraries. Adding `pkgConfig:` back to one of those
/// module targets, or a `link "cairo"`, would quietly bring the shared library (and for Cairo,
/// eleven X11 libraries) back; this catches it.
@Suite struct StaticLinkingTests {
    /// The shared libraries the dynamic loader maps for an executable, by file name (`libc.so.6`).
    func loadedLibraries(_ executable: URL) throws -> [String] {
        let result = try CommandRunner.run("ldd", [executable.path])
        #expect(result.status == 0, "ldd failed: \(result.stderr)")
        return result.stdout.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first.map { String($0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    @Test(arguments: ["folio", "folio-serve"])
    func linkedInLibrariesAreNotLoadedAsSharedOnes(executable: String) throws {
        let path = CommandRunner.folio.deletingLastPathComponent().appendingPathComponent(executable)
        let libraries = try loadedLibraries(path)
        // The ones that stay shared are there: the list is real.
        #expect(libraries.contains { $0.hasPrefix("libharfbuzz.so") })
        #expect(libraries.contains { $0.hasPrefix("libfreetype.so") })
        for linkedIn in ["libcairo", "libpixman-1", "libxml2", "liblzma", "libicuuc", "libicudata",
                         "libcmark", "libturbojpeg", "libhyphen", "libX11", "libxcb"] {
            #expect(!libraries.contains { $0.hasPrefix(linkedIn + ".so") }, "\(linkedIn) is loaded as a shared library by \(executable)")
        }
    }
}
