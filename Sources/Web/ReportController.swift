import Foundation
import Hummingbird
import NIOCore
import Pages
import Persistence
import Workforce

/// Anyone's reports of problems with facts, and editors resolving them.
struct ReportController {
    let store: Store
    let snapshot: CatalogueSnapshot
    let limits: RequestLimits

    /// Reports one address may send in an hour (counted in the database, so across instances).
    static let reportsPerHour = 10

    func register(with router: Router<AppRequestContext>, editor: RouterGroup<AppRequestContext>) {
        let saves = SaveGuard(store: store, limits: limits)
        router.get(RouterPath(SiteRoute.Endpoint.reportProblem.pattern)) { request, context in
            let role = try snapshot.catalogue.requireRole(.init(rawValue: context.parameters.get("id") ?? ""))
            return EditorController.page(request) { ReportProblemPage(role: role, csrfToken: $0).render() }
        }
        router.post(RouterPath(SiteRoute.Endpoint.reportProblem.pattern)) { request, context in
            let role = try snapshot.catalogue.requireRole(.init(rawValue: context.parameters.get("id") ?? ""))
            let form = try await EditorController.form(request, limits)
            let read: (fact: Fact, text: String, source: String?)
            switch Result(catching: { () throws(ProblemReport.FormError) in try ProblemReport.read(form: form) }) {
            case .success(let value): read = value
            case .failure(let error):
                return EditorController.page(request, status: .unprocessableContent) {
                    ReportProblemPage(role: role, csrfToken: $0, values: form, problem: (error.field, error.message))
                        .render()
                }
            }
            try await saves.count(
                client: "report:" + saves.client(of: request, context: context), perHour: Self.reportsPerHour,
                what: "reports", things: "reports")
            _ = try await store.saveReport(role: role.id, fact: read.fact, text: read.text, source: read.source)
            return EditorController.page(request) { ReportProblemPage(role: role, csrfToken: $0, sent: true).render() }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.editorReports.pattern)) { request, context in
            _ = try EditorController.require(context, Account.Role.allCases)
            let reports = try await store.reports(status: .open)
            let names = Dictionary(snapshot.catalogue.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return EditorController.page(request) { _ in EditorReportsPage(reports: reports, roleNames: names).render()
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.resolveReport.pattern)) { request, context in
            _ = try EditorController.require(context, Account.Role.allCases)
            let report = try await openReport(context)
            let name = snapshot.catalogue.role(report.role)?.name ?? report.role.rawValue
            return EditorController.page(request) {
                ResolveReportPage(report: report, roleName: name, csrfToken: $0).render()
            }
        }
        editor.post(RouterPath(SiteRoute.Endpoint.resolveReport.pattern)) { request, context in
            let account = try EditorController.require(context, Account.Role.allCases)
            let report = try await openReport(context)
            let form = try await EditorController.form(request, limits)
            let outcome = form[ProblemReport.FormField.outcome].flatMap(ProblemReport.Status.init(rawValue:))
            let resolution = (form[ProblemReport.FormField.resolution] ?? "").trimmingCharacters(
                in: .whitespacesAndNewlines)
            var problem: (field: String?, message: String)?
            if outcome == nil || outcome == .open {
                problem = (ProblemReport.FormField.outcome, "Choose fixed or declined.")
            } else if resolution.isEmpty || resolution.count > ProblemReport.maximumText {
                problem = (
                    ProblemReport.FormField.resolution,
                    "Say what was done or why it was declined, in at most \(ProblemReport.maximumText) characters."
                )
            }
            if let problem {
                let name = snapshot.catalogue.role(report.role)?.name ?? report.role.rawValue
                return EditorController.page(request, status: .unprocessableContent) {
                    ResolveReportPage(report: report, roleName: name, csrfToken: $0, problem: problem).render()
                }
            }
            let status = outcome ?? .declined
            guard try await store.resolveReport(report.id, status: status, resolution: resolution, by: account.email)
            else { throw Self.noSuchReport }
            try await store.audit(
                actor: account.email, action: "\(status.rawValue) a problem report",
                subject: "\(report.role.rawValue) \(report.fact.rawValue)", detail: resolution)
            return EditorController.redirect(to: .editorReports)
        }
    }

    func openReport(_ context: AppRequestContext) async throws -> ProblemReport {
        guard let id = context.parameters.get("id"), Store.isPrivateID(id),
            let report = try await store.openReport(.init(rawValue: id))
        else { throw Self.noSuchReport }
        return report
    }

    static let noSuchReport = AppError(
        status: .notFound, title: "No such open report",
        detail: "That report does not exist, or an editor has already resolved it.")
}
