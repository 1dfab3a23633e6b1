import Hummingbird
import HummingbirdAuth
import NIOCore
import Workforce

/// The request context of every route: Hummingbird's core storage, the peer's address (which the write
/// limits count by), the editor's session, and the signed-in account once the editor routes have found it.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public let sessions: SessionContext<EditorSession>
    /// The signed-in, enabled account, on the editor routes.
    public var editor: Account?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        sessions = SessionContext()
    }
}

/// What a session cookie stands for: an account, since when.
public struct EditorSession: Codable, Sendable {
    public var accountID: String
    public var signedInAt: String
}
