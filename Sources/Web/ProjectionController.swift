import Foundation
import HTTPTypes
import Hummingbird
import LinearProgramming
import NIOCore
import Pages
import Persistence
import Workforce

/// The workforce projection: the form, saved projections and their downloads, and the projections API.
struct ProjectionController<Context: RemoteAddressRequestContext> {
    let snapshot: CatalogueSnapshot
    let store: Store
    let pool: ComputePool
    let saves: SaveGuard

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.projectionStart.pattern)) { request, _ in
            try request.rejectQuery()
            let token = request.crossSiteToken
            var response = html(
                ProjectionFormPage(catalogue: snapshot.catalogue, csrfToken: token.token).render().byteBuffer)
            response.setCrossSiteCookie(token)
            return response
        }
        router.post(RouterPath(SiteRoute.Endpoint.projectionStart.pattern)) { request, context in
            let catalogue = snapshot.catalogue
            let pairs = try Request.formPairs(
                try await request.bodyText(limit: RequestLimits.projectionBodyBytes, seconds: saves.limits.bodySeconds),
                source: "The form could not be read"
            ).filter { $0.name != CrossSiteToken.field }
            let roles = catalogue.projection?.roles.map(\.role) ?? []
            let commissioning = ProjectionScenario.wantsCommissioning(pairs)
            let outcome: Result<ProjectionReport, WorkforceError>
            do {
                let scenario = try ProjectionScenario(form: pairs, roles: roles)
                try await saves.countWrite(client: saves.client(of: request, context: context))
                outcome = try await pool.run { deadline in
                    Result { () throws(WorkforceError) in
                        let planner = ProjectionPlanner(catalogue: catalogue, deadline: deadline, parallel: false)
                        return commissioning ? try planner.commission(scenario) : try planner.project(scenario)
                    }
                }
            } catch let error as WorkforceError {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let report):
                let saved = try await store.save(report)
                return Response(
                    status: .seeOther, headers: [.location: SiteRoute.projection(saved.id).path],
                    body: .init(byteBuffer: ByteBuffer()))
            case .failure(let error):
                let problem: (field: String?, message: String)
                switch error {
                case .invalidProjection(let field, let message): problem = (field, message)
                case .timedOut: problem = (nil, error.description)
                default: throw error
                }
                var values: [String: String] = [:]
                for pair in pairs { values[pair.name] = pair.value }
                let token = request.crossSiteToken
                let page = ProjectionFormPage(
                    catalogue: catalogue, values: values, problem: problem, csrfToken: token.token)
                var response = Response(
                    status: .unprocessableContent, headers: [.contentType: "text/html; charset=utf-8"],
                    body: .init(byteBuffer: page.render().byteBuffer))
                response.setCrossSiteCookie(token)
                return response
            }
        }
        router.get(RouterPath(SiteRoute.Endpoint.projectionCompare.pattern)) { request, _ in
            var ids: [String] = []
            for (name, value) in try request.queryPairs() {
                guard name == "ids" else {
                    throw WorkforceError.unknownFilterValue(parameter: "the query", value: name, allowed: ["ids"])
                }
                // Accept a pasted link as well as a bare id.
                let id = String(value.split(separator: "/").last ?? "").trimmingCharacters(in: .whitespaces)
                if !id.isEmpty && !ids.contains(id) { ids.append(id) }
            }
            guard (2...4).contains(ids.count) else {
                throw AppError(
                    status: .badRequest, title: "Choose two to four projections",
                    detail: "Compare needs two to four saved projections; you gave \(ids.count). Paste another "
                        + "projection's link on a projection page.")
            }
            var projections: [(id: String, report: ProjectionReport)] = []
            for id in ids {
                guard let saved = try await store.projection(id: id) else {
                    throw AppError(
                        status: .notFound, title: "Projection not found",
                        detail:
                            "No saved projection has the id \"\(id.shown)\". Check that the link was copied in full.")
                }
                projections.append((saved.id, saved.report))
            }
            var response = html(
                ProjectionComparePage(catalogue: snapshot.catalogue, projections: projections).render().byteBuffer)
            response.headers.append(contentsOf: HTTPFields.privateDocument)
            return response
        }
        router.get(RouterPath(SiteRoute.Endpoint.projection.pattern)) { request, context in
            try request.rejectQuery()
            let saved = try await saved(context)
            var response = html(
                ProjectionResultPage(
                    catalogue: snapshot.catalogue, id: saved.id, createdAt: saved.createdAt, report: saved.report
                ).render().byteBuffer)
            response.headers.append(contentsOf: HTTPFields.privateDocument)
            return response
        }
        router.get(RouterPath(SiteRoute.Endpoint.projectionExport.pattern)) { request, context in
            try request.rejectQuery()
            let formatName = try context.parameters.require("format")
            let saved = try await saved(context)
            let allowed = saved.report.commissioning == nil ? ["csv", "json"] : ["csv", "json", "mps"]
            guard let format = DesignExportFormat(rawValue: formatName), allowed.contains(formatName) else {
                throw WorkforceError.unknownFilterValue(
                    parameter: "the download format", value: formatName, allowed: allowed)
            }
            let body: ByteBuffer
            switch format {
            case .csv: body = ByteBuffer(string: ProjectionCSV.render(saved.report))
            case .json:
                body = ByteBuffer(
                    bytes: try APIRepresentation.projection(saved.report, id: saved.id, createdAt: saved.createdAt))
            case .mps:
                // Rebuilt from the saved scenario with the current catalogue, on the pool: a board-level model is
                // tens of thousands of rows, so each download also counts against the address's hourly limit.
                try await saves.countWrite(client: saves.client(of: request, context: context))
                let (catalogue, scenario) = (snapshot.catalogue, saved.report.scenario)
                // A plan saved before the lookahead, ramps and capacities is rebuilt with them, and says so.
                let older = saved.report.commissioning?.lookahead == nil
                let model: String
                do {
                    model = try await pool.run { _ in
                        MPS.write(try ProjectionPlanner(catalogue: catalogue).commissioningModel(scenario))
                    }
                } catch let error as WorkforceError where older {
                    throw WorkforceError.invalidProjection(
                        field: "mps",
                        message: "This plan was saved before Skillmix kept ramps, capacities and the years after the "
                            + "horizon, and its scenario cannot be planned under them: \(error.description)")
                }
                body = ByteBuffer(
                    string: older
                        ? "* Rebuilt from the saved scenario with today's formulation (lookahead, ramps, capacities);\n"
                            + "* its optimum differs from the saved plan's.\n" + model
                        : model)
            }
            var headers: HTTPFields = [
                .contentType: format.contentType,
                .contentDisposition: "attachment; filename=\"skillmix-projection.\(format.rawValue)\"",
            ]
            headers.append(contentsOf: HTTPFields.privateDocument)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
    }

    private func saved(_ context: Context) async throws -> SavedProjection {
        guard let saved = try await store.projection(id: try context.parameters.require("id")) else {
            throw AppError.projectionNotFound
        }
        return saved
    }
}

extension AppError {
    static let projectionNotFound = AppError(
        status: .notFound, title: "Projection not found",
        detail: "No saved projection has this address. Check that the link was copied in full.")
}
