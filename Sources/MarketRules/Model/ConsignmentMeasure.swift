/// What a threshold or a value band is measured on.
public enum ConsignmentMeasure: String, Sendable, CaseIterable {
    /// The price of the goods.
    case goodsValue = "goods_value"
    /// The EU/UK intrinsic value: goods without transport, insurance or taxes.
    case intrinsicValue = "intrinsic_value"
    /// The customs value on the market's CIF or FOB basis.
    case customsValue = "customs_value"
    /// Goods plus shipping.
    case goodsPlusShipping = "goods_plus_shipping"
    /// The computed import tax itself (Switzerland's CHF 5 rule).
    case taxAmount = "tax_amount"
    /// The computed duty itself.
    case dutyAmount = "duty_amount"
    /// Duty and import tax together.
    case dutyAndTaxAmount = "duty_and_tax_amount"
}

/// How goods travel; some thresholds depend on it.
public enum TransportMode: String, Sendable, CaseIterable, Codable {
    case courier, post, freight
}
