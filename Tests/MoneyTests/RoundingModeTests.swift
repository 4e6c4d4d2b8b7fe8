import Money
import Testing

@Suite("RoundingMode")
struct RoundingModeTests {
    /// The table in RoundingMode's documentation: value in tenths → expected per mode.
    static let table: [(tenths: Int128, up: Int128, down: Int128, ceiling: Int128, floor: Int128, halfUp: Int128, halfDown: Int128, halfEven: Int128)] = [
        (25, 3, 2, 3, 2, 3, 2, 2),
        (35, 4, 3, 4, 3, 4, 3, 4),
        (-25, -3, -2, -2, -3, -3, -2, -2),
        (24, 3, 2, 3, 2, 2, 2, 2),
        (-24, -3, -2, -2, -3, -2, -2, -2),
        (26, 3, 2, 3, 2, 3, 3, 3),
        (-35, -4, -3, -3, -4, -4, -3, -4),
        (20, 2, 2, 2, 2, 2, 2, 2),
    ]

    @Test("every mode rounds the documented table")
    func documentedTable() throws {
        for row in Self.table {
            #expect(try RoundingMode.up.divide(row.tenths, by: 10) == row.up)
            #expect(try RoundingMode.down.divide(row.tenths, by: 10) == row.down)
            #expect(try RoundingMode.ceiling.divide(row.tenths, by: 10) == row.ceiling)
            #expect(try RoundingMode.floor.divide(row.tenths, by: 10) == row.floor)
            #expect(try RoundingMode.halfUp.divide(row.tenths, by: 10) == row.halfUp)
            #expect(try RoundingMode.halfDown.divide(row.tenths, by: 10) == row.halfDown)
            #expect(try RoundingMode.halfEven.divide(row.tenths, by: 10) == row.halfEven)
        }
    }

    @Test("unnecessary passes exact divisions and throws on inexact ones")
    func unnecessary() throws {
        #expect(try RoundingMode.unnecessary.divide(30, by: 10) == 3)
        #expect(throws: MoneyError.self) { try RoundingMode.unnecessary.divide(31, by: 10) }
    }

    @Test("a negative divisor rounds like the negated fraction")
    func negativeDivisor() throws {
        #expect(try RoundingMode.floor.divide(25, by: -10) == -3)
        #expect(try RoundingMode.halfEven.divide(-25, by: -10) == 2)
    }
}
