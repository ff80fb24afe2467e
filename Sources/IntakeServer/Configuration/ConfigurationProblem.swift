/// One problem of a configuration file, with where it is.
public struct ConfigurationProblem: Sendable, Hashable, CustomStringConvertible {
    /// The key path (`sinks[0].path`).
    public var path: String
    /// The line in the file, 1-based, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        let location = line.map { "line \($0): " } ?? ""
        return path.isEmpty ? "\(location)\(message)" : "\(location)\(path): \(message)"
    }
}

/// Thrown when a configuration has problems; it carries all of them.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The file, when there is one.
    public var file: String?
    /// Every problem found.
    public var problems: [ConfigurationProblem]

    /// Creates the error.
    public init(file: String?, problems: [ConfigurationProblem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        let head = "\(file ?? "configuration"): \(problems.count) problem(s)"
        return ([head] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
