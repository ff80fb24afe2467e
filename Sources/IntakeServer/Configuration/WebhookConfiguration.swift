import Foundation
import IntakeCore
import IntakeWebhook

extension ConfigurationChecker {
    /// Validates a `door: webhook` source: its format, its authentication (secrets resolved from the environment or
    /// files), its allow-list and its format's options.
    mutating func webhookSource(_ source: ConfigurationFile.Source, name: String, path: Path) -> WebhookSource? {
        let before = problems.count
        for (key, present) in [("tokens", source.tokens != nil), ("allow_loopback_without_token", source.allowLoopbackWithoutToken != nil)]
        where present {
            problem(path + [.key(key)], "is for native sources; a webhook source names its credentials under auth")
        }
        guard let formatName = source.format else {
            problem(path + [.key("format")], "is required for a webhook source: one of \(WebhookFormat.names.joined(separator: ", "))")
            return nil
        }
        let calls = callPolicy(source.calls, format: formatName, path: path + [.key("calls")])
        var format: WebhookFormat?
        switch formatName {
        case "complaint": format = .complaint
        case "hotline.call": format = .hotlineCall(calls)
        case "cti.events": format = .ctiEvents(CTICallAssembler(), calls)
        case "freeswitch.cdr":
            var options = FreeSWITCHOptions()
            if let settings = source.freeswitch {
                options.encodedValues = settings.encodedValues ?? true
                switch settings.bLegs {
                case nil, "ignore"?: options.ignoresBLegs = true
                case "keep"?: options.ignoresBLegs = false
                case let other?: problem(path + [.key("freeswitch"), .key("b_legs")], "must be ignore or keep, not \"\(other)\"")
                }
                if let variable = settings.notesVariable { options.notesVariable = variable }
                if let variable = settings.recordingVariable { options.recordingVariable = variable }
            }
            format = .freeswitchCDR(options, calls)
        case "social.mention": format = .socialMention
        case "wechat.mp": format = .wechat
        case "mapping":
            guard let mapping = source.mapping else {
                problem(path + [.key("mapping")], "is required for format mapping: items (optional) and fields")
                return nil
            }
            let fields = (mapping.fields ?? [:]).sorted { $0.key < $1.key }
            switch PayloadMapping.build(items: mapping.items, fields: fields, keepUnmapped: mapping.keepUnmapped ?? true) {
            case .success(let built): format = .mapping(built)
            case .failure(let failure):
                for (field, message) in failure.problems {
                    let components = field.split(separator: ".", maxSplits: 1).map { ConfigurationPathComponent.key(String($0)) }
                    problem(path + [.key("mapping")] + components, message)
                }
            }
        default:
            problem(path + [.key("format")], "unknown format \"\(formatName)\"; one of \(WebhookFormat.names.joined(separator: ", "))")
        }
        if source.mapping != nil, formatName != "mapping" { problem(path + [.key("mapping")], "is for format mapping only") }
        if source.freeswitch != nil, formatName != "freeswitch.cdr" { problem(path + [.key("freeswitch")], "is for format freeswitch.cdr only") }

        let (channel, networks) = channelAndNetworks(source, defaultChannel: format?.defaultChannel ?? .webhook, path: path)
        let authentication = authentication(source.auth, format: formatName, path: path + [.key("auth")])
        guard problems.count == before, let format, let authentication else { return nil }
        return WebhookSource(
            intake: IntakeSource(name: name, defaultChannel: channel, defaultTags: source.tags ?? []),
            authentication: authentication,
            format: format,
            allowedNetworks: networks
        )
    }

