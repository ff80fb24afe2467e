public import Foundation
import Testing

/// Runs Python's `jsonschema` over documents. Without Python or the package, a bare `swift test` skips loudly;
/// `scripts/test` sets `INTAKE_REQUIRE_TOOLS=1`, and then a missing tool is a failure.
public enum JSONSchemaChecker {
    /// One list of error messages per document (empty when valid), or `nil` when the checker is unavailable.
    public static func validate(_ documents: [String], schema: URL, definition: String?) throws -> [[String]]? {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            definition = sys.argv[2]
            if definition:
                schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/" + definition}
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema)
            out = []
            for line in sys.stdin.read().splitlines():
                out.append([e.message for e in validator.iter_errors(json.loads(line))])
            print(json.dumps(out))
            """
        let lines = documents.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run("/usr/bin/env", ["python3", "-c", script, schema.path, definition ?? ""], input: lines)
        } catch {
            return try unavailable("python3 cannot be started: \(error)")
        }
        let errorText = outcome.errors
        let data = Data(outcome.output.utf8)
        guard outcome.status == 0 else {
            if errorText.contains("No module named 'jsonschema'") { return try unavailable("the Python package jsonschema is not installed") }
            Issue.record("jsonschema failed: \(errorText)")
            return nil
        }
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    static func unavailable(_ reason: String) throws -> [[String]]? {
        if ProcessInfo.processInfo.environment["INTAKE_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(reason); scripts/test installs it")
        } else {
            print("⚠️  SKIPPED JSON Schema check: \(reason). Run scripts/test to check the schema file.")
        }
        return nil
    }
}
