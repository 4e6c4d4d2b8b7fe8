import AsyncHTTPClient
import Foundation
import NIOCore
import PricingServer
import Testing

@Suite("Errors are application/problem+json")
struct ProblemResponseTests {
    @Test("each failure has its status, type and detail", arguments: [
        ("POST", "/v1/quotes", "{\"destination\": ", "application/json", 400, "urn:problem-type:meridian:malformed-json"),
        ("POST", "/v1/quotes", "[1, 2]", "application/json", 422, "urn:problem-type:meridian:invalid-request"),
        ("POST", "/v1/quotes", "{}", "text/plain", 415, "about:blank"),
        ("POST", "/v1/quotes", "{}", "application/x-www-form-urlencoded", 415, "about:blank"),
        ("POST", "/v1/listings", "{}", "application/json", 422, "urn:problem-type:meridian:invalid-request"),
        ("GET", "/v1/nothing-here", nil, nil, 404, "about:blank"),
        ("DELETE", "/v1/markets/DE", nil, nil, 405, "about:blank"),
    ] as [(String, String, String?, String?, Int, String)])
    func problems(method: String, path: String, body: String?, contentType: String?, status: Int, type: String) async throws {
        try await TestServer.with { server in
            let response = try await server.send(.init(rawValue: method), path, body: body, contentType: contentType)
            #expect(response.status == status)
            #expect(response.header("Content-Type") == "application/problem+json")
            let problem = try response.problem()
            #expect(problem.status == status)
            #expect(problem.type == type)
            #expect(!problem.title.isEmpty && !problem.detail.isEmpty)
            #expect(problem.instance == "urn:meridian:request:\(response.header("Meridian-Request-Id") ?? "-")")
            #expect(response.header("Meridian-Rules-Version") == TestServer.shippedSnapshot.version)
        }
    }

    @Test("a well-formed request with a bad HS code or an unknown country is 422 with the JSON path")
    func unprocessable() async throws {
        let good = try Samples.quote("de-ioss-books-and-tee")
        try await TestServer.with { server in
            let hs = try await server.post("/v1/quotes", good.replacingOccurrences(of: #""hs_code": "610910""#, with: #""hs_code": "61-09""#))
            #expect(hs.status == 422)
            #expect(try hs.problem().path == "items[0].hs_code")
            let country = try await server.post("/v1/quotes", good.replacingOccurrences(of: #""country": "DE""#, with: #""country": "ZZ""#))
            #expect(country.status == 422)
            #expect(try country.problem().type == "urn:problem-type:meridian:unknown-country")
            #expect(try country.problem().path == "destination.country")
            let number = try await server.post("/v1/quotes", good.replacingOccurrences(of: #""amount": "24.90""#, with: #""amount": 24.90"#))
            #expect(number.status == 422)
            #expect(try number.problem().path == "items[0].unit_price.amount")
        }
    }

    @Test("405 names the allowed methods in Allow")
    func methodNotAllowed() async throws {
        try await TestServer.with { server in
            let response = try await server.get("/v1/quotes")
            #expect(response.status == 405)
            #expect(response.header("Allow") == "POST, OPTIONS")
        }
    }

    @Test("a body over the limit is 413, whether its length is declared or it is chunked")
    func tooLarge() async throws {
        try await TestServer.with(configure: { $0.maxBodyBytes = 2048 }) { server in
            let padding = String(repeating: " ", count: 4096)
            let declared = try await server.post("/v1/quotes", "{\(padding)}")
            #expect(declared.status == 413)
            #expect(try declared.problem().detail.contains("2048 bytes"))

            var request = HTTPClientRequest(url: server.url("/v1/quotes"))
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            let chunks = [ByteBuffer(string: "{"), ByteBuffer(string: padding), ByteBuffer(string: "}")]
            request.body = .stream(chunks.async, length: .unknown)
            let chunked = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            #expect(chunked.status.code == 413)
            _ = try await chunked.body.collect(upTo: 1 << 20)

            let fits = try await server.post("/v1/quotes", Samples.threeItemCart)
            #expect(fits.status == 200)
        }
    }

    @Test("a body still arriving after the request timeout is 408, and the connection is closed")
    func slowBody() async throws {
        try await TestServer.with(configure: { $0.requestTimeout = .milliseconds(300) }) { server in
            let head = "POST /v1/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"destination\""
            let answer = try await RawHTTP.exchange(port: server.port, send: [head, ": {", "\"country\""], pause: .milliseconds(400))
            #expect(answer.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
            #expect(answer.contains("Content-Type: application/problem+json"))
            #expect(answer.lowercased().contains("connection: close"))
        }
    }
}

extension Array where Element: Sendable {
    /// The elements as an async sequence (for streamed request bodies).
    var async: AsyncStream<Element> {
        AsyncStream { continuation in
            for element in self { continuation.yield(element) }
            continuation.finish()
        }
    }
}
