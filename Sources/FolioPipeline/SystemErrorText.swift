import Foundation

/// Plain sentences for operating-system errors, so no message shows a C constant or a Foundation
/// domain and code (`NSCocoaErrorDomain error 512`).
public enum SystemErrorText {
    /// The reason for a C error number, in words a user can act on.
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case ELOOP: return "a loop of symbolic links"
        case EISDIR: return "it is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENAMETOOLONG: return "the name is too long"
        case EXDEV: return "it is on another file system"
        case EIO: return "an input/output error on the device"
        case EPIPE: return "the reader went away"
        default: return String(cString: strerror(code))
        }
    }

    /// The reason behind any error thrown by Foundation's file APIs, in plain words: the
    /// underlying C error when there is one, else the error's own description without its
    /// domain and code.
    public static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return describe(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(Int32(underlying.code))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return describe(ENOENT)
            case .fileReadNoPermission, .fileWriteNoPermission: return describe(EACCES)
            case .fileWriteVolumeReadOnly: return describe(EROFS)
            case .fileWriteOutOfSpace: return describe(ENOSPC)
            case .fileWriteFileExists: return "a file of that name already exists"
            case .fileReadCorruptFile: return "the file is damaged"
            case .fileReadTooLarge: return "the file is too large"
            case .fileReadUnknownStringEncoding, .fileReadInapplicableStringEncoding: return "the file's text encoding is not readable"
            default: return "the file system refused (\(ns.code))"
            }
        }
        return "\(error)"
    }
}