    /// A signed door's channel (`channel`, else `defaultChannel`) and its `allow_from` networks.
    mutating func channelAndNetworks(_ source: ConfigurationFile.Source, defaultChannel: Channel, path: Path) -> (Channel, [IPNetwork]) {
        var channel = defaultChannel
        if let text = source.channel {
            if let value = Channel(rawValue: text) {
                channel = value
            } else {
                problem(path + [.key("channel")], "must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        var networks: [IPNetwork] = []
        for (index, text) in (source.allowFrom ?? []).enumerated() {
            if let network = IPNetwork(text) {
                networks.append(network)
            } else {
                problem(path + [.key("allow_from"), .index(index)], "\"\(text)\" is not an address or network such as 10.0.0.0/8")
            }
        }
        return (channel, networks)
    }

    mutating func callPolicy(_ calls: ConfigurationFile.Calls?, format: String, path: Path) -> CallPolicy {
        // A CTI feed or a CDR carries no words by nature: its answered calls are the complaint contacts.
        var policy = CallPolicy(keepsMissedCalls: false, keepsCallsWithoutNotes: format == "cti.events" || format == "freeswitch.cdr")
        guard let calls else { return policy }
        if !["hotline.call", "cti.events", "freeswitch.cdr"].contains(format) {
            problem(path, "is for the call formats (hotline.call, cti.events, freeswitch.cdr) only")
        }
        for (key, value, apply) in [
            ("missed", calls.missed, { (policy: inout CallPolicy, keep: Bool) in policy.keepsMissedCalls = keep }),
            ("without_notes", calls.withoutNotes, { (policy: inout CallPolicy, keep: Bool) in policy.keepsCallsWithoutNotes = keep }),
        ] {
            switch value {
            case nil: break
            case "keep"?: apply(&policy, true)
            case "ignore"?: apply(&policy, false)
            case let other?: problem(path + [.key(key)], "must be keep or ignore, not \"\(other)\"")
            }
        }
        return policy
    }

    mutating func authentication(_ auth: ConfigurationFile.Auth?, format: String, path: Path) -> WebhookAuthentication? {
        let schemes = ["standard-webhooks", "github", "hmac", "bearer", "basic", "wechat"]
        guard let auth, let scheme = auth.scheme else {
            problem(path + [.key("scheme")], "is required: one of \(schemes.joined(separator: ", ")) (a webhook source is never open)")
            return nil
        }
        if format == "wechat.mp", scheme != "wechat" { problem(path + [.key("scheme")], "must be wechat for format wechat.mp") }
        if scheme == "wechat", format != "wechat.mp" { problem(path + [.key("scheme")], "wechat is for format wechat.mp only") }
        let tolerance: Double = duration(auth.tolerance, path: path + [.key("tolerance")])?.seconds ?? 300
        if tolerance < 1 { problem(path + [.key("tolerance")], "must be at least 1s, or every request is refused") }
        let secrets = resolveTokens(auth.secrets ?? [], path: path + [.key("secrets")]).map { NamedSecret(name: $0.name, text: $0.value) }
        let needsSecrets = scheme != "standard-webhooks" || (auth.publicKeys ?? []).isEmpty
        if needsSecrets, (auth.secrets ?? []).isEmpty, schemes.contains(scheme) {
            problem(path + [.key("secrets")], "at least one secret is needed (env: VARIABLE or file: /path); several for rotation")
        }
        // Settings that belong to one scheme only are refused elsewhere, rather than silently ignored.
        let owners: [(key: String, present: Bool, schemes: Set<String>)] = [
            ("public_keys", auth.publicKeys != nil, ["standard-webhooks"]), ("allow_path_token", auth.allowPathToken != nil, ["bearer"]),
            ("allow_sha1", auth.allowSHA1 != nil, ["github"]), ("encoding", auth.encoding != nil, ["hmac"]),
            ("id_header", auth.idHeader != nil, ["hmac"]),
            ("method", auth.method != nil, []), ("tolerance", auth.tolerance != nil, ["standard-webhooks", "hmac", "wechat"]),
            ("header", auth.header != nil, ["hmac"]), ("algorithm", auth.algorithm != nil, ["hmac"]), ("prefix", auth.prefix != nil, ["hmac"]),
            ("signed", auth.signed != nil, ["hmac"]), ("timestamp_header", auth.timestampHeader != nil, ["hmac"]),
        ]
        for owner in owners where owner.present && !owner.schemes.contains(scheme) && schemes.contains(scheme) {
            problem(path + [.key(owner.key)], "is not a setting of the \(scheme) scheme")
        }
        switch scheme {
        case "standard-webhooks":
            var keys: [NamedSecret] = []
            for (index, secret) in secrets.enumerated() {
                do {
                    keys.append(try StandardWebhooksVerifier.secret(name: secret.name, text: String(decoding: secret.bytes, as: UTF8.self)))
                } catch {
                    problem(path + [.key("secrets"), .index(index)], "\(error) (a Standard Webhooks secret is whsec_ and base64)")
                }
            }
            var publicKeys: [NamedSecret] = []
            let given = resolveTokens(auth.publicKeys ?? [], path: path + [.key("public_keys")])
            for (index, key) in given.enumerated() {
                do {
                    publicKeys.append(try StandardWebhooksVerifier.publicKey(name: key.name, text: key.value))
                } catch {
                    problem(path + [.key("public_keys"), .index(index)], "\(error)")
                }
            }
            return .standardWebhooks(StandardWebhooksVerifier(secrets: keys, publicKeys: publicKeys, tolerance: tolerance))
        case "github":
            return .github(GitHubSignatureVerifier(secrets: secrets, allowsSHA1: auth.allowSHA1 ?? false))
        case "hmac":
            if auth.header == nil { problem(path + [.key("header")], "is required: the header that carries the signature") }
            let header = auth.header ?? ""
            var algorithm = HMACAlgorithm.sha256
            if let text = auth.algorithm {
                if let value = HMACAlgorithm(rawValue: text.lowercased().replacingOccurrences(of: "-", with: "")) {
                    algorithm = value
                } else {
                    problem(path + [.key("algorithm")], "must be sha1, sha256 or sha512, not \"\(text)\"")
                }
            }
            var encoding = HMACSignatureVerifier.Encoding.hex
            if let text = auth.encoding {
                if let value = HMACSignatureVerifier.Encoding(rawValue: text) {
                    encoding = value
                } else {
                    problem(path + [.key("encoding")], "must be hex or base64, not \"\(text)\"")
                }
            }
            var signed: [HMACSignatureVerifier.Part]?
            if let text = auth.signed {
                do {
                    signed = try HMACSignatureVerifier.template(text)
                    if signed?.contains(.timestamp) == true, auth.timestampHeader == nil {
                        problem(path + [.key("signed")], "uses {timestamp} but no timestamp_header is set")
                    }
                    if signed?.contains(.id) == true, auth.idHeader == nil { problem(path + [.key("signed")], "uses {id} but no id_header is set") }
                    if auth.timestampHeader != nil, signed?.contains(.timestamp) == false {
                        problem(path + [.key("signed")], "must contain {timestamp}: an unsigned timestamp_header proves nothing")
                    }
                } catch {
                    problem(path + [.key("signed")], "\(error)")
                }
            }
            if auth.idHeader != nil, signed?.contains(.id) != true {
                problem(path + [.key("id_header")], "is only a repeat's key when it is signed: add {id} to signed, e.g. \"{id}.{body}\"")
            }
            return .hmac(
                HMACSignatureVerifier(
                    secrets: secrets,
                    header: header,
                    algorithm: algorithm,
                    encoding: encoding,
                    prefix: auth.prefix ?? "",
                    timestampHeader: auth.timestampHeader,
                    tolerance: tolerance,
                    idHeader: auth.idHeader,
                    signed: signed
                )
            )
        case "bearer":
            return .bearer(tokens: secrets, allowsPathToken: auth.allowPathToken ?? false)
        case "basic":
            for (index, secret) in secrets.enumerated() where !secret.bytes.contains(UInt8(ascii: ":")) {
                problem(path + [.key("secrets"), .index(index)], "must hold user:password")
            }
            return .basic(credentials: secrets)
        case "wechat":
            return .wechat(tokens: secrets, tolerance: tolerance)
        default:
            problem(path + [.key("scheme")], "unknown scheme \"\(scheme)\"; one of \(schemes.joined(separator: ", "))")
            return nil
        }
    }
}
