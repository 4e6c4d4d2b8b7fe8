import ArgumentParser
import Foundation
import MarketRules
import Money

/// `meridian rules import-tariff FILE.csv --destination GB --as-of 2026-11-24`.
struct RulesImportTariff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-tariff",
        abstract: "Import a national tariff from CSV into tax-rules/duties/<DEST>.yaml.",
        discussion: """
        Columns (header row required): hs, rate_percent (or 'free'), valid_from; optional
        description, specific_amount, specific_currency, specific_per (kg|unit), valid_to, source.
        Every bad row is reported with its line; nothing is written unless all rows are good and the
        whole rules directory still validates with the new file.
        """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The destination: a market's country code or a customs union id (EU).")
    var destination: String

    @Option(help: "The date the figures were checked against their source (YYYY-MM-DD).")
    var asOf: String

    @Option(help: "The source URL for rows without a source column.")
    var source: String?

    @Flag(help: "Replace an existing schedule for the destination.")
    var replace = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let asOfDate = try Parse.date(asOf)
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("cannot read \(file) as UTF-8 text")
        }
        let rows = try TariffCSV.read(text, file: file, defaultSource: source)
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let dutiesPath = (directory.path as NSString).appendingPathComponent("duties")
        try FileManager.default.createDirectory(atPath: dutiesPath, withIntermediateDirectories: true)
        let target = (dutiesPath as NSString).appendingPathComponent("\(destination).yaml")
        let previous = try? String(contentsOfFile: target, encoding: .utf8)
        if previous != nil && !replace {
            throw CommandFailure("\(target) exists; pass --replace to overwrite it")
        }
        try TariffCSV.yaml(rows, destination: destination, asOf: asOfDate).write(toFile: target, atomically: true, encoding: .utf8)
        do {
            let ruleSet = try RuleSetLoader.load(directory: directory.path)
            try CommandOutput.json(["file": target, "lines": "\(rows.count)", "rules_version": ruleSet.version])
        } catch {
            if let previous {
                try previous.write(toFile: target, atomically: true, encoding: .utf8)
            } else {
                try? FileManager.default.removeItem(atPath: target)
            }
            throw error
        }
    }
}
