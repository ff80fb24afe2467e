import Foundation
public import IntakeCore

/// Reads triage rules (`config/triage.yaml`) into ``TriageRules``, reporting every problem with its line.
public enum TriageConfiguration {
    /// The rules the gateway uses when its configuration names no triage file: `config/triage.yaml` as shipped.
    public static let defaultRules: TriageRules = {
        do {
            return try parse(yaml: TriageDefaults.yaml, file: "embedded triage rules")
        } catch {
            fatalError("the embedded triage rules do not load: \(error)")
        }
    }()

    /// Reads and checks a triage file.
    /// - Throws: ``ConfigurationError`` with every problem and its line.
    public static func load(path: String) throws -> TriageRules {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(
                file: path,
                problems: [ConfigurationProblem(path: "", line: nil, message: "cannot read the file: \(error.localizedDescription)")]
            )
        }
        return try parse(yaml: text, file: path, directory: (path as NSString).deletingLastPathComponent)
    }

    /// Checks triage rules given as YAML text.
    /// - Parameter directory: where relative file names in the rules (`contacts_file`) are looked up.
    /// - Throws: ``ConfigurationError`` with every problem and its line.
    public static func parse(yaml text: String, file: String? = nil, directory: String = ".") throws -> TriageRules {
        try ConfigurationChecker.read(TriageFile.self, yaml: text, file: file, allowedKeys: TriageFile.allowedKeys) { checker, decoded in
            checker.validate(decoded, directory: directory)
        }
    }
}

/// The file form of triage rules, decoded as written.
struct TriageFile: Decodable {
    struct Category: Decodable {
        var name: String?
        var category: String?
        var weight: Int?
        var keywords: [String]?
        var patterns: [String]?
        var except: [String]?
        var exceptPatterns: [String]?

        enum CodingKeys: String, CodingKey {
            case name
            case category
            case weight
            case keywords
            case patterns
            case except
            case exceptPatterns = "except_patterns"
        }
    }

    struct Urgent: Decodable {
        var name: String?
        var reason: String?
        var keywords: [String]?
        var patterns: [String]?
        var except: [String]?
        var exceptPatterns: [String]?

        enum CodingKeys: String, CodingKey {
            case name
            case reason
            case keywords
            case patterns
            case except
            case exceptPatterns = "except_patterns"
        }
    }

    struct Cues: Decodable {
        var negationReach: Int?
        var negations: [String]?
        var reported: [String]?
        var resets: [String]?

        enum CodingKeys: String, CodingKey {
            case negationReach = "negation_reach"
            case negations
            case reported
            case resets
        }
    }

    struct Raise: Decodable {
        var after: Int?
        var raiseBy: Int?
        var mostSevere: Int?
        var contacts: [String]?
        var contactsFile: String?

        enum CodingKeys: String, CodingKey {
            case after
            case raiseBy = "raise_by"
            case mostSevere = "most_severe"
            case contacts
            case contactsFile = "contacts_file"
        }
    }

    struct Severity: Decodable {
        var urgent: Int?
        var categories: [String: Int]?
        var fallback: Int?
        var `repeat`: Raise?
        var vip: Raise?
    }

    struct Level: Decodable {
        var respond: String?
        var resolve: String?
        var businessHours: Bool?

        enum CodingKeys: String, CodingKey {
            case respond
            case resolve
            case businessHours = "business_hours"
        }
    }

    struct Calendar: Decodable {
        var timeZone: String?
        var days: [String]?
        var open: String?
        var close: String?
        var holidays: [String]?
        var workdays: [String]?

        enum CodingKeys: String, CodingKey {
            case timeZone = "time_zone"
            case days
            case open
            case close
            case holidays
            case workdays
        }
    }

    struct SLA: Decodable {
        var levels: [String: Level]?
        var calendar: Calendar?
    }

    struct Linking: Decodable {
        var enabled: Bool?
        var window: String?
        var maxEarlier: Int?
        var ignore: [String]?

