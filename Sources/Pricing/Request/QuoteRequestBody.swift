import MarketRules
import Money

/// The JSON shape of a quote request, before validation. Field names are snake_case.
struct QuoteRequestBody: Decodable {
    struct Destination: Decodable {
        let country: String
        let region: String?
    }

    struct MoneyBody: Decodable {
        let amount: String
        let currency: String
    }

    struct Seller: Decodable {
        let taxRegistrations: [String]?
        enum CodingKeys: String, CodingKey { case taxRegistrations = "tax_registrations" }
    }

    struct ExtraFee: Decodable {
        let name: String
        let amount: MoneyBody
        let taxable: Bool?
    }

    struct Rate: Decodable {
        let from: String
        let to: String
        let rate: String
    }

    struct Item: Decodable {
        let sku: String
        let quantity: Int
        let unitPrice: MoneyBody
        let hsCode: String?
        let originCountry: String
        let category: String?
        let dutyRate: String?
        let weightKg: String?

        enum CodingKeys: String, CodingKey {
            case sku, quantity, category
            case unitPrice = "unit_price"
            case hsCode = "hs_code"
            case originCountry = "origin_country"
            case dutyRate = "duty_rate"
            case weightKg = "weight_kg"
        }
    }

    let destination: Destination
    let date: String
    let currency: String?
    let locale: String?
    let incoterm: String?
    let transportMode: String?
    let seller: Seller?
    let shipping: MoneyBody?
    let insurance: MoneyBody?
    let extraFees: [ExtraFee]?
    let fxRates: [Rate]?
    let items: [Item]
    let channel: String?
    let recurring: Bool?

    enum CodingKeys: String, CodingKey {
        case destination, date, currency, locale, incoterm, seller, shipping, insurance, items, channel, recurring
        case transportMode = "transport_mode"
        case extraFees = "extra_fees"
        case fxRates = "fx_rates"
    }

