import Crypto
import Foundation
import IntakeWebhook
import Testing

/// Every scheme against the published vectors of `webhook-auth.md` and the negative cases of the reference suites.
@Suite struct StandardWebhooksTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let id = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let timestamp = "1614265330"
    static let body = Data(#"{"test": 2432232314}"#.utf8)
    static let v1 = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    static let v1a = "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg=="
    static let publicKey = "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4="
    static let now = Date(timeIntervalSince1970: 1_614_265_330)

    static func request(
        id: String? = Self.id,
        timestamp: String? = Self.timestamp,
        signature: String? = Self.v1,
        body: Data = Self.body
    ) -> WebhookRequest {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let id { headers.append(("webhook-id", id)) }
        if let timestamp { headers.append(("webhook-timestamp", timestamp)) }
        if let signature { headers.append(("webhook-signature", signature)) }
        return WebhookRequest(headers: headers, body: body)
    }

    static func verifier(secrets: [String] = [secret], publicKeys: [String] = []) throws -> WebhookAuthentication {
        let secrets = try secrets.enumerated().map { try StandardWebhooksVerifier.secret(name: "s\($0.offset + 1)", text: $0.element) }
        let keys = try publicKeys.map { try StandardWebhooksVerifier.publicKey(name: "key", text: $0) }
        return .standardWebhooks(StandardWebhooksVerifier(secrets: secrets, publicKeys: keys))
    }

    func failure(_ auth: WebhookAuthentication, _ request: WebhookRequest, now: Date = Self.now) -> AuthenticationFailure? {
        do {
            _ = try auth.verify(request, now: now)
            return nil
        } catch {
            return error
        }
    }

    @Test func publishedV1VectorVerifiesAndCarriesTheWebhookID() throws {
        let verification = try Self.verifier().verify(Self.request(), now: Self.now)
        #expect(verification == Verification(scheme: "standard-webhooks", credential: "s1", deliveryID: Self.id))
    }

    @Test func publishedV1aVectorVerifiesWithThePublicKey() throws {
        let auth = try Self.verifier(secrets: [], publicKeys: [Self.publicKey])
        #expect(try auth.verify(Self.request(signature: Self.v1a), now: Self.now).credential == "key")
        // The v1 signature is no use without the HMAC secret, and a v1a signature of another body fails.
        #expect(failure(auth, Self.request(signature: Self.v1))?.code == "bad_signature")
        #expect(failure(auth, Self.request(signature: Self.v1a, body: Data(#"{"test": 2432232315}"#.utf8)))?.code == "bad_signature")
    }

    @Test func svixHeaderNamesAreReadToo() throws {
        let request = WebhookRequest(
            headers: [("svix-id", Self.id), ("svix-timestamp", Self.timestamp), ("svix-signature", Self.v1)],
            body: Self.body
        )
        #expect(try Self.verifier().verify(request, now: Self.now).deliveryID == Self.id)
    }

    @Test func missingHeadersAreRefused() throws {
        let auth = try Self.verifier()
        #expect(failure(auth, Self.request(id: nil))?.code == "missing_header")
        #expect(failure(auth, Self.request(timestamp: nil))?.code == "missing_header")
        #expect(failure(auth, Self.request(signature: nil))?.code == "missing_header")
    }

    @Test func badSignaturesAreRefused() throws {
        let auth = try Self.verifier()
        #expect(failure(auth, Self.request(timestamp: "hello"))?.code == "bad_timestamp")
        #expect(failure(auth, Self.request(signature: "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="))?.code == "bad_signature")
        #expect(failure(auth, Self.request(signature: "v1,"))?.code == "bad_signature")
        #expect(failure(auth, Self.request(signature: "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="))?.code == "unsupported_version")
        // One changed byte of the body.
        #expect(failure(auth, Self.request(body: Data(#"{"test": 2432232315}"#.utf8)))?.code == "bad_signature")
        // The signature of another message id.
        #expect(failure(auth, Self.request(id: "msg_other"))?.code == "bad_signature")
    }

    @Test func aListMixingOtherVersionsWithOneValidV1Passes() throws {
        let mixed = "v2,abc= v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= \(Self.v1) v1a,bm90IGEgc2lnbmF0dXJl"
        #expect(try Self.verifier().verify(Self.request(signature: mixed), now: Self.now).scheme == "standard-webhooks")
    }

    @Test func timestampsJustInsideTheWindowPassAndJustOutsideFail() throws {
        let auth = try Self.verifier()
        #expect(failure(auth, Self.request(), now: Self.now.addingTimeInterval(300)) == nil)
        #expect(failure(auth, Self.request(), now: Self.now.addingTimeInterval(-300)) == nil)
        #expect(failure(auth, Self.request(), now: Self.now.addingTimeInterval(301))?.code == "timestamp_outside_window")
        #expect(failure(auth, Self.request(), now: Self.now.addingTimeInterval(-301))?.code == "timestamp_outside_window")
    }

    @Test func secretsWithAndWithoutPrefixWorkAndEmptyOnesAreRefused() throws {
        let bare = String(Self.secret.dropFirst("whsec_".count))
        #expect(try Self.verifier(secrets: [bare]).verify(Self.request(), now: Self.now).scheme == "standard-webhooks")
        #expect(throws: StandardWebhooksVerifier.KeyError.self) { try StandardWebhooksVerifier.secret(name: "x", text: "") }
        #expect(throws: StandardWebhooksVerifier.KeyError.self) { try StandardWebhooksVerifier.secret(name: "x", text: "whsec_") }
        #expect(throws: StandardWebhooksVerifier.KeyError.self) { try StandardWebhooksVerifier.secret(name: "x", text: "whsec_not*base64") }
        #expect(throws: StandardWebhooksVerifier.KeyError.self) { try StandardWebhooksVerifier.publicKey(name: "x", text: "whpk_c2hvcnQ=") }
    }

    @Test func rotatedSecretsEachVerifyAndTheMatchIsNamed() throws {
        let old = "whsec_" + Data((0..<32).map { UInt8($0) }).base64EncodedString()
        let auth = try Self.verifier(secrets: [old, Self.secret])
        #expect(try auth.verify(Self.request(), now: Self.now).credential == "s2")
        let noMatch = try Self.verifier(secrets: [old])
        #expect(failure(noMatch, Self.request())?.code == "bad_signature")
    }

    @Test func anEd25519SignatureMadeHereVerifies() throws {
        let key = Curve25519.Signing.PrivateKey()
        let content = Data("\(Self.id).\(Self.timestamp).".utf8) + Self.body
        let signature = try key.signature(for: content)
        let auth = try Self.verifier(secrets: [], publicKeys: ["whpk_" + key.publicKey.rawRepresentation.base64EncodedString()])
        #expect(try auth.verify(Self.request(signature: "v1a," + signature.base64EncodedString()), now: Self.now).scheme == "standard-webhooks")
    }
}

