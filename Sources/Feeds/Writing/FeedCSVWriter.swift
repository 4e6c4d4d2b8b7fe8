import CSV
import Foundation
import Pricing

/// Writes a market's listings as CSV with CSV.swift (quoting and escaping are the library's):
/// Google's column names first, so Meta, TikTok and Pinterest read the file as a product feed,
/// then Meridian's columns (the formatted price, the texts' languages, the notes a buyer reads).
///
/// Rows are encoded in memory a batch at a time and appended to the file, so a large feed is not
/// written one byte per system call.
public final class FeedCSVWriter {
    public static let header = [
        "id", "title", "description", "link", "image_link", "additional_image_link", "availability", "price", "sale_price",
        "brand", "gtin", "mpn", "identifier_exists", "condition", "item_group_id", "google_product_category", "product_type", "shipping",
        "shipping_weight", "display_price", "display_sale_price", "price_includes_tax", "tax_note", "duties_note",
        "import_charges_on_delivery", "delivery", "title_language", "title_fallback", "description_language",
        "description_fallback", "payment_methods", "rules_version",
    ]

    public let path: String
    private let handle: FileHandle

    /// Creates the file and writes the header row. - Throws: ``FeedWriteError``.
    public init(path: String) throws(FeedWriteError) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw FeedWriteError(path: path, reason: "cannot create the file")
        }
        self.path = path
        self.handle = handle
        try append([Self.header])
    }

    /// The row of one listing, in ``header`` order.
    public static func row(item: GoogleMerchantItem, document: ListingDocument) -> [String] {
        let shipping = item.shipping.map { "\($0.country)::\($0.service):\($0.price)" } ?? ""
        return [
            item.id, item.title, item.description ?? "", item.link ?? "", item.imageLink ?? "",
            item.additionalImageLinks.joined(separator: ","), item.availability ?? "", item.price, item.salePrice ?? "",
            item.brand ?? "", item.gtin ?? "", item.mpn ?? "", item.identifierExists ?? "", item.condition ?? "",
            item.itemGroupID ?? "", item.googleProductCategory ?? "", item.productType ?? "", shipping, item.shippingWeight ?? "",
            document.price.formatted, document.salePrice?.formatted ?? "", document.priceIncludesTax ? "yes" : "no",
            document.texts.taxNote ?? "", document.texts.dutiesNote ?? "", document.importChargesOnDelivery.amount,
            document.texts.delivery ?? "", document.title.language, document.title.fallback ? "yes" : "no",
            document.description?.language ?? "", (document.description?.fallback ?? false) ? "yes" : "no",
            document.paymentMethods.availableIDs.joined(separator: ","), document.rulesVersion,
        ]
    }

    /// Appends rows. - Throws: ``FeedWriteError``.
    public func append(_ rows: [[String]]) throws(FeedWriteError) {
        guard !rows.isEmpty else { return }
        let stream = OutputStream.toMemory()
        stream.open()
        do {
            let csv = try CSVWriter(stream: stream)
            for row in rows { try csv.write(row: row) }
        } catch {
            throw FeedWriteError(path: path, reason: "cannot encode CSV: \(error)")
        }
        stream.close()
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw FeedWriteError(path: path, reason: "cannot encode CSV")
        }
        data.append(0x0A)
        do { try handle.write(contentsOf: data) } catch { throw FeedWriteError(path: path, reason: "\(error)") }
    }

    /// Closes the file. - Throws: ``FeedWriteError``.
    public func finish() throws(FeedWriteError) {
        do { try handle.close() } catch { throw FeedWriteError(path: path, reason: "\(error)") }
    }
}
