import ArgumentParser
import Foundation
import MarketRules

/// `meridian rules check [--rules DIR] [--json]`.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate every rule file, reporting all problems at once.",
        discussion: """
        On success prints the rule-set version (a hash of the files) and a summary, and exits 0.
        Otherwise prints one line per problem (file:line:column: reason) and exits 1.
        """
    )

    @OptionGroup var rules: RulesOptions

    @Flag(help: "Print JSON: {\"version\", \"summary\"} or {\"problems\": [...]}.")
    var json = false

    func run() throws {
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleSetLoader.load(directory: directory.path)
        } catch {
            try report(error, directory: directory.path)
            throw ExitCode(1)
        }
        if json {
            try CommandOutput.json(CheckOutput(version: ruleSet.version, summary: ruleSet.summary))
        } else {
            let s = ruleSet.summary
            print("rules \(ruleSet.version) in \(directory.path): OK")
            print("  \(s.markets) markets, \(s.regions) regions, \(s.taxRates) tax rates, \(s.thresholds) de minimis thresholds,")
            print("  \(s.regimes) regimes, \(s.fees) fees, \(s.dutyLines) duty lines, \(s.additionalDuties) additional duties,")
            print("  \(s.exchangeRates) exchange rates, \(s.paymentMethods) payment methods, \(s.files) files")
        }
    }

    private func report(_ error: RuleFileErrors, directory: String) throws {
        if json {
            try CommandOutput.json(ProblemsOutput(problems: error.errors.map {
                ProblemsOutput.Problem(file: $0.file, line: $0.line, column: $0.column, reason: $0.reason)
            }))
        } else {
            for problem in error.errors { print(problem.description) }
        }
        CommandOutput.error("\(error.errors.count) problem\(error.errors.count == 1 ? "" : "s") in \(directory)")
    }
}

/// The JSON shape of a successful check.
struct CheckOutput: Encodable {
    let version: String
    let summary: RuleSet.Summary
}

/// The JSON shape of a failed check.
struct ProblemsOutput: Encodable {
    struct Problem: Encodable {
        let file: String
        let line: Int
        let column: Int
        let reason: String
    }

    let problems: [Problem]
}
