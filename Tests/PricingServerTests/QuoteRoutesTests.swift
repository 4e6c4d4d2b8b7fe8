import Foundation
import Localization
import Pricing
import PricingServer
import Testing

@Suite("POST /v1/quotes and /v1/quotes/batch")
struct QuoteRoutesTests {
    static let samples = ["br-remessa-conforme", "ca-alberta-tshirts", "de-ioss-books-and-tee", "no-building-materials-dap",
                          "us-california-headphones"]

    /// The body `meridian quote --request FILE` prints, built the way QuoteCommand builds it.
    static func cliDocument(_ body: String) throws -> Data {
        let snapshot = TestServer.shippedSnapshot
        let request = try QuoteRequest.decode(json: Data(body.utf8))
        let quote = try LandedCostEngine.quote(request, rules: snapshot.rules)
        let tag = request.locale ?? snapshot.rules.market(request.country)?.locales.first ?? "en"
        let document = try QuoteDocument(quote, formatting: MoneyFormatting(locale: try ResolvedLocale(tag)), names: snapshot.catalogs)
        return try JSONComparison.cliJSON(document)
    }

    @Test("a quote is the document meridian quote prints", arguments: samples)
    func quoteMatchesCLI(sample: String) async throws {
        let body = try Samples.quote(sample)
        let expected = try Self.cliDocument(body)
        try await TestServer.with { server in
            let response = try await server.post("/v1/quotes", body)
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/json")
            #expect(try JSONComparison.same(response.body, expected))
            #expect(try response.json()["rules_version"] as? String == response.header("Meridian-Rules-Version"))
        }
    }

    @Test("the same quote twice gives the same bytes (pooled formatters keep no state between requests)")
    func pooledFormattingIsStateless() async throws {
        try await TestServer.with { server in
            let first = try await server.post("/v1/quotes", Samples.threeItemCart)
            let second = try await server.post("/v1/quotes", Samples.threeItemCart)
            let other = try await server.post("/v1/quotes", try Samples.quote("us-california-headphones"))
            let third = try await server.post("/v1/quotes", Samples.threeItemCart)
            #expect(first.status == 200 && other.status == 200)
            #expect(first.body == second.body && second.body == third.body)
        }
    }

    @Test("a batch answers each request on its own, errors with their path under requests[i]")
    func batchMixesQuotesAndProblems() async throws {
        let good = try Samples.quote("de-ioss-books-and-tee")
        let unknownCountry = good.replacingOccurrences(of: #""country": "DE""#, with: #""country": "ZZ""#)
        let badHS = good.replacingOccurrences(of: #""hs_code": "490199""#, with: #""hs_code": "49x""#)
        try await TestServer.with { server in
            let response = try await server.post("/v1/quotes/batch", #"{"requests": [\#(good), \#(unknownCountry), \#(badHS), 7]}"#)
            #expect(response.status == 200)
            let results = try #require(try response.json()["results"] as? [[String: Any]])
            #expect(results.count == 4)
            #expect(try JSONComparison.same(JSONSerialization.data(withJSONObject: results[0]["quote"] as Any), Self.cliDocument(good)))
            let country = try #require(results[1]["error"] as? [String: Any])
            #expect(country["status"] as? Int == 422)
            #expect(country["type"] as? String == "urn:problem-type:meridian:unknown-country")
            #expect(country["path"] as? String == "requests[1].destination.country")
            let hs = try #require(results[2]["error"] as? [String: Any])
            #expect(hs["status"] as? Int == 422)
            #expect((hs["path"] as? String)?.hasPrefix("requests[2].items[1].hs_code") == true)
            let notObject = try #require(results[3]["error"] as? [String: Any])
            #expect(notObject["status"] as? Int == 422)
            #expect(notObject["path"] as? String == "requests[3]")
        }
    }

    @Test("a batch envelope that is wrong is a problem for the whole request",
          arguments: [(#"{"requests": [1,"#, 400, nil), (#"{}"#, 422, "requests"), (#"{"requests": {}}"#, 422, "requests"),
                      (#"{"requests": []}"#, 422, "requests"), (#"[]"#, 422, "")])
    func batchEnvelopeProblems(body: String, status: Int, path: String?) async throws {
        try await TestServer.with { server in
            let response = try await server.post("/v1/quotes/batch", body)
            #expect(response.status == status)
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect(try response.problem().path == path)
        }
    }

    @Test("a batch holds at most 100 requests")
    func batchLimit() async throws {
        let one = Samples.threeItemCart
        let hundred = Array(repeating: one, count: 100).joined(separator: ",")
        try await TestServer.with { server in
            let full = try await server.post("/v1/quotes/batch", #"{"requests": [\#(hundred)]}"#)
            #expect(full.status == 200)
            #expect((try full.json()["results"] as? [Any])?.count == 100)
            let over = try await server.post("/v1/quotes/batch", #"{"requests": [\#(hundred), \#(one)]}"#)
            #expect(over.status == 422)
            #expect(try over.problem().detail == "requests: at most 100 requests per batch, not 101")
        }
    }
}
