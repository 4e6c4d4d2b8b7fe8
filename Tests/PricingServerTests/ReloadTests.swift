import Foundation
import PricingServer
import Testing

@Suite("Hot reload of rules and catalogs")
struct ReloadTests {
    static let token = "reload-test-token-0123"
    static let bearer = [("Authorization", "Bearer \(token)")]

    @Test("a reload while quotes run fails no request, and each client sees the version switch once")
    func reloadUnderLoad() async throws {
        let copy = try RulesCopy()
        defer { copy.remove() }
        let first = try SnapshotLoader.load(copy.sources)
        try await TestServer.with(snapshot: first, sources: copy.sources, configure: { $0.adminToken = Self.token }) { server in
            let old = first.version
            try copy.append("\n# reloaded by ReloadTests\n", to: "tax-rules/markets/DE.yaml")
            let observations = try await withThrowingTaskGroup(of: [(Int, String, String)].self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        var seen: [(Int, String, String)] = []
                        for _ in 0..<40 {
                            let response = try await server.post("/v1/quotes", Samples.threeItemCart)
                            let body = (try? response.json()["rules_version"] as? String) ?? "-"
                            seen.append((response.status, response.header("Meridian-Rules-Version") ?? "-", body))
                        }
                        return seen
                    }
                }
                try await Task.sleep(for: .milliseconds(50))
                let reload = try await server.send(.POST, "/v1/admin/reload", headers: Self.bearer)
                #expect(reload.status == 200)
                #expect(try reload.json()["previous_rules_version"] as? String == old)
                #expect(try reload.json()["changed"] as? Bool == true)
                var all: [[(Int, String, String)]] = []
                for try await seen in group { all.append(seen) }
                return all
            }
            let new = try #require(server.server.store.current?.version)
            #expect(new != old)
            for seen in observations {
                #expect(seen.allSatisfy { $0.0 == 200 })
                #expect(seen.allSatisfy { $0.1 == $0.2 && ($0.1 == old || $0.1 == new) })
                // Once a client has seen the new version it never sees the old one again.
                if let switchIndex = seen.firstIndex(where: { $0.1 == new }) {
                    #expect(seen[switchIndex...].allSatisfy { $0.1 == new })
                }
            }
            let after = try await server.post("/v1/quotes", Samples.threeItemCart)
            #expect(after.header("Meridian-Rules-Version") == new)
            let metrics = try await server.get("/metrics").text
            #expect(metrics.contains(#"meridian_reloads_total{trigger="http",result="success"} 1"#))
            #expect(metrics.contains(#"meridian_rules_info{version="\#(new)"} 1"#))
            #expect(!metrics.contains(#"meridian_rules_info{version="\#(old)"}"#))
        }
    }

    @Test("rules that fail validation are refused with their problems, and the old ones stay in force")
    func refusedReload() async throws {
        let copy = try RulesCopy()
        defer { copy.remove() }
        let first = try SnapshotLoader.load(copy.sources)
        try await TestServer.with(snapshot: first, sources: copy.sources, configure: { $0.adminToken = Self.token }) { server in
            let original = try copy.read("tax-rules/markets/DE.yaml")
            try copy.write(original.replacingOccurrences(of: "currency: EUR", with: "currency: EURO"), to: "tax-rules/markets/DE.yaml")
            let refused = try await server.send(.POST, "/v1/admin/reload", headers: Self.bearer)
            #expect(refused.status == 422)
            let problem = try refused.problem()
            #expect(problem.type == "urn:problem-type:meridian:rules-rejected")
            #expect(problem.problems?.contains { $0.contains("markets/DE.yaml") } == true)
            #expect(refused.header("Meridian-Rules-Version") == first.version)
            let quote = try await server.post("/v1/quotes", Samples.threeItemCart)
            #expect(quote.status == 200)
            #expect(quote.header("Meridian-Rules-Version") == first.version)
            let metrics = try await server.get("/metrics").text
            #expect(metrics.contains(#"meridian_reload_failures_total{trigger="http"} 1"#))

            try copy.write(original, to: "tax-rules/markets/DE.yaml")
            try copy.write("this is not XLIFF", to: "locales/de.xlf")
            let catalogs = try await server.send(.POST, "/v1/admin/reload", headers: Self.bearer)
            #expect(catalogs.status == 422)
            #expect(try catalogs.problem().problems?.isEmpty == false)
            #expect(server.server.store.current === first)
        }
    }

    @Test("a server started without rules answers /readyz 503 until a reload succeeds")
    func readiness() async throws {
        let copy = try RulesCopy()
        defer { copy.remove() }
        let good = try copy.read("tax-rules/markets/DE.yaml")
        try copy.write("country: [", to: "tax-rules/markets/DE.yaml")
        try await TestServer.with(snapshot: .some(nil), sources: copy.sources, configure: { $0.adminToken = Self.token }) { server in
            try await Task.sleep(for: .milliseconds(100))
            let notReady = try await server.get("/readyz")
            #expect(notReady.status == 503)
            #expect(try notReady.problem().type == "urn:problem-type:meridian:not-ready")
            #expect(try await server.get("/healthz").status == 200)
            #expect(try await server.post("/v1/quotes", Samples.threeItemCart).status == 503)
            try copy.write(good, to: "tax-rules/markets/DE.yaml")
            #expect(try await server.send(.POST, "/v1/admin/reload", headers: Self.bearer).status == 200)
            let ready = try await server.get("/readyz")
            #expect(ready.status == 200)
            #expect(try ready.json()["status"] as? String == "ready")
        }
    }
}
