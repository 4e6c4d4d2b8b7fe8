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
    /// then the catalog's currency, then the first in the document. Only the chosen price is read
    /// (and the bounds of its rivals), so a broken price the catalog would never use does not
    /// reject the record; a broken chosen price does. `PRICE_FACTOR`, when not 1, multiplies the amount.
    /// - Throws: ``RecordProblem`` for an amount, bound, tax, factor or currency that cannot be read.
    static func choose(_ prices: [BMEcatPrice], catalogCurrency: Currency?, decimalComma: Bool) throws(RecordProblem) -> ProductPrice? {
        let ranked = prices.filter { $0.rank != nil && $0.amount != nil }
        guard let bestRank = ranked.lazy.compactMap(\.rank).min() else { return nil }
        var rivals = ranked.filter { $0.rank == bestRank }
        if rivals.count > 1 {
            var bounds: [ExactDecimal] = []
            for price in rivals {
                bounds.append(try price.lowerBound.map { (text) throws(RecordProblem) in
                    try FieldParser.decimal(text, field: "LOWER_BOUND", decimalComma: decimalComma)
                } ?? .one)
            }
            let lowest = bounds.min() ?? .one
            rivals = zip(rivals, bounds).filter { $0.1 == lowest }.map(\.0)
        }
        let home = catalogCurrency?.code
        let best = rivals.first { $0.currency?.uppercased() == home || ($0.currency == nil && home != nil) } ?? rivals[0]
        guard let text = best.amount else { return nil }
        var amount = try FieldParser.decimal(text, field: "price", decimalComma: decimalComma)
        guard let code = best.currency ?? catalogCurrency?.code else {
            throw RecordProblem("price '\(text)' has no currency: no PRICE_CURRENCY, and the catalog names no CURRENCY")
        }
        let currency = code == home ? catalogCurrency! : try FieldParser.currency(code)
        if let factorText = best.factor {
            let factor = try FieldParser.decimal(factorText, field: "PRICE_FACTOR", decimalComma: decimalComma)
            if factor != .one {
                do { amount = try amount.multiplied(by: factor) } catch {
                    throw RecordProblem("price '\(text)' times PRICE_FACTOR '\(factorText)' is out of range")
                }
            }
        }
        let kind = best.kind
        let tax = try best.tax.map { (text) throws(RecordProblem) in
            try FieldParser.rate(text, field: "TAX", decimalComma: decimalComma)
        }
        return ProductPrice(amount: amount, currency: currency, kind: kind, taxRate: kind == .gross ? tax : nil,
                            validFrom: best.validFrom, validTo: best.validTo)
    }
}
