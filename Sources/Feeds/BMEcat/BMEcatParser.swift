import Money
import Products
import XMLSupport

/// Reads BMEcat 1.01, 1.2 (`ARTICLE`) and 2005 (`PRODUCT`) catalogs: the catalog's default
/// language, currency and `MIME_ROOT` from the header, then one record per article or product in
/// `T_NEW_CATALOG`, `T_UPDATE_PRODUCTS` or `T_UPDATE_PRICES`.
///
/// Field by field (1.x name / 2005 name → ``Products/Product``):
/// `SUPPLIER_AID`/`SUPPLIER_PID` → id; `DESCRIPTION_SHORT` → titles and `DESCRIPTION_LONG` →
/// descriptions, each in its `lang` (ISO 639-2 made BCP 47 through ICU) or the catalog language;
/// `EAN`/`INTERNATIONAL_PID type="gtin|ean"` → gtin; `MANUFACTURER_NAME` → brand;
/// `MANUFACTURER_AID`/`MANUFACTURER_PID` → mpn; `FEATURE` (`FNAME` or `FT_NAME`, `FVALUE` or
/// `FVALUE_DETAILS`, `FUNIT`) → features; image `MIME` entries → images; `ORDER_UNIT` → orderUnit;
/// `CUSTOMS_NUMBER` → hsCode; `COUNTRY_OF_ORIGIN` → originCountry; `WEIGHT` (kg) → weightKg;
/// prices as ``BMEcatPrice/choose(_:catalogCurrency:decimalComma:)`` says, dated by the
/// `valid_start_date`/`valid_end_date` of their price block; the transaction and `mode` → change.
/// BMEcat 1.01 wrote decimal commas (`17,23`): they are read as such in 1.0x catalogs only.
final class BMEcatParser: DialectParser {
    private let cursor: ElementCursor<BMEcatTag>
    private let options: FeedOptions
    private let languages = LanguageNormalizer()
    private let decimalComma: Bool
    @exclusivity(unchecked) private var catalogLanguage: String?
    @exclusivity(unchecked) private var catalogLanguageIsDefault = false
    @exclusivity(unchecked) private var catalogCurrency: Currency?
    @exclusivity(unchecked) private var mimeRoot: String?
    @exclusivity(unchecked) private var transaction: BMEcatTag?
    @exclusivity(unchecked) private var record: BMEcatRecord?
    @exclusivity(unchecked) private var feature: BMEcatFeature?
    @exclusivity(unchecked) private var mime: BMEcatMime?
    @exclusivity(unchecked) private var price: BMEcatPrice?
    @exclusivity(unchecked) private var blockStart = 0
    @exclusivity(unchecked) private var blockFrom: CalendarDate?
    @exclusivity(unchecked) private var blockTo: CalendarDate?
    @exclusivity(unchecked) private var dateType: String?
    @exclusivity(unchecked) private var textLanguage: String?
    @exclusivity(unchecked) private var idType: String?

    // Attribute names interned once, compared by pointer on every element.
    private let langName: XMLName?
    private let typeName: XMLName?
    private let priceTypeName: XMLName?
    private let modeName: XMLName?
    @exclusivity(unchecked) private var dates: [String: CalendarDate] = [:]

    init(xml: XMLStreamReader, options: FeedOptions) {
        langName = xml.intern("lang")
        typeName = xml.intern("type")
        priceTypeName = xml.intern("price_type")
        modeName = xml.intern("mode")
        self.options = options
        xml.positionDepth = 2  // BMECAT/T_NEW_CATALOG/PRODUCT: records are at depth 2
        let version = xml.attribute("version") ?? ""
        decimalComma = version.hasPrefix("1.0")
        cursor = ElementCursor(xml: xml)
        catalogCurrency = options.defaultCurrency
    }

    func next() throws(FeedError) -> FeedEvent? {
        while let event = try cursor.next() {
            switch event {
            case let .start(tag?):
                if record == nil { startOutside(tag) } else { startInRecord(tag) }
            case let .end(tag?):
                if record == nil { endOutside(tag) } else if let event = endInRecord(tag) { return event }
            default:
                continue
            }
        }
        return nil
    }

    // MARK: - Header and transactions

    private func startOutside(_ tag: BMEcatTag) {
        switch tag {
        case .LANGUAGE, .CURRENCY, .MIME_ROOT:
            guard cursor.within(.CATALOG) else { return }
            if tag == .LANGUAGE, cursor.attribute("default") == "true" { catalogLanguageIsDefault = true }
            cursor.capture()
        case .T_NEW_CATALOG, .T_UPDATE_PRODUCTS, .T_UPDATE_PRICES:
            transaction = tag
        case .ARTICLE, .PRODUCT:
            guard cursor.ancestor(1)?.isTransaction == true else { return }
            let location = cursor.location
            record = BMEcatRecord(isArticle: tag == .ARTICLE, line: location.line, column: location.column,
                                  depth: cursor.depth, change: change(mode: cursor.attribute(modeName)))
        default:
            return
        }
    }

