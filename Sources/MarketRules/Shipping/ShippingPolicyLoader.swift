import Foundation

/// Reads a `meridian.shipping/1` file (the `--shipping` file of `meridian feed`).
public enum ShippingPolicyLoader {
    /// Loads and validates the file; every problem is reported with its line.
    /// - Throws: ``RuleFileErrors`` listing the problems.
    public static func load(path: String) throws(RuleFileErrors) -> ShippingPolicy {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileErrors([RuleFileError(file: path, line: 0, reason: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleFileErrors([RuleFileError(file: path, line: 0, reason: "cannot read the file as UTF-8")])
        }
        return try parse(text, file: path)
    }

    /// Parses the text of a shipping file. - Throws: ``RuleFileErrors``.
    public static func parse(_ text: String, file: String) throws(RuleFileErrors) -> ShippingPolicy {
        let diagnostics = Diagnostics()
        let decoder = RuleDecoder(diagnostics: diagnostics)
        var policy: ShippingPolicy?
        do {
            policy = try decoder.shippingPolicy(YAMLValue.document(text, file: file))
        } catch {
            diagnostics.record(error)
        }
        guard diagnostics.errors.isEmpty, let policy else {
            throw RuleFileErrors(diagnostics.errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return policy
    }
}
