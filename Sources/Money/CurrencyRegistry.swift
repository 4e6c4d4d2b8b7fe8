import ICUBridge

/// The ISO 4217 currencies ICU knows, read once from ICU's data and then immutable.
public struct CurrencyRegistry: Sendable {
    /// The registry built from the system ICU.
    public static let shared = CurrencyRegistry()

    private let currencies: [String: Currency]
    /// Codes that are legal tender somewhere today according to ICU.
    public let currentCodes: Set<String>

    private init() {
        var all: [String: Currency] = [:]
        for code in Self.codes(which: Int32(MERIDIAN_ICU_CURRENCIES_ALL)) {
            var digits: Int32 = 0
            var cash: Int64 = 0
            var numeric: Int32 = 0
            let status = meridian_icu_currency_info(code, &digits, &cash, &numeric)
            guard status <= 0 else { continue }
            all[code] = Currency(code: code, minorUnits: Int(digits), cashIncrement: cash, numericCode: Int(numeric))
        }
        currencies = all
        currentCodes = Set(Self.codes(which: Int32(MERIDIAN_ICU_CURRENCIES_CURRENT)))
    }

    private static func codes(which: Int32) -> [String] {
        var capacity: Int32 = 3 * 512
        while true {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            var count: Int32 = 0
            let status = meridian_icu_currency_codes(which, &buffer, capacity, &count)
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity = (count + 16) * 3
                continue
            }
            guard status <= 0 else { return [] }
            let bytes = buffer.prefix(Int(count) * 3).map { UInt8(bitPattern: $0) }
            return stride(from: 0, to: bytes.count, by: 3).map {
                String(decoding: bytes[$0..<($0 + 3)], as: UTF8.self)
            }
        }
    }

    /// The currency for an ISO 4217 code (upper case).
    /// - Throws: ``MoneyError/unknownCurrency(_:)``.
    public func currency(_ code: String) throws(MoneyError) -> Currency {
        guard let currency = currencies[code] else { throw .unknownCurrency(code) }
        return currency
    }

    /// Every code ICU knows, sorted.
    public var allCodes: [String] { currencies.keys.sorted() }
}
