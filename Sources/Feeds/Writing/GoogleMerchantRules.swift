import Pricing
import Products

/// What Google Merchant Center refuses, checked before an item is written, so a refused item
/// goes to the market's rejects with the reason instead of failing later in Merchant Center.
///
/// From Google's product data specification (support.google.com/merchants/answer/7052112 and
/// the attribute pages it links): `id`, `title` (1–150 characters), `description`, `link`,
/// `image_link`, `availability` (`in_stock`, `out_of_stock`, `preorder`, `backorder`; the last two
/// need an availability date), `price` above zero, `brand` for new products other than books,
/// and a GTIN with a valid check digit outside the restricted and coupon prefixes.
public enum GoogleMerchantRules {
    public static let maximumTitleLength = 150
    public static let availabilityValues: Set<String> = ["in_stock", "out_of_stock", "preorder", "backorder"]

    /// What Google would refuse in a product's market-independent attributes, found once per
    /// product, in the order ``problems(_:listing:)`` reports them around the market's title,
    /// description and price.
    struct ProductProblems: Sendable {
        let beforeTitle: [String]
        let beforePrice: [String]
        let afterPrice: [String]

        init(id: String, link: String?, imageLink: String?, availability: String?, brand: String?, condition: String?,
             gtin: String?, isBook: Bool) {
            beforeTitle = id.isEmpty ? ["id is empty"] : []
            var beforePrice: [String] = []
            if link?.isEmpty ?? true { beforePrice.append("no link to the product page (required)") }
            if imageLink?.isEmpty ?? true { beforePrice.append("no image_link (required)") }
            if let availability {
                if !availabilityValues.contains(availability) {
                    beforePrice.append("availability '\(availability)' is not one of in_stock, out_of_stock, preorder, backorder")
                } else if availability == "preorder" || availability == "backorder" {
                    beforePrice.append("availability \(availability) needs an availability_date, which the feed does not give")
                }
            } else {
                beforePrice.append("no availability or stock (required)")
            }
            self.beforePrice = beforePrice
            var afterPrice: [String] = []
            if (brand?.isEmpty ?? true) && !isBook && (condition ?? "new") == "new" {
                afterPrice.append("no brand (required for new products other than books)")
            }
            if let gtin, let reason = restriction(gtin) { afterPrice.append(reason) }
            self.afterPrice = afterPrice
        }
    }

    /// The reasons Google would refuse the item, empty when it would accept it.
    public static func problems(_ item: GoogleMerchantItem, listing: Listing) -> [String] {
        let known = item.base.problems
        var problems = known.beforeTitle
        if item.title.isEmpty {
            problems.append("title is empty")
        } else if item.title.utf8.count > maximumTitleLength {
            // A title of at most 150 UTF-8 bytes has at most 150 characters; only longer ones are counted.
            let titleLength = item.title.count
            if titleLength > maximumTitleLength {
                problems.append("title has \(titleLength) characters; Google Merchant Center accepts at most \(maximumTitleLength)")
            }
        }
        if item.description?.isEmpty ?? true { problems.append("no description (required by Google Merchant Center)") }
        problems += known.beforePrice
        if !listing.price.isPositive {
            problems.append("price \(item.price) is zero; Google Merchant Center refuses zero prices")
        }
        problems += known.afterPrice
        return problems
    }

    /// Why Google refuses a (check-digit-valid) GTIN, nil when it does not: 13-digit GTINs in the
    /// restricted ranges 2, 02 and 04 (store-internal numbers) and the coupon ranges 98, 99 and 05.
    static func restriction(_ gtin: String) -> String? {
        guard gtin.count == 13 else { return nil }
        if gtin.hasPrefix("2") || gtin.hasPrefix("02") || gtin.hasPrefix("04") {
            return "GTIN \(gtin) is in a restricted range (prefix 2, 02 or 04: numbers for internal use)"
        }
        if gtin.hasPrefix("98") || gtin.hasPrefix("99") || gtin.hasPrefix("05") {
            return "GTIN \(gtin) is in a coupon range (prefix 98, 99 or 05)"
        }
        return nil
    }
}
