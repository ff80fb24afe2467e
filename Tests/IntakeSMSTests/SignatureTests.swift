import Crypto
import Foundation
import IntakeCore
import IntakeSMS
import IntakeWebhook
import Testing

/// The providers' published vectors (channel-formats.md §4) and their negative cases.
@Suite struct TwilioSignatureTests {
    static let url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    static let parameters = [
        ("CallSid", "CA1234567890ABCDE"), ("Digits", "1234"), ("From", "+14158675309"), ("To", "+18005551212"), ("Caller", "+14158675309"),
    ]
    static let token = Array("12345".utf8)

    @Test func publishedVectors() {
        #expect(TwilioSignature.compute(url: Self.url, parameters: Self.parameters, token: Self.token) == "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
        #expect(
            TwilioSignature.compute(url: "https://mycompany.com:443/myapp.php?foo=1&bar=2", parameters: Self.parameters, token: Self.token)
                == "kvajT1Ptam85bY51eRf/AJRuM3w="
        )
        let multiple = [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234"), ("Digits", "1234")]
        #expect(TwilioSignature.compute(url: Self.url, parameters: multiple, token: Self.token) == "IK+Dwps556ElfBT0I3Rgjkr1wJU=")
        let docs = [
            ("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675310"), ("Digits", "1234"), ("From", "+14158675310"), ("To", "+18005551212"),
        ]
        #expect(TwilioSignature.compute(url: Self.url, parameters: docs, token: Self.token) == "GvWf1cFY/Q7PnoempGyD5oXAezc=")
        let chinese = [
            ("AccountSid", "AC00000000000000000000000000000001"), ("Body", "投诉：快递三天未送达"), ("From", "+8613800138000"),
            ("MessageSid", "SM00000000000000000000000000000001"), ("NumMedia", "0"), ("NumSegments", "1"), ("To", "+13125550001"),
        ]
        #expect(
            TwilioSignature.compute(url: "https://gw.example.com/sms/twilio", parameters: chinese, token: Array("test_auth_token".utf8))
                == "+bXPgje2zP4iMAMdQ1ZwzzFUMYI="
        )
    }

    static func form(_ pairs: [(String, String)]) -> Data {
        Data(
            pairs.map {
                "\($0.0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
            }
            .joined(separator: "&").utf8
        )
    }

    static func source(url: String = "https://mycompany.com/myapp.php", tokens: [String] = ["12345"]) -> SMSSource {
        SMSSource(
            intake: IntakeSource(name: "twilio", defaultChannel: .sms),
            provider: .twilio(authTokens: tokens.map { NamedSecret(name: $0, text: $0) }, publicURL: url)
        )
    }

    func outcome(_ source: SMSSource, _ request: WebhookRequest) -> String {
        switch source.receive(request, pathToken: nil, now: Date()) {
        case .unauthenticated(let failure): "unauthenticated:\(failure.code)"
        case .items: "verified"
        default: "other"
        }
    }

    @Test func aFormCallbackVerifiesOverThePublicURLWithOrWithoutItsPort() {
        let body = Self.form(Self.parameters)
        let headers: [(name: String, value: String)] = [
            ("Content-Type", "application/x-www-form-urlencoded"), ("X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
        ]
        let request = WebhookRequest(method: "POST", path: "/v1/sms/twilio", query: "foo=1&bar=2", headers: headers, body: body)
        #expect(outcome(Self.source(), request) == "verified")
        // Signed over the URL with :443: still Twilio's request.
        var ported = request
        ported.headers[1] = ("x-twilio-signature", "kvajT1Ptam85bY51eRf/AJRuM3w=")
        #expect(outcome(Self.source(), ported) == "verified")
        // The rotated-out token no longer verifies; the URL intake sees behind a proxy does not either.
        #expect(outcome(Self.source(tokens: ["54321"]), request) == "unauthenticated:bad_signature")
        #expect(outcome(Self.source(url: "http://10.0.0.5:8080/v1/sms/twilio"), request) == "unauthenticated:bad_signature")
        // A changed parameter.
        var changed = request
        changed.body = Self.form(Self.parameters.map { $0.0 == "Digits" ? ($0.0, "9999") : $0 })
        #expect(outcome(Self.source(), changed) == "unauthenticated:bad_signature")
        var unsigned = request
        unsigned.headers.removeLast()
        #expect(outcome(Self.source(), unsigned) == "unauthenticated:missing_header")
    }

    @Test func aJSONCallbackVerifiesItsBodyThroughBodySHA256() {
        let body = Data(#"{"property": "value", "boolean": true}"#.utf8)
        let digest = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
        let headers: [(name: String, value: String)] = [("Content-Type", "application/json"), ("X-Twilio-Signature", "a9nBmqA0ju/hNViExpshrM61xv4=")]
        let request = WebhookRequest(method: "POST", query: "foo=1&bar=2&bodySHA256=\(digest)", headers: headers, body: body)
        if case .unauthenticated(let failure) = Self.source().receive(request, pathToken: nil, now: Date()) { Issue.record("\(failure)") }
        var tampered = request
        tampered.body = Data(#"{"property": "value", "boolean": false}"#.utf8)
        #expect(outcome(Self.source(), tampered) == "unauthenticated:bad_signature")
    }
}

@Suite struct VonageSignatureTests {
    static let parameters = [("a", "1"), ("b", "2"), ("timestamp", "1461605396")]
    static let secret = Array("secret".utf8)

    @Test func publishedVectors() {
        #expect(VonageSignature.compute(Self.parameters, secret: Self.secret, method: .md5hash) == "6af838ef94998832dbfc29020b564830")
        #expect(VonageSignature.compute(Self.parameters, secret: Self.secret, method: .md5) == "c15c21ced558c93a226c305f58f902f2")
        #expect(VonageSignature.compute(Self.parameters, secret: Self.secret, method: .sha1) == "3e19a4e6880fdc2c1426bfd0587c98b9532f0210")
        #expect(
            VonageSignature.compute(Self.parameters, secret: Self.secret, method: .sha256)
                == "a321e824b9b816be7c3f28859a31749a098713d39f613c80d455bbaffae1cd24"
        )
        #expect(
            VonageSignature.compute(Self.parameters, secret: Self.secret, method: .sha512)
                == "812a18f76680fa0fe1b8bd9ee1625466ceb1bd96242e4d050d2cfd9a7b40166c63ed26ec9702168781b6edcf1633db8ff95af9341701004eec3fcf9550572ee8"
        )
        let v4 = [("param1", "value1"), ("param2", "value2"), ("timestamp", "1234567890")]
        #expect(
            VonageSignature.compute(v4, secret: Array("signature_secret".utf8), method: .sha256)
                == "280c4320703dbc98bfa22db676655ed2acfbfe8792b062ff7622e67f1183c287"
        )
        let escaped = [("param1", "value&1"), ("param2", "value=2"), ("timestamp", "1234567890")]
        #expect(VonageSignature.compute(escaped, secret: Array("signature_secret".utf8), method: .md5) == "2bbf0abafb2c55e5af6231513896a2ac")
    }

    static func source(_ method: VonageSignature.Method = .sha256) -> SMSSource {
        SMSSource(
            intake: IntakeSource(name: "vonage", defaultChannel: .sms),
            provider: .vonage(signatureSecrets: [NamedSecret(name: "v", text: "secret")], method: method, tolerance: 300)
        )
    }

    @Test func signedCallbacksAreCheckedWithTheirTimestamp() {
        let now = Date(timeIntervalSince1970: 1_461_605_396)
        var pairs = [
            ("msisdn", "8613800138000"), ("to", "12015550001"), ("messageId", "0A0000001234"), ("text", "投诉 & 退款=马上"), ("timestamp", "1461605396"),
        ]
        pairs.append(("sig", VonageSignature.compute(pairs, secret: Self.secret, method: .sha256).uppercased()))
        let query = pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        let request = WebhookRequest(method: "GET", query: query)
        guard case .items(let items, _, _) = Self.source().receive(request, pathToken: nil, now: now) else {
            Issue.record("not verified")
            return
        }
        #expect(items.first?.draft?.body == "投诉 & 退款=马上")
        #expect(items.first?.draft?.complainant.phone == "+8613800138000")
        if case .unauthenticated(let failure) = Self.source().receive(request, pathToken: nil, now: now.addingTimeInterval(301)) {
            #expect(failure.code == "timestamp_outside_window")
        } else {
            Issue.record("an old signature was accepted")
        }
        if case .unauthenticated(let failure) = Self.source(.md5hash).receive(request, pathToken: nil, now: now) {
            #expect(failure.code == "bad_signature")
        } else {
            Issue.record("the wrong method was accepted")
        }
        let unsigned = WebhookRequest(method: "GET", query: "msisdn=8613800138000&messageId=1&text=x")
        if case .unauthenticated(let failure) = Self.source().receive(unsigned, pathToken: nil, now: now) {
            #expect(failure.code == "missing_parameter")
        } else {
            Issue.record("an unsigned callback was accepted")
        }
    }
}

