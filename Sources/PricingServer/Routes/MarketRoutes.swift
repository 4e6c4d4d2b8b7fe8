import Hummingbird

/// `GET /v1/markets` and `GET /v1/markets/{country}[?date=YYYY-MM-DD]`.
enum MarketRoutes {
    static func routes() -> [Route] {
        [
            Route(.get, "/v1/markets", access: .apiKey) { _, context in
                try JSONBody.response(MarketsDocument(try context.requireSnapshot().rules))
            },
            Route(.get, "/v1/markets/{country}", access: .apiKey) { request, context in
                let snapshot = try context.requireSnapshot()
                let country = context.parameters.get("country") ?? ""
                guard let view = snapshot.rules.view(country) else {
                    throw ProblemError(.notFound, type: .unknownCountry,
                                       detail: "Meridian has no rules for the country '\(country)'", parameter: "country")
                }
                let date = try QueryParameters(request).date("date")
                let tag = view.market.locales.first ?? "en"
                let document = try snapshot.formatting.withContext(locale: tag) { formatting in
                    try MarketDocument(view, date: date, rulesVersion: snapshot.version, formatting: formatting.money)
                }
                return try JSONBody.response(document)
            },
        ]
    }
}
