/// What a successful reload did: the body of `POST /v1/admin/reload`.
public struct ReloadOutcome: Encodable, Sendable, Equatable {
    /// The rules version now in force.
    public let rulesVersion: String
    /// The version it replaced, nil for the first load.
    public let previousRulesVersion: String?
    /// The number of markets in the new rules.
    public let markets: Int

    /// False when the files were unchanged (the same version was swapped in).
    public var changed: Bool { rulesVersion != previousRulesVersion }

    enum CodingKeys: String, CodingKey {
        case status, markets, changed
        case rulesVersion = "rules_version"
        case previousRulesVersion = "previous_rules_version"
    }

    /// Encodes `{"status": "reloaded", "rules_version", "previous_rules_version", "changed", "markets"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("reloaded", forKey: .status)
        try container.encode(rulesVersion, forKey: .rulesVersion)
        try container.encodeIfPresent(previousRulesVersion, forKey: .previousRulesVersion)
        try container.encode(changed, forKey: .changed)
        try container.encode(markets, forKey: .markets)
    }
}
