import CLibXML2

// MARK: - Allocation-free walking

extension XMLStreamReader {
    /// What ``step()`` moved to.
    public enum Step {
        /// A start tag; ``isEmptyElement`` tells whether an end follows at once (`<a/>` has no end step).
        case start
        case end
        /// Text or CDATA content (whitespace between elements included).
        case text
        /// A reference to an entity declared in the document's internal subset (`&product;`),
        /// left unexpanded by libxml2; ``appendText(to:)`` expands it within the budget.
        case entityReference
        /// A comment, processing instruction or document type node.
        case other
    }

    /// Moves to the next node without allocating; nil at the end of the document.
    /// - Throws: ``XMLReadError`` for a document that stops being well-formed (with its line and
    ///   column), a text node over ``XMLReaderOptions/maximumTextBytes``, or entities libxml2 refuses.
    public func step() throws(XMLReadError) -> Step? {
        if salvage != nil { return try salvageStep() }
        let status = xmlTextReaderRead(reader)
        guard status == 1 else {
            if status == 0 { return nil }
            if let error = beginSalvage(failure()) { throw error }
            return try salvageStep()
        }
        guard let node = xmlTextReaderCurrentNode(reader) else { return .other }
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
                textPrecedes = false
                lastStepWasStart = false
                return .end
            }
            textPrecededElement = textPrecedes
            textPrecedes = false
            lastStepWasStart = true
            return .start
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if checksTextSize || Int(xmlTextReaderDepth(reader)) <= positionDepth {
                try noteText(node)
            } else {
                textPrecedes = false
            }
            lastStepWasStart = false
            return .text
        case XML_ENTITY_REF_NODE:
            textPrecedes = false
            lastStepWasStart = false
            return .entityReference
        default:
            textPrecedes = false
            lastStepWasStart = false
            return .other
        }
    }

    /// The interned local name of the current element, nil on other nodes.
    public var name: XMLName? {
        guard let node = currentNode, node.pointee.type == XML_ELEMENT_NODE,
              let name = node.pointee.name else { return nil }
        return XMLName(UnsafeRawPointer(name))
    }

    /// The interned form of `name` in this reader's dictionary, to compare with ``name``.
    public func intern(_ name: String) -> XMLName? {
        xmlTextReaderConstString(reader, name).map { XMLName(UnsafeRawPointer($0)) }
    }

    /// The value of the current element's attribute with the interned local name `name`
    /// (namespace ignored), found by comparing pointers along the element's attributes; nil when absent.
    public func attribute(_ name: XMLName) -> String? {
        guard let node = currentNode, node.pointee.type == XML_ELEMENT_NODE else { return nil }
        var property = node.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name, UnsafeRawPointer(attributeName) == name.pointer {
                if let text = attribute.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE,
                   let content = text.pointee.content {
                    return String(cString: content)
                }
                return self.attribute(name.string)
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// The namespace URI of the current element, nil when it has none (allocates).
    public var elementNamespace: String? {
        guard let node = currentNode, let ns = node.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// Where the current start tag begins: the line, and the column when the text before it
    /// ends a line (as in any indented document) and lies no deeper than ``positionDepth``, else 0.
    public var elementStart: (line: Int, column: Int) {
        if textPrecededElement && textEndColumn > 0 { return (textEndLine, textEndColumn) }
        var line = 0
        if let node = currentNode { line = Self.line(of: node) }
        if line == 0 { line = Int(xmlTextReaderGetParserLineNumber(reader)) }
        return (line, 0)
    }

    /// Appends the current text node's UTF-8 bytes, or an entity reference's expansion, to `buffer`.
    /// - Throws: ``XMLReadError`` of kind `entityExpansion` when the document's entity references
    ///   together expand past ``XMLReaderOptions/maximumEntityExpansionBytes`` or nest too deep.
    public func appendText(to buffer: XMLTextBuffer) throws(XMLReadError) {
        guard let node = currentNode else { return }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            buffer.append(content, count: Int(xmlStrlen(content)))
        case XML_ENTITY_REF_NODE:
            // The reference's child is the entity declaration, whose children are its parsed content.
            guard let declaration = node.pointee.children else { return }
            try appendExpansion(of: declaration.pointee.children, to: buffer, depth: 1, at: node)
        default:
            return
        }
    }

    /// The line of a node: libxml2 stores lines up to 65534 in the node; past that the text
    /// nodes keep theirs in `psvi` (`XML_PARSE_BIG_LINES`) and an element takes its first child's.
    static func line(of node: xmlNodePtr) -> Int {
        let stored = Int(node.pointee.line)
        if stored < 65535 { return stored }
        if node.pointee.type == XML_TEXT_NODE, let psvi = node.pointee.psvi { return Int(bitPattern: psvi) }
        if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children, child.pointee.type == XML_TEXT_NODE,
           let psvi = child.pointee.psvi, let content = child.pointee.content {
            // The child's line is where its text ends; the start tag is that many newlines earlier.
            var newlines = 0
            var cursor = content
            while cursor.pointee != 0 {
                if cursor.pointee == 0x0A { newlines += 1 }
                cursor += 1
            }
            return Int(bitPattern: psvi) - newlines
        }
        return 0
    }

    /// The line of an entity reference: libxml2 gives references none, so their element's.
    static func line(ofReference reference: xmlNodePtr) -> Int {
        let own = line(of: reference)
        if own > 0 { return own }
        return reference.pointee.parent.map { line(of: $0) } ?? 0
    }

    private func noteText(_ node: xmlNodePtr) throws(XMLReadError) {
        guard let content = node.pointee.content else { return }
        let length = Int(xmlStrlen(content))
        if checksTextSize && length > options.maximumTextBytes {
            throw XMLReadError(file: file, line: Self.line(of: node), column: 0,
                               reason: "a text node of \(length) bytes is longer than the limit of \(options.maximumTextBytes) bytes",
                               kind: .textTooLarge)
        }
        // The column after the last newline is where the next start tag begins.
        var index = length
        var characters = 0
        while index > 0 {
            let byte = content[index - 1]
            if byte == 0x0A { break }
            if byte & 0xC0 != 0x80 { characters += 1 }
            index -= 1
        }
        if index > 0 {
            textEndLine = Self.line(of: node)
            textEndColumn = textEndLine > 0 ? characters + 1 : 0
        } else {
            textEndColumn = 0
        }
        textPrecedes = true
    }

    private func appendExpansion(of first: xmlNodePtr?, to buffer: XMLTextBuffer, depth: Int, at reference: xmlNodePtr) throws(XMLReadError) {
        guard depth <= 16 else {
            throw XMLReadError(file: file, line: Self.line(ofReference: reference), column: 0,
                               reason: "entity references nest more than 16 deep", kind: .entityExpansion)
        }
        var child = first
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let length = Int(xmlStrlen(content))
                    entityBytes += length
                    if entityBytes > options.maximumEntityExpansionBytes {
                        throw XMLReadError(file: file, line: Self.line(ofReference: reference), column: 0,
                                           reason: "entity references expand to more than \(options.maximumEntityExpansionBytes) bytes of text",
                                           kind: .entityExpansion)
                    }
                    buffer.append(content, count: length)
                }
            case XML_ENTITY_REF_NODE:
                try appendExpansion(of: node.pointee.children?.pointee.children, to: buffer, depth: depth + 1, at: reference)
            case XML_ELEMENT_NODE:
                try appendExpansion(of: node.pointee.children, to: buffer, depth: depth + 1, at: reference)
            default:
                break
            }
            child = node.pointee.next
        }
    }
}
