import Yams

/// The top level of a mapping file as YAML nodes, read as plain strings with their lines.
struct MappingDocument {
    struct StringMap {
        var entries: [(key: String, value: String, line: Int)] = []
        var values: [String: String] { Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }) }
    }

    let file: String
    private let root: [(key: String, line: Int, node: Node)]

    init(yaml: String, file: String) throws(FeedError) {
        self.file = file
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw .invalidMapping(file: file, line: Self.line(of: error), reason: "invalid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw .invalidMapping(file: file, line: 1, reason: "a mapping file is a YAML mapping with schema, record and fields")
        }
        root = mapping.map { (key: $0.key.string ?? "", line: $0.key.mark?.line ?? 0, node: $0.value) }
    }

    /// A top-level scalar, nil when absent. - Throws: when it is not a scalar.
    func string(_ key: String) throws(FeedError) -> String? {
        guard let node = root.first(where: { $0.key == key })?.node else { return nil }
        guard let text = node.scalar?.string else { throw error("\(key) must be a single value", at: key) }
        return text
    }

    /// A top-level mapping of scalars, empty when absent. - Throws: when it is something else.
    func stringMap(_ key: String) throws(FeedError) -> StringMap {
        guard let node = root.first(where: { $0.key == key })?.node else { return StringMap() }
        guard let mapping = node.mapping else { throw error("\(key) must be a mapping of names to values", at: key) }
        var result = StringMap()
        for (name, value) in mapping {
            guard let text = value.scalar?.string, let nameText = name.string else {
                throw FeedError.invalidMapping(file: file, line: value.mark?.line ?? 0, reason: "\(key): each value must be a single string")
            }
            result.entries.append((nameText, text, name.mark?.line ?? 0))
        }
        return result
    }

    func error(_ reason: String, at key: String?) -> FeedError {
        let line = key.flatMap { name in root.first { $0.key == name }?.line } ?? 1
        return .invalidMapping(file: file, line: line, reason: reason)
    }

    private static func line(of error: Error) -> Int {
        if let error = error as? YamlError {
            switch error {
            case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
            default: return 0
            }
        }
        return 0
    }
}
