import Foundation

/// Compares JSON documents as values, so white space and key order do not matter.
enum JSONComparison {
    /// The bytes `meridian` would print for `value` (its encoder settings).
    static func cliJSON(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// True when two JSON texts hold the same value.
    static func same(_ a: Data, _ b: Data) throws -> Bool {
        try parse(a) == parse(b)
    }

    static func parse(_ data: Data) throws -> NSObject {
        guard let object = try JSONSerialization.jsonObject(with: data) as? NSObject else { throw TestResponseError.notAnObject("") }
        return object
    }
}
