import CLibXML2

/// Writes a Google Merchant Center RSS 2.0 feed with libxml2's `xmlTextWriter`: UTF-8, every
/// text escaped by libxml2, one `<item>` per product with the `g:` namespace.
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
        xmlTextWriterSetIndent(writer, 1)
        _ = Self.x("  ") { xmlTextWriterSetIndentString(writer, $0) }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        try start("rss")
        try attribute("version", "2.0")
        try attribute("xmlns:g", Self.namespace)
        try start("channel")
        try element("title", title)
        if let link { try element("link", link) }
        try element("description", description)
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// Writes one item.
    public func write(_ item: GoogleMerchantItem) throws(FeedWriteError) {
        try start("item")
        try google("id", item.id)
        try google("title", item.title)
        try google("description", item.description)
        try google("link", item.link)
        try google("image_link", item.imageLink)
        for link in item.additionalImageLinks { try google("additional_image_link", link) }
        try google("availability", item.availability)
        try google("price", item.price)
        try google("sale_price", item.salePrice)
        try google("brand", item.brand)
        try google("gtin", item.gtin)
        try google("mpn", item.mpn)
        try google("identifier_exists", item.identifierExists)
        try google("condition", item.condition)
        try google("item_group_id", item.itemGroupID)
        try google("google_product_category", item.googleProductCategory)
        try google("product_type", item.productType)
        if let shipping = item.shipping {
            try check(Self.x("g") { prefix in Self.x("shipping") { xmlTextWriterStartElementNS(writer, prefix, $0, nil) } })
            try google("country", shipping.country)
            try google("service", shipping.service)
            try google("price", shipping.price)
            try google("min_transit_time", shipping.minTransitDays.map(String.init))
            try google("max_transit_time", shipping.maxTransitDays.map(String.init))
            try check(xmlTextWriterEndElement(writer))
        }
        try google("shipping_weight", item.shippingWeight)
        try check(xmlTextWriterEndElement(writer))
    }

    /// Closes the channel and the document and flushes the file.
    public func finish() throws(FeedWriteError) {
        guard !closed else { return }
        closed = true
        try check(xmlTextWriterEndDocument(writer))
        try check(xmlTextWriterFlush(writer))
    }

    private func start(_ name: String) throws(FeedWriteError) {
        try check(Self.x(name) { xmlTextWriterStartElement(writer, $0) })
    }

    private func attribute(_ name: String, _ value: String) throws(FeedWriteError) {
        try check(Self.x(name) { name in Self.x(value) { xmlTextWriterWriteAttribute(writer, name, $0) } })
    }

    private func element(_ name: String, _ text: String) throws(FeedWriteError) {
        try check(Self.x(name) { name in Self.x(text) { xmlTextWriterWriteElement(writer, name, $0) } })
    }

    private func google(_ name: String, _ text: String?) throws(FeedWriteError) {
        guard let text, !text.isEmpty else { return }
        try check(Self.x("g") { prefix in Self.x(name) { name in Self.x(text) { xmlTextWriterWriteElementNS(writer, prefix, name, nil, $0) } } })
    }

    /// Calls `body` with the UTF-8 bytes of `text` as libxml2's `xmlChar` string.
    private static func x<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { pointer in pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { body($0) } }
    }

    private func check(_ status: Int32) throws(FeedWriteError) {
        if status < 0 { throw FeedWriteError(path: path, reason: "libxml2 could not write the feed") }
    }
}
