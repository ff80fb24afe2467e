import Foundation
import IntakeServer
import Testing

@testable import IntakeCore

/// The category model reads texts by feature numbers (``FeatureIndex``); this holds it to the plain reading, by
/// feature strings, on the shipped model and every text of the triage development sets.
struct CategoryModelIndexTests {
    /// The prediction made the plain way: every feature as a string, looked up in the model's counts.
    static func reference(_ model: CategoryModel, _ raw: String) -> CategoryModel.Prediction? {
        let width = model.categories.count
        func logs(_ row: [Int]) -> [Double] {
            row.indices.map { model.examples[$0] > 0 ? log((Double(row[$0]) + 0.5) / (Double(model.examples[$0]) + 1)) : 0 }
        }
        var seen: Set<String> = []
        var found: [(String, [Int], [Double])] = []
        var scores = model.examples.map { $0 > 0 ? log(Double($0)) : -Double.infinity }
        CategoryModel.forEachFeature(normalized: TriageText(raw).text) { feature in
            guard let row = model.counts[feature], seen.insert(feature).inserted else { return }
            let featureLogs = logs(row)
            for index in 0..<width { scores[index] += featureLogs[index] }
            found.append((feature, row, featureLogs))
        }
        guard !found.isEmpty else { return nil }
        let best = scores.indices.max { scores[$0] < scores[$1] }!
        let total = scores.reduce(0) { $0 + exp($1 - scores[best]) }
        let least = model.examples[best] >= 30 ? 3 : 1
        let evidence = found.filter { $0.1[best] >= least }.map { feature, _, logs -> (String, Double) in
            let others = logs.indices.filter { $0 != best && model.examples[$0] > 0 }.map { logs[$0] }.max() ?? 0
            return (feature, logs[best] - others)
        }
        .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        .prefix(4)
        .map(\.0)
        return CategoryModel.Prediction(category: model.categories[best], probability: 1 / total, evidence: Array(evidence))
    }

    @Test func readingByFeatureNumbersPredictsExactlyWhatReadingByStringsDoes() throws {
        let model = try #require(TriageConfiguration.defaultRules.categoryModel)
        var texts: [String] = [
            "", "😀 123", "the parcel never arrived", "包裹", "a b c d e f", "don't don't", "快递 delivery 快递员 the driver's car",
        ]
        for (file, _) in TriageEvaluationTests.developmentSets {
            for example in try TriageEvaluationTests.examples(file) {
                texts.append([example.subject, example.body].compactMap { $0 }.joined(separator: "\n"))
            }
        }
        var compared = 0
        for text in texts {
            let expected = Self.reference(model, text)
            let actual = model.predict(text)
            #expect(actual?.category == expected?.category, "\(text.prefix(40))")
            #expect(actual?.evidence == expected?.evidence, "\(text.prefix(40))")
            #expect(abs((actual?.probability ?? 0) - (expected?.probability ?? 0)) < 1e-9, "\(text.prefix(40))")
            if expected != nil { compared += 1 }
        }
        #expect(compared > 700, "texts the model knows features of: \(compared)")
    }

    @Test func theFeaturesOfATextAreItsCharactersWordsAndAdjacentPairs() {
        #expect(
            CategoryModel.features(of: "Late parcel, 快递员 don't 😀 ok fine")
                == ["late", "parcel", "late parcel", "快", "递", "员", "快递", "递员", "don't", "ok", "fine", "ok fine"]
        )
        #expect(CategoryModel.features(of: "") == [])
    }

    @Test func aWordPairIsReadOnlyAcrossABlank() throws {
        let model = CategoryModel.train(
            [("late parcel", .logistics), ("late parcel", .logistics), ("double charge", .billing), ("double charge", .billing)],
            minimumCount: 1
        )
        let pair = try #require(model.predict("late parcel"))
        #expect(pair.evidence.contains("late parcel"))
        // Not across a comma or a Chinese character.
        #expect(model.predict("late, parcel")?.evidence.contains("late parcel") == false)
        #expect(model.predict("late 的 parcel")?.evidence.contains("late parcel") == false)
        #expect(model.predict("late parcel")?.evidence == Self.reference(model, "late parcel")?.evidence)
    }

    @Test func probabilitiesAreWrittenAsPrintfWouldWriteThem() {
        for step in 0...1000 {
            let value = Double(step) / 1000 + 0.0001
            #expect(RuleTriage.twoDecimals(min(value, 1)) == String(format: "%.2f", min(value, 1)), "\(value)")
        }
        #expect(RuleTriage.twoDecimals(0) == "0.00" && RuleTriage.twoDecimals(1) == "1.00" && RuleTriage.twoDecimals(0.05) == "0.05")
    }
}
