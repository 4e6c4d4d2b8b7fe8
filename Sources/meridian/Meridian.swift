import ArgumentParser
import Foundation

/// The `meridian` command: localized landed-cost pricing for global catalogs.
///
/// Exit status: 0 success; 1 the command ran and found problems (for checks and lints);
/// 2 the command could not do its job (bad input, unknown code, unreadable file), with one line
/// on stderr saying why.
@main
struct Meridian: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meridian",
        abstract: "Localized landed-cost pricing: money, exchange rates and formatting per market.",
        discussion: """
        Exit status: 0 success, 1 problems found, 2 error (one line on stderr says why).
        """,
        subcommands: [QuoteCommand.self, ListingCommand.self, FeedCommand.self, PaymentMethodsCommand.self, FormatPrice.self, FX.self, Rules.self, Locales.self,
                      ServeCommand.self]
    )

    /// Runs the command, mapping every failure to exit status 2 and one line on stderr.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if command is ServeCommand { ServeCommand.prepareProcess() }
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let failure as CommandFailure {
            CommandOutput.error(failure.message)
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let domain = CommandFailure.describe(error) {
                CommandOutput.error(domain)
            } else {
                let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
                CommandOutput.error(message)
            }
            Foundation.exit(2)
        }
    }
}
