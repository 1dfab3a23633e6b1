import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import NIOCore
import Pages
import Persistence
import Synchronization
import Workforce

/// The editors' side: signing in and out, what needs attention, passwords, and (for administrators) the
/// accounts. Every check of who may do what is made here, on the server, for every request.
struct EditorController {
    let store: Store
    let snapshot: CatalogueSnapshot
    let pool: ComputePool
    let settings: AccountSettings
    let limits: RequestLimits

    /// Sessions end after eight hours.
    static let sessionLength = Duration.seconds(8 * 3600)
    /// Reset links work for a day.
    static let resetLinkSeconds = 24.0 * 3600
    static let formBytes = 8 * 1024
    /// The same words for every failed sign-in, so that they tell nobody whether an account exists.
    static let signInFailed = "The email address or the password is not right."

    /// Registers the editor routes, and returns their group (with the session middleware) for other
    /// controllers' editor routes.
    @discardableResult
    func register(with router: Router<AppRequestContext>) -> RouterGroup<AppRequestContext> {
        let editor = router.group()
            .add(
                middleware: SessionMiddleware(
                    storage: StoreSessionDriver(store: store),
                    configuration: .init(
                        sessionCookieParameters: .init(
                            name: "skillmix-session", path: "/editor", secure: settings.secureCookies, sameSite: .lax),
                        keyPrefix: "editor.", defaultSessionExpiration: Self.sessionLength))
            )
            .add(middleware: EditorAccountMiddleware(store: store))
        let saves = SaveGuard(store: store, limits: limits)

        editor.get(RouterPath(SiteRoute.Endpoint.signIn.pattern)) { request, context in
            if context.editor != nil { return Self.redirect(to: .editorHome) }
            return Self.page(request) { SignInPage(csrfToken: $0).render() }
        }
        editor.post(RouterPath(SiteRoute.Endpoint.signIn.pattern)) { request, context in
            let form = try await Self.form(request, limits)
            let email = Account.normalisedEmail(form[EditorField.email] ?? "") ?? ""
            let password = form[EditorField.password] ?? ""
            let address = saves.client(of: request, context: context)
            let scopes = ["account:" + (email.isEmpty ? "-" : email), "address:" + address]
            let failures = try await store.signInFailures(scopes: scopes)
            if (failures[scopes[0]] ?? 0) >= settings.failuresPerAccount
                || (failures[scopes[1]] ?? 0) >= settings.failuresPerAddress
            {
                try await store.audit(actor: address, action: "sign-in refused: too many tries", subject: email)
                throw AppError(
                    status: .tooManyRequests, title: "Too many tries",
                    detail: "There have been too many attempts to sign in. Wait 15 minutes, then try again.",
                    headers: [.retryAfter: "900"])
            }
            let found = email.isEmpty ? nil : try await store.accountForSignIn(email: email)
            // Without an account, check against a hash of nothing, so that the answer takes as long either way.
            var hash = found?.passwordHash
            if hash == nil { hash = try await decoyHash() }
            let known = hash ?? ""
            let matches = try await pool.run { _ in Bcrypt.verify(password, hash: known) }
            guard let found, matches, !found.account.disabled else {
                try await store.recordSignInFailure(scopes: scopes)
                try await store.audit(actor: address, action: "sign-in failed", subject: email)
                var response = Self.page(request, status: .unauthorized) {
                    SignInPage(csrfToken: $0, email: email, problem: Self.signInFailed).render()
                }
                response.headers[.cacheControl] = "no-store"
                return response
            }
            context.sessions.createSession(
                EditorSession(accountID: found.account.id.rawValue, signedInAt: Self.now()),
                expiresIn: Self.sessionLength)
            try await store.audit(actor: found.account.email, action: "signed in", subject: address)
            return Self.redirect(to: .editorHome)
        }
        editor.post(RouterPath(SiteRoute.Endpoint.signOut.pattern)) { _, context in
            if let account = context.editor {
                try await store.audit(actor: account.email, action: "signed out", subject: account.email)
            }
            context.sessions.clearSession()
            return Self.redirect(to: .signIn)
        }
        editor.get(RouterPath(SiteRoute.Endpoint.editorHome.pattern)) { request, context in
            let account = try Self.require(context, Account.Role.allCases)
            let catalogue = snapshot.catalogue
            let query = try request.queryPairs()
            let months = try query.first { $0.name == EditorHomePage.monthsField }.map { pair in
                guard let months = Int(pair.value), (1...240).contains(months) else {
                    throw AppError(
                        status: .badRequest, title: "Months must be a whole number from 1 to 240",
                        detail:
                            "The field \(EditorHomePage.monthsField) counts a source as stale after this many months.")
                }
                return months
            }
            let sort =
                query.first { $0.name == EditorHomePage.sortField }
                .flatMap { EditorHomePage.Sort(rawValue: $0.value) } ?? .source
            let report = SourceReport(
                catalogue: catalogue, day: catalogue.asOf ?? .epoch, olderThanMonths: months ?? 12)
            let open = try await store.openReportCount()
            let waiting = try await store.edits([.waiting]).count
            let conflicts = try await store.publishedEdits().filter { $0.conflict != nil }.count
            return Self.page(request) {
                EditorHomePage(
                    account: account, report: report, openReports: open, waiting: waiting, conflicts: conflicts,
                    sort: sort, csrfToken: $0
                ).render()
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.changePassword.pattern)) { request, context in
            _ = try Self.require(context, Account.Role.allCases)
            return Self.page(request) {
                PasswordPage(csrfToken: $0, needsCurrent: true, action: .changePassword).render()
            }
        }
        editor.post(RouterPath(SiteRoute.Endpoint.changePassword.pattern)) { request, context in
            let account = try Self.require(context, Account.Role.allCases)
            let form = try await Self.form(request, limits)
            let current = form[EditorField.currentPassword] ?? ""
            let new = form[EditorField.newPassword] ?? ""
            var stored = try await store.passwordHash(of: account.id)
            if stored == nil { stored = try await decoyHash() }
            let storedHash = stored ?? ""
            func again(_ field: String, _ message: String) -> Response {
                Self.page(request, status: .unprocessableContent) {
                    PasswordPage(csrfToken: $0, needsCurrent: true, action: .changePassword, problem: (field, message))
                        .render()
                }
            }
            guard try await pool.run({ _ in Bcrypt.verify(current, hash: storedHash) }) else {
                return again(EditorField.currentPassword, "Your current password is not right.")
            }
            if let problem = Account.passwordProblem(new) { return again(EditorField.newPassword, problem) }
            try await store.setPasswordHash(account.id, try await hash(new))
            try await store.audit(actor: account.email, action: "changed their password", subject: account.email)
            return Self.page(request) {
                PasswordPage(csrfToken: $0, needsCurrent: true, action: .changePassword, done: true).render()
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.accounts.pattern)) { request, context in
            _ = try Self.require(context, [.administrator])
            return try await accountsPage(request, newLink: nil)
        }
        editor.post(RouterPath(SiteRoute.Endpoint.accountAction.pattern)) { request, context in
            let admin = try Self.require(context, [.administrator])
            guard let action = context.parameters.get("action").flatMap(SiteRoute.AccountAction.init(rawValue:)),
                let id = context.parameters.get("id"), Store.isPrivateID(id),
                let account = try await store.account(id: .init(rawValue: id))
            else {
                throw AppError(
                    status: .notFound, title: "No such account",
                    detail: "That account does not exist, or the action is not one of disable, enable or reset-link.")
            }
            switch action {
            case .disable, .enable:
                guard account.id != admin.id else {
                    throw AppError(
                        status: .conflict, title: "Not your own account",
                        detail: "Ask another administrator to disable or enable your account.")
                }
                try await store.setDisabled(account.id, action == .disable)
                try await store.audit(
                    actor: admin.email, action: "\(action.rawValue)d the account", subject: account.email)
                return Self.redirect(to: .accounts)
            case .resetLink:
                let token = try await makeResetLink(for: account, by: admin.email)
                let url = "\(Self.origin(of: request))\(SiteRoute.passwordReset(token).path)"
                return try await accountsPage(request, newLink: (account.email, url))
            }
        }
        editor.get(RouterPath(SiteRoute.Endpoint.passwordReset.pattern)) { request, context in
            _ = try await resetAccount(context)
            return Self.page(request) {
                PasswordPage(csrfToken: $0, needsCurrent: false, action: .passwordReset(Self.token(context))).render()
            }
        }
        editor.post(RouterPath(SiteRoute.Endpoint.passwordReset.pattern)) { request, context in
            let (account, tokenHash) = try await resetAccount(context)
            let form = try await Self.form(request, limits)
            let new = form[EditorField.newPassword] ?? ""
            if let problem = Account.passwordProblem(new) {
                return Self.page(request, status: .unprocessableContent) {
                    PasswordPage(
                        csrfToken: $0, needsCurrent: false, action: .passwordReset(Self.token(context)),
                        problem: (EditorField.newPassword, problem)
                    ).render()
                }
            }
            let hashed = try await hash(new)
            guard try await store.useResetToken(hash: tokenHash) else { throw Self.deadLink }
            try await store.setPasswordHash(account, hashed)
            try await store.audit(actor: "reset link", action: "set a new password", subject: account.rawValue)
            return Self.page(request) {
                PasswordPage(
                    csrfToken: $0, needsCurrent: false, action: .passwordReset(Self.token(context)), done: true
                ).render()
            }
        }
        return editor
    }

