import CSV
import Money
import TestSupport
import Testing

@Suite("Currency")
struct CurrencyTests {
    @Test("exponents and cash steps from ICU", arguments: [
        ("EUR", 2, Int64(1)), ("JPY", 0, 1), ("KWD", 3, 1), ("CLP", 0, 1), ("CHF", 2, 5),
        ("USD", 2, 1), ("HUF", 2, 100), ("BHD", 3, 1), ("ISK", 0, 1),
    ])
    func exponent(code: String, minorUnits: Int, cashIncrement: Int64) throws {
        let currency = try Currency(code)
        #expect(currency.minorUnits == minorUnits)
        #expect(currency.cashIncrement == cashIncrement)
    }

    @Test("an unknown code is an error naming it")
    func unknown() {
        #expect(throws: MoneyError.unknownCurrency("EUX")) { try Currency("EUX") }
        #expect(throws: MoneyError.unknownCurrency("eur")) { try Currency("eur") }
    }

    /// Codes where ICU 72 (CLDR) deliberately uses another exponent than ISO 4217, because
    /// CLDR records the digits used in practice: these currencies have no circulating minor
    /// unit, so prices are quoted in whole units. Meridian follows ICU for every price it
    /// shows; this list documents each difference.
    static let deliberateDifferences: [String: (iso: Int, icu: Int, reason: String)] = [
        "AFN": (2, 0, "puls are not used; CLDR quotes whole afghani"),
        "ALL": (2, 0, "qindarka are not used; whole lek"),
        "IQD": (3, 0, "fils are not used; whole dinar"),
        "IRR": (2, 0, "dinars are not used; whole rial"),
        "KPW": (2, 0, "chon are not used; whole won"),
        "LAK": (2, 0, "att are not used; whole kip"),
        "LBP": (2, 0, "piastres are not used; whole pound"),
        "MGA": (2, 0, "iraimbilanja (1/5 ariary) are not decimal and not used; whole ariary"),
        "MMK": (2, 0, "pya are not used; whole kyat"),
        "RSD": (2, 0, "para are not used; whole dinar"),
        "SOS": (2, 0, "cents are not used; whole shilling"),
        "SYP": (2, 0, "piastres are not used; whole pound"),
        "YER": (2, 0, "fils are not used; whole rial"),
    ]

    @Test("every active ISO 4217 code has ICU's exponent, equal to ISO's except the documented differences",
          .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func isoComparison() throws {
        let reader = try CSVReader(string: try SharedData.text("currency/iso4217_codes-all.csv"), hasHeaderRow: true)
        var iso: [String: Int] = [:]
        while let row = reader.next() {
            // Columns: Entity, Currency, AlphabeticCode, NumericCode, MinorUnit, WithdrawalDate.
            guard row.count >= 6, row[5].isEmpty, row[2].count == 3, let digits = Int(row[4]) else { continue }
            iso[row[2]] = digits
        }
        #expect(iso.count > 150, "the ISO list should hold the active codes")
        var differences: [String: (iso: Int, icu: Int)] = [:]
        var unknown: [String] = []
        for (code, digits) in iso {
            guard let currency = try? Currency(code) else {
                unknown.append(code)
                continue
            }
            if currency.minorUnits != digits { differences[code] = (digits, currency.minorUnits) }
        }
        #expect(unknown.sorted() == Self.codesNewerThanICU72, "codes ICU 72 does not know")
        let documented = Self.deliberateDifferences.mapValues { ($0.iso, $0.icu) }
        for code in Set(differences.keys).union(documented.keys).sorted() {
            let found = differences[code]
            let expected = documented[code]
            #expect(found?.iso == expected?.0 && found?.icu == expected?.1,
                    "\(code): ISO \(found?.iso ?? -1) vs ICU \(found?.icu ?? -1), documented \(String(describing: expected))")
        }
    }

    /// Active ISO codes introduced after ICU 72's data was cut, so Meridian refuses them:
    /// XAD (Arab Accounting Dinar, a unit of account added to ISO 4217 in 2025),
    /// XCG (Caribbean guilder, replacing ANG in Curaçao and Sint Maarten from 2025),
    /// ZWG (Zimbabwe Gold, introduced in 2024).
    static let codesNewerThanICU72: [String] = ["XAD", "XCG", "ZWG"]
}
