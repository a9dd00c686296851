/// What adding or re-rendering did.
public enum ArchiveChange: Sendable, Hashable, CustomStringConvertible {
    /// A new object, at v1.
    case created(id: String)
    /// A new version of an existing object.
    case added(id: String, version: String)
    /// Nothing: the newest version already has the same input, layout and renderer.
    case unchanged(id: String, version: String)

    public var id: String {
        switch self {
        case .created(let id), .added(let id, _), .unchanged(let id, _): return id
        }
    }

    public var description: String {
        switch self {
        case .created(let id): return "\(id) v1 (new)"
        case .added(let id, let version): return "\(id) \(version) (new version)"
        case .unchanged(let id, let version): return "\(id) \(version) (unchanged)"
        }
    }
}

/// An archived object as `show` presents it: the newest metadata and the version history.
public struct ArchiveRecord: Sendable {
    public struct Version: Sendable, Hashable {
        public var name: String
        public var created: String
        public var message: String?
        public var user: String?
        /// Logical path → sha512.
        public var files: [String: String]
    }

    public var id: String
    public var metadata: ArchiveMetadata
    public var versions: [Version]
}
