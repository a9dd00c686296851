#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioCommandLine

/// Runs `folio serve ARGS…` as the `folio-serve` executable next to the running `folio`.
///
/// The server lives in its own executable so that `folio` does not link Hummingbird and SwiftNIO
/// (more code and more protocol conformances to scan at start-up). `execv` replaces this process,
/// so the server keeps `folio`'s process id, and signals (SIGTERM) and the exit status pass straight
/// through.
enum ServeLauncher {
    /// The server executable's file name, looked for in the folder of the running `folio`.
    static let executableName = "folio-serve"

    /// The arguments for `folio-serve` when `arguments` (without the program name) ask for `serve`,
    /// else nil: `serve ARGS…` gives `ARGS…`, and `help serve` gives `--help`.
    static func serveArguments(_ arguments: some Collection<String>) -> [String]? {
        switch arguments.first {
        case "serve": Array(arguments.dropFirst())
        case "help" where arguments.dropFirst().first == "serve": ["--help"]
        default: nil
        }
    }

    /// Replaces this process with `folio-serve ARGS…`; returns only by exiting with status 1 after
    /// a one-line error, when `folio-serve` is missing or cannot be run.
    static func exec(_ arguments: [String]) -> Never {
        let folio = runningExecutablePath() ?? CommandLine.arguments[0]
        let folder = folio.lastIndex(of: "/").map { String(folio[..<$0]) } ?? "."
        let server = folder + "/" + executableName
        guard access(server, X_OK) == 0 else {
            printError("folio: serve: \(executableName) not found next to \(folio)")
            exit(1)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = ([server] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(server, argv)
        printError("folio: serve: cannot run \(server): \(String(cString: strerror(errno)))")
        exit(1)
    }

    /// The absolute path of the running executable, symbolic links resolved; nil if unknown.
    /// The corresponding C function is `readlink("/proc/self/exe")` (Linux) or
    /// `_NSGetExecutablePath` (Darwin, links not resolved).
    private static func runningExecutablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        #if os(Linux)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        #else
        var size = UInt32(buffer.count)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        #endif
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
