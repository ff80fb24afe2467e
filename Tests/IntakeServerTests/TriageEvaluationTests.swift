import Foundation
import IntakeCore
import IntakeServer
import IntakeTesting
import Testing

/// The shipped triage rules against labelled complaints written for the test (Chinese and English, every category
/// and urgent trigger, negations, near-misses, reported speech): urgent recall and precision, category and severity
/// accuracy, printed and held to the floors the product promises.
struct TriageEvaluationTests {
    struct Example: Decodable {
        var id: String
        var lang: String
        var subject: String?
        var body: String
        var category: String
        var urgent: Bool
        var reasons: [String]
        var severity: Int
        var kind: String
    }

    struct Scores: CustomStringConvertible {
        var total = 0
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var categoryCorrect = 0
        var severityCorrect = 0
        var reasonsCorrect = 0
        var misses: [String] = []

        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var categoryAccuracy: Double { Double(categoryCorrect) / Double(max(1, total)) }
        var severityAccuracy: Double { Double(severityCorrect) / Double(max(1, total)) }

        var description: String {
            func f(_ value: Double) -> String { String(format: "%.3f", value) }
            return
                "\(total) complaints: urgent recall \(f(recall)), urgent precision \(f(precision)) (\(truePositives) TP, \(falsePositives) FP, \(falseNegatives) FN), category accuracy \(f(categoryAccuracy)), severity accuracy \(f(severityAccuracy)), urgency reasons exact on \(reasonsCorrect) of \(truePositives)"
        }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func examples(_ name: String) throws -> [Example] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        return try text.split(whereSeparator: \.isNewline).map { try JSONDecoder().decode(Example.self, from: Data($0.utf8)) }
    }

    static func evaluate(_ examples: [Example], triage: RuleTriage) -> Scores {
        var scores = Scores()
        for example in examples {
            var complaint = Fixtures.complaint(body: example.body)
            complaint.subject = example.subject
            triage.classify(&complaint)
            scores.total += 1
            switch (example.urgent, complaint.urgent) {
            case (true, true): scores.truePositives += 1
            case (false, true): scores.falsePositives += 1
            case (true, false): scores.falseNegatives += 1
            case (false, false): break
            }
            if example.urgent, complaint.urgent, Set(example.reasons) == Set(complaint.urgencyReasons) { scores.reasonsCorrect += 1 }
            if complaint.category?.rawValue == example.category { scores.categoryCorrect += 1 }
            if complaint.severity == example.severity { scores.severityCorrect += 1 }
            if complaint.urgent != example.urgent || complaint.category?.rawValue != example.category {
                let got = "\(complaint.category?.rawValue ?? "-")/\(complaint.urgent ? "urgent" : "-")"
                let want = "\(example.category)/\(example.urgent ? "urgent" : "-")"
                scores.misses.append(
                    "\(example.id) [\(example.kind)] want \(want) got \(got): \(complaint.triage?.explanation.joined(separator: " | ") ?? "")"
                )
            }
        }
        return scores
    }

    /// With `INTAKE_TRIAGE_MISSES=DIRECTORY`, every misclassified example with the rules' explanation goes to a file
    /// there, for whoever tunes the rules (never on the unseen set).
    static func writeMisses(_ scores: Scores, name: String) {
        guard let directory = ProcessInfo.processInfo.environment["INTAKE_TRIAGE_MISSES"] else { return }
        let path = URL(fileURLWithPath: directory).appendingPathComponent("\(name).txt")
        try? scores.misses.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
    }

    /// The development sets, each by its own author who saw neither the rules nor the other sets. Each was measured
    /// once unseen before the rules were widened on it and the model learned from it (urgent recall, precision,
    /// category accuracy): second 0.907/0.796/0.708, third 0.745/0.729/0.643, fourth 0.895/0.836/0.806, fifth
    /// 0.873/0.775/0.805, sixth 0.822/0.822/0.695 by the rules alone (0.836/0.824/0.795 with the model).
    static let developmentSets: [(file: String, minimum: Int)] = [
        ("triage-evaluation.jsonl", 200), ("triage-holdout.jsonl", 100), ("triage-unseen.jsonl", 100),
        ("triage-fresh.jsonl", 100), ("triage-holdout-5.jsonl", 100), ("triage-holdout-6.jsonl", 100),
    ]

    @Test(arguments: developmentSets)
    func theShippedRulesMeetTheFloors(file: String, minimum: Int) throws {
        let examples = try Self.examples(file)
        #expect(examples.count >= minimum)
        let scores = Self.evaluate(examples, triage: try RuleTriage(rules: TriageConfiguration.defaultRules))
        print("triage evaluation of \(file): \(scores)")
        Self.writeMisses(scores, name: file)
        #expect(scores.recall >= 0.95, "\(file): urgent recall \(scores.recall)")
        #expect(scores.precision >= 0.90, "\(file): urgent precision \(scores.precision)")
        #expect(scores.categoryAccuracy >= 0.85, "\(file): category accuracy \(scores.categoryAccuracy)")
    }

    /// A seventh set, by a seventh author, never used to tune the rules or train the model: what they do on
    /// complaints they were not fitted to. Its figures are printed, not held to the floors; before tuning on it,
    /// write a fresh set to take its place.
    @Test func theShippedRulesOnUnseenComplaints() throws {
        let examples = try Self.examples("triage-holdout-7.jsonl")
        #expect(examples.count >= 100)
        let scores = Self.evaluate(examples, triage: try RuleTriage(rules: TriageConfiguration.defaultRules))
        print("triage unseen-set evaluation: \(scores)")
        // What any classifier worth shipping reaches; far below the floors above, so a broken reader still fails.
        #expect(scores.recall >= 0.5 && scores.categoryAccuracy >= 0.5, "\(scores)")
    }
}
