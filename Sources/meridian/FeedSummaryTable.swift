import Feeds
import Foundation

/// The end-of-run table on stderr: per input what was read, per market what was written.
struct FeedSummaryTable {
    let summary: FeedRunSummary
    /// The output folder, as the user named it.
    let output: String

    func render() -> String {
        var text = ""
        for input in summary.inputs {
            text += "\(input.file): \(input.dialect ?? "unread"), \(input.products) products, \(input.rejected) rejected"
            if let error = input.error { text += "\n  stopped: \(error)" }
            text += "\n"
        }
        let formats = summary.formats
        let header = ["market", "locale", "currency"] + formats + ["rejected", "warnings"]
        var rows = [header]
        for market in summary.markets {
            rows.append([market.market, market.locale, market.currency] + formats.map { String(market.written[$0] ?? 0) }
                + [String(market.rejected), String(market.warnings)])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            text += row.enumerated().map { column, cell in
                column < 3 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ") + "\n"
        }
        if !summary.markets.isEmpty {
            text += "feeds in \(output)/<market>/products.{\(summary.formats.map(\.self).joined(separator: ","))}; "
                + "rejects in \(output)/rejects.jsonl; summary in \(output)/summary.json\n"
        }
        return text
    }
}
