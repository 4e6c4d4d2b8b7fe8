/// The form of an HS code in requests and product records: 2 to 10 ASCII digits, no dots.
enum HSCodeFormat {
    static func isValid(_ code: String) -> Bool {
        (2...10).contains(code.utf8.count) && code.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