@Suite struct TelnyxAndPlivoSignatureTests {
    static let telnyxBody =
        #"{"data":{"event_type":"message.received","id":"b301ed3f-1490-491f-995f-6e64e69674d4","occurred_at":"2023-11-14T22:13:20.000+00:00","payload":{"direction":"inbound","from":{"phone_number":"+8613800138000"},"id":"84cca175-9755-4859-b67f-4730d7f58aa3","media":[],"parts":1,"received_at":"2023-11-14T22:13:20.000+00:00","text":"投诉：快递三天未送达","to":[{"phone_number":"+13125550001"}],"type":"SMS"},"record_type":"event"},"meta":{"attempt":1,"delivered_to":"https://example.com/webhooks"}}"#
    static let telnyxSignature = "UcxFUu5BI0zZPm99I5BRKCBOQZzTh0UZjWeaRtrETawk83NYgE0JV/cloI3ePAHHkqJFkiW1Q1pP6jOJ9Vo6Bw=="

    @Test func telnyxDerivedVectorAndItsWindow() throws {
        #expect(Data(Self.telnyxBody.utf8).count == 499)
        let key = try #require(TelnyxSignature.publicKey(name: "portal", text: "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="))
        let source = SMSSource(intake: IntakeSource(name: "telnyx", defaultChannel: .sms), provider: .telnyx(publicKeys: [key], tolerance: 300))
        let request = WebhookRequest(
            headers: [("Content-Type", "application/json"), ("telnyx-timestamp", "1700000000"), ("telnyx-signature-ed25519", Self.telnyxSignature)],
            body: Data(Self.telnyxBody.utf8)
        )
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        guard case .items(let items, _, _) = source.receive(request, pathToken: nil, now: now) else {
            Issue.record("not verified")
            return
        }
        #expect(items.first?.draft?.body == "投诉：快递三天未送达")
        #expect(items.first?.draft?.externalID == "84cca175-9755-4859-b67f-4730d7f58aa3")
        if case .unauthenticated(let failure) = source.receive(request, pathToken: nil, now: now.addingTimeInterval(301)) {
            #expect(failure.code == "timestamp_outside_window")
        } else {
            Issue.record("an old signature was accepted")
        }
        var tampered = request
        tampered.body = Data(Self.telnyxBody.replacingOccurrences(of: "三天", with: "两天").utf8)
        if case .unauthenticated(let failure) = source.receive(tampered, pathToken: nil, now: now) {
            #expect(failure.code == "bad_signature")
        } else {
            Issue.record("a changed body was accepted")
        }
    }

