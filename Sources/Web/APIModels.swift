import Pages
import Workforce

// Hand-written shapes of the operations not yet served through the protocol generated from openapi.yaml
// (see Sources/API/README.md); each moves to the generated types with its operation.

struct ListResponse<Item: Encodable & Sendable>: Encodable, Sendable {
    var catalogueVersion: String
    var count: Int
    var data: [Item]

    init(catalogue: Catalogue, data: [Item]) {
        catalogueVersion = catalogue.stamp.version
        count = data.count
        self.data = data
    }
}

/// A role's training as the introducing answer shows it.
struct TrainingDTO: Encodable, Sendable {
    var programme: String
    var level: String?
    var months: Int?
    var salaried: Bool?
    var providers: [String]

    init(_ training: Training) {
        programme = training.programme
        level = training.level
        months = training.months
        salaried = training.salaried
        providers = training.providers
    }
}
