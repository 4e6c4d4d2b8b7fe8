/// How an ``XMLStreamReader`` treats a document: its encoding and the bounds that keep a hostile
/// document from exhausting memory or time.
///
/// ```swift
/// var options = XMLReaderOptions()
/// options.encoding = "ISO-8859-1"          // the feed declares UTF-8 but is Latin-1
/// options.maximumTextBytes = 1 << 20       // refuse any text node over 1 MiB
/// ```
public struct XMLReaderOptions: Sendable, Hashable {
    /// libxml2's own bound on one text node when `XML_PARSE_HUGE` is not given (Meridian never gives it).
    public static let libxml2TextLimit = 10_000_000

    /// An encoding that overrides the one the document declares (`"ISO-8859-1"`, `"UTF-16"`),
    /// for feeds that declare the wrong one; nil honours the declaration and the byte-order mark.
    public var encoding: String?
    /// The longest text node accepted, in bytes of UTF-8; a longer one ends the read with
    /// ``XMLReadError/Kind/textTooLarge``. Values above ``libxml2TextLimit`` act as that limit.
    public var maximumTextBytes: Int
    /// How much text entity references may expand to over the whole document, in bytes, when a
    /// caller reads it through ``XMLStreamReader/appendText(to:)``.
    public var maximumEntityExpansionBytes: Int

    public init(encoding: String? = nil, maximumTextBytes: Int = XMLReaderOptions.libxml2TextLimit,
                maximumEntityExpansionBytes: Int = 16 << 20) {
        self.encoding = encoding
        self.maximumTextBytes = maximumTextBytes
        self.maximumEntityExpansionBytes = maximumEntityExpansionBytes
    }
}
