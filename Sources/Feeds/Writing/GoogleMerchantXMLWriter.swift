import CLibXML2

/// Writes a Google Merchant Center RSS 2.0 feed with libxml2's `xmlTextWriter`: UTF-8, every
/// text escaped by libxml2, one `<item>` per product (one per line) with the `g:` namespace.
///
/// The attributes that do not depend on the market (link, images, identifiers, category,
/// weight) can be serialized once per product with ``sharedFragment(_:)`` — by libxml2 too — and
/// reused for every market's feed.
///
/// One writer owns one libxml2 handle and frees it in `deinit`; use it from one thread at a time.
public final class GoogleMerchantXMLWriter {
    public static let namespace = "http://base.google.com/ns/1.0"

    private let writer: xmlTextWriterPtr
    public let path: String
    private var closed = false

    /// Creates the file and writes the channel header.
    /// - Throws: ``FeedWriteError`` when the file cannot be created or written.
    public init(path: String, title: String, link: String?, description: String) throws(FeedWriteError) {
        guard let writer = xmlNewTextWriterFilename(path, 0) else { throw FeedWriteError(path: path, reason: "cannot create the file") }
        self.writer = writer
        self.path = path
        try Self.check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), path)
        try Self.start(writer, "rss", path)
        try Self.check(Self.x("version") { name in Self.x("2.0") { xmlTextWriterWriteAttribute(writer, name, $0) } }, path)
        try Self.check(Self.x("xmlns:g") { name in Self.x(Self.namespace) { xmlTextWriterWriteAttribute(writer, name, $0) } }, path)
        try Self.start(writer, "channel", path)
        try newline()
        try Self.element(writer, "title", title, path)
        if let link { try Self.element(writer, "link", link, path) }
        try Self.element(writer, "description", description, path)
        try newline()
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// The XML of the item's market-independent attributes, escaped by libxml2, for ``write(_:shared:)``.
    public static func sharedFragment(_ item: GoogleMerchantItem) -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { return [] }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { return [] }
        let path = "memory"
        do {
            try google(writer, "g:link", item.link, path)
            try google(writer, "g:image_link", item.imageLink, path)
            for link in item.additionalImageLinks { try google(writer, "g:additional_image_link", link, path) }
            try google(writer, "g:brand", item.brand, path)
            try google(writer, "g:gtin", item.gtin, path)
            try google(writer, "g:mpn", item.mpn, path)
            try google(writer, "g:identifier_exists", item.identifierExists, path)
            try google(writer, "g:condition", item.condition, path)
            try google(writer, "g:item_group_id", item.itemGroupID, path)
            try google(writer, "g:google_product_category", item.googleProductCategory, path)
            try google(writer, "g:product_type", item.productType, path)
            try google(writer, "g:shipping_weight", item.shippingWeight, path)
        } catch {
            xmlFreeTextWriter(writer)
            return []
        }
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// Writes one item; `shared` is its ``sharedFragment(_:)``, computed here when not given.
    public func write(_ item: GoogleMerchantItem, shared: [UInt8]? = nil) throws(FeedWriteError) {
        try Self.start(writer, "item", path)
        try Self.google(writer, "g:id", item.id, path)
        try Self.google(writer, "g:title", item.title, path)
        try Self.google(writer, "g:description", item.description, path)
        try Self.google(writer, "g:availability", item.availability, path)
        try Self.google(writer, "g:price", item.price, path)
        try Self.google(writer, "g:sale_price", item.salePrice, path)
        let fragment = shared ?? Self.sharedFragment(item)
        if !fragment.isEmpty {
            try Self.check(fragment.withUnsafeBufferPointer {
                xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count))
            }, path)
        }
        if let shipping = item.shipping {
            try Self.start(writer, "g:shipping", path)
            try Self.google(writer, "g:country", shipping.country, path)
            try Self.google(writer, "g:service", shipping.service, path)
            try Self.google(writer, "g:price", shipping.price, path)
            try Self.google(writer, "g:min_transit_time", shipping.minTransitDays.map(String.init), path)
            try Self.google(writer, "g:max_transit_time", shipping.maxTransitDays.map(String.init), path)
            try Self.check(xmlTextWriterEndElement(writer), path)
        }
        try Self.check(xmlTextWriterEndElement(writer), path)
        try newline()
    }

    /// Closes the channel and the document and flushes the file.
    public func finish() throws(FeedWriteError) {
        guard !closed else { return }
        closed = true
        try Self.check(xmlTextWriterEndDocument(writer), path)
        try Self.check(xmlTextWriterFlush(writer), path)
    }

    /// One item per line, so the feed reads in a pager and diffs line by line.
    private func newline() throws(FeedWriteError) {
        try Self.check(Self.x("\n") { xmlTextWriterWriteRaw(writer, $0) }, path)
    }

    private static func start(_ writer: xmlTextWriterPtr, _ name: String, _ path: String) throws(FeedWriteError) {
        try check(x(name) { xmlTextWriterStartElement(writer, $0) }, path)
    }

    private static func element(_ writer: xmlTextWriterPtr, _ name: String, _ text: String, _ path: String) throws(FeedWriteError) {
        try check(x(name) { name in x(text) { xmlTextWriterWriteElement(writer, name, $0) } }, path)
    }

    /// Writes `<g:name>text</g:name>` when there is a text; the namespace is declared on the root.
    private static func google(_ writer: xmlTextWriterPtr, _ qualifiedName: String, _ text: String?, _ path: String) throws(FeedWriteError) {
        guard let text, !text.isEmpty else { return }
        try element(writer, qualifiedName, text, path)
    }

    /// Calls `body` with the UTF-8 bytes of `text` as libxml2's `xmlChar` string.
    private static func x<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { pointer in pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { body($0) } }
    }

    private static func check(_ status: Int32, _ path: String) throws(FeedWriteError) {
        if status < 0 { throw FeedWriteError(path: path, reason: "libxml2 could not write the feed") }
    }
}
