import Foundation
import PricingServer
import Testing

@Suite("Health, readiness, metrics")
struct OperationsRoutesTests {
    @Test("GET /healthz answers 200 with the rules version header")
    func healthz() async throws {
        try await TestServer.with { server in
            let response = try await server.get("/healthz")
            #expect(response.status == 200)
            #expect(response.text == #"{"status":"ok"}"#)
            #expect(response.header("Meridian-Rules-Version") == TestServer.shippedSnapshot.version)
            #expect(response.header("Meridian-Request-Id")?.isEmpty == false)
        }
    }
}
