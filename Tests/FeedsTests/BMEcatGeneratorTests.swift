import Feeds
import Foundation
import Money
import TestSupport
import Testing

@Suite("BMEcat generator")
struct BMEcatGeneratorTests {
    @Test("the same seed writes the same bytes; another seed does not")
    func deterministic() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try BMEcatGenerator(seed: 7).write(products: 50, to: directory.path("a.xml"))
        try BMEcatGenerator(seed: 7).write(products: 50, to: directory.path("b.xml"))
        try BMEcatGenerator(seed: 8).write(products: 50, to: directory.path("c.xml"))
        let first = try Data(contentsOf: directory.url.appendingPathComponent("a.xml"))
        #expect(first == (try Data(contentsOf: directory.url.appendingPathComponent("b.xml"))))
        #expect(first != (try Data(contentsOf: directory.url.appendingPathComponent("c.xml"))))
    }

    @Test("a generated catalog reads back, rejects placed where asked, lines right past 65,535")
    func readsBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("big.xml")
        try BMEcatGenerator(seed: 42, rejectEvery: 1000).write(products: 2000, to: path)
        let read = try FeedRead.of(path)
        #expect(read.error == nil)
        #expect(read.products.count == 1998)
        #expect(read.rejects.map(\.recordID) == ["P999", "P1999"])
        // The record starts one line above its SUPPLIER_PID, wherever that is in the file.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = ["P999", "P1999"].map { id in lines.firstIndex { $0.contains("<SUPPLIER_PID>\(id)<") }! }
        #expect(expected.last! > 65_535)
        #expect(read.rejects.map(\.line) == expected)
        #expect(read.rejects.allSatisfy { $0.column == 5 })
        let product = try #require(read.products.first)
        #expect(product.titles.entries.map(\.language) == ["de", "en"])
        #expect(product.gtin != nil)
        #expect(product.price?.currency.code == "EUR")
        #expect(product.features.count == 3)
        #expect(product.source?.line == 15)
    }
}
