public import ArgumentParser
import Foundation
public import IntakeServer

/// `intake users add|passwd|roles|disable|enable|list`: the accounts of the web pages (`ui.users_file`).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the accounts that sign in to the web pages (agents and operators).",
        subcommands: [Add.self, Passwd.self, Roles.self, Disable.self, Enable.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account. The password is asked twice, or read from standard input with --password-stdin."
        )
        @OptionGroup var options: ConfigurationOptions
        @Argument(help: "The sign-in name (letters, digits, . - _ @).") var name: String
        @Option(name: .long, help: "A role: agent (enters complaints) or operator (console and replay). Repeat for both.")
        var role: [UIRole] = []
        @Flag(help: "Read the password from the first line of standard input (for scripts).") var passwordStdin = false

        func run() throws {
            let store = try accountStore(options)
            let password = try readPassword(fromStandardInput: passwordStdin)
            try report { try store.add(name: name, roles: role, password: password) }
            print("added \(name) (\(Set(role).map(\.rawValue).sorted().joined(separator: ", "))) to \(store.path)")
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set an account's password; its sessions end.")
        @OptionGroup var options: ConfigurationOptions
        @Argument var name: String
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run() throws {
            let store = try accountStore(options)
            guard store.account(named: name) != nil else { throw failure("no account is named \(name)") }
            let password = try readPassword(fromStandardInput: passwordStdin)
            try report { try store.setPassword(name: name, password: password) }
            print("changed the password of \(name)")
        }
    }

    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set an account's roles.")
        @OptionGroup var options: ConfigurationOptions
        @Argument var name: String
        @Option(name: .long, help: "A role: agent or operator. Repeat for both.") var role: [UIRole] = []

        func run() throws {
            let store = try accountStore(options)
            try report { try store.setRoles(name: name, roles: role) }
            print("\(name): \(Set(role).map(\.rawValue).sorted().joined(separator: ", "))")
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account: it cannot sign in, and its sessions end.")
        @OptionGroup var options: ConfigurationOptions
        @Argument var name: String

        func run() throws {
            let store = try accountStore(options)
            try report { try store.setDisabled(name: name, true) }
            print("disabled \(name)")
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account.")
        @OptionGroup var options: ConfigurationOptions
        @Argument var name: String

        func run() throws {
            let store = try accountStore(options)
            try report { try store.setDisabled(name: name, false) }
            print("enabled \(name)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts (never their hashes).")
        @OptionGroup var options: ConfigurationOptions

        func run() throws {
            let store = try accountStore(options)
            let accounts = try store.accounts()
            if accounts.isEmpty {
                print("no accounts in \(store.path)")
                return
            }
            for account in accounts {
                let state = account.disabled ? "disabled" : "enabled"
                print(
                    "\(account.name)\t\(account.roles.map(\.rawValue).joined(separator: ","))\t\(state)\tpassword set \(ISO8601DateFormatter().string(from: account.passwordChangedAt))"
                )
            }
        }
    }
}

extension UIRole: ExpressibleByArgument {}

private func accountStore(_ options: ConfigurationOptions) throws -> AccountStore {
    AccountStore(path: try options.load(requireSecrets: false).ui.usersFile)
}

private func failure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("intake users: \(message)\n".utf8))
    return ExitCode(65)
}

private func report(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as AccountError {
        throw failure(error.message)
    }
}

/// A password from standard input's first line, or asked twice at the terminal without echo.
private func readPassword(fromStandardInput: Bool) throws -> String {
    if fromStandardInput || isatty(STDIN_FILENO) == 0 {
        guard let line = readLine(strippingNewline: true) else { throw failure("no password on standard input") }
        return line
    }
    let first = try readSecret(prompt: "Password: ")
    let second = try readSecret(prompt: "Password again: ")
    guard first == second else { throw failure("the two passwords differ") }
    return first
}

func readSecret(prompt: String) throws -> String {
    FileHandle.standardError.write(Data(prompt.utf8))
    var saved = termios()
    let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
    if hasTerminal {
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
    }
    defer {
        if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
        FileHandle.standardError.write(Data("\n".utf8))
    }
    guard let line = readLine(strippingNewline: true) else { throw ExitCode(65) }
    return line
}
