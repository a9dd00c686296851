// swift-tools-version: 6.1
// Folio: news articles to archival PDF, kept in an OCFL archive by publication date.
//
// Targets follow the pipeline, and data flows one way:
//   readers (FolioReaders) → typesetting (FolioTypesetting) → rendering (FolioRendering)
//   → archive (FolioArchive) → front (FolioPipeline, the `folio` executable).
// C libraries are wrapped as `C<Library>` system-library targets; only their one wrapper
// target imports each of them.
import PackageDescription

/// Link flags for the `folio` CLI only (never `folio-serve`), in release builds, for start-up time:
/// `--no-export-dynamic` leaves the executable's ~15,000 symbols out of the dynamic symbol table
/// (nothing loads plug-ins or looks symbols up in `folio`): 2 MB smaller, a few dozen fewer page
/// faults per process; the time it saves is within measurement noise now that `serve` is separate.
///
/// Not adopted: a non-PIE link (`-Xclang-linker -no-pie`). It saves the loader the ~92,000
/// relative relocations of a PIE `folio` (250 fewer page faults: `folio --version` 5.8 -> 5.0 ms,
/// `folio render` of the seed 22.4 -> 22.2 ms, within noise), but puts the whole 100 MB image
/// (Swift runtime, Foundation, our code) at a fixed address: no ASLR for the executable. `folio`
/// feeds untrusted input (scraped HTML, Markdown, JSON, JPEG/PNG images) to C parsers (libxml2,
/// cmark, libjpeg, libpng), and a memory bug in one of them is far easier to exploit when every
/// code address is known in advance. Revisit only for a build that renders trusted input.
let folioLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release)),
]

