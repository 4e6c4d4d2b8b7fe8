import Foundation
import TestSupport
import Testing

/// Money paths must never hold a binary float: this check reads the sources of the money, rules
/// and pricing targets and fails on any use of `Double`, `Float` or `CGFloat`.
@Suite("No binary floats in money paths")
struct NoBinaryFloatTests {
    static let moneyPathTargets = ["Money", "MarketRules", "Pricing"]

    @Test("money, rules and pricing sources mention no binary float type")
    func noFloats() throws {
        let forbidden = try Regex(#"\b(Double|Float|Float32|Float64|Float80|CGFloat)\b"#)
        var offenders: [String] = []
        var filesChecked = 0
        for target in Self.moneyPathTargets {
            let directory = SharedData.repositoryRoot.appendingPathComponent("Sources").appendingPathComponent(target)
            guard let files = FileManager.default.enumerator(atPath: directory.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let path = directory.appendingPathComponent(file).path
                let text = try String(contentsOfFile: path, encoding: .utf8)
                filesChecked += 1
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                    if code.contains(forbidden) { offenders.append("\(target)/\(file):\(number + 1): \(line)") }
                }
            }
        }
        #expect(filesChecked > 10, "the check must actually read the sources")
        #expect(offenders.isEmpty, "binary floats in money paths:\n\(offenders.joined(separator: "\n"))")
    }
}
