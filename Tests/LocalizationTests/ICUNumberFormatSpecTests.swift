import Localization
import TestSupport
import Testing

/// Runs the formatting cases of ICU's data-driven number-format specification
/// (`../shared/data/formatting/icu_number_format/numberformattestspecification.txt`, the copy
/// shipped with ICU 78's conformance data) through Meridian's ICU bridge.
///
/// Supported: sections that format with a pattern, a locale, a currency and the digit,
/// grouping and rounding-mode setters. Parsing cases, padding, affix setters and other setters
/// are outside what Meridian's bridge exposes and are counted as skipped; so are lines whose
/// `breaks` column names C (ICU4C is known to fail them).
@Suite("ICU number-format specification")
struct ICUNumberFormatSpecTests {
    static let path = "formatting/icu_number_format/numberformattestspecification.txt"

    @Test("every supported formatting case gives ICU's expected output",
          .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func specification() throws {
        let spec = try NumberFormatSpecification(text: try SharedData.text(Self.path))
        var passed = 0
        var mismatches: [String] = []
        for testCase in spec.cases where testCase.isSupported {
            let actual = testCase.run()
            if actual == testCase.expected {
                passed += 1
            } else {
                mismatches.append("\(testCase.label): expected \(testCase.expected.debugDescription), got \(actual.debugDescription)")
            }
        }
        #expect(passed >= 220, "at least 220 specification cases must run and pass; \(passed) did")
        #expect(mismatches.isEmpty, "\(mismatches.count) cases differ:\n\(mismatches.joined(separator: "\n"))")
    }
}
