import ArgumentParser
import Foundation
import Localization
import MarketRules

/// `meridian locales …`: messages, plural rules and catalogs.
struct Locales: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locales",
        abstract: "Format ICU messages, show plural categories, and check the catalogs in locales/.",
        subcommands: [LocalesFormatMessage.self, LocalesPlural.self, LocalesCoverage.self, LocalesLint.self, LocalesExport.self,
                      LocalesImport.self]
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

/// The catalogs in `locales/`: the source (`en.xlf`) and the translations.
struct CatalogFiles {
    let directory: String
    let source: [String: String]
    let translations: [(locale: String, document: XLIFFDocument)]

    init(options: LocalesOptions) throws {
        directory = try RulesDirectory.locate(folder: "locales", variable: "MERIDIAN_LOCALES", option: "--locales",
                                              explicit: options.localesPath)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".xlf") }.sorted()
        var source: [String: String] = [:]
        var translations: [(locale: String, document: XLIFFDocument)] = []
        for name in names {
            let document = try XLIFFReader.read(path: (directory as NSString).appendingPathComponent(name))
            if let target = document.files.first?.targetLanguage {
                translations.append((target, document))
            } else {
                for unit in document.units { source[unit.key] = unit.source }
            }
        }
        guard !source.isEmpty else { throw CommandFailure("no source catalog (an .xlf without trgLang) in \(directory)") }
        self.source = source
        self.translations = translations
    }
}

/// `meridian locales coverage [--json]`.
struct LocalesCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Per locale: translated, missing, needing review, and placeholder mismatches."
    )

    @Flag(help: "Print JSON: {\"locales\": [...]}.")
    var json = false

    @OptionGroup var locales: LocalesOptions

    func run() throws {
        let files = try CatalogFiles(options: locales)
        let rows = files.translations.map { CatalogCoverage.measure($0.document, locale: $0.locale, source: files.source) }
        if json {
            try CommandOutput.json(["locales": rows])
            return
        }
        print("locale     total  translated  review  missing  mismatches")
        for row in rows {
            let cells = [row.locale.padding(toLength: 10, withPad: " ", startingAt: 0), String(row.total), String(row.translated),
                         String(row.needsReview), String(row.missing), String(row.placeholderMismatches)]
            print(cells[0] + " " + zip(cells.dropFirst(), [5, 11, 7, 8, 11]).map { String(repeating: " ", count: max(0, $1 - $0.count)) + $0 }
                .joined(separator: " "))
        }
    }
}

/// `meridian locales lint [FILE…]`.
struct LocalesLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check catalogs: syntax, placeholders that differ from the source, missing plural categories.",
        discussion: "Exit status: 0 clean, 1 problems found, 2 a catalog could not be read."
    )

    @Argument(help: "XLIFF catalogs to check (default: every translation in locales/).")
    var files: [String] = []

    @OptionGroup var locales: LocalesOptions

    func run() throws {
        let catalog = try CatalogFiles(options: locales)
        var documents: [(locale: String, document: XLIFFDocument)] = catalog.translations
        if !files.isEmpty {
            documents = []
            for file in files {
                let document = try XLIFFReader.read(path: file)
                guard let locale = document.files.first?.targetLanguage ?? document.files.first?.sourceLanguage else {
                    throw CommandFailure("\(file) names no language")
                }
                documents.append((locale, document))
            }
        }
        var problems: [CatalogProblem] = []
        for (locale, document) in documents {
            problems += CatalogLinter.lint(document, locale: locale, source: catalog.source)
        }
        for problem in problems { print(problem.description) }
        let errors = problems.filter { $0.severity == .error }.count
        if errors > 0 {
            CommandOutput.error("\(errors) error\(errors == 1 ? "" : "s") in \(documents.count) catalog\(documents.count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
    }
}

/// The formats `meridian locales export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case xliff2, po
}

/// `meridian locales export --locale de [--format xliff2|po]`.
struct LocalesExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export what a locale is missing or needs reviewed, ready for a translator (on stdout)."
    )

    @Option(help: "The BCP 47 locale to export, e.g. de.")
    var locale: String

    @Option(help: "The file format.")
    var format: ExportFormat = .xliff2

    @OptionGroup var locales: LocalesOptions

    func run() throws {
        let tag = try ResolvedLocale(locale).languageTag
        let files = try CatalogFiles(options: locales)
        let existing = files.translations.first { $0.locale == tag }?.document.units ?? []
        let byKey = Dictionary(existing.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let sourceDocument = try XLIFFReader.read(path: (files.directory as NSString).appendingPathComponent("en.xlf"))
        var units: [XLIFFWriter.Unit] = []
        for unit in sourceDocument.units {
            let current = byKey[unit.key]
            let complete = current?.target?.isEmpty == false && (current?.state ?? "final") == "final"
            if complete { continue }
            units.append(XLIFFWriter.Unit(id: unit.key, source: unit.source, target: current?.target,
                                          state: current?.target == nil ? "initial" : "translated", notes: unit.notes))
        }
        switch format {
        case .xliff2:
            print(try XLIFFWriter.document(sourceLanguage: "en", targetLanguage: tag, units: units), terminator: "")
        case .po:
            print(POWriter.document(language: tag, entries: units.map {
                POWriter.Entry(key: $0.id, source: $0.source, target: $0.target ?? "", fuzzy: $0.target != nil, notes: $0.notes)
            }), terminator: "")
        }
    }
}