@Suite struct OtherSchemeTests {
    func failure(_ auth: WebhookAuthentication, _ request: WebhookRequest, pathToken: String? = nil, now: Date = Date()) -> AuthenticationFailure? {
        do {
            _ = try auth.verify(request, pathToken: pathToken, now: now)
            return nil
        } catch {
            return error
        }
    }

    @Test func githubPublishedVector() throws {
        let auth = WebhookAuthentication.github(GitHubSignatureVerifier(secrets: [NamedSecret(name: "gh", text: "It's a Secret to Everybody")]))
        let body = Data("Hello, World!".utf8)
        let good = WebhookRequest(
            headers: [
                ("X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"),
                ("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"),
            ],
            body: body
        )
        // X-GitHub-Delivery is not signed, so it is no repeat's key.
        #expect(try auth.verify(good) == Verification(scheme: "github", credential: "gh", deliveryID: nil))
        let wrong = WebhookRequest(headers: [("X-Hub-Signature-256", "sha256=" + String(repeating: "0", count: 64))], body: body)
        #expect(failure(auth, wrong)?.code == "bad_signature")
        #expect(failure(auth, WebhookRequest(headers: [("X-Hub-Signature-256", "757107ea")], body: body))?.code == "bad_signature")
        #expect(failure(auth, WebhookRequest(body: body))?.code == "missing_header")
        // The legacy SHA-1 header only when allowed.
        let sha1 = "sha1=" + Hex.encode(HMACAlgorithm.sha1.mac(key: Array("It's a Secret to Everybody".utf8), message: body))
        let legacy = WebhookRequest(headers: [("X-Hub-Signature", sha1)], body: body)
        #expect(failure(auth, legacy)?.code == "missing_header")
        let allowing = WebhookAuthentication.github(
            GitHubSignatureVerifier(secrets: [NamedSecret(name: "gh", text: "It's a Secret to Everybody")], allowsSHA1: true)
        )
        #expect(failure(allowing, legacy) == nil)
    }

