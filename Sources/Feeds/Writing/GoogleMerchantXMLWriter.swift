import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a Google Merchant Center RSS 2.0 feed with libxml2's `xmlTextWriter`: UTF-8, every
/// text escaped by libxml2, one `<item>` per product (one per line) with the `g:` namespace.
///
/// The attributes that do not depend on the market (link, images, identifiers, category,
/// weight) can be serialized once per product with ``sharedFragment(_:)`` — by libxml2 too — and
/// reused for every market's feed.
///
/// libxml2 writes its output in chunks of about 4 KB; the file behind it is a C stream with a
/// 1 MiB buffer, so a feed of a gigabyte costs a thousand `write` calls instead of a quarter million.
///
/// One writer owns one libxml2 handle and its file and frees them in `deinit`; use it from one
/// thread at a time.
public final class GoogleMerchantXMLWriter {
    public static let namespace = "http://base.google.com/ns/1.0"
    static let fileBufferSize = 1 << 20

    private let writer: xmlTextWriterPtr
    private let file: UnsafeMutablePointer<FILE>
    /// The stream's buffer (glibc ignores the size unless the caller provides the memory).
    private let fileBuffer: UnsafeMutablePointer<CChar>
    public let path: String
    private var closed = false
    /// The last `g:availability` and `g:shipping` written, with their XML: most items of a feed
    /// share them (one availability, the market's one shipping rate), so they are serialized
    /// by libxml2 once and copied while they repeat.
    private var lastAvailability: (value: String, xml: [UInt8])?
    private var lastShipping: (value: GoogleMerchantItem.Shipping, xml: [UInt8])?

    /// Creates the file and writes the channel header.
    /// - Throws: ``FeedWriteError`` when the file cannot be created or written.
    public init(path: String, title: String, link: String?, description: String) throws(FeedWriteError) {
        guard let file = fopen(path, "wb") else {
            throw FeedWriteError(path: path, reason: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        let fileBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Self.fileBufferSize)
        setvbuf(file, fileBuffer, _IOFBF, Self.fileBufferSize)
        // The output buffer writes to `file` and leaves closing it to this writer.
        guard let output = xmlOutputBufferCreateFile(file, nil) else {
            fclose(file)
            fileBuffer.deallocate()
            throw FeedWriteError(path: path, reason: "libxml2 could not open an output buffer")
        }
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            fclose(file)
            fileBuffer.deallocate()
            throw FeedWriteError(path: path, reason: "libxml2 could not open a writer")
        }
        self.writer = writer
        self.file = file
        self.fileBuffer = fileBuffer
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
        fclose(file)
        fileBuffer.deallocate()
    }

    /// The XML of the item's market-independent attributes, escaped by libxml2, for ``write(_:shared:)``.
    public static func sharedFragment(_ item: GoogleMerchantItem) -> [UInt8] {
        fragment { writer, path, _ throws(FeedWriteError) in
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
        }
    }

    /// A product's titles and descriptions in each of its languages, serialized once by libxml2 as
    /// `<g:title>` and `<g:description>` elements, so that every market showing one of them as it is
    /// (the supplier's own text, or the source-language fallback) copies the escaped bytes.
    public struct PreparedTexts: Sendable {
        let titles: [(text: String, xml: [UInt8])]
        let descriptions: [(text: String, xml: [UInt8])]

        /// No prepared texts: every title and description is escaped when written.
        public static let none = PreparedTexts(titles: [], descriptions: [])

        static func xml(_ text: String?, in list: [(text: String, xml: [UInt8])]) -> [UInt8]? {
            guard let text else { return nil }
            return list.first { $0.text == text }?.xml
        }
    }

    /// Serializes the product's own titles and descriptions for ``write(_:shared:texts:)``, all in
    /// one libxml2 memory writer.
    public static func preparedTexts(titles: [String], descriptions: [String]) -> PreparedTexts {
        let titles = titles.filter { !$0.isEmpty }
        let descriptions = descriptions.filter { !$0.isEmpty }
        var ends: [Int] = []
        let bytes = fragment { writer, path, written throws(FeedWriteError) in
            for text in titles {
                try google(writer, "g:title", text, path)
                ends.append(try written())
            }
            for text in descriptions {
                try google(writer, "g:description", text, path)
                ends.append(try written())
            }
        }
        guard !bytes.isEmpty, ends.count == titles.count + descriptions.count else { return .none }
        var start = 0
        func next() -> [UInt8] {
            let end = ends.removeFirst()
            defer { start = end }
            return Array(bytes[start..<end])
        }
        let preparedTitles = titles.map { ($0, next()) }
        let preparedDescriptions = descriptions.map { ($0, next()) }
        return PreparedTexts(titles: preparedTitles, descriptions: preparedDescriptions)
    }

