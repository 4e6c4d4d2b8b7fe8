import Foundation
import Localization
import MarketRules
import Pricing

/// Everything a request is answered from, loaded and validated together and never changed after:
/// the rule set, the UI catalogs, the product translations, the shipping policy and the API keys.
///
/// A reload builds a new snapshot beside the old one and swaps it in whole (``SnapshotStore``); each
/// request pins the snapshot current when it arrives, so it finishes on the rules it started with.
public final class PricingSnapshot: Sendable {
    /// The rule set; its `version` is the `Meridian-Rules-Version` of every response.
    public let rules: RuleSet
    /// The UI message catalogs (payment-method names, listing sentences).
    public let catalogs: CatalogSet
    /// The product translations for listings.
    public let productTexts: ProductTextCatalog
    /// The seller's shipping policy for listings.
    public let shipping: ShippingPolicy
    /// The API keys the public routes accept; nil when they are open.
    public let apiKeys: APIKeySet?
    /// When the snapshot was loaded (for `/readyz`).
    public let loadedAt: Date
    /// Formatting contexts for requests answered from this snapshot.
    public let formatting: FormattingPool
    /// The listing builder over this snapshot's rules, shipping and texts.
    public let listingBuilder: ListingBuilder

    /// The rules version (a hash of every rule file).
    public var version: String { rules.version }

    /// Assembles a snapshot from loaded parts.
    public init(rules: RuleSet, catalogs: CatalogSet, productTexts: ProductTextCatalog, shipping: ShippingPolicy,
                apiKeys: APIKeySet?, loadedAt: Date = Date()) {
        self.rules = rules
        self.catalogs = catalogs
        self.productTexts = productTexts
        self.shipping = shipping
        self.apiKeys = apiKeys
        self.loadedAt = loadedAt
        self.formatting = FormattingPool()
        self.listingBuilder = ListingBuilder(rules: rules, shipping: shipping, texts: productTexts)
    }
}
