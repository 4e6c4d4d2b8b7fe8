/// The lexical forms XLIFF 2.0 gives its attribute values: NMTOKEN, BCP 47 language tags,
/// `prefix:value`, integers, and the characters XML allows.
enum XLIFF2Syntax {
    /// True for an XML NMTOKEN: one or more name characters (letters, digits, `.`, `-`, `_`, `:`, …).
    static func isNMTOKEN(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// True for a white-space separated list of NMTOKENs with at least one entry.
    static func isNMTOKENS(_ text: String) -> Bool {
        let tokens = tokens(of: text)
        return !tokens.isEmpty && tokens.allSatisfy(isNMTOKEN)
    }

    /// The entries of a white-space separated list.
    static func tokens(of text: String) -> [String] {
        text.split(whereSeparator: \.isXMLWhitespace).map(String.init)
    }

    /// True for a well-formed language tag in the form XML Schema's `xs:language` gives BCP 47:
    /// subtags of 1 to 8 letters or digits joined by `-`, the first letters only.
    static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, !first.isEmpty, first.count <= 8, first.allSatisfy(isASCIILetter) else { return false }
        return subtags.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) } }
    }

    /// True when two language tags name the same language (tags compare without regard to case).
    static func sameLanguage(_ first: String, _ second: String) -> Bool {
        first.lowercased() == second.lowercased()
    }

    /// True for `prefix:value` with a prefix that is an NMTOKEN without `:` and a non-empty value.
    static func isPrefixedValue(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let prefix = text[..<colon]
        let value = text[text.index(after: colon)...]
        return !prefix.isEmpty && !value.isEmpty && isNMTOKEN(String(prefix)) && !prefix.contains(":")
    }

    /// The integer value of a decimal numeral made of ASCII digits only, nil otherwise.
    static func integer(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 18, text.allSatisfy(isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// The value of a plain decimal number (`87`, `99.5`), nil otherwise.
    static func decimal(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isASCIIDigit) }) else { return nil }
        return Double(text)
    }

    /// True for a Unicode code point that XML 1.0 does not allow in a document, the only ones
    /// `<cp>` may carry: controls other than tab, line feed and carriage return, surrogates, U+FFFE, U+FFFF.
    static func isCharacterForbiddenInXML(_ codePoint: UInt32) -> Bool {
        switch codePoint {
        case 0x9, 0xA, 0xD: return false
        case 0x0...0x1F: return true
        case 0x20...0xD7FF: return false
        case 0xD800...0xDFFF: return true
        case 0xE000...0xFFFD: return false
        case 0xFFFE, 0xFFFF: return true
        case 0x10000...0x10FFFF: return false
        default: return false
        }
    }

    private static func isASCIILetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// XML 1.0 NameChar.
    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF: return true
        case 0x200C...0x200D, 0x203F...0x2040, 0x2070...0x218F, 0x2C00...0x2FEF: return true
        case 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: return true
        default: return false
        }
    }
}
