import Foundation
import Localization
import TestSupport
import Testing

/// The OASIS XLIFF 2.0 test suite against ``XLIFF2Validator``: invalid documents refused with a
/// reason, valid and in-out documents loaded.
@Suite("XLIFF 2.0 validator")
struct XLIFF2ValidatorTests {
    static let suite = "translation/xliff2_oasis"

    static func read(_ relativePath: String) throws -> XLIFFDocument {
        try XLIFFReader.read(path: SharedData.url("\(suite)/\(relativePath)").path)
    }

    /// The reason the reader gives for refusing a document of the suite ("" when it loads).
    static func refusal(_ relativePath: String) -> String {
        do {
            _ = try read(relativePath)
            return ""
        } catch let error as CatalogError {
            return error.description.replacingOccurrences(of: SharedData.url(suite).path + "/", with: "")
        } catch {
            return "\(error)"
        }
    }

    @Test("every document in core_invalid and modules_invalid is refused", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func invalidDocumentsAreRefused() {
        let paths = OASISSuiteTests.files("core_invalid") + OASISSuiteTests.files("modules_invalid")
        #expect(paths.count == 83)
        var accepted: [String] = []
        for path in paths {
            if (try? XLIFFReader.read(path: path)) != nil { accepted.append((path as NSString).lastPathComponent) }
        }
        #expect(accepted == [], "\(accepted.count) of \(paths.count) accepted:\n\(accepted.joined(separator: "\n"))")
    }

    @Test("every document in core_in-out loads", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func inOutDocumentsLoad() {
        let paths = OASISSuiteTests.files("core_in-out")
        #expect(paths.count == 18)
        var refused: [String] = []
        for path in paths {
            do { _ = try XLIFFReader.read(path: path) } catch { refused.append("\(error)") }
        }
        #expect(refused == [], "\(refused.count) of \(paths.count) refused:\n\(refused.joined(separator: "\n"))")
    }

    @Test("refusals name the file, the line and what is wrong", .enabled(if: SharedData.shouldRun, SharedData.skipMessage),
          arguments: [
              ("core_invalid/bad_EcBeforeSc.xlf",
               "core_invalid/bad_EcBeforeSc.xlf:6: unit '1': <ec> with startRef '1' comes before its <sc> in the source"),
              ("core_invalid/bad_DuplicateNoteIdsInGroup.xlf",
               "core_invalid/bad_DuplicateNoteIdsInGroup.xlf:15: group 'g2': the note id 'n1' is already used on line 14; "
                   + "note ids must be unique in their <notes>"),
              ("core_invalid/bad_InvalidFragIdSyntax.xlf",
               "core_invalid/bad_InvalidFragIdSyntax.xlf:10: unit 'u1': <mrk> 'm1' is a comment annotation with ref '#n/n1', "
                   + "which is not a valid fragment identifier: nothing may follow 'n', which selects an element that holds no XLIFF elements"),
              ("core_invalid/bad_InvalidFragIdBadOrder.xlf",
               "core_invalid/bad_InvalidFragIdBadOrder.xlf:13: unit '1': <mrk> 'm1' has ref '#/u=u1/f=f1/gls=g1', which is not a valid "
                   + "fragment identifier: an absolute identifier must start with f=, not 'u=u1'"),
              ("core_invalid/bad_MissingIsolatedOnSc.xlf",
               "core_invalid/bad_MissingIsolatedOnSc.xlf:6: unit '1': <sc> '1' has no matching <ec> in the source of the unit; "
                   + "a start code whose end is outside the unit needs isolated='yes'"),
              ("core_invalid/bad_InvalidDataRef.xlf",
               "core_invalid/bad_InvalidDataRef.xlf:10: unit '1': <ph> '2' has dataRef 'bad', but <originalData> has no <data> with that id"),
              ("core_invalid/bad_InvalidXmlLangOnGroup.xlf",
               "core_invalid/bad_InvalidXmlLangOnGroup.xlf:7: unit '1': <source> inherits xml:lang 'ja' from an enclosing element, "
                   + "but the document's srcLang is 'en'"),
              ("core_invalid/bad_InvalidHexRangeOnCp.xlf",
               "core_invalid/bad_InvalidHexRangeOnCp.xlf:6: unit '1': <cp> has hex '00a0', but U+00A0 is allowed in XML and must be "
                   + "written as itself, not with <cp>"),
              ("core_invalid/bad_SubStateWithoutState.xlf",
               "core_invalid/bad_SubStateWithoutState.xlf:5: unit '1': <segment> has subState but no state; subState refines a state and needs it"),
              ("core_invalid/bad_InvalidNotesInUnit.xlf",
               "core_invalid/bad_InvalidNotesInUnit.xlf:8: unit '1': <notes> is not allowed here in <unit> '1' (expected: in order: "
                   + "any extension or module elements, an optional <notes>, an optional <originalData>, one or more <segment> or <ignorable>)"),
              ("modules_invalid/Bad-gls_glossEntry-w-o-translation-or-definition.xlf",
               "modules_invalid/Bad-gls_glossEntry-w-o-translation-or-definition.xlf:27: unit 'xmrk_000_concept': "
                   + "<gls:glossEntry id='ge2'> needs a <gls:translation> or a <gls:definition>"),
              ("modules_invalid/Bad-slr_sizeRestriction-patterns.xlf",
               "modules_invalid/Bad-slr_sizeRestriction-patterns.xlf:23: group 'g1': <group> 'g1' has slr:sizeRestriction 'ninety', "
                   + "which is not '*', an integer, 'min,max' or 'min,*'"),
          ])
    func refusalReasons(file: String, reason: String) {
        #expect(Self.refusal(file) == reason)
    }

    @Test("what `meridian locales export` writes passes the validator")
    func writerOutputIsValid() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let units = [
            XLIFFWriter.Unit(id: "cart.total", source: "Total: {amount}", target: "Summe: {amount}", state: "translated",
                             notes: ["Shown under the cart.", "Keep {amount}."]),
            XLIFFWriter.Unit(id: "cart.empty", source: "Your cart is empty", target: nil, state: "initial", notes: []),
            XLIFFWriter.Unit(id: "price.from", source: "from <b>{price}</b> & up", target: "ab {price}", state: "final", notes: []),
        ]
        let path = try directory.write("de.xlf", try XLIFFWriter.document(sourceLanguage: "en", targetLanguage: "de", units: units))
        try XLIFF2Validator.validate(path: path)
        #expect(try XLIFFReader.read(path: path).units.map(\.id) == ["cart.total", "cart.empty", "price.from"])
    }

    @Test("Meridian's source catalog passes the validator")
    func sourceCatalogIsValid() throws {
        try XLIFF2Validator.validate(path: SharedData.repositoryRoot.appendingPathComponent("locales/en.xlf").path)
    }

    @Test("an extension attribute on a code is refused, one on a unit is not")
    func extensionAttributes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        func document(_ unitAttributes: String, _ code: String) -> String {
            """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:my="urn:example:my" version="2.0" srcLang="en">
             <file id="f1"><unit id="u1"\(unitAttributes)><segment><source>a \(code) b</source></segment></unit></file>
            </xliff>
            """
        }
        try XLIFF2Validator.validate(path: try directory.write("ok.xlf", document(" my:note='x'", "<ph id='1'/>")))
        let bad = try directory.write("bad.xlf", document("", "<ph id='1' my:note='x'/>"))
        #expect(throws: CatalogError(file: "\(bad):2", reason: "unit 'u1': <ph> does not take the attribute my:note (inline codes take "
                                         + "only Format Style and Size Restriction attributes from other namespaces)")) {
            try XLIFF2Validator.validate(path: bad)
        }
    }

    @Test("a module's elements stand only where the module puts them")
    func modulePlacement() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("matches.xlf", """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
             version="2.0" srcLang="en" trgLang="de">
             <file id="f1">
              <mtc:matches><mtc:match ref="#s1"><source>a</source><target>b</target></mtc:match></mtc:matches>
              <unit id="u1"><segment id="s1"><source>a</source></segment></unit>
             </file>
            </xliff>
            """)
        #expect(throws: CatalogError(file: "\(path):4", reason: "file 'f1': <mtc:matches> may not stand in <file>: it belongs in <unit>")) {
            try XLIFF2Validator.validate(path: path)
        }
    }
}
