import XMLSupport

/// One element of an XLIFF 2 document held in memory for validation: its name, namespace,
/// attributes, line and content (child elements and text, in document order).
struct XLIFF2Element: Sendable {
    /// A piece of an element's content.
    enum Content: Sendable {
        case element(XLIFF2Element)
        case text(String)
    }

    let localName: String
    let prefix: String
    let namespace: String
    let attributes: [XMLAttribute]
    /// The line of the start tag.
    let line: Int
    var content: [Content] = []

    /// The name as written: `unit`, `mtc:match`, `my:elem`.
    var qualifiedName: String { prefix.isEmpty ? localName : "\(prefix):\(localName)" }

    /// The element children, in order.
    var children: [XLIFF2Element] {
        content.compactMap { if case .element(let child) = $0 { child } else { nil } }
    }

    /// The direct text, pieces joined.
    var text: String {
        content.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }

    /// True when the element has neither child elements nor text other than white space.
    var isBlank: Bool {
        content.allSatisfy { if case .text(let text) = $0 { text.allSatisfy(\.isXMLWhitespace) } else { false } }
    }

    /// The value of an unprefixed attribute (`id`), nil when absent.
    subscript(_ name: String) -> String? {
        attributes.first { $0.localName == name && $0.namespaceURI.isEmpty }?.value
    }

    /// The value of an attribute in a namespace (`xml:lang`, `fs:fs`), nil when absent.
    func attribute(_ name: String, namespace: String) -> String? {
        attributes.first { $0.localName == name && $0.namespaceURI == namespace }?.value
    }

    /// True for an element of the namespace given.
    func isIn(_ namespace: String) -> Bool { self.namespace == namespace }

    /// True for the element `name` of the namespace given.
    func `is`(_ name: String, in namespace: String) -> Bool { localName == name && self.namespace == namespace }

    /// `<unit id="u1">` style text for messages: the name and the id when there is one.
    var described: String {
        if let id = self["id"] { return "<\(qualifiedName)> '\(id)'" }
        return "<\(qualifiedName)>"
    }
}

extension Character {
    /// White space as XML counts it: space, tab, line feed, carriage return.
    var isXMLWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
}
