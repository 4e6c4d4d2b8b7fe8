import ArgumentParser
import Foundation
import Logging
import MarketRules
import NIOCore
import NIOPosix
import PricingServer
import ServiceLifecycle

/// `meridian serve`: the HTTP pricing API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the pricing API over HTTP: quotes, listings, markets and payment methods (docs/api.md).",
        discussion: """
        The rules, catalogs, product translations, shipping policy and API keys are loaded and validated
        before the server listens; a problem exits 2. SIGHUP, or POST /v1/admin/reload with
        Authorization: Bearer $MERIDIAN_ADMIN_TOKEN, loads them again and swaps them in only if they
        validate. SIGTERM or SIGINT stops accepting connections and finishes the requests in flight.
        One log line per request goes to stdout.
        """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one and logs it).")
    var port = 8080

    @OptionGroup var rules: RulesOptions
    @OptionGroup var locales: LocalesOptions

    @Option(help: "A directory of product translations for listings (XLIFF, PO or JSON).")
    var translations: String?

    @Option(help: "The seller's shipping policy for listings (meridian.shipping/1).")
    var shipping: String?

    @Option(name: .customLong("api-keys"), help: "A file of API keys, one per line ('#' starts a comment); without it the public routes are open.")
    var apiKeys: String?

    @Option(name: .customLong("cors-origin"), help: "A browser origin allowed by CORS, e.g. https://shop.example (repeatable).")
    var corsOrigins: [String] = []

    @Option(help: "The largest request body accepted, in bytes (larger ones answer 413).")
    var maxBodyBytes = 1_048_576

    @Option(help: "Seconds allowed to receive a request body (408 after); connections idle twice as long are closed.")
    var requestTimeout = 30

    @Option(help: "The lowest level logged: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    /// Runs Swift Concurrency's tasks on NIO's event loops, so a request is read, answered and written
    /// on one thread instead of hopping to the global pool and back (see docs/api.md, "Performance").
    /// Must run on the main thread before any task starts.
    static func prepareProcess() {
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be positive") }
        guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be positive") }
        for origin in corsOrigins where !(origin.hasPrefix("https://") || origin.hasPrefix("http://")) {
            throw ValidationError("--cors-origin '\(origin)' is not an origin such as https://shop.example")
        }
    }

    func run() async throws {
        let rulesDirectory = try RulesDirectory.locate(explicit: rules.rulesPath).path
        let localesDirectory = try RulesDirectory.locate(folder: "locales", variable: "MERIDIAN_LOCALES", option: "--locales",
                                                         explicit: locales.localesPath)
        let sources = SnapshotSources(rulesDirectory: rulesDirectory, localesDirectory: localesDirectory,
                                      translationsDirectory: translations, shippingFile: shipping, apiKeysFile: apiKeys)
        let snapshot: PricingSnapshot
        do { snapshot = try SnapshotLoader.load(sources) } catch {
            for problem in error.problems.dropFirst() { CommandOutput.error(problem) }
            throw CommandFailure(error.problems.count == 1 ? error.problems[0] : "\(error.problems.count) problems; first: \(error.problems[0])")
        }
        let token = ProcessInfo.processInfo.environment["MERIDIAN_ADMIN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        var logger = Logger(label: "meridian")
        logger.logLevel = logLevel
        let configuration = ServerConfiguration(
            host: host, port: port, sources: sources, corsOrigins: corsOrigins, maxBodyBytes: maxBodyBytes,
            requestTimeout: .seconds(requestTimeout), adminToken: token, reloadOnSIGHUP: true
        )
        let server = PricingServer(configuration: configuration, snapshot: snapshot, logger: logger) { [logger, host] port in
            logger.notice("listening", metadata: [
                "address": .string("http://\(host):\(port)"), "rules_version": .string(snapshot.version),
                "admin_reload": .string(token == nil ? "disabled" : "enabled"),
                "api_keys": .string(snapshot.apiKeys.map { "\($0.count)" } ?? "off"),
            ])
        }
        let group = ServiceGroup(configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
