/// How intake cleans text it is given: surrounding blanks and control characters go, everything else stays exactly.
package enum TextCleaning {
    /// A one-line field: control characters (line breaks and tabs included) are removed, surrounding blanks trimmed.
    /// - Returns: `nil` when nothing is left.
    package static func line(_ text: String?) -> String? {
        guard let text else { return nil }
        // Most fields hold nothing to remove: then only the blanks around them go.
        if !text.unicodeScalars.contains(where: { isControl($0) || $0.value == 0x2028 || $0.value == 0x2029 }) { return trimmed(text) }
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                // A line break or tab inside a one-line field separates words: one space for CR LF, NEL, LS, PS.
                let separates = scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar.value == 0x85 || scalar.value >= 0x2028
                if separates, !(scalar == "\n" && previous == "\r") { scalars.append(" ") }
                previous = scalar
                continue
            }
            previous = scalar
            scalars.append(scalar)
        }
        return trimmed(String(scalars))
    }

    /// Multi-line text (a body): line breaks and tabs are kept, other control characters removed, surrounding blanks trimmed.
    /// - Returns: `nil` when nothing is left.
    package static func text(_ text: String?) -> String? {
        guard let text else { return nil }
        var needsCleaning = false
        for scalar in text.unicodeScalars where isControl(scalar) && scalar != "\n" && scalar != "\r" && scalar != "\t" {
            needsCleaning = true
            break
        }
        guard needsCleaning else { return trimmed(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t" {
            scalars.append(scalar)
        }
        return trimmed(String(scalars))
    }

    /// C0 and C1 controls and DEL; format characters such as ZWJ are part of the text and stay.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0xFEFF
    }

    /// `text` without the blanks around it; `nil` when nothing is left. Cheaper than Foundation's trimming, which
    /// goes through `NSString`.
    package static func trimmed(_ text: some StringProtocol) -> String? {
        let text = String(text)
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isBlank($0) }) else { return nil }
        let end = scalars.lastIndex(where: { !isBlank($0) })!
        if start == scalars.startIndex, end == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[start...end])
    }
}