    private func endOutside(_ tag: BMEcatTag) {
        let text = cursor.text
        switch tag {
        case .LANGUAGE where cursor.within(.CATALOG, levels: 0) && !text.isEmpty:
            if catalogLanguage == nil || catalogLanguageIsDefault {
                catalogLanguage = languages.tag(text)
                catalogLanguageIsDefault = false
            }
        case .CURRENCY where cursor.within(.CATALOG, levels: 0) && !text.isEmpty:
            catalogCurrency = (try? FieldParser.currency(text)) ?? catalogCurrency
        case .MIME_ROOT where cursor.within(.CATALOG, levels: 0):
            mimeRoot = text
        default:
            return
        }
    }

    private func change(mode: String?) -> Product.Change? {
        switch transaction {
        case .T_UPDATE_PRICES?: return .pricesOnly
        case .T_UPDATE_PRODUCTS?:
            switch mode {
            case "new": return .new
            case "delete": return .delete
            default: return .update
            }
        default:
            return mode == "delete" ? .delete : .new
        }
    }

    private var defaultLanguage: String { catalogLanguage ?? options.defaultLanguage ?? "und" }
}

// MARK: - Records

extension BMEcatParser {
    private func startInRecord(_ tag: BMEcatTag) {
        switch tag {
        case .SUPPLIER_AID, .SUPPLIER_PID:
            if cursor.ancestor(1)?.isRecord == true { cursor.capture() }
        case .DESCRIPTION_SHORT, .DESCRIPTION_LONG:
            textLanguage = cursor.attribute(langName)
            cursor.capture()
        case .INTERNATIONAL_PID:
            idType = cursor.attribute(typeName)
            cursor.capture()
        case .EAN, .MANUFACTURER_NAME, .MANUFACTURER_AID, .MANUFACTURER_PID, .ORDER_UNIT, .CUSTOMS_NUMBER,
             .COUNTRY_OF_ORIGIN, .WEIGHT:
            if feature == nil { cursor.capture() }
        case .FEATURE:
            feature = BMEcatFeature()
        case .FNAME, .FT_NAME, .FVALUE, .FVALUE_DETAILS, .FUNIT:
            if feature != nil { cursor.capture() }
        case .MIME:
            mime = BMEcatMime()
        case .MIME_SOURCE, .MIME_PURPOSE, .MIME_TYPE:
            if mime != nil { cursor.capture() }
        case .ARTICLE_PRICE_DETAILS, .PRODUCT_PRICE_DETAILS:
            blockStart = record?.prices.count ?? 0
            blockFrom = nil
            blockTo = nil
        case .DATETIME where cursor.ancestor(1)?.isPriceDetails == true:
            dateType = cursor.attribute(typeName)
        case .DATE where cursor.within(.DATETIME) && cursor.ancestor(2)?.isPriceDetails == true:
            cursor.capture()
        case .ARTICLE_PRICE, .PRODUCT_PRICE:
            price = BMEcatPrice(type: cursor.attribute(priceTypeName) ?? "", order: record?.prices.count ?? 0)
        case .PRICE_AMOUNT, .PRICE_CURRENCY, .TAX, .PRICE_FACTOR, .LOWER_BOUND:
            if price != nil { cursor.capture() }
        default:
            return
        }
    }