/// Cairo, pixman, libpng, libxml2, liblzma, ICU, cmark, TurboJPEG and libhyphen are linked from
/// the static archives of the same Debian -dev packages (each module map says
/// `link ":libcairo.a"`), in every configuration, so that the tests run what ships.
/// - Why: a `folio render` is a short process, and loading shared libraries was a quarter of it.
///   Debian's libcairo2 alone brings eight X11 and xcb libraries Folio never calls (and libbsd
///   and libmd behind them), and libxml2 brings ICU and liblzma. Static, a process maps 16 shared libraries
///   instead of 35, and renders the seed article 12 % faster (BENCHMARKS.md).
/// - Cost: a Debian security update to one of them reaches `folio` only when it is linked again.
///   SwiftPM does not notice a changed archive, so `scripts/relink-if-archives-changed.sh` (run
///   by `scripts/build-release.sh` and `make test`) records the archives' sizes and dates and
///   deletes the linked products when they change, so that they are linked again.
/// - Still shared: HarfBuzz (Debian ships no static one), FreeType and Fontconfig (HarfBuzz and
///   Cairo must share them), zlib, libstdc++ and SQLite (GRDB's module map links it by name).
///   libpng is also still mapped, because FreeType needs it; Cairo's PNG reading and writing
///   use the static copy.
///
/// libxml2's headers include each other as `<libxml/...>` from `/usr/include/libxml2`, which
/// pkg-config would have supplied along with `-lxml2`. Every target gets it (the loop at the
/// end), not only FolioHTMLParsing: a release build's cross-module optimisation loads
/// `CLibXML2` while compiling any target that links the HTML reader.
let libxml2Headers: SwiftSetting = .unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .executable(name: "folio-serve", targets: ["folio-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The service: no default traits (swift-configuration is not needed and costs build time).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Already resolved through Hummingbird; named so the service can put its own handlers on the
        // HTTP/1 channel (HTTP/1.0 connection close, connection time-outs; NIOCore, NIOHTTPTypes).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        // MARK: C libraries (Debian -dev packages)
        // Linked dynamically: HarfBuzz, FreeType and Fontconfig (Debian ships no static HarfBuzz).
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        // Linked from Debian's static archives (`link ":libcairo.a"` in each module map), so that
        // a process loads 16 shared libraries instead of 35; the note above `libxml2Headers` says more.
        // No `pkgConfig:` here: pkg-config would add `-lcairo` and with it the shared library.
        .systemLibrary(name: "CCairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CICU", providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CCmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CLibXML2", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CJPEG", providers: [.apt(["libturbojpeg0-dev"])]),
        .systemLibrary(name: "CTextCat", providers: [.apt(["libexttextcat-dev"])]),

        // MARK: Model and readers
        /// The article as every reader produces it; plain values, no I/O.
        .target(name: "FolioModel"),
        /// CommonMark through cmark, as a plain Swift node tree (the only importer of CCmark).
        .target(name: "FolioMarkdownParsing", dependencies: ["CCmark"]),
        /// HTML through libxml2's tolerant parser, as a plain Swift DOM (the only importer of CLibXML2).
        /// Imports no Foundation: Debian's libxml2 headers include ICU's (see DESIGN.md).
        .target(name: "FolioHTMLParsing", dependencies: ["CLibXML2"]),
        /// The language of a text through libexttextcat (the only importer of CTextCat). Imports no
        /// Foundation: a clean build of FolioReaders with CTextCat inside it loaded Foundation's ICU
        /// and CLibXML2's (Debian's) ICU in one compile job (`UErrorCode` defined twice).
        .target(name: "FolioLanguageIdentification", dependencies: ["CTextCat"]),
        /// Input formats to `Article`.
        .target(
            name: "FolioReaders",
            dependencies: [
                "FolioModel", "FolioMarkdownParsing", "FolioHTMLParsing", "FolioLanguageIdentification",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["JSON/SCHEMA.md"]),

        // MARK: Typesetting
        /// Unicode text analysis through ICU (scripts, bidi, line-break opportunities, graphemes).
        /// Imports no Foundation: Foundation ships its own ICU headers (see DESIGN.md).
        .target(name: "FolioTextAnalysis", dependencies: ["CICU"]),
        /// Hyphenation through libhyphen with Debian's pattern dictionaries.
        .target(name: "FolioHyphenation", dependencies: ["CHyphen"]),
        /// Font files: FreeType faces, HarfBuzz fonts, Fontconfig discovery and fallback.
        .target(name: "FolioFonts", dependencies: ["CFreeType", "CFontconfig", "CHarfBuzz"]),
        /// Article + layout style → pages of positioned glyphs (the display list). No Cairo, no files.
        .target(name: "FolioTypesetting", dependencies: [
            "FolioModel", "FolioFonts", "FolioTextAnalysis", "CHarfBuzz",
        ]),
        /// Human-edited layout files (YAML) → `LayoutStyle`, with errors naming file, key and line.
        .target(name: "FolioLayouts", dependencies: [
            "FolioTypesetting", .product(name: "Yams", package: "Yams"),
        ]),

        // MARK: Rendering
        /// zlib's default level for the process set to its fastest, for Cairo's PDF streams.
        .target(name: "CDeflateLevel", linkerSettings: [.linkedLibrary("z")]),
        /// Display list → PDF and PNG through Cairo.
        .target(name: "FolioRendering", dependencies: ["FolioTypesetting", "FolioFonts", "CCairo", "CJPEG", "CDeflateLevel"]),

        // MARK: Archive
        /// OCFL 1.1 storage root by publication date, with a derived SQLite (GRDB) index.
        .target(name: "FolioArchive", dependencies: [
            "FolioModel",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // MARK: Front
        /// The one-call pipeline the CLI and the service share: read → typeset → render (→ archive).
        .target(name: "FolioPipeline", dependencies: [
            "FolioModel", "FolioReaders", "FolioTypesetting", "FolioLayouts", "FolioRendering",
            "FolioFonts", "FolioHyphenation", "FolioArchive",
        ]),
        /// `folio serve`: the pipeline and the archive over HTTP (Hummingbird), with auth, limits and metrics.
        .target(name: "FolioService", dependencies: [
            "FolioPipeline", "FolioArchive",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        ]),
        /// What `folio` and `folio-serve` share: error reporting and the archive option.
        .target(name: "FolioCommandLine", dependencies: [
            "FolioArchive", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        /// The CLI. It does not link the service (`folio serve` execs `folio-serve`), so it starts faster.
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioPipeline", "FolioArchive", "FolioCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: folioLinkerSettings),
        /// `folio serve`, its own executable so that Hummingbird and SwiftNIO stay out of `folio`.
        .executableTarget(name: "folio-serve", dependencies: [
            "FolioService", "FolioPipeline", "FolioArchive", "FolioCommandLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        /// In-process timing of the typesetting stage, for `make bench`.
        .executableTarget(name: "folio-bench", dependencies: ["FolioPipeline"], path: "Benchmarks/folio-bench"),
        /// Many renders in process on every core (no HTTP), for `make stress` and its ThreadSanitizer run.
        .executableTarget(name: "folio-stress", dependencies: ["FolioPipeline"], path: "Benchmarks/folio-stress"),
        /// A seedable random number generator for the fuzzer and the mutation tests.
        .target(name: "SeededRandom", path: "Benchmarks/SeededRandom"),
        /// Random and mutation fuzzing of the readers, and their cost per MB, for `make fuzz`.
        .executableTarget(name: "folio-fuzz", dependencies: ["FolioReaders", "SeededRandom"], path: "Benchmarks/folio-fuzz"),

        // MARK: Tests (one target per module)
        .testTarget(name: "FolioReadersTests", dependencies: ["FolioReaders", "FolioLanguageIdentification", "SeededRandom"]),
        .testTarget(name: "FolioTextAnalysisTests", dependencies: ["FolioTextAnalysis"]),
        .testTarget(name: "FolioHyphenationTests", dependencies: ["FolioHyphenation"]),
        .testTarget(name: "FolioTypesettingTests", dependencies: ["FolioTypesetting", "FolioFonts"]),
        .testTarget(name: "FolioLayoutsTests", dependencies: ["FolioLayouts", "SeededRandom"]),
        .testTarget(name: "FolioArchiveTests", dependencies: ["FolioArchive"]),
        .testTarget(name: "FolioCLITests", dependencies: ["FolioPipeline"], exclude: ["Snapshots"]),
        .testTarget(name: "FolioServiceTests", dependencies: ["FolioService", "FolioPipeline", "FolioArchive"]),
    ],
    swiftLanguageModes: [.v6]
)

/// Every Folio target reaches generic type metadata through direct accessor calls instead of
/// demangling a type name at run time. A demangled name's generic requirements (`Set<T>` needs
/// `T: Hashable`) are checked by scanning all ~7,000 protocol-conformance records in the binary,
/// once per new type and protocol: about 1 ms of a one-page render's 15. The binary grows 0.2 %.
/// `scripts/build-release.sh` passes the same flag to the dependencies' targets, which a manifest
/// cannot reach. Every target also gets libxml2's include path (`libxml2Headers`).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
        libxml2Headers,
    ]
}
