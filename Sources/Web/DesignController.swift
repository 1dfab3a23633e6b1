import Foundation
import HTTPTypes
import Hummingbird
import LinearProgramming
import Logging
import NIOCore
import Pages
import Persistence
import Workforce

/// The team designer: the form, saved designs and their downloads, and the designs API.
struct DesignController<Context: RemoteAddressRequestContext> {
    let snapshot: CatalogueSnapshot
    let store: Store
    let pool: ComputePool
    let saves: SaveGuard

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.designStart.pattern)) { request, _ in
            try request.rejectQuery()
            return html(snapshot.cached("/design") { DesignStartPage(catalogue: $0).render().byteBuffer })
        }
        router.get(RouterPath(SiteRoute.Endpoint.designForm.pattern)) { request, context in
            let catalogue = snapshot.catalogue
            let model = try TeamDesigner(catalogue: catalogue).requireModel(
                .init(rawValue: try context.parameters.require("service")))
            var input: DesignInput?
            for (name, value) in try request.queryPairs() {
                guard name == "from" else {
                    throw WorkforceError.unknownFilterValue(parameter: "the query", value: name, allowed: ["from"])
                }
                guard let saved = try await store.design(id: value), saved.design.service == model.id else {
                    throw AppError.designNotFound
                }
                input = saved.design.input
            }
            let token = request.crossSiteToken
            var response = html(
                DesignFormPage(
                    catalogue: catalogue, model: model, input: input, csrfToken: token.token,
                    reference: await referenceComparison(model.id, logger: context.logger),
                    sensitive: await sensitiveDefaults(model.id, logger: context.logger)
                ).render().byteBuffer)
            response.setCrossSiteCookie(token)
            // A form filled in from a saved design shows that design's inputs: as private as the design.
            if input != nil { response.headers.append(contentsOf: HTTPFields.privateDocument) }
            return response
        }
        router.post(RouterPath(SiteRoute.Endpoint.designForm.pattern)) { request, context in
            let catalogue = snapshot.catalogue
            let designer = TeamDesigner(catalogue: catalogue)
            let model = try designer.requireModel(.init(rawValue: try context.parameters.require("service")))
            let text = try await request.bodyText(
                limit: RequestLimits.designBodyBytes, seconds: saves.limits.bodySeconds)
            let pairs = try Request.formPairs(text, source: "The form could not be read")
                .filter { $0.name != CrossSiteToken.field }
            var values: [String: String] = [:]
            for pair in pairs where DesignInput.FormField.unavailableRole(pair) == nil {
                values[pair.name] = pair.value
            }
            let unavailable = pairs.compactMap(DesignInput.FormField.unavailableRole)
            let outcome: Result<(TeamDesign, String), WorkforceError>
            do {
                let input = try DesignInput(form: pairs, model: model)
                try await saves.countWrite(client: saves.client(of: request, context: context))
                outcome = try await pool.run { deadline in
                    Result { () throws(WorkforceError) in
                        let result = try TeamDesigner(catalogue: catalogue, deadline: deadline).designAndModel(input)
                        return (result.design, MPS.write(result.model))
                    }
                }
            } catch let error as WorkforceError {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let (design, mps)):
                let saved = try await store.save(design, model: mps)
                return Response(
                    status: .seeOther, headers: [.location: SiteRoute.design(saved.id).path],
                    body: .init(byteBuffer: ByteBuffer()))
            case .failure(let error):
                var field: String?
                var conflicts: [String] = []
                var message = error.description
                switch error {
                case .invalidDesign(let name, let text):
                    field = name
                    message = text
                case .infeasibleDesign(let list):
                    conflicts = list
                    message = "No team can meet all of your rules at once. Relax one of them and try again."
                case .designNotFound, .timedOut:
                    break
                default:
                    throw error
                }
                var input = DesignInput(service: model.id)
                input.unavailable = unavailable
                let token = request.crossSiteToken
                let page = DesignFormPage(
                    catalogue: catalogue, model: model, input: input,
                    values: values.merging(input.formValues(model: model)) { entered, _ in entered },
                    problem: (field, message), conflicts: conflicts, csrfToken: token.token)
                var response = Response(
                    status: .unprocessableContent, headers: [.contentType: "text/html; charset=utf-8"],
                    body: .init(byteBuffer: page.render().byteBuffer))
                response.setCrossSiteCookie(token)
                return response
            }
        }
        router.get(RouterPath(SiteRoute.Endpoint.design.pattern)) { request, context in
            try request.rejectQuery()
            guard let saved = try await store.design(id: try context.parameters.require("id")) else {
                throw AppError.designNotFound
            }
            let page = DesignResultPage(
                catalogue: snapshot.catalogue, id: saved.id, createdAt: saved.createdAt, design: saved.design)
            var response = html(page.render().byteBuffer)
            response.headers.append(contentsOf: HTTPFields.privateDocument)
            return response
        }
        router.get(RouterPath(SiteRoute.Endpoint.designExport.pattern)) { request, context in
            try request.rejectQuery()
            let id = try context.parameters.require("id")
            let formatName = try context.parameters.require("format")
            guard let format = DesignExportFormat(rawValue: formatName) else {
                throw WorkforceError.unknownFilterValue(
                    parameter: "the download format", value: formatName,
                    allowed: DesignExportFormat.allCases.map(\.rawValue))
            }
            guard let saved = try await store.design(id: id) else { throw AppError.designNotFound }
            let body: ByteBuffer
            switch format {
            case .csv: body = ByteBuffer(string: DesignCSV.render(saved.design))
            case .json: body = ByteBuffer(bytes: try APIRepresentation.design(saved.design, saved: saved))
            case .mps:
                guard let model = try await store.designModel(id: id) else { throw AppError.designNotFound }
                body = ByteBuffer(string: model)
            }
            var headers: HTTPFields = [
                .contentType: format.contentType,
                .contentDisposition:
                    "attachment; filename=\"skillmix-design-\(saved.design.service).\(format.rawValue)\"",
            ]
            headers.append(contentsOf: HTTPFields.privateDocument)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
    }
}

extension DesignController {
    /// The model's default design beside its reference team.
    func referenceComparison(_ id: ServiceModel.ID, logger: Logger) async -> ReferenceComparison? {
        await workedOnPool("reference \(id)", otherwise: nil, logger: logger) { try $0.referenceComparison(id) }
    }

    /// The three defaults that move the model's default team most.
    func sensitiveDefaults(_ id: ServiceModel.ID, logger: Logger) async -> [DefaultSensitivity] {
        await workedOnPool("sensitivity \(id)", otherwise: [], logger: logger) { try $0.mostSensitiveDefaults(id) }
    }

    /// Figures a model's page shows that need solves: worked out on the compute pool once per catalogue revision,
    /// or `otherwise` (and the page goes without them) if they cannot be worked out now.
    private func workedOnPool<Value: Sendable>(
        _ key: String, otherwise: Value, logger: Logger,
        _ work: @escaping @Sendable (TeamDesigner) throws -> Value
    ) async -> Value {
        do {
            return try await snapshot.worked(key) { catalogue in
                try await pool.run { deadline in try work(TeamDesigner(catalogue: catalogue, deadline: deadline)) }
            }
        } catch {
            logger.warning("\(key) could not be worked out: \(error)")
            return otherwise
        }
    }
}

extension AppError {
    static let designNotFound = AppError(
        status: .notFound, title: "Design not found",
        detail: "No saved design has this address. Check that the link was copied in full; a design's address "
            + "is 26 letters and digits after /designs/.")
}