    private func endInRecord(_ tag: BMEcatTag) -> FeedEvent? {
        guard let current = record else { return nil }
        let text = cursor.text
        switch tag {
        case .ARTICLE, .PRODUCT:
            guard cursor.depth == current.depth - 1 else { break }
            record = nil
            return build(current)
        case .SUPPLIER_AID, .SUPPLIER_PID:
            if cursor.ancestor(0)?.isRecord == true, !text.isEmpty { current.id = text }
        case .DESCRIPTION_SHORT, .DESCRIPTION_LONG:
            guard !text.isEmpty else { break }
            let language = textLanguage.map(languages.tag) ?? defaultLanguage
            if tag == .DESCRIPTION_SHORT { current.titles.set(text, for: language) } else { current.descriptions.set(text, for: language) }
        case .EAN where feature == nil && !text.isEmpty && current.gtin == nil:
            let strict = options.rejectsInvalidGTIN
            current.read({ () throws(RecordProblem) in try FieldParser.gtin(text, strict: strict) }, into: \.gtin)
        case .INTERNATIONAL_PID where !text.isEmpty && current.gtin == nil:
            if idType == nil || idType == "gtin" || idType == "ean" {
                let strict = options.rejectsInvalidGTIN
                current.read({ () throws(RecordProblem) in try FieldParser.gtin(text, strict: strict) }, into: \.gtin)
            }
        case .MANUFACTURER_NAME where feature == nil && !text.isEmpty: current.brand = text
        case .MANUFACTURER_AID, .MANUFACTURER_PID: if feature == nil && !text.isEmpty { current.mpn = text }
        case .ORDER_UNIT where !text.isEmpty: current.orderUnit = text
        case .CUSTOMS_NUMBER:
            let digits = String(decoding: text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
            if (2...10).contains(digits.count) { current.hsCode = digits }
        case .COUNTRY_OF_ORIGIN:
            if text.count == 2 { current.originCountry = text.uppercased() }
        case .WEIGHT where feature == nil && !text.isEmpty:
            let comma = decimalComma
            current.read({ () throws(RecordProblem) in try FieldParser.decimal(text, field: "WEIGHT", decimalComma: comma) }, into: \.weightKg)
        case .FNAME, .FT_NAME: feature?.name = text
        case .FVALUE: feature?.addValue(text)
        case .FVALUE_DETAILS: feature?.details = text
        case .FUNIT: feature?.unit = text
        case .FEATURE:
            if let value = feature?.feature { current.features.append(value) }
            feature = nil
        case .MIME_SOURCE: mime?.source = text
        case .MIME_PURPOSE: mime?.purpose = text
        case .MIME_TYPE: mime?.type = text
        case .MIME:
            if let image = mime?.image(root: mimeRoot) { current.images.append(image) }
            if current.link == nil, let link = mime?.pageLink { current.link = link }
            mime = nil
        case .DATE where cursor.within(.DATETIME, levels: 0) && cursor.ancestor(1)?.isPriceDetails == true:
            readValidity(text, into: current)
        case .PRICE_AMOUNT: price?.amount = text.isEmpty ? nil : text
        case .PRICE_CURRENCY: price?.currency = text.isEmpty ? nil : text
        case .TAX: price?.tax = text.isEmpty ? nil : text
        case .PRICE_FACTOR: price?.factor = text.isEmpty ? nil : text
        case .LOWER_BOUND: price?.lowerBound = text.isEmpty ? nil : text
        case .ARTICLE_PRICE, .PRODUCT_PRICE:
            if let price { current.prices.append(price) }
            price = nil
        case .ARTICLE_PRICE_DETAILS, .PRODUCT_PRICE_DETAILS:
            for index in blockStart..<current.prices.count {
                current.prices[index].validFrom = blockFrom
                current.prices[index].validTo = blockTo
            }
        default:
            break
        }
        return nil
    }

    private func readValidity(_ text: String, into current: BMEcatRecord) {
        guard !text.isEmpty, dateType == "valid_start_date" || dateType == "valid_end_date" else { return }
        do {
            // Catalogs repeat the same few dates; parse each once (and forget them if there are many).
            let date: CalendarDate
            if let known = dates[text] { date = known } else {
                date = try FieldParser.date(text, field: dateType ?? "DATE")
                if dates.count > 256 { dates.removeAll(keepingCapacity: true) }
                dates[text] = date
            }
            if dateType == "valid_start_date" { blockFrom = date } else { blockTo = date }
        } catch {
            current.note(error)
        }
    }

    private func build(_ record: BMEcatRecord) -> FeedEvent {
        let file = cursor.file
        func reject(_ reason: String) -> FeedEvent {
            .rejected(FeedReject(file: file, line: record.line, column: record.column, recordID: record.id, reason: reason))
        }
        guard let id = record.id else { return reject("no \(record.idElement)") }
        if let problem = record.problem { return reject(problem.reason) }
        let price: ProductPrice?
        do {
            price = try BMEcatPrice.choose(record.prices, catalogCurrency: catalogCurrency, decimalComma: decimalComma)
        } catch {
            return reject(error.reason)
        }
        return .product(Product(
            id: id, gtin: record.gtin, brand: record.brand, mpn: record.mpn, titles: record.titles,
            descriptions: record.descriptions, hsCode: record.hsCode, originCountry: record.originCountry,
            price: price, weightKg: record.weightKg, images: record.images, link: record.link, orderUnit: record.orderUnit,
            features: record.features,
            source: Product.SourceLocation(file: file, line: record.line, column: record.column),
            change: record.change))
    }
}
