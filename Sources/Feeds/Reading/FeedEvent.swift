import Products

/// One record of a feed as ``FeedReader/next()`` delivers it: a product, or a record that could
/// not be used and why.
public indirect enum FeedEvent: Sendable, Hashable {
    /// A product, with ``Products/Product/source`` set to where its record starts.
    case product(Product)
    /// A record left out, with its location and reason (write it to a rejects file and go on).
    case rejected(FeedReject)

    /// The product, nil for a reject.
    public var product: Product? {
        if case let .product(product) = self { return product }
        return nil
    }

    /// The reject, nil for a product.
    public var reject: FeedReject? {
        if case let .rejected(reject) = self { return reject }
        return nil
    }
}
