import Money

extension RuleDecoder {
    /// A `meridian.market/1` document.
    func market(_ root: YAMLValue, expectedCountry: String) throws(RuleFileError) -> Market {
        try root.allowOnly(["schema", "country", "name", "currency", "locales", "customs_union", "price_display",
                            "valuation_basis", "taxes", "regions", "de_minimis", "low_value_regimes",
                            "simplified_duty_regimes", "fees", "rounding", "note"])
        try Self.requireSchema(root, "meridian.market/1")
        let countryValue = try root.required("country")
        let country = try countryValue.countryCode()
        guard country == expectedCountry else {
            throw countryValue.error("the file is named \(expectedCountry).yaml but says country \(country)")
        }
        let currency = try root.required("currency").currency()
        let localesValue = try root.required("locales")
        let locales = try localesValue.strings()
        guard !locales.isEmpty else { throw localesValue.error("a market needs at least one locale") }
        let deMinimis = deMinimis(root)
        let rounding: Market.Rounding
        do { rounding = try self.rounding(root.optional("rounding"), currency: currency) } catch {
            diagnostics.record(error)
            rounding = Market.Rounding(duty: .standard(currency), tax: .standard(currency))
        }
        return Market(
            country: country,
            name: try root.required("name").string(),
            currency: currency,
            locales: locales,
            customsUnion: try root.optional("customs_union")?.string(),
            priceDisplay: try root.required("price_display").choice(Market.PriceDisplay.self, allowed: [.taxInclusive, .taxExclusive]),
            valuationBasis: try root.required("valuation_basis").choice(Market.ValuationBasis.self, allowed: [.cif, .fob]),
            taxes: diagnostics.list(root, "taxes", taxType),
            regions: diagnostics.list(root, "regions", region),
            dutyDeMinimis: deMinimis.duty,
            taxDeMinimis: deMinimis.tax,
            lowValueRegimes: diagnostics.list(root, "low_value_regimes", lowValueRegime),
            simplifiedDutyRegimes: diagnostics.list(root, "simplified_duty_regimes", simplifiedRegime),
            fees: diagnostics.list(root, "fees", fee),
            rounding: rounding,
            file: root.file
        )
    }

    /// A `meridian.union/1` document.
    func union(_ root: YAMLValue, id: String) throws(RuleFileError) -> CustomsUnion {
        try root.allowOnly(["schema", "members", "de_minimis", "low_value_regimes", "simplified_duty_regimes", "fees", "note"])
        try Self.requireSchema(root, "meridian.union/1")
        var members: [String] = []
        for member in try root.required("members").sequence() { members.append(try member.countryCode()) }
        let deMinimis = deMinimis(root)
        return CustomsUnion(id: id, members: members, dutyDeMinimis: deMinimis.duty, taxDeMinimis: deMinimis.tax,
                            lowValueRegimes: diagnostics.list(root, "low_value_regimes", lowValueRegime),
                            simplifiedDutyRegimes: diagnostics.list(root, "simplified_duty_regimes", simplifiedRegime),
                            fees: diagnostics.list(root, "fees", fee), file: root.file)
    }

    /// A `meridian.duties/1` document.
    func dutySchedule(_ root: YAMLValue, destination: String) throws(RuleFileError) -> DutySchedule {
        try root.allowOnly(["schema", "destination", "currency", "lines", "additional_duties", "note"])
        try Self.requireSchema(root, "meridian.duties/1")
        let destinationValue = try root.required("destination")
        guard try destinationValue.string() == destination else {
            throw destinationValue.error("the file is named \(destination).yaml but says destination \(try destinationValue.string())")
        }
        let currency = try root.optional("currency")?.currency()
        let lines = diagnostics.list(root, "lines") { (value: YAMLValue) throws(RuleFileError) -> DutySchedule.Line in
            try dutyLine(value, currency: currency)
        }
        let additional = diagnostics.list(root, "additional_duties", additionalDuty)
        return DutySchedule(destination: destination, lines: lines, additionalDuties: additional, file: root.file)
    }

