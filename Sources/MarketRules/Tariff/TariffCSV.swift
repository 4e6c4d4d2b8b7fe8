import CSV
import Foundation
import Money
import Yams

/// Imports a national tariff from CSV into a `meridian.duties/1` schedule.
///
/// Columns (a header row is required; order is free; unknown columns are refused):
///
/// | column | required | meaning |
/// |---|---|---|
/// | `hs` | yes | HS code digits, 2–10, no dots (`610910`) |
/// | `description` | no | the tariff text |
/// | `rate_percent` | yes | ad valorem duty in percent (`12`, `4.5`), or `free` |
/// | `specific_amount`, `specific_currency`, `specific_per` | no | a specific duty (`0.35`, `EUR`, `kg` or `unit`) |
/// | `valid_from` | yes | first day in force (`2026-01-01`) |
/// | `valid_to` | no | last day in force |
/// | `source` | no | the row's source URL; defaults to the one given for the file |
public enum TariffCSV {
    public static let columns: Set<String> = ["hs", "description", "rate_percent", "specific_amount", "specific_currency",
                                              "specific_per", "valid_from", "valid_to", "source"]

    /// One imported row.
    public struct Row: Sendable, Equatable {
        public let hs: String
        public let description: String
        public let rate: ExactDecimal
        public let specific: (amount: ExactDecimal, currency: String, per: String)?
        public let validFrom: CalendarDate
        public let validTo: CalendarDate?
        public let source: String

