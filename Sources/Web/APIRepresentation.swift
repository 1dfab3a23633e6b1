import Foundation
import Workforce

/// The API's JSON for a few answers, shared with the CLI's `--json` so both speak the same shapes.
public enum APIRepresentation {
    public static func roles(_ roles: [Role], catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(ListResponse(catalogue: catalogue, data: roles.map(RoleSummaryDTO.init)))
    }

    public static func role(_ role: Role, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(RoleDTO(role, catalogue: catalogue))
    }

    public static func comparison(_ comparison: RoleComparison, catalogue: Catalogue) throws -> Data {
        try JSONEncoder.api.encode(
            ListResponse(catalogue: catalogue, data: comparison.roles.map { RoleDTO($0, catalogue: catalogue) }))
    }
}
