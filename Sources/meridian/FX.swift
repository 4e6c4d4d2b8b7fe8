import ArgumentParser

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
