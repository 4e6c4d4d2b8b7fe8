import Yams

/// A YAML node with its position, read with precise errors for rule files.
///
/// Rule files keep every number as a quoted string, so scalars are read as text and then parsed
/// by Meridian's own exact types; YAML's implicit number and date typing is never used.
struct YAMLValue {
    let node: Node
    let file: String
    /// The dotted path of this value (`days[0].rates.USD`) for messages.
    let path: String

    /// Parses a whole document. - Throws: ``RuleFileError`` with the parser's line and column.
    static func document(_ text: String, file: String) throws(RuleFileError) -> YAMLValue {
        do {
            // The basic resolver tags every scalar as a string: rule files read scalars as text
            // anyway, and implicit typing runs a regular expression per scalar (most of load time).
            guard let node = try Yams.compose(yaml: text, Resolver.basic) else {
                throw RuleFileError(file: file, line: 1, reason: "the file is empty")
            }
            return YAMLValue(node: node, file: file, path: "")
        } catch let error as RuleFileError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw RuleFileError(file: file, line: 0, reason: "cannot parse YAML: \(error)")
        }
    }

    private static func describe(_ error: YamlError, file: String) -> RuleFileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return RuleFileError(file: file, line: mark.line, column: mark.column, reason: "invalid YAML: \(what)")
        case let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return RuleFileError(file: file, line: mark.line, column: mark.column, reason: "invalid YAML: \(what)")
        default:
            return RuleFileError(file: file, line: 0, reason: "invalid YAML: \(error)")
        }
    }

    var line: Int { node.mark?.line ?? 0 }
    var column: Int { node.mark?.column ?? 0 }

    /// An error located at this value, its reason prefixed with the value's path.
    func error(_ reason: String) -> RuleFileError {
        RuleFileError(file: file, line: line, column: column, reason: path.isEmpty ? reason : "\(path): \(reason)")
    }

    /// An error located at this value whose reason already says what it is about.
    func plainError(_ reason: String) -> RuleFileError {
        RuleFileError(file: file, line: line, column: column, reason: reason)
    }

    private func child(_ node: Node, _ key: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The mapping's entries in file order. - Throws: when this is not a mapping.
    func mapping() throws(RuleFileError) -> [(key: String, value: YAMLValue)] {
        guard case let .mapping(mapping) = node else { throw error("expected a mapping") }
        var seen = Set<String>()
        var entries: [(key: String, value: YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            guard case let .scalar(scalar) = keyNode else {
                throw YAMLValue(node: keyNode, file: file, path: path).error("keys must be plain text")
            }
            guard seen.insert(scalar.string).inserted else {
                throw YAMLValue(node: keyNode, file: file, path: path).error("duplicate key '\(scalar.string)'")
            }
            entries.append((scalar.string, child(valueNode, scalar.string)))
        }
        return entries
    }

    /// The value under `key`. - Throws: when missing.
    func required(_ key: String) throws(RuleFileError) -> YAMLValue {
        guard let value = try optional(key) else { throw error("missing required key '\(key)'") }
        return value
    }

    /// The value under `key`, nil when absent.
    func optional(_ key: String) throws(RuleFileError) -> YAMLValue? {
        guard case let .mapping(mapping) = node else { throw error("expected a mapping") }
        // Compared as plain text: looking up `Node(key)` would resolve the key's YAML tag with
        // Yams's default (regular-expression) resolver on every lookup.
        for (keyNode, value) in mapping {
            if case let .scalar(scalar) = keyNode, scalar.string == key { return child(value, key) }
        }
        return nil
    }

    /// The sequence's items. - Throws: when this is not a sequence.
    func sequence() throws(RuleFileError) -> [YAMLValue] {
        guard case let .sequence(sequence) = node else { throw error("expected a list") }
        return sequence.enumerated().map { index, item in
            YAMLValue(node: item, file: file, path: "\(path)[\(index)]")
        }
    }

    /// The scalar's text exactly as written (quotes removed). - Throws: when not a scalar.
    func string() throws(RuleFileError) -> String {
        guard case let .scalar(scalar) = node else { throw error("expected a single value") }
        return scalar.string
    }

    /// A scalar that must be a quoted string (so YAML did not read it as a number or date).
    func quotedString() throws(RuleFileError) -> String {
        guard case let .scalar(scalar) = node else { throw error("expected a single value") }
        guard scalar.style == .singleQuoted || scalar.style == .doubleQuoted else {
            throw error("write '\(scalar.string)' as a quoted string (\"\(scalar.string)\") so it is read exactly")
        }
        return scalar.string
    }

    /// Rejects keys this reader does not know, so a typo never passes silently.
    func allowOnly(_ keys: Set<String>) throws(RuleFileError) {
        for (key, value) in try mapping() where !keys.contains(key) {
            let place = path.isEmpty ? "" : " in \(path)"
            throw value.plainError("unknown key '\(key)'\(place) (expected one of: \(keys.sorted().joined(separator: ", ")))")
        }
    }
}
