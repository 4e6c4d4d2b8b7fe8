import Hummingbird
import Pricing

/// `POST /v1/listings`: one product in several markets, the body `meridian listing` prints.
enum ListingRoutes {
    static func routes() -> [Route] {
        [
            Route(.post, "/v1/listings", access: .apiKey, takesJSONBody: true) { _, context in
                let snapshot = try context.requireSnapshot()
                let request = try ListingRequest.decode(json: context.bodyData)
                let response = snapshot.formatting.withMessages { messages in
                    ListingsResponse(request, builder: snapshot.listingBuilder, catalogs: snapshot.catalogs, messages: messages)
                }
                return try JSONBody.response(response)
            },
        ]
    }
}
