import Money
import XMLSupport

/// How a ``FeedReader`` reads: the XML bounds and encoding override, and the defaults a feed
/// may leave to its recipient.
///
/// ```swift
/// var options = FeedOptions()
/// options.xml.encoding = "ISO-8859-1"              // the feed declares the wrong encoding
/// options.defaultCurrency = try Currency("AUD")    // ONIX 2.1 prices without CurrencyCode
/// ```
public struct FeedOptions: Sendable {
    /// Encoding override and limits on text size and entity expansion.
    public var xml: XMLReaderOptions
    /// The currency of prices that name none, when the feed gives no default of its own
    /// (BMEcat `CATALOG/CURRENCY`, ONIX `DefaultCurrencyCode`, Google `g:currency` come first).
    /// Without one, such a price rejects its record.
    public var defaultCurrency: Currency?
    /// The BCP 47 language of texts that name none, when the feed gives no default; nil means `und`.
    public var defaultLanguage: String?
    /// True (the default) to reject a record whose GTIN fails the GS1 check; false to keep the
    /// product without a GTIN (for suppliers known to send placeholder EANs).
    public var rejectsInvalidGTIN: Bool

    public init(xml: XMLReaderOptions = XMLReaderOptions(), defaultCurrency: Currency? = nil, defaultLanguage: String? = nil,
                rejectsInvalidGTIN: Bool = true) {
        self.xml = xml
        self.defaultCurrency = defaultCurrency
        self.defaultLanguage = defaultLanguage
        self.rejectsInvalidGTIN = rejectsInvalidGTIN
    }
}
