import Foundation
import MarketRules
import Money
import Pricing
import TestSupport
import Testing

/// Duties on top of the tariff (`additional_duties`): per measure the longest prefix in force for
/// the origin, zero-rate carve-outs, origin scopes, stacking, and their place in the tax base.
@Suite("Additional duties")
struct AdditionalDutyTests {
    static let market = """
    schema: meridian.market/1
    country: XA
    name: Example
    currency: EUR
    locales: [de-DE]
    price_display: tax_exclusive
    valuation_basis: FOB
    taxes:
      - id: xa-vat
        name: VAT
        kind: vat
        import_base: customs_value_plus_duty
        rates:
          - id: xa-vat-standard-2019
            categories: [standard, reduced, books, food, childrens_clothing, medicines]
            rate: "0.19"
            valid_from: 2019-01-01
            source: https://example.org/vat
            as_of: 2026-12-02
    de_minimis:
      duty:
        - id: xa-duty-de-minimis-2019
          threshold: {amount: "150.00", currency: EUR}
          measured_on: intrinsic_value
          inclusive: true
          valid_from: 2019-01-01
          source: https://example.org/deminimis
          as_of: 2026-12-02
      tax: []
    """

    static let duties = """
    schema: meridian.duties/1
    destination: XA
    lines:
      - id: xa-duty-61-2019
        hs: "61"
        rate: "0.12"
        preferential:
          - agreement: XFTA
            origins: [CA]
            rate: "0"
            source: https://example.org/fta
            as_of: 2026-12-02
        valid_from: 2019-01-01
        source: https://example.org/tariff
        as_of: 2026-12-02
      - id: xa-duty-8471-2019
        hs: "8471"
        rate: "0"
        valid_from: 2019-01-01
        source: https://example.org/tariff
        as_of: 2026-12-02
    additional_duties:
      - id: xa-s301-61-2019
        measure: xa-s301
        name: Retaliatory duty (goods of China)
        hs: "61"
        origins: [CN]
        rate: "0.25"
        valid_from: 2019-05-10
        source: https://example.org/s301
        as_of: 2026-12-02
      - id: xa-s301-6109-2020
        measure: xa-s301
        name: Retaliatory duty (goods of China)
        hs: "6109"
        origins: [CN]
        rate: "0.075"
        valid_from: 2020-02-14
        source: https://example.org/s301-4a
        as_of: 2026-12-02
      - id: xa-s122-2026
        measure: xa-s122
        name: Temporary import surcharge
        hs: "*"
        excluded_origins: [MX]
        rate: "0.10"
        waived_under: [XFTA]
        valid_from: 2026-02-24
        valid_to: 2026-07-23
        source: https://example.org/s122
        as_of: 2026-12-02
      - id: xa-floor-2026
        measure: xa-floor
        name: Minimum duty
        hs: "*"
        origins: [DE]
        rate: "0.15"
        tops_up: true
        valid_from: 2026-07-24
        source: https://example.org/floor
        as_of: 2026-12-02
      - id: xa-s122-8471-2026
        measure: xa-s122
        name: Temporary import surcharge
        hs: "8471"
        rate: "0"
        valid_from: 2026-02-24
        valid_to: 2026-07-23
        source: https://example.org/s122-annex
        as_of: 2026-12-02
    """

    static let ruleSet: RuleSet = {
        do { return try load(["markets/XA.yaml": market, "duties/XA.yaml": duties]) } catch {
            fatalError("the fixture rules must load: \(error)")
        }
    }()

    static func load(_ files: [String: String]) throws -> RuleSet {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (name, text) in files { try directory.write(name, text) }
        return try RuleSetLoader.load(directory: directory.url.path)
    }

    static func problems(_ duties: String) throws -> [String] {
        do {
            _ = try load(["markets/XA.yaml": market, "duties/XA.yaml": duties])
            return []
        } catch let errors as RuleFileErrors {
            return errors.errors.map { "\(($0.file as NSString).lastPathComponent):\($0.line): \($0.reason)" }
        }
    }

    static func quote(hs: String, origin: String, date: String, amount: String = "400.00", dutyRate: String? = nil) throws -> Quote {
        let binding = dutyRate.map { ", \"duty_rate\": \"\($0)\"" } ?? ""
        let json = """
        {"destination": {"country": "XA"}, "date": "\(date)",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "\(amount)", "currency": "EUR"},
                    "hs_code": "\(hs)", "origin_country": "\(origin)"\(binding)}]}
        """
        return try LandedCostEngine.quote(try QuoteRequest.decode(json: Data(json.utf8)), rules: ruleSet)
    }

