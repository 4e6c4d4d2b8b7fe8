import Money
import Products
import Testing

/// A product shares its fields between copies; it must still behave as a value.
@Suite("Product as a value")
struct ProductValueTests {
    @Test("changing a copy leaves the original as it was; equal fields make equal products with equal hashes")
    func valueSemantics() throws {
        let original = Product(id: "TS-1", brand: "Northwind", hsCode: "610910", availability: .inStock)
        var copy = original
        copy.brand = "Southwind"
        copy.images.append(Product.Image(url: "https://example.com/1.jpg"))
        #expect(original.brand == "Northwind")
        #expect(original.images.isEmpty)
        #expect(copy.brand == "Southwind" && copy.images.count == 1 && copy.hsCode == "610910")
        #expect(copy != original)

        let same = Product(id: "TS-1", brand: "Northwind", hsCode: "610910", availability: .inStock)
        #expect(same == original)
        #expect(same.hashValue == original.hashValue)
        #expect(Set([original, same, copy]).count == 2)
    }
}
