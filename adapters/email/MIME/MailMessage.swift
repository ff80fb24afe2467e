public import struct Foundation.Date

/// A mail address with its display name.
public struct MailAddress: Sendable, Hashable {
    /// The display name, decoded (`张三`), or `nil`.
    public var name: String?
    /// The address, lower-cased, or `nil` when the field had none.
    public var address: String?

    /// Creates an address.
    public init(name: String?, address: String?) {
        self.name = name
        self.address = address
    }
}

/// A file that came with a mail, decoded.
public struct MailAttachment: Sendable, Hashable {
    /// The file name as sent (RFC 2231 and RFC 2047 decoded), or `nil` when it had none.
    public var filename: String?
    /// `type/subtype`, lower-cased.
    public var contentType: String
    /// The decoded content.
    public var data: [UInt8]

    /// Creates an attachment.
    public init(filename: String?, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// What a mail is, when a machine rather than a customer sent it.
public enum AutomatedMail: String, Sendable, Hashable, CaseIterable {
    /// An out-of-office or other automatic answer (Auto-Submitted, X-Autoreply, Precedence: auto_reply).
    case autoReply = "auto-reply"
    /// A delivery failure report (multipart/report, MAILER-DAEMON, empty Return-Path).
    case bounce
    /// A mass mailing (Precedence: bulk, junk or list).
    case bulk
}

/// Something the decoder had to do that whoever reads the complaint should know of.
public enum MailDecodingFlag: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Some bytes could not be decoded in any charset and became U+FFFD.
    case replacementCharacters = "replacement_characters"
    /// A charset was absent, unknown or wrong, and the one used was detected from the bytes.
    case charsetGuessed = "charset_guessed"
    /// The body came from an HTML part, turned into text.
    case htmlConverted = "html_converted"
    /// A multipart's closing boundary was missing; what came was kept.
    case truncatedMultipart = "truncated_multipart"

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A mail decoded: the fields a complaint is made of, the text a customer wrote, the files that came with it.
public struct MailMessage: Sendable, Hashable {
    /// The top-level header fields.
    public var headers: MailHeaders
    /// Subject, decoded, folding removed.
    public var subject: String?
    /// The first sender of From.
    public var from: MailAddress?
    /// Reply-To's first address, when given.
    public var replyTo: MailAddress?
    /// The Date field, when it could be read.
    public var date: Date?
    /// Message-ID without angle brackets.
    public var messageID: String?
    /// In-Reply-To ids, without angle brackets.
    public var inReplyTo: [String]
    /// References ids, without angle brackets.
    public var references: [String]
    /// The text: plain text parts, or HTML turned into text; line ends `\n`, trimmed.
    public var body: String
    /// Files, forwarded messages and inline images, in MIME order.
    public var attachments: [MailAttachment]
    /// What decoding had to do.
    public var flags: Set<MailDecodingFlag>
    /// Whether a machine sent it, and which kind.
    public var automated: AutomatedMail?
    /// The charset the body was decoded as.
    public var bodyCharset: String?
}
