import Money

extension RuleDecoder {
    /// A `meridian.shipping/1` document.
    func shippingPolicy(_ root: YAMLValue) throws(RuleFileError) -> ShippingPolicy {
        try root.allowOnly(["schema", "ships_from", "incoterm", "seller", "rates", "note"])
        try Self.requireSchema(root, "meridian.shipping/1")
        var registrations = Set<String>()
        if let seller = try root.optional("seller") {
            try seller.allowOnly(["tax_registrations"])
            registrations = Set(try seller.optional("tax_registrations")?.strings() ?? [])
        }
        let rates = diagnostics.list(root, "rates", shippingRate)
        var named = Set<String>()
        var catchAll = 0
        for rate in rates {
            guard let markets = rate.markets else { catchAll += 1; continue }
            for country in markets where !named.insert(country).inserted {
                diagnostics.record(root.plainError("\(country) is served by two shipping rates"))
            }
        }
        if catchAll > 1 { diagnostics.record(root.plainError("only one rate may serve markets: any")) }
        return ShippingPolicy(
            shipsFrom: try root.optional("ships_from")?.countryCode(),
            incoterm: try root.optional("incoterm")?.choice(Incoterm.self, allowed: Incoterm.allCases) ?? .ddp,
            taxRegistrations: registrations, rates: rates, file: root.file)
    }

    func shippingRate(_ value: YAMLValue) throws(RuleFileError) -> ShippingPolicy.Rate {
        try value.allowOnly(["markets", "service", "price", "free_from", "delivery_days", "transport_mode", "incoterm",
                             "regions", "note"])
        let marketsValue = try value.required("markets")
        var markets: Set<String>?
        if case .scalar = marketsValue.node {
            guard try marketsValue.string() == "any" else { throw marketsValue.error("markets is a list of country codes or the word any") }
        } else {
            markets = try value.optionalCountries("markets")
        }
        var days: ShippingPolicy.DeliveryDays?
        if let daysValue = try value.optional("delivery_days") {
            try daysValue.allowOnly(["min", "max"])
            let minimum = try daysValue.required("min").integer()
            let maximum = try daysValue.required("max").integer()
            guard minimum <= maximum else { throw daysValue.error("min \(minimum) is above max \(maximum)") }
            days = ShippingPolicy.DeliveryDays(minimum: minimum, maximum: maximum)
        }
        var regions: [String: String] = [:]
        if let regionsValue = try value.optional("regions") {
            for (country, region) in try regionsValue.mapping() {
                let code = try region.string()
                guard code.hasPrefix(country + "-") else {
                    throw region.error("'\(code)' is not a region of \(country) (write it as \(country)-XX)")
                }
                regions[country] = code
            }
        }
        return ShippingPolicy.Rate(
            markets: markets,
            service: try value.optional("service")?.string() ?? "Standard",
            price: try value.required("price").money(),
            freeFrom: try value.optional("free_from")?.money(),
            deliveryDays: days,
            transportMode: try value.optional("transport_mode")?.choice(TransportMode.self, allowed: TransportMode.allCases) ?? .courier,
            incoterm: try value.optional("incoterm")?.choice(Incoterm.self, allowed: Incoterm.allCases),
            regions: regions)
    }
}
