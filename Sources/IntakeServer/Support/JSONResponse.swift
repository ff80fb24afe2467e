import Foundation
import HTTPTypes
import Hummingbird
import IntakeCore
import NIOCore

/// JSON bodies of the gateway's answers.
enum JSONResponse {
    static func make(_ status: HTTPResponse.Status, _ value: some Encodable, headers: HTTPFields = [:]) -> Response {
        let data = (try? JSONEncoder.makeComplaintEncoder().encode(value)) ?? Data("{}".utf8)
        return make(status, bytes: data, headers: headers)
    }

    static func make(_ status: HTTPResponse.Status, bytes: some Collection<UInt8>, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// An error answer: `{"error": code, "message": …, "issues": […]}`.
    static func error(
        _ status: HTTPResponse.Status,
        code: String,
        message: String,
        issues: [ValidationIssue] = [],
        headers: HTTPFields = [:]
    ) -> Response {
        make(status, ErrorBody(error: code, message: message, issues: issues.isEmpty ? nil : issues), headers: headers)
    }

    struct ErrorBody: Encodable {
        var error: String
        var message: String
        var issues: [ValidationIssue]?
    }
}