    // MARK: - Helpers

    /// The signed-in account if it has one of `roles`: 401 when nobody is signed in, 403 for another role.
    static func require(_ context: AppRequestContext, _ roles: [Account.Role]) throws -> Account {
        guard let account = context.editor else {
            throw AppError(
                status: .unauthorized, title: "Sign in first",
                detail: "This page is for Skillmix's editors. Sign in at \(SiteRoute.signIn.path), then try again.")
        }
        guard roles.contains(account.role) else {
            throw AppError(
                status: .forbidden, title: "Not for your account",
                detail: "This page needs \(roles.map(\.withArticle).joined(separator: " or ")); you are signed in as "
                    + "\(account.role.withArticle).")
        }
        return account
    }

    func hash(_ password: String) async throws -> String {
        let cost = settings.bcryptCost
        return try await pool.run { _ in EditorAccounts.hashPassword(password, cost: cost) }
    }

    func makeResetLink(for account: Account, by actor: String) async throws -> String {
        try await EditorAccounts.makeResetToken(for: account, by: actor, store: store)
    }

    func resetAccount(_ context: AppRequestContext) async throws -> (Account.ID, String) {
        let token = Self.token(context)
        guard Store.isPrivateID(token) else { throw Self.deadLink }
        let hash = StoreSessionDriver.hash(token)
        guard let account = try await store.resetTokenAccount(hash: hash) else { throw Self.deadLink }
        return (account, hash)
    }

