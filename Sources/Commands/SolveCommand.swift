import ArgumentParser
import Foundation
import LinearProgramming

/// `skillmix solve FILE.mps`: solves any LP or MILP in MPS format with Skillmix's own solver.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve", abstract: "Solve an LP or MILP written in MPS (fixed or free format)."
    )

    @Argument(help: "The MPS file.") var file: String
    @Flag(help: "Print one JSON object: status, objective, values (name → value), and the solver's counts.")
    var json = false
    @Option(name: .customLong("time-limit"), help: "Seconds before the solver stops with status limit (default 60).")
    var timeLimit: Double = 60
    @Option(name: .customLong("gap"), help: "Relative gap at which branch and bound stops (default 1e-6).")
    var gap: Double = 1e-6
    @Option(
        name: .customLong("repeat"),
        help: "Solve this many times and print the median solve time (not reading the file) on stderr.")
    var repeats: Int = 1
    @Flag(help: "Print the median solve time on stderr even for a single run.") var timing = false

    func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else {
            throw ValidationError("--time-limit must be a positive number of seconds.")
        }
        guard gap >= 0, gap < 1 else {
            throw ValidationError("--gap must be at least 0 and below 1, e.g. 0.01 for 1%.")
        }
    }

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw CommandError("Cannot read \(file): check the path and that it is a text file.")
        }
        let lp = try MPS.read(text) { FileHandle.standardError.write(Data("Warning: \($0)\n".utf8)) }
        var options = SolverOptions()
        options.timeLimit = timeLimit
        options.relativeGap = gap
        let clock = ContinuousClock()
        var times: [Double] = []
        var solution = Solution(status: .limit, objective: .nan, values: [])
        for _ in 0..<repeats {
            let started = clock.now
            solution = try Solver(options: options).solve(lp)
            let elapsed = clock.now - started
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        if repeats > 1 || timing {
            let median = times.sorted()[times.count / 2]
            FileHandle.standardError.write(Data("solve_seconds_median=\(median) runs=\(times.count)\n".utf8))
        }
        if json {
            var object: [String: Any] = [
                "status": solution.status.rawValue, "iterations": solution.iterations, "nodes": solution.nodes,
                "values": Dictionary(
                    zip(lp.variables.map(\.name), solution.values), uniquingKeysWith: { first, _ in first }),
            ]
            if solution.objective.isFinite { object["objective"] = solution.objective }
            if let bound = solution.bestBound, bound.isFinite { object["bestBound"] = bound }
            if let gap = solution.gap, gap.isFinite { object["gap"] = gap }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(
            "Model \(lp.name): \(lp.constraints.count) rows, \(lp.variables.count) columns, \(lp.variables.filter(\.isInteger).count) integer"
        )
        print("Status: \(solution.status.rawValue)")
        if solution.objective.isFinite { print("Objective: \(solution.objective)") }
        if let gap = solution.gap {
            print("Gap: \(gap), best bound \(solution.bestBound ?? .nan), \(solution.nodes) nodes")
        }
        print("Iterations: \(solution.iterations)")
        for (variable, value) in zip(lp.variables, solution.values) where value != 0 {
            print("  \(variable.name) = \(value)")
        }
    }
}

/// A command's failure, printed as `Error: message` with exit code 1 (no usage text: the usage was right).
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
