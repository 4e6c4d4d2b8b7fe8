import Money
import Products

/// What one ONIX `Product` has said so far (a class, set in place).
final class ONIXRecord {
    // One reader fills a record on one thread: exclusivity checks on its fields are off (they cost
    // more than the assignments they guard; see ElementCursor).
    struct Price {
        var type: String?
        var amount: String?
        var currency: String?
        var taxPercent: String?
        var from: String?
        var until: String?
    }

    let line: Int
    let column: Int
    let depth: Int
    @exclusivity(unchecked) var id: String?
    @exclusivity(unchecked) var notification: String?
    @exclusivity(unchecked) var identifiers: [(type: String, value: String)] = []
    @exclusivity(unchecked) var form: String?
    @exclusivity(unchecked) var title: String?
    @exclusivity(unchecked) var titlePrefix: String?
    @exclusivity(unchecked) var titleWithoutPrefix: String?
    @exclusivity(unchecked) var authors: [String] = []
    @exclusivity(unchecked) var texts: [(type: String, text: String)] = []
    @exclusivity(unchecked) var prices: [Price] = []
    @exclusivity(unchecked) var availability: String?
    @exclusivity(unchecked) var availabilityCode: String?
    @exclusivity(unchecked) var stock: String?
    @exclusivity(unchecked) var imprint: String?
    @exclusivity(unchecked) var publisher: String?
    @exclusivity(unchecked) var weight: (value: String, unit: String)?
    @exclusivity(unchecked) var images: [Product.Image] = []
    @exclusivity(unchecked) var link: String?

    init(line: Int, column: Int, depth: Int) {
        self.line = line
        self.column = column
        self.depth = depth
    }

    /// The ISBN-13 (ProductIDType 15), else a GTIN-13 (03), as the product's GTIN.
    var gtinText: String? {
        identifiers.first { $0.type == "15" }?.value ?? identifiers.first { $0.type == "03" }?.value
    }

    /// The main description: ONIX 2.1 TextTypeCode 01 (main), 03 (long), 02 (short); ONIX 3.0
    /// TextType 03 (description), 02 (short description).
    var description: String? {
        for type in ["01", "03", "02"] {
            if let text = texts.first(where: { $0.type == type })?.text { return text }
        }
        return nil
    }

    /// The title: TitleText, else TitlePrefix and TitleWithoutPrefix.
    var fullTitle: String? {
        if let title { return title }
        guard let titleWithoutPrefix else { return nil }
        return titlePrefix.map { "\($0) \(titleWithoutPrefix)" } ?? titleWithoutPrefix
    }

    var change: Product.Change {
        switch notification {
        case "05": return .delete
        case "04": return .update
        default: return .new
        }
    }
}
