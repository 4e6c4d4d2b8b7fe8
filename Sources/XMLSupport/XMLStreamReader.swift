import CLibXML2

/// A forward-only XML reader over libxml2's `xmlTextReader`, configured for untrusted input:
/// no network access, no external DTD or entity loading, no entity substitution, and libxml2's
/// default limits on text size and entity expansion left on.
///
/// One reader owns one libxml2 handle and frees it in `deinit`; it is not thread safe.
public final class XMLStreamReader {
    public enum NodeKind {
        case startElement
        case endElement
        case text
        case other
    }

    private let reader: xmlTextReaderPtr
    public let file: String

    /// Opens a file. - Throws: ``XMLReadError`` when it cannot be opened.
    public init(path: String) throws(XMLReadError) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            throw XMLReadError(file: path, line: 0, reason: "cannot open the file")
        }
        self.reader = reader
        self.file = path
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Moves to the next node; false at the end of the document.
    /// - Throws: ``XMLReadError`` with the line where the document stops being well-formed.
    public func next() throws(XMLReadError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 { return true }
        if status == 0 { return false }
        throw XMLReadError(file: file, line: line, reason: lastErrorMessage() ?? "the document is not well-formed XML")
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
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { meridian_xml_free(value) }
        return String(cString: value)
    }

    /// The line of the current node (where its start tag is), else where the parser stands.
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
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
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The text value of the current text node.
    public var value: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    /// The depth of the current node in the tree.
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

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

    private func lastErrorMessage() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        let text = String(cString: message).trimmingTrailingNewlines()
        return text.isEmpty ? nil : "not well-formed XML: \(text)"
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}
