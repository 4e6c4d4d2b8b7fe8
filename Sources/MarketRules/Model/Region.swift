/// A sub-national area with taxes of its own (a US state, a Canadian province, a Brazilian state).
public final class Region: Sendable {
    /// The ISO 3166-2 code, e.g. `CA-ON`.
    public let code: String
    public let name: String
    public let taxes: [TaxType]
    /// Ids of national taxes this region's taxes replace (Ontario's HST replaces the GST).
    public let replacesNational: [String]

    public init(code: String, name: String, taxes: [TaxType], replacesNational: [String]) {
        self.code = code
        self.name = name
        self.taxes = taxes
        self.replacesNational = replacesNational
    }
}
