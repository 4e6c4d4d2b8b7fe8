import ArgumentParser
import Foundation
import MarketRules
import Money

/// `meridian fx import eurofxref-daily.xml`.
struct FXImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the ECB's euro reference rates (eurofxref-daily.xml or eurofxref-hist.xml) into tax-rules/fx/.",
        discussion: """
        Writes tax-rules/fx/ecb-<last date>.yaml (ecb-<first>-<last>.yaml for several days), then
        reloads every snapshot to check that no day and pair disagrees with another file.
        """
    )

    @Argument(help: "The ECB XML file.")
    var file: String

    @Option(help: "The URL the file was downloaded from, recorded as the rates' source.")
    var source: String = ECBReferenceRates.dailySource

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let snapshot = try ECBReferenceRates.read(path: file, source: source)
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        try FileManager.default.createDirectory(atPath: directory.fxPath, withIntermediateDirectories: true)
        let first = snapshot.days.first!.date
        let last = snapshot.days.last!.date
        let name = first == last ? "ecb-\(last).yaml" : "ecb-\(first)-\(last).yaml"
        let path = (directory.fxPath as NSString).appendingPathComponent(name)
        let previous = try? String(contentsOfFile: path, encoding: .utf8)
        try snapshot.yaml().write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try FXRateStore.load(directory: directory.fxPath)
        } catch {
            // Leave the directory as it was: restore what the file held, or remove the new file.
            if let previous {
                try previous.write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
            throw error
        }
        let codes = Set(snapshot.days.flatMap { $0.rates.map(\.code) }).sorted()
        try CommandOutput.json(ImportOutput(file: path, days: snapshot.days.count, rates: snapshot.rateCount,
                                            firstDate: first.description, lastDate: last.description,
                                            base: snapshot.base.code, currencies: codes))
    }
}

/// The JSON shape of `fx import`.
struct ImportOutput: Encodable {
    let file: String
    let days: Int
    let rates: Int
    let firstDate: String
    let lastDate: String
    let base: String
    let currencies: [String]

    enum CodingKeys: String, CodingKey {
        case file, days, rates, base, currencies
        case firstDate = "first_date"
        case lastDate = "last_date"
    }
}
