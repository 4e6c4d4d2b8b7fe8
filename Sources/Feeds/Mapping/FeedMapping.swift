import Foundation
import Yams

/// A declarative description of a supplier's XML (schema `meridian.feed-mapping/1`): which
/// element is one record, where each ``Products/Product`` field is inside it, and constants for
/// what the feed leaves out. docs/feeds.md describes the format; docs/samples/mappings/ has examples.
///
/// ```yaml
/// schema: meridian.feed-mapping/1
/// record: IndexItemAdd
/// fields:
///   id: ItemID/SupplierPartID
///   price: ItemDetail/UnitPrice/Money
///   currency: ItemDetail/UnitPrice/Money/@currency
///   titles: ItemDetail/Description        # one per xml:lang
/// constants:
///   price_kind: net
/// ```
public struct FeedMapping: Sendable {
    /// The schema a mapping file names in its `schema:` key.
    public static let schema = "meridian.feed-mapping/1"

    /// The fields a mapping can fill (YAML keys in snake_case; `titles`, `descriptions`, `images` also accepted).
    public enum Field: String, Sendable, CaseIterable {
        case id, gtin, brand, mpn, title, description, category
        case hsCode = "hs_code", originCountry = "origin_country", taxCategory = "tax_category"
        case price, salePrice = "sale_price", currency, priceKind = "price_kind", taxRate = "tax_rate"
        case weightKg = "weight_kg", image, availability, stock, variantGroup = "variant_group"
        case link, orderUnit = "order_unit"

        /// Fields that take every match (one title per language, every image); the others take the first.
        var isRepeated: Bool { self == .title || self == .description || self == .image }

        init?(key: String) {
            switch key {
            case "titles": self = .title
            case "descriptions": self = .description
            case "images": self = .image
            default: self.init(rawValue: key)
            }
        }
    }

    /// The mapping file's path (for messages).
    public let file: String
    /// The record element.
    public let record: MappingPath.Step
    /// The BCP 47 language of texts without `xml:lang`, nil for the reader's default.
    public let language: String?
    /// Each mapped field and its path, in file order.
    public let fields: [(field: Field, path: MappingPath)]
    /// Values for fields the feed does not carry (`currency: EUR`).
    public let constants: [Field: String]

    /// Reads a mapping file.
    /// - Throws: ``FeedError/invalidMapping(file:line:reason:)`` with the line of the problem.
    public init(contentsOf path: String) throws(FeedError) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .invalidMapping(file: path, line: 0, reason: "cannot read the mapping file")
        }
        try self.init(yaml: text, file: path)
    }

    /// Reads a mapping from YAML text.
    /// - Throws: ``FeedError/invalidMapping(file:line:reason:)`` with the line of the problem.
    public init(yaml: String, file: String = "mapping") throws(FeedError) {
        let document = try MappingDocument(yaml: yaml, file: file)
        self.file = file
        let namespaces = try document.stringMap("namespaces")
        guard try document.string("schema") == Self.schema else {
            throw document.error("schema must be \(Self.schema)", at: "schema")
        }
        guard let recordText = try document.string("record") else { throw document.error("record names no element", at: nil) }
        do {
            record = try MappingPath.step(recordText, in: recordText, namespaces: namespaces.values)
        } catch {
            throw document.error(error.description, at: "record")
        }
        language = try document.string("language")
        var fields: [(Field, MappingPath)] = []
        for (key, value, line) in try document.stringMap("fields").entries {
            guard let field = Field(key: key) else {
                throw FeedError.invalidMapping(file: file, line: line, reason: "'\(key)' is not a product field: one of "
                    + Field.allCases.map(\.rawValue).joined(separator: ", "))
            }
            do { fields.append((field, try MappingPath(value, namespaces: namespaces.values))) } catch {
                throw FeedError.invalidMapping(file: file, line: line, reason: error.description)
            }
        }
        var constants: [Field: String] = [:]
        for (key, value, line) in try document.stringMap("constants").entries {
            guard let field = Field(key: key) else {
                throw FeedError.invalidMapping(file: file, line: line, reason: "'\(key)' is not a product field")
            }
            constants[field] = value
        }
        guard fields.contains(where: { $0.0 == .id }) || constants[.id] != nil else {
            throw document.error("fields must map id", at: "fields")
        }
        self.fields = fields
        self.constants = constants
    }
}