        public static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.hs == rhs.hs && lhs.rate == rhs.rate && lhs.validFrom == rhs.validFrom && lhs.validTo == rhs.validTo
                && lhs.source == rhs.source && lhs.description == rhs.description
                && lhs.specific?.amount == rhs.specific?.amount && lhs.specific?.currency == rhs.specific?.currency
                && lhs.specific?.per == rhs.specific?.per
        }
    }

    /// Reads the CSV text. - Throws: ``RuleFileErrors`` with one entry per bad row (file and line).
    public static func read(_ text: String, file: String, defaultSource: String?) throws(RuleFileErrors) -> [Row] {
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw RuleFileErrors([RuleFileError(file: file, line: 1, reason: "not readable as CSV: \(error)")])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems: [RuleFileError] = []
        for name in header where !columns.contains(name) {
            problems.append(RuleFileError(file: file, line: 1, reason: "unknown column '\(name)' (expected: \(columns.sorted().joined(separator: ", ")))"))
        }
        for name in ["hs", "rate_percent", "valid_from"] where !header.contains(name) {
            problems.append(RuleFileError(file: file, line: 1, reason: "missing required column '\(name)'"))
        }
        guard problems.isEmpty else { throw RuleFileErrors(problems) }
        var rows: [Row] = []
        var line = 1
        var seen: [String: Int] = [:]
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var values: [String: String] = [:]
            for (name, value) in zip(header, fields) { values[name] = value.trimmingCharacters(in: .whitespaces) }
            do {
                let row = try parse(values, defaultSource: defaultSource)
                let key = "\(row.hs)@\(row.validFrom)"
                if let earlier = seen[key] {
                    throw TariffRowError("HS \(row.hs) from \(row.validFrom) is already given on line \(earlier)")
                }
                seen[key] = line
                rows.append(row)
            } catch let error as TariffRowError {
                problems.append(RuleFileError(file: file, line: line, reason: error.reason))
            } catch {
                problems.append(RuleFileError(file: file, line: line, reason: "\(error)"))
            }
        }
        guard problems.isEmpty else { throw RuleFileErrors(problems) }
        guard !rows.isEmpty else { throw RuleFileErrors([RuleFileError(file: file, line: 1, reason: "the file has no tariff rows")]) }
        return rows
    }

    private struct TariffRowError: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func parse(_ values: [String: String], defaultSource: String?) throws(TariffRowError) -> Row {
        let hs = values["hs"] ?? ""
        guard (2...10).contains(hs.count), hs.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw TariffRowError("hs '\(hs)' is not 2 to 10 digits")
        }
        let percentText = values["rate_percent"] ?? ""
        let rate: ExactDecimal
        if percentText.lowercased() == "free" {
            rate = .zero
        } else {
            do {
                let percent = try ExactDecimal(percentText.hasSuffix("%") ? String(percentText.dropLast()) : percentText)
                guard !percent.isNegative, percent <= ExactDecimal(100) else { throw TariffRowError("rate_percent must be 0 to 100") }
                rate = try percent.divided(by: ExactDecimal(100), scale: min(percent.scale + 2, ExactDecimal.maximumScale), rounding: .unnecessary)
            } catch let error as TariffRowError {
                throw error
            } catch {
                throw TariffRowError("rate_percent: \(error)")
            }
        }
        var specific: (amount: ExactDecimal, currency: String, per: String)?
        if let amountText = values["specific_amount"], !amountText.isEmpty {
            let currency = values["specific_currency"] ?? ""
            let per = values["specific_per"] ?? ""
            do {
                let amount = try ExactDecimal(amountText)
                _ = try Currency(currency)
                guard per == "kg" || per == "unit" else { throw TariffRowError("specific_per must be kg or unit, found '\(per)'") }
                specific = (amount, currency, per)
            } catch let error as TariffRowError {
                throw error
            } catch {
                throw TariffRowError("specific duty: \(error)")
            }
        }
        let validFrom: CalendarDate
        do { validFrom = try CalendarDate(values["valid_from"] ?? "") } catch { throw TariffRowError("valid_from: \(error)") }
        var validTo: CalendarDate?
        if let text = values["valid_to"], !text.isEmpty {
            do { validTo = try CalendarDate(text) } catch { throw TariffRowError("valid_to: \(error)") }
        }
        let source = (values["source"].flatMap { $0.isEmpty ? nil : $0 }) ?? defaultSource ?? ""
        guard source.hasPrefix("https://") || source.hasPrefix("http://") else {
            throw TariffRowError("no source URL: give a source column or --source")
        }
        return Row(hs: hs, description: values["description"] ?? "", rate: rate, specific: specific,
                   validFrom: validFrom, validTo: validTo, source: source)
    }

    /// The rows as a `meridian.duties/1` document for `destination`, checked on `asOf`.
    public static func yaml(_ rows: [Row], destination: String, asOf: CalendarDate) throws -> String {
        let prefix = destination.lowercased()
        var lines: [Node] = []
        for row in rows.sorted(by: { ($0.hs, $0.validFrom) < ($1.hs, $1.validFrom) }) {
            var pairs: [(Node, Node)] = [
                (Node("id"), Node("\(prefix)-duty-\(row.hs)-\(row.validFrom.year)")),
                (Node("hs"), Node(row.hs, Tag(.str), .doubleQuoted)),
                (Node("description"), Node(row.description)),
                (Node("rate"), Node(row.rate.normalized.description, Tag(.str), .doubleQuoted)),
            ]
            if let specific = row.specific {
                pairs.append((Node("specific"), Node([
                    (Node("amount"), Node(specific.amount.description, Tag(.str), .doubleQuoted)),
                    (Node("currency"), Node(specific.currency)),
                    (Node("per"), Node(specific.per)),
                ])))
            }
            pairs.append((Node("valid_from"), Node(row.validFrom.description)))
            if let to = row.validTo { pairs.append((Node("valid_to"), Node(to.description))) }
            pairs.append((Node("source"), Node(row.source)))
            pairs.append((Node("as_of"), Node(asOf.description)))
            lines.append(Node(pairs))
        }
        let root = Node([
            (Node("schema"), Node("meridian.duties/1")),
            (Node("destination"), Node(destination)),
            (Node("lines"), Node(lines)),
        ])
        return try Yams.serialize(node: root, sortKeys: false)
    }
}
