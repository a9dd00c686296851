import ArgumentParser
import FolioArchive

/// Parses an archive id, or fails with a message saying what an id looks like.
func parseID(_ text: String) throws -> ObjectID {
    do { return try ObjectID(text) } catch { throw ValidationError("\(error)") }
}
