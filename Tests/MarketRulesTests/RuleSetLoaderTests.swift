import Foundation
import MarketRules
import Money
import TestSupport
import Testing

@Suite("Rule set loading")
struct RuleSetLoaderTests {
    static let market = """
    schema: meridian.market/1
    country: XA
    name: Example
    currency: EUR
    locales: [de-DE]
    price_display: tax_inclusive
    valuation_basis: CIF
    taxes:
      - id: xa-vat
        name: MwSt.
        kind: vat
        import_base: customs_value_plus_duty
        rates:
          - id: xa-vat-standard-2019
            categories: [standard, reduced, books, food, childrens_clothing, medicines]
            rate: "0.19"
            valid_from: 2019-01-01
            source: https://example.org/vat
            as_of: 2026-11-24
    de_minimis:
      duty:
        - id: xa-duty-de-minimis-2019
          threshold: {amount: "150.00", currency: EUR}
          measured_on: intrinsic_value
          inclusive: true
          valid_from: 2019-01-01
          source: https://example.org/deminimis
          as_of: 2026-11-24
      tax: []
    """

    static func load(_ files: [String: String]) throws -> Result<RuleSet, RuleFileErrors> {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (name, text) in files { try directory.write(name, text) }
        do { return .success(try RuleSetLoader.load(directory: directory.url.path)) } catch { return .failure(error) }
    }

    static func problems(_ files: [String: String]) throws -> [String] {
        switch try load(files) {
        case .success: return []
        case let .failure(errors):
            return errors.errors.map { "\(($0.file as NSString).lastPathComponent):\($0.line): \($0.reason)" }
        }
    }

    @Test("a valid market loads, with a version that changes when a file changes")
    func valid() throws {
        let first = try Self.load(["markets/XA.yaml": Self.market]).get()
        #expect(first.summary.markets == 1)
        #expect(first.summary.taxRates == 1)
        #expect(first.version.hasPrefix("sha256:"))
        let again = try Self.load(["markets/XA.yaml": Self.market]).get()
        #expect(again.version == first.version)
        let changed = try Self.load(["markets/XA.yaml": Self.market.replacingOccurrences(of: "0.19", with: "0.20")]).get()
        #expect(changed.version != first.version)
    }

    @Test("every problem is reported at once, each with its file and line")
    func allProblems() throws {
        let broken = Self.market
            .replacingOccurrences(of: "rate: \"0.19\"", with: "rate: 0.19")
            .replacingOccurrences(of: "measured_on: intrinsic_value", with: "measured_on: intrinsic")
        let other = Self.market.replacingOccurrences(of: "country: XA", with: "country: XB")
            .replacingOccurrences(of: "xa-", with: "xb-")
            .replacingOccurrences(of: "currency: EUR\nlocales", with: "currency: EURO\nlocales")
        let found = try Self.problems(["markets/XA.yaml": broken, "markets/XB.yaml": other])
        #expect(found == [
            "XA.yaml:0: tax xa-vat has no rates",
            "XA.yaml:16: taxes[0].rates[0].rate: write '0.19' as a quoted string (\"0.19\") so it is read exactly",
            "XA.yaml:24: de_minimis.duty[0].measured_on: 'intrinsic' is not one of: goods_value, intrinsic_value, customs_value, goods_plus_shipping, tax_amount, duty_amount, duty_and_tax_amount",
            "XB.yaml:4: currency: unknown currency code 'EURO': expected an ISO 4217 code such as EUR, USD or JPY",
        ])
    }

    @Test("overlapping or gapped periods, duplicate ids and a wrong file name are refused")
    func crossChecks() throws {
        let overlapping = Self.market.replacingOccurrences(of: """
                    as_of: 2026-11-24
            de_minimis:
            """, with: """
                    as_of: 2026-11-24
                  - id: xa-vat-standard-2020
                    categories: [standard]
                    rate: "0.16"
                    valid_from: 2020-07-01
                    valid_to: 2020-12-31
                    source: https://example.org/vat
                    as_of: 2026-11-24
            de_minimis:
            """)
        let overlapProblems = try Self.problems(["markets/XA.yaml": overlapping])
        #expect(overlapProblems == [
            "XA.yaml:0: xa-vat-standard-2019 and xa-vat-standard-2020 both give the standard rate from 2020-07-01",
        ])
        let duplicate = Self.market.replacingOccurrences(of: "id: xa-duty-de-minimis-2019", with: "id: xa-vat-standard-2019")
        let duplicateProblems = try Self.problems(["markets/XA.yaml": duplicate])
        #expect(duplicateProblems.count == 1)
        #expect(duplicateProblems.first?.hasPrefix("XA.yaml:0: the id 'xa-vat-standard-2019' is already used in ") == true)
        #expect(duplicateProblems.first?.hasSuffix("markets/XA.yaml") == true)
        #expect(try Self.problems(["markets/XZ.yaml": Self.market]) == ["XZ.yaml:2: country: the file is named XZ.yaml but says country XA"])
        #expect(try Self.problems(["markets/XA.yaml": Self.market.replacingOccurrences(of: "price_display: tax_inclusive\n", with: "customs_union: EU\nprice_display: tax_inclusive\n")])
                == ["XA.yaml:0: customs_union EU has no unions/EU.yaml"])
    }

    @Test("the shipped tax-rules load without a single problem")
    func shipped() throws {
        let ruleSet = try RuleSetLoader.load(directory: SharedData.repositoryRoot.appendingPathComponent("tax-rules").path)
        #expect(ruleSet.summary.markets >= 45)
        #expect(ruleSet.summary.exchangeRates == 29)
    }
}

