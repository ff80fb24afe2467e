import Foundation
import IntakeCore
import IntakeSMS
import IntakeWebhook

extension ConfigurationChecker {
    /// Validates a `door: sms` source: its provider, the public URL signatures are made over (Twilio, Plivo), its
    /// credentials, its allow-list and how long concatenated parts are waited for.
    mutating func smsSource(_ source: ConfigurationFile.Source, name: String, path: Path) -> (source: SMSSource, partsWait: Duration)? {
        let before = problems.count
        for (key, present) in [
            ("tokens", source.tokens != nil), ("format", source.format != nil), ("mapping", source.mapping != nil), ("calls", source.calls != nil),
            ("freeswitch", source.freeswitch != nil),
        ] where present {
            problem(path + [.key(key)], "is not a setting of an SMS source; it names a provider and its credentials under auth")
        }
        guard let provider = source.provider else {
            problem(path + [.key("provider")], "is required for an SMS source: one of \(SMSProvider.names.joined(separator: ", "))")
            return nil
        }
        let auth = source.auth
        let authPath = path + [.key("auth")]
        let secrets = resolveTokens(auth?.secrets ?? [], path: authPath + [.key("secrets")]).map { NamedSecret(name: $0.name, text: $0.value) }
        let tolerance = duration(auth?.tolerance, path: authPath + [.key("tolerance")])?.seconds ?? 300
        func needSecrets(_ what: String) {
            if (auth?.secrets ?? []).isEmpty {
                problem(authPath + [.key("secrets")], "is required: \(what) (env: VARIABLE or file: /path); several for rotation")
            }
        }
        func publicURL() -> String {
            guard let url = source.publicURL, let components = URLComponents(string: url), components.scheme != nil, components.host != nil else {
                problem(
                    path + [.key("public_url")],
                    "is required for \(provider): the URL the provider calls, exactly as configured there (behind a proxy it is not what intake sees)"
                )
                return ""
            }
            return url
        }
        if let auth {
            let used: [String: Set<String>] = [
                "secrets": ["twilio", "plivo", "vonage", "aliyun", "tencent"], "public_keys": ["telnyx"], "method": ["vonage"],
                "tolerance": ["vonage", "telnyx"],
            ]
            let given: [(String, Bool)] = [
                ("scheme", auth.scheme != nil), ("header", auth.header != nil), ("algorithm", auth.algorithm != nil),
                ("encoding", auth.encoding != nil),
                ("prefix", auth.prefix != nil), ("timestamp_header", auth.timestampHeader != nil), ("id_header", auth.idHeader != nil),
                ("signed", auth.signed != nil), ("allow_sha1", auth.allowSHA1 != nil), ("allow_path_token", auth.allowPathToken != nil),
                ("secrets", auth.secrets != nil), ("public_keys", auth.publicKeys != nil), ("method", auth.method != nil),
                ("tolerance", auth.tolerance != nil),
            ]
            for (key, present) in given where present && !(used[key]?.contains(provider) ?? false) && SMSProvider.names.contains(provider) {
                problem(authPath + [.key(key)], "is not a setting of the \(provider) provider")
            }
        }
        var made: SMSProvider?
        switch provider {
        case "twilio":
            needSecrets("the account's auth token")
            made = .twilio(authTokens: secrets, publicURL: publicURL())
        case "plivo":
            needSecrets("the account's auth token")
            made = .plivo(authTokens: secrets, publicURL: publicURL())
        case "vonage":
            needSecrets("the signature secret")
            var method = VonageSignature.Method.md5hash
            if let text = auth?.method {
                if let value = VonageSignature.Method(rawValue: text) {
                    method = value
                } else {
                    problem(authPath + [.key("method")], "must be one of \(VonageSignature.Method.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            made = .vonage(signatureSecrets: secrets, method: method, tolerance: tolerance)
        case "telnyx":
            let given = resolveTokens(auth?.publicKeys ?? [], path: authPath + [.key("public_keys")])
            if given.isEmpty { problem(authPath + [.key("public_keys")], "is required: the public key shown in the Telnyx portal") }
            var keys: [NamedSecret] = []
            for (index, key) in given.enumerated() {
                if let parsed = TelnyxSignature.publicKey(name: key.name, text: key.value) {
                    keys.append(parsed)
                } else {
                    problem(authPath + [.key("public_keys"), .index(index)], "is not a base64 Ed25519 public key (32 bytes)")
                }
            }
            made = .telnyx(publicKeys: keys, tolerance: tolerance)
        case "aliyun", "tencent":
            // Unsigned callbacks: a token in the path (or a bearer header) is the only proof.
            needSecrets("a long random token; configure the callback URL as /v1/sms/\(name)/TOKEN")
            let token = WebhookAuthentication.bearer(tokens: secrets, allowsPathToken: true)
            made = provider == "aliyun" ? .aliyun(token: token) : .tencent(token: token)
        default:
            problem(path + [.key("provider")], "unknown provider \"\(provider)\"; one of \(SMSProvider.names.joined(separator: ", "))")
        }
        let (channel, networks) = channelAndNetworks(source, defaultChannel: Channel.sms, path: path)
        var wait = Duration.seconds(120)
        if let value = duration(source.partsWait, path: path + [.key("parts_wait")]) {
            wait = value
            if provider != "vonage" { problem(path + [.key("parts_wait")], "is for vonage only: the other providers join long messages themselves") }
        }
        guard problems.count == before, let made else { return nil }
        return (
            SMSSource(
                intake: IntakeSource(name: name, defaultChannel: channel, defaultTags: source.tags ?? []),
                provider: made,
                allowedNetworks: networks
            ), wait
        )
    }
}
