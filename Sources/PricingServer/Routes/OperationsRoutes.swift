import Foundation
import Hummingbird
import NIOCore

/// The routes for operators and tools, open without credentials: `/healthz`, `/readyz`, `/metrics`,
/// `/openapi.yaml`.
enum OperationsRoutes {
    struct Health: Encodable {
        let status: String
    }

    struct Readiness: Encodable {
        let status: String
        let rulesVersion: String
        let markets: Int
        let loadedAt: String

        enum CodingKeys: String, CodingKey {
            case status, markets
            case rulesVersion = "rules_version"
            case loadedAt = "loaded_at"
        }
    }

    static func routes(metrics: ServerMetrics, openAPI: OpenAPIDocument) -> [Route] {
        [
            Route(.get, "/healthz", access: .open) { _, _ in
                try JSONBody.response(Health(status: "ok"))
            },
            Route(.get, "/readyz", access: .open) { _, context in
                guard let snapshot = context.snapshot else { throw ProblemError.notReady }
                return try JSONBody.response(Readiness(status: "ready", rulesVersion: snapshot.version,
                                                       markets: snapshot.rules.markets.count,
                                                       loadedAt: ISO8601DateFormatter().string(from: snapshot.loadedAt)))
            },
            Route(.get, "/metrics", access: .open) { _, _ in
                Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                         body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
            },
            Route(.get, "/openapi.yaml", access: .open) { _, _ in
                guard let text = openAPI.text else {
                    throw ProblemError(.notFound, detail: "the OpenAPI document was not installed beside the server")
                }
                return Response(status: .ok, headers: [.contentType: "application/yaml"],
                                body: .init(byteBuffer: ByteBuffer(string: text)))
            },
        ]
    }
}
