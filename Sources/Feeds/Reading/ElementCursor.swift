import XMLSupport

/// Walks a document element by element for one dialect: maps each element name to the dialect's
/// tag by comparing interned libxml2 names (one pointer-keyed lookup per element, no String),
/// keeps the path of open elements, and gathers text only inside the element a dialect asked for
/// with ``capture()``.
///
/// The hot state of the readers (this cursor, the dialect parsers, their records) is marked
/// `@exclusivity(unchecked)`: a reader is used from one thread and never hands out `inout`
/// access to it, and Swift's dynamic exclusivity checks cost more per element than the work.
final class ElementCursor<Tag: Hashable> {
    enum Event {
        case start(Tag?)
        case end(Tag?)
    }

    let xml: XMLStreamReader
    private let names: [String: Tag]
    @exclusivity(unchecked) private var cache = NameTable<Tag>()
    /// The open elements, outermost first; the current element is last.
    @exclusivity(unchecked) private(set) var path: [Tag?] = []
    @exclusivity(unchecked) private var pendingEnd = false
    @exclusivity(unchecked) private var captureDepth = 0
    private let buffer = XMLTextBuffer()
    /// The trimmed text of the last captured element, set at its end.
    @exclusivity(unchecked) private(set) var text = ""

    /// Starts where `xml` stands; when that is a start tag (the root, after dialect detection)
    /// it counts as open.
    init(xml: XMLStreamReader, names: [String: Tag]) {
        self.xml = xml
        self.names = names
        if xml.name != nil {
            path.append(lookup())
            if xml.isEmptyElement { pendingEnd = true }
        }
    }

    var file: String { xml.file }

    /// The number of open elements (1 inside the root).
    var depth: Int { path.count }

    /// The tag `levels` above the current element (1 is its parent), nil when unknown or absent.
    func ancestor(_ levels: Int) -> Tag? {
        let index = path.count - 1 - levels
        return index >= 0 ? path[index] : nil
    }

    /// True when the element `levels` above the current one is `tag`.
    func within(_ tag: Tag, levels: Int = 1) -> Bool { ancestor(levels) == tag }

    /// Moves to the next start or end of an element; nil at the end of the document.
    /// An empty element (`<a/>`) gives a start and then an end.
    /// - Throws: ``FeedError`` when the document stops being readable.
    func next() throws(FeedError) -> Event? {
        if pendingEnd {
            pendingEnd = false
            return closeElement()
        }
        do {
            while let step = try xml.step() {
                switch step {
                case .start:
                    let tag = lookup()
                    path.append(tag)
                    if xml.isEmptyElement { pendingEnd = true }
                    return .start(tag)
                case .end:
                    return closeElement()
                case .text, .entityReference:
                    if captureDepth > 0 { try xml.appendText(to: buffer) }
                case .other:
                    continue
                }
            }
        } catch {
            throw FeedError(error)
        }
        return nil
    }

    /// Gathers the text of the current element (descendants included) until it ends; read it
    /// from ``text`` at its end event.
    func capture() {
        captureDepth = path.count
        buffer.removeAll()
    }

    /// The value of an attribute of the current element.
    func attribute(_ name: String) -> String? { xml.attribute(name) }

    /// The value of an attribute by its interned name (see ``intern(_:)``), without a lookup by string.
    func attribute(_ name: XMLName?) -> String? {
        guard let name else { return nil }
        return xml.attribute(name)
    }

    /// A name interned in the reader's dictionary, for ``attribute(_:)-(XMLName?)``.
    func intern(_ name: String) -> XMLName? { xml.intern(name) }

    /// `xml:lang` of the current element.
    var xmlLang: String? { xml.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") }

    /// Where the current start tag begins.
    var location: (line: Int, column: Int) { xml.elementStart }

    private func closeElement() -> Event {
        if captureDepth > 0 && path.count == captureDepth {
            captureDepth = 0
            text = buffer.trimmedString()
        }
        let tag = path.removeLast()
        return .end(tag)
    }

    private func lookup() -> Tag? {
        guard let name = xml.name else { return nil }
        if let known = cache.lookup(name) { return known }
        let tag = names[name.string]
        cache.insert(name, tag)
        return tag
    }
}

extension ElementCursor where Tag: FeedTag {
    /// A cursor over one dialect's tags.
    convenience init(xml: XMLStreamReader) {
        self.init(xml: xml, names: Tag.namesByString)
    }
}
