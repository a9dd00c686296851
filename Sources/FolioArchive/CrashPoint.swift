#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Named moments inside a write where a test can have the process killed (`SIGKILL`, as a power
/// cut or the OOM killer would), to leave exactly the state a crash there leaves: set
/// `FOLIO_CRASH_AT` to the name. Unset (always, outside tests) it costs one environment lookup,
/// made once.
enum CrashPoint: String {
    /// `vN` renamed into the object; the root inventory not yet replaced.
    case afterVersionRename = "after-version-rename"
    /// The root inventory replaced; its sidecar not yet.
    case afterInventoryRename = "after-inventory-rename"

    private static let armed: String? = getenv("FOLIO_CRASH_AT").map { String(cString: $0) }

    /// Kills this process if a test armed this point.
    func reach() {
        if Self.armed == rawValue { kill(getpid(), SIGKILL) }
    }
}
