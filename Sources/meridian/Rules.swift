import ArgumentParser

/// `meridian rules …`: the rule files in `tax-rules/`.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate the market rules in tax-rules/.",
        subcommands: [RulesCheck.self, RulesImportTariff.self]
    )
}
