import Foundation

/// Classifies complaints by configured rules: category by keyword votes, urgency by triggers that are neither
/// negated, quoted nor reported speech, severity from both (raised for repeat complaints and VIPs), deadlines from
/// severity, and an explanation naming every rule that decided.
///
/// Values the door set (an agent's category, a hotline's severity) win over rules, and the explanation says so.
/// The rules are compiled once; classifying reads the subject, body and demand in one pass over their bytes.
public struct RuleTriage: ComplaintTriage {
    /// A rule that cannot be compiled.
    public struct InvalidPattern: Error, Sendable, CustomStringConvertible {
        /// The rule.
        public var rule: String
        /// The pattern.
        public var pattern: String
        /// Why it cannot be compiled.
        public var reason: String

        public var description: String { "\(rule): pattern \"\(pattern)\" is not a valid regular expression: \(reason)" }
    }

    /// What a phrase is used for.
    private enum Use: Sendable, Hashable {
        case category(Int)
        case categoryExcept(Int)
        case urgent(Int)
        case urgentExcept(Int)
        case negation
        case reported
        case reset
    }

    /// A compiled regular expression of a rule.
    private struct Pattern: @unchecked Sendable {
        // NSRegularExpression is immutable and safe to use from several threads; it is an order of magnitude faster
        // than Swift's Regex on Linux (about 5 µs against 80 µs a pattern on a 1 KB text here).
        let regex: NSRegularExpression
        let source: String
        let use: Use
    }

    /// The rules classified by.
    public let rules: TriageRules
    private let matcher: PhraseMatcher
    private let uses: [[Use]]
    private let patterns: [Pattern]

    /// Compiles `rules`.
    /// - Throws: ``InvalidPattern`` for a pattern that is not a regular expression.
    public init(rules: TriageRules) throws {
        self.rules = rules
        var phrases: [String] = []
        var uses: [[Use]] = []
        var index: [String: Int] = [:]
        func add(_ phrase: String, _ use: Use) {
            let key = TriageText(phrase).text
            guard !key.isEmpty else { return }
            if let existing = index[key] {
                if !uses[existing].contains(use) { uses[existing].append(use) }
            } else {
                index[key] = phrases.count
                phrases.append(key)
                uses.append([use])
            }
        }
        var patterns: [Pattern] = []
        func compile(_ source: String, rule: String, _ use: Use) throws {
            do {
                // The text is matched lower-cased, with full-width letters folded; patterns match case-insensitively.
                guard !source.isEmpty else { throw InvalidPattern(rule: rule, pattern: source, reason: "it is empty") }
                let regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
                patterns.append(Pattern(regex: regex, source: source, use: use))
            } catch let error as InvalidPattern {
                throw error
            } catch {
                throw InvalidPattern(rule: rule, pattern: source, reason: "\(error)")
            }
        }
        // A Latin keyword also matches its plural in s ("parcel" finds "parcels").
        func variants(_ phrase: String) -> [String] {
            guard let last = phrase.unicodeScalars.last, ("a"..."z").contains(last) || ("A"..."Z").contains(last), last != "s", last != "S"
            else { return [phrase] }
            return [phrase, phrase + "s"]
        }
        for (position, rule) in rules.categories.enumerated() {
            for keyword in rule.phrases.keywords { for variant in variants(keyword) { add(variant, .category(position)) } }
            for phrase in rule.phrases.except { for variant in variants(phrase) { add(variant, .categoryExcept(position)) } }
            for pattern in rule.phrases.patterns { try compile(pattern, rule: rule.name, .category(position)) }
            for pattern in rule.phrases.exceptPatterns { try compile(pattern, rule: rule.name, .categoryExcept(position)) }
        }
        for (position, rule) in rules.urgent.enumerated() {
            for keyword in rule.phrases.keywords { for variant in variants(keyword) { add(variant, .urgent(position)) } }
            for phrase in rule.phrases.except { for variant in variants(phrase) { add(variant, .urgentExcept(position)) } }
            for pattern in rule.phrases.patterns { try compile(pattern, rule: rule.name, .urgent(position)) }
            for pattern in rule.phrases.exceptPatterns { try compile(pattern, rule: rule.name, .urgentExcept(position)) }
        }
        for phrase in rules.cues.negations { add(phrase, .negation) }
        for phrase in rules.cues.reported { add(phrase, .reported) }
        for phrase in rules.cues.resets { add(phrase, .reset) }
        self.matcher = PhraseMatcher(phrases: phrases)
        self.uses = uses
        self.patterns = patterns
    }