/// `meridian locales import FILE`.
struct LocalesImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a translator's XLIFF or PO file into locales/ after checking it, and report what changed.",
        discussion: "Exit status: 0 all merged, 1 some translations refused (listed), 2 the file could not be read."
    )

    @Argument(help: "The translated file (.xlf/.xliff with trgLang, or .po with a Language header and msgctxt keys).")
    var file: String

    @OptionGroup var locales: LocalesOptions

    func run() throws {
        let files = try CatalogFiles(options: locales)
        var incoming: [(key: String, text: String, state: String)] = []
        var tag: String
        if file.hasSuffix(".po") {
            let po = try POReader.read(path: file)
            guard let language = po.header["Language"], !language.isEmpty else { throw CommandFailure("\(file) has no Language header") }
            tag = language.replacingOccurrences(of: "_", with: "-")
            for entry in po.entries where !entry.isObsolete {
                guard let key = entry.context, let text = entry.strings.first, !text.isEmpty else { continue }
                incoming.append((key, text, "translated"))
            }
        } else {
            let document = try XLIFFReader.read(path: file)
            guard let language = document.files.first?.targetLanguage else { throw CommandFailure("\(file) has no trgLang") }
            tag = language
            for unit in document.units {
                guard let text = unit.target, !text.isEmpty else { continue }
                incoming.append((unit.key, text, unit.state == "final" ? "final" : "translated"))
            }
        }
        tag = try ResolvedLocale(tag).languageTag
        let path = (files.directory as NSString).appendingPathComponent("\(tag).xlf")
        let current = files.translations.first { $0.locale == tag }?.document.units ?? []
        var merged = Dictionary(current.map { ($0.key, (text: $0.target ?? "", state: $0.state ?? "translated")) },
                                uniquingKeysWith: { first, _ in first })
        let sourceDocument = try XLIFFReader.read(path: (files.directory as NSString).appendingPathComponent("en.xlf"))
        let check = XLIFFDocument(version: "2.0", files: [XLIFFDocument.File(id: "import", original: nil, sourceLanguage: "en",
            targetLanguage: tag, units: incoming.enumerated().map { index, item in
                XLIFFDocument.Unit(id: item.key, name: nil, source: files.source[item.key] ?? "", target: item.text, state: item.state,
                                   notes: [], segments: [], line: index + 1)
            })], path: file)
        let refusedKeys = Set(CatalogLinter.lint(check, locale: tag, source: files.source).filter { $0.severity == .error }.map(\.key))
        var added = 0, changed = 0, unchanged = 0
        var refused: [String] = []
        for item in incoming {
            guard files.source[item.key] != nil else {
                refused.append("\(item.key): not a message of the source catalog")
                continue
            }
            if refusedKeys.contains(item.key) {
                let reasons = CatalogLinter.lint(check, locale: tag, source: files.source).filter { $0.key == item.key && $0.severity == .error }
                refused.append("\(item.key): " + reasons.map { (problem: CatalogProblem) in problem.message }.joined(separator: "; "))
                continue
            }
            if let old = merged[item.key] {
                if old.text == item.text && old.state == item.state { unchanged += 1 } else { changed += 1 }
            } else {
                added += 1
            }
            merged[item.key] = (item.text, item.state)
        }
        let units = sourceDocument.units.compactMap { unit -> XLIFFWriter.Unit? in
            guard let entry = merged[unit.key] else { return nil }
            return XLIFFWriter.Unit(id: unit.key, source: unit.source, target: entry.text, state: entry.state, notes: unit.notes)
        }
        try XLIFFWriter.document(sourceLanguage: "en", targetLanguage: tag, units: units).write(toFile: path, atomically: true, encoding: .utf8)
        print("\(path): \(added) added, \(changed) changed, \(unchanged) unchanged, \(refused.count) refused")
        for line in refused { print("  refused \(line)") }
        if !refused.isEmpty { throw ExitCode(1) }
    }
}
