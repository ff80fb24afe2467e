import Foundation
import IntakeCore
import Testing

struct RFC3339Tests {
    @Test(arguments: [
        ("2026-12-01T09:30:00Z", 1_796_117_400.0),
        ("2026-12-01T09:30:00.5Z", 1_796_117_400.5),
        ("2026-12-01T17:30:00.123+08:00", 1_796_117_400.123),
        ("2026-12-01t09:30:00z", 1_796_117_400.0),
        ("2026-12-01T04:00:00-05:30", 1_796_117_400.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2024-02-29T12:00:00.123456Z", 1_709_208_000.123),
        ("1969-12-31T23:59:59.999Z", -0.001),
    ])
    func parses(text: String, seconds: Double) throws {
        let date = try #require(RFC3339.date(from: text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_5)
    }

    @Test(arguments: [
        "2026-12-01", "2026-12-01T09:30:00", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-12-01T09:30:00.Z", "yesterday",
        "2026-12-01T09:30:00Z trailing",
    ])
    func refuses(text: String) {
        #expect(RFC3339.date(from: text) == nil)
    }

    @Test func formatsUTCWithMillisecondsAndRoundTrips() throws {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1_796_117_400.5)) == "2026-12-01T09:30:00.500Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        for _ in 0..<1000 {
            let date = RFC3339.truncatedToMilliseconds(Date(timeIntervalSince1970: .random(in: 0..<4_000_000_000)))
            #expect(RFC3339.date(from: RFC3339.string(from: date)) == date)
        }
    }
}