    /// The outcome of reading a text.
    public struct Reading: Sendable, Hashable {
        /// The category with most votes, `nil` when no rule voted.
        public var category: ComplaintCategory?
        /// The category rules that voted for it.
        public var categoryRules: [String]
        /// Why that category, in words.
        public var categoryExplanation: String?
        /// The urgency reasons found, in rule order.
        public var urgencyReasons: [String]
        /// The urgent rules that fired.
        public var urgencyRules: [String]
        /// Why urgent, and which triggers were found but did not count, in words.
        public var urgencyExplanation: [String]
    }

    /// A phrase or pattern found, with what it means.
    private struct Hit {
        var use: Use
        var start: Int
        var end: Int
        var phrase: String
    }

    /// Reads `text` (subject, body and demand joined) for category votes and urgent triggers.
    /// `0.87` for 0.8749: what `String(format: "%.2f")` writes for a probability, without Foundation's formatter
    /// (which parsed its format on every complaint).
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    public func read(_ raw: String) -> Reading {
        let text = TriageText(raw)
        var hits: [Hit] = []
        for match in matcher.matches(in: text) {
            for use in uses[match.phrase] {
                hits.append(Hit(use: use, start: match.start, end: match.end, phrase: matcher.phrases[match.phrase]))
            }
        }
        for pattern in patterns {
            // An exception only matters where its rule has a hit.
            switch pattern.use {
            case .categoryExcept(let position):
                guard hits.contains(where: { $0.use == .category(position) }) else { continue }
            case .urgentExcept(let position):
                guard hits.contains(where: { $0.use == .urgent(position) }) else { continue }
            default: break
            }
            let whole = NSRange(text.text.startIndex..<text.text.endIndex, in: text.text)
            for match in pattern.regex.matches(in: text.text, range: whole) {
                guard let range = Range(match.range, in: text.text) else { continue }
                let start = text.text.utf8.distance(from: text.text.utf8.startIndex, to: range.lowerBound)
                let end = text.text.utf8.distance(from: text.text.utf8.startIndex, to: range.upperBound)
                guard end > start else { continue }
                hits.append(Hit(use: pattern.use, start: start, end: end, phrase: String(text.text[range])))
            }
        }
        // Clauses, sentences and quotations only matter around an urgent trigger; most complaints have none.
        let structure = hits.contains(where: { if case .urgent = $0.use { return true } else { return false } }) ? TextStructure(text) : nil
        var reading = Reading(
            category: nil,
            categoryRules: [],
            categoryExplanation: nil,
            urgencyReasons: [],
            urgencyRules: [],
            urgencyExplanation: []
        )

        // Urgent triggers.
        var fired: [Int: [String]] = [:]
        var ignored: [String] = []
        func noted(_ sentence: String) {
            if ignored.count < 6, !ignored.contains(sentence) { ignored.append(sentence) }
        }
        for hit in hits {
            guard case .urgent(let position) = hit.use else { continue }
            let rule = rules.urgent[position]
            if let near = hits.first(where: { $0.use == .urgentExcept(position) && $0.start < hit.end && $0.end > hit.start }) {
                noted("not urgent by \"\(hit.phrase)\" (\(rule.name)): part of \"\(near.phrase)\"")
                continue
            }
            guard let structure else { break }
            if structure.isQuoted(hit.start) {
                noted("not urgent by \"\(hit.phrase)\" (\(rule.name)): in quotation marks")
                continue
            }
            let resets = hits.filter { $0.use == .reset }
            // A reset that starts after the cue and before the trigger ("就" in "不退款就起诉" may touch it).
            func reset(between from: Int, and to: Int) -> Bool {
                resets.contains { $0.start >= from && $0.start < to }
            }
            // A negation before the trigger, or overlapping its start ("i'm an" in "i'm an attorney").
            // The nearest, longest one names it in the explanation ("not going to" rather than "not").
            if let negation = hits.filter({
                $0.use == .negation && $0.start < hit.start && $0.end <= hit.end
                    && structure.clause(at: $0.start) == structure.clause(at: hit.start)
                    && text.characters(from: min($0.end, hit.start), to: hit.start) <= rules.cues.negationReach
                    && !reset(between: $0.end, and: hit.start)
            }).max(by: { ($0.end, $0.end - $0.start) < ($1.end, $1.end - $1.start) }) {
                noted("not urgent by \"\(hit.phrase)\" (\(rule.name)): negated by \"\(negation.phrase)\"")
                continue
            }
            // A reported-speech cue that is itself part of a trigger ("going to the local news") or of a reset (the
            // agent's "customer says he …" in a hotline note) reports nothing.
            if let cue = hits.first(where: { cue in
                cue.use == .reported && cue.end <= hit.start && structure.sentence(at: cue.start) == structure.sentence(at: hit.start)
                    && !reset(between: cue.end, and: hit.start)
                    && !hits.contains { other in
                        guard other.start < cue.end, other.end > cue.start else { return false }
                        if case .urgent = other.use { return true }
                        return other.use == .reset
                    }
            }) {
                noted("not urgent by \"\(hit.phrase)\" (\(rule.name)): reported speech (\"\(cue.phrase)\")")
                continue
            }
            if !(fired[position]?.contains(hit.phrase) ?? false) { fired[position, default: []].append(hit.phrase) }
        }
        for position in rules.urgent.indices {
            guard let phrases = fired[position] else { continue }
            let rule = rules.urgent[position]
            if !reading.urgencyReasons.contains(rule.reason) { reading.urgencyReasons.append(rule.reason) }
            reading.urgencyRules.append(rule.name)
            reading.urgencyExplanation.append("urgent, \(rule.reason): \(rule.name) found \(Self.list(phrases))")
        }
        reading.urgencyExplanation += ignored

        // Category votes.
        var votes: [Int: [String]] = [:]
        for hit in hits {
            guard case .category(let position) = hit.use else { continue }
            if hits.contains(where: { $0.use == .categoryExcept(position) && $0.start < hit.end && $0.end > hit.start }) { continue }
            if !(votes[position]?.contains(hit.phrase) ?? false) { votes[position, default: []].append(hit.phrase) }
        }
        var scores: [ComplaintCategory: Int] = [:]
        var order: [ComplaintCategory] = []
        for (position, rule) in rules.categories.enumerated() {
            guard let phrases = votes[position] else { continue }
            scores[rule.category, default: 0] += rule.weight * phrases.count
            if !order.contains(rule.category) { order.append(rule.category) }
        }
        // Most votes first; on a tie, the category whose rule comes first.
        let ranked = order.enumerated().sorted { (scores[$0.element]!, -$0.offset) > (scores[$1.element]!, -$1.offset) }.map(\.element)
        if let winner = ranked.first {
            reading.category = winner
            let voters = rules.categories.indices.filter { rules.categories[$0].category == winner && votes[$0] != nil }
            let reasons = voters.map { "\(rules.categories[$0].name) found \(Self.list(votes[$0]!))" }
            var sentence = "category \(winner.rawValue) (\(scores[winner]!) votes): \(reasons.joined(separator: "; "))"
            if ranked.count > 1 { sentence += "; next \(ranked[1].rawValue) (\(scores[ranked[1]]!))" }
            reading.categoryExplanation = sentence
            reading.categoryRules = voters.map { rules.categories[$0].name }
        }
        // The rules decide when their winner leads clearly; otherwise the model, if there is one, is asked.
        if let model = rules.categoryModel {
            let lead = ranked.first.map { scores[$0]! - (ranked.count > 1 ? scores[ranked[1]]! : 0) } ?? 0
            if lead < rules.modelMargin, let prediction = model.predict(normalized: text.text) {
                let words = prediction.evidence.map { "\"\($0)\"" }.joined(separator: ", ")
                let rulesSaid = reading.categoryExplanation.map { "; the rules were not sure: \($0)" } ?? "; no category rule matched"
                reading.categoryExplanation =
                    "category \(prediction.category.rawValue) (model, probability \(Self.twoDecimals(prediction.probability))): \(words)\(rulesSaid)"
                reading.category = prediction.category
                reading.categoryRules = ["category.model"]
            }
        }
        return reading
    }

