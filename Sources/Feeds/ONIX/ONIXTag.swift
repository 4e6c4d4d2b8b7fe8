// The ONIX for Books 2.1 and 3.0 elements Meridian reads, by reference name; short tags map to
// the same cases through `ONIXTag.aliases` (ONIXTag+ShortTags.swift).
enum ONIXTag: FeedTag {
    case ONIXMessage, Header, DefaultLanguageOfText, DefaultCurrencyCode, DefaultPriceTypeCode
    case Product, RecordReference, NotificationType, ProductIdentifier, ProductIDType, IDValue, ProductForm
    case DescriptiveDetail, Title, TitleDetail, TitleElement, TitleType, TitleText, TitlePrefix, TitleWithoutPrefix
    case Contributor, PersonName, PersonNameInverted, CorporateName, NamesBeforeKey, KeyNames
    case OtherText, TextTypeCode, CollateralDetail, TextContent, TextType, Text
    case ProductSupply, SupplyDetail, Price, PriceTypeCode, PriceType, PriceAmount, CurrencyCode
    case TaxRatePercent1, Tax, TaxRatePercent, PriceEffectiveFrom, PriceEffectiveUntil
    case ProductAvailability, AvailabilityCode, Stock, OnHand
    case Imprint, ImprintName, Publisher, PublisherName
    case Measure, MeasureTypeCode, MeasureType, Measurement, MeasureUnitCode
    case MediaFile, MediaFileTypeCode, MediaFileLink, SupportingResource, ResourceContentType, ResourceLink
    case Website, WebsiteLink
}
