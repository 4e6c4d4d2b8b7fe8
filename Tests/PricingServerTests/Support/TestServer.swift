import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PricingServer
import ServiceLifecycle
import TestSupport

/// A pricing server started inside a test on 127.0.0.1 with an ephemeral port, called over real HTTP,
/// and stopped by the test (graceful shutdown of its service group).
struct TestServer: Sendable {
    let port: Int
    let server: PricingServer
    let group: ServiceGroup

    /// The shipped `tax-rules/` and `locales/`, with the sample shipping policy.
    static let shippedSources = SnapshotSources(
        rulesDirectory: SharedData.repositoryRoot.appendingPathComponent("tax-rules").path,
        localesDirectory: SharedData.repositoryRoot.appendingPathComponent("locales").path,
        shippingFile: SharedData.repositoryRoot.appendingPathComponent("docs/samples/shipping.yaml").path
    )

    /// The snapshot of the shipped data, loaded once for every test in the process (it is immutable).
    static let shippedSnapshot: PricingSnapshot = {
        do { return try SnapshotLoader.load(shippedSources) } catch { fatalError("the shipped rules do not load: \(error)") }
    }()

    static let quietLogger = Logger(label: "meridian-tests") { _ in SwiftLogNoOpLogHandler() }

    /// Starts a server, runs `body` against it, and shuts it down gracefully, even when `body` throws.
    /// - Parameters:
    ///   - snapshot: the first snapshot; the shipped one by default; nil to start not ready.
    ///   - configure: changes to the default configuration (port 0, shipped sources).
    static func with<T: Sendable>(
        snapshot: PricingSnapshot?? = .none, sources: SnapshotSources = shippedSources,
        configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: @Sendable (TestServer) async throws -> T
    ) async throws -> T {
        var configuration = ServerConfiguration(port: 0, sources: sources)
        configure(&configuration)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let first: PricingSnapshot? = switch snapshot {
        case .none: shippedSnapshot
        case let .some(value): value
        }
        let server = PricingServer(configuration: configuration, snapshot: first, logger: quietLogger) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [server], logger: quietLogger))
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw TestServerError.didNotStart }
            let running = TestServer(port: port, server: server, group: group)
            let result: Result<T, any Error>
            do { result = .success(try await body(running)) } catch { result = .failure(error) }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try result.get()
        }!
    }

    /// The URL of a path on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Sends a request and collects the whole response.
    func send(_ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: String? = nil,
              contentType: String? = "application/json") async throws -> TestResponse {
        var request = HTTPClientRequest(url: url(path))
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: Data(bytes.readableBytesView))
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await send(.GET, path, headers: headers)
    }

    func post(_ path: String, _ body: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await send(.POST, path, headers: headers, body: body)
    }
}

enum TestServerError: Error {
    case didNotStart
}
