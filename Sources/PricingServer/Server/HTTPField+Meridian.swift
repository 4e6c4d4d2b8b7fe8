import HTTPTypes

extension HTTPField.Name {
    /// `Meridian-Rules-Version`: the version of the rules that answered, on every response.
    public static let meridianRulesVersion = HTTPField.Name("Meridian-Rules-Version")!
    /// `Meridian-Request-Id`: the id of the request in the server's log, on every response.
    public static let meridianRequestID = HTTPField.Name("Meridian-Request-Id")!
    /// `X-API-Key`: an API key, as an alternative to `Authorization: Bearer`.
    public static let xAPIKey = HTTPField.Name("X-API-Key")!
}
