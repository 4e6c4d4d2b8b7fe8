import CLibXML2

/// Writes a UTF-8 XML document into memory with libxml2's `xmlTextWriter` (escaping included).
///
/// One writer owns one libxml2 buffer and writer and frees them in `deinit`; not thread safe.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a document. - Throws: ``XMLReadError`` when libxml2 cannot allocate it.
    public init(indent: Bool = true) throws(XMLReadError) {
        guard let buffer = xmlBufferCreate() else { throw XMLReadError(file: "", line: 0, reason: "cannot allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLReadError(file: "", line: 0, reason: "cannot create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element, optionally in a namespace (for the root).
    public func start(_ name: String, namespace: String? = nil) {
        if let namespace {
            xmlTextWriterStartElementNS(writer, nil, name, namespace)
        } else {
            xmlTextWriterStartElement(writer, name)
        }
    }

    public func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, value)
    }

    /// Writes escaped text.
    public func text(_ value: String) {
        xmlTextWriterWriteString(writer, value)
    }

    /// An element with text content.
    public func element(_ name: String, _ value: String, attributes: [(String, String)] = []) {
        start(name)
        for (key, text) in attributes { attribute(key, text) }
        text(value)
        end()
    }

    public func end() {
        xmlTextWriterEndElement(writer)
    }

    /// Closes every open element and returns the document.
    public func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
