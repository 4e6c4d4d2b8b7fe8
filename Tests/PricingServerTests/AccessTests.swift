import Foundation
import PricingServer
import TestSupport
import Testing

@Suite("API keys and the admin token")
struct AccessTests {
    static let key = "mk_test_6f1c0d8e2b9a4c7f"

    /// The shipped sources with an API keys file.
    static func withKeys<T: Sendable>(_ body: @Sendable (TestServer) async throws -> T) async throws -> T {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("keys.txt", "# storefront\n\(key)\n\n  mk_test_second_key_0123  \n")
        var sources = TestServer.shippedSources
        sources.apiKeysFile = file
        let snapshot = try SnapshotLoader.load(sources)
        return try await TestServer.with(snapshot: snapshot, sources: sources, body)
    }

    @Test("with API keys, the public routes need one; health, readiness, metrics and the document stay open")
    func apiKeys() async throws {
        try await Self.withKeys { server in
            let none = try await server.get("/v1/markets")
            #expect(none.status == 401)
            #expect(none.header("WWW-Authenticate") == #"Bearer realm="meridian""#)
            #expect(try none.problem().type == "urn:problem-type:meridian:missing-credentials")
            let wrong = try await server.get("/v1/markets", headers: [("X-API-Key", "mk_test_wrong_key_000")])
            #expect(wrong.status == 403)
            #expect(try await server.get("/v1/markets", headers: [("Authorization", "Bearer \(Self.key)")]).status == 200)
            #expect(try await server.get("/v1/markets", headers: [("X-API-Key", "mk_test_second_key_0123")]).status == 200)
            let post = try await server.post("/v1/quotes", Samples.threeItemCart, headers: [("Authorization", "Basic \(Self.key)")])
            #expect(post.status == 401)
            for path in ["/healthz", "/readyz", "/metrics", "/openapi.yaml"] {
                #expect(try await server.get(path).status == 200, "\(path)")
            }
        }
    }

    @Test("a keys file that names no key is refused")
    func emptyKeysFile() throws {
        #expect(throws: APIKeyFileError.self) { try APIKeySet.parse("# nothing\n\n", file: "keys.txt") }
        #expect(throws: APIKeyFileError(file: "keys.txt", line: 2, reason: "a key must be at least 16 characters long")) {
            try APIKeySet.parse("# short\nabc\n", file: "keys.txt")
        }
    }

    @Test("without a token configured, reload over HTTP is 403 reload-disabled")
    func reloadDisabled() async throws {
        try await TestServer.with { server in
            let response = try await server.send(.POST, "/v1/admin/reload", headers: [("Authorization", "Bearer anything")])
            #expect(response.status == 403)
            #expect(try response.problem().type == "urn:problem-type:meridian:reload-disabled")
        }
    }

    @Test("with a token: 401 without it, 403 with a wrong one, 200 with it")
    func reloadToken() async throws {
        try await TestServer.with(configure: { $0.adminToken = "admin-secret-token" }) { server in
            #expect(try await server.send(.POST, "/v1/admin/reload").status == 401)
            #expect(try await server.send(.POST, "/v1/admin/reload", headers: [("Authorization", "Bearer wrong")]).status == 403)
            let ok = try await server.send(.POST, "/v1/admin/reload", headers: [("Authorization", "Bearer admin-secret-token")])
            #expect(ok.status == 200)
            #expect(try ok.json()["rules_version"] as? String == TestServer.shippedSnapshot.version)
            #expect(try ok.json()["changed"] as? Bool == false)
        }
    }
}