    static func token(_ context: AppRequestContext) -> String { context.parameters.get("token") ?? "" }

    static let deadLink = AppError(
        status: .notFound, title: "This link does not work",
        detail: "A reset link works once, for 24 hours. Ask an administrator for a new one.")

    func accountsPage(_ request: Request, newLink: (email: String, url: String)?) async throws -> Response {
        let accounts = try await store.accounts()
        let audit = try await store.auditLog(limit: 50).map { ($0.at, $0.actor, $0.action, $0.subject) }
        var response = Self.page(request) {
            AccountsPage(accounts: accounts, csrfToken: $0, newLink: newLink, audit: audit).render()
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func form(_ request: Request, _ limits: RequestLimits) async throws -> [String: String] {
        let pairs = try Request.formPairs(
            try await request.bodyText(limit: formBytes, seconds: limits.bodySeconds),
            source: "The form could not be read")
        return Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// An HTML page with the cross-site token its form needs; never cached, as it is someone's own.
    static func page(_ request: Request, status: HTTPResponse.Status = .ok, _ render: (String) -> String) -> Response {
        let token = request.crossSiteToken
        var response = html(render(token.token).byteBuffer)
        response.status = status
        response.headers[.cacheControl] = "no-store"
        response.setCrossSiteCookie(token)
        return response
    }

    static func redirect(to route: SiteRoute) -> Response {
        Response(status: .seeOther, headers: [.location: route.path], body: .init(byteBuffer: ByteBuffer()))
    }

    static func origin(of request: Request) -> String {
        "\(request.head.scheme ?? "http")://\(request.head.authority ?? "127.0.0.1:8080")"
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    /// A bcrypt hash, at the configured cost, of a random string nobody knows: checked when no account
    /// matches. Made once, on first need.
    func decoyHash() async throws -> String {
        if let hash = Self.decoy.withLock({ $0[settings.bcryptCost] }) { return hash }
        let hash = try await self.hash(Store.newPrivateID())
        Self.decoy.withLock { $0[settings.bcryptCost] = hash }
        return hash
    }

    private static let decoy = Mutex<[Int: String]>([:])
}

/// Finds the account behind the session, and ends a session whose account is gone or disabled.
struct EditorAccountMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let session = context.sessions.session {
            let account = try await store.account(id: .init(rawValue: session.accountID))
            if let account, !account.disabled {
                context.editor = account
            } else {
                context.sessions.clearSession()
            }
        }
        return try await next(request, context)
    }
}

/// What the command line shares with the editor pages: password hashing and one-time reset links.
public enum EditorAccounts {
    /// A bcrypt hash at `cost` (4 to 31; the configuration allows 4 to 15).
    public static func hashPassword(_ password: String, cost: Int) -> String {
        Bcrypt.hash(password, cost: UInt8(clamping: min(max(cost, 4), 31)))
    }

    /// Makes a one-time reset token for an account, valid for 24 hours, stores only its hash, writes the audit
    /// log, and returns the token (to be shown once).
    public static func makeResetToken(for account: Account, by actor: String, store: Store) async throws -> String {
        let token = Store.newPrivateID()
        try await store.createResetToken(
            hash: StoreSessionDriver.hash(token), account: account.id,
            expiresAt: Date().addingTimeInterval(EditorController.resetLinkSeconds))
        try await store.audit(actor: actor, action: "made a reset link", subject: account.email)
        return token
    }
}
