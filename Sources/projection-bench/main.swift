import Foundation
import Workforce

// projection-bench INPUT.json --runs N --seed K [--deterministic] --out OUT.json
//
// Reads the benchmark input format of ../shared/bench/projection, runs Engine B (the code the app uses), writes
// the benchmark output format and prints simulate_seconds=X on stderr, timing the span the NumPy reference
// times: from the parsed input to the computed statistics (draws, projection, percentiles, means and
// probabilities), not reading or writing JSON.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("projection-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var inputPath: String?
var outputPath: String?
var runs = 1000
var seed: UInt64 = 1
var deterministic = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs":
        guard let value = arguments.first.flatMap({ Int($0) }), value > 0 else {
            fail("--runs needs a positive whole number")
        }
        runs = value
        arguments.removeFirst()
    case "--seed":
        guard let value = arguments.first.flatMap({ UInt64($0) }) else {
            fail("--seed needs a whole number, 0 or more")
        }
        seed = value
        arguments.removeFirst()
    case "--out":
        guard let value = arguments.first else { fail("--out needs a file name") }
        outputPath = value
        arguments.removeFirst()
    case "--deterministic":
        deterministic = true
    default:
        if argument.hasPrefix("--") { fail("unknown option \(argument)") }
        inputPath = argument
    }
}
guard let inputPath else {
    fail("usage: projection-bench INPUT.json --runs N --seed K [--deterministic] --out OUT.json")
}
let model: ProjectionModel
do {
    model = try BenchmarkFormat.model(from: Data(contentsOf: URL(fileURLWithPath: inputPath)))
} catch {
    fail("cannot read \(inputPath): \(error)")
}
let clock = ContinuousClock()
let started = clock.now
let result = ProjectionEngine.project(model, runs: runs, seed: seed, deterministic: deterministic)
let elapsed = clock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
FileHandle.standardError.write(Data("simulate_seconds=\(seconds)\n".utf8))
let output = BenchmarkFormat.output(result, model: model)
if let outputPath, outputPath != "-" {
    do {
        try output.write(toFile: outputPath, atomically: true, encoding: .utf8)
    } catch {
        fail("cannot write \(outputPath): \(error)")
    }
} else {
    print(output, terminator: "")
}
