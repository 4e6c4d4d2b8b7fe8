import Money
import Pricing

/// A quote as a plain-text table for people: one row per line, then the totals.
struct QuoteTable {
    let quote: Quote
    let document: QuoteDocument

    func render() -> String {
        let encoded = document.plainLines
        var rows: [[String]] = [["kind", "name", "rate", "amount", "due", "rule"]]
        for line in encoded {
            rows.append([line.kind, String(line.name.prefix(48)), line.rate.map(Self.percent) ?? "", line.amount, line.due, line.rule])
        }
        var text = "Quote for \(quote.country)\(quote.region.map { " (\($0))" } ?? "") on \(quote.date), \(quote.incoterm.rawValue), rules \(quote.rulesVersion)\n"
        text += Self.table(rows)
        for (label, value) in document.plainTotals { text += "  \(label.padding(toLength: 16, withPad: " ", startingAt: 0)) \(value)\n" }
        for warning in quote.warnings { text += "  warning: \(warning)\n" }
        return text
    }

    /// "0.19" → "19 %", exactly.
    static func percent(_ rate: String) -> String {
        guard let value = try? ExactDecimal(rate), let percent = try? value.multiplied(by: ExactDecimal(100)) else { return rate }
        return percent.normalized.description + " %"
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let padded = "  " + zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
            return String(padded.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + "\n"
    }
}
