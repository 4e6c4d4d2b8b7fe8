import Money
import Products
import XMLSupport

/// Reads Google Merchant Center feeds: RSS 2.0 `channel/item` and Atom `feed/entry`, including
/// the legacy Google Base form (no `g:id`, a bare `g:price` with a separate `g:currency`).
///
/// Only direct children of a record count, so `g:shipping/g:price` is never the item's price.
/// Fields → ``Products/Product``: `g:id` (else `guid`/Atom `id`) → id; `title` → titles;
/// `description`/`g:description`/`summary`/`content` → descriptions (in the channel `language`
/// or the default); `link` (text, or Atom `href`) → link; `g:image_link` and
/// `g:additional_image_link` → images; `g:price`, `g:sale_price` → price, salePrice (net);
/// `g:availability` → availability; `g:gtin` → gtin; `g:brand`, `g:mpn`; `g:item_group_id` →
/// variantGroup; `g:google_product_category` (else the first `g:product_type`) → category;
/// `g:shipping_weight` → weightKg; `g:condition` → condition; legacy `g:quantity` → stock.
final class GoogleMerchantParser: DialectParser {
    private let cursor: ElementCursor<GoogleTag>
    private let options: FeedOptions
    private let languages = LanguageNormalizer()
    @exclusivity(unchecked) private var channelLanguage: String?
    @exclusivity(unchecked) private var record: GoogleRecord?
    @exclusivity(unchecked) private var idIsGoogle = false

    init(xml: XMLStreamReader, options: FeedOptions) {
        self.options = options
        xml.positionDepth = 2  // rss/channel/item at depth 2, feed/entry at 1
        cursor = ElementCursor(xml: xml)
    }

    func next() throws(FeedError) -> FeedEvent? {
        while let event = try cursor.next() {
            switch event {
            case let .start(tag?):
                start(tag)
            case let .end(tag?):
                if let event = end(tag) { return event }
            default:
                continue
            }
        }
        return nil
    }

    private func start(_ tag: GoogleTag) {
        guard let current = record else {
            switch tag {
            case .item where cursor.within(.channel), .entry where cursor.within(.feed):
                let location = cursor.location
                record = GoogleRecord(line: location.line, column: location.column, depth: cursor.depth)
            case .language where cursor.within(.channel):
                cursor.capture()
            default:
                break
            }
            return
        }
        guard cursor.depth == current.depth + 1 else { return }
        switch tag {
        case .link:
            if let href = cursor.attribute("href") {
                let rel = cursor.attribute("rel")
                if rel == nil || rel == "alternate", record?.link == nil { record?.link = href }
            } else {
                cursor.capture()
            }
        case .id:
            idIsGoogle = cursor.xml.elementNamespace == FeedDialect.googleNamespace
            cursor.capture()
        default:
            cursor.capture()
        }
    }

    private func end(_ tag: GoogleTag) -> FeedEvent? {
        guard let current = record else {
            if tag == .language, !cursor.text.isEmpty { channelLanguage = languages.tag(cursor.text) }
            return nil
        }
        if cursor.depth == current.depth - 1, tag == .item || tag == .entry {
            record = nil
            return build(current)
        }
        guard cursor.depth == current.depth else { return nil }
        let text = cursor.text
        if !text.isEmpty {
            switch tag {
            case .id: if idIsGoogle { current.googleID = text } else { current.fallbackID = text }
            case .guid: current.fallbackID = current.fallbackID ?? text
            case .title: current.title = text
            case .description, .summary, .content: current.description = current.description ?? text
            case .link: current.link = current.link ?? text
            case .image_link: current.images.insert(Product.Image(url: text), at: 0)
            case .additional_image_link: current.images.append(Product.Image(url: text, purpose: "additional"))
            case .price: current.price = text
            case .sale_price: current.salePrice = text
            case .currency: current.currency = text
            case .availability: current.availability = text
            case .gtin: current.gtin = text
            case .brand: current.brand = text
            case .mpn: current.mpn = text
            case .item_group_id: current.itemGroup = text
            case .google_product_category: current.googleCategory = text
            case .product_type: current.productType = current.productType ?? text
            case .shipping_weight: current.shippingWeight = text
            case .condition: current.condition = text
            case .quantity: current.quantity = text
            default: break
            }
        }
        return nil
    }

    private func build(_ record: GoogleRecord) -> FeedEvent {
        let file = cursor.file
        func reject(_ reason: String) -> FeedEvent {
            .rejected(FeedReject(file: file, line: record.line, column: record.column, recordID: record.id, reason: reason))
        }
        guard record.id != nil else { return reject("no g:id") }
        let language = channelLanguage ?? options.defaultLanguage ?? "und"
        do {
            let source = Product.SourceLocation(file: file, line: record.line, column: record.column)
            return .product(try record.product(language: language, defaultCurrency: options.defaultCurrency,
                                                 strictGTIN: options.rejectsInvalidGTIN, source: source))
        } catch {
            return reject(error.reason)
        }
    }
}