    static let plivoToken = Array("Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4".utf8)
    static let nonce = "31627761595286130198"
    static let uuid = "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36"
    static let parameters: [(name: String, value: String)] = [
        ("Direction", "outbound"), ("From", "19792014278"), ("ALegUUID", uuid), ("CallStatus", "in-progress"), ("BillRate", "0.002"),
        ("ParentAuthID", "MANWVLYTK4ZWU1YTY4QA"), ("To", "sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com"),
        ("ALegRequestUUID", uuid), ("CallUUID", uuid), ("RequestUUID", uuid),
        ("SIP-H-To", "<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1"),
        ("SessionStart", "2020-04-08 11:34:33.238707"), ("Event", "StartApp"),
    ]

    @Test func plivoPublishedVectors() {
        let withQuery = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml/?a=b&c=d"
        let bare = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml"
        func sign(_ method: String, _ url: String) -> String {
            PlivoSignature.compute(method: method, url: url, parameters: Self.parameters, nonce: Self.nonce, token: Self.plivoToken)
        }
        #expect(sign("POST", withQuery) == "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c=")
        #expect(sign("GET", withQuery) == "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ=")
        #expect(sign("POST", bare) == "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=")
        #expect(sign("GET", bare) == "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc=")
    }

    @Test func plivoAcceptsAnyOfSeveralSignaturesAndRefusesOthers() {
        let source = SMSSource(
            intake: IntakeSource(name: "plivo", defaultChannel: .sms),
            provider: .plivo(authTokens: [NamedSecret(name: "p", bytes: Self.plivoToken)], publicURL: "https://gw.example.com/v1/sms/plivo")
        )
        let form = [("From", "8613800138000"), ("To", "14155550100"), ("Text", "充电桩扣费两次"), ("MessageUUID", "m-1"), ("Type", "sms")]
        let signature = PlivoSignature.compute(
            method: "POST",
            url: "https://gw.example.com/v1/sms/plivo",
            parameters: form,
            nonce: "n1",
            token: Self.plivoToken
        )
        let body = Data(form.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&").utf8)
        func request(_ header: String) -> WebhookRequest {
            WebhookRequest(
                headers: [
                    ("Content-Type", "application/x-www-form-urlencoded"), ("X-Plivo-Signature-V3", header), ("X-Plivo-Signature-V3-Nonce", "n1"),
                ],
                body: body
            )
        }
        guard case .items(let items, _, _) = source.receive(request("AAAA, \(signature)"), pathToken: nil, now: Date()) else {
            Issue.record("not verified")
            return
        }
        #expect(items.first?.draft?.complainant.phone == "+8613800138000")
        #expect(items.first?.draft?.body == "充电桩扣费两次")
        if case .unauthenticated(let failure) = source.receive(request("AAAA"), pathToken: nil, now: Date()) {
            #expect(failure.code == "bad_signature")
        } else {
            Issue.record("a wrong signature was accepted")
        }
    }
}