    /// One entry of `additional_duties`: a duty on top of the tariff for some origins and HS codes.
    func additionalDuty(_ value: YAMLValue) throws(RuleFileError) -> AdditionalDuty {
        try value.allowOnly(Self.dated.union(["id", "measure", "name", "hs", "origins", "excluded_origins", "rate", "tops_up", "waived_under"]))
        let hs = try value.required("hs").hsPrefix(orEvery: AdditionalDuty.everyCode)
        let measure = try value.required("measure").slug(what: "a measure")
        let only = try value.optionalCountries("origins")
        let excluded = try value.optionalCountries("excluded_origins")
        let scope: AdditionalDuty.OriginScope
        switch (only, excluded) {
        case (nil, nil): scope = .all
        case let (codes?, nil):
            guard !codes.isEmpty else { throw try value.required("origins").error("name at least one origin, or leave origins out") }
            scope = .only(CountryCodeSet(codes))
        case let (nil, codes?): scope = .allExcept(CountryCodeSet(codes))
        case (.some, .some): throw value.error("give origins or excluded_origins, not both")
        }
        let nameValue = try value.required("name")
        let name = try nameValue.string()
        guard !name.isEmpty else { throw nameValue.error("an additional duty needs a name for its quote line") }
        return AdditionalDuty(id: try value.ruleID(), measure: measure, name: name, hsPrefix: hs, origins: scope,
                              rate: try value.required("rate").rate(),
                              topsUp: try value.optional("tops_up")?.bool() ?? false,
                              waivedUnder: Set(try value.optional("waived_under")?.strings() ?? []), period: try value.period(),
                              provenance: try value.provenance(), line: value.line)
    }

    func dutyLine(_ value: YAMLValue, currency: Currency?) throws(RuleFileError) -> DutySchedule.Line {
        try value.allowOnly(Self.dated.union(["id", "hs", "description", "rate", "specific", "preferential"]))
        let hs = try value.required("hs").hsPrefix()
        var preferences: [DutySchedule.Preference] = []
        if let list = try value.optional("preferential") {
            for item in try list.sequence() {
                try item.allowOnly(["agreement", "origins", "rate", "specific", "source", "as_of", "note"])
                preferences.append(DutySchedule.Preference(
                    agreement: try item.required("agreement").string(),
                    origins: try item.optionalCountries("origins") ?? [],
                    rate: try item.required("rate").rate(),
                    specific: try item.optional("specific").map { (v: YAMLValue) throws(RuleFileError) in try specific(v) },
                    provenance: try item.provenance()))
            }
        }
        return DutySchedule.Line(
            id: try value.ruleID(), hsPrefix: hs, description: try value.optional("description")?.string() ?? "",
            rate: try value.required("rate").rate(),
            specific: try value.optional("specific").map { (v: YAMLValue) throws(RuleFileError) in try specific(v) },
            preferences: preferences, period: try value.period(), provenance: try value.provenance(), line: value.line)
    }

    func specific(_ value: YAMLValue) throws(RuleFileError) -> DutySchedule.Specific {
        try value.allowOnly(["amount", "currency", "per"])
        let amountValue = try value.required("amount")
        let amount = try amountValue.decimal()
        guard !amount.isNegative else { throw amountValue.error("a specific duty must not be negative") }
        return DutySchedule.Specific(amount: amount, currency: try value.required("currency").currency(),
                                     per: try value.required("per").choice(DutySchedule.Specific.Per.self, allowed: [.kg, .unit]))
    }

    static func requireSchema(_ root: YAMLValue, _ expected: String) throws(RuleFileError) {
        let schema = try root.required("schema")
        guard try schema.string() == expected else {
            throw schema.error("expected schema '\(expected)', found '\(try schema.string())'")
        }
    }
}
