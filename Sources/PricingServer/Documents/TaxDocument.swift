import MarketRules
import Money

/// A tax of a market or region with its dated rates (only those in force on the date, when one is given).
struct TaxDocument: Encodable, Sendable {
    struct Rate: Encodable, Sendable {
        let id: String
        let categories: [String]
        let rate: String
        let validFrom: String
        let validTo: String?
        let source: String
        let asOf: String

        enum CodingKeys: String, CodingKey {
            case id, categories, rate, source
            case validFrom = "valid_from"
            case validTo = "valid_to"
            case asOf = "as_of"
        }
    }

    let id: String
    let name: String
    let englishName: String?
    let kind: String
    let importBase: String
    let rates: [Rate]

    enum CodingKeys: String, CodingKey {
        case id, name, kind, rates
        case englishName = "english_name"
        case importBase = "import_base"
    }

    init(_ tax: TaxType, on date: CalendarDate?) {
        id = tax.id
        name = tax.name
        englishName = tax.englishName
        kind = tax.kind.rawValue
        importBase = tax.importBase.rawValue
        rates = tax.rates.filter { rate in date.map(rate.period.contains) ?? true }.map { rate in
            Rate(id: rate.id, categories: rate.categories.map(\.rawValue), rate: rate.rate.normalized.description,
                 validFrom: rate.period.from.description, validTo: rate.period.to?.description,
                 source: rate.provenance.source, asOf: rate.provenance.asOf.description)
        }
    }
}
