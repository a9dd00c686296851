import ArgumentParser
import Foundation

/// Prints one line to standard error.
public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs `body`; a failure is printed as one `folio: …` line and becomes exit status 1,
/// never a stack trace.
public func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("folio: \(error)")
        throw ExitCode.failure
    }
}
