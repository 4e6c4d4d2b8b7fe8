import Foundation

/// The `tax-rules/` directory a command works with.
///
/// Found in this order: an explicit path; `$MERIDIAN_RULES`; `./tax-rules` in the working
/// directory; `tax-rules` beside the source tree of the running executable (for `.build/*/meridian`).
public struct RulesDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Locates the directory. - Throws: ``RuleFileError`` when none of the places holds it.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments.first ?? "") throws(RuleFileError) -> RulesDirectory {
        if let explicit {
            guard isDirectory(explicit) else { throw RuleFileError(file: explicit, line: 0, reason: "no such rules directory") }
            return RulesDirectory(path: explicit)
        }
        if let fromEnvironment = environment["MERIDIAN_RULES"], !fromEnvironment.isEmpty {
            guard isDirectory(fromEnvironment) else {
                throw RuleFileError(file: fromEnvironment, line: 0, reason: "MERIDIAN_RULES names no such directory")
            }
            return RulesDirectory(path: fromEnvironment)
        }
        if isDirectory("tax-rules") { return RulesDirectory(path: "tax-rules") }
        var directory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tax-rules").path
            if isDirectory(candidate) { return RulesDirectory(path: candidate) }
            directory.deleteLastPathComponent()
        }
        throw RuleFileError(file: "tax-rules", line: 0,
                            reason: "cannot find the rules directory; pass --rules DIR or set MERIDIAN_RULES")
    }

    /// The `fx/` subdirectory.
    public var fxPath: String { (path as NSString).appendingPathComponent("fx") }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
