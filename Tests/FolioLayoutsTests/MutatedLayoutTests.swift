import Foundation
import SeededRandom
import Testing
import FolioLayouts

/// Damaged layout files (as a careless edit or a bad merge leaves them) never crash or hang:
/// each either loads or fails with one line that starts with the file name.
@Suite("Mutated layouts")
struct MutatedLayoutTests {
    static let noise = Array(":-[]{}#\"' \n\t&*!|>%@`,?~\\0123456789abcxyz\u{00E9}\u{4E2D}".utf8)

    @Test("2,000 random edits of a4.yaml each give a style or a one-line error")
    func mutations() throws {
        let original = try Array(Data(contentsOf: shippedLayouts.appendingPathComponent("a4.yaml")))
        var random = SplitMix(state: 20_181_109)
        var failures = 0
        for round in 0..<2_000 {
            var bytes = original
            for _ in 0...Int.random(in: 0...3, using: &random) {
                mutate(&bytes, using: &random)
            }
            do {
                _ = try library.load(fileName: "mutant.yaml", bytes: bytes)
            } catch let error as LayoutError {
                failures += 1
                let message = error.description
                #expect(message.hasPrefix("mutant.yaml") && !message.contains("\n"), "round \(round): \(message)")
            }
        }
        #expect(failures > 500, "most random edits should break the layout")
    }

    private func mutate(_ bytes: inout [UInt8], using random: inout SplitMix) {
        guard !bytes.isEmpty else { return }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: bytes[at] = Self.noise.randomElement(using: &random)!
        case 1: bytes.insert(Self.noise.randomElement(using: &random)!, at: at)
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
        case 3: bytes.removeSubrange(at...)
        default:
            let end = min(bytes.count, at + Int.random(in: 1...80, using: &random))
            bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0..<bytes.count, using: &random))
        }
    }
}
