import ArgumentParser
import Foundation
import Pages
import Persistence
import Web
import Workforce

#if canImport(Glibc)
    import Glibc
#endif

/// `skillmix users …`: editors' accounts, made and managed by whoever runs the server.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Create, list and disable editors' accounts, and make reset links.",
        subcommands: [Create.self, List.self, Disable.self, ResetLink.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. The password is read from standard input (never an argument).")

        @Option(help: "The account's email address.") var email: String
        @Option(help: "admin, editor or reviewer.") var role: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let address = Account.normalisedEmail(email) else {
                throw ValidationError("--email must be an email address such as name@example.nhs.uk.")
            }
            guard let accountRole = Account.Role(text: role) else {
                throw ValidationError("--role must be admin, editor or reviewer; you gave \(role.prefix(40)).")
            }
            let password = readPassword(prompt: "Password for \(address): ")
            if let problem = Account.passwordProblem(password) { throw CommandError(problem) }
            let cost = try database.configuration().accounts.bcryptCost
            let hash = EditorAccounts.hashPassword(password, cost: cost)
            try await withPreparedStore(database) { store in
                guard try await store.createAccount(email: address, role: accountRole, passwordHash: hash) != nil else {
                    throw CommandError("An account for \(address) already exists.")
                }
                try await store.audit(actor: "command line", action: "created the account", subject: address)
                print("Created \(accountRole.withArticle) account for \(address).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withPreparedStore(database) { store in
                let accounts = try await store.accounts()
                if accounts.isEmpty { print("No accounts yet. Create one with skillmix users create.") }
                for account in accounts {
                    print("\(account.email)\t\(account.role.rawValue)\t\(account.disabled ? "disabled" : "active")")
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account; its sessions end at their next request.")
        @Option(help: "The account's email address.") var email: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withPreparedStore(database) { store in
                let account = try await existing(email, store)
                try await store.setDisabled(account.id, true)
                try await store.audit(actor: "command line", action: "disabled the account", subject: account.email)
                print("Disabled \(account.email).")
            }
        }
    }

    struct ResetLink: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-link",
            abstract: "Print a one-time link (24 hours) with which the account's owner sets a new password.")
        @Option(help: "The account's email address.") var email: String
        @Option(name: .customLong("base-url"), help: "The address people use to reach Skillmix.")
        var baseURL: String = "http://127.0.0.1:8080"
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withPreparedStore(database) { store in
                let account = try await existing(email, store)
                let token = try await EditorAccounts.makeResetToken(for: account, by: "command line", store: store)
                let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
                print("\(base)\(SiteRoute.passwordReset(token).path)")
            }
        }
    }
}

private func existing(_ email: String, _ store: Store) async throws -> Account {
    guard let address = Account.normalisedEmail(email),
        let found = try await store.accountForSignIn(email: address)
    else { throw CommandError("No account has the address \(email.prefix(254)).") }
    return found.account
}

/// Reads a password: from the terminal without echo when there is one, else the first line of standard input.
private func readPassword(prompt: String) -> String {
    #if canImport(Glibc)
        if isatty(STDIN_FILENO) != 0, let typed = getpass(prompt) { return String(cString: typed) }
    #endif
    return readLine(strippingNewline: true) ?? ""
}
