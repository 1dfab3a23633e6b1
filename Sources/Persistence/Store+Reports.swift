import Foundation
import SQLKit
import Workforce

/// Reports of problems with facts, from anyone, and what editors did about them.
extension Store {
    private struct ReportRow: Codable {
        var id: String
        var role: String
        var fact: String
        var report: String
        var source: String?
        var created_at: String
        var status: String
        var resolution: String?
        var resolved_by: String?

        func problemReport() throws -> ProblemReport {
            guard let fact = Fact(rawValue: fact), let status = ProblemReport.Status(rawValue: status) else {
                throw StoreError.corruptRow(table: "problem_reports", id: id, reason: "unknown fact or status")
            }
            return ProblemReport(
                id: .init(rawValue: id), role: .init(rawValue: role), fact: fact, text: report, source: source,
                createdAt: created_at, status: status, resolution: resolution, resolvedBy: resolved_by)
        }
    }

    /// Stores a new, open report and returns it.
    public func saveReport(role: Role.ID, fact: Fact, text: String, source: String?) async throws -> ProblemReport {
        let row = ReportRow(
            id: Store.newPrivateID(), role: role.rawValue, fact: fact.rawValue, report: text, source: source,
            created_at: Store.timestamp(), status: ProblemReport.Status.open.rawValue, resolution: nil,
            resolved_by: nil)
        try await withConnection { db in try await db.insert(into: "problem_reports").model(row).run() }
        return try row.problemReport()
    }

    /// Reports with this status, oldest first (the longest waiting at the top).
    public func reports(status: ProblemReport.Status) async throws -> [ProblemReport] {
        try await withConnection { db in
            try await db.select().column("*").from("problem_reports").where("status", .equal, SQLBind(status.rawValue))
                .orderBy("created_at").limit(500).all(decoding: ReportRow.self).map { try $0.problemReport() }
        }
    }

    /// One open report, or nil when there is none with this id (or it has been resolved).
    public func openReport(_ id: ProblemReport.ID) async throws -> ProblemReport? {
        try await withConnection { db in
            try await db.select().column("*").from("problem_reports").where("id", .equal, SQLBind(id.rawValue))
                .where("status", .equal, SQLBind(ProblemReport.Status.open.rawValue))
                .first(decoding: ReportRow.self).map { try $0.problemReport() }
        }
    }

    public func openReportCount() async throws -> Int {
        try await withConnection { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("problem_reports")
                .where("status", .equal, SQLBind(ProblemReport.Status.open.rawValue)).first()
                .map { try $0.decode(column: "n", as: Int.self) } ?? 0
        }
    }

    /// Resolves an open report; false when there is no such open report (already resolved, or unknown).
    public func resolveReport(
        _ id: ProblemReport.ID, status: ProblemReport.Status, resolution: String, by editor: String
    ) async throws -> Bool {
        try await withWriteTransaction { db in
            let open = try await db.select().column("id").from("problem_reports")
                .where("id", .equal, SQLBind(id.rawValue))
                .where("status", .equal, SQLBind(ProblemReport.Status.open.rawValue)).first()
            guard open != nil else { return false }
            try await db.update("problem_reports").set("status", to: SQLBind(status.rawValue))
                .set("resolution", to: SQLBind(resolution)).set("resolved_by", to: SQLBind(editor))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            return true
        }
    }
}
