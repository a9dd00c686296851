import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Saves the input being read when the process dies (signal) or hangs (watchdog), so that a
/// finding can be replayed. The signal handler may only use async-signal-safe calls (`open`,
/// `write`, `_exit`), so everything it needs is prepared in plain memory beforehand.
enum CrashCapture {
    // Written by the fuzzing thread before each input, read by the handler and the watchdog.
    // Plain word-sized values: a torn read only misreports a finding, never causes one.
    nonisolated(unsafe) static var input: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static var inputCount = 0
    nonisolated(unsafe) static var startedNanoseconds: UInt64 = 0
    nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>?
    /// The crash file per reader (`crash-html`, …), made before any signal can arrive.
    nonisolated(unsafe) static var paths: [String: UnsafeMutablePointer<CChar>] = [:]
    nonisolated(unsafe) static var folder = ""

    /// Installs handlers for the signals a Swift trap or a stack overflow raises.
    static func install(folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.folder = folder
        // An alternate stack, so a stack overflow can still run the handler.
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = malloc(size)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in
                CrashCapture.save()
                // No allocation in a signal handler: a static message only.
                let message: StaticString = "folio-fuzz: CRASH (signal); input saved in the crashes folder\n"
                _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
                _exit(3)
            }
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
    }

    /// Copies the input into the capture buffer and notes the time; `reader` names the file.
    static func begin(_ bytes: [UInt8], reader: String) {
        if paths[reader] == nil { paths[reader] = strdup(folder + "/crash-" + reader) }
        path = paths[reader]
        if let input { free(input) }
        input = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { input?.update(from: base, count: bytes.count) }
        }
        inputCount = bytes.count
        startedNanoseconds = DispatchTime.now().uptimeNanoseconds
    }

    static func end() {
        startedNanoseconds = 0
    }

    /// Writes the current input to the crash file (async-signal-safe).
    static func save() {
        guard let path, let input else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, input, inputCount)
        close(descriptor)
    }

    /// A thread that stops the process when one input runs longer than `seconds`.
    static func startWatchdog(seconds: Double) {
        let thread = Thread {
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let started = startedNanoseconds
                guard started != 0 else { continue }
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds &- started) / 1e9
                if started == startedNanoseconds, elapsed > seconds {
                    save()
                    FileHandle.standardError.write(Data("folio-fuzz: HANG (> \(Int(seconds)) s); input saved in the crashes folder\n".utf8))
                    exit(4)
                }
            }
        }
        thread.start()
    }
}
