import Hummingbird

/// `POST /v1/admin/reload`: load the rules and catalogs again and swap them in if they validate.
enum AdminRoutes {
    static func routes(reloader: SnapshotReloader) -> [Route] {
        [
            Route(.post, "/v1/admin/reload", access: .admin) { _, context in
                let outcome = try await reloader.reload(trigger: .http).get()
                return try JSONBody.response(outcome, headers: [.meridianRulesVersion: outcome.rulesVersion])
            },
        ]
    }
}
