import Foundation
import PricingServer
import TestSupport
import Testing
import Yams

@Suite("openapi.yaml and the routes")
struct OpenAPIDocumentTests {
    static let file = SharedData.repositoryRoot.appendingPathComponent("Sources/PricingServer/openapi.yaml")

    /// (method, path) for every operation in the document.
    static func documentedOperations() throws -> Set<String> {
        let text = try String(contentsOf: file, encoding: .utf8)
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect((root["openapi"] as? String)?.hasPrefix("3.1") == true)
        let paths = try #require(root["paths"] as? [String: Any])
        var operations: Set<String> = []
        let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        for (path, item) in paths {
            for key in ((item as? [String: Any]) ?? [:]).keys where methods.contains(key) {
                operations.insert("\(key.uppercased()) \(path)")
            }
        }
        return operations
    }

    @Test("every route is in the document, and every operation in it is served")
    func routesMatchDocument() async throws {
        let documented = try Self.documentedOperations()
        try await TestServer.with { server in
            let served = Set(server.server.routeTable.routes.map { "\($0.method.rawValue) \($0.path)" })
            #expect(served.subtracting(documented).isEmpty, "routes missing from openapi.yaml")
            #expect(documented.subtracting(served).isEmpty, "operations in openapi.yaml the server does not serve")
            for operation in documented {
                let parts = operation.split(separator: " ")
                let path = String(parts[1]).replacingOccurrences(of: "{country}", with: "DE")
                let response = try await server.send(.init(rawValue: String(parts[0])), path, body: parts[0] == "POST" ? "{}" : nil)
                #expect(response.status != 404 && response.status != 405, "\(operation) answered \(response.status)")
            }
        }
    }

    @Test("GET /openapi.yaml serves the document in the repository")
    func servesDocument() async throws {
        try await TestServer.with { server in
            let response = try await server.get("/openapi.yaml")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/yaml")
            #expect(response.text == (try String(contentsOf: Self.file, encoding: .utf8)))
        }
    }
}
