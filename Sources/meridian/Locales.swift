import ArgumentParser
import Foundation
import Localization

/// `meridian locales …`: messages, plural rules and catalogs.
struct Locales: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locales",
        abstract: "Format ICU messages, show plural categories, and check the catalogs in locales/.",
        subcommands: [LocalesFormatMessage.self, LocalesPlural.self]
    )
}

/// `meridian locales format-message --locale ru --pattern '{n, plural, …}' --args '{"n": 5}'`.
struct LocalesFormatMessage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format-message",
        abstract: "Format an ICU MessageFormat pattern with JSON arguments.",
        discussion: """
        JSON numbers are numbers, strings are strings, and ISO 8601 strings (2026-11-24 or
        2026-11-24T10:00:00Z) are dates for date and time arguments.
        """
    )

    @Option(help: "The BCP 47 locale, e.g. ru.")
    var locale: String

    @Option(help: "The ICU MessageFormat pattern.")
    var pattern: String

    @Option(help: "The arguments as a JSON object, e.g. '{\"n\": 5}'.")
    var args: String = "{}"

    func run() throws {
        let resolved = try ResolvedLocale(locale)
        guard let object = try? JSONSerialization.jsonObject(with: Data(args.utf8)) as? [String: Any] else {
            throw CommandFailure("--args must be a JSON object such as '{\"n\": 5}'")
        }
        var arguments: [String: MessageArgument] = [:]
        for (name, value) in object {
            arguments[name] = try Self.argument(value, name: name)
        }
        print(try MessageFormatter(pattern: pattern, locale: resolved).format(arguments))
    }

    static func argument(_ value: Any, name: String) throws -> MessageArgument {
        if type(of: value) == Bool.self { return .string(String(describing: value)) }
        if let number = value as? NSNumber { return .number(number.stringValue) }
        if let text = value as? String {
            if let date = isoDate(text) { return .date(millisecondsSinceEpoch: date) }
            return .string(text)
        }
        throw CommandFailure("the argument '\(name)' must be a number or a string")
    }

    /// Milliseconds since the epoch for `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time.
    static func isoDate(_ text: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        if text.count == 10 {
            formatter.formatOptions = [.withFullDate]
        } else if text.contains(".") {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        }
        guard text.count >= 10, text.first?.isNumber == true, let date = formatter.date(from: text) else { return nil }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}

/// `meridian locales plural --locale ar 11 [--ordinal]`.
struct LocalesPlural: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plural",
        abstract: "Print the CLDR plural category of a number in a locale (one, few, many, …)."
    )

    @Option(help: "The BCP 47 locale, e.g. ar.")
    var locale: String

    @Argument(help: "The number as written, e.g. 11 or 1.0 (visible fraction digits count).")
    var number: String

    @Flag(help: "Use ordinal rules (1st, 2nd, 3rd) instead of cardinal ones.")
    var ordinal = false

    func run() throws {
        let resolved = try ResolvedLocale(locale)
        _ = try ExactDecimalText.validate(number)
        print(try PluralRules.category(of: number, locale: resolved.icuIdentifier, ordinal: ordinal))
    }
}

/// Plain decimal validation for command-line numbers.
enum ExactDecimalText {
    static func validate(_ text: String) throws -> String {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              text.filter({ $0 == "." }).count <= 1 else {
            throw CommandFailure("'\(text)' is not a plain decimal number such as 11 or 1.5")
        }
        return text
    }
}
