import Workforce

/// Every address of the site and the API. Views link with `path`; the web layer registers `Endpoint.pattern`.
public enum SiteRoute: Hashable, Sendable {
    case home
    case roles(RoleFilter)
    case role(Role.ID)
    /// Employers: what introducing the role takes.
    case introducing(Role.ID, BusinessCaseQuery = BusinessCaseQuery())
    /// "Where can I start?" as questions, and the answer to them.
    case careerQuestions(StartingAnswers = StartingAnswers())
    case compare([Role.ID])
    /// Anyone: the roles they keep (a cookie, no account); POST adds or removes one.
    case shortlist
    case sources
    case careerStart
    case careerPlan(RouteQuery)
    /// The career map: the first steps from every starting point, or every route onward from one place.
    case careerMap(from: String? = nil)
    /// The team designer's start: the service models to choose from.
    case designStart
    /// The design form for one service model.
    case designForm(String)
    /// A saved design, by its private id.
    case design(String)
    case designExport(String, DesignExportFormat)
    /// The projection form.
    case projectionStart
    /// A saved projection, by its private id.
    case projection(String)
    case projectionExport(String, DesignExportFormat)
    /// Saved projections side by side.
    case projectionCompare([String])
    case stylesheet
    /// The site's icon, so that browsers do not ask for a missing /favicon.ico.
    case favicon
    case healthz
    case metrics
    case api(API)
    /// The editors' home: what needs attention.
    case editorHome
    case signIn
    case signOut
    case changePassword
    /// Administrators: the accounts.
    case accounts
    /// Administrators: disable, enable or make a reset link for one account.
    case accountAction(String, AccountAction)
    /// Setting a new password from a one-time link.
    case passwordReset(String)
    /// Anyone: report a problem with a fact on a role's page.
    case reportProblem(Role.ID)
    /// Editors: open problem reports, and resolving one.
    case editorReports
    case resolveReport(String)
    /// Editors: the catalogue's files, or the facts of one file.
    case editorFacts(file: String?)
    /// Editors: one fact, its value, its open draft and its history.
    case editorFact(FactAddress)
    /// Editors: the form that drafts a change to a fact (GET with the fact; POST saves the draft).
    case editFact(FactAddress?)
    /// Editors: changes waiting for review or returned.
    case drafts
    case draft(String)
    /// The public page a draft changes, as it would look with the draft published.
    case draftPreview(String)
    /// Reviewers approve or return a draft; its author withdraws it.
    case draftAction(String, DraftAction)
    /// Editors: draft a revert of one published change (POST).
    case revertChange(String)
    /// Editors: facts that a newer bundled catalogue changed after we had changed them.
    case conflicts
    case conflictAction(String, ConflictAction)

    public enum DraftAction: String, Hashable, Sendable, CaseIterable {
        case approve, `return`, withdraw
    }

    public enum ConflictAction: String, Hashable, Sendable, CaseIterable {
        /// Keep our published value.
        case keep
        /// Take the bundled catalogue's value (published at once as a new revision).
        case take
    }

    public enum AccountAction: String, Hashable, Sendable, CaseIterable {
        case disable, enable
        case resetLink = "reset-link"
    }

    public enum API: Hashable, Sendable {
        case roles(RoleFilter)
        case role(Role.ID)
        /// An employer's pack for a role, with its business case.
        case introducing(Role.ID, BusinessCaseQuery = BusinessCaseQuery())
        case nextSteps(Role.ID)
        case start(StartingAnswers)
        case groups
        case entryPoints
        case sources
        case routes(from: String?)
        case paths(RouteQuery)
        case insights
        case serviceModels
        case serviceModel(String)
        case designs
        case design(String)
        case projections
        case projection(String)
        case commissioning
        case openAPI
        case openAPIYAML
    }

    /// The registration patterns, one per kind of address.
    public enum Endpoint: String, CaseIterable, Sendable {
        case home, roles, role, introducing, compare, shortlist, sources, careerStart, careerQuestions, careerPlan,
            careerMap,
            stylesheet, favicon,
            healthz,
            metrics
        case designStart, designForm, design, designExport, projectionStart, projection, projectionExport
        case projectionCompare
        case apiRoles, apiRole, apiIntroducing, apiNextSteps, apiStart, apiGroups, apiEntryPoints, apiSources,
            apiRoutes,
            apiPaths, apiInsights, apiOpenAPI, apiOpenAPIYAML
        case apiServiceModels, apiServiceModel, apiDesigns, apiDesign, apiProjections, apiProjection, apiCommissioning
        case editorHome, signIn, signOut, changePassword, accounts, accountAction, passwordReset
        case reportProblem, editorReports, resolveReport
        case editorFacts, editorFact, editFact, drafts, draft, draftPreview, draftAction, revertChange, conflicts
        case conflictAction

