import Foundation
import Money

/// Loads every exchange-rate snapshot in `tax-rules/fx/` and merges them into one rate table.
public struct FXRateStore: Sendable {
    /// The snapshots, by file path, in path order.
    public let snapshots: [(path: String, snapshot: FXSnapshot)]
    /// All their rates in one table.
    public let table: RateTable

    /// Loads `directory/*.yaml`.
    /// - Throws: ``RuleFileErrors`` listing every problem: unreadable files, schema errors, and a
    ///   pair published with two different rates for one day in two files.
    public static func load(directory: String) throws(RuleFileErrors) -> FXRateStore {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            throw RuleFileErrors([RuleFileError(file: directory, line: 0, reason: "cannot list the directory")])
        }
        var errors: [RuleFileError] = []
        var snapshots: [(path: String, snapshot: FXSnapshot)] = []
        var rates: [ExchangeRate] = []
        var seen: [String: (rate: ExactDecimal, file: String)] = [:]
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw RuleFileError(file: path, line: 0, reason: "cannot read the file as UTF-8")
                }
                let snapshot = try FXSnapshot.parse(yaml: text, file: path)
                for rate in try snapshot.exchangeRates() {
                    let key = "\(rate.base.code)/\(rate.quote.code)@\(rate.date)"
                    if let earlier = seen[key], earlier.rate != rate.rate {
                        throw RuleFileError(file: path, line: 0,
                                            reason: "\(key) is \(rate.rate) here but \(earlier.rate) in \(earlier.file)")
                    }
                    seen[key] = (rate.rate, path)
                    rates.append(rate)
                }
                snapshots.append((path, snapshot))
            } catch let error as RuleFileError {
                errors.append(error)
            } catch {
                errors.append(RuleFileError(file: path, line: 0, reason: "\(error)"))
            }
        }
        guard errors.isEmpty else { throw RuleFileErrors(errors) }
        return FXRateStore(snapshots: snapshots, table: RateTable(rates: rates))
    }
}
