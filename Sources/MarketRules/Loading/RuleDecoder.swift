import Money

/// Turns YAML nodes of rule files into rule values, following `tax-rules/README.md`.
struct RuleDecoder {
    let diagnostics: Diagnostics

    static let dated: Set<String> = ["valid_from", "valid_to", "source", "as_of", "note"]

    // MARK: - Taxes

    func taxType(_ value: YAMLValue) throws(RuleFileError) -> TaxType {
        try value.allowOnly(["id", "name", "name_en", "kind", "import_base", "import_uplift", "rates", "note"])
        let rates = diagnostics.list(value, "rates", rate)
        var uplift: TaxType.Uplift?
        if let upliftValue = try value.optional("import_uplift") {
            try upliftValue.allowOnly(["rate", "source", "as_of", "note"])
            uplift = TaxType.Uplift(rate: try upliftValue.required("rate").rate(), provenance: try upliftValue.provenance())
        }
        return TaxType(
            id: try value.ruleID(),
            name: try value.required("name").string(),
            englishName: try value.optional("name_en")?.string(),
            kind: try value.required("kind").choice(TaxType.Kind.self, allowed: TaxType.Kind.allCases),
            importBase: try value.required("import_base").choice(TaxType.ImportBase.self, allowed: TaxType.ImportBase.allCases),
            importUplift: uplift,
            rates: rates
        )
    }

    func rate(_ value: YAMLValue) throws(RuleFileError) -> TaxType.Rate {
        try value.allowOnly(Self.dated.union(["id", "categories", "rate"]))
        let categoriesValue = try value.required("categories")
        let categories = try categoriesValue.strings().map(ProductCategory.init(rawValue:))
        guard !categories.isEmpty else { throw categoriesValue.error("a rate needs at least one category") }
        return TaxType.Rate(id: try value.ruleID(), categories: categories, rate: try value.required("rate").rate(),
                            period: try value.period(), provenance: try value.provenance())
    }