        enum CodingKeys: String, CodingKey {
            case enabled
            case window
            case maxEarlier = "max_earlier"
            case ignore
        }
    }

    struct Model: Decodable {
        var file: String?
        var rulesMargin: Int?

        enum CodingKeys: String, CodingKey {
            case file
            case rulesMargin = "rules_margin"
        }
    }

    var version: Int?
    var categories: [Category]?
    var fallbackCategory: String?
    var model: Model?
    var urgent: [Urgent]?
    var cues: Cues?
    var severity: Severity?
    var sla: SLA?
    var linking: Linking?

    enum CodingKeys: String, CodingKey {
        case version
        case categories
        case fallbackCategory = "fallback_category"
        case model
        case urgent
        case cues
        case severity
        case sla
        case linking
    }

    static let allowedKeys: [String: Set<String>] = [
        "": ["version", "categories", "fallback_category", "model", "urgent", "cues", "severity", "sla", "linking"],
        "model": ["file", "rules_margin"],
        "categories[]": ["name", "category", "weight", "keywords", "patterns", "except", "except_patterns"],
        "urgent[]": ["name", "reason", "keywords", "patterns", "except", "except_patterns"],
        "cues": ["negation_reach", "negations", "reported", "resets"],
        "severity": ["urgent", "categories", "fallback", "repeat", "vip"],
        "severity.repeat": ["after", "raise_by", "most_severe"],
        "severity.vip": ["contacts", "contacts_file", "raise_by", "most_severe"],
        "sla": ["levels", "calendar"],
        "sla.levels": ["1", "2", "3", "4"],
        "sla.levels.1": ["respond", "resolve", "business_hours"],
        "sla.levels.2": ["respond", "resolve", "business_hours"],
        "sla.levels.3": ["respond", "resolve", "business_hours"],
        "sla.levels.4": ["respond", "resolve", "business_hours"],
        "sla.calendar": ["time_zone", "days", "open", "close", "holidays", "workdays"],
        "linking": ["enabled", "window", "max_earlier", "ignore"],
    ]
}

