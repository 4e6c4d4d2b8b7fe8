/// One attribute of an element as ``XMLStreamReader`` reports it: its name split into prefix and
/// local part, its namespace and its value (entities and character references already replaced).
public struct XMLAttribute: Equatable, Sendable {
    /// The namespace libxml2 gives to `xmlns` and `xmlns:p` declarations, which are not attributes here.
    static let namespaceDeclarationURI = "http://www.w3.org/2000/xmlns/"

    /// The namespace of `xml:lang`, `xml:space` and `xml:id`.
    public static let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"

    /// The name without its prefix (`lang` in `xml:lang`).
    public let localName: String
    /// The prefix as written (`xml` in `xml:lang`), empty when none.
    public let prefix: String
    /// The namespace URI, empty for an unprefixed attribute.
    public let namespaceURI: String
    /// The value, with entities and character references replaced.
    public let value: String

    /// An attribute as the reader found it.
    public init(localName: String, prefix: String, namespaceURI: String, value: String) {
        self.localName = localName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.value = value
    }

    /// The name as written in the document: `xml:lang`, `my:attr`, `id`.
    public var qualifiedName: String { prefix.isEmpty ? localName : "\(prefix):\(localName)" }
}
