public import Foundation
import IntakeCore

/// An HTTP request as a webhook adapter sees it: method, path, query, headers and the exact body bytes.
///
/// Signatures are checked over `body` as received; nothing is re-encoded before verification.
public struct WebhookRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// The path without the query.
    public var path: String
    /// The raw query string (without `?`), percent-encoded as received.
    public var query: String
    /// Header fields, names lower-cased, in arrival order.
    public var headers: [(name: String, value: String)]
    /// The body as received.
    public var body: Data
    /// The caller's address, when known.
    public var remoteAddress: String?

    /// Creates a request; header names are lower-cased.
    public init(
        method: String = "POST",
        path: String = "/",
        query: String = "",
        headers: [(name: String, value: String)] = [],
        body: Data = Data(),
        remoteAddress: String? = nil
    ) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = headers.map { ($0.name.lowercased(), $0.value) }
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name == wanted }?.value
    }

    /// The media type of the body, lower-cased, without parameters (`application/json`).
    public var mediaType: String {
        guard let value = header("content-type") else { return "" }
        let type = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return TextCleaning.trimmed(type)?.lowercased() ?? ""
    }

    /// Whether the body is JSON (`application/json` or `application/…+json`).
    public var isJSON: Bool {
        mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
    }

    /// The query parameters, percent-decoded (`+` as a space), in order.
    public var queryItems: [(name: String, value: String)] { FormEncoding.decode(query) }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }
}

/// `application/x-www-form-urlencoded` as browsers, PBXs and SMS providers send it.
public enum FormEncoding {
    /// Decodes `a=1&b=%E6%8A%95` into pairs; `+` is a space; a malformed escape is kept as written.
    public static func decode(_ text: some StringProtocol) -> [(name: String, value: String)] {
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecode(halves[0])
            let value = halves.count > 1 ? percentDecode(halves[1]) : ""
            pairs.append((name, value))
        }
        return pairs
    }

    /// Percent-decodes one component (`+` as a space); invalid UTF-8 is replaced, a malformed escape kept as written.
    public static func percentDecode(_ text: some StringProtocol, plusIsSpace: Bool = true) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"), index + 2 < utf8.count, let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
