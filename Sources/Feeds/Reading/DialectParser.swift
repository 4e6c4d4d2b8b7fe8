/// One dialect's reader: pulls elements from its cursor until a record is complete.
protocol DialectParser: AnyObject {
    /// The next product or reject; nil at the end of the document.
    /// - Throws: ``FeedError`` when the document stops being readable.
    func next() throws(FeedError) -> FeedEvent?
}
