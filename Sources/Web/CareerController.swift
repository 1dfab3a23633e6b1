import Foundation
import Hummingbird
import NIOCore
import Pages
import Workforce

/// The career map: where to start, the route planner, the map with its insights, and their API.
struct CareerController<Context: RequestContext> {
    let snapshot: CatalogueSnapshot

    func register(with router: Router<Context>) {
        router.get(RouterPath(SiteRoute.Endpoint.careerStart.pattern)) { request, _ in
            try request.rejectQuery()
            return html(snapshot.cached("/careers") { CareerStartPage(catalogue: $0).render().byteBuffer })
        }
        router.get(RouterPath(SiteRoute.Endpoint.careerQuestions.pattern)) { request, _ in
            let catalogue = snapshot.catalogue
            var answers = StartingAnswers()
            var problem: (field: String?, message: String)?
            do {
                answers = try StartingAnswers(pairs: try request.queryPairs(), roles: catalogue.roles.map(\.id))
                if !answers.isEmpty, let missing = answers.firstUnanswered {
                    problem = (missing.field.rawValue, missing.message + ".")
                }
            } catch let error as WorkforceError {
                guard case .unknownFilterValue(let parameter, _, _) = error else { throw error }
                problem = (StartingAnswers.Field(rawValue: parameter) == nil ? nil : parameter, error.description)
            }
            guard problem == nil else {
                let page = CareerQuestionsPage(catalogue: catalogue, answers: answers, advice: nil, problem: problem)
                return Response(
                    status: .unprocessableContent, headers: [.contentType: "text/html; charset=utf-8"],
                    body: .init(byteBuffer: page.render().byteBuffer))
            }
            return html(
                snapshot.cached(SiteRoute.careerQuestions(answers).path) { catalogue in
                    CareerQuestionsPage(
                        catalogue: catalogue, answers: answers,
                        advice: answers.isComplete ? StartingAdvice(answers: answers, catalogue: catalogue) : nil
                    ).render().byteBuffer
                })
        }
        router.get(RouterPath(SiteRoute.Endpoint.careerMap.pattern)) { request, _ in
            let pairs = try request.queryPairs()
            if let stray = pairs.first(where: { $0.name != "from" }) {
                throw WorkforceError.unknownFilterValue(parameter: "the query", value: stray.name, allowed: ["from"])
            }
            let from = pairs.last { $0.name == "from" && !$0.value.isEmpty }?.value
            return html(
                try snapshot.cached(SiteRoute.careerMap(from: from).path) { catalogue in
                    let place = try from.map { id throws(WorkforceError) in
                        try RouteFinder(catalogue: catalogue).place(id)
                    }
                    return CareerMapPage(catalogue: catalogue, from: place).render().byteBuffer
                })
        }
        router.get(RouterPath(SiteRoute.Endpoint.careerPlan.pattern)) { request, _ in
            let query = try request.routeQuery()
            return html(
                try snapshot.cached(SiteRoute.careerPlan(query).path) { catalogue in
                    try planPage(query, catalogue: catalogue).byteBuffer
                }
            )
        }
    }

    /// The planner page: the form alone, or with routes, or with a clear problem when there is no route.
    private func planPage(_ query: RouteQuery, catalogue: Catalogue) throws -> String {
        guard query.from != nil || query.to != nil else {
            return RoutePlanPage(catalogue: catalogue, query: query, plans: nil, problem: nil).render()
        }
        let outcome: Result<RoutePlans, WorkforceError>
        do {
            outcome = .success(try RouteFinder(catalogue: catalogue).plans(for: query))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let plans):
            return RoutePlanPage(catalogue: catalogue, query: query, plans: plans, problem: nil).render()
        case .failure(let error):
            switch error {
            case .noRoute, .sameStartAndTarget, .missingParameter:
                // A fair question with no answer in the data: say so on the form, so the person can change it.
                return RoutePlanPage(catalogue: catalogue, query: query, plans: nil, problem: error.description)
                    .render()
            default:
                throw error
            }
        }
    }
}
