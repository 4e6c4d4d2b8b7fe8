import AsyncHTTPClient
import Foundation
import NIOCore
import PricingServer
import Testing

@Suite("Graceful shutdown")
struct ShutdownTests {
    @Test("a request in flight when shutdown starts is answered; new connections are refused after")
    func drainsInFlight() async throws {
        try await TestServer.with { server in
            let body = Samples.threeItemCart
            let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
            var request = HTTPClientRequest(url: server.url("/v1/quotes"))
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .stream(stream, length: .known(Int64(body.utf8.count)))
            let split = body.index(body.startIndex, offsetBy: body.count / 2)
            async let response = HTTPClient.shared.execute(request, timeout: .seconds(30))
            continuation.yield(ByteBuffer(string: String(body[..<split])))
            try await Task.sleep(for: .milliseconds(300))

            await server.group.triggerGracefulShutdown()
            try await Task.sleep(for: .milliseconds(200))
            continuation.yield(ByteBuffer(string: String(body[split...])))
            continuation.finish()

            let answered = try await response
            #expect(answered.status.code == 200)
            let bytes = try await answered.body.collect(upTo: 1 << 20)
            let json = try JSONSerialization.jsonObject(with: Data(bytes.readableBytesView)) as? [String: Any]
            #expect(json?["rules_version"] as? String == TestServer.shippedSnapshot.version)

            // The listener closes as the shutdown spreads through the service groups: within 3 s.
            var refused = false
            for _ in 0..<30 where !refused {
                do {
                    _ = try await HTTPClient.shared.execute(HTTPClientRequest(url: server.url("/healthz")), timeout: .seconds(2))
                    try await Task.sleep(for: .milliseconds(100))
                } catch {
                    refused = true
                }
            }
            #expect(refused)
        }
    }
}
