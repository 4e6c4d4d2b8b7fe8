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
        RulesDirectory(path: try locate(folder: "tax-rules", variable: "MERIDIAN_RULES", option: "--rules", explicit: explicit,
                                        environment: environment, executablePath: executablePath))
    }

    /// Finds a data folder: `explicit`, `$variable`, `./folder`, or `folder` beside the executable's source tree.
    public static func locate(folder: String, variable: String, option: String, explicit: String?,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments.first ?? "") throws(RuleFileError) -> String {
        if let explicit {
            guard isDirectory(explicit) else { throw RuleFileError(file: explicit, line: 0, reason: "no such directory") }
            return explicit
        }
        if let fromEnvironment = environment[variable], !fromEnvironment.isEmpty {
            guard isDirectory(fromEnvironment) else {
                throw RuleFileError(file: fromEnvironment, line: 0, reason: "\(variable) names no such directory")
            }
            return fromEnvironment
        }
        if isDirectory(folder) { return folder }
        var directory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(folder).path
            if isDirectory(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw RuleFileError(file: folder, line: 0, reason: "cannot find the \(folder) directory; pass \(option) DIR or set \(variable)")
    }

    /// The `fx/` subdirectory.
    public var fxPath: String { (path as NSString).appendingPathComponent("fx") }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
