import Money
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("valid dates parse and print back", arguments: ["2026-11-20", "2024-02-29", "2000-02-29", "1970-01-01", "2020-12-31"])
    func valid(text: String) throws {
        #expect(try CalendarDate(text).description == text)
    }

    @Test("invalid dates are refused", arguments: ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-1-1", "20261120", "2026/11/20", "", "2026-11-20T00:00"])
    func invalid(text: String) {
        #expect(throws: MoneyError.malformedDate(text)) { try CalendarDate(text) }
    }

    @Test("day arithmetic crosses months, years and leap days")
    func days() throws {
        #expect(try CalendarDate("1970-01-01").daysSinceEpoch == 0)
        #expect(try CalendarDate("2000-03-01").daysSinceEpoch == 11_017)
        #expect(try CalendarDate("2024-02-28").days(until: CalendarDate("2024-03-01")) == 2)
        #expect(try CalendarDate("2025-12-31").days(until: CalendarDate("2026-01-01")) == 1)
    }
}
