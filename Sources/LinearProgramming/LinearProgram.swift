/// A linear or mixed-integer program: variables with bounds (possibly infinite) and an integrality flag,
/// linear constraints with ranges (`lower ≤ a·x ≤ upper`, an equality when both are equal), and a
/// linear objective to minimise or maximise.
///
/// ```swift
/// var lp = LinearProgram(sense: .maximise)
/// let x = lp.addVariable("x", upper: 4, objective: 3)
/// let y = lp.addVariable("y", objective: 2, isInteger: true)
/// lp.addConstraint("capacity", [x: 1, y: 1], upper: 6)
/// ```
public struct LinearProgram: Sendable, Equatable {
    public enum Sense: String, Sendable, Equatable { case minimise, maximise }

    /// An index into `variables`, readable at the call site.
    public struct VariableRef: Hashable, Sendable, Comparable {
        public let index: Int
        public init(_ index: Int) { self.index = index }
        public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
    }

    public struct Variable: Sendable, Equatable {
        public var name: String
        public var lower: Double
        public var upper: Double
        public var objective: Double
        public var isInteger: Bool

        public init(
            name: String, lower: Double = 0, upper: Double = .infinity, objective: Double = 0, isInteger: Bool = false
        ) {
            self.name = name
            self.lower = lower
            self.upper = upper
            self.objective = objective
            self.isInteger = isInteger
        }
    }

    public struct Constraint: Sendable, Equatable {
        public var name: String
        /// Sparse coefficients: variable index and value; each variable at most once.
        public var terms: [(index: Int, value: Double)]
        public var lower: Double
        public var upper: Double

        public init(name: String, terms: [(index: Int, value: Double)], lower: Double, upper: Double) {
            self.name = name
            self.terms = terms
            self.lower = lower
            self.upper = upper
        }

        public static func == (a: Self, b: Self) -> Bool {
            a.name == b.name && a.lower == b.lower && a.upper == b.upper && a.terms.elementsEqual(b.terms) { $0 == $1 }
        }
    }

    public var name: String
    public var sense: Sense
    /// A constant added to the objective.
    public var objectiveOffset: Double
    public var variables: [Variable]
    public var constraints: [Constraint]

    public init(name: String = "skillmix", sense: Sense = .minimise, objectiveOffset: Double = 0) {
        self.name = name
        self.sense = sense
        self.objectiveOffset = objectiveOffset
        self.variables = []
        self.constraints = []
    }

    @discardableResult
    public mutating func addVariable(
        _ name: String, lower: Double = 0, upper: Double = .infinity, objective: Double = 0, isInteger: Bool = false
    ) -> VariableRef {
        variables.append(Variable(name: name, lower: lower, upper: upper, objective: objective, isInteger: isInteger))
        return VariableRef(variables.count - 1)
    }

    /// Adds `lower ≤ Σ coefficient·variable ≤ upper`; leave a side out for a one-sided row.
    public mutating func addConstraint(
        _ name: String, _ coefficients: [VariableRef: Double], lower: Double = -.infinity, upper: Double = .infinity
    ) {
        let terms = coefficients.sorted { $0.key < $1.key }.filter { $0.value != 0 }.map {
            (index: $0.key.index, value: $0.value)
        }
        constraints.append(Constraint(name: name, terms: terms, lower: lower, upper: upper))
    }

    /// Adds `Σ coefficient·variable = value`.
    public mutating func addEquality(_ name: String, _ coefficients: [VariableRef: Double], equals value: Double) {
        addConstraint(name, coefficients, lower: value, upper: value)
    }

    /// Whether any variable is integer (a scan of every variable: compute it once, not in a loop).
    public var hasIntegers: Bool { variables.contains { $0.isInteger } }

    /// The objective's value at `values` (including the offset).
    public func objectiveValue(_ values: [Double]) -> Double {
        zip(variables, values).reduce(objectiveOffset) { $0 + $1.0.objective * $1.1 }
    }

    /// Each constraint's activity `a·x` at `values`.
    public func activities(_ values: [Double]) -> [Double] {
        constraints.map { row in row.terms.reduce(0) { $0 + $1.value * values[$1.index] } }
    }

    /// The largest violation of any bound, row or integrality at `values`, in absolute terms.
    public func maximumViolation(_ values: [Double], integrality: Bool = true) -> Double {
        var worst = 0.0
        for (variable, value) in zip(variables, values) {
            worst = max(worst, variable.lower - value, value - variable.upper)
            if integrality && variable.isInteger { worst = max(worst, abs(value - value.rounded())) }
        }
        for (row, activity) in zip(constraints, activities(values)) {
            worst = max(worst, row.lower - activity, activity - row.upper)
        }
        return worst
    }

    /// Rejects what no solver can work with: NaN anywhere, a lower bound above an upper bound, a bound of
    /// +∞ as a lower bound (or −∞ as an upper one), an index out of range.
    public func validate() throws(LPError) {
        for variable in variables {
            if variable.lower.isNaN || variable.upper.isNaN || variable.objective.isNaN || !variable.objective.isFinite
            {
                throw .invalidModel("variable \(variable.name) has a NaN or infinite number in its bounds or cost")
            }
            if variable.lower > variable.upper {
                throw .invalidModel(
                    "variable \(variable.name) has lower bound \(variable.lower) above its upper bound \(variable.upper)"
                )
            }
            if variable.lower == .infinity || variable.upper == -.infinity {
                throw .invalidModel("variable \(variable.name) has an impossible infinite bound")
            }
        }
        for row in constraints {
            if row.lower.isNaN || row.upper.isNaN { throw .invalidModel("constraint \(row.name) has a NaN bound") }
            if row.lower > row.upper {
                throw .invalidModel(
                    "constraint \(row.name) has lower side \(row.lower) above its upper side \(row.upper)")
            }
            if row.lower == .infinity || row.upper == -.infinity {
                throw .invalidModel("constraint \(row.name) has an impossible infinite side")
            }
            for term in row.terms {
                if !(0..<variables.count).contains(term.index) {
                    throw .invalidModel("constraint \(row.name) refers to variable \(term.index), which does not exist")
                }
                if !term.value.isFinite {
                    throw .invalidModel("constraint \(row.name) has a NaN or infinite coefficient")
                }
            }
        }
        if !objectiveOffset.isFinite { throw .invalidModel("the objective constant is not a finite number") }
    }
}

/// What can go wrong before a model is solved.
public enum LPError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidModel(String)
    /// A malformed MPS file: the line number (from 1) and what is wrong.
    case mps(line: Int, message: String)

    public var description: String {
        switch self {
        case .invalidModel(let message): "The model cannot be solved: \(message)."
        case .mps(let line, let message): "MPS line \(line): \(message)."
        }
    }
}
