import ArgumentParser
import Localization
import MarketRules

/// `meridian fx …`: exchange rates.
struct FX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fx",
        abstract: "Convert amounts with dated exchange rates, and import the ECB's reference rates.",
        subcommands: [FXConvert.self, FXImport.self]
    )
}

/// The rules directory option shared by commands that read `tax-rules/`.
struct RulesOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "The rules directory (default: $MERIDIAN_RULES, ./tax-rules, or the one beside the executable).")
    var rulesPath: String?
}

/// The catalogs directory option shared by commands that show localized text.
struct LocalesOptions: ParsableArguments {
    @Option(name: .customLong("locales"), help: "The catalogs directory (default: $MERIDIAN_LOCALES, ./locales, or the one beside the executable).")
    var localesPath: String?

    /// The catalogs, or nil when no locales directory can be found.
    func catalogs() throws -> CatalogSet? {
        guard let path = try? RulesDirectory.locate(folder: "locales", variable: "MERIDIAN_LOCALES", option: "--locales",
                                                    explicit: localesPath) else {
            if localesPath != nil { throw CommandFailure("no such locales directory \(localesPath!)") }
            return nil
        }
        return try CatalogSet.load(directory: path)
    }
}
