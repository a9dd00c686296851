import Foundation
import Testing

/// Inputs and outputs that cannot be used get one plain line that says why: a loop of links, a
/// link to nothing, a device; never "permission denied?" for what is not one, never a
/// Foundation domain and code. A FIFO (as `<(command)` gives) is read to its end.
@Suite struct InputFileMessagesTests {
    static let article = OutputTargetTests.article

    @Test func linkLoopAndDanglingLinkAreNamed() throws {
        let folder = try TemporaryFolder()
        #expect(symlink("b.txt", folder.path("a.txt")) == 0 && symlink("a.txt", folder.path("b.txt")) == 0)
        let loop = try CommandRunner.folio(["render", folder.path("a.txt")])
        #expect(loop.status == 1 && loop.stderr.hasSuffix("a.txt: is a loop of symbolic links\n"), "\(loop.stderr)")
        #expect(symlink("gone.txt", folder.path("dangling.txt")) == 0)
        let dangling = try CommandRunner.folio(["render", folder.path("dangling.txt")])
        #expect(dangling.status == 1 && dangling.stderr.contains("symbolic link to gone.txt, which does not exist"), "\(dangling.stderr)")
    }

    @Test func fifoInputIsRead() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("piped.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", Self.article, fifo]
        try writer.run()
        let result = try CommandRunner.folio(["render", fifo, "-o", folder.path("out.pdf")])
        writer.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFTools.text(folder.path("out.pdf")).contains("Wuzhen"))
    }

    @Test func deviceInputIsRefused() throws {
        let result = try CommandRunner.folio(["render", "/dev/zero"])
        #expect(result.status == 1 && result.stderr == "folio: /dev/zero: is a device, not an article file\n", "\(result.stderr)")
    }

    @Test func unwritableOutputsSayWhyInPlainWords() throws {
        let folder = try TemporaryFolder()
        let environment = ["FOLIO_ARCHIVE": folder.path("archive")]
        let added = try CommandRunner.folio(["archive", "add", Self.article], environment: environment)
        let id = String(added.stdout.split(separator: " ").first ?? "")
        let get = try CommandRunner.folio(["archive", "get", id, "-o", folder.path("missing/x.pdf")], environment: environment)
        #expect(get.status == 1 && get.stderr.contains("does not exist"), "\(get.stderr)")
        let proc = try CommandRunner.folio(["render", Self.article, "-o", "/proc/version"])
        #expect(proc.status == 1 && proc.stderr.contains("no file can be made in /proc"), "\(proc.stderr)")
        for result in [get, proc] {
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("operation could not be completed"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }
}