extension ConfigurationChecker {
    private static let weekdays = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]

    private mutating func level(_ value: Int?, path: Path) -> Int? {
        guard let value else { return nil }
        guard (1...4).contains(value) else {
            problem(path, "must be a severity level from 1 (most severe) to 4, not \(value)")
            return nil
        }
        return value
    }

    private mutating func category(_ text: String?, path: Path) -> ComplaintCategory? {
        guard let text else { return nil }
        if let category = ComplaintCategory(rawValue: text) { return category }
        let allowed = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
        problem(path, "must be one of \(allowed), not \"\(text)\"")
        return nil
    }

    private mutating func minutes(_ text: String?, path: Path) -> Int? {
        guard let text else { return nil }
        let parts = text.split(separator: ":")
        if parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), (0..<60).contains(minute),
            hour * 60 + minute <= 24 * 60
        {
            return hour * 60 + minute
        }
        problem(path, "must be a time of day such as \"09:00\", not \"\(text)\"")
        return nil
    }

    private mutating func days(_ list: [String]?, path: Path) -> Set<String> {
        var result: Set<String> = []
        for (index, text) in (list ?? []).enumerated() {
            let parts = text.split(separator: "-")
            if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                (1...12).contains(month), (1...31).contains(day)
            {
                result.insert(BusinessCalendar.dayKey(year: year, month: month, day: day))
            } else {
                problem(path + [.index(index)], "must be a date such as 2026-10-01, not \"\(text)\"")
            }
        }
        return result
    }

    private mutating func phrases(
        keywords: [String]?,
        patterns: [String]?,
        except: [String]?,
        exceptPatterns: [String]?,
        path: Path
    ) -> TriageRules.Phrases {
        for (key, list) in [("keywords", keywords), ("except", except)] {
            for (index, text) in (list ?? []).enumerated() where text.trimmingCharacters(in: .whitespaces).isEmpty {
                problem(path + [.key(key), .index(index)], "must not be empty")
            }
        }
        if (keywords ?? []).isEmpty, (patterns ?? []).isEmpty { problem(path, "needs keywords or patterns") }
        return TriageRules.Phrases(keywords: keywords ?? [], patterns: patterns ?? [], except: except ?? [], exceptPatterns: exceptPatterns ?? [])
    }

    mutating func validate(_ file: TriageFile, directory: String) -> TriageRules? {
        var rules = TriageRules()
        if let version = file.version, version != 1 { problem([.key("version")], "must be 1 (the only version of the rules so far)") }

        var names: Set<String> = []
        for (index, item) in (file.categories ?? []).enumerated() {
            let path: Path = [.key("categories"), .index(index)]
            guard let name = item.name, ConfigurationChecker.isName(name) else {
                problem(path + [.key("name")], "is required: letters, digits, - and _")
                continue
            }
            if !names.insert("category.\(name)").inserted { problem(path + [.key("name")], "\"\(name)\" is used twice") }
            guard let category = category(item.category ?? name, path: path + [.key("category")]) else { continue }
            let weight = item.weight ?? 1
            if !(1...100).contains(weight) { problem(path + [.key("weight")], "must be from 1 to 100, not \(weight)") }
            let phrases = phrases(
                keywords: item.keywords,
                patterns: item.patterns,
                except: item.except,
                exceptPatterns: item.exceptPatterns,
                path: path
            )
            rules.categories.append(TriageRules.CategoryRule(name: "category.\(name)", category: category, phrases: phrases, weight: weight))
        }
        if let fallback = category(file.fallbackCategory, path: [.key("fallback_category")]) { rules.fallbackCategory = fallback }
        if let model = file.model {
            let path: Path = [.key("model")]
            let margin = model.rulesMargin ?? 2
            if !(0...100).contains(margin) { problem(path + [.key("rules_margin")], "must be from 0 to 100 votes, not \(margin)") }
            rules.modelMargin = margin
            switch model.file {
            case nil:
                problem(path + [.key("file")], "is required: a model file written by `intake triage train`, or embedded")
            case "embedded"?:
                rules.categoryModel = TriageDefaults.categoryModel
            case let name?:
                let full = name.hasPrefix("/") ? name : "\(directory)/\(name)"
                do {
                    rules.categoryModel = try CategoryModel(text: try String(contentsOfFile: full, encoding: .utf8))
                } catch let error as CategoryModel.FormatError {
                    problem(path + [.key("file")], "\(full) is not a category model: \(error)")
                } catch {
                    problem(path + [.key("file")], "cannot read \(full)")
                }
            }
        }

        for (index, item) in (file.urgent ?? []).enumerated() {
            let path: Path = [.key("urgent"), .index(index)]
            guard let name = item.name, ConfigurationChecker.isName(name) else {
                problem(path + [.key("name")], "is required: letters, digits, - and _")
                continue
            }
            if !names.insert("urgent.\(name)").inserted { problem(path + [.key("name")], "\"\(name)\" is used twice") }
            let reason = item.reason ?? name
            if !ConfigurationChecker.isName(reason) { problem(path + [.key("reason")], "must be a short name (media, legal, …)") }
            let phrases = phrases(
                keywords: item.keywords,
                patterns: item.patterns,
                except: item.except,
                exceptPatterns: item.exceptPatterns,
                path: path
            )
            rules.urgent.append(TriageRules.UrgentRule(name: "urgent.\(name)", reason: reason, phrases: phrases))
        }

        if let cues = file.cues {
            let reach = cues.negationReach ?? rules.cues.negationReach
            if !(1...200).contains(reach) { problem([.key("cues"), .key("negation_reach")], "must be from 1 to 200 characters, not \(reach)") }
            rules.cues = TriageRules.Cues(
                negations: cues.negations ?? [],
                negationReach: reach,
                reported: cues.reported ?? [],
                resets: cues.resets ?? []
            )
        }

        if let severity = file.severity {
            let path: Path = [.key("severity")]
            if let value = level(severity.urgent, path: path + [.key("urgent")]) { rules.severity.urgent = value }
            if let value = level(severity.fallback, path: path + [.key("fallback")]) { rules.severity.fallback = value }
            for (key, value) in (severity.categories ?? [:]).sorted(by: { $0.key < $1.key }) {
                let itemPath = path + [.key("categories"), .key(key)]
                if let category = category(key, path: itemPath), let value = level(value, path: itemPath) {
                    rules.severity.categories[category] = value
                }
            }
            if let raise = severity.repeat {
                let after = raise.after ?? rules.severity.repeatAfter
                if after < 1 { problem(path + [.key("repeat"), .key("after")], "must be at least 1, not \(after)") }
                rules.severity.repeatAfter = after
                rules.severity.repeatRaise = self.raise(raise, path: path + [.key("repeat")])
            }
            if let vip = severity.vip {
                var contacts = Set(vip.contacts ?? [])
                if let name = vip.contactsFile {
                    let full = name.hasPrefix("/") ? name : "\(directory)/\(name)"
                    if let text = try? String(contentsOfFile: full, encoding: .utf8) {
                        for line in text.split(whereSeparator: \.isNewline) {
                            let entry = line.trimmingCharacters(in: .whitespaces)
                            if !entry.isEmpty, !entry.hasPrefix("#") { contacts.insert(entry) }
                        }
                    } else {
                        problem(path + [.key("vip"), .key("contacts_file")], "cannot read \(full)")
                    }
                }
                let canonical = contacts.map(Self.canonicalContactKey)
                let invalid = canonical.filter { $0 == nil }.count
                if invalid > 0 {
                    // The entries themselves are personal data: count them, do not echo them.
                    problem(
                        path + [.key("vip")],
                        "\(invalid) contact(s) are not contact keys (phone:+86…, email:…, handle:platform:name, customer:…)"
                    )
                }
                rules.severity.vipContacts = Set(canonical.compactMap { $0 })
                rules.severity.vipRaise = self.raise(vip, path: path + [.key("vip")])
            }
        }

        if let sla = file.sla {
            let path: Path = [.key("sla")]
            var policy = SLAPolicy()
            if let calendar = sla.calendar {
                let calendarPath = path + [.key("calendar")]
                var zone = TimeZone(identifier: "Asia/Shanghai")!
                if let name = calendar.timeZone {
                    if let found = TimeZone(identifier: name) {
                        zone = found
                    } else {
                        problem(calendarPath + [.key("time_zone")], "is not a known time zone: \"\(name)\"")
                    }
                }
                var weekdays: Set<Int> = []
                for (index, day) in (calendar.days ?? ["mon", "tue", "wed", "thu", "fri"]).enumerated() {
                    if let value = Self.weekdays[day.lowercased()] {
                        weekdays.insert(value)
                    } else {
                        problem(calendarPath + [.key("days"), .index(index)], "must be one of mon, tue, wed, thu, fri, sat, sun, not \"\(day)\"")
                    }
                }
                let open = minutes(calendar.open ?? "09:00", path: calendarPath + [.key("open")]) ?? 9 * 60
                let close = minutes(calendar.close ?? "18:00", path: calendarPath + [.key("close")]) ?? 18 * 60
                if close <= open { problem(calendarPath + [.key("close")], "must be after open") }
                let workdays = days(calendar.workdays, path: calendarPath + [.key("workdays")])
                if weekdays.isEmpty { problem(calendarPath + [.key("days")], "needs at least one working weekday") }
                policy.calendar = BusinessCalendar(
                    timeZone: zone,
                    weekdays: weekdays,
                    opensAt: open,
                    closesAt: close,
                    holidays: days(calendar.holidays, path: calendarPath + [.key("holidays")]),
                    workdays: workdays
                )
            }
            for (key, value) in (sla.levels ?? [:]).sorted(by: { $0.key < $1.key }) {
                let levelPath = path + [.key("levels"), .key(key)]
                guard let number = Int(key), (1...4).contains(number) else {
                    problem(levelPath, "must be a severity level from 1 to 4")
                    continue
                }
                guard let respond = duration(value.respond, path: levelPath + [.key("respond")]) else {
                    if value.respond == nil { problem(levelPath + [.key("respond")], "is required") }
                    continue
                }
                let resolve = duration(value.resolve, path: levelPath + [.key("resolve")])
                if let resolve, resolve < respond { problem(levelPath + [.key("resolve")], "must not be shorter than respond") }
                let business = value.businessHours ?? false
                if business, policy.calendar == nil { problem(levelPath + [.key("business_hours")], "needs sla.calendar") }
                policy.levels[number] = SLAPolicy.Level(respondWithin: respond, resolveWithin: resolve, businessHours: business)
            }
            rules.sla = policy
        }

        if let linking = file.linking {
            let path: Path = [.key("linking")]
            if linking.enabled == false {
                rules.linking = nil
            } else {
                var settings = ContactLinking()
                if let window = duration(linking.window, path: path + [.key("window")]) { settings.window = window }
                if let maximum = linking.maxEarlier {
                    if (1...500).contains(maximum) {
                        settings.maximumEarlier = maximum
                    } else {
                        problem(path + [.key("max_earlier")], "must be from 1 to 500, not \(maximum)")
                    }
                }
                if settings.window <= .zero { problem(path + [.key("window")], "must be longer than 0 (or set enabled: false)") }
                var ignored: Set<String> = []
                for (index, entry) in (linking.ignore ?? []).enumerated() {
                    if let key = Self.canonicalContactKey(entry) {
                        ignored.insert(key)
                    } else {
                        problem(
                            path + [.key("ignore"), .index(index)],
                            "is not a contact key (phone:+86…, email:…, handle:platform:name, customer:…)"
                        )
                    }
                }
                settings.ignored = ignored
                rules.linking = settings
            }
        }

        if let linking = rules.linking, rules.severity.repeatRaise != nil, rules.severity.repeatAfter > linking.maximumEarlier {
            problem(
                [.key("severity"), .key("repeat"), .key("after")],
                "is \(rules.severity.repeatAfter), more than linking.max_earlier (\(linking.maximumEarlier)): the raise could never happen"
            )
        }
        guard problems.isEmpty else { return nil }
        do {
            _ = try RuleTriage(rules: rules)
        } catch let error as RuleTriage.InvalidPattern {
            problem([], error.description)
            return nil
        } catch {
            problem([], "\(error)")
            return nil
        }
        return rules
    }

    /// A contact key as intake makes them (`ContactIdentity`): phone in E.164 (national numbers read as Chinese),
    /// e-mail lower-cased, `handle:platform:name` lower-cased without `@`, `customer:` as written.
    static func canonicalContactKey(_ entry: String) -> String? {
        let trimmed = entry.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let kind = trimmed[..<colon].lowercased()
        let value = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        switch kind {
        case "phone":
            guard let phone = try? PhoneNumberNormalizer(defaultRegion: "CN")?.normalize(value) else { return nil }
            return "phone:\(phone)"
        case "email":
            guard value.contains("@"), !value.contains(" ") else { return nil }
            return "email:\(value.lowercased())"
        case "handle":
            let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return ContactIdentity.handleKey(platform: parts[0], handle: parts[1])
        case "customer":
            return "customer:\(value)"
        default:
            return nil
        }
    }

    private mutating func raise(_ raise: TriageFile.Raise, path: Path) -> TriageRules.Severity.Raise {
        var result = TriageRules.Severity.Raise()
        if let by = raise.raiseBy {
            if (1...3).contains(by) { result.by = by } else { problem(path + [.key("raise_by")], "must be from 1 to 3, not \(by)") }
        }
        if let value = level(raise.mostSevere, path: path + [.key("most_severe")]) { result.mostSevere = value }
        return result
    }
}
