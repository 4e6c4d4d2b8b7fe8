/// Why a product record cannot be used, in words a catalog team can act on.
public enum ProductError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidGTIN(String, reason: String)
    case missingField(String)
    case invalidField(String, value: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidGTIN(text, reason): return "GTIN '\(text)' is not valid: \(reason)"
        case let .missingField(field): return "the record has no \(field)"
        case let .invalidField(field, value, reason): return "\(field) '\(value)' is not valid: \(reason)"
        }
    }
}
