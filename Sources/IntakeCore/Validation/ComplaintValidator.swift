public import struct Foundation.Date

/// Checks a draft against the schema and normalises it into a complaint, reporting every problem at once.
///
/// Identities are normalised (phone to E.164 in the configured region, e-mail lower-cased and checked, platform
/// lower-cased), text fields lose surrounding blanks and control characters and are otherwise kept exactly.
public struct ComplaintValidator: Sendable {
    /// Limits and defaults of validation.
    public struct Configuration: Sendable {
        /// ISO 3166 alpha-2 region for national phone numbers.
        public var defaultPhoneRegion: String
        /// Longest body, in characters.
        public var maximumBodyLength: Int
        /// Longest one-line field (subject, names, location, …), in characters.
        public var maximumLineLength: Int
        /// How far in the future `occurred_at` may be, for clock skew between the door and the gateway.
        public var allowedClockSkew: Duration

        /// Creates a configuration; every argument has the default shown.
        public init(
            defaultPhoneRegion: String = "CN",
            maximumBodyLength: Int = 200_000,
            maximumLineLength: Int = 1000,
            allowedClockSkew: Duration = .seconds(300)
        ) {
            self.defaultPhoneRegion = defaultPhoneRegion
            self.maximumBodyLength = maximumBodyLength
            self.maximumLineLength = maximumLineLength
            self.allowedClockSkew = allowedClockSkew
        }
    }

    /// Where a complaint is being accepted: the facts the gateway adds.
    public struct Context: Sendable {
        /// The gateway's id for it.
        public var id: String
        /// The configured source.
        public var source: String
        /// The channel when the draft names none.
        public var defaultChannel: Channel
        /// When the gateway accepted it.
        public var receivedAt: Date
        /// Tags every complaint of the source gets.
        public var defaultTags: [String]

        /// Creates a context.
        public init(id: String, source: String, defaultChannel: Channel, receivedAt: Date, defaultTags: [String] = []) {
            self.id = id
            self.source = source
            self.defaultChannel = defaultChannel
            self.receivedAt = receivedAt
            self.defaultTags = defaultTags
        }
    }

    /// The configuration in force.
    public let configuration: Configuration
    private let phones: PhoneNumberNormalizer

    /// Creates a validator.
    /// - Throws: ``ComplaintValidationError`` when the phone region is not known.
    public init(configuration: Configuration = Configuration()) throws {
        guard let phones = PhoneNumberNormalizer(defaultRegion: configuration.defaultPhoneRegion) else {
            let known = PhoneNumberNormalizer.regions.keys.sorted().joined(separator: ", ")
            throw ComplaintValidationError(issues: [
                ValidationIssue(
                    field: "phone_region",
                    code: "enum",
                    message: "unknown phone region \"\(configuration.defaultPhoneRegion)\"; known: \(known)"
                )
            ])
        }
        self.configuration = configuration
        self.phones = phones
    }

