import MarketRules
import Money
import Products

/// The values one mapped record has given, per field of the mapping.
struct MappedRecord {
    let line: Int
    let column: Int
    let depth: Int
    private var values: [[(text: String, language: String?)]]

    init(line: Int, column: Int, depth: Int, fieldCount: Int) {
        self.line = line
        self.column = column
        self.depth = depth
        values = Array(repeating: [], count: fieldCount)
    }

    mutating func add(_ text: String, language: String?, to field: Int, repeated: Bool) {
        guard !text.isEmpty, repeated || values[field].isEmpty else { return }
        values[field].append((text, language))
    }

    /// The product or reject this record makes.
    func event(mapping: FeedMapping, options: FeedOptions, file: String) -> FeedEvent {
        let id = first(.id, mapping)
        guard let id else {
            let path = mapping.fields.first { $0.field == .id }?.path.description ?? "id"
            return .rejected(FeedReject(file: file, line: line, column: column, recordID: nil, reason: "no id (\(path))"))
        }
        do {
            return .product(try product(id: id, mapping: mapping, options: options,
                                        source: Product.SourceLocation(file: file, line: line, column: column)))
        } catch {
            return .rejected(FeedReject(file: file, line: line, column: column, recordID: id, reason: error.reason))
        }
    }

    private func product(id: String, mapping: FeedMapping, options: FeedOptions, source: Product.SourceLocation) throws(RecordProblem) -> Product {
        let language = mapping.language ?? options.defaultLanguage ?? "und"
        let currency = try first(.currency, mapping).map { (code) throws(RecordProblem) in try FieldParser.currency(code) } ?? options.defaultCurrency
        let kind: ProductPrice.Kind = first(.priceKind, mapping)?.lowercased() == "gross" ? .gross : .net
        let taxRate = try first(.taxRate, mapping).map { (text) throws(RecordProblem) in try FieldParser.rate(text, field: "tax_rate") }
        func price(_ field: FeedMapping.Field) throws(RecordProblem) -> ProductPrice? {
            guard let text = first(field, mapping) else { return nil }
            let amount = try FieldParser.decimal(text, field: field.rawValue)
            guard let currency else {
                throw RecordProblem("\(field.rawValue) '\(text)' has no currency: map currency, give it under constants, or pass a default")
            }
            return ProductPrice(amount: amount, currency: currency, kind: kind, taxRate: kind == .gross ? taxRate : nil)
        }
        // One initializer call, arguments in the order the fields were always read (so the first
        // problem found is the same), instead of a product changed field by field.
        return Product(
            id: id,
            gtin: try first(.gtin, mapping).flatMap { (text) throws(RecordProblem) in
                try FieldParser.gtin(text, strict: options.rejectsInvalidGTIN)
            },
            brand: first(.brand, mapping),
            mpn: first(.mpn, mapping),
            titles: texts(.title, mapping, language),
            descriptions: texts(.description, mapping, language),
            category: first(.category, mapping),
            hsCode: first(.hsCode, mapping).map { $0.filter(\.isASCII).filter(\.isNumber) }.flatMap { (2...10).contains($0.count) ? $0 : nil },
            originCountry: first(.originCountry, mapping).flatMap { $0.count == 2 ? $0.uppercased() : nil },
            taxCategory: first(.taxCategory, mapping).map(ProductCategory.init(rawValue:)),
            price: try price(.price),
            salePrice: try price(.salePrice),
            weightKg: try first(.weightKg, mapping).map { (text) throws(RecordProblem) in
                text.contains(" ") ? try GoogleRecord.weight(text) : try FieldParser.decimal(text, field: "weight_kg")
            },
            images: all(.image, mapping).map { Product.Image(url: $0.text) },
            availability: first(.availability, mapping).flatMap(GoogleRecord.availability),
            stock: try first(.stock, mapping).map { (text) throws(RecordProblem) in try FieldParser.integer(text, field: "stock") },
            variantGroup: first(.variantGroup, mapping),
            link: first(.link, mapping),
            orderUnit: first(.orderUnit, mapping),
            source: source)
    }

    private func all(_ field: FeedMapping.Field, _ mapping: FeedMapping) -> [(text: String, language: String?)] {
        var found: [(text: String, language: String?)] = []
        for (index, entry) in mapping.fields.enumerated() where entry.field == field { found += values[index] }
        if found.isEmpty, let constant = mapping.constants[field] { found.append((constant, nil)) }
        return found
    }

    private func first(_ field: FeedMapping.Field, _ mapping: FeedMapping) -> String? { all(field, mapping).first?.text }

    private func texts(_ field: FeedMapping.Field, _ mapping: FeedMapping, _ language: String) -> LocalizedTexts {
        var texts = LocalizedTexts()
        for value in all(field, mapping) { texts.set(value.text, for: value.language ?? language) }
        return texts
    }
}
