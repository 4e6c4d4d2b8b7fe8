import ICUBridge

/// Pseudo-localization for layout testing, on the literal text of ICU messages only (arguments,
/// plural syntax and `#` are kept intact).
///
/// - `en-XA`: accented letters, about 35 % longer, in brackets: "In stock" → "[Íñ šţöçķ·······]".
/// - `ar-XB`: the text wrapped in right-to-left marks so the layout flips: "In stock" → "\u{202E}In stock\u{202C}".
public enum PseudoLocalizer {
    public enum Style: String, Sendable, CaseIterable {
        case accented = "en-XA"
        case rightToLeft = "ar-XB"
    }

    /// The pseudo-localized message. - Throws: ``LocalizationError/invalidMessage(_:line:offset:status:)``.
    public static func transform(_ pattern: String, style: Style) throws(LocalizationError) -> String {
        var spans = [Int32](repeating: 0, count: 512)
        var count: Int32 = 0
        var offset: Int32 = -1
        let status = meridian_icu_message_text_spans(pattern, &spans, 256, &count, &offset)
        guard status <= 0 else { throw .invalidMessage(pattern, line: 0, offset: Int(offset), status: ICUStatus.name(status)) }
        let utf16 = Array(pattern.utf16)
        var result: [UInt16] = []
        var position = 0
        for pair in 0..<Int(count) {
            let start = Int(spans[2 * pair])
            let limit = Int(spans[2 * pair + 1])
            result += utf16[position..<start]
            let text = String(decoding: utf16[start..<limit], as: UTF16.self)
            result += Array(convert(text, style: style).utf16)
            position = limit
        }
        result += utf16[position...]
        let body = String(decoding: result, as: UTF16.self)
        return style == .accented ? "[" + body + "]" : body
    }

    static func convert(_ text: String, style: Style) -> String {
        switch style {
        case .rightToLeft:
            return text.trimmingSpaces().isEmpty ? text : "\u{202E}" + text + "\u{202C}"
        case .accented:
            var accented = ""
            var letters = 0
            for character in text {
                if let replacement = accents[character] {
                    accented.append(replacement)
                    letters += 1
                } else {
                    accented.append(character)
                    if character.isLetter { letters += 1 }
                }
            }
            // Roughly 35 % longer, as translations into German or Finnish often are.
            let padding = (letters * 35 + 99) / 100
            return padding > 0 ? accented + String(repeating: "·", count: padding) : accented
        }
    }

    static let accents: [Character: Character] = [
        "a": "á", "b": "ƀ", "c": "ç", "d": "ð", "e": "é", "f": "ƒ", "g": "ĝ", "h": "ĥ", "i": "í", "j": "ĵ", "k": "ķ",
        "l": "ļ", "m": "ɱ", "n": "ñ", "o": "ö", "p": "þ", "q": "ǫ", "r": "ŕ", "s": "š", "t": "ţ", "u": "ú", "v": "ṽ",
        "w": "ŵ", "x": "ẋ", "y": "ý", "z": "ž", "A": "Á", "B": "Ɓ", "C": "Ç", "D": "Ð", "E": "É", "F": "Ƒ", "G": "Ĝ",
        "H": "Ĥ", "I": "Í", "J": "Ĵ", "K": "Ķ", "L": "Ļ", "M": "Ṁ", "N": "Ñ", "O": "Ö", "P": "Þ", "Q": "Ǫ", "R": "Ŕ",
        "S": "Š", "T": "Ţ", "U": "Ú", "V": "Ṽ", "W": "Ŵ", "X": "Ẋ", "Y": "Ý", "Z": "Ž",
    ]
}

extension String {
    fileprivate func trimmingSpaces() -> Substring {
        drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().reduce(into: Substring()) { $0.append($1) }
    }
}
