import Foundation

/// Writes command output: results to stdout, one-line errors to stderr.
enum CommandOutput {
    /// Prints `meridian: error: <message>` on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("meridian: error: \(message)\n".utf8))
    }

    /// Prints a warning line on stderr.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("meridian: warning: \(message)\n".utf8))
    }

    /// Prints a value as pretty JSON with sorted keys on stdout (deterministic output).
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