    static func list(_ phrases: [String]) -> String {
        let shown = phrases.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
        return phrases.count > 4 ? "\(shown) and \(phrases.count - 4) more" : shown
    }

    public var linking: ContactLinking? { rules.linking }

    public func classify(_ complaint: inout Complaint) {
        var text = complaint.subject ?? ""
        text += "\n" + complaint.body
        if let demand = complaint.demand { text += "\n" + demand }
        let reading = read(text)
        var record = TriageRecord()

        if let category = complaint.category {
            record.rules.append("door.category")
            let rulesSay = reading.category.map { $0 == category ? "rules agree" : "rules say \($0.rawValue)" } ?? "no category rule matched"
            record.explanation.append("category \(category.rawValue): set by the door (\(rulesSay))")
        } else if let category = reading.category, let sentence = reading.categoryExplanation {
            complaint.category = category
            record.rules += reading.categoryRules
            record.explanation.append(sentence)
        } else {
            complaint.category = rules.fallbackCategory
            record.rules.append("category.fallback")
            record.explanation.append("category \(rules.fallbackCategory.rawValue): no category rule matched")
        }
        record.rules += reading.urgencyRules
        record.explanation += reading.urgencyExplanation

        let doorUrgent = complaint.urgent
        if doorUrgent {
            record.rules.append("door.urgent")
            record.explanation.append("urgent: flagged by the door")
        }
        for reason in reading.urgencyReasons where !complaint.urgencyReasons.contains(reason) { complaint.urgencyReasons.append(reason) }
        complaint.urgent = doorUrgent || !reading.urgencyReasons.isEmpty

        let category = complaint.category ?? rules.fallbackCategory
        if let severity = complaint.severity {
            record.rules.append("door.severity")
            record.explanation.append("severity \(severity): set by the door")
        } else {
            var severity: Int
            if complaint.urgent {
                severity = rules.severity.urgent
                record.rules.append("severity.urgent")
                record.explanation.append("severity \(severity): urgent")
            } else {
                severity = rules.severity.categories[category] ?? rules.severity.fallback
                record.rules.append("severity.category")
                record.explanation.append("severity \(severity): category \(category.rawValue)")
            }
            let earlier = complaint.related?.earlierIDs.count ?? 0
            if let raise = rules.severity.repeatRaise, earlier >= rules.severity.repeatAfter, severity > raise.mostSevere {
                let raised = max(raise.mostSevere, severity - raise.by)
                record.rules.append("severity.repeat")
                record.explanation.append("severity \(severity) raised to \(raised): repeat complaint (\(earlier) earlier linked)")
                severity = raised
                if !complaint.urgencyReasons.contains("repeat") { complaint.urgencyReasons.append("repeat") }
            }
            if let raise = rules.severity.vipRaise, severity > raise.mostSevere, isVIP(complaint.complainant) {
                let raised = max(raise.mostSevere, severity - raise.by)
                record.rules.append("severity.vip")
                record.explanation.append("severity \(severity) raised to \(raised): VIP customer")
                severity = raised
            }
            complaint.severity = severity
        }
        if let severity = complaint.severity, let deadlines = rules.sla.deadlines(severity: severity, receivedAt: complaint.receivedAt) {
            complaint.sla = deadlines
            record.explanation.append("deadlines of \(rules.sla.describe(severity: severity))")
        }
        if let related = complaint.related, !related.earlierIDs.isEmpty {
            record.rules.append("link.contact")
            record.explanation.append(
                "linked to thread \(related.threadID ?? "?") by \(related.matchedOn.joined(separator: ", ")): \(related.earlierIDs.count) earlier complaint(s)"
            )
        }
        complaint.triage = record
    }

