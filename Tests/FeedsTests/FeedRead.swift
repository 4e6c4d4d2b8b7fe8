import Feeds
import Foundation
import Products
import TestSupport

/// Everything a feed gave: its products, its rejects, and the error that stopped it, if any.
struct FeedRead {
    var products: [Product] = []
    var rejects: [FeedReject] = []
    var error: FeedError?

    /// Reads a whole feed, keeping going past rejects and catching the fatal error.
    static func of(_ path: String, dialect: FeedDialect? = nil, mapping: FeedMapping? = nil,
                   options: FeedOptions = FeedOptions()) throws -> FeedRead {
        var result = FeedRead()
        do {
            let reader = try FeedReader(path: path, dialect: dialect, mapping: mapping, options: options)
            while let event = try reader.next() {
                switch event {
                case let .product(product): result.products.append(product)
                case let .rejected(reject): result.rejects.append(reject)
                }
            }
        } catch {
            result.error = error
        }
        return result
    }

    /// Reads a file under `../shared/data/supplier_feeds/`.
    static func shared(_ name: String, options: FeedOptions = FeedOptions()) throws -> FeedRead {
        try of(SharedData.url("supplier_feeds/\(name)").path, options: options)
    }

    /// The product with an id; records an issue when absent.
    func product(_ id: String) -> Product? { products.first { $0.id == id } }
}