    static let convoySecret = [NamedSecret(name: "convoy", text: "convoy-webhook-secret")]
    static let convoyBody = Data(#"{"event":"charge.success","amount":1000,"currency":"NGN"}"#.utf8)

    @Test func configurableHMACWithConvoysVectors() throws {
        let hex = WebhookAuthentication.hmac(HMACSignatureVerifier(secrets: Self.convoySecret, header: "X-Convoy-Signature"))
        let hexRequest = WebhookRequest(
            headers: [("X-Convoy-Signature", "244449b7f48cbc2709060c9dcdc2b3aa47a78f540430579015c579fb12defbb4")],
            body: Self.convoyBody
        )
        #expect(try hex.verify(hexRequest).scheme == "hmac")
        let base64 = WebhookAuthentication.hmac(HMACSignatureVerifier(secrets: Self.convoySecret, header: "X-Convoy-Signature", encoding: .base64))
        let base64Request = WebhookRequest(headers: [("X-Convoy-Signature", "JERJt/SMvCcJBgydzcKzqkenj1QEMFeQFcV5+xLe+7Q=")], body: Self.convoyBody)
        #expect(try base64.verify(base64Request).scheme == "hmac")
        #expect(failure(hex, base64Request)?.code == "bad_signature")
        #expect(failure(base64, hexRequest)?.code == "bad_signature")
    }

    @Test func configurableHMACWithATimestampAndATemplate() throws {
        // Convoy's advanced vector signs "1700000000," + body.
        let auth = WebhookAuthentication.hmac(
            HMACSignatureVerifier(
                secrets: Self.convoySecret,
                header: "X-Signature",
                prefix: "v1=",
                timestampHeader: "X-Timestamp",
                signed: try HMACSignatureVerifier.template("{timestamp},{body}")
            )
        )
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let request = WebhookRequest(
            headers: [("X-Timestamp", "1700000000"), ("X-Signature", "v1=77b8b9269f25a199846a55a2bd25b3fba151c70fdae60bb1dcd87fbbc943c55c")],
            body: Self.convoyBody
        )
        #expect(failure(auth, request, now: now) == nil)
        #expect(failure(auth, request, now: now.addingTimeInterval(301))?.code == "timestamp_outside_window")
        let noPrefix = WebhookRequest(
            headers: [("X-Timestamp", "1700000000"), ("X-Signature", "77b8b9269f25a199846a55a2bd25b3fba151c70fdae60bb1dcd87fbbc943c55c")],
            body: Self.convoyBody
        )
        #expect(failure(auth, noPrefix, now: now)?.code == "bad_signature")
        #expect(failure(auth, WebhookRequest(headers: [("X-Signature", "v1=00")], body: Self.convoyBody), now: now)?.code == "missing_header")
        #expect(throws: HMACSignatureVerifier.TemplateError.self) { try HMACSignatureVerifier.template("{timestamp}") }
        #expect(throws: HMACSignatureVerifier.TemplateError.self) { try HMACSignatureVerifier.template("{nonce}.{body}") }
    }

    @Test func everyDigestOfTheConfigurableScheme() throws {
        let body = Data("投诉".utf8)
        for algorithm in HMACAlgorithm.allCases {
            let signature = Hex.encode(algorithm.mac(key: Array("k".utf8), message: body))
            let auth = WebhookAuthentication.hmac(
                HMACSignatureVerifier(secrets: [NamedSecret(name: "k", text: "k")], header: "sig", algorithm: algorithm)
            )
            #expect(failure(auth, WebhookRequest(headers: [("sig", signature)], body: body)) == nil)
            #expect(failure(auth, WebhookRequest(headers: [("sig", signature.uppercased())], body: body)) == nil)
        }
        #expect(HMACAlgorithm.sha1.mac(key: [1], message: body).count == 20)
        #expect(HMACAlgorithm.sha512.mac(key: [1], message: body).count == 64)
    }

    @Test func bearerBasicAndPathTokens() throws {
        let tokens = [NamedSecret(name: "old", text: "t-old"), NamedSecret(name: "new", text: "t-new")]
        let bearer = WebhookAuthentication.bearer(tokens: tokens, allowsPathToken: false)
        #expect(try bearer.verify(WebhookRequest(headers: [("Authorization", "Bearer t-new")])).credential == "new")
        #expect(failure(bearer, WebhookRequest(headers: [("Authorization", "Bearer t-other")]))?.code == "bad_token")
        #expect(failure(bearer, WebhookRequest(headers: [("Authorization", "Basic dDp0")]))?.code == "bad_authorization")
        #expect(failure(bearer, WebhookRequest(), pathToken: "t-old")?.code == "missing_credentials")
        let path = WebhookAuthentication.bearer(tokens: tokens, allowsPathToken: true)
        #expect(try path.verify(WebhookRequest(), pathToken: "t-old").credential == "old")
        #expect(failure(path, WebhookRequest(), pathToken: "t-ol")?.code == "bad_token")

        let basic = WebhookAuthentication.basic(credentials: [NamedSecret(name: "pbx", text: "freeswitch:s3cret")])
        let encoded = Data("freeswitch:s3cret".utf8).base64EncodedString()
        #expect(try basic.verify(WebhookRequest(headers: [("Authorization", "Basic \(encoded)")])).credential == "pbx")
        let wrong = Data("freeswitch:guess".utf8).base64EncodedString()
        #expect(failure(basic, WebhookRequest(headers: [("Authorization", "Basic \(wrong)")]))?.code == "bad_credentials")
        #expect(failure(basic, WebhookRequest())?.code == "missing_credentials")
    }

    @Test func wechatPublishedVector() throws {
        #expect(WeChatSignature.compute(token: "test", timestamp: "1410685589", nonce: "test") == "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff")
        let auth = WebhookAuthentication.wechat(tokens: [NamedSecret(name: "mp", text: "test")])
        let good = WebhookRequest(
            method: "GET",
            query: "signature=f21891de399b4e33a1a93c9a7b8a8fffb5a443ff&timestamp=1410685589&nonce=test&echostr=abc"
        )
        let then = Date(timeIntervalSince1970: 1_410_685_589)
        #expect(try auth.verify(good, now: then).scheme == "wechat")
        let bad = WebhookRequest(method: "GET", query: "signature=f21891de399b4e33a1a93c9a7b8a8fffb5a443fe&timestamp=1410685589&nonce=test")
        #expect(failure(auth, bad, now: then)?.code == "bad_signature")
        #expect(failure(auth, WebhookRequest(method: "GET", query: "timestamp=1&nonce=2"))?.code == "missing_parameter")
        // The signature does not cover the body, so a captured URL is good for the timestamp window only.
        #expect(failure(auth, good, now: then.addingTimeInterval(301))?.code == "timestamp_outside_window")
        #expect(failure(auth, good)?.code == "timestamp_outside_window")
    }

    @Test func constantTimeComparisonAndHex() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equal([UInt8](), [0]))
        #expect(Hex.decode("0aFf") == [0x0A, 0xFF])
        #expect(Hex.decode("0g") == nil)
        #expect(Hex.decode("abc") == nil)
    }

    @Test func addressAllowList() throws {
        let network = try #require(IPNetwork("10.1.0.0/16"))
        #expect(network.contains("10.1.200.3"))
        #expect(!network.contains("10.2.0.1"))
        #expect(network.contains("::ffff:10.1.0.9"))
        let v6 = try #require(IPNetwork("2001:db8::/32"))
        #expect(v6.contains("2001:db8:1::5"))
        #expect(!v6.contains("2001:db9::1"))
        #expect(IPNetwork("127.0.0.1")?.contains("127.0.0.1") == true)
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("example.com") == nil)
        #expect(IPNetwork("") == nil)
        #expect(IPNetwork("/8") == nil)
        #expect([IPNetwork]().admits(nil))
        #expect(![network].admits(nil))
        #expect([network].admits("10.1.0.1"))
    }
}