    /// Validates and normalises `draft`.
    /// - Returns: the complaint, without triage, SLA or raw reference (the intake path adds them).
    /// - Throws: ``ComplaintValidationError`` with every problem found.
    public func validate(_ draft: ComplaintDraft, context: Context) throws -> Complaint {
        var issues: [ValidationIssue] = []
        let complainant = normalizeComplainant(draft.complainant, issues: &issues)

        let body = TextCleaning.text(draft.body)
        if body == nil {
            issues.append(ValidationIssue(field: "body", code: "required", message: "is required: what happened, in the customer's words"))
        } else if let body, body.utf8.count > configuration.maximumBodyLength, body.count > configuration.maximumBodyLength {
            issues.append(
                ValidationIssue(
                    field: "body",
                    code: "too_long",
                    message: "has \(body.count) characters; at most \(configuration.maximumBodyLength) are allowed"
                )
            )
        }
        let subject = line(draft.subject, field: "subject", issues: &issues)
        let location = line(draft.location, field: "location", issues: &issues)
        let demand = TextCleaning.text(draft.demand)
        let externalID = line(draft.externalID, field: "external_id", issues: &issues)

        var respondent: Respondent?
        if let given = draft.respondent {
            let candidate = Respondent(
                kind: line(given.kind, field: "respondent.kind", issues: &issues),
                id: line(given.id, field: "respondent.id", issues: &issues),
                name: line(given.name, field: "respondent.name", issues: &issues)
            )
            if candidate.kind != nil || candidate.id != nil || candidate.name != nil { respondent = candidate }
        }

        if let occurredAt = draft.occurredAt, !occurredAt.timeIntervalSince1970.isFinite || occurredAt < Self.earliestOccurrence {
            issues.append(ValidationIssue(field: "occurred_at", code: "range", message: "is before 1900: not a time a complaint happened"))
        } else if let occurredAt = draft.occurredAt, occurredAt > context.receivedAt.addingTimeInterval(configuration.allowedClockSkew.seconds) {
            issues.append(
                ValidationIssue(
                    field: "occurred_at",
                    code: "future",
                    message:
                        "is \(RFC3339.string(from: occurredAt)), later than the time it was received (\(RFC3339.string(from: context.receivedAt)))"
                )
            )
        }
        if let severity = draft.severity, !(1...4).contains(severity) {
            issues.append(ValidationIssue(field: "severity", code: "range", message: "must be 1 (most severe) to 4, not \(severity)"))
        }

        var references: [String: String] = [:]
        for key in draft.references.keys.sorted() {
            guard let cleanKey = TextCleaning.line(key) else {
                issues.append(ValidationIssue(field: "references", code: "format", message: "has an empty key"))
                continue
            }
            if let value = line(draft.references[key], field: "references.\(cleanKey)", issues: &issues) { references[cleanKey] = value }
        }

        var attachments: [Attachment] = []
        for (index, given) in draft.attachments.enumerated() {
            let field = "attachments[\(index)]"
            guard let filename = line(given.filename, field: "\(field).filename", issues: &issues) else {
                issues.append(ValidationIssue(field: "\(field).filename", code: "required", message: "is required"))
                continue
            }
            if let size = given.size, size < 0 {
                issues.append(ValidationIssue(field: "\(field).size", code: "range", message: "must not be negative"))
            }
            var sha256 = given.sha256.map { $0.lowercased() }
            if let digest = sha256, !Self.isHexDigest(digest) {
                issues.append(ValidationIssue(field: "\(field).sha256", code: "format", message: "must be 64 hexadecimal digits"))
                sha256 = nil
            }
            attachments.append(
                Attachment(
                    filename: filename,
                    contentType: TextCleaning.line(given.contentType)?.lowercased(),
                    size: given.size,
                    sha256: sha256,
                    reference: TextCleaning.line(given.reference)
                )
            )
        }

        let urgencyReasons = draft.urgencyReasons.compactMap { TextCleaning.line($0) }
        var tags: [String] = []
        for tag in context.defaultTags + draft.tags {
            if let clean = TextCleaning.line(tag), !tags.contains(clean) { tags.append(clean) }
        }

        guard issues.isEmpty, let body else { throw ComplaintValidationError(issues: issues) }
        return Complaint(
            id: context.id,
            channel: draft.channel ?? context.defaultChannel,
            source: context.source,
            externalID: externalID,
            receivedAt: RFC3339.truncatedToMilliseconds(context.receivedAt),
            occurredAt: draft.occurredAt.map(RFC3339.truncatedToMilliseconds),
            complainant: complainant,
            subject: subject,
            body: body,
            respondent: respondent,
            location: location,
            demand: demand,
            references: references,
            attachments: attachments,
            category: draft.category,
            severity: draft.severity,
            urgent: draft.urgent ?? !urgencyReasons.isEmpty,
            urgencyReasons: urgencyReasons,
            tags: tags,
            extra: draft.extra
        )
    }

