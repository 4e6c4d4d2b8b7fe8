import Foundation
import TestSupport

/// Request bodies from `docs/samples/`.
enum Samples {
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: SharedData.repositoryRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static func quote(_ name: String) throws -> String { try text("docs/samples/quotes/\(name).json") }

    /// A three-item cart to Germany, the body of the load test.
    static let threeItemCart = """
    {"destination": {"country": "DE"}, "date": "2026-10-02", "locale": "de-DE",
     "seller": {"tax_registrations": ["EU-IOSS"]},
     "shipping": {"amount": "6.90", "currency": "EUR"},
     "items": [{"sku": "TEE-BLK-M", "quantity": 2, "unit_price": {"amount": "24.90", "currency": "EUR"},
                "hs_code": "610910", "origin_country": "CN", "category": "standard"},
               {"sku": "BOOK-978", "quantity": 1, "unit_price": {"amount": "18.00", "currency": "EUR"},
                "hs_code": "490199", "origin_country": "GB", "category": "books"},
               {"sku": "MUG-WHT", "quantity": 1, "unit_price": {"amount": "12.50", "currency": "EUR"},
                "hs_code": "691200", "origin_country": "CN", "category": "standard"}]}
    """
}
