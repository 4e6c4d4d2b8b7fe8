/// An XLIFF 2.0 fragment identifier (section 4.3.2): `#f=f1/u=u1/n=n1`, relative (`#n=n1`, `#m1`)
/// or absolute (`#/f=f1/…`), parsed and checked for syntax and order of selectors.
struct XLIFF2FragmentIdentifier: Equatable, Sendable {
    /// One `prefix=id` step; the prefix is nil for an id of the unit's source side (`#m1`).
    struct Selector: Equatable, Sendable {
        let prefix: String?
        let id: String

        var written: String { prefix.map { "\($0)=\(id)" } ?? id }
    }

    /// Why a fragment identifier could not be parsed.
    struct Malformed: Error, Equatable {
        let reason: String
    }

    let isAbsolute: Bool
    let selectors: [Selector]

    /// The last selector: what the identifier points to.
    var leaf: Selector { selectors[selectors.count - 1] }

    /// The id given for `prefix` (`f`, `u`), nil when the identifier has no such selector.
    func id(for prefix: String) -> String? { selectors.first { $0.prefix == prefix }?.id }

    /// Parses the text after `#`.
    /// - Throws: ``Malformed`` saying what is wrong with the syntax or the order of selectors.
    init(fragment: String) throws(Malformed) {
        var text = fragment[...]
        isAbsolute = text.first == "/"
        if isAbsolute { text = text.dropFirst() }
        guard !text.isEmpty else { throw Malformed(reason: "it selects nothing") }
        var selectors: [Selector] = []
        for piece in Self.split(text, at: "/") {
            let parts = Self.split(piece, at: "=")
            switch parts.count {
            case 1:
                selectors.append(Selector(prefix: nil, id: Self.unescaped(parts[0])))
            case 2:
                let prefix = Self.unescaped(parts[0])
                guard XLIFF2Syntax.isNMTOKEN(prefix) else { throw Malformed(reason: "the prefix '\(prefix)' is not an NMTOKEN") }
                selectors.append(Selector(prefix: prefix, id: Self.unescaped(parts[1])))
            default:
                throw Malformed(reason: "the selector '\(piece)' has more than one '='")
            }
            guard let id = selectors.last?.id, XLIFF2Syntax.isNMTOKEN(id) else {
                throw Malformed(reason: "the selector '\(piece)' has no id that is an NMTOKEN")
            }
        }
        self.selectors = selectors
        try checkOrder()
    }

    /// f first and once; g after f or g; u once, after f or g; n after f, g or u; d, t and
    /// unprefixed ids after u; the leaf (n, d, t, an id, a module's selector) last.
    private func checkOrder() throws(Malformed) {
        if isAbsolute && selectors[0].prefix != "f" {
            throw Malformed(reason: "an absolute identifier must start with f=, not '\(selectors[0].written)'")
        }
        var previous: String?
        for (index, selector) in selectors.enumerated() {
            let prefix = selector.prefix ?? ""
            let allowedAfter: [String?]
            switch prefix {
            case "f": allowedAfter = [nil]
            case "g": allowedAfter = [nil, "f", "g"]
            case "u": allowedAfter = [nil, "f", "g"]
            case "d", "t", "": allowedAfter = [nil, "u"]
            default: allowedAfter = [nil, "f", "g", "u"]
            }
            guard allowedAfter.contains(previous) else {
                let place = previous.map { "after '\($0)='" } ?? "first"
                let rule = prefix == "f" ? "f= must come first" : prefix == "u" || prefix == "g" ? "\(prefix)= must follow f= or g="
                    : ["d", "t", ""].contains(prefix) ? "'\(selector.written)' names something inside a unit and must follow u="
                    : "'\(selector.written)' must follow f=, g= or u="
                throw Malformed(reason: "\(rule) (it comes \(place))")
            }
            let isLeaf = !["f", "g", "u"].contains(prefix)
            if isLeaf && index < selectors.count - 1 {
                throw Malformed(reason: "nothing may follow '\(selector.written)', which selects an element that holds no XLIFF elements")
            }
            previous = prefix.isEmpty ? "" : prefix
        }
    }

    /// Splits at `separator` where it is not escaped with a backslash.
    private static func split(_ text: Substring, at separator: Character) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if text[index] == separator {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    private static func unescaped(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if !escaping && character == "\\" { escaping = true; continue }
            escaping = false
            result.append(character)
        }
        return result
    }
}