    func region(_ value: YAMLValue) throws(RuleFileError) -> Region {
        try value.allowOnly(["code", "name", "taxes", "replaces_national", "note"])
        let codeValue = try value.required("code")
        let code = try codeValue.string()
        let parts = code.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 2, (1...3).contains(parts[1].count),
              code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") }) else {
            throw codeValue.error("'\(code)' is not an ISO 3166-2 code such as CA-ON")
        }
        return Region(code: code, name: try value.required("name").string(), taxes: diagnostics.list(value, "taxes", taxType),
                      replacesNational: try value.optional("replaces_national")?.strings() ?? [])
    }

    // MARK: - Thresholds and regimes

    func threshold(_ value: YAMLValue) throws(RuleFileError) -> Threshold {
        try value.allowOnly(Self.dated.union(["id", "threshold", "measured_on", "inclusive", "origins", "excluded_origins",
                                              "transport_modes"]))
        return Threshold(
            id: try value.ruleID(),
            amount: try value.required("threshold").money(),
            measuredOn: try value.required("measured_on").choice(ConsignmentMeasure.self, allowed: ConsignmentMeasure.allCases),
            inclusive: try value.required("inclusive").bool(),
            origins: try value.optionalCountries("origins"),
            excludedOrigins: try value.optionalCountries("excluded_origins") ?? [],
            transportModes: try value.optionalTransportModes("transport_modes"),
            period: try value.period(),
            provenance: try value.provenance()
        )
    }

    func lowValueRegime(_ value: YAMLValue) throws(RuleFileError) -> LowValueRegime {
        try value.allowOnly(Self.dated.union(["id", "name", "registration", "threshold", "measured_on", "per", "inclusive",
                                              "duty", "transport_modes", "tax_base"]))
        return LowValueRegime(
            id: try value.ruleID(),
            name: try value.required("name").string(),
            registration: try value.required("registration").string(),
            threshold: try value.required("threshold").money(),
            measuredOn: try value.required("measured_on").choice(ConsignmentMeasure.self, allowed: ConsignmentMeasure.allCases),
            scope: try value.required("per").choice(LowValueRegime.Scope.self, allowed: [.consignment, .item]),
            inclusive: try value.required("inclusive").bool(),
            duty: try value.required("duty").choice(LowValueRegime.DutyTreatment.self, allowed: [.waived, .applies]),
            transportModes: try value.optionalTransportModes("transport_modes"),
            period: try value.period(),
            provenance: try value.provenance()
        )
    }

    func simplifiedRegime(_ value: YAMLValue) throws(RuleFileError) -> SimplifiedDutyRegime {
        try value.allowOnly(Self.dated.union(["id", "name", "kind", "replaces", "requires_registration", "measured_on", "currency",
                                              "ceiling", "origins", "excluded_origins", "transport_modes", "tiers", "flat",
                                              "subheading_digits"]))
        let kind = try value.required("kind").choice(SimplifiedDutyRegime.Kind.self, allowed: [.tiered, .flatPerSubheading])
        let currency = try value.required("currency").currency()
        var tiers: [SimplifiedDutyRegime.Tier] = []
        var flat: Money?
        switch kind {
        case .tiered:
            let tiersValue = try value.required("tiers")
            for tierValue in try tiersValue.sequence() {
                try tierValue.allowOnly(["up_to", "rate", "deduction"])
                tiers.append(SimplifiedDutyRegime.Tier(
                    upTo: try tierValue.optional("up_to")?.decimal(),
                    rate: try tierValue.required("rate").rate(),
                    deduction: try tierValue.optional("deduction")?.decimal() ?? .zero))
            }
            guard !tiers.isEmpty else { throw tiersValue.error("a tiered regime needs at least one tier") }
            for (earlier, later) in zip(tiers, tiers.dropFirst()) {
                let rises = earlier.upTo.map { low in later.upTo.map { low < $0 } ?? true } ?? false
                guard rises else {
                    throw tiersValue.error("tiers must rise: each up_to above the previous one, only the last may omit up_to")
                }
            }
        case .flatPerSubheading:
            flat = try value.required("flat").money()
            guard flat?.currency.code == currency.code else {
                throw value.error("the flat amount must be in the regime's currency \(currency.code)")
            }
        }
        let digits = try value.optional("subheading_digits")?.integer() ?? 6
        guard [2, 4, 6, 8, 10].contains(digits) else { throw value.error("subheading_digits must be 2, 4, 6, 8 or 10") }
        return SimplifiedDutyRegime(
            id: try value.ruleID(),
            name: try value.required("name").string(),
            kind: kind,
            replaces: try value.required("replaces").choice(SimplifiedDutyRegime.Replaces.self, allowed: [.duty, .dutyAndImportTax]),
            requiresRegistration: try value.optional("requires_registration")?.string(),
            measuredOn: try value.required("measured_on").choice(ConsignmentMeasure.self, allowed: ConsignmentMeasure.allCases),
            currency: currency,
            ceiling: try value.optional("ceiling")?.money(),
            origins: try value.optionalCountries("origins"),
            excludedOrigins: try value.optionalCountries("excluded_origins") ?? [],
            transportModes: try value.optionalTransportModes("transport_modes"),
            tiers: tiers,
            flat: flat,
            subheadingDigits: digits,
            period: try value.period(),
            provenance: try value.provenance()
        )
    }

    // MARK: - Fees and rounding

    func fee(_ value: YAMLValue) throws(RuleFileError) -> Fee {
        try value.allowOnly(Self.dated.union(["id", "name", "kind", "amount", "rate", "minimum", "maximum", "applies_when",
                                              "transport_modes", "taxable", "collected_by"]))
        let kind = try value.required("kind").choice(Fee.Kind.self, allowed: [.fixed, .adValorem, .perLine])
        var amount: Money?
        var rate: ExactDecimal?
        switch kind {
        case .fixed, .perLine: amount = try value.required("amount").money()
        case .adValorem: rate = try value.required("rate").rate()
        }
        var band: Fee.Band?
        if let bandValue = try value.optional("applies_when") {
            try bandValue.allowOnly(["measured_on", "above", "at_most"])
            band = Fee.Band(
                measuredOn: try bandValue.required("measured_on").choice(ConsignmentMeasure.self, allowed: ConsignmentMeasure.allCases),
                above: try bandValue.optional("above")?.money(),
                atMost: try bandValue.optional("at_most")?.money())
        }
        return Fee(id: try value.ruleID(), name: try value.required("name").string(), kind: kind, amount: amount, rate: rate,
                   minimum: try value.optional("minimum")?.money(), maximum: try value.optional("maximum")?.money(),
                   band: band, transportModes: try value.optionalTransportModes("transport_modes"),
                   taxable: try value.required("taxable").bool(), period: try value.period(), provenance: try value.provenance())
    }

    func rounding(_ value: YAMLValue?, currency: Currency) throws(RuleFileError) -> Market.Rounding {
        guard let value else { return Market.Rounding(duty: .standard(currency), tax: .standard(currency)) }
        try value.allowOnly(["duty", "tax", "note"])
        func rule(_ key: String) throws(RuleFileError) -> RoundingRule {
            guard let ruleValue = try value.optional(key) else { return .standard(currency) }
            try ruleValue.allowOnly(["mode", "increment", "scope", "source", "as_of", "note"])
            let incrementValue = try ruleValue.required("increment")
            let increment = try incrementValue.decimal()
            guard increment.signum > 0, (try? increment.rescaled(to: currency.minorUnits)) != nil else {
                throw incrementValue.error("the increment must be a positive multiple of one \(currency.code) minor unit")
            }
            let provenance = try ruleValue.optional("source") == nil ? nil : try ruleValue.provenance()
            return RoundingRule(
                mode: try ruleValue.required("mode").choice(RoundingMode.self, allowed: RoundingMode.allCases.filter { $0 != .unnecessary }),
                increment: increment,
                scope: try ruleValue.required("scope").choice(RoundingRule.Scope.self, allowed: [.perLine, .perTotal]),
                provenance: provenance)
        }
        return Market.Rounding(duty: try rule("duty"), tax: try rule("tax"))
    }

    // MARK: - De minimis lists

    func deMinimis(_ parent: YAMLValue) -> (duty: [Threshold], tax: [Threshold]) {
        do {
            guard let value = try parent.optional("de_minimis") else { return ([], []) }
            try value.allowOnly(["duty", "tax", "note"])
            return (diagnostics.list(value, "duty", threshold), diagnostics.list(value, "tax", threshold))
        } catch {
            diagnostics.record(error)
            return ([], [])
        }
    }
}
