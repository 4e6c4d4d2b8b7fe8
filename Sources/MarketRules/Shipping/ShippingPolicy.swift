import Money

/// How a seller ships and sells into each market: the shipping price and delivery time per
/// market, the incoterm, and the tax registrations it collects under (`meridian.shipping/1`).
///
/// Listings and feeds price one unit with the shipping of its market; a market the policy does
/// not cover is listed without shipping, and the listing says so.
public struct ShippingPolicy: Sendable {
    /// Delivery time in business days.
    public struct DeliveryDays: Sendable, Hashable {
        public let minimum: Int
        public let maximum: Int

        public init(minimum: Int, maximum: Int) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// The shipping offered to some markets.
    public struct Rate: Sendable {
        /// The markets it serves; nil serves every market no other rate names.
        public let markets: Set<String>?
        /// The carrier's service as buyers see it (`Standard`, `Express`).
        public let service: String
        public let price: Money
        /// Shipping is free when the goods value reaches this, nil when never.
        public let freeFrom: Money?
        public let deliveryDays: DeliveryDays?
        public let transportMode: TransportMode
        /// Overrides the policy's incoterm for these markets.
        public let incoterm: Incoterm?
        /// The region listings are priced for, by market (`BR: BR-SP`), for markets whose taxes depend on it.
        public let regions: [String: String]

        public init(markets: Set<String>?, service: String, price: Money, freeFrom: Money?, deliveryDays: DeliveryDays?,
                    transportMode: TransportMode, incoterm: Incoterm?, regions: [String: String]) {
            self.markets = markets
            self.service = service
            self.price = price
            self.freeFrom = freeFrom
            self.deliveryDays = deliveryDays
            self.transportMode = transportMode
            self.incoterm = incoterm
            self.regions = regions
        }
    }

    /// The country goods ship from, for "Ships from …" (the product's origin decides duty).
    public let shipsFrom: String?
    public let incoterm: Incoterm
    /// The regimes the seller is registered for (`EU-IOSS`, `GB`, `AU`…), as in quote requests.
    public let taxRegistrations: Set<String>
    public let rates: [Rate]
    /// The file it was read from, nil when built in code.
    public let file: String?

    public init(shipsFrom: String?, incoterm: Incoterm, taxRegistrations: Set<String>, rates: [Rate], file: String? = nil) {
        self.shipsFrom = shipsFrom
        self.incoterm = incoterm
        self.taxRegistrations = taxRegistrations
        self.rates = rates
        self.file = file
    }

    /// A policy with no shipping rates: listings carry no shipping, sold DDP without registrations.
    public static let none = ShippingPolicy(shipsFrom: nil, incoterm: .ddp, taxRegistrations: [], rates: [])

    /// The rate that serves `country`: one that names it, else the catch-all; nil when none.
    public func rate(for country: String) -> Rate? {
        rates.first { $0.markets?.contains(country) == true } ?? rates.first { $0.markets == nil }
    }
}
