import Foundation

/// The result of running a program to completion.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
}

/// Runs real programs (`folio`, `pdftotext`, `qpdf`, …) the way a user would.
enum CommandRunner {
    /// The repository root, from this file's location.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `folio` built next to this test bundle.
    static let folio: URL = {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("folio")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let besideRunner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("folio")
        if FileManager.default.isExecutableFile(atPath: besideRunner.path) { return besideRunner }
        return repositoryRoot.appendingPathComponent(".build/debug/folio")
    }()

    /// Runs `folio` with arguments.
    static func folio(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        try run(folio.path, arguments, in: directory, environment: environment)
    }

    /// Runs a program found on PATH (or an absolute path) and waits for it.
    static func run(_ program: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        if program.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs so a full pipe cannot block it.
        let errorBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errorBox.data
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }
}

/// Holds bytes read on another thread; the dispatch group orders the write before the read.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
