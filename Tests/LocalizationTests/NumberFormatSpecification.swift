import Localization

/// A reader for ICU's data-driven number-format test file: suites separated by blank lines,
/// each with `set field value` lines, a `begin` line, a tab-separated header, then one case per line.
struct NumberFormatSpecification {
    struct Case {
        let label: String
        let fields: [String: String]

        var expected: String { fields["output"] ?? "" }

        static let settable: Set<String> = [
            "locale", "pattern", "format", "output", "breaks", "currency", "minIntegerDigits", "maxIntegerDigits",
            "minFractionDigits", "maxFractionDigits", "roundingMode", "minGroupingDigits", "grouping", "grouping2",
        ]

        /// Formatting cases with only the fields the bridge supports, not marked as failing in ICU4C.
        var isSupported: Bool {
            guard fields["format"] != nil, fields["output"] != nil, fields["pattern"] != nil else { return false }
            guard fields.keys.allSatisfy(Self.settable.contains) else { return false }
            if let breaks = fields["breaks"], breaks.contains("C") { return false }
            return true
        }

        /// Formats the case; ICU errors read as "fail", as the spec writes them.
        func run() -> String {
            var attributes: [(PatternFormatter.Attribute, Int32)] = []
            let integerFields: [(String, PatternFormatter.Attribute)] = [
                ("minIntegerDigits", .minimumIntegerDigits), ("maxIntegerDigits", .maximumIntegerDigits),
                ("minFractionDigits", .minimumFractionDigits), ("maxFractionDigits", .maximumFractionDigits),
                ("minGroupingDigits", .minimumGroupingDigits), ("grouping", .groupingSize), ("grouping2", .secondaryGroupingSize),
            ]
            for (name, attribute) in integerFields {
                if let text = fields[name], let value = Int32(text) { attributes.append((attribute, value)) }
            }
            if let mode = fields["roundingMode"], let value = Self.roundingModes[mode] {
                attributes.append((.roundingMode, value))
            }
            let locale = fields["locale"] ?? "en"
            do {
                let formatter = try PatternFormatter(pattern: fields["pattern"]!, localeIdentifier: locale,
                                                     currency: fields["currency"], attributes: attributes)
                return try formatter.format(decimal: fields["format"]!)
            } catch {
                return "fail"
            }
        }

        /// ICU's UNumberFormatRoundingMode values.
        static let roundingModes: [String: Int32] = [
            "ceiling": 0, "floor": 1, "down": 2, "up": 3, "halfEven": 4, "halfDown": 5, "halfUp": 6, "unnecessary": 7,
        ]
    }

    let cases: [Case]

    init(text: String) throws {
        var cases: [Case] = []
        var suite = ""
        var settings: [String: String] = [:]
        var header: [String]?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            if line.hasPrefix("//") { continue }
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                header = nil
                settings = [:]
                continue
            }
            if line.hasPrefix("test ") {
                suite = String(line.dropFirst(5))
                settings = [:]
                header = nil
            } else if line.hasPrefix("set ") {
                let parts = line.dropFirst(4).split(separator: " ", maxSplits: 1)
                if parts.count == 2 { settings[String(parts[0])] = Self.unescape(String(parts[1])) }
            } else if line == "begin" {
                header = []
            } else if header?.isEmpty == true {
                header = line.split(separator: "\t").map(String.init)
            } else if let columns = header {
                var fields = settings
                let values = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unescape(String($0)) }
                for (column, value) in zip(columns, values) where !value.isEmpty || column == "output" {
                    fields[column] = value
                }
                cases.append(Case(label: "line \(index + 1) [\(suite)]", fields: fields))
            }
        }
        self.cases = cases
    }

    /// Decodes the spec's `\uXXXX` escapes.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\u") else { return text }
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "\\", scalars.count >= 6, scalars[scalars.startIndex + 1] == "u",
               let value = UInt32(String(String.UnicodeScalarView(scalars.dropFirst(2).prefix(4))), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst(6)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }
}

