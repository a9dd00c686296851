// folio-fuzz: the readers under random and damaged input, and their cost per MB.
//
// usage: folio-fuzz [--seconds N] [--seed S] [--corpus DIR] [--crashes DIR]
//        folio-fuzz --throughput [--megabytes N] [--runs N]
//
// Fuzzing feeds every reader (text, Markdown, HTML, JSON, and format sniffing) mutations of the
// articles under DIR (default `samples/`) and freshly generated pages, for N seconds (default
// 60). An input that crashes the process or runs longer than 10 s is written to the crashes
// folder (default `.build/fuzz-crashes/`) before the process exits non-zero; a reader error that
// is empty or longer than one line is also a failure. Replay a finding with
// `folio render --input-format FORMAT FILE`. The slowest input over 1 s is kept as `slowest-FORMAT`.
import FolioReaders
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("folio-fuzz: \(message)\n".utf8))
    exit(2)
}

/// Reads the command line into fuzzing options or a throughput run.
func parse(_ given: [String]) -> (options: FuzzOptions, throughput: ReaderThroughput?) {
    var arguments = given
    var options = FuzzOptions()
    var throughput: ReaderThroughput?
    func value(_ name: String) -> String {
        guard !arguments.isEmpty else { fail("\(name) needs a value") }
        return arguments.removeFirst()
    }
    while !arguments.isEmpty {
        let argument = arguments.removeFirst()
        switch argument {
        case "--seconds": options.seconds = Double(value(argument)) ?? options.seconds
        case "--seed": options.seed = UInt64(value(argument)) ?? options.seed
        case "--corpus": options.corpus = value(argument)
        case "--crashes": options.crashes = value(argument)
        case "--throughput": throughput = throughput ?? ReaderThroughput(megabytes: 8, runs: 7)
        case "--megabytes": throughput = ReaderThroughput(megabytes: Int(value(argument)) ?? 8, runs: throughput?.runs ?? 7)
        case "--runs": throughput = ReaderThroughput(megabytes: throughput?.megabytes ?? 8, runs: Int(value(argument)) ?? 7)
        default: fail("unknown option \(argument) (see the comment at the top of main.swift)")
        }
    }
    return (options, throughput)
}

let command = parse(Array(CommandLine.arguments.dropFirst()))
if let throughput = command.throughput {
    throughput.run()
} else {
    exit(Fuzzer(options: command.options).run())
}
