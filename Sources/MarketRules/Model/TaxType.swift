import Money

/// A tax levied in a market or region (VAT, GST, HST, ICMS, state sales tax …) with its dated rates.
public final class TaxType: Sendable {
    /// What kind of tax it is.
    public enum Kind: String, Sendable, CaseIterable {
        case vat, gst, hst, pst, qst, rst
        case salesTax = "sales_tax"
        case consumptionTax = "consumption_tax"
        case icms, igst
    }

    /// What the tax is computed on at import.
    public enum ImportBase: String, Sendable, CaseIterable {
        /// Customs value (on the market's basis) + duty + taxable fees.
        case customsValuePlusDuty = "customs_value_plus_duty"
        /// FOB customs value + duty + international transport and insurance (AU, NZ).
        case customsValuePlusDutyPlusTransport = "customs_value_plus_duty_plus_transport"
        /// FOB value for duty + duty, without freight (CA).
        case valueForDutyPlusDuty = "value_for_duty_plus_duty"
        /// The tax is inside its own base: (value + duty) / (1 − rate) × rate (BR ICMS).
        case grossedUp = "grossed_up"
        /// Not levied at the border (destination sales tax).
        case notCollectedAtImport = "not_collected_at_import"
    }

    /// One dated rate for some categories.
    public final class Rate: Sendable {
        public let id: String
        public let categories: [ProductCategory]
        public let rate: ExactDecimal
        public let period: ValidityPeriod
        public let provenance: Provenance

        public init(id: String, categories: [ProductCategory], rate: ExactDecimal, period: ValidityPeriod, provenance: Provenance) {
            self.id = id
            self.categories = categories
            self.rate = rate
            self.period = period
            self.provenance = provenance
        }
    }

    public let id: String
    /// The tax's own short name as buyers read it (MwSt., TVA, 消費税).
    public let name: String
    /// The English name.
    public let englishName: String?
    public let kind: Kind
    public let importBase: ImportBase
    /// A share of the customs value added to the import base (South Africa's 10 % "added tax
    /// value"), nil when the base takes the customs value as it is.
    public let importUplift: Uplift?
    public let rates: [Rate]

    /// A fraction of the customs value added to the import tax base, with where it is stated.
    public struct Uplift: Sendable {
        public let rate: ExactDecimal
        public let provenance: Provenance

        public init(rate: ExactDecimal, provenance: Provenance) {
            self.rate = rate
            self.provenance = provenance
        }
    }

    public init(id: String, name: String, englishName: String?, kind: Kind, importBase: ImportBase,
                importUplift: Uplift? = nil, rates: [Rate]) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.kind = kind
        self.importBase = importBase
        self.importUplift = importUplift
        self.rates = rates
    }

    /// The rate in force for a category on a date, nil when none is.
    public func rate(for category: ProductCategory, on date: CalendarDate) -> Rate? {
        rates.first { $0.categories.contains(category) && $0.period.contains(date) }
    }
}
