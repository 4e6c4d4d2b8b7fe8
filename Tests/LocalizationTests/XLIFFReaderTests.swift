import Foundation
import Localization
import TestSupport
import Testing

@Suite("XLIFF reader")
struct XLIFFReaderTests {
    static func read(_ name: String) throws -> XLIFFDocument {
        try XLIFFReader.read(path: SharedData.url("translation/xliff/\(name)").path)
    }

    /// Symfony's view of a document: each segment keyed by the unit's name or the segment's source.
    static func messages(_ document: XLIFFDocument) -> [String: String] {
        var result: [String: String] = [:]
        for unit in document.units {
            for segment in unit.segments {
                result[unit.name ?? segment.source] = segment.target ?? segment.source
            }
        }
        return result
    }

    @Test("Symfony's fixtures load as its XliffFileLoader tests expect", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func symfony() throws {
        let resources = Self.messages(try Self.read("symfony_resources.xlf"))
        #expect(resources["foo"] == "bar")
        #expect(resources["extra"] == "extra")
        #expect(resources["key"] == "")
        #expect(resources["test"] == "with")
        #expect(try Self.read("symfony_resources.xlf").units.first { $0.id == "5" }?.state == "needs-translation")
        let version2 = try Self.read("symfony_resources-2.0.xlf")
        #expect(Self.messages(version2).count == 3)
        #expect(Self.messages(version2)["foo"] == "XLIFF 文書を編集、または処理 するアプリケーションです。")
        let multiSegment = try Self.read("symfony_resources-2.0-multi-segment-unit.xlf")
        #expect(Self.messages(multiSegment) == ["foo": "foo (translated)", "bar": "bar (translated)"])
        #expect(multiSegment.units.first?.notes == ["true"])
        let multiFile = try Self.read("symfony_resources-multi-files.xlf")
        #expect(multiFile.files.count == 2)
        let resname = Self.messages(try Self.read("symfony_resname.xlf"))
        #expect(resname["foo"] == "bar")
        let notes = try Self.read("symfony_withnote.xlf")
        #expect(notes.units.first?.notes.isEmpty == false)
        #expect(throws: CatalogError.self) { try Self.read("symfony_empty.xlf") }
        #expect(throws: CatalogError.self) { try Self.read("symfony_invalid-xml-resources.xlf") }
    }

    @Test("Meridian's source catalog reads with every unit and note")
    func sourceCatalog() throws {
        let document = try XLIFFReader.read(path: SharedData.repositoryRoot.appendingPathComponent("locales/en.xlf").path)
        #expect(document.version == "2.0")
        #expect(document.units.count >= 30)
        #expect(document.units.allSatisfy { !$0.notes.isEmpty && !$0.source.isEmpty })
    }
}

/// The OASIS XLIFF 2.0 test suite: valid documents load.
@Suite("OASIS XLIFF 2.0 suite")
struct OASISSuiteTests {
    static func files(_ folder: String) -> [String] {
        let directory = SharedData.url("translation/xliff2_oasis/\(folder)").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".xlf") || $0.hasSuffix(".xliff") }.sorted().map { "\(directory)/\($0)" }
    }

    @Test("every document in core_valid and modules_valid loads", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func valid() throws {
        let paths = Self.files("core_valid") + Self.files("modules_valid")
        #expect(paths.count > 50)
        var refused: [String] = []
        for path in paths {
            do { _ = try XLIFFReader.read(path: path) } catch { refused.append("\(error)") }
        }
        #expect(refused == [], "\(refused.count) of \(paths.count) refused:\n\(refused.joined(separator: "\n"))")
    }
}