        public var pattern: String {
            switch self {
            case .home: "/"
            case .roles: "/roles"
            case .role: "/roles/:id"
            case .introducing: "/roles/:id/introducing"
            case .compare: "/compare"
            case .shortlist: "/shortlist"
            case .sources: "/sources"
            case .careerStart: "/careers"
            case .careerQuestions: "/careers/questions"
            case .careerPlan: "/careers/plan"
            case .careerMap: "/careers/map"
            case .designStart: "/design"
            case .designForm: "/design/:service"
            case .design: "/designs/:id"
            case .designExport: "/designs/:id/export/:format"
            case .projectionStart: "/projections/new"
            case .projectionCompare: "/projections/compare"
            case .projection: "/projections/:id"
            case .projectionExport: "/projections/:id/export/:format"
            case .stylesheet: "/assets/skillmix.css"
            case .favicon: "/assets/favicon.svg"
            case .healthz: "/healthz"
            case .metrics: "/metrics"
            case .apiRoles: "/api/v1/roles"
            case .apiRole: "/api/v1/roles/:id"
            case .apiIntroducing: "/api/v1/roles/:id/introducing"
            case .apiNextSteps: "/api/v1/roles/:id/next-steps"
            case .apiStart: "/api/v1/start"
            case .apiGroups: "/api/v1/groups"
            case .apiEntryPoints: "/api/v1/entry-points"
            case .apiSources: "/api/v1/sources"
            case .apiRoutes: "/api/v1/routes"
            case .apiPaths: "/api/v1/paths"
            case .apiInsights: "/api/v1/insights"
            case .apiOpenAPI: "/api/v1/openapi.json"
            case .apiOpenAPIYAML: "/api/v1/openapi.yaml"
            case .apiServiceModels: "/api/v1/service-models"
            case .apiServiceModel: "/api/v1/service-models/:id"
            case .apiDesigns: "/api/v1/designs"
            case .apiDesign: "/api/v1/designs/:id"
            case .apiProjections: "/api/v1/projections"
            case .apiProjection: "/api/v1/projections/:id"
            case .apiCommissioning: "/api/v1/commissioning"
            case .editorHome: "/editor"
            case .signIn: "/editor/sign-in"
            case .signOut: "/editor/sign-out"
            case .changePassword: "/editor/password"
            case .accounts: "/editor/accounts"
            case .accountAction: "/editor/accounts/:id/:action"
            case .passwordReset: "/editor/reset/:token"
            case .reportProblem: "/roles/:id/report"
            case .editorReports: "/editor/reports"
            case .resolveReport: "/editor/reports/:id"
            case .editorFacts: "/editor/facts"
            case .editorFact: "/editor/fact"
            case .editFact: "/editor/edit"
            case .drafts: "/editor/drafts"
            case .draft: "/editor/drafts/:id"
            case .draftPreview: "/editor/drafts/:id/preview"
            case .draftAction: "/editor/drafts/:id/:action"
            case .revertChange: "/editor/changes/:id/revert"
            case .conflicts: "/editor/conflicts"
            case .conflictAction: "/editor/conflicts/:id/:action"
            }
        }

        public var isAPI: Bool { pattern.hasPrefix("/api/") }
    }

    public var endpoint: Endpoint {
        switch self {
        case .home: .home
        case .roles: .roles
        case .role: .role
        case .introducing: .introducing
        case .compare: .compare
        case .shortlist: .shortlist
        case .sources: .sources
        case .careerStart: .careerStart
        case .careerQuestions: .careerQuestions
        case .careerPlan: .careerPlan
        case .careerMap: .careerMap
        case .designStart: .designStart
        case .designForm: .designForm
        case .design: .design
        case .designExport: .designExport
        case .projectionStart: .projectionStart
        case .projectionCompare: .projectionCompare
        case .projection: .projection
        case .projectionExport: .projectionExport
        case .stylesheet: .stylesheet
        case .favicon: .favicon
        case .healthz: .healthz
        case .metrics: .metrics
        case .api(.roles): .apiRoles
        case .api(.role): .apiRole
        case .api(.introducing): .apiIntroducing
        case .api(.nextSteps): .apiNextSteps
        case .api(.start): .apiStart
        case .api(.groups): .apiGroups
        case .api(.entryPoints): .apiEntryPoints
        case .api(.sources): .apiSources
        case .api(.routes): .apiRoutes
        case .api(.paths): .apiPaths
        case .api(.insights): .apiInsights
        case .api(.openAPI): .apiOpenAPI
        case .api(.openAPIYAML): .apiOpenAPIYAML
        case .api(.serviceModels): .apiServiceModels
        case .api(.serviceModel): .apiServiceModel
        case .api(.designs): .apiDesigns
        case .api(.design): .apiDesign
        case .api(.projections): .apiProjections
        case .api(.projection): .apiProjection
        case .api(.commissioning): .apiCommissioning
        case .editorHome: .editorHome
        case .signIn: .signIn
        case .signOut: .signOut
        case .changePassword: .changePassword
        case .accounts: .accounts
        case .accountAction: .accountAction
        case .passwordReset: .passwordReset
        case .reportProblem: .reportProblem
        case .editorReports: .editorReports
        case .resolveReport: .resolveReport
        case .editorFacts: .editorFacts
        case .editorFact: .editorFact
        case .editFact: .editFact
        case .drafts: .drafts
        case .draft: .draft
        case .draftPreview: .draftPreview
        case .draftAction: .draftAction
        case .revertChange: .revertChange
        case .conflicts: .conflicts
        case .conflictAction: .conflictAction
        }
    }

