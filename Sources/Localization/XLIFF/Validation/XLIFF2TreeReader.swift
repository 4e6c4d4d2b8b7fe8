import XMLSupport

/// Reads a whole XLIFF 2 document into ``XLIFF2Element``s with the hardened stream reader
/// (no network, no external entities), keeping lines for messages.
enum XLIFF2TreeReader {
    /// The root element of the document at `path`.
    /// - Throws: ``CatalogError`` with file:line when the file cannot be read or is not well-formed.
    static func read(path: String) throws(CatalogError) -> XLIFF2Element {
        let reader: XMLStreamReader
        do { reader = try XMLStreamReader(path: path) } catch { throw CatalogError(file: path, reason: error.reason) }
        var open: [XLIFF2Element] = []
        var root: XLIFF2Element?
        do {
            while try reader.next() {
                switch reader.kind {
                case .startElement:
                    let element = XLIFF2Element(localName: reader.localName, prefix: reader.prefix, namespace: reader.namespaceURI,
                                                attributes: reader.attributes, line: reader.line)
                    if reader.isEmptyElement {
                        close(element, into: &open, root: &root)
                    } else {
                        open.append(element)
                    }
                case .endElement:
                    if let element = open.popLast() { close(element, into: &open, root: &root) }
                case .text:
                    open.indices.last.map { open[$0].content.append(.text(reader.value)) }
                case .other:
                    if reader.isWhitespace, let last = open.indices.last { open[last].content.append(.text(reader.value)) }
                }
            }
        } catch {
            throw CatalogError(file: "\(path):\(error.line)", reason: error.reason)
        }
        guard let root else { throw CatalogError(file: path, reason: "the document is empty") }
        return root
    }

    private static func close(_ element: XLIFF2Element, into open: inout [XLIFF2Element], root: inout XLIFF2Element?) {
        if let last = open.indices.last {
            open[last].content.append(.element(element))
        } else {
            root = element
        }
    }
}
