import XMLSupport
final class MappedParser: DialectParser {
    init(xml: XMLStreamReader, mapping: FeedMapping, options: FeedOptions) {}
    func next() throws(FeedError) -> FeedEvent? { nil }
}
public struct FeedMapping: Sendable {}
