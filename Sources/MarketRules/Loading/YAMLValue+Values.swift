import Money

/// Typed readers for the scalar shapes rule files use, each failing with file, line and reason.
extension YAMLValue {
    /// A quoted decimal string (`"0.19"`).
    func decimal() throws(RuleFileError) -> ExactDecimal {
        let text = try quotedString()
        do { return try ExactDecimal(text) } catch { throw self.error(error.description) }
    }

    /// A fraction between 0 and 1 inclusive, as a quoted string.
    func rate() throws(RuleFileError) -> ExactDecimal {
        let value = try decimal()
        guard !value.isNegative, value <= .one else { throw error("a rate is a fraction from \"0\" to \"1\" (\"0.19\" is 19 %), found \(value)") }
        return value
    }

    /// A `YYYY-MM-DD` date (plain or quoted).
    func date() throws(RuleFileError) -> CalendarDate {
        let text = try string()
        do { return try CalendarDate(text) } catch { throw self.error(error.description) }
    }

    /// An ISO 4217 code ICU knows.
    func currency() throws(RuleFileError) -> Currency {
        let text = try string()
        do { return try Currency(text) } catch { throw self.error(error.description) }
    }

    /// `{amount: "150.00", currency: EUR}`, at most as precise as the currency.
    func money() throws(RuleFileError) -> Money {
        try allowOnly(["amount", "currency"])
        let currency = try required("currency").currency()
        let amountValue = try required("amount")
        let text = try amountValue.quotedString()
        do {
            let money = try Money.parse(text, currency: currency)
            guard !money.isNegative else { throw amountValue.error("an amount must not be negative") }
            return money
        } catch let error as MoneyError {
            throw amountValue.error(error.description)
        } catch let error as RuleFileError {
            throw error
        } catch {
            throw amountValue.error("\(error)")
        }
    }

    /// A value of a closed set, listing the allowed values when it is not one of them.
    func choice<T: RawRepresentable>(_ type: T.Type, allowed: [T]) throws(RuleFileError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            throw error("'\(text)' is not one of: \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// `true` or `false`.
    func bool() throws(RuleFileError) -> Bool {
        switch try string() {
        case "true": return true
        case "false": return false
        case let other: throw error("expected true or false, found '\(other)'")
        }
    }

    /// A non-negative integer.
    func integer() throws(RuleFileError) -> Int {
        let text = try string()
        guard let value = Int(text), value >= 0 else { throw error("expected a whole number, found '\(text)'") }
        return value
    }

    /// A list of plain strings.
    func strings() throws(RuleFileError) -> [String] {
        var result: [String] = []
        for item in try sequence() { result.append(try item.string()) }
        return result
    }

    /// An ISO 3166-1 alpha-2 code: two capital letters.
    func countryCode() throws(RuleFileError) -> String {
        let text = try string()
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw error("'\(text)' is not an ISO 3166-1 alpha-2 country code (two capital letters)")
        }
        return text
    }

    /// A list of country codes as a set, nil when the key is absent.
    func optionalCountries(_ key: String) throws(RuleFileError) -> Set<String>? {
        guard let list = try optional(key) else { return nil }
        var codes = Set<String>()
        for item in try list.sequence() { codes.insert(try item.countryCode()) }
        return codes
    }

    /// A list of transport modes as a set, nil when the key is absent.
    func optionalTransportModes(_ key: String) throws(RuleFileError) -> Set<TransportMode>? {
        guard let list = try optional(key) else { return nil }
        var modes = Set<TransportMode>()
        for item in try list.sequence() { modes.insert(try item.choice(TransportMode.self, allowed: TransportMode.allCases)) }
        return modes
    }

    /// `source`, `as_of` and an optional `note` on this mapping.
    func provenance() throws(RuleFileError) -> Provenance {
        let sourceValue = try required("source")
        let source = try sourceValue.string()
        guard source.hasPrefix("https://") || source.hasPrefix("http://") else {
            throw sourceValue.error("a source is the URL the figure was taken from, found '\(source)'")
        }
        return Provenance(source: source, asOf: try required("as_of").date(), note: try optional("note")?.string())
    }

    /// `valid_from` and an optional `valid_to`, in order.
    func period() throws(RuleFileError) -> ValidityPeriod {
        let from = try required("valid_from").date()
        guard let toValue = try optional("valid_to") else { return ValidityPeriod(from: from, to: nil) }
        let to = try toValue.date()
        guard from <= to else { throw toValue.error("valid_to \(to) is before valid_from \(from)") }
        return ValidityPeriod(from: from, to: to)
    }

    /// A stable rule id: lower case letters, digits and hyphens.
    func ruleID() throws(RuleFileError) -> String {
        try required("id").slug(what: "an id")
    }

    /// A name made of lower case letters, digits and hyphens (an id, a measure).
    func slug(what: String) throws(RuleFileError) -> String {
        let text = try string()
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
            throw error("\(what) is lower case letters, digits and hyphens, found '\(text)'")
        }
        return text
    }

    /// A quoted HS code prefix of 2 to 10 digits; with `orEvery`, also that marker for every code.
    func hsPrefix(orEvery every: String? = nil) throws(RuleFileError) -> String {
        let hs = try quotedString()
        if let every, hs == every { return hs }
        guard (2...10).contains(hs.count), hs.allSatisfy(\.isASCII), hs.allSatisfy(\.isNumber) else {
            let alternative = every.map { ", or \"\($0)\" for every code" } ?? ""
            throw error("an HS code prefix is 2 to 10 digits\(alternative), found '\(hs)'")
        }
        return hs
    }
}
