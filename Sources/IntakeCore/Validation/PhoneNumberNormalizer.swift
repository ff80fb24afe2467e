/// Turns phone numbers as people write them into E.164 (`+8613800138000`).
///
/// National numbers are read in a configurable default region (CN unless configured): the trunk prefix is removed and
/// the country code added. International numbers may start with `+` or `00`. Separators (spaces, `-`, `.`, `/`,
/// brackets) and full-width digits are accepted; letters are not. Lengths are checked per region for the regions in
/// ``regions``; for other country codes the E.164 bounds apply.
public struct PhoneNumberNormalizer: Sendable {
    /// What is known of one numbering plan.
    public struct Region: Sendable, Hashable {
        /// ISO 3166 alpha-2 code.
        public var code: String
        /// Country calling code, digits only.
        public var callingCode: String
        /// The national trunk prefix, if the plan has one.
        public var trunkPrefix: String?
        /// Allowed lengths of the national significant number.
        public var nationalLengths: ClosedRange<Int>
        /// Leading digits that fix the length exactly (mainland China's mobiles: `13`…`19` and 11 digits).
        public var fixedLengths: [String: Int]

        /// Creates a numbering plan description.
        public init(code: String, callingCode: String, trunkPrefix: String?, nationalLengths: ClosedRange<Int>, fixedLengths: [String: Int] = [:]) {
            self.code = code
            self.callingCode = callingCode
            self.trunkPrefix = trunkPrefix
            self.nationalLengths = nationalLengths
            self.fixedLengths = fixedLengths
        }

        /// Whether `national` has a length this plan allows.
        public func allows(_ national: String) -> Bool {
            for (prefix, length) in fixedLengths where national.hasPrefix(prefix) { return national.count == length }
            return nationalLengths.contains(national.count)
        }
    }

    /// The numbering plans known by name.
    public static let regions: [String: Region] = {
        let list: [Region] = [
            Region(
                code: "CN",
                callingCode: "86",
                trunkPrefix: "0",
                nationalLengths: 9...11,
                fixedLengths: ["13": 11, "14": 11, "15": 11, "16": 11, "17": 11, "18": 11, "19": 11]
            ),
            Region(code: "HK", callingCode: "852", trunkPrefix: nil, nationalLengths: 8...8),
            Region(code: "MO", callingCode: "853", trunkPrefix: nil, nationalLengths: 8...8),
            Region(code: "TW", callingCode: "886", trunkPrefix: "0", nationalLengths: 8...9),
            Region(code: "SG", callingCode: "65", trunkPrefix: nil, nationalLengths: 8...8),
            Region(code: "JP", callingCode: "81", trunkPrefix: "0", nationalLengths: 9...10),
            Region(code: "KR", callingCode: "82", trunkPrefix: "0", nationalLengths: 8...10),
            Region(code: "MY", callingCode: "60", trunkPrefix: "0", nationalLengths: 8...10),
            Region(code: "US", callingCode: "1", trunkPrefix: "1", nationalLengths: 10...10),
            Region(code: "CA", callingCode: "1", trunkPrefix: "1", nationalLengths: 10...10),
            Region(code: "GB", callingCode: "44", trunkPrefix: "0", nationalLengths: 9...10),
            Region(code: "DE", callingCode: "49", trunkPrefix: "0", nationalLengths: 6...13),
            Region(code: "FR", callingCode: "33", trunkPrefix: "0", nationalLengths: 9...9),
            Region(code: "AU", callingCode: "61", trunkPrefix: "0", nationalLengths: 9...9),
            Region(code: "IN", callingCode: "91", trunkPrefix: "0", nationalLengths: 10...10),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.code, $0) })
    }()

    /// Why a text is not a phone number.
    public enum Failure: Error, Sendable, Hashable {
        /// It holds something other than digits, separators and a leading `+`.
        case invalidCharacters
        /// Its length does not fit the numbering plan.
        case invalidLength(digits: Int)
    }

    /// The region national numbers are read in.
    public let defaultRegion: Region

    /// Creates a normaliser.
    /// - Parameter defaultRegion: ISO 3166 alpha-2 code of the region for national numbers; must be in ``regions``.
    /// - Returns: `nil` when the region is not known.
    public init?(defaultRegion: String = "CN") {
        guard let region = Self.regions[defaultRegion.uppercased()] else { return nil }
        self.defaultRegion = region
    }

    /// Normalises `text` to E.164.
    /// - Throws: ``Failure`` when it is not a phone number.
    public func normalize(_ text: String) throws(Failure) -> String {
        var digits = ""
        var international = false
        var seenDigit = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39:
                digits.unicodeScalars.append(scalar)
                seenDigit = true
            case 0xFF10...0xFF19:  // full-width digits
                digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
                seenDigit = true
            case 0x2B, 0xFF0B:  // + and full-width +
                guard !seenDigit, !international else { throw .invalidCharacters }
                international = true
            case 0x20, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0xA0, 0x3000, 0x2010...0x2015, 0xFF08, 0xFF09, 0xFF0D:
                continue
            default:
                throw .invalidCharacters
            }
        }
        if !international, digits.hasPrefix("00") {
            international = true
            digits.removeFirst(2)
        }
        if international {
            return try normalizeInternational(digits)
        }
        var national = digits
        // A national significant number never starts with the trunk prefix in the plans known here.
        if let trunk = defaultRegion.trunkPrefix, national.hasPrefix(trunk) {
            national.removeFirst(trunk.count)
        }
        // A number written with the region's own country code but without `+` (8613800138000).
        if !defaultRegion.allows(national), digits.hasPrefix(defaultRegion.callingCode) {
            let rest = String(digits.dropFirst(defaultRegion.callingCode.count))
            if defaultRegion.allows(rest) { national = rest }
        }
        guard defaultRegion.allows(national) else { throw .invalidLength(digits: digits.count) }
        return "+" + defaultRegion.callingCode + national
    }

    private func normalizeInternational(_ digits: String) throws(Failure) -> String {
        guard digits.count >= 8, digits.count <= 15, digits.first != "0" else { throw .invalidLength(digits: digits.count) }
        for region in Self.regions.values.sorted(by: { $0.callingCode.count > $1.callingCode.count })
        where digits.hasPrefix(region.callingCode) {
            var national = String(digits.dropFirst(region.callingCode.count))
            // `+86 (0)755 …`: a trunk prefix written after the country code.
            if let trunk = region.trunkPrefix, trunk == "0", national.hasPrefix(trunk) {
                national.removeFirst()
            }
            guard region.allows(national) else { throw .invalidLength(digits: digits.count) }
            return "+" + region.callingCode + national
        }
        return "+" + digits
    }
}
