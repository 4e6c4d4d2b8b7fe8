import Feeds
import Foundation
import TestSupport
import Testing
import XMLSupport

@Suite("Hardened stream reader")
struct XMLStreamReaderTests {
    static func billionLaughs() -> String {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return """
            <?xml version="1.0"?>
            <!DOCTYPE rss [\(entities)]>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>1</g:id><title>&lol9;</title></item>
            </channel></rss>
            """
    }

    @Test("a billion-laughs document is refused within a second")
    func billionLaughs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("laughs.xml", Self.billionLaughs())
        let clock = ContinuousClock()
        let start = clock.now
        let read = try FeedRead.of(path)
        #expect(clock.now - start < .seconds(1))
        #expect(read.products.isEmpty)
        guard case let .entityExpansion(file, _, reason)? = read.error else {
            Issue.record("expected an entity expansion error, got \(String(describing: read.error))")
            return
        }
        #expect(file == path)
        #expect(reason.contains("entity"))
    }

    @Test("entity references that libxml2 accepts are still bounded by the expansion budget")
    func quadraticBlowup() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let big = String(repeating: "x", count: 1000)
        let path = try directory.write("blowup.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY big "\(big)">]>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>1</g:id><title>\(String(repeating: "&big;", count: 200))</title></item>
            </channel></rss>
            """)
        var options = FeedOptions()
        options.xml.maximumEntityExpansionBytes = 50_000
        let read = try FeedRead.of(path, options: options)
        #expect(read.products.isEmpty)
        guard case let .entityExpansion(_, line, reason)? = read.error else {
            Issue.record("expected an entity expansion error, got \(String(describing: read.error))")
            return
        }
        #expect(line == 4)
        #expect(reason == "entity references expand to more than 50000 bytes of text")
        // Within the budget the entity's text is the field's text.
        let small = try directory.write("small.xml", """
            <!DOCTYPE rss [<!ENTITY brand "Acme &amp; Söhne">]>
            <rss xmlns:g="http://base.google.com/ns/1.0"><channel><item><g:id>2</g:id><g:brand>&brand; GmbH</g:brand></item></channel></rss>
            """)
        #expect(try FeedRead.of(small).products.first?.brand == "Acme & Söhne GmbH")
    }

    @Test("an external entity or DTD is never loaded")
    func externalEntities() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = try directory.write("secret.txt", "root:x:0:0:secret")
        let path = try directory.write("external.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file://\(secret)" [
              <!ENTITY x SYSTEM "file:///etc/passwd">
              <!ENTITY y SYSTEM "file://\(secret)">
            ]>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>1</g:id><title>before &x; &y; after</title><description>&y;</description></item>
            </channel></rss>
            """)
        let read = try FeedRead.of(path)
        #expect(read.error == nil)
        let product = try #require(read.products.first)
        let title = product.titles.first?.text ?? ""
        #expect(title == "before   after")
        #expect(!title.contains("root:"))
        #expect(product.descriptions.isEmpty)
    }

    @Test("an encoding override reads a Latin-1 feed that declares UTF-8")
    func encodingOverride() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("latin1.xml")
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ONIXMessage><Product><RecordReference>1</RecordReference><Contributor><PersonNameInverted>K".utf8)
        bytes.append(0xFC)  // ü in ISO-8859-1, not UTF-8
        bytes += Array("ng, Hans</PersonNameInverted></Contributor></Product></ONIXMessage>".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let wrong = try FeedRead.of(path)
        guard case .malformedDocument? = wrong.error else {
            Issue.record("expected the declared UTF-8 to fail, got \(String(describing: wrong.error))")
            return
        }
        var options = FeedOptions()
        options.xml.encoding = "ISO-8859-1"
        let read = try FeedRead.of(path, options: options)
        #expect(read.error == nil)
        #expect(read.products.first?.authors == ["Küng, Hans"])
        var unknown = FeedOptions()
        unknown.xml.encoding = "EBCDIC-NOPE"
        #expect(throws: FeedError.cannotOpen(file: path, reason: "libxml2 has no decoder for the encoding 'EBCDIC-NOPE'")) {
            try FeedReader(path: path, options: unknown)
        }
    }

    @Test("a text node over the configured size ends the read with a clear error")
    func textNodeLimit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("long.xml", """
            <rss xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>1</g:id><title>short</title></item>
            <item><g:id>2</g:id><description>\(String(repeating: "a", count: 5000))</description></item>
            </channel></rss>
            """)
        var options = FeedOptions()
        options.xml.maximumTextBytes = 4096
        let read = try FeedRead.of(path, options: options)
        #expect(read.products.map(\.id) == ["1"])
        #expect(read.error == .textTooLarge(file: path, line: 3, reason: "a text node of 5000 bytes is longer than the limit of 4096 bytes"))
        #expect(try FeedRead.of(path).products.count == 2)
    }
}
