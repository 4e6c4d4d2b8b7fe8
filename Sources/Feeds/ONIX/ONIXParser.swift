import Money
import Products
import XMLSupport

/// Reads ONIX for Books 2.1 and 3.0, reference or short tags (short tags are mapped to reference
/// names by ``ONIXTag/aliases``): header defaults, then one record per `Product` (a document whose
/// root is a single `Product` is one record).
///
/// Fields → ``Products/Product``: `RecordReference` → id; `ProductIdentifier` of type 15 (ISBN-13),
/// else 03 (GTIN-13) → gtin; `Title/TitleText` (2.1) or `DescriptiveDetail/TitleDetail/TitleElement`
/// (3.0) of title type 01 → titles; `Contributor` names (PersonName, else PersonNameInverted, else
/// CorporateName) → authors; `ImprintName`, else `PublisherName` → brand; `OtherText` (2.1) or
/// `TextContent` (3.0) → descriptions, in `DefaultLanguageOfText`; `SupplyDetail/Price` → price
/// (`PriceTypeCode` inclusive or exclusive of tax → gross or net); `ProductAvailability` or
/// `AvailabilityCode` → availability; `Stock/OnHand` → stock; unit weight `Measure` → weightKg;
/// cover images → images; `WebsiteLink` → link; `ProductForm` → hsCode 490199 and the books
/// tax category for printed books; `NotificationType` 05 → delete.
final class ONIXParser: DialectParser {
    private static let leaves: Set<ONIXTag> = [
        .DefaultLanguageOfText, .DefaultCurrencyCode, .DefaultPriceTypeCode, .RecordReference, .NotificationType,
        .ProductIDType, .IDValue, .ProductForm, .TitleType, .TitleText, .TitlePrefix, .TitleWithoutPrefix,
        .PersonName, .PersonNameInverted, .CorporateName, .NamesBeforeKey, .KeyNames, .TextTypeCode, .TextType, .Text,
        .PriceTypeCode, .PriceType, .PriceAmount, .CurrencyCode, .TaxRatePercent1, .TaxRatePercent,
        .PriceEffectiveFrom, .PriceEffectiveUntil, .ProductAvailability, .AvailabilityCode, .OnHand,
        .ImprintName, .PublisherName, .MeasureTypeCode, .MeasureType, .Measurement, .MeasureUnitCode,
        .MediaFileTypeCode, .MediaFileLink, .ResourceContentType, .ResourceLink, .WebsiteLink,
    ]

    private let cursor: ElementCursor<ONIXTag>
    private let options: FeedOptions
    private let languages = LanguageNormalizer()
    @exclusivity(unchecked) private var language: String?
    @exclusivity(unchecked) private var currency: Currency?
    @exclusivity(unchecked) private var priceType: String?
    @exclusivity(unchecked) private var record: ONIXRecord?
    @exclusivity(unchecked) private var parts: [ONIXTag: String] = [:]
    @exclusivity(unchecked) private var titleType: String?
    @exclusivity(unchecked) private var price = ONIXRecord.Price()

    init(xml: XMLStreamReader, options: FeedOptions) {
        self.options = options
        xml.positionDepth = 1  // ONIXMessage/Product at depth 1 (or a bare Product at 0)
        cursor = ElementCursor(xml: xml)
        currency = options.defaultCurrency
        if cursor.depth == 1, cursor.ancestor(0) == .Product {
            let location = cursor.location
            record = ONIXRecord(line: location.line, column: location.column, depth: 1)
        }
    }

    func next() throws(FeedError) -> FeedEvent? {
        while let event = try cursor.next() {
            switch event {
            case let .start(tag?): start(tag)
            case let .end(tag?): if let event = end(tag) { return event }
            default: continue
            }
        }
        return nil
    }

    private func start(_ tag: ONIXTag) {
        if Self.leaves.contains(tag) {
            cursor.capture()
            return
        }
        switch tag {
        case .Product where record == nil:
            let location = cursor.location
            record = ONIXRecord(line: location.line, column: location.column, depth: cursor.depth)
        case .ProductIdentifier, .Contributor, .OtherText, .TextContent, .Measure, .MediaFile, .SupportingResource:
            parts.removeAll(keepingCapacity: true)
        case .Title, .TitleDetail:
            titleType = nil
        case .Price:
            price = ONIXRecord.Price()
        default:
            return
        }
    }

