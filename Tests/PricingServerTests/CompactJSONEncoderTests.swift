import Foundation
import Localization
import MarketRules
import Money
import Pricing
@testable import PricingServer
import Testing

@Suite("CompactJSONEncoder")
struct CompactJSONEncoderTests {
    static let foundation: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    @Test("a quote encodes byte for byte as JSONEncoder with sorted keys writes it", arguments: QuoteRoutesTests.samples)
    func quotes(sample: String) throws {
        let snapshot = TestServer.shippedSnapshot
        let request = try QuoteRequest.decode(json: Data(try Samples.quote(sample).utf8))
        let quote = try LandedCostEngine.quote(request, rules: snapshot.rules)
        let tag = request.locale ?? snapshot.rules.market(request.country)?.locales.first ?? "en"
        let document = try QuoteDocument(quote, formatting: MoneyFormatting(locale: try ResolvedLocale(tag)), names: snapshot.catalogs)
        #expect(try CompactJSONEncoder.encode(document) == Array(Self.foundation.encode(document)))
    }

    @Test("listings and problems too")
    func listingsAndProblems() throws {
        let snapshot = TestServer.shippedSnapshot
        let listing = ListingsResponse(try ListingRequest.decode(json: Data(try Samples.text("docs/samples/listings/tee-six-markets.json").utf8)),
                                       builder: snapshot.listingBuilder, catalogs: snapshot.catalogs, messages: MessageFormatCache())
        #expect(try CompactJSONEncoder.encode(listing) == Array(Self.foundation.encode(listing)))
        let problem = ProblemError(.unprocessableContent, type: .rulesRejected, detail: "two \"quoted\"\nlines\t\u{1}",
                                   problems: ["a/b.yaml:1: x"]).body(requestID: "42")
        #expect(try CompactJSONEncoder.encode(problem) == Array(Self.foundation.encode(problem)))
    }

    struct Awkward: Encodable {
        let when: Date
        let ratio: Double
    }

    struct Nested: Encodable {
        enum CodingKeys: String, CodingKey { case outer }
        enum Inner: String, CodingKey { case b, a }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            var inner = container.nestedContainer(keyedBy: Inner.self, forKey: .outer)
            try inner.encode(1, forKey: .b)
            try inner.encode(JSONValue.array([.null, .bool(true), .integer(-3), .number(Decimal(string: "1.25")!)]), forKey: .a)
        }
    }

    @Test("values it does not stream are handed to JSONEncoder")
    func fallback() throws {
        let awkward = Awkward(when: Date(timeIntervalSince1970: 0), ratio: 0.5)
        #expect(try CompactJSONEncoder.encode(awkward) == Array(Self.foundation.encode(awkward)))
        #expect(try CompactJSONEncoder.encode(Nested()) == Array(Self.foundation.encode(Nested())))
        let values = JSONValue.object(["z": .string("ü/\\"), "a": .array([.integer(1), .number(Decimal(string: "2.5")!)])])
        #expect(try CompactJSONEncoder.encode(values) == Array(Self.foundation.encode(values)))
    }
}
