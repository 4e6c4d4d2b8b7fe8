import MarketRules
import Money
import Testing

/// Longest-prefix lookups by HS code in duty schedules and the HS → tax-category table.
@Suite("HS prefix lookups")
struct HSPrefixLookupTests {
    static let asOf = try! CalendarDate("2026-01-01")
    static let provenance = Provenance(source: "https://example.org/tariff", asOf: asOf)
    static let always = ValidityPeriod(from: try! CalendarDate("2019-01-01"), to: nil)

    static func line(_ hs: String, _ rate: String) -> DutySchedule.Line {
        DutySchedule.Line(id: "t-\(hs)", hsPrefix: hs, description: "", rate: try! ExactDecimal(rate), specific: nil,
                          preferences: [], period: always, provenance: provenance)
    }

    @Test("the longest prefix wins, leading zeros count, and codes without a prefix find nothing",
          arguments: [("6109100010", "t-610910"), ("610990", "t-6109"), ("61", "t-61"), ("0101210000", "t-0101"),
                      ("1012100", nil), ("7113", nil), ("6", nil), ("610910001099", "t-610910")])
    func dutyLines(code: String, expected: String?) {
        let schedule = DutySchedule(destination: "XX", lines: [Self.line("61", "0.1"), Self.line("6109", "0.12"),
                                                               Self.line("610910", "0.08"), Self.line("0101", "0")],
                                    file: "test.yaml")
        #expect(schedule.line(for: code, on: Self.asOf)?.id == expected)
    }

    @Test("categories follow the longest matching prefix", arguments: [
        ("490199", "books"), ("4901100000", "books"), ("4903", "childrens_books"), ("490300", "childrens_books"),
        ("49", "printed"), ("4911", "printed"), ("3004", "medicines"), ("30", nil), ("8471", nil),
    ])
    func categories(code: String, expected: String?) {
        let table = CategoryByHSCode(lines: [
            CategoryByHSCode.Line(hs: "49", category: ProductCategory(rawValue: "printed"), provenance: Self.provenance),
            CategoryByHSCode.Line(hs: "4901", category: ProductCategory(rawValue: "books"), provenance: Self.provenance),
            CategoryByHSCode.Line(hs: "4903", category: ProductCategory(rawValue: "childrens_books"), provenance: Self.provenance),
            CategoryByHSCode.Line(hs: "3004", category: ProductCategory(rawValue: "medicines"), provenance: Self.provenance),
        ])
        #expect(table.category(for: code)?.rawValue == expected)
    }
}
