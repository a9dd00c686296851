import Foundation
import Testing

/// `-o` respects what is at the path: devices, FIFOs and standard output are written, not
/// replaced; a symbolic link stays a link; folders, link loops and archive files are refused.
@Suite struct OutputTargetTests {
    static let article = CommandRunner.repositoryRoot.appendingPathComponent("samples/wic2018/wic-plenary.txt").path

    private static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    /// A character device stays one. As root (CI) a private null device is made with `mknod`, so a
    /// failure cannot damage the machine's own `/dev/null`; otherwise `/dev/null` itself is used
    /// (which a non-root user could not have replaced anyway).
    @Test func characterDeviceIsWrittenNotReplaced() throws {
        let folder = try TemporaryFolder()
        var device = "/dev/null"
        // dev_t of makedev(1, 3), as glibc encodes small numbers (makedev is a C macro).
        let nullDevice = dev_t((1 << 8) | 3)
        if getuid() == 0, mknod(folder.path("null"), S_IFCHR | 0o666, nullDevice) == 0 { device = folder.path("null") }
        let result = try CommandRunner.folio(["render", Self.article, "-o", device])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(device) == S_IFCHR)
        #expect(folder.fileNames.allSatisfy { !$0.contains("partial") }, "\(folder.fileNames)")
    }

    @Test func fifoReceivesThePDF() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe.pdf")
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, folder.path("received.pdf")]
        try reader.run()
        let result = try CommandRunner.folio(["render", Self.article, "-o", fifo])
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(fifo) == S_IFIFO)
        let text = try PDFTools.text(folder.path("received.pdf"))
        #expect(text.contains("Wuzhen"), "\(text.prefix(200))")
    }

    @Test func symbolicLinkStaysALinkAndItsTargetGetsThePDF() throws {
        let folder = try TemporaryFolder()
        try folder.write("target.pdf", "old")
        #expect(symlink("target.pdf", folder.path("link.pdf")) == 0)
        let result = try CommandRunner.folio(["render", Self.article, "-o", folder.path("link.pdf")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(folder.path("link.pdf")) == S_IFLNK)
        #expect(try PDFTools.text(folder.path("target.pdf")).contains("Wuzhen"))
    }

    @Test func standardOutputGetsThePDFBytes() throws {
        let folder = try TemporaryFolder()
        let file = try CommandRunner.folio(["render", Self.article, "-o", folder.path("file.pdf")])
        #expect(file.status == 0, "\(file.stderr)")
        let piped = try CommandRunner.folio(["render", Self.article, "-o", "-"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdoutBytes == (try Data(contentsOf: URL(fileURLWithPath: folder.path("file.pdf")))))
        let devStdout = try CommandRunner.folio(["render", Self.article, "-o", "/dev/stdout"])
        #expect(devStdout.status == 0 && devStdout.stdoutBytes == piped.stdoutBytes, "\(devStdout.stderr)")
        #expect(Self.kind("/dev/stdout") == S_IFLNK)
    }

    @Test func foldersAndLinkLoopsAreRefusedInOneLine() throws {
        let folder = try TemporaryFolder()
        let directory = try CommandRunner.folio(["render", Self.article, "-o", folder.url.path])
        #expect(directory.status == 1 && directory.stderr.contains("is a folder"), "\(directory.stderr)")
        #expect(symlink("loop.pdf", folder.path("loop.pdf")) == 0)
        let loop = try CommandRunner.folio(["render", Self.article, "-o", folder.path("loop.pdf")])
        #expect(loop.status == 1 && loop.stderr.contains("loop of symbolic links"), "\(loop.stderr)")
        #expect(loop.stderr.split(separator: "\n").count == 1)
    }

    @Test func archiveGetRefusesToWriteInsideTheArchive() throws {
        let folder = try TemporaryFolder()
        let environment = ["FOLIO_ARCHIVE": folder.path("archive")]
        let added = try CommandRunner.folio(["archive", "add", Self.article], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        let id = String(added.stdout.split(separator: " ").first ?? "")
        let inventory = folder.path("archive/ocfl/\(id)/inventory.json")
        let before = try Data(contentsOf: URL(fileURLWithPath: inventory))
        for target in [inventory, folder.path("archive/index.sqlite"), folder.path("archive/ocfl/new.pdf")] {
            let get = try CommandRunner.folio(["archive", "get", id, "-o", target], environment: environment)
            #expect(get.status == 1 && get.stderr.contains("inside the archive"), "\(target): \(get.stderr)")
            #expect(get.stderr.split(separator: "\n").count == 1)
        }
        let render = try CommandRunner.folio(["render", Self.article, "-o", folder.path("archive/ocfl/x.pdf")])
        #expect(render.status == 1 && render.stderr.contains("inside the archive"), "\(render.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: inventory)) == before)
        #expect(try CommandRunner.folio(["archive", "verify"], environment: environment).status == 0)
        let piped = try CommandRunner.folio(["archive", "get", id, "-o", "/dev/stdout"], environment: environment)
        #expect(piped.status == 0 && piped.stdoutBytes.starts(with: Array("%PDF".utf8)), "\(piped.stderr)")
    }

    @Test func batchVolumeGoesToStandardOutput() throws {
        let result = try CommandRunner.folio(["batch", Self.article, "--collection", "One", "-o", "-", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutBytes.starts(with: Array("%PDF".utf8)))
        #expect(result.stdoutBytes.count > 10_000)
    }
}
