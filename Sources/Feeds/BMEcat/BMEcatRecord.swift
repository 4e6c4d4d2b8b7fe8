import Money
import Products

/// What one `ARTICLE` or `PRODUCT` has said so far (a class, so each field is set in place as
/// the elements stream past instead of copying the record).
final class BMEcatRecord {
    // One reader fills a record on one thread: exclusivity checks on its fields are off (they cost
    // more than the assignments they guard; see ElementCursor).
    /// A BMEcat 1.x `ARTICLE` (id in `SUPPLIER_AID`) rather than a 2005 `PRODUCT` (`SUPPLIER_PID`).
    let isArticle: Bool
    let line: Int
    let column: Int
    let depth: Int
    let change: Product.Change?
    @exclusivity(unchecked) var id: String?
    var titles = LocalizedTexts()
    var descriptions = LocalizedTexts()
    @exclusivity(unchecked) var gtin: GTIN?
    @exclusivity(unchecked) var brand: String?
    @exclusivity(unchecked) var mpn: String?
    @exclusivity(unchecked) var orderUnit: String?
    @exclusivity(unchecked) var hsCode: String?
    @exclusivity(unchecked) var originCountry: String?
    @exclusivity(unchecked) var weightKg: ExactDecimal?
    @exclusivity(unchecked) var features: [Product.Feature] = []
    @exclusivity(unchecked) var images: [Product.Image] = []
    /// The product page: the first `MIME` of type `url` (BMEcat 2005's way to link a web page).
    @exclusivity(unchecked) var link: String?
    @exclusivity(unchecked) var prices: [BMEcatPrice] = []
    /// The first thing wrong with the record; it becomes the reject's reason.
    @exclusivity(unchecked) var problem: RecordProblem?

    init(isArticle: Bool, line: Int, column: Int, depth: Int, change: Product.Change?) {
        self.isArticle = isArticle
        self.line = line
        self.column = column
        self.depth = depth
        self.change = change
    }

    var idElement: String { isArticle ? "SUPPLIER_AID" : "SUPPLIER_PID" }

    func note(_ problem: RecordProblem) {
        if self.problem == nil { self.problem = problem }
    }

    /// Records a value read by `parse`, or the first problem.
    func read<Value>(_ parse: () throws(RecordProblem) -> Value?, into keyPath: ReferenceWritableKeyPath<BMEcatRecord, Value?>) {
        do { self[keyPath: keyPath] = try parse() } catch { note(error) }
    }
}

/// A feature being read: `FNAME` (1.x and 2005) or `FTEMPLATE/FT_NAME` (2005 with ontology),
/// one or more `FVALUE` or an `FVALUE_DETAILS`, and an optional `FUNIT`.
struct BMEcatFeature {
    var name: String?
    /// The first `FVALUE`, and any further ones (most features have one: no array for them).
    var value: String?
    var moreValues: [String] = []
    var details: String?
    var unit: String?

    mutating func addValue(_ text: String) {
        if value == nil { value = text } else { moreValues.append(text) }
    }

    /// The feature, nil without a name or a value. Several `FVALUE` are joined with "; ".
    var feature: Product.Feature? {
        guard let name, !name.isEmpty else { return nil }
        var text = value ?? details
        if let first = value, !moreValues.isEmpty { text = ([first] + moreValues).joined(separator: "; ") }
        guard let text, !text.isEmpty else { return nil }
        return Product.Feature(name: name, value: text, unit: unit.flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// A `MIME` entry being read.
struct BMEcatMime {
    var source: String?
    var purpose: String?
    var type: String?

    /// A picture, when the MIME type is an image (`image/jpeg`) or, without a type, the purpose
    /// is a picture's (`normal`, `thumbnail`, `detail`); data sheets, PDFs and links are not.
    /// The web page, when the MIME entry is a link (`MIME_TYPE` `url` or `text/html` with an absolute address).
    var pageLink: String? {
        guard let source, Self.isAbsolute(source), let type = type?.lowercased(), type == "url" || type == "text/html" else {
            return nil
        }
        return source
    }

    /// True when the address has a scheme (`https://…`), found on the UTF-8 bytes.
    static func isAbsolute(_ address: String) -> Bool {
        var run = 0  // how much of "://" the bytes just read end with
        for byte in address.utf8 {
            switch (run, byte) {
            case (1, UInt8(ascii: "/")): run = 2
            case (2, UInt8(ascii: "/")): return true
            default: run = byte == UInt8(ascii: ":") ? 1 : 0
            }
        }
        return false
    }

    func image(root: String?) -> Product.Image? {
        guard let source, !source.isEmpty else { return nil }
        if let type, !type.isEmpty {
            guard type.lowercased().hasPrefix("image/") else { return nil }
        } else if let purpose, !["normal", "thumbnail", "detail"].contains(purpose) {
            return nil
        }
        var url = source
        if let root, !root.isEmpty, !Self.isAbsolute(source) {
            url = root.hasSuffix("/") ? root + source : root + "/" + source
        }
        return Product.Image(url: url, purpose: purpose.flatMap { $0.isEmpty ? nil : $0 })
    }
}
