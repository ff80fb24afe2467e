import Foundation
import MultipartKit
import NIOCore

/// A submitted HTML form: its fields in order and its uploaded files.
struct FormData: Sendable {
    /// One uploaded file.
    struct File: Sendable {
        var field: String
        var filename: String
        var contentType: String?
        var bytes: [UInt8]
    }

    /// A form that could not be read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var fields: [(name: String, value: String)] = []
    var files: [File] = []

    /// The first value of `name`.
    subscript(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// Reads `application/x-www-form-urlencoded` or `multipart/form-data` by the request's content type.
    static func parse(contentType: String?, body: ByteBuffer) throws -> FormData {
        let type = contentType ?? ""
        let media = type.split(separator: ";").first.map { $0.lowercased().filter { $0 != " " } } ?? ""
        switch media {
        case "application/x-www-form-urlencoded", "":
            return FormData(fields: urlEncoded(Array(body.readableBytesView)))
        case "multipart/form-data":
            guard let boundary = parameter("boundary", in: type) else { throw Failure(description: "a multipart form without a boundary") }
            return try multipart(body, boundary: boundary)
        default:
            throw Failure(description: "a form is sent as application/x-www-form-urlencoded or multipart/form-data, not \(media)")
        }
    }

    /// `a=1&b=%E4%B8%AD+x` → [("a", "1"), ("b", "中 x")]; invalid UTF-8 becomes U+FFFD, never dropped silently.
    static func urlEncoded(_ bytes: [UInt8]) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            result.append((name, value))
        }
        return result
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), bytes.distance(from: index, to: bytes.endIndex) >= 3,
                let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func multipart(_ body: ByteBuffer, boundary: String) throws -> FormData {
        let parser = MultipartParser(boundary: boundary)
        var form = FormData()
        var headers: [(String, String)] = []
        var content: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name.lowercased(), value)) }
        parser.onBody = { buffer in content.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            defer {
                headers = []
                content = []
            }
            guard let disposition = headers.first(where: { $0.0 == "content-disposition" })?.1,
                let name = parameter("name", in: disposition)
            else { return }
            if let filename = parameter("filename", in: disposition) {
                // A file input left empty still sends a part, with no name and no bytes.
                guard !filename.isEmpty || !content.isEmpty else { return }
                let type = headers.first { $0.0 == "content-type" }?.1
                form.files.append(File(field: name, filename: filename, contentType: type, bytes: content))
            } else {
                form.fields.append((name, String(decoding: content, as: UTF8.self)))
            }
        }
        do {
            try parser.execute(body)
        } catch {
            throw Failure(description: "the multipart form is malformed: \(error)")
        }
        return form
    }
}
