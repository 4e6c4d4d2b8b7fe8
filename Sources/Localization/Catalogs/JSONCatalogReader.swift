import Foundation

/// Reads Meridian's JSON message catalogs:
///
/// ```json
/// {"schema": "meridian.catalog/1", "locale": "de", "messages": {"payment_method.sepa_debit": "SEPA-Lastschrift"}}
/// ```
public enum JSONCatalogReader {
    public static let schema = "meridian.catalog/1"

    /// Reads one catalog file. - Throws: ``CatalogError`` naming the file and what is wrong.
    public static func read(path: String) throws(CatalogError) -> MessageCatalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogError(file: path, reason: "cannot read the file")
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw CatalogError(file: path, reason: "not valid JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else { throw CatalogError(file: path, reason: "the top level must be an object") }
        guard root["schema"] as? String == schema else {
            throw CatalogError(file: path, reason: "expected \"schema\": \"\(schema)\"")
        }
        guard let locale = root["locale"] as? String, !locale.isEmpty else {
            throw CatalogError(file: path, reason: "\"locale\" must name the catalog's BCP 47 tag")
        }
        guard let entries = root["messages"] as? [String: Any] else {
            throw CatalogError(file: path, reason: "\"messages\" must be an object of key → text")
        }
        var messages: [String: String] = [:]
        for (key, value) in entries {
            guard let text = value as? String, !text.isEmpty else {
                throw CatalogError(file: path, reason: "the message \"\(key)\" must be a non-empty string")
            }
            messages[key] = text
        }
        return MessageCatalog(locale: locale, messages: messages, file: path)
    }
}
