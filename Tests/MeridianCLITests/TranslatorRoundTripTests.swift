import Foundation
import TestSupport
import Testing

@Suite("Translator round trip")
struct TranslatorRoundTripTests {
    @Test("export for a translator, import what comes back, refuse a broken placeholder, report coverage")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let locales = directory.url.appendingPathComponent("locales").path
        try FileManager.default.createDirectory(atPath: locales, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SharedData.repositoryRoot.appendingPathComponent("locales/en.xlf").path,
                                         toPath: locales + "/en.xlf")
        let exported = try CLIRunner.run(["locales", "export", "--locale", "ru", "--format", "po", "--locales", locales])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("msgctxt \"availability.in_stock\"\nmsgid \"In stock\"\nmsgstr \"\""))
        var translated = exported.stdout
        translated = translated.replacingOccurrences(of: "msgid \"In stock\"\nmsgstr \"\"", with: "msgid \"In stock\"\nmsgstr \"В наличии\"")
        translated = translated.replacingOccurrences(of: "msgid \"Shipping: {price}\"\nmsgstr \"\"",
                                                     with: "msgid \"Shipping: {price}\"\nmsgstr \"Доставка: {cost}\"")
        translated = translated.replacingOccurrences(of: "msgid \"{count, plural, one{# item} other{# items}}\"\nmsgstr \"\"",
                                                     with: "msgid \"{count, plural, one{# item} other{# items}}\"\nmsgstr \"{count, plural, one{# товар} other{# товара}}\"")
        let path = try directory.write("ru.po", translated)
        let imported = try CLIRunner.run(["locales", "import", path, "--locales", locales])
        #expect(imported.status == 1)
        #expect(imported.stdout.contains("1 added, 0 changed, 0 unchanged, 2 refused"))
        #expect(imported.stdout.contains("refused shipping.cost: placeholders differ from the source: missing {price}; not in the source {cost}"))
        #expect(imported.stdout.contains("refused cart.items: {count, plural} lacks the categories ru needs: few, many"))
        let coverage = try CLIRunner.run(["locales", "coverage", "--json", "--locales", locales])
        let json = try JSONSerialization.jsonObject(with: Data(coverage.stdout.utf8)) as? [String: [[String: Any]]]
        let ru = json?["locales"]?.first
        #expect(ru?["locale"] as? String == "ru")
        #expect(ru?["translated"] as? Int == 0)
        #expect(ru?["needs_review"] as? Int == 1)
        let lint = try CLIRunner.run(["locales", "lint", "--locales", locales])
        #expect(lint.status == 0, "\(lint.stdout)")
    }
}
