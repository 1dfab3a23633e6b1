import Foundation
import Hummingbird

// GET / answers a short fixed string: the least work a Hummingbird route can do.
let port = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 8181
let router = Router()
router.get("/") { _, _ in "ok" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
