import Crypto
import Foundation
import Money

/// Loads and validates a `tax-rules/` directory into a ``RuleSet``.
///
/// Every file is read and every problem is collected, so one run reports all of them, each with
/// its file, line and reason.
public enum RuleSetLoader {
    /// Loads `directory`. - Throws: ``RuleFileErrors`` listing every problem found.
    public static func load(directory: String) throws(RuleFileErrors) -> RuleSet {
        let diagnostics = Diagnostics()
        let decoder = RuleDecoder(diagnostics: diagnostics)
        var contents: [(path: String, data: Data)] = []

        func documents(_ folder: String) -> [(name: String, root: YAMLValue)] {
            let path = (directory as NSString).appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
            var result: [(name: String, root: YAMLValue)] = []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let file = (path as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.record(RuleFileError(file: file, line: 0, reason: "cannot read the file as UTF-8"))
                    continue
                }
                contents.append(("\(folder)/\(name)", data))
                do {
                    result.append((String(name.dropLast(5)), try YAMLValue.document(text, file: file)))
                } catch {
                    diagnostics.record(error)
                }
            }
            return result
        }

        var markets: [String: Market] = [:]
        for (name, root) in documents("markets") {
            do { markets[name] = try decoder.market(root, expectedCountry: name) } catch { diagnostics.record(error) }
        }
        var unions: [String: CustomsUnion] = [:]
        for (name, root) in documents("unions") {
            do { unions[name] = try decoder.union(root, id: name) } catch { diagnostics.record(error) }
        }
        var schedules: [String: DutySchedule] = [:]
        for (name, root) in documents("duties") {
            do { schedules[name] = try decoder.dutySchedule(root, destination: name) } catch { diagnostics.record(error) }
        }
        var paymentMethods = PaymentMethodTable.empty
        let paymentPath = (directory as NSString).appendingPathComponent("payment-methods.yaml")
        if let data = FileManager.default.contents(atPath: paymentPath) {
            contents.append(("payment-methods.yaml", data))
            if let text = String(data: data, encoding: .utf8) {
                do {
                    paymentMethods = try decoder.paymentMethods(YAMLValue.document(text, file: paymentPath))
                } catch {
                    diagnostics.record(error)
                }
            } else {
                diagnostics.record(RuleFileError(file: paymentPath, line: 0, reason: "cannot read the file as UTF-8"))
            }
        }
        var categories = CategoryByHSCode.empty
        let categoriesPath = (directory as NSString).appendingPathComponent("hs-categories.yaml")
        if let data = FileManager.default.contents(atPath: categoriesPath) {
            contents.append(("hs-categories.yaml", data))
            if let text = String(data: data, encoding: .utf8) {
                do {
                    categories = try decoder.categoriesByHS(YAMLValue.document(text, file: categoriesPath))
                } catch {
                    diagnostics.record(error)
                }
            } else {
                diagnostics.record(RuleFileError(file: categoriesPath, line: 0, reason: "cannot read the file as UTF-8"))
            }
        }
        var rates = RateTable(rates: [])
        var rateCount = 0
        let fxPath = (directory as NSString).appendingPathComponent("fx")
        if FileManager.default.fileExists(atPath: fxPath) {
            do {
                let store = try FXRateStore.load(directory: fxPath)
                rates = store.table
                rateCount = store.snapshots.reduce(0) { $0 + $1.snapshot.rateCount }
                for (path, _) in store.snapshots {
                    if let data = FileManager.default.contents(atPath: path) {
                        contents.append(("fx/\((path as NSString).lastPathComponent)", data))
                    }
                }
            } catch {
                for problem in error.errors { diagnostics.record(problem) }
            }
        }

        RuleSetValidator(diagnostics: diagnostics).validate(markets: markets, unions: unions, schedules: schedules)
        if markets.isEmpty && diagnostics.errors.isEmpty {
            diagnostics.record(RuleFileError(file: (directory as NSString).appendingPathComponent("markets"), line: 0,
                                             reason: "no market files found"))
        }
        guard diagnostics.errors.isEmpty else {
            throw RuleFileErrors(diagnostics.errors.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) })
        }

        let allMarkets = Array(markets.values)
        let allUnions = Array(unions.values)
        let taxes = allMarkets.flatMap { $0.taxes + $0.regions.flatMap(\.taxes) }
        let summary = RuleSet.Summary(
            markets: markets.count,
            regions: allMarkets.reduce(0) { $0 + $1.regions.count },
            taxRates: taxes.reduce(0) { $0 + $1.rates.count },
            thresholds: allMarkets.reduce(0) { $0 + $1.dutyDeMinimis.count + $1.taxDeMinimis.count }
                + allUnions.reduce(0) { $0 + $1.dutyDeMinimis.count + $1.taxDeMinimis.count },
            regimes: allMarkets.reduce(0) { $0 + $1.lowValueRegimes.count + $1.simplifiedDutyRegimes.count }
                + allUnions.reduce(0) { $0 + $1.lowValueRegimes.count + $1.simplifiedDutyRegimes.count },
            fees: allMarkets.reduce(0) { $0 + $1.fees.count } + allUnions.reduce(0) { $0 + $1.fees.count },
            dutyLines: schedules.values.reduce(0) { $0 + $1.lines.count },
            additionalDuties: schedules.values.reduce(0) { $0 + $1.additionalDuties.count },
            exchangeRates: rateCount,
            paymentMethods: paymentMethods.methods.count,
            files: contents.count)
        return RuleSet(version: version(of: contents), markets: markets, unions: unions, dutySchedules: schedules,
                       exchangeRates: rates, paymentMethods: paymentMethods, categoriesByHS: categories, summary: summary)
    }

    /// `sha256:` and the first 16 hex digits of the SHA-256 of every file's relative path and bytes.
    static func version(of contents: [(path: String, data: Data)]) -> String {
        var hasher = SHA256()
        for (path, data) in contents.sorted(by: { $0.path < $1.path }) {
            hasher.update(data: Data(path.utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: Data(String(data.count).utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: data)
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return "sha256:" + digest.prefix(16)
    }
}
