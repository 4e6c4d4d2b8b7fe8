import XMLSupport

/// Reads a supplier feed record by record, in constant memory: each ``next()`` returns one
/// product or one reject, and the file is read only as far as that record.
///
/// ```swift
/// let reader = try FeedReader(path: "catalog.xml")          // dialect from the root element
/// while let event = try reader.next() {
///     switch event {
///     case .product(let product): publish(product)
///     case .rejected(let reject): rejects.append(reject.jsonLine)
///     }
/// }
/// ```
///
/// A document that stops being well-formed throws ``FeedError/malformedDocument(file:line:column:reason:)``
/// after every record before the break has been returned; after a throw, ``next()`` returns nil.
public final class FeedReader {
    /// The feed's path.
    public let file: String
    /// The dialect being read, detected from the root element or as named.
    public let dialect: FeedDialect
    private let parser: any DialectParser
    private let xml: XMLStreamReader
    private var finished = false

    /// How many bytes of the file have been read so far (for progress and ETA).
    public var bytesRead: Int { xml.bytesConsumed }

    /// Opens a feed.
    ///
    /// - Parameters:
    ///   - dialect: the dialect, nil to detect it from the root element and its namespace
    ///     (a `mapping` implies ``FeedDialect/mapped``).
    ///   - mapping: the mapping for ``FeedDialect/mapped``.
    /// - Throws: ``FeedError/cannotOpen(file:reason:)``, ``FeedError/unknownDialect(file:root:namespace:)``,
    ///   ``FeedError/invalidMapping(file:line:reason:)``, or a read error before the root element.
    public init(path: String, dialect: FeedDialect? = nil, mapping: FeedMapping? = nil,
                options: FeedOptions = FeedOptions()) throws(FeedError) {
        let xml: XMLStreamReader
        do {
            xml = try XMLStreamReader(path: path, options: options.xml)
            while let step = try xml.step(), step != .start {}
        } catch {
            throw FeedError(error)
        }
        guard xml.name != nil else {
            throw .malformedDocument(file: path, line: 0, column: 0, reason: "the document has no root element")
        }
        let root = xml.localName
        let namespace = xml.elementNamespace
        guard let chosen = dialect ?? (mapping != nil ? .mapped : FeedDialect.detect(root: root, namespace: namespace)) else {
            throw .unknownDialect(file: path, root: root, namespace: namespace)
        }
        switch chosen {
        case .bmecat: parser = BMEcatParser(xml: xml, options: options)
        case .googleMerchant: parser = GoogleMerchantParser(xml: xml, options: options)
        case .onix: parser = ONIXParser(xml: xml, options: options)
        case .mapped:
            guard let mapping else {
                throw .invalidMapping(file: path, line: 0, reason: "the mapped dialect needs a mapping file")
            }
            parser = MappedParser(xml: xml, mapping: mapping, options: options)
        }
        self.file = path
        self.dialect = chosen
        self.xml = xml
    }

    /// The next product or reject, nil at the end of the feed.
    /// - Throws: ``FeedError`` for a document that stops being well-formed, a text node over the
    ///   limit or runaway entity expansion, with file and line.
    public func next() throws(FeedError) -> FeedEvent? {
        guard !finished else { return nil }
        do {
            if let event = try parser.next() { return event }
            finished = true
            return nil
        } catch {
            finished = true
            throw error
        }
    }
}