    /// What `body` writes with a libxml2 writer into memory, as bytes; empty when it fails.
    /// `body` gets the writer, a path for errors, and a function that flushes the writer and
    /// returns how many bytes it has produced so far.
    private static func fragment(
        _ body: (xmlTextWriterPtr, String, () throws(FeedWriteError) -> Int) throws(FeedWriteError) -> Void
    ) -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { return [] }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { return [] }
        let path = "memory"
        do {
            try body(writer, path) { () throws(FeedWriteError) -> Int in
                try check(xmlTextWriterFlush(writer), path)
                return Int(xmlBufferLength(buffer))
            }
        } catch {
            xmlFreeTextWriter(writer)
            return []
        }
        xmlFreeTextWriter(writer)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// Writes one item; `shared` is its ``sharedFragment(_:)``, computed here when not given, and
    /// `texts` its ``preparedTexts(titles:descriptions:)``.
    public func write(_ item: GoogleMerchantItem, shared: [UInt8]? = nil, texts: PreparedTexts = .none) throws(FeedWriteError) {
        try Self.start(writer, "item", path)
        try Self.google(writer, "g:id", item.id, path)
        if let xml = PreparedTexts.xml(item.title, in: texts.titles) {
            try raw(xml)
        } else {
            try Self.google(writer, "g:title", item.title, path)
        }
        if let xml = PreparedTexts.xml(item.description, in: texts.descriptions) {
            try raw(xml)
        } else {
            try Self.google(writer, "g:description", item.description, path)
        }
        if let availability = item.availability, !availability.isEmpty {
            try writeRepeated(availability, &lastAvailability, element: "g:availability") { availability in
                Self.fragment { writer, path, _ throws(FeedWriteError) in try Self.google(writer, "g:availability", availability, path) }
            }
        }
        try Self.google(writer, "g:price", item.price, path)
        try Self.google(writer, "g:sale_price", item.salePrice, path)
        let fragment = shared ?? Self.sharedFragment(item)
        if !fragment.isEmpty { try raw(fragment) }
        if let shipping = item.shipping {
            try writeRepeated(shipping, &lastShipping, element: "g:shipping", Self.shippingFragment)
        }
        try Self.check(xmlTextWriterEndElement(writer), path)
        try newline()
    }

    /// The `<g:shipping>` group, serialized by libxml2.
    static func shippingFragment(_ shipping: GoogleMerchantItem.Shipping) -> [UInt8] {
        fragment { writer, path, _ throws(FeedWriteError) in
            try start(writer, "g:shipping", path)
            try google(writer, "g:country", shipping.country, path)
            try google(writer, "g:service", shipping.service, path)
            try google(writer, "g:price", shipping.price, path)
            try google(writer, "g:min_transit_time", shipping.minTransitDays.map(String.init), path)
            try google(writer, "g:max_transit_time", shipping.maxTransitDays.map(String.init), path)
            try check(xmlTextWriterEndElement(writer), path)
        }
    }

    /// Closes the channel and the document and flushes the file.
    public func finish() throws(FeedWriteError) {
        guard !closed else { return }
        closed = true
        try Self.check(xmlTextWriterEndDocument(writer), path)
        try Self.check(xmlTextWriterFlush(writer), path)
        if fflush(file) != 0 || ferror(file) != 0 {
            throw FeedWriteError(path: path, reason: "cannot write the file: \(String(cString: strerror(errno)))")
        }
    }

    /// Copies the XML of `value`, serialized by `serialize` only when it differs from the last one
    /// `last` remembers.
    private func writeRepeated<Value: Equatable>(_ value: Value, _ last: inout (value: Value, xml: [UInt8])?, element: String,
                                                 _ serialize: (Value) -> [UInt8]) throws(FeedWriteError) {
        if last?.value != value {
            let xml = serialize(value)
            guard !xml.isEmpty else { throw FeedWriteError(path: path, reason: "libxml2 could not serialize \(element)") }
            last = (value, xml)
        }
        try raw(last!.xml)
    }

    /// Bytes libxml2 serialized earlier, copied as they are.
    private func raw(_ bytes: [UInt8]) throws(FeedWriteError) {
        try Self.check(bytes.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) }, path)
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
