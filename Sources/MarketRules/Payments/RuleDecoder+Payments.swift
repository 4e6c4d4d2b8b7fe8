import Money

extension RuleDecoder {
    /// A `meridian.payment-methods/1` document.
    func paymentMethods(_ root: YAMLValue) throws(RuleFileError) -> PaymentMethodTable {
        try root.allowOnly(["schema", "methods", "rankings", "note"])
        try Self.requireSchema(root, "meridian.payment-methods/1")
        let methods = diagnostics.list(root, "methods", paymentMethod)
        var ids = Set<String>()
        for method in methods where !ids.insert(method.id).inserted {
            diagnostics.record(RuleFileError(file: root.file, line: 0, reason: "the payment method '\(method.id)' is defined twice"))
        }
        var rankings: [String: PaymentMethodTable.Ranking] = [:]
        for ranking in diagnostics.list(root, "rankings", paymentRanking) {
            if rankings[ranking.country] != nil {
                diagnostics.record(RuleFileError(file: root.file, line: 0, reason: "two rankings for \(ranking.country)"))
            }
            for id in ranking.order where !ids.contains(id) {
                diagnostics.record(RuleFileError(file: root.file, line: 0,
                                                 reason: "the ranking for \(ranking.country) names '\(id)', which is not a payment method"))
            }
            rankings[ranking.country] = ranking
        }
        return PaymentMethodTable(methods: methods, rankings: rankings, file: root.file)
    }

    func paymentMethod(_ value: YAMLValue) throws(RuleFileError) -> PaymentMethod {
        try value.allowOnly(Self.dated.union(["id", "name", "type", "countries", "excluded_countries", "currencies", "limits",
                                              "channels", "recurring"]))
        let idValue = try value.required("id")
        let id = try idValue.string()
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" || $0 == "-" }) else {
            throw idValue.error("a payment-method id is lower case letters, digits, '_' and '-', found '\(id)'")
        }
        let countriesValue = try value.required("countries")
        var countries: Set<String>?
        if case .scalar = countriesValue.node {
            guard try countriesValue.string() == "any" else { throw countriesValue.error("countries is a list of country codes or the word any") }
        } else {
            countries = try value.optionalCountries("countries")
        }
        let currenciesValue = try value.required("currencies")
        var currencies: [Currency] = []
        for item in try currenciesValue.sequence() { currencies.append(try item.currency()) }
        guard !currencies.isEmpty else { throw currenciesValue.error("a payment method needs at least one currency") }
        var limits: [String: PaymentMethod.Limit] = [:]
        if let list = try value.optional("limits") {
            for item in try list.sequence() {
                try item.allowOnly(["currency", "min", "max", "source", "as_of", "note"])
                let currencyValue = try item.required("currency")
                let currency = try currencyValue.currency()
                guard currencies.contains(currency) else {
                    throw currencyValue.error("\(currency.code) is not among the method's currencies")
                }
                let minimum = try item.optional("min").map { (v: YAMLValue) throws(RuleFileError) in try v.amount(in: currency) }
                let maximum = try item.optional("max").map { (v: YAMLValue) throws(RuleFileError) in try v.amount(in: currency) }
                if let minimum, let maximum, maximum.minorUnits < minimum.minorUnits {
                    throw item.error("max \(maximum.amountString) is below min \(minimum.amountString)")
                }
                guard limits[currency.code] == nil else { throw currencyValue.error("two limits for \(currency.code)") }
                limits[currency.code] = PaymentMethod.Limit(minimum: minimum, maximum: maximum, provenance: try item.provenance())
            }
        }
        let channelsValue = try value.required("channels")
        var channels = Set<PaymentMethod.Channel>()
        for item in try channelsValue.sequence() {
            channels.insert(try item.choice(PaymentMethod.Channel.self, allowed: PaymentMethod.Channel.allCases))
        }
        guard !channels.isEmpty else { throw channelsValue.error("a payment method needs at least one channel") }
        return PaymentMethod(
            id: id, name: try value.required("name").string(),
            kind: try value.required("type").choice(PaymentMethod.Kind.self, allowed: PaymentMethod.Kind.allCases),
            countries: countries, excludedCountries: try value.optionalCountries("excluded_countries") ?? [],
            currencies: currencies, limits: limits, channels: channels, recurring: try value.required("recurring").bool(),
            period: try value.period(), provenance: try value.provenance())
    }

    func paymentRanking(_ value: YAMLValue) throws(RuleFileError) -> PaymentMethodTable.Ranking {
        try value.allowOnly(["country", "order", "source", "as_of", "note"])
        return PaymentMethodTable.Ranking(country: try value.required("country").countryCode(),
                                          order: try value.required("order").strings(), provenance: try value.provenance())
    }
}

extension YAMLValue {
    /// A quoted amount in a known currency, at most as precise as the currency, not negative.
    func amount(in currency: Currency) throws(RuleFileError) -> Money {
        let text = try quotedString()
        do {
            let money = try Money.parse(text, currency: currency)
            guard !money.isNegative else { throw error("an amount must not be negative") }
            return money
        } catch let error as RuleFileError {
            throw error
        } catch let error as MoneyError {
            throw self.error(error.description)
        } catch {
            throw self.error("\(error)")
        }
    }
}
