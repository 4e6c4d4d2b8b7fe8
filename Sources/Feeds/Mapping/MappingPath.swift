/// Where a mapped field's value sits relative to the record element:
/// `ItemID/SupplierPartID` (an element's text), `ItemDetail/Description[@xml:lang=en]` (only the
/// elements whose attribute has that value), `ItemDetail/UnitPrice/Money/@currency` (an attribute),
/// `@id` (an attribute of the record itself).
///
/// A step is an element's local name, or `prefix:name` with the prefix declared under the
/// mapping's `namespaces:`, and may carry one predicate `[@attr]` (present) or `[@attr=value]`.
public struct MappingPath: Sendable, Hashable, CustomStringConvertible {
    /// One element step.
    public struct Step: Sendable, Hashable {
        /// The element's local name.
        public let name: String
        /// The namespace URI the element must be in, nil to accept any.
        public let namespace: String?
        /// The attribute a matching element must have, and its value when given.
        public let predicate: (attribute: String, value: String?)?

        public static func == (lhs: Step, rhs: Step) -> Bool {
            lhs.name == rhs.name && lhs.namespace == rhs.namespace
                && lhs.predicate?.attribute == rhs.predicate?.attribute && lhs.predicate?.value == rhs.predicate?.value
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(namespace)
            hasher.combine(predicate?.attribute)
            hasher.combine(predicate?.value)
        }
    }

    /// The element steps from the record down, empty for the record itself.
    public let steps: [Step]
    /// The attribute read at the last step (or on the record when there are no steps), nil for text.
    public let attribute: String?
    public let description: String

    /// Parses a path. - Throws: a sentence saying what is wrong with it.
    public init(_ text: String, namespaces: [String: String] = [:]) throws(MappingPathError) {
        description = text
        var parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.contains(where: \.isEmpty) { throw MappingPathError("path '\(text)' has an empty step") }
        var attribute: String?
        if let last = parts.last, last.hasPrefix("@") {
            attribute = String(last.dropFirst())
            parts.removeLast()
            if attribute?.isEmpty ?? true { throw MappingPathError("path '\(text)' names no attribute after '@'") }
        }
        if parts == ["."] { parts = [] }
        self.attribute = attribute
        steps = try parts.map { (part) throws(MappingPathError) in try Self.step(part, in: text, namespaces: namespaces) }
    }

    /// Parses one step: `name`, `prefix:name`, with an optional `[@attr]` or `[@attr=value]`.
    static func step(_ part: String, in text: String, namespaces: [String: String]) throws(MappingPathError) -> Step {
        var name = part
        var predicate: (String, String?)?
        if let open = part.firstIndex(of: "[") {
            guard part.hasSuffix("]") else { throw MappingPathError("path '\(text)': step '\(part)' does not close its '['") }
            name = String(part[..<open])
            let inside = String(part[part.index(after: open)..<part.index(before: part.endIndex)])
            guard inside.hasPrefix("@") else { throw MappingPathError("path '\(text)': a predicate is [@attribute] or [@attribute=value]") }
            let condition = inside.dropFirst().split(separator: "=", maxSplits: 1).map(String.init)
            guard let attribute = condition.first, !attribute.isEmpty else {
                throw MappingPathError("path '\(text)': the predicate names no attribute")
            }
            let value = condition.count == 2 ? condition[1].trimmingQuotes() : nil
            predicate = (attribute, value)
        }
        var namespace: String?
        if let colon = name.firstIndex(of: ":") {
            let prefix = String(name[..<colon])
            guard let uri = namespaces[prefix] else {
                throw MappingPathError("path '\(text)': the prefix '\(prefix)' is not declared under namespaces")
            }
            namespace = uri
            name = String(name[name.index(after: colon)...])
        }
        guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "@" || $0 == "]" }) else {
            throw MappingPathError("path '\(text)': '\(part)' is not an element name")
        }
        return Step(name: name, namespace: namespace, predicate: predicate)
    }
}

/// A mapping path that cannot be read, in a sentence.
public struct MappingPathError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension String {
    fileprivate func trimmingQuotes() -> String {
        guard count >= 2, let first, first == "'" || first == "\"", last == first else { return self }
        return String(dropFirst().dropLast())
    }
}
