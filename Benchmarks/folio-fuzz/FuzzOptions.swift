/// What `folio-fuzz` runs on and for how long.
struct FuzzOptions {
    var seconds = 60.0
    var seed: UInt64 = 0x5EED_F011
    var corpus = "samples"
    var crashes = ".build/fuzz-crashes"
    /// An input taking longer than this is a hang.
    var hangSeconds = 10.0
}