    private func isVIP(_ complainant: Complainant) -> Bool {
        guard !rules.severity.vipContacts.isEmpty else { return false }
        return ContactIdentity.keys(of: complainant).contains { rules.severity.vipContacts.contains($0.key) }
    }
}

/// Where clauses and sentences begin and which bytes are inside quotation marks.
private struct TextStructure {
    /// For each byte (and the end): its clause number in the high 32 bits, its sentence number above the lowest
    /// bit, and in that bit whether it is inside quotation marks: one array, written once a byte.
    private let marks: [UInt64]

    init(_ text: TriageText) {
        let count = text.bytes.count
        var marks = [UInt64](repeating: 0, count: count + 1)
        var clause: Int32 = 0
        var sentence: Int32 = 0
        var depth = 0
        var ascii = false
        var single = false
        var closesSingle = false
        var offset = 0
        let scalars = Array(text.text.unicodeScalars)
        func isLetter(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            let scalar = scalars[index]
            if scalar.isASCII {
                let value = scalar.value
                return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
            }
            return scalar.properties.isAlphabetic
        }
        marks.withUnsafeMutableBufferPointer { marks in
            for (position, scalar) in scalars.enumerated() {
                let width = UTF8.width(scalar)
                var endsSentence = false
                var endsClause = false
                if closesSingle {
                    single = false
                    closesSingle = false
                }
                switch scalar {
                case "。", "！", "？", "!", "?", "\n", "；", ";", "…": endsSentence = true
                case ".":
                    // A full stop ends a sentence before a blank, also after a closing quotation mark ("… reason.' I").
                    var next = position + 1
                    while next < scalars.count, Self.closesQuotation(scalars[next]) { next += 1 }
                    endsSentence = next >= scalars.count || scalars[next] == " " || scalars[next] == "\n" || scalars[next].properties.isWhitespace
                case "，", ",", "、", "：", ":", "(", ")", "（", "）": endsClause = true
                case "“", "「", "『", "《", "【": depth += 1
                case "”", "」", "』", "》", "】": depth = max(0, depth - 1)
                case "\"":
                    // After a digit it is an inch mark (a 65" TV), not a quotation mark.
                    if !(position > 0 && ("0"..."9").contains(scalars[position - 1])) { ascii.toggle() }
                case "'":
                    // A single quotation mark opens after a blank or punctuation and closes before one; an apostrophe
                    // (don't, customers') sits between letters or after one.
                    if !single, !isLetter(position - 1), isLetter(position + 1),
                        !(position + 1 < scalars.count && ("0"..."9").contains(scalars[position + 1]))
                    {
                        single = true
                    } else if single, !isLetter(position + 1) {
                        closesSingle = true
                    }
                default: break
                }
                let mark = Self.mark(clause: clause, sentence: sentence, quoted: depth > 0 || ascii || single)
                for byte in offset..<(offset + width) { marks[byte] = mark }
                offset += width
                if endsSentence {
                    sentence += 1
                    clause += 1
                    // An unclosed ASCII quote ends with its sentence, any quotation with its paragraph.
                    ascii = false
                    single = false
                    if scalar == "\n" { depth = 0 }
                } else if endsClause {
                    clause += 1
                }
            }
            marks[count] = Self.mark(clause: clause, sentence: sentence, quoted: false)
        }
        self.marks = marks
    }

    private static func mark(clause: Int32, sentence: Int32, quoted: Bool) -> UInt64 {
        UInt64(UInt32(bitPattern: clause)) << 32 | UInt64(UInt32(bitPattern: sentence) & 0x7FFF_FFFF) << 1 | (quoted ? 1 : 0)
    }

    /// A closing quotation mark or bracket that may stand between a full stop and the blank after it.
    private static func closesQuotation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\"", "”", "’", ")": true
        default: false
        }
    }

    func clause(at offset: Int) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: marks[offset] >> 32)) }
    func sentence(at offset: Int) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: marks[offset] >> 1) & 0x7FFF_FFFF) }
    func isQuoted(_ offset: Int) -> Bool { marks[offset] & 1 == 1 }
}
