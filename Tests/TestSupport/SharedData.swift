import Foundation
import Testing

/// Access to the third-party sample data in `../shared/data/` beside the repository.
///
/// Tests read it in place. Where it is absent (a clone elsewhere) the tests that need it are
/// skipped; with `MERIDIAN_REQUIRE_SHARED_DATA=1` (as CI sets) they run and fail instead.
public enum SharedData {
    /// The repository root, found from this source file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the repository.
    public static let root: URL = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared").appendingPathComponent("data")

    /// True when CI demands the data.
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["MERIDIAN_REQUIRE_SHARED_DATA"] == "1"
    }

    /// True when tests that use the data should run: it exists, or it is required.
    public static var shouldRun: Bool {
        FileManager.default.fileExists(atPath: root.path) || isRequired
    }

    /// The message shown when such a test is skipped.
    public static let skipMessage: Comment = "../shared/data is absent; set MERIDIAN_REQUIRE_SHARED_DATA=1 to fail instead of skipping"

    /// The URL of a file under `../shared/data/`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The text of a file under `../shared/data/`. - Throws: when it cannot be read.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}
