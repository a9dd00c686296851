#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processors a thread may run on (a `cpu_set_t`), for starting a helper thread on another
/// processor than its creator's.
///
/// Linux places a new thread on its creator's processor and, while that one stays busy, may leave
/// it waiting there for the next balancing tick even with another processor idle: on a 2-core VM
/// half of all starts waited about 3 ms, against 0.05 ms when started on the other processor.
///
/// The affinity calls are GNU extensions that Swift's Glibc module does not import, so they are
/// looked up by name at run time; where they are missing (not Linux) there is no affinity and
/// threads start wherever the system puts them.
struct ProcessorAffinity: Sendable {
    /// glibc's `cpu_set_t`: 1,024 bits.
    private var mask = [UInt8](repeating: 0, count: 128)

    /// The processors this process may run on, or `nil` where that cannot be asked.
    static var allowed: ProcessorAffinity? {
        guard let functions = AffinityFunctions.shared else { return nil }
        var affinity = ProcessorAffinity()
        let status = affinity.mask.withUnsafeMutableBytes { functions.getProcessAffinity(0, $0.count, $0.baseAddress!) }
        return status == 0 ? affinity : nil
    }

    /// These processors without the calling thread's, or `nil` if that leaves none.
    func removingCurrentProcessor() -> ProcessorAffinity? {
        guard let functions = AffinityFunctions.shared else { return nil }
        let current = Int(functions.currentProcessor())
        guard current >= 0, current < mask.count * 8 else { return nil }
        var copy = self
        copy.mask[current / 8] &= ~(UInt8(1) << UInt8(current % 8))
        return copy.mask.contains { $0 != 0 } ? copy : nil
    }

    /// Makes threads created with `attributes` start on these processors.
    func apply(to attributes: inout pthread_attr_t) {
        guard let functions = AffinityFunctions.shared else { return }
        _ = mask.withUnsafeBytes { functions.setAttributesAffinity(&attributes, $0.count, $0.baseAddress!) }
    }

    /// Lets the calling thread run on these processors.
    func applyToCurrentThread() {
        guard let functions = AffinityFunctions.shared else { return }
        _ = mask.withUnsafeBytes { functions.setThreadAffinity(pthread_self(), $0.count, $0.baseAddress!) }
    }
}

/// `sched_getaffinity`, `sched_getcpu`, `pthread_attr_setaffinity_np` and
/// `pthread_setaffinity_np`, found in the C library at run time.
private struct AffinityFunctions: @unchecked Sendable {
    typealias GetProcessAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
    typealias CurrentProcessor = @convention(c) () -> Int32
    typealias SetAttributesAffinity = @convention(c) (UnsafeMutablePointer<pthread_attr_t>, Int, UnsafeRawPointer) -> Int32
    typealias SetThreadAffinity = @convention(c) (pthread_t, Int, UnsafeRawPointer) -> Int32

    let getProcessAffinity: GetProcessAffinity
    let currentProcessor: CurrentProcessor
    let setAttributesAffinity: SetAttributesAffinity
    let setThreadAffinity: SetThreadAffinity

    static let shared: AffinityFunctions? = {
        #if os(Linux)
        // A null handle is glibc's RTLD_DEFAULT: search the libraries already loaded.
        func find<Function>(_ name: String, as type: Function.Type) -> Function? {
            dlsym(nil, name).map { unsafeBitCast($0, to: type) }
        }
        guard let get = find("sched_getaffinity", as: GetProcessAffinity.self),
              let current = find("sched_getcpu", as: CurrentProcessor.self),
              let setAttributes = find("pthread_attr_setaffinity_np", as: SetAttributesAffinity.self),
              let setThread = find("pthread_setaffinity_np", as: SetThreadAffinity.self)
        else { return nil }
        return AffinityFunctions(
            getProcessAffinity: get, currentProcessor: current, setAttributesAffinity: setAttributes,
            setThreadAffinity: setThread)
        #else
        return nil
        #endif
    }()
}
