/// Where a snapshot is loaded from: the same places every reload reads again.
public struct SnapshotSources: Sendable, Equatable {
    /// The `tax-rules/` directory.
    public var rulesDirectory: String
    /// The `locales/` directory of UI message catalogs.
    public var localesDirectory: String
    /// A directory of product translations, nil for none.
    public var translationsDirectory: String?
    /// The seller's shipping policy file (`meridian.shipping/1`), nil for none.
    public var shippingFile: String?
    /// The API keys file (one key per line), nil when the public routes are open.
    public var apiKeysFile: String?

    /// Names the places to load from.
    public init(rulesDirectory: String, localesDirectory: String, translationsDirectory: String? = nil,
                shippingFile: String? = nil, apiKeysFile: String? = nil) {
        self.rulesDirectory = rulesDirectory
        self.localesDirectory = localesDirectory
        self.translationsDirectory = translationsDirectory
        self.shippingFile = shippingFile
        self.apiKeysFile = apiKeysFile
    }
}
