import Money
import Products

/// One `ARTICLE_PRICE`/`PRODUCT_PRICE` as written, kept as text until the record ends.
struct BMEcatPrice {
    var type: String
    var amount: String?
    var currency: String?
    var tax: String?
    var factor: String?
    var lowerBound: String?
    var validFrom: CalendarDate?
    var validTo: CalendarDate?
    var order: Int

    /// The preference among price types: net customer price, net list price, gross list price
    /// (spelled `gros_list` in the standard), then the recommended retail price; nil for others.
    var rank: Int? {
        switch type {
        case "net_customer": return 0
        case "net_list": return 1
        case "gros_list", "gross_list": return 2
        case "nrp": return 3
        default: return nil
        }
    }

    var kind: ProductPrice.Kind { (rank ?? 0) >= 2 ? .gross : .net }
}

extension BMEcatPrice {
    /// The price Meridian uses among a record's prices, chosen the same way every time: the
    /// best-ranked type (``rank``), then the lowest `LOWER_BOUND` (the single-unit tier; none means 1),
    /// then the catalog's currency, then the first in the document. Only amounts of ranked types are
    /// read; one that is not a number rejects the record.
    /// - Throws: ``RecordProblem`` for an amount, tax, factor or currency that cannot be read.
    static func choose(_ prices: [BMEcatPrice], catalogCurrency: Currency?, decimalComma: Bool) throws(RecordProblem) -> ProductPrice? {
        var candidates: [(price: BMEcatPrice, rank: Int, bound: ExactDecimal, currency: Currency, amount: ExactDecimal)] = []
        for price in prices {
            guard let rank = price.rank, let text = price.amount else { continue }
            let amount = try FieldParser.decimal(text, field: "price", decimalComma: decimalComma)
            guard let code = price.currency ?? catalogCurrency?.code else {
                throw RecordProblem("price '\(text)' has no currency: no PRICE_CURRENCY, and the catalog names no CURRENCY")
            }
            let currency = try FieldParser.currency(code)
            let bound = try price.lowerBound.map { (text) throws(RecordProblem) in
                try FieldParser.decimal(text, field: "LOWER_BOUND", decimalComma: decimalComma)
            } ?? .one
            candidates.append((price, rank, bound, currency, amount))
        }
        let best = candidates.min { left, right in
            if left.rank != right.rank { return left.rank < right.rank }
            if left.bound != right.bound { return left.bound < right.bound }
            let leftHome = left.currency == catalogCurrency, rightHome = right.currency == catalogCurrency
            if leftHome != rightHome { return leftHome }
            return left.price.order < right.price.order
        }
        guard let best else { return nil }
        var amount = best.amount
        if let factorText = best.price.factor {
            let factor = try FieldParser.decimal(factorText, field: "PRICE_FACTOR", decimalComma: decimalComma)
            if factor != .one {
                do { amount = try amount.multiplied(by: factor) } catch {
                    throw RecordProblem("price '\(best.amount)' times PRICE_FACTOR '\(factorText)' is out of range")
                }
            }
        }
        let kind = best.price.kind
        let tax = try best.price.tax.map { (text) throws(RecordProblem) in
            try FieldParser.rate(text, field: "TAX", decimalComma: decimalComma)
        }
        return ProductPrice(amount: amount, currency: best.currency, kind: kind, taxRate: kind == .gross ? tax : nil,
                            validFrom: best.price.validFrom, validTo: best.price.validTo)
    }
}
