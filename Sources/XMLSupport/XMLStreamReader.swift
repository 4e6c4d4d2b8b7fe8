import CLibXML2

/// A forward-only XML reader over libxml2's `xmlTextReader`, configured for untrusted input:
/// no network access (`XML_PARSE_NONET`), no external DTD or entity loading (no `XML_PARSE_DTDLOAD`,
/// no `XML_PARSE_NOENT`, and ``ExternalEntityGuard`` refuses every load), libxml2's limits on
/// text size and entity expansion left on (never `XML_PARSE_HUGE`), plus the bounds of
/// ``XMLReaderOptions``.
///
/// Memory stays flat however long the document: the reader frees each subtree once it has moved
/// past it. There are two ways to walk a document: ``next()`` with ``kind`` (simple), and
/// ``step()`` with ``name`` and ``appendText(to:)`` (no allocation per node; see
/// `XMLStreamReader+Step.swift`).
///
/// One reader owns one libxml2 handle and frees it in `deinit`; it is not thread safe.
public final class XMLStreamReader {
    public enum NodeKind {
        case startElement
        case endElement
        case text
        case other
    }

    let reader: xmlTextReaderPtr
    let errors: ErrorSink
    public let file: String
    public let options: XMLReaderOptions

    // Where the text before the current node ended (see `XMLStreamReader+Step.swift`).
    @exclusivity(unchecked) var textEndLine = 0
    @exclusivity(unchecked) var textEndColumn = 0
    @exclusivity(unchecked) var textPrecedes = false
    @exclusivity(unchecked) var entityBytes = 0
    @exclusivity(unchecked) var textPrecededElement = false
    @exclusivity(unchecked) var lastStepWasStart = false
    /// The walk over nodes parsed before a fatal error (see `XMLStreamReader+Salvage.swift`).
    @exclusivity(unchecked) var salvage: Salvage?
    /// The document taken from libxml2 for a salvage walk from its root, freed with the reader.
    var ownedDocument: xmlDocPtr?
    /// True when the options ask for a lower text bound than libxml2's own, so each text node is measured.
    let checksTextSize: Bool
    /// Text nodes deeper than this are not measured for ``elementStart`` (a reader that needs
    /// the positions of records at depth 2 sets 2 and saves the work inside them).
    @exclusivity(unchecked) public var positionDepth = Int.max

    /// Opens a file with the default options. - Throws: ``XMLReadError`` when it cannot be opened.
    public convenience init(path: String) throws(XMLReadError) {
        try self.init(path: path, options: XMLReaderOptions())
    }

