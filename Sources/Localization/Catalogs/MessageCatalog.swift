/// The messages of one locale: key → text.
public struct MessageCatalog: Sendable {
    /// The BCP 47 tag the catalog is for.
    public let locale: String
    public let messages: [String: String]
    /// The file it was read from.
    public let file: String

    public init(locale: String, messages: [String: String], file: String) {
        self.locale = locale
        self.messages = messages
        self.file = file
    }
}
