public import Foundation

/// Response and resolution deadlines per severity level, in calendar time or in business hours.
public struct SLAPolicy: Sendable, Hashable {
    /// Deadlines of one level.
    public struct Level: Sendable, Hashable {
        /// Time to the first response.
        public var respondWithin: Duration
        /// Time to resolution; `nil` for none.
        public var resolveWithin: Duration?
        /// Whether the clock only runs in the policy's business hours (the policy must have a calendar).
        public var businessHours: Bool

        /// Creates a level.
        public init(respondWithin: Duration, resolveWithin: Duration?, businessHours: Bool = false) {
            self.respondWithin = respondWithin
            self.resolveWithin = resolveWithin
            self.businessHours = businessHours
        }
    }

    /// Deadlines of levels 1 (most severe) to 4.
    public var levels: [Int: Level]
    /// Working days and hours for levels counted in business hours.
    public var calendar: BusinessCalendar?

    /// Creates a policy; the defaults follow common complaint-handling practice, in calendar time: 2 h / 24 h,
    /// 4 h / 48 h, 8 h / 72 h, 24 h / none.
    public init(
        levels: [Int: Level] = [
            1: Level(respondWithin: .seconds(2 * 3600), resolveWithin: .seconds(24 * 3600)),
            2: Level(respondWithin: .seconds(4 * 3600), resolveWithin: .seconds(48 * 3600)),
            3: Level(respondWithin: .seconds(8 * 3600), resolveWithin: .seconds(72 * 3600)),
            4: Level(respondWithin: .seconds(24 * 3600), resolveWithin: nil),
        ],
        calendar: BusinessCalendar? = nil
    ) {
        self.levels = levels
        self.calendar = calendar
    }

    /// The deadlines of `severity` counted from `receivedAt`, or `nil` for an unknown level.
    public func deadlines(severity: Int, receivedAt: Date) -> ServiceLevel? {
        guard let level = levels[severity] else { return nil }
        func add(_ duration: Duration) -> Date {
            if level.businessHours, let calendar { return calendar.adding(duration, to: receivedAt) }
            return receivedAt.addingTimeInterval(duration.seconds)
        }
        return ServiceLevel(respondBy: add(level.respondWithin), resolveBy: level.resolveWithin.map(add))
    }

    /// The level's deadlines in words, for an explanation (`level 3: respond within 8h, resolve within 72h`).
    func describe(severity: Int) -> String {
        guard let level = levels[severity] else { return "level \(severity) has no deadlines" }
        var text = "level \(severity): respond within \(Self.describe(level.respondWithin))"
        text += level.resolveWithin.map { ", resolve within \(Self.describe($0))" } ?? ", no resolution deadline"
        if level.businessHours, let calendar { text += ", in business hours (\(calendar.timeZone.identifier))" }
        return text
    }

    /// A duration as configuration files write it (`72h`, `30d`, `90m`).
    public static func describe(_ duration: Duration) -> String {
        let seconds = Int(duration.seconds)
        if seconds % 86_400 == 0, seconds >= 86_400 * 2 { return "\(seconds / 86_400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

/// Working days and opening hours in one time zone, with holidays and make-up working days.
///
/// A business-hours clock runs only while the organisation is open: a level-3 complaint received on Friday at
/// 17:00 with 8 working hours from 09:00 to 18:00 must be answered by Monday at 16:00, or later if Monday is a
/// holiday.
public struct BusinessCalendar: Sendable, Hashable {
    /// The time zone the hours are in.
    public var timeZone: TimeZone
    /// Working weekdays, 1 = Monday … 7 = Sunday.
    public var weekdays: Set<Int>
    /// Opening time, in minutes after midnight.
    public var opensAt: Int
    /// Closing time, in minutes after midnight (after `opensAt`).
    public var closesAt: Int
    /// Days off (`yyyy-MM-dd`), even on a working weekday.
    public var holidays: Set<String>
    /// Days worked (`yyyy-MM-dd`) even on a weekend (make-up working days around public holidays).
    public var workdays: Set<String>

    /// Creates a calendar.
    public init(
        timeZone: TimeZone,
        weekdays: Set<Int> = [1, 2, 3, 4, 5],
        opensAt: Int = 9 * 60,
        closesAt: Int = 18 * 60,
        holidays: Set<String> = [],
        workdays: Set<String> = []
    ) {
        self.timeZone = timeZone
        self.weekdays = weekdays
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.holidays = holidays
        self.workdays = workdays
    }

    private var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// Whether the organisation works on the day of `date`.
    public func isWorkingDay(_ date: Date) -> Bool {
        let calendar = gregorian
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let weekday = parts.weekday else { return false }
        let key = Self.dayKey(year: year, month: month, day: day)
        if workdays.contains(key) { return true }
        if holidays.contains(key) { return false }
        // Foundation counts 1 = Sunday; the calendar 1 = Monday.
        return weekdays.contains(weekday == 1 ? 7 : weekday - 1)
    }

    package static func dayKey(year: Int, month: Int, day: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// `start` plus `duration` of working time.
    public func adding(_ duration: Duration, to start: Date) -> Date {
        let calendar = gregorian
        var remaining = duration.seconds
        var day = calendar.startOfDay(for: start)
        // A calendar without a working day in ten years is refused by the configuration check; stop anyway.
        for _ in 0..<3660 {
            if isWorkingDay(day),
                let open = calendar.date(bySettingHour: opensAt / 60, minute: opensAt % 60, second: 0, of: day),
                let close = closesAt >= 24 * 60
                    ? calendar.date(byAdding: .day, value: 1, to: day)
                    : calendar.date(bySettingHour: closesAt / 60, minute: closesAt % 60, second: 0, of: day)
            {
                // Wall-clock hours of that day, also on a day the clocks change.
                let from = max(open, start)
                if from < close {
                    let available = close.timeIntervalSince(from)
                    if remaining <= available { return from.addingTimeInterval(remaining) }
                    remaining -= available
                }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return start.addingTimeInterval(duration.seconds)
    }
}
