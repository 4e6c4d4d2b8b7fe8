import Products
import Testing

@Suite("GTIN")
struct GTINTests {
    @Test("valid GTINs of every length are accepted", arguments: [
        "4006381333931", "036000291452", "96385074", "10012345678902", "4 006381 333931", "0-36000-29145-2",
    ])
    func valid(text: String) throws {
        let gtin = try GTIN(text)
        #expect(gtin.gtin14.count == 14)
        #expect(!gtin.digits.contains(" ") && !gtin.digits.contains("-"))
    }

    @Test("invalid GTINs say what is wrong", arguments: [
        ("4006381333932", "GTIN '4006381333932' is not valid: the check digit is 2, it should be 1"),
        ("400638133393", "GTIN '400638133393' is not valid: the check digit is 3, it should be 0"),
        ("12345", "GTIN '12345' is not valid: a GTIN has 8, 12, 13 or 14 digits, this one has 5"),
        ("40063813339X1", "GTIN '40063813339X1' is not valid: a GTIN is digits only"),
        ("00000000", "GTIN '00000000' is not valid: a GTIN of zeros identifies nothing"),
    ])
    func invalid(text: String, message: String) {
        #expect(throws: ProductError.self) { try GTIN(text) }
        do { _ = try GTIN(text) } catch { #expect(error.description == message) }
    }

    @Test("GTIN-12 and its GTIN-13 form are the same number")
    func padding() throws {
        #expect(try GTIN("036000291452").gtin14 == GTIN("0036000291452").gtin14)
    }
}
