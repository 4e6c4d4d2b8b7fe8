import Money
import Pricing
import Products

/// One product of a market as Google Merchant Center reads it (the `g:` attributes of an RSS
/// item), taken from a listing: translated texts, the landed-cost price in Google's `15.00 EUR`
/// form, shipping to the market, identifiers.
public struct GoogleMerchantItem: Sendable, Equatable {
    /// One `g:shipping` group.
    public struct Shipping: Sendable, Equatable {
        public let country: String
        public let service: String
        public let price: String
        public let minTransitDays: Int?
        public let maxTransitDays: Int?
    }

    /// The attributes that do not depend on the market, made once per product and shared by
    /// every market's item (a reference, not a copy of each text), with what Google would refuse
    /// in them.
    final class Base: Sendable {
        let id: String
        let link: String?
        let imageLink: String?
        let additionalImageLinks: [String]
        let availability: String?
        let brand: String?
        let gtin: String?
        let mpn: String?
        let identifierExists: String?
        let condition: String?
        let itemGroupID: String?
        let productType: String?
        let googleProductCategory: String?
        let shippingWeight: String?
        let problems: GoogleMerchantRules.ProductProblems

        init(product: Product) {
            id = product.id
            link = product.link
            imageLink = product.images.first?.url
            additionalImageLinks = Array(product.images.dropFirst().prefix(GoogleMerchantItem.maximumAdditionalImages).map(\.url))
            availability = product.effectiveAvailability?.rawValue
            brand = product.brand
            gtin = product.gtin?.digits
            mpn = product.mpn
            identifierExists = product.gtin == nil && product.mpn == nil ? "no" : nil
            condition = product.condition?.rawValue
            itemGroupID = product.variantGroup
            let numeric = product.category.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } ?? false
            productType = numeric ? nil : product.category
            googleProductCategory = numeric ? product.category : nil
            shippingWeight = product.weightKg.map { "\($0.normalized) kg" }
            problems = GoogleMerchantRules.ProductProblems(id: id, link: link, imageLink: imageLink, availability: availability,
                                                          brand: brand, condition: condition, gtin: gtin,
                                                          isBook: product.taxCategory == .books)
        }
    }

    let base: Base
    public var id: String { base.id }
    public let title: String
    public let description: String?
    public var link: String? { base.link }
    public var imageLink: String? { base.imageLink }
    public var additionalImageLinks: [String] { base.additionalImageLinks }
    public var availability: String? { base.availability }
    public let price: String
    public let salePrice: String?
    public var brand: String? { base.brand }
    public var gtin: String? { base.gtin }
    public var mpn: String? { base.mpn }
    /// `no` when the product has neither GTIN nor MPN, as Google asks.
    public var identifierExists: String? { base.identifierExists }
    public var condition: String? { base.condition }
    public var itemGroupID: String? { base.itemGroupID }
    /// The supplier's category path (`Apparel & Accessories > Clothing`).
    public var productType: String? { base.productType }
    /// A numeric Google product category id, when the supplier gave one.
    public var googleProductCategory: String? { base.googleProductCategory }
    public let shipping: Shipping?
    /// `0.3 kg`.
    public var shippingWeight: String? { base.shippingWeight }

    /// Google allows up to 10 additional images.
    public static let maximumAdditionalImages = 10

    /// The item of a listing.
    public init(_ listing: Listing) {
        self.init(GoogleMerchantItem(product: listing.product), listing: listing)
    }

    /// The attributes that do not depend on the market, from the product alone; the market's
    /// fields (title, price, shipping) are left empty.
    public init(product: Product) {
        base = Base(product: product)
        title = ""
        description = nil
        price = ""
        salePrice = nil
        shipping = nil
    }

    /// A product's market-independent attributes completed with a listing's market fields.
    public init(_ base: GoogleMerchantItem, listing: Listing) {
        self.base = base.base
        title = listing.title.text
        description = listing.description?.text
        price = ListingDocument.googlePrice(listing.price)
        salePrice = listing.salePrice.map(ListingDocument.googlePrice)
        if let price = listing.shippingPrice, let rate = listing.shippingRate {
            shipping = Shipping(country: listing.country, service: rate.service, price: ListingDocument.googlePrice(price),
                                minTransitDays: rate.deliveryDays?.minimum, maxTransitDays: rate.deliveryDays?.maximum)
        } else {
            shipping = nil
        }
    }

    public static func == (lhs: GoogleMerchantItem, rhs: GoogleMerchantItem) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.description == rhs.description && lhs.link == rhs.link
            && lhs.imageLink == rhs.imageLink && lhs.additionalImageLinks == rhs.additionalImageLinks
            && lhs.availability == rhs.availability && lhs.price == rhs.price && lhs.salePrice == rhs.salePrice
            && lhs.brand == rhs.brand && lhs.gtin == rhs.gtin && lhs.mpn == rhs.mpn
            && lhs.identifierExists == rhs.identifierExists && lhs.condition == rhs.condition
            && lhs.itemGroupID == rhs.itemGroupID && lhs.productType == rhs.productType
            && lhs.googleProductCategory == rhs.googleProductCategory && lhs.shipping == rhs.shipping
            && lhs.shippingWeight == rhs.shippingWeight
    }
}
