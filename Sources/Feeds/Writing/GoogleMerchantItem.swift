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

    public let id: String
    public let title: String
    public let description: String?
    public let link: String?
    public let imageLink: String?
    public let additionalImageLinks: [String]
    public let availability: String?
    public let price: String
    public let salePrice: String?
    public let brand: String?
    public let gtin: String?
    public let mpn: String?
    /// `no` when the product has neither GTIN nor MPN, as Google asks.
    public let identifierExists: String?
    public let condition: String?
    public let itemGroupID: String?
    /// The supplier's category path (`Apparel & Accessories > Clothing`).
    public let productType: String?
    /// A numeric Google product category id, when the supplier gave one.
    public let googleProductCategory: String?
    public let shipping: Shipping?
    /// `0.3 kg`.
    public let shippingWeight: String?

    /// Google allows up to 10 additional images.
    public static let maximumAdditionalImages = 10

    /// The item of a listing.
    public init(_ listing: Listing) {
        self.init(GoogleMerchantItem(product: listing.product), listing: listing)
    }

    /// The attributes that do not depend on the market, from the product alone; the market's
    /// fields (title, price, shipping) are left empty.
    public init(product: Product) {
        id = product.id
        title = ""
        description = nil
        link = product.link
        imageLink = product.images.first?.url
        additionalImageLinks = Array(product.images.dropFirst().prefix(Self.maximumAdditionalImages).map(\.url))
        availability = product.effectiveAvailability?.rawValue
        price = ""
        salePrice = nil
        brand = product.brand
        gtin = product.gtin?.digits
        mpn = product.mpn
        identifierExists = product.gtin == nil && product.mpn == nil ? "no" : nil
        condition = product.condition?.rawValue
        itemGroupID = product.variantGroup
        let numeric = product.category.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } ?? false
        productType = numeric ? nil : product.category
        googleProductCategory = numeric ? product.category : nil
        shipping = nil
        shippingWeight = product.weightKg.map { "\($0.normalized) kg" }
    }

    /// A product's market-independent attributes completed with a listing's market fields.
    public init(_ base: GoogleMerchantItem, listing: Listing) {
        id = base.id
        title = listing.title.text
        description = listing.description?.text
        link = base.link
        imageLink = base.imageLink
        additionalImageLinks = base.additionalImageLinks
        availability = base.availability
        price = ListingDocument.googlePrice(listing.price)
        salePrice = listing.salePrice.map(ListingDocument.googlePrice)
        brand = base.brand
        gtin = base.gtin
        mpn = base.mpn
        identifierExists = base.identifierExists
        condition = base.condition
        itemGroupID = base.itemGroupID
        productType = base.productType
        googleProductCategory = base.googleProductCategory
        if let price = listing.shippingPrice, let rate = listing.shippingRate {
            shipping = Shipping(country: listing.country, service: rate.service, price: ListingDocument.googlePrice(price),
                                minTransitDays: rate.deliveryDays?.minimum, maxTransitDays: rate.deliveryDays?.maximum)
        } else {
            shipping = nil
        }
        shippingWeight = base.shippingWeight
    }
}
