// The Google Merchant (RSS 2.0, Atom, legacy Google Base) elements Meridian reads, by local name;
// `g:` fields and plain RSS/Atom fields of the same name mean the same.
enum GoogleTag: FeedTag {
    case rss, channel, item, feed, entry, language
    case id, guid, title, description, summary, content, link
    case image_link, additional_image_link, price, sale_price, currency, availability
    case gtin, brand, mpn, item_group_id, google_product_category, product_type
    case shipping_weight, condition, quantity
}