    func validated() throws(QuoteRequestError) -> QuoteRequest {
        let country = destination.country
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw QuoteRequestError(path: "destination.country", reason: "'\(country)' is not an ISO 3166-1 alpha-2 code such as DE")
        }
        let parsedDate: CalendarDate
        do { parsedDate = try CalendarDate(date) } catch { throw QuoteRequestError(path: "date", reason: error.description) }
        let incotermValue: QuoteRequest.Incoterm
        if let incoterm {
            guard let value = QuoteRequest.Incoterm(rawValue: incoterm) else {
                throw QuoteRequestError(path: "incoterm", reason: "'\(incoterm)' is not DDP or DAP")
            }
            incotermValue = value
        } else {
            incotermValue = .ddp
        }
        let mode: TransportMode
        if let transportMode {
            guard let value = TransportMode(rawValue: transportMode) else {
                throw QuoteRequestError(path: "transport_mode", reason: "'\(transportMode)' is not courier, post or freight")
            }
            mode = value
        } else {
            mode = .courier
        }
        guard !items.isEmpty else { throw QuoteRequestError(path: "items", reason: "a quote needs at least one item") }
        var paymentChannel = PaymentMethod.Channel.web
        if let channel {
            guard let value = PaymentMethod.Channel(rawValue: channel) else {
                throw QuoteRequestError(path: "channel", reason: "'\(channel)' is not web or in_app")
            }
            paymentChannel = value
        }
        var validatedItems: [QuoteRequest.Item] = []
        for (index, item) in items.enumerated() {
            validatedItems.append(try Self.validate(item, path: "items[\(index)]"))
        }
        var fees: [QuoteRequest.ExtraFee] = []
        for (index, fee) in (extraFees ?? []).enumerated() {
            fees.append(QuoteRequest.ExtraFee(name: fee.name, amount: try Self.money(fee.amount, path: "extra_fees[\(index)].amount"),
                                              taxable: fee.taxable ?? false))
        }
        var rates: [QuoteRequest.GivenRate] = []
        for (index, rate) in (fxRates ?? []).enumerated() {
            let path = "fx_rates[\(index)]"
            let value = try Self.decimal(rate.rate, path: "\(path).rate")
            guard value.signum > 0 else { throw QuoteRequestError(path: "\(path).rate", reason: "must be above zero") }
            let from = try Self.currency(rate.from, path: "\(path).from")
            let to = try Self.currency(rate.to, path: "\(path).to")
            guard from != to else { throw QuoteRequestError(path: path, reason: "converts \(from.code) to itself") }
            rates.append(QuoteRequest.GivenRate(from: from, to: to, rate: value))
        }
        return QuoteRequest(
            country: country, region: destination.region, date: parsedDate,
            currency: try currency.map { (code: String) throws(QuoteRequestError) in try Self.currency(code, path: "currency") },
            locale: locale, incoterm: incotermValue, transportMode: mode,
            registrations: Set(seller?.taxRegistrations ?? []),
            shipping: try shipping.map { (body: MoneyBody) throws(QuoteRequestError) in try Self.money(body, path: "shipping") },
            insurance: try insurance.map { (body: MoneyBody) throws(QuoteRequestError) in try Self.money(body, path: "insurance") },
            extraFees: fees, givenRates: rates, items: validatedItems, channel: paymentChannel, recurring: recurring ?? false)
    }

    static func validate(_ item: Item, path: String) throws(QuoteRequestError) -> QuoteRequest.Item {
        guard !item.sku.isEmpty else { throw QuoteRequestError(path: "\(path).sku", reason: "must not be empty") }
        guard item.quantity >= 1 else {
            throw QuoteRequestError(path: "\(path).quantity", reason: "must be at least 1, found \(item.quantity)")
        }
        if let hs = item.hsCode {
            guard HSCodeFormat.isValid(hs) else {
                throw QuoteRequestError(path: "\(path).hs_code", reason: "'\(hs)' is not an HS code: 2 to 10 digits, no dots")
            }
        }
        let origin = item.originCountry
        guard origin.count == 2, origin.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw QuoteRequestError(path: "\(path).origin_country", reason: "'\(origin)' is not an ISO 3166-1 alpha-2 code")
        }
        var dutyRate: ExactDecimal?
        if let text = item.dutyRate {
            let rate = try decimal(text, path: "\(path).duty_rate")
            guard !rate.isNegative, rate <= ExactDecimal(10) else {
                throw QuoteRequestError(path: "\(path).duty_rate", reason: "must be a fraction such as \"0.12\" for 12 %")
            }
            dutyRate = rate
        }
        var weight: ExactDecimal?
        if let text = item.weightKg {
            let value = try decimal(text, path: "\(path).weight_kg")
            guard !value.isNegative else { throw QuoteRequestError(path: "\(path).weight_kg", reason: "must not be negative") }
            weight = value
        }
        let category = item.category ?? ProductCategory.standard.rawValue
        guard !category.isEmpty, category.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "_") }) else {
            throw QuoteRequestError(path: "\(path).category", reason: "'\(category)' is not a category such as standard, books, food")
        }
        return QuoteRequest.Item(sku: item.sku, quantity: item.quantity,
                                 unitPrice: try money(item.unitPrice, path: "\(path).unit_price"), hsCode: item.hsCode,
                                 originCountry: origin, category: ProductCategory(rawValue: category), dutyRate: dutyRate,
                                 weightKg: weight)
    }

    static func currency(_ code: String, path: String) throws(QuoteRequestError) -> Currency {
        do { return try Currency(code) } catch { throw QuoteRequestError(path: path, reason: error.description) }
    }

    static func decimal(_ text: String, path: String) throws(QuoteRequestError) -> ExactDecimal {
        do { return try ExactDecimal(text) } catch { throw QuoteRequestError(path: path, reason: error.description) }
    }

    static func money(_ body: MoneyBody, path: String) throws(QuoteRequestError) -> Money {
        let currency = try currency(body.currency, path: "\(path).currency")
        do {
            let money = try Money.parse(body.amount, currency: currency)
            guard !money.isNegative else { throw QuoteRequestError(path: "\(path).amount", reason: "must not be negative, found \(body.amount)") }
            return money
        } catch let error as QuoteRequestError {
            throw error
        } catch let error as MoneyError {
            throw QuoteRequestError(path: "\(path).amount", reason: error.description)
        } catch {
            throw QuoteRequestError(path: "\(path).amount", reason: "\(error)")
        }
    }
}
