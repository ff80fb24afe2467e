public import ArgumentParser
import AsyncHTTPClient
import Foundation
public import IntakeCore
import IntakeServer
import NIOCore
import NIOHTTP1

/// `intake submit`: enters a complaint through a running gateway's native door, from flags, a JSON document on
/// standard input, or prompts at the terminal (fields with problems are asked again).
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Enter a complaint through a running gateway (flags, JSON on standard input, or prompts).",
        discussion: """
            With --json, standard input holds one complaint document of the native schema (`intake schema`). With \
            neither --json nor --body, and a terminal on standard input, every field is asked for; a field the gateway \
            refuses is asked again. The gateway's answer is printed: the complaint id, `accepted` or `duplicate`.
            Exit status: 0 stored (or a repeat), 65 the complaint has field problems, 69 the gateway cannot be reached \
            or cannot store now, 77 the token is refused.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "The gateway's address (default: the configured host and port).") var url: String?
    @Option(help: "The environment variable holding the source's bearer token.") var tokenEnv = "INTAKE_TOKEN"
    @Option(help: "A file holding the source's bearer token.") var tokenFile: String?
    @Flag(help: "Read one complaint document (JSON) from standard input.") var json = false
    @Option(help: "Repeating the same key stores one complaint.") var idempotencyKey: String?

    @Option(help: "The complainant's name.") var name: String?
    @Option(help: "The complainant's phone number.") var phone: String?
    @Option(help: "The complainant's e-mail address.") var email: String?
    @Option(help: "The complainant's customer number.") var customerID: String?
    @Option(help: "When it happened (RFC 3339, or 2026-12-01T14:30 in this machine's zone).") var occurredAt: String?
    @Option(help: "Where it happened.") var location: String?
    @Option(help: "What the complaint is about: staff, store, driver, product…") var respondentKind: String?
    @Option(help: "Its id: staff number, store code, plate…") var respondentID: String?
    @Option(help: "Its name.") var respondentName: String?
    @Option(help: "A subject line.") var subject: String?
    @Option(help: "What happened, in the complainant's words.") var body: String?
    @Option(help: "What the complainant asks for.") var demand: String?
    @Option(help: "Category: \(ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")).") var category: String?
    @Option(help: "Severity 1 (most severe) to 4, set by hand.") var severity: Int?
    @Option(help: "Why the severity is set by hand (required with --severity).") var severityReason: String?
    @Option(help: "A reference as name=value (order=12345); repeat for more.") var reference: [String] = []
    @Option(help: "The channel the complaint came by.") var channel: IntakeCore.Channel = .manual

    func run() async throws {
        let configuration = try options.load(requireSecrets: false)
        let host =
            switch configuration.host {
            case "0.0.0.0": "127.0.0.1"
            case "::": "[::1]"
            case let name where name.contains(":"): "[\(name)]"
            case let name: name
            }
        let base = url ?? "http://\(host):\(configuration.port)"
        let token = try readToken()
        let interactive = !json && body == nil && isatty(STDIN_FILENO) != 0
        var fields = flagFields()
        if json {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let answer = try await send(data, to: base, token: token)
            try finish(answer)
            return
        }
        if interactive {
            for field in Self.prompts where fields[field.key] == nil { fields[field.key] = ask(field) }
        }
        while true {
            if fields["severity"] != nil, fields["severity_reason"] == nil, interactive {
                fields["severity_reason"] = ask(Self.prompts.first { $0.key == "severity_reason" }!)
            }
            let answer = try await send(try document(fields), to: base, token: token)
            guard interactive, answer.status == .badRequest, !answer.issues.isEmpty else {
                try finish(answer)
                return
            }
            printIssues(answer)
            // Ask again for the fields the gateway named; a problem no prompt can fix ends the conversation.
            var asked = false
            for issue in answer.issues {
                let key = issue.field == "complainant" ? "complainant.phone" : issue.field
                if let prompt = Self.prompts.first(where: { $0.key == key }) {
                    fields[key] = ask(prompt)
                    asked = true
                }
            }
            if !asked { throw ExitCode(65) }
        }
    }

    struct Prompt {
        var key: String
        var label: String
        var multiline = false
    }

    static let prompts = [
        Prompt(key: "complainant.name", label: "Complainant's name"), Prompt(key: "complainant.phone", label: "Phone"),
        Prompt(key: "complainant.email", label: "E-mail"), Prompt(key: "occurred_at", label: "When it happened (2026-12-01T14:30)"),
        Prompt(key: "location", label: "Where"), Prompt(key: "respondent.kind", label: "About (staff, store, driver, product…)"),
        Prompt(key: "respondent.id", label: "Its id"), Prompt(key: "respondent.name", label: "Its name"),
        Prompt(key: "subject", label: "Subject"), Prompt(key: "body", label: "What happened (end with a line holding only .)", multiline: true),
        Prompt(key: "demand", label: "What they ask for"), Prompt(key: "category", label: "Category (empty: decided by rules)"),
        Prompt(key: "severity", label: "Severity 1-4 (empty: decided by rules)"), Prompt(key: "severity_reason", label: "Why this severity"),
    ]

    private func ask(_ prompt: Prompt) -> String? {
        FileHandle.standardError.write(Data("\(prompt.label): ".utf8))
        if prompt.multiline {
            var lines: [String] = []
            while let line = readLine(), line != "." { lines.append(line) }
            let text = lines.joined(separator: "\n")
            return text.isEmpty ? nil : text
        }
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else { return nil }
        return line
    }

    private func flagFields() -> [String: String] {
        var fields: [String: String] = [:]
        let given: [(String, String?)] = [
            ("complainant.name", name), ("complainant.phone", phone), ("complainant.email", email), ("complainant.customer_id", customerID),
            ("occurred_at", occurredAt), ("location", location), ("respondent.kind", respondentKind), ("respondent.id", respondentID),
            ("respondent.name", respondentName), ("subject", subject), ("body", body), ("demand", demand), ("category", category),
            ("severity", severity.map(String.init)), ("severity_reason", severityReason),
        ]
        for (key, value) in given { if let value { fields[key] = value } }
        return fields
    }

    /// The native document of `fields`.
    private func document(_ fields: [String: String]) throws -> Data {
        var document: [String: JSONValue] = ["channel": .string(channel.rawValue)]
        var groups: [String: [String: JSONValue]] = [:]
        for (key, value) in fields {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                groups[parts[0], default: [:]][parts[1]] = .string(value)
            } else if key == "severity" {
                document[key] = Int64(value).map(JSONValue.int) ?? .string(value)
            } else if key == "occurred_at" {
                let date = RFC3339.date(from: value) ?? Self.localDate(value)
                document[key] = .string(date.map(RFC3339.string(from:)) ?? value)
            } else if key == "severity_reason" {
                document["extra"] = .object(["severity_reason": .string(value)])
            } else {
                document[key] = .string(value)
            }
        }
        for (group, members) in groups { document[group] = .object(members) }
        if document["complainant"] == nil { document["complainant"] = .object([:]) }
        var references: [String: JSONValue] = [:]
        for item in reference {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--reference takes name=value, not \(item)")
            }
            references[parts[0]] = .string(parts[1])
        }
        if !references.isEmpty { document["references"] = .object(references) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(JSONValue.object(document))
    }

    static func localDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private func readToken() throws -> String? {
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw ValidationError("cannot read the token file \(tokenFile)")
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return ProcessInfo.processInfo.environment[tokenEnv].flatMap { $0.isEmpty ? nil : $0 }
    }

    struct Answer {
        var status: HTTPResponseStatus
        var body: [String: JSONValue]
        var issues: [ValidationIssue]
    }

    private func send(_ data: Data, to base: String, token: String?) async throws -> Answer {
        var request = HTTPClientRequest(url: base.hasSuffix("/") ? base + "v1/complaints" : base + "/v1/complaints")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let idempotencyKey { request.headers.add(name: "Idempotency-Key", value: idempotencyKey) }
        request.body = .bytes(ByteBuffer(bytes: data))
        // One request from a terminal: a gateway that is not there is said at once, not after retries.
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .seconds(5)
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        defer { _ = client.shutdown() }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(30))
        } catch {
            FileHandle.standardError.write(Data("intake submit: cannot reach the gateway at \(base) (\(error)); is `intake serve` running?\n".utf8))
            throw ExitCode(69)
        }
        let bytes = try await response.body.collect(upTo: 1 << 20)
        let object: [String: JSONValue]
        if case .object(let members)? = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes.readableBytesView)) {
            object = members
        } else {
            object = [:]
        }
        var issues: [ValidationIssue] = []
        if case .array(let items)? = object["issues"] {
            for case .object(let item) in items {
                if case .string(let field)? = item["field"], case .string(let code)? = item["code"], case .string(let message)? = item["message"] {
                    issues.append(ValidationIssue(field: field, code: code, message: message))
                }
            }
        }
        return Answer(status: response.status, body: object, issues: issues)
    }

    private func printIssues(_ answer: Answer) {
        var text = ""
        if case .string(let message)? = answer.body["message"] { text += "\(message)\n" }
        for issue in answer.issues { text += "  \(issue.field): \(issue.message) (\(issue.code))\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func finish(_ answer: Answer) throws {
        switch answer.status.code {
        case 200, 202:
            if case .array(let results)? = answer.body["results"] {
                for case .object(let result) in results { print(line(result)) }
            } else {
                print(line(answer.body))
            }
        case 400, 413, 415, 422:
            printIssues(answer)
            throw ExitCode(65)
        case 401, 403:
            printIssues(answer)
            throw ExitCode(77)
        default:
            printIssues(answer)
            throw ExitCode(69)
        }
    }

    private func line(_ result: [String: JSONValue]) -> String {
        guard case .string(let id)? = result["id"] else { return "?" }
        let status = if case .string(let text)? = result["status"] { text } else { "accepted" }
        return "\(id)\t\(status)"
    }
}

extension IntakeCore.Channel: ExpressibleByArgument {}