    /// The path with its query string, percent-encoded.
    public var path: String {
        switch self {
        case .roles(let filter): Self.withQuery(Endpoint.roles.pattern, filter.parameters)
        case .role(let id): "/roles/\(Self.encode(id.rawValue))"
        case .introducing(let id, let query):
            Self.withQuery("/roles/\(Self.encode(id.rawValue))/introducing", query.queryItems)
        case .api(.introducing(let id, let query)):
            Self.withQuery("/api/v1/roles/\(Self.encode(id.rawValue))/introducing", query.queryItems)
        case .api(.nextSteps(let id)): "/api/v1/roles/\(Self.encode(id.rawValue))/next-steps"
        case .careerQuestions(let answers): Self.withQuery(Endpoint.careerQuestions.pattern, answers.parameters)
        case .careerMap(let from): Self.withQuery(Endpoint.careerMap.pattern, from.map { [("from", $0)] } ?? [])
        case .api(.start(let answers)): Self.withQuery(Endpoint.apiStart.pattern, answers.parameters)
        case .compare(let ids): Self.withQuery(Endpoint.compare.pattern, ids.map { ("roles", $0.rawValue) })
        case .api(.roles(let filter)): Self.withQuery(Endpoint.apiRoles.pattern, filter.parameters)
        case .api(.role(let id)): "/api/v1/roles/\(Self.encode(id.rawValue))"
        case .careerPlan(let query): Self.withQuery(Endpoint.careerPlan.pattern, query.parameters)
        case .api(.paths(let query)): Self.withQuery(Endpoint.apiPaths.pattern, query.parameters)
        case .api(.routes(let from)): Self.withQuery(Endpoint.apiRoutes.pattern, from.map { [("from", $0)] } ?? [])
        case .designForm(let id): "/design/\(Self.encode(id))"
        case .design(let id): "/designs/\(Self.encode(id))"
        case .designExport(let id, let format): "/designs/\(Self.encode(id))/export/\(format.rawValue)"
        case .api(.serviceModel(let id)): "/api/v1/service-models/\(Self.encode(id))"
        case .api(.design(let id)): "/api/v1/designs/\(Self.encode(id))"
        case .projectionCompare(let ids): Self.withQuery(Endpoint.projectionCompare.pattern, ids.map { ("ids", $0) })
        case .projection(let id): "/projections/\(Self.encode(id))"
        case .projectionExport(let id, let format): "/projections/\(Self.encode(id))/export/\(format.rawValue)"
        case .api(.projection(let id)): "/api/v1/projections/\(Self.encode(id))"
        case .accountAction(let id, let action): "/editor/accounts/\(Self.encode(id))/\(action.rawValue)"
        case .passwordReset(let token): "/editor/reset/\(Self.encode(token))"
        case .reportProblem(let id): "/roles/\(Self.encode(id.rawValue))/report"
        case .resolveReport(let id): "/editor/reports/\(Self.encode(id))"
        case .editorFacts(let file): Self.withQuery(Endpoint.editorFacts.pattern, file.map { [("file", $0)] } ?? [])
        case .editorFact(let fact): Self.withQuery(Endpoint.editorFact.pattern, [("fact", fact.description)])
        case .editFact(let fact):
            Self.withQuery(Endpoint.editFact.pattern, fact.map { [("fact", $0.description)] } ?? [])
        case .draft(let id): "/editor/drafts/\(Self.encode(id))"
        case .draftPreview(let id): "/editor/drafts/\(Self.encode(id))/preview"
        case .draftAction(let id, let action): "/editor/drafts/\(Self.encode(id))/\(action.rawValue)"
        case .revertChange(let id): "/editor/changes/\(Self.encode(id))/revert"
        case .conflictAction(let id, let action): "/editor/conflicts/\(Self.encode(id))/\(action.rawValue)"
        default: endpoint.pattern
        }
    }

    private static func withQuery(_ path: String, _ parameters: [(name: String, value: String)]) -> String {
        guard !parameters.isEmpty else { return path }
        return path + "?" + parameters.map { "\(encode($0.name))=\(encode($0.value))" }.joined(separator: "&")
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986), so ids and search text are safe in a URL.
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(Character(UnicodeScalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

/// The files a saved design can be downloaded as.
public enum DesignExportFormat: String, Hashable, Sendable, CaseIterable {
    case csv, json, mps

    public var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json"
        case .mps: "text/plain; charset=utf-8"
        }
    }

    public var label: String {
        switch self {
        case .csv: "CSV (for a spreadsheet)"
        case .json: "JSON (inputs and results)"
        case .mps: "MPS (the optimisation model, for any LP solver)"
        }
    }
}