    private func end(_ tag: ONIXTag) -> FeedEvent? {
        let text = cursor.text
        guard let current = record else {
            switch tag {
            case .DefaultLanguageOfText where !text.isEmpty: language = languages.tag(text)
            case .DefaultCurrencyCode where !text.isEmpty: currency = (try? FieldParser.currency(text)) ?? currency
            case .DefaultPriceTypeCode where !text.isEmpty: priceType = text
            default: break
            }
            return nil
        }
        if tag == .Product, cursor.depth == current.depth - 1 {
            record = nil
            return build(current)
        }
        switch tag {
        case .RecordReference where !text.isEmpty: current.id = text
        case .NotificationType: current.notification = text
        case .ProductForm: current.form = current.form ?? text
        case .TitleType: titleType = text
        case .TitleText, .TitlePrefix, .TitleWithoutPrefix:
            if titleType == nil || titleType == "01" { assignTitle(tag, text, current) }
        case .PriceTypeCode, .PriceType: price.type = text
        case .PriceAmount: price.amount = text.isEmpty ? nil : text
        case .CurrencyCode: price.currency = text.isEmpty ? nil : text
        case .TaxRatePercent1, .TaxRatePercent: price.taxPercent = text.isEmpty ? nil : text
        case .PriceEffectiveFrom: price.from = text.isEmpty ? nil : text
        case .PriceEffectiveUntil: price.until = text.isEmpty ? nil : text
        case .Price: current.prices.append(price)
        case .ProductAvailability: current.availability = current.availability ?? text
        case .AvailabilityCode: current.availabilityCode = current.availabilityCode ?? text
        case .OnHand: current.stock = current.stock ?? text
        case .ImprintName where !text.isEmpty: current.imprint = current.imprint ?? text
        case .PublisherName where !text.isEmpty: current.publisher = current.publisher ?? text
        case .WebsiteLink where !text.isEmpty: current.link = current.link ?? text
        case .ProductIdentifier:
            if let type = parts[.ProductIDType], let value = parts[.IDValue] { current.identifiers.append((type, value)) }
        case .Contributor:
            if let name = contributorName { current.authors.append(name) }
        case .OtherText, .TextContent:
            if let type = parts[.TextTypeCode] ?? parts[.TextType], let body = parts[.Text], !body.isEmpty {
                current.texts.append((type, body))
            }
        case .Measure:
            if (parts[.MeasureTypeCode] ?? parts[.MeasureType]) == "08", let value = parts[.Measurement],
               let unit = parts[.MeasureUnitCode], current.weight == nil {
                current.weight = (value, unit)
            }
        case .MediaFile, .SupportingResource:
            if let image = coverImage { current.images.append(image) }
        default:
            if Self.leaves.contains(tag) { parts[tag] = text }
        }
        return nil
    }

    private func assignTitle(_ tag: ONIXTag, _ text: String, _ current: ONIXRecord) {
        guard !text.isEmpty else { return }
        switch tag {
        case .TitleText: current.title = current.title ?? text
        case .TitlePrefix: current.titlePrefix = current.titlePrefix ?? text
        default: current.titleWithoutPrefix = current.titleWithoutPrefix ?? text
        }
    }

    private var contributorName: String? {
        if let name = parts[.PersonName] ?? parts[.PersonNameInverted] ?? parts[.CorporateName], !name.isEmpty { return name }
        guard let key = parts[.KeyNames] else { return nil }
        return parts[.NamesBeforeKey].map { "\($0) \(key)" } ?? key
    }

    /// Front covers (2.1 MediaFileTypeCode 04 and 06, thumbnails 07; 3.0 ResourceContentType 01).
    private var coverImage: Product.Image? {
        if let link = parts[.MediaFileLink], let type = parts[.MediaFileTypeCode], ["04", "06", "07"].contains(type) {
            return Product.Image(url: link, purpose: type == "07" ? "thumbnail" : "normal")
        }
        if let link = parts[.ResourceLink], parts[.ResourceContentType] == "01" {
            return Product.Image(url: link, purpose: "normal")
        }
        return nil
    }

    private func build(_ record: ONIXRecord) -> FeedEvent {
        let file = cursor.file
        func reject(_ reason: String) -> FeedEvent {
            .rejected(FeedReject(file: file, line: record.line, column: record.column, recordID: record.id, reason: reason))
        }
        guard record.id != nil else { return reject("no RecordReference") }
        let defaults = ONIXRecord.Defaults(language: language ?? options.defaultLanguage ?? "und", currency: currency,
                                           priceType: priceType, strictGTIN: options.rejectsInvalidGTIN)
        do {
            let source = Product.SourceLocation(file: file, line: record.line, column: record.column)
            return .product(try record.product(defaults: defaults, source: source))
        } catch {
            return reject(error.reason)
        }
    }
}
