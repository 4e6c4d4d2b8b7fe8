import Foundation
import Localization
import Pricing
import PricingServer
import Testing

@Suite("POST /v1/listings")
struct ListingRoutesTests {
    @Test("listings are the document meridian listing prints")
    func listingsMatchCLI() async throws {
        let body = try Samples.text("docs/samples/listings/tee-six-markets.json")
        let snapshot = TestServer.shippedSnapshot
        let expected = try JSONComparison.cliJSON(
            ListingsResponse(try ListingRequest.decode(json: Data(body.utf8)), builder: snapshot.listingBuilder,
                             catalogs: snapshot.catalogs, messages: MessageFormatCache()))
        try await TestServer.with { server in
            let response = try await server.post("/v1/listings", body)
            #expect(response.status == 200)
            #expect(try JSONComparison.same(response.body, expected))
            #expect((try response.json()["listings"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("a listing request with a bad market code is 422 with its path")
    func badMarket() async throws {
        let body = try Samples.text("docs/samples/listings/tee-six-markets.json").replacingOccurrences(of: #""JP""#, with: #""jp""#)
        try await TestServer.with { server in
            let response = try await server.post("/v1/listings", body)
            #expect(response.status == 422)
            #expect(try response.problem().path == "markets[4]")
        }
    }
}
