import MarketRules
import Money
import TestSupport
import Testing

@Suite("FX snapshots")
struct FXSnapshotTests {
    static let valid = """
    schema: meridian.fx/1
    source: https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml
    publisher: European Central Bank
    base: EUR
    days:
      - date: 2026-10-02
        rates:
          USD: "1.1225"
          JPY: "176.99"
    """

    @Test("a snapshot reads, writes and reads back the same")
    func roundTrip() throws {
        let snapshot = try FXSnapshot.parse(yaml: Self.valid, file: "fx.yaml")
        #expect(snapshot.rateCount == 2)
        let again = try FXSnapshot.parse(yaml: snapshot.yaml(), file: "again.yaml")
        #expect(again == snapshot)
        #expect(try snapshot.yaml().contains("USD: \"1.1225\""))
    }

    @Test("schema errors name the file, line and reason", arguments: [
        (Self.valid.replacingOccurrences(of: "\"1.1225\"", with: "1.1225"), 8,
         "days[0].rates.USD: write '1.1225' as a quoted string (\"1.1225\") so it is read exactly"),
        (Self.valid.replacingOccurrences(of: "\"176.99\"", with: "\"-1\""), 9, "days[0].rates.JPY: the rate for JPY must be above zero"),
        (Self.valid.replacingOccurrences(of: "JPY:", with: "JPX:"), 9,
         "days[0].rates.JPX: unknown currency code 'JPX': expected an ISO 4217 code such as EUR, USD or JPY"),
        (Self.valid.replacingOccurrences(of: "2026-10-02", with: "2026-10-32"), 6, "days[0].date: '2026-10-32' is not a valid date: expected YYYY-MM-DD"),
        (Self.valid.replacingOccurrences(of: "meridian.fx/1", with: "meridian.fx/2"), 1, "schema: expected schema 'meridian.fx/1', found 'meridian.fx/2'"),
        (Self.valid.replacingOccurrences(of: "publisher:", with: "publsher:"), 3,
         "unknown key 'publsher' (expected one of: base, days, note, publisher, schema, source)"),
        (Self.valid.replacingOccurrences(of: "base: EUR", with: "base: [EUR"), 5, "invalid YAML: while parsing a flow sequence did not find expected ',' or ']'"),
    ])
    func errors(text: String, line: Int, reason: String) {
        do {
            _ = try FXSnapshot.parse(yaml: text, file: "fx.yaml")
            Issue.record("expected \(reason)")
        } catch {
            #expect(error.file == "fx.yaml")
            #expect(error.line == line)
            #expect(error.reason == reason)
        }
    }

    @Test("two files that disagree on a day's rate are refused together")
    func conflicts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("a.yaml", Self.valid)
        try directory.write("b.yaml", Self.valid.replacingOccurrences(of: "1.1225", with: "1.2000"))
        do {
            _ = try FXRateStore.load(directory: directory.url.path)
            Issue.record("expected a conflict")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].reason == "EUR/USD@2026-10-02 is 1.2000 here but 1.1225 in \(directory.path("a.yaml"))")
        }
    }

    @Test("the shipped snapshot loads and converts USD to JPY through EUR")
    func shipped() throws {
        let store = try FXRateStore.load(directory: SharedData.repositoryRoot.appendingPathComponent("tax-rules/fx").path)
        #expect(store.table.latestDate?.description == "2026-10-02")
        let yen = try store.table.convert(Money.parse("100.00", currency: Currency("USD")), to: Currency("JPY"),
                                          on: CalendarDate("2026-10-02"), rounding: .halfEven)
        #expect(yen.result.description == "JPY 15767")
        #expect(yen.rate.via?.code == "EUR")
    }
}
