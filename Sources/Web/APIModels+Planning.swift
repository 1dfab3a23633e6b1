import Foundation
import Pages
import Persistence
import Workforce

/// A service model as the API shows it: its interventions, staff and rules, with every default's provenance.
struct ServiceModelDTO: Encodable, Sendable {
    var id: String
    var name: String
    var summary: String
    var demandUnit: String
    var population: PopulationDemand?
    var interventions: [Intervention]
    var staff: [StaffRole]
    var fixedPosts: [FixedPost]
    var rules: [CompositionRule]
    var sources: [Source.ID]
    var notes: [String]
    var designPage: String

    init(_ model: ServiceModel) {
        id = model.id.rawValue
        name = model.name
        summary = model.summary
        demandUnit = model.demandUnit
        population = model.population
        interventions = model.interventions
        staff = model.staff
        fixedPosts = model.fixedPosts
        rules = model.rules
        sources = model.sources
        notes = model.notes
        designPage = SiteRoute.designForm(model.id.rawValue).path
    }
}

/// A design as the API returns it: the saved design's id and links, and the design itself.
struct DesignDTO: Encodable, Sendable {
    struct Links: Encodable, Sendable {
        var page: String
        var api: String
        var csv: String
        var json: String
        var mps: String
    }

    /// Nil for a design that was not saved (the CLI).
    var id: String?
    var createdAt: String?
    var links: Links?
    var catalogueVersion: String
    var design: TeamDesign

    init(_ design: TeamDesign, saved: SavedDesign?) {
        id = saved?.id
        createdAt = saved?.createdAt
        links = saved.map { saved in
            Links(
                page: SiteRoute.design(saved.id).path, api: SiteRoute.api(.design(saved.id)).path,
                csv: SiteRoute.designExport(saved.id, .csv).path, json: SiteRoute.designExport(saved.id, .json).path,
                mps: SiteRoute.designExport(saved.id, .mps).path)
        }
        catalogueVersion = design.catalogueVersion
        self.design = design
    }
}

extension APIRepresentation {
    public static func serviceModels(_ catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(
            ListResponse(catalogue: catalogue, data: catalogue.serviceModels.map(ServiceModelDTO.init)))
    }

    public static func serviceModel(_ model: ServiceModel) throws -> Data {
        try JSONEncoder.api.encode(ServiceModelDTO(model))
    }

    public static func design(_ design: TeamDesign, saved: SavedDesign? = nil) throws -> Data {
        try JSONEncoder.api.encode(DesignDTO(design, saved: saved))
    }
}

extension APIRepresentation {
    public static func projection(_ report: ProjectionReport, id: String? = nil, createdAt: String? = nil) throws
        -> Data
    {
        try JSONEncoder.api.encode(ProjectionDTO(report, id: id, createdAt: createdAt))
    }
}

/// A projection as the API returns it: the saved projection's id and links, and the report.
struct ProjectionDTO: Encodable, Sendable {
    struct Links: Encodable, Sendable {
        var page: String
        var api: String
        var csv: String
        var json: String
    }

    var id: String?
    var createdAt: String?
    var links: Links?
    var catalogueVersion: String
    var projection: ProjectionReport

    init(_ report: ProjectionReport, id: String?, createdAt: String?) {
        self.id = id
        self.createdAt = createdAt
        links = id.map { id in
            Links(
                page: SiteRoute.projection(id).path, api: SiteRoute.api(.projection(id)).path,
                csv: SiteRoute.projectionExport(id, .csv).path, json: SiteRoute.projectionExport(id, .json).path)
        }
        catalogueVersion = report.catalogueVersion
        projection = report
    }
}
