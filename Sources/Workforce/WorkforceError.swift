/// Errors a person can act on, thrown by the domain and mapped to HTTP problems and CLI messages at the edges.
public enum WorkforceError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownRole(Role.ID, known: [Role.ID])
    case unknownFilterValue(parameter: String, value: String, allowed: [String])
    case invalidNumber(parameter: String, value: String, expected: String)
    case comparisonNeedsTwoOrThree(count: Int)
    case duplicateRoleInComparison(Role.ID)
    case unknownPlace(String, known: [String])
    case sameStartAndTarget(String)
    case noRoute(from: String, to: String, reason: String)
    case missingParameter(String, hint: String)
    case unknownServiceModel(String, known: [String])
    case invalidDesign(field: String, message: String)
    /// No team can satisfy the rules together; each entry names one of the conflicting constraints.
    case infeasibleDesign(conflicts: [String])
    /// The optimiser stopped without an answer (a time or node limit).
    case designNotFound(String)
    /// A design or plan reached its time limit before it finished; `advice` says how to make it lighter.
    case timedOut(advice: String)
    case invalidProjection(field: String, message: String)

    public var description: String {
        switch self {
        case .unknownRole(let id, let known):
            "There is no role with the id \"\(id)\". Known ids: \(known.map(\.rawValue).joined(separator: ", "))."
        case .unknownFilterValue(let parameter, let value, let allowed):
            "\"\(value)\" is not a valid value for \(parameter). Use one of: \(allowed.joined(separator: ", "))."
        case .invalidNumber(let parameter, let value, let expected):
            "\"\(value)\" is not a valid value for \(parameter): expected \(expected)."
        case .comparisonNeedsTwoOrThree(let count):
            "Compare needs two or three roles; you gave \(count). Choose two or three roles."
        case .unknownPlace(let id, let known):
            "There is no role or starting point with the id \"\(id)\". Known ids: \(known.joined(separator: ", "))."
        case .sameStartAndTarget(let name):
            "You are already a \(name.lowercased()). Choose a different role to aim for."
        case .noRoute(let from, let to, let reason):
            "No route from \(from) to \(to) is known. \(reason)"
        case .missingParameter(let name, let hint):
            "\(name) is missing. \(hint)"
        case .unknownServiceModel(let id, let known):
            "There is no service model with the id \"\(id)\". Known ids: \(known.joined(separator: ", "))."
        case .invalidDesign(let field, let message):
            "\(field): \(message)"
        case .infeasibleDesign(let conflicts):
            "No team can meet all of these at once: "
                + conflicts.joined(separator: "; ")
                + ". Relax one of them (raise the budget, lift a limit or allow a role) and try again."
        case .invalidProjection(let field, let message):
            "\(field): \(message)"
        case .designNotFound(let reason):
            "The optimiser stopped before it found a design: \(reason)"
        case .timedOut(let advice):
            "This did not finish in the time allowed. \(advice)"
        case .duplicateRoleInComparison(let id):
            "\"\(id)\" is chosen more than once. Choose two or three different roles."
        }
    }
}