    /// Opens a file, optionally overriding its declared encoding.
    /// - Throws: ``XMLReadError`` of kind `cannotOpen` when it cannot be opened, or when libxml2
    ///   does not know the override encoding.
    public init(path: String, options: XMLReaderOptions) throws(XMLReadError) {
        ExternalEntityGuard.install()
        // COMPACT keeps short text inside its node (fewer allocations; the reader never edits the tree),
        // as xmllint does by default.
        var flags = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_COMPACT.rawValue)
        // An override must win over the declaration, which libxml2 otherwise switches to.
        if options.encoding != nil { flags |= Int32(XML_PARSE_IGNORE_ENC.rawValue) }
        if let encoding = options.encoding, xmlFindCharEncodingHandler(encoding) == nil {
            throw XMLReadError(file: path, line: 0, column: 0, reason: "libxml2 has no decoder for the encoding '\(encoding)'",
                               kind: .cannotOpen)
        }
        guard let reader = xmlReaderForFile(path, options.encoding, flags) else {
            throw XMLReadError(file: path, line: 0, column: 0, reason: "cannot open the file", kind: .cannotOpen)
        }
        self.reader = reader
        self.file = path
        self.options = options
        self.checksTextSize = options.maximumTextBytes < XMLReaderOptions.libxml2TextLimit
        self.errors = ErrorSink()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        if let ownedDocument { xmlFreeDoc(ownedDocument) }
    }

    /// Moves to the next node; false at the end of the document.
    /// - Throws: ``XMLReadError`` with the line and column where the document stops being well-formed.
    public func next() throws(XMLReadError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 { return true }
        if status == 0 { return false }
        throw failure()
    }

    public var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .startElement
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue): return .text
        default: return .other
        }
    }

    /// The local name of the current node (without prefix).
    public var localName: String {
        if let node = salvage?.node {
            return node.pointee.name.map { String(cString: $0) } ?? ""
        }
        guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: name)
    }

    /// The namespace URI of the current node, empty when none.
    public var namespaceURI: String {
        guard let uri = xmlTextReaderConstNamespaceUri(reader) else { return "" }
        return String(cString: uri)
    }

    /// The namespace prefix of the current node (`my` in `my:elem`), empty when none.
    public var prefix: String {
        guard let prefix = xmlTextReaderConstPrefix(reader) else { return "" }
        return String(cString: prefix)
    }

    /// Every attribute of the current element in document order, namespace declarations left out.
    ///
    /// Reading them leaves the reader on the element, so the other accessors keep working.
    public var attributes: [XMLAttribute] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var result: [XMLAttribute] = []
        var status = xmlTextReaderMoveToFirstAttribute(reader)
        while status == 1 {
            let uri = namespaceURI
            if uri != XMLAttribute.namespaceDeclarationURI {
                result.append(XMLAttribute(localName: localName, prefix: prefix, namespaceURI: uri, value: value))
            }
            status = xmlTextReaderMoveToNextAttribute(reader)
        }
        _ = xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The value of an attribute of the current element, nil when absent.
    public func attribute(_ name: String) -> String? {
        if let node = salvage?.node {
            guard let value = xmlGetProp(node, name) else { return nil }
            defer { meridian_xml_free(value) }
            return String(cString: value)
        }
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { meridian_xml_free(value) }
        return String(cString: value)
    }

    /// The value of an attribute in a namespace (`xml:lang` is `("lang", "http://www.w3.org/XML/1998/namespace")`).
    public func attribute(_ localName: String, namespace: String) -> String? {
        if let node = salvage?.node {
            guard let value = xmlGetNsProp(node, localName, namespace) else { return nil }
            defer { meridian_xml_free(value) }
            return String(cString: value)
        }
        guard let value = xmlTextReaderGetAttributeNs(reader, localName, namespace) else { return nil }
        defer { meridian_xml_free(value) }
        return String(cString: value)
    }

    /// The line of the current node (where its start tag is), else where the parser stands.
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Self.line(of: node)
            if line > 0 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// True when the current node is text made only of white space (between elements, or all of
    /// an element's text), which ``kind`` reports as `.other`.
    public var isWhitespace: Bool {
        let type = xmlTextReaderNodeType(reader)
        return type == Int32(XML_READER_TYPE_WHITESPACE.rawValue)
            || type == Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue)
    }

    /// True when the current element has no content (`<a/>`).
    public var isEmptyElement: Bool {
        if let salvage { return salvage.emptyElement }
        return xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// The text value of the current text node.
    public var value: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    /// The depth of the current node in the tree.
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// How many bytes of the file the parser has consumed so far (for progress reports).
    public var bytesConsumed: Int { max(0, Int(xmlTextReaderByteConsumed(reader))) }

    /// The text content of the current element and its descendants (moves past the element).
    public func readString() -> String {
        guard let text = xmlTextReaderReadString(reader) else { return "" }
        defer { meridian_xml_free(text) }
        return String(cString: text)
    }

    /// The XML of the current element's content, markup included (inline codes in XLIFF).
    public func readInnerXML() -> String {
        guard let text = xmlTextReaderReadInnerXml(reader) else { return "" }
        defer { meridian_xml_free(text) }
        return String(cString: text)
    }

    /// The error for a read that libxml2 ended with -1: the first error it reported, else its last.
    func failure() -> XMLReadError {
        if let first = errors.first {
            return XMLReadError(file: file, line: first.line, column: first.column, reason: first.reason, kind: first.kind)
        }
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        let column = Int(xmlTextReaderGetParserColumnNumber(reader))
        return XMLReadError(file: file, line: line, column: column, reason: lastErrorMessage() ?? "the document is not well-formed XML",
                            kind: .malformed)
    }

    private func lastErrorMessage() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        let text = String(cString: message).trimmingTrailingNewlines()
        return text.isEmpty ? nil : "not well-formed XML: \(text)"
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}