    private func line(_ text: String?, field: String, issues: inout [ValidationIssue]) -> String? {
        guard let clean = TextCleaning.line(text) else { return nil }
        // A text has no more characters than UTF-8 bytes: most never need counting.
        if clean.utf8.count > configuration.maximumLineLength, clean.count > configuration.maximumLineLength {
            issues.append(
                ValidationIssue(
                    field: field,
                    code: "too_long",
                    message: "has \(clean.count) characters; at most \(configuration.maximumLineLength) are allowed"
                )
            )
        }
        return clean
    }

    private func normalizeComplainant(_ given: Complainant, issues: inout [ValidationIssue]) -> Complainant {
        var result = Complainant()
        result.name = line(given.name, field: "complainant.name", issues: &issues)
        if let phone = TextCleaning.line(given.phone) {
            do {
                result.phone = try phones.normalize(phone)
            } catch {
                issues.append(Self.phoneIssue(error, region: phones.defaultRegion.code))
            }
        }
        if let email = TextCleaning.line(given.email) {
            let lowered = email.lowercased()
            if Self.isEmailAddress(lowered) {
                result.email = lowered
            } else {
                issues.append(
                    ValidationIssue(field: "complainant.email", code: "format", message: "is not an e-mail address of the form name@domain.example")
                )
            }
        }
        result.handle = line(given.handle, field: "complainant.handle", issues: &issues)
        result.platform = line(given.platform, field: "complainant.platform", issues: &issues)?.lowercased()
        if result.handle != nil, result.platform == nil {
            issues.append(
                ValidationIssue(field: "complainant.platform", code: "required", message: "is required when a handle is given (weibo, x, douyin, …)")
            )
        }
        result.customerID = line(given.customerID, field: "complainant.customer_id", issues: &issues)

        let identified =
            result.name != nil || result.phone != nil || result.email != nil || result.handle != nil || result.customerID != nil
        let hadInvalid = issues.contains { $0.field.hasPrefix("complainant.") }
        if !identified, !hadInvalid {
            issues.append(
                ValidationIssue(
                    field: "complainant",
                    code: "required",
                    message: "needs at least one of name, phone, email, handle (with platform) or customer_id"
                )
            )
        }
        result.contactKey = Self.contactKey(for: result)
        return result
    }

    private static func phoneIssue(_ failure: PhoneNumberNormalizer.Failure, region: String) -> ValidationIssue {
        switch failure {
        case .invalidCharacters:
            ValidationIssue(
                field: "complainant.phone",
                code: "format",
                message: "is not a phone number: only digits, spaces, - . / ( ) and a leading + or 00 are allowed"
            )
        case .invalidLength(let digits):
            ValidationIssue(
                field: "complainant.phone",
                code: "format",
                message: "is not a valid phone number: \(digits) digits fit neither a national number of \(region) nor an international number"
            )
        }
    }

    /// Complaints are about things that happened after this (1900-01-01): an earlier time is a mistake.
    static let earliestOccurrence = Date(timeIntervalSince1970: -2_208_988_800)

    /// The strongest identifier of a complainant: phone, then e-mail, then platform handle, then customer id.
    public static func contactKey(for complainant: Complainant) -> String? {
        ContactIdentity.keys(of: complainant).first?.key
    }

    static func isHexDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// A practical check of `local@domain`: no blanks, one `@`, a dotted domain of letters, digits and hyphens
    /// (non-ASCII letters allowed for internationalised domains).
    static func isEmailAddress(_ text: String) -> Bool {
        guard text.utf8.count <= 254 else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last else { return false }
        guard !local.isEmpty, local.utf8.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", "\\", ",", ";", ":", "\""]
        guard !local.unicodeScalars.contains(where: { $0.value < 0x21 || forbidden.contains($0) || ($0.value > 0x7F && $0.properties.isWhitespace) })
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63, !label.hasPrefix("-"), !label.hasSuffix("-") else { return false }
            guard
                label.utf8.allSatisfy({ $0 == 0x2D || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) })
                    || label.unicodeScalars.allSatisfy({ $0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            else { return false }
        }
        return true
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    package var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
