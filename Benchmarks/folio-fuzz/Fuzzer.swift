import FolioReaders
import Foundation
import SeededRandom

/// The fuzzing loop: round-robin over the formats (and sniffing), each input a mutation of a
/// corpus file, a splice with another format, or generated from scratch.
struct Fuzzer {
    let options: FuzzOptions

    /// Returns the process's exit status: 0 when nothing was found.
    func run() -> Int32 {
        let corpus = loadCorpus()
        guard !corpus.isEmpty else {
            FileHandle.standardError.write(Data("folio-fuzz: no articles found under \(options.corpus)\n".utf8))
            return 2
        }
        CrashCapture.install(folder: options.crashes)
        CrashCapture.startWatchdog(seconds: options.hangSeconds)
        var mutator = Mutator(rng: SplitMix(state: options.seed))
        let formats: [InputFormat?] = InputFormat.allCases + [nil]
        var stats: [String: (read: Int, rejected: Int)] = [:]
        var slowest = (seconds: 0.0, format: "", size: 0)
        var failures = 0
        let start = Date()
        var iteration = 0
        while Date().timeIntervalSince(start) < options.seconds {
            let format = formats[iteration % formats.count]
            iteration += 1
            let own = corpus.filter { $0.format == format || format == nil }
            let base = (own.isEmpty ? corpus : own).randomElement(using: &mutator.rng)?.bytes ?? []
            let other = corpus.randomElement(using: &mutator.rng)?.bytes ?? []
            let input = Int.random(in: 0..<10, using: &mutator.rng) == 0
                ? mutator.generate() : mutator.mutate(base, other: other)
            let name = format?.rawValue ?? "sniffed"
            CrashCapture.begin(input, reader: name)
            let began = Date()
            do {
                _ = try ArticleReaders.read(input, fileName: "fuzz", format: format)
                stats[name, default: (0, 0)].read += 1
            } catch {
                stats[name, default: (0, 0)].rejected += 1
                let message = error.description
                if message.isEmpty || message.contains("\n") {
                    failures += 1
                    save(input, as: "bad-message-\(failures)")
                    FileHandle.standardError.write(Data("folio-fuzz: \(name): error is not one line: \(message.debugDescription)\n".utf8))
                }
            }
            let seconds = Date().timeIntervalSince(began)
            if seconds > slowest.seconds {
                slowest = (seconds, name, input.count)
                // Kept for study: slow is not a failure, but a rising maximum points at superlinear code.
                if seconds > 1 { save(input, as: "slowest-\(name)") }
            }
            CrashCapture.end()
        }
        let elapsed = Date().timeIntervalSince(start)
        print("folio-fuzz: \(iteration) inputs in \(Int(elapsed)) s (seed \(options.seed)), \(failures) failures")
        for name in (InputFormat.allCases.map(\.rawValue) + ["sniffed"]) {
            let counts = stats[name] ?? (0, 0)
            print("  \(name): \(counts.read) read, \(counts.rejected) rejected with one line")
        }
        print(String(format: "  slowest input: %.3f s (%@, %d bytes)", slowest.seconds, slowest.format, slowest.size))
        return failures == 0 ? 0 : 1
    }

    private func save(_ input: [UInt8], as name: String) {
        _ = FileManager.default.createFile(atPath: options.crashes + "/" + name, contents: Data(input))
    }

    /// Every article under the corpus folder, with the format its extension names.
    private func loadCorpus() -> [(format: InputFormat, bytes: [UInt8])] {
        let root = URL(fileURLWithPath: options.corpus)
        guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var corpus: [(format: InputFormat, bytes: [UInt8])] = []
        for case let url as URL in files where url.lastPathComponent != "README.md" {
            guard let format = InputFormat(fileName: url.lastPathComponent),
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            corpus.append((format, [UInt8](data)))
        }
        return corpus.sorted { $0.bytes.count < $1.bytes.count }
    }
}
