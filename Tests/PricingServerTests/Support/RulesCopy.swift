import Foundation
import PricingServer
import TestSupport

/// A temporary copy of the shipped `tax-rules/` and `locales/`, for tests that change files and reload.
struct RulesCopy: Sendable {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        let root = SharedData.repositoryRoot
        for folder in ["tax-rules", "locales"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(folder), to: directory.url.appendingPathComponent(folder))
        }
    }

    var sources: SnapshotSources {
        SnapshotSources(rulesDirectory: directory.path("tax-rules"), localesDirectory: directory.path("locales"))
    }

    /// Appends text to a file of the copy (a comment changes the rules version and nothing else).
    func append(_ text: String, to relativePath: String) throws {
        let handle = try FileHandle(forWritingTo: directory.url.appendingPathComponent(relativePath))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Replaces a file of the copy.
    func write(_ text: String, to relativePath: String) throws {
        try directory.write(relativePath, text)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: directory.url.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func remove() { directory.remove() }
}
