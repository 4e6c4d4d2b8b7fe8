import MarketRules
import Money

/// A landed-cost quote: what the buyer pays, line by line, each line naming the rule behind it.
public struct Quote: Sendable {
    /// What a line charges.
    public enum LineKind: String, Sendable {
        case duty
        case importTax = "import_tax"
        case taxAtSale = "tax_at_sale"
        case salesTax = "sales_tax"
        case fee
    }

    /// When the line is paid: at checkout, or to the carrier on delivery.
    public enum Due: String, Sendable { case checkout, delivery }

    /// One charge.
    public struct Line: Sendable {
        public let kind: LineKind
        /// The rate applied, nil for fixed amounts.
        public let rate: ExactDecimal?
        /// What the rate was applied to, nil for fixed amounts.
        public let base: Money?
        public let amount: Money
        /// The id of the rule that produced the line (`de-vat-standard-2021`, `request.items[0].duty_rate`).
        public let ruleID: String
        /// The URL of the rule's source, empty for figures the request supplied.
        public let source: String
        public let due: Due
        /// What the line is called, composed when read.
        let label: LineLabel
        /// Why the line is as it is, composed when read.
        let remark: LineRemark?
        /// The positions of the items the line covers, in the request's items.
        let covered: ItemSet

        init(kind: LineKind, label: LineLabel, rate: ExactDecimal?, base: Money?, amount: Money, ruleID: String,
             source: String, due: Due, covered: ItemSet, remark: LineRemark?) {
            self.kind = kind
            self.label = label
            self.rate = rate
            self.base = base
            self.amount = amount
            self.ruleID = ruleID
            self.source = source
            self.due = due
            self.covered = covered
            self.remark = remark
        }

        /// The line as buyers and auditors read it ("MwSt.", "No duty: goods value EUR 80.00 within …").
        public var name: String { label.text }

        /// A short explanation (a de minimis that waived the charge, a fallback), nil when none.
        public var note: String? { remark?.text }

        /// The same line with its amounts converted for presentation.
        func presented(base: Money?, amount: Money) -> Line {
            Line(kind: kind, label: label, rate: rate, base: base, amount: amount, ruleID: ruleID, source: source, due: due,
                 covered: covered, remark: remark)
        }
    }

    /// What one item contributes.
    public struct ItemBreakdown: Sendable {
        public let sku: String
        public let quantity: Int
        public let goods: Money
        public let shipping: Money
        public let insurance: Money
        public let customsValue: Money
        public let duty: Money
        public let taxes: Money
        /// The low-value regime the item was sold under, nil when imported normally.
        public let regime: String?
    }

    /// The sums.
    public struct Totals: Sendable {
        public let goods: Money
        public let shipping: Money
        public let insurance: Money
        public let customsValue: Money
        public let duties: Money
        public let taxes: Money
        public let fees: Money
        public let landedCost: Money
        public let dueAtCheckout: Money
        public let dueOnDelivery: Money
    }

    /// An exchange rate the quote used.
    public struct RateUsed: Sendable, Hashable {
        public let from: String
        public let to: String
        /// The effective rate to 6 places, for display; conversions used the exact rate.
        public let rate: ExactDecimal
        public let date: CalendarDate
        public let via: String?
        public let source: String
    }

    public let country: String
    public let region: String?
    public let date: CalendarDate
    /// The currency the quote is presented in.
    public let currency: Currency
    /// The market's own currency, in which duties and taxes were computed.
    public let marketCurrency: Currency
    public let incoterm: QuoteRequest.Incoterm
    public let transportMode: TransportMode
    /// Whether the market shows consumer prices with tax included.
    public let priceDisplay: Market.PriceDisplay
    public let items: [ItemBreakdown]
    public let lines: [Line]
    public let totals: Totals
    public let ratesUsed: [RateUsed]
    public let rulesVersion: String
    /// What the reader should know, as facts; ``warnings`` writes them out.
    let notes: [QuoteWarning]
    /// The payment methods offered for the amount due at checkout.
    public let paymentMethods: PaymentSelection

    /// What the reader should know (a regime that did not apply, a duty assumed 0), in words.
    public var warnings: [String] { notes.map(\.text) }

    /// True when the quote has warnings (without writing them out).
    public var hasWarnings: Bool { !notes.isEmpty }

    /// The SKUs a line of this quote covers.
    public func skus(of line: Line) -> [String] { line.covered.map { items[$0].sku } }
}
