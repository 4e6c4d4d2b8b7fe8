/// The form an attribute value must have, with the sentence that says what is wrong when it does not.
enum XLIFF2ValueRule: Sendable {
    /// Any text.
    case text
    case nmtoken
    case nmtokens
    /// A BCP 47 language tag.
    case language
    /// One of a closed set of values.
    case choice([String])
    /// `prefix:value`, as `subState`, unit and group `type` take.
    case prefixedValue
    case positiveInteger
    case nonNegativeInteger
    case integer(ClosedRange<Int>)
    /// A decimal from 0 to 100 (match quality and similarity).
    case percentage
    /// The hexadecimal code point of a character XML does not allow (`<cp hex>`).
    case forbiddenCharacter
    /// `type` of an inline code: fmt, ui, quote, link, image, other.
    case codeType
    /// `type` of an annotation: generic, comment, term, or `prefix:value`.
    case annotationType

    static let yesNo = XLIFF2ValueRule.choice(["yes", "no"])
    static let direction = XLIFF2ValueRule.choice(["ltr", "rtl", "auto"])
    static let reorder = XLIFF2ValueRule.choice(["yes", "firstNo", "no"])
    static let space = XLIFF2ValueRule.choice(["default", "preserve"])
    static let normalization = XLIFF2ValueRule.choice(["none", "nfc", "nfd"])

    /// Nil when `value` fits, else what is wrong, to follow "has <attribute> '<value>', ".
    func problem(with value: String) -> String? {
        switch self {
        case .text:
            return nil
        case .nmtoken:
            return XLIFF2Syntax.isNMTOKEN(value) ? nil : "which is not an NMTOKEN (letters, digits, '.', '-', '_', ':')"
        case .nmtokens:
            return XLIFF2Syntax.isNMTOKENS(value) ? nil : "which is not a space-separated list of NMTOKENs"
        case .language:
            return XLIFF2Syntax.isLanguageTag(value) ? nil : "which is not a well-formed BCP 47 language tag"
        case .choice(let values):
            return values.contains(value) ? nil : "not one of \(values.joined(separator: ", "))"
        case .prefixedValue:
            return XLIFF2Syntax.isPrefixedValue(value) ? nil : "which is not of the form prefix:value"
        case .positiveInteger:
            return (XLIFF2Syntax.integer(value) ?? 0) >= 1 ? nil : "which is not a positive integer"
        case .nonNegativeInteger:
            return XLIFF2Syntax.integer(value) != nil ? nil : "which is not a non-negative integer"
        case .integer(let range):
            return XLIFF2Syntax.integer(value).map(range.contains) == true
                ? nil : "which is not an integer from \(range.lowerBound) to \(range.upperBound)"
        case .percentage:
            return XLIFF2Syntax.decimal(value).map { (0...100).contains($0) } == true ? nil : "which is not a number from 0 to 100"
        case .forbiddenCharacter:
            return Self.forbiddenCharacterProblem(value)
        case .codeType:
            return Self.choice(["fmt", "ui", "quote", "link", "image", "other"]).problem(with: value)
        case .annotationType:
            if ["generic", "comment", "term"].contains(value) || XLIFF2Syntax.isPrefixedValue(value) { return nil }
            return "not generic, comment, term or a prefix:value of its own"
        }
    }

    private static func forbiddenCharacterProblem(_ value: String) -> String? {
        guard !value.isEmpty, value.count <= 6, value.allSatisfy(\.isHexDigit), let codePoint = UInt32(value, radix: 16) else {
            return "which is not a hexadecimal code point"
        }
        guard codePoint <= 0x10FFFF else { return "which is beyond U+10FFFF" }
        if XLIFF2Syntax.isCharacterForbiddenInXML(codePoint) { return nil }
        return "but U+\(value.uppercased()) is allowed in XML and must be written as itself, not with <cp>"
    }
}
