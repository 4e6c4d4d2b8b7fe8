// ONIX short tags (the `<a001>` form of the standard) for the reference names Meridian reads,
// from the ONIX for Books 2.1 and 3.0 tag lists; composites are the reference name lower-cased.
extension ONIXTag {
    static let aliases: [String: ONIXTag] = {
        var table: [String: ONIXTag] = [
            "m184": .DefaultLanguageOfText, "m185": .DefaultPriceTypeCode, "m186": .DefaultCurrencyCode,
            "a001": .RecordReference, "a002": .NotificationType,
            "b221": .ProductIDType, "b244": .IDValue, "b012": .ProductForm, "x314": .ProductForm,
            "b202": .TitleType, "b203": .TitleText, "b030": .TitlePrefix, "b031": .TitleWithoutPrefix,
            "b036": .PersonName, "b037": .PersonNameInverted, "b047": .CorporateName,
            "b039": .NamesBeforeKey, "b040": .KeyNames,
            "d102": .TextTypeCode, "x426": .TextType, "d104": .Text,
            "j148": .PriceTypeCode, "x462": .PriceType, "j151": .PriceAmount, "j152": .CurrencyCode,
            "j154": .TaxRatePercent1, "j161": .PriceEffectiveFrom, "j162": .PriceEffectiveUntil,
            "j396": .ProductAvailability, "j141": .AvailabilityCode, "j350": .OnHand,
            "b079": .ImprintName, "b081": .PublisherName,
            "c093": .MeasureTypeCode, "x315": .MeasureType, "c094": .Measurement, "c095": .MeasureUnitCode,
            "f114": .MediaFileTypeCode, "f117": .MediaFileLink, "x436": .ResourceContentType, "x435": .ResourceLink,
            "b367": .WebsiteLink,
        ]
        // Composites: the short tag is the reference name in lower case (`productidentifier`).
        for tag in [ONIXTag.Header, .Product, .ProductIdentifier, .DescriptiveDetail, .Title, .TitleDetail, .TitleElement,
                    .Contributor, .OtherText, .CollateralDetail, .TextContent, .ProductSupply, .SupplyDetail, .Price, .Tax,
                    .Stock, .Imprint, .Publisher, .Measure, .MediaFile, .SupportingResource, .Website] {
            table[String(describing: tag).lowercased()] = tag
        }
        table["ONIXmessage"] = .ONIXMessage
        return table
    }()
}
