import Foundation
import PricingServer
import Testing

@Suite("CORS for browser storefronts")
struct CORSTests {
    static let shop = "https://shop.example"

    @Test("a preflight from an allowed origin is answered; from another origin refused")
    func preflight() async throws {
        try await TestServer.with(configure: { $0.corsOrigins = [Self.shop] }) { server in
            let allowed = try await server.send(.OPTIONS, "/v1/quotes", headers: [
                ("Origin", Self.shop), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "content-type"),
            ])
            #expect(allowed.status == 204)
            #expect(allowed.header("Access-Control-Allow-Origin") == Self.shop)
            #expect(allowed.header("Access-Control-Allow-Methods") == "POST, OPTIONS")
            #expect(allowed.header("Access-Control-Allow-Headers")?.contains("Content-Type") == true)
            #expect(allowed.header("Vary") == "Origin")

            let refused = try await server.send(.OPTIONS, "/v1/quotes", headers: [
                ("Origin", "https://evil.example"), ("Access-Control-Request-Method", "POST"),
            ])
            #expect(refused.status == 403)
            #expect(refused.header("Access-Control-Allow-Origin") == nil)
            #expect(try refused.problem().type == "urn:problem-type:meridian:origin-not-allowed")
        }
    }

    @Test("responses carry Access-Control-Allow-Origin for allowed origins only")
    func simpleRequests() async throws {
        try await TestServer.with(configure: { $0.corsOrigins = [Self.shop + "/"] }) { server in
            let allowed = try await server.get("/v1/markets", headers: [("Origin", Self.shop)])
            #expect(allowed.status == 200)
            #expect(allowed.header("Access-Control-Allow-Origin") == Self.shop)
            #expect(allowed.header("Access-Control-Expose-Headers")?.contains("Meridian-Rules-Version") == true)
            let other = try await server.get("/v1/markets", headers: [("Origin", "https://other.example")])
            #expect(other.status == 200)
            #expect(other.header("Access-Control-Allow-Origin") == nil)
            let problem = try await server.get("/v1/markets/ZZ", headers: [("Origin", Self.shop)])
            #expect(problem.status == 404)
            #expect(problem.header("Access-Control-Allow-Origin") == Self.shop)
        }
    }

    @Test("with no origins configured, no preflight is answered; plain OPTIONS lists the methods")
    func offByDefault() async throws {
        try await TestServer.with { server in
            let preflight = try await server.send(.OPTIONS, "/v1/markets", headers: [
                ("Origin", Self.shop), ("Access-Control-Request-Method", "GET"),
            ])
            #expect(preflight.status == 403)
            let plain = try await server.send(.OPTIONS, "/v1/markets/DE")
            #expect(plain.status == 204)
            #expect(plain.header("Allow") == "GET, OPTIONS")
        }
    }
}