    @Test("measures stack on the tariff; within one the longest prefix wins; duty enters the VAT base")
    func stacking() throws {
        let result = try Self.quote(hs: "6109100010", origin: "CN", date: "2026-03-01")
        #expect(result.summary(.duty) == ["xa-duty-61-2019 48.00", "xa-s301-6109-2020 30.00", "xa-s122-2026 40.00"])
        #expect(result.lines.filter { $0.kind == .duty }.map(\.name)
                == ["Import duty", "Retaliatory duty (goods of China)", "Temporary import surcharge"])
        #expect(result.lines.first { $0.ruleID == "xa-s122-2026" }?.note == "levied on top of the tariff duty (xa-s122)")
        #expect(result.totals.duties.amountString == "118.00")
        #expect(result.items[0].duty.amountString == "118.00")
        // 19 % of 400.00 + 118.00
        #expect(result.summary(.importTax) == ["xa-vat-standard-2019 98.42"])
        #expect(result.totals.landedCost.amountString == "616.42")
    }

    @Test("the broader entry covers what no longer prefix does")
    func broaderEntry() throws {
        let result = try Self.quote(hs: "611020", origin: "CN", date: "2026-03-01")
        #expect(result.summary(.duty) == ["xa-duty-61-2019 48.00", "xa-s301-61-2019 100.00", "xa-s122-2026 40.00"])
    }

    @Test("dates decide: before a measure starts and after it ends it is not levied")
    func dates() throws {
        #expect(try Self.quote(hs: "6109100010", origin: "CN", date: "2026-11-20").summary(.duty)
                == ["xa-duty-61-2019 48.00", "xa-s301-6109-2020 30.00"])
        // Before List 4A's 7.5 % began, the 6109 goods fell under the broader 25 % entry.
        #expect(try Self.quote(hs: "6109100010", origin: "CN", date: "2019-06-01").summary(.duty)
                == ["xa-duty-61-2019 48.00", "xa-s301-61-2019 100.00"])
        #expect(try Self.quote(hs: "6109100010", origin: "CN", date: "2019-05-09").summary(.duty) == ["xa-duty-61-2019 48.00"])
    }

    @Test("origin scopes: only the named origins, or every origin but the excluded ones")
    func origins() throws {
        #expect(try Self.quote(hs: "6109100010", origin: "MX", date: "2026-03-01").summary(.duty) == ["xa-duty-61-2019 48.00"])
        #expect(try Self.quote(hs: "6109100010", origin: "VN", date: "2026-03-01").summary(.duty)
                == ["xa-duty-61-2019 48.00", "xa-s122-2026 40.00"])
    }

    @Test("an entry waived under an agreement is not levied where the tariff rate is that agreement's preference")
    func waivedUnderPreference() throws {
        #expect(try Self.quote(hs: "6109100010", origin: "CA", date: "2026-03-01").summary(.duty) == ["xa-duty-61-2019 0.00"])
        #expect(try Self.quote(hs: "950300", origin: "CA", date: "2026-03-01").summary(.duty)
                == ["fallback-no-duty-rate 0.00", "xa-s122-2026 40.00"])
    }

    @Test("a zero-rate entry carves its codes out of a broader one and adds no line")
    func carveOut() throws {
        let result = try Self.quote(hs: "84713000", origin: "CN", date: "2026-03-01")
        #expect(result.summary(.duty) == ["xa-duty-8471-2019 0.00"])
        #expect(result.totals.duties.amountString == "0.00")
    }

    @Test("a binding duty rate replaces the tariff line, not the measures on top of it")
    func bindingRate() throws {
        let result = try Self.quote(hs: "6109100010", origin: "CN", date: "2026-11-20", dutyRate: "0.05")
        #expect(result.summary(.duty) == ["request.items[0].duty_rate 20.00", "xa-s301-6109-2020 30.00"])
    }

    @Test("within the duty de minimis no duty is levied, additional duties included")
    func deMinimis() throws {
        let result = try Self.quote(hs: "6109100010", origin: "CN", date: "2026-03-01", amount: "100.00")
        #expect(result.summary(.duty) == ["xa-duty-de-minimis-2019 0.00"])
    }

    @Test("several items: each item's measures follow its tariff line, and the totals add up")
    func severalItems() throws {
        let json = """
        {"destination": {"country": "XA"}, "date": "2026-03-01",
         "items": [{"sku": "A", "quantity": 2, "unit_price": {"amount": "100.00", "currency": "EUR"}, "hs_code": "610910", "origin_country": "CN"},
                   {"sku": "B", "quantity": 1, "unit_price": {"amount": "300.00", "currency": "EUR"}, "hs_code": "847130", "origin_country": "CN"},
                   {"sku": "C", "quantity": 1, "unit_price": {"amount": "50.00", "currency": "EUR"}, "hs_code": "611020", "origin_country": "MX"}]}
        """
        let result = try LandedCostEngine.quote(try QuoteRequest.decode(json: Data(json.utf8)), rules: Self.ruleSet)
        #expect(result.summary(.duty) == ["xa-duty-61-2019 24.00", "xa-s301-6109-2020 15.00", "xa-s122-2026 20.00",
                                          "xa-duty-8471-2019 0.00", "xa-duty-61-2019 6.00"])
        #expect(result.items.map(\.duty.amountString) == ["59.00", "0.00", "6.00"])
        #expect(result.totals.duties.amountString == "65.00")
    }

    @Test("a floor entry levies only what the tariff rate falls short of it")
    func topUp() throws {
        let shirt = try Self.quote(hs: "6109100010", origin: "DE", date: "2026-11-20")
        #expect(shirt.summary(.duty) == ["xa-duty-61-2019 48.00", "xa-floor-2026 12.00"])
        let floor = shirt.lines.first { $0.ruleID == "xa-floor-2026" }
        #expect(floor?.rate == (try ExactDecimal("0.03")))
        #expect(floor?.note == "tops the tariff rate of 12 % up to 15 % in all (xa-floor)")
        #expect(try Self.quote(hs: "84713000", origin: "DE", date: "2026-11-20").summary(.duty)
                == ["xa-duty-8471-2019 0.00", "xa-floor-2026 60.00"])
        #expect(try Self.quote(hs: "6109100010", origin: "DE", date: "2026-11-20", dutyRate: "0.15").summary(.duty)
                == ["request.items[0].duty_rate 60.00"])
        #expect(try Self.quote(hs: "6109100010", origin: "DE", date: "2026-07-23").summary(.duty)
                == ["xa-duty-61-2019 48.00", "xa-s122-2026 40.00"])
    }

    @Test("two tariff lines for one prefix in force on the same day are refused")
    func overlappingLines() throws {
        let twice = Self.duties.replacingOccurrences(of: "lines:\n", with: """
        lines:
          - id: xa-duty-61-2024
            hs: "61"
            rate: "0.10"
            valid_from: 2024-01-01
            source: https://example.org/tariff
            as_of: 2026-12-02

        """)
        #expect(try Self.problems(twice)
                == ["XA.yaml:10: duty lines xa-duty-61-2024 and xa-duty-61-2019 (hs 61) are both in force from 2024-01-01"])
    }

    @Test("a measure that is not a slug, an empty name or an empty origins list is refused")
    func refusedFields() throws {
        let problems = try Self.problems(Self.duties
            .replacingOccurrences(of: "measure: xa-floor", with: "measure: XA Floor")
            .replacingOccurrences(of: "name: Minimum duty", with: "name: \"\"")
            .replacingOccurrences(of: "origins: [DE]", with: "origins: []"))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("additional_duties[3].measure: a measure is lower case letters, digits and hyphens, found 'XA Floor'") == true)
        let unnamed = try Self.problems(Self.duties.replacingOccurrences(of: "name: Minimum duty", with: "name: \"\""))
        #expect(unnamed.first?.contains("an additional duty needs a name for its quote line") == true)
        let noOrigins = try Self.problems(Self.duties.replacingOccurrences(of: "origins: [DE]", with: "origins: []"))
        #expect(noOrigins.first?.contains("name at least one origin, or leave origins out") == true)
    }

    @Test("bad entries are refused with file, line and reason")
    func refused() throws {
        let both = Self.duties.replacingOccurrences(of: "    excluded_origins: [MX]\n", with: "    excluded_origins: [MX]\n    origins: [CN]\n")
        #expect(try Self.problems(both) == ["XA.yaml:41: additional_duties[2]: give origins or excluded_origins, not both"])
        let badPrefix = Self.duties.replacingOccurrences(of: "hs: \"*\"\n    excluded_origins", with: "hs: \"6x\"\n    excluded_origins")
        #expect(try Self.problems(badPrefix)
                == ["XA.yaml:44: additional_duties[2].hs: an HS code prefix is 2 to 10 digits, or \"*\" for every code, found '6x'"])
        let overlapping = Self.duties.replacingOccurrences(of: "hs: \"6109\"", with: "hs: \"61\"")
        #expect(try Self.problems(overlapping)
                == ["XA.yaml:32: additional duties xa-s301-61-2019 and xa-s301-6109-2020 (measure xa-s301, hs 61) are both in force from 2020-02-14"])
    }
}
