import Foundation

/// Reads command input: a file, or standard input for `-`.
enum CommandInput {
    /// The bytes of `path`, or of standard input when it is `-`. - Throws: ``CommandFailure`` naming the file.
    static func read(_ path: String, what: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the \(what) file \(path)")
        }
        return contents
    }
}
