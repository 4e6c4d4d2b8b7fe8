import Money
import Products

/// What a feed run reads, for which markets, and where it writes.
public struct FeedRunConfiguration: Sendable {
    /// The supplier feeds, read in this order.
    public var inputs: [String]
    /// ISO 3166-1 alpha-2 codes of the markets to write feeds for.
    public var markets: [String]
    /// The output folder: `<market>/products.<ext>`, `rejects.jsonl`, `summary.json`.
    public var outputDirectory: String
    public var formats: [FeedFormat]
    /// The day the rules, prices and exchange rates are taken for (never "today" implicitly).
    public var date: CalendarDate
    /// The dialect of every input, nil to detect each from its root element.
    public var dialect: FeedDialect?
    public var mapping: FeedMapping?
    public var readOptions: FeedOptions
    /// Worker threads for pricing and writing: 1 runs everything on the calling thread.
    public var threads: Int
    /// Products handed to the workers at a time.
    public var batchSize: Int
    /// The availability of products whose feed says nothing of stock (BMEcat carries none), nil
    /// to leave them without one (Google Merchant Center then refuses them).
    public var defaultAvailability: Product.Availability?

    public init(inputs: [String], markets: [String], outputDirectory: String, formats: [FeedFormat], date: CalendarDate,
                dialect: FeedDialect? = nil, mapping: FeedMapping? = nil, readOptions: FeedOptions = FeedOptions(),
                threads: Int = 2, batchSize: Int = 512, defaultAvailability: Product.Availability? = nil) {
        self.inputs = inputs
        self.markets = markets
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.date = date
        self.dialect = dialect
        self.mapping = mapping
        self.readOptions = readOptions
        self.threads = threads
        self.batchSize = batchSize
        self.defaultAvailability = defaultAvailability
    }
}
