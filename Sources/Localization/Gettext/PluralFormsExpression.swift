/// A gettext `Plural-Forms` expression (`n%10==1 && n%100!=11 ? 0 : …`), parsed once and
/// evaluated without `eval`: C's integer operators, comparisons, `!`, `&&`, `||`, `?:` and
/// parentheses over the variable `n`.
///
/// ```swift
/// let rule = try PluralFormsExpression("nplurals=2; plural=(n != 1);")
/// rule.index(for: 1)   // 0
/// ```
public struct PluralFormsExpression: Sendable, Equatable {
    indirect enum Node: Sendable, Equatable {
        case n
        case literal(Int)
        case not(Node)
        case negate(Node)
        case binary(String, Node, Node)
        case conditional(Node, Node, Node)
    }

    /// The number of forms (`nplurals`).
    public let count: Int
    let root: Node

    /// Parses a header value `nplurals=N; plural=EXPR;` or a bare expression (count then 0).
    /// - Throws: ``PluralFormsError`` with the offset of the problem.
    public init(_ header: String) throws(PluralFormsError) {
        var count = 0
        var expression = header
        if header.contains("plural=") {
            for part in header.split(separator: ";") {
                let trimmed = part.drop { $0 == " " }
                if trimmed.hasPrefix("nplurals=") {
                    guard let value = Int(trimmed.dropFirst("nplurals=".count).filter { $0 != " " }), value >= 1 else {
                        throw PluralFormsError(expression: header, offset: 0, reason: "nplurals must be a positive whole number")
                    }
                    count = value
                } else if trimmed.hasPrefix("plural=") {
                    expression = String(trimmed.dropFirst("plural=".count))
                }
            }
        }
        var parser = Parser(Array(expression.utf8), source: expression)
        root = try parser.parseExpression()
        try parser.expectEnd()
        self.count = count
    }

    /// The form index for `n`; a division by zero yields 0, as the form for an invalid input.
    public func index(for n: Int) -> Int {
        Self.evaluate(root, n) ?? 0
    }

    static func evaluate(_ node: Node, _ n: Int) -> Int? {
        switch node {
        case .n: return n
        case let .literal(value): return value
        case let .not(inner): return evaluate(inner, n).map { $0 == 0 ? 1 : 0 }
        case let .negate(inner): return evaluate(inner, n).map { -$0 }
        case let .conditional(condition, yes, no):
            guard let test = evaluate(condition, n) else { return nil }
            return test != 0 ? evaluate(yes, n) : evaluate(no, n)
        case let .binary(op, left, right):
            guard let a = evaluate(left, n) else { return nil }
            if op == "&&" { return a == 0 ? 0 : evaluate(right, n).map { $0 != 0 ? 1 : 0 } }
            if op == "||" { return a != 0 ? 1 : evaluate(right, n).map { $0 != 0 ? 1 : 0 } }
            guard let b = evaluate(right, n) else { return nil }
            switch op {
            case "+": return a &+ b
            case "-": return a &- b
            case "*": return a &* b
            case "/": return b == 0 ? nil : a / b
            case "%": return b == 0 ? nil : a % b
            case "==": return a == b ? 1 : 0
            case "!=": return a != b ? 1 : 0
            case "<": return a < b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            default: return nil
            }
        }
    }

    /// A recursive-descent parser with C's precedence: ?: < || < && < ==,!= < relational < +,- < *,/,% < unary.
    struct Parser {
        let bytes: [UInt8]
        let source: String
        var position = 0

        init(_ bytes: [UInt8], source: String) {
            self.bytes = bytes
            self.source = source
        }

        mutating func skipSpaces() {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A { position += 1 }
        }

        mutating func take(_ token: String) -> Bool {
            skipSpaces()
            let utf8 = Array(token.utf8)
            guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else { return false }
            // Do not read "<" out of "<=", "!" out of "!=", "=" alone.
            if utf8.count == 1, position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "="),
               ["<", ">", "!", "="].contains(token) { return false }
            position += utf8.count
            return true
        }

        func error(_ reason: String) -> PluralFormsError {
            PluralFormsError(expression: source, offset: position, reason: reason)
        }

        mutating func expectEnd() throws(PluralFormsError) {
            skipSpaces()
            if position < bytes.count && bytes[position] == UInt8(ascii: ";") { position += 1 }
            skipSpaces()
            guard position == bytes.count else { throw error("unexpected text after the expression") }
        }

        mutating func parseExpression() throws(PluralFormsError) -> Node {
            let condition = try parseBinary(level: 0)
            guard take("?") else { return condition }
            let yes = try parseExpression()
            guard take(":") else { throw error("expected ':' in a conditional") }
            let no = try parseExpression()
            return .conditional(condition, yes, no)
        }

        static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]]

        mutating func parseBinary(level: Int) throws(PluralFormsError) -> Node {
            guard level < Self.levels.count else { return try parseUnary() }
            var left = try parseBinary(level: level + 1)
            outer: while true {
                for op in Self.levels[level] where take(op) {
                    let right = try parseBinary(level: level + 1)
                    left = .binary(op, left, right)
                    continue outer
                }
                return left
            }
        }

        mutating func parseUnary() throws(PluralFormsError) -> Node {
            if take("!") { return .not(try parseUnary()) }
            if take("-") { return .negate(try parseUnary()) }
            if take("(") {
                let inner = try parseExpression()
                guard take(")") else { throw error("expected ')'") }
                return inner
            }
            skipSpaces()
            if position < bytes.count, bytes[position] == UInt8(ascii: "n") {
                position += 1
                return .n
            }
            var value = 0
            var digits = 0
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                guard value < Int.max / 10 else { throw error("number too large") }
                value = value * 10 + Int(bytes[position] - 0x30)
                position += 1
                digits += 1
            }
            guard digits > 0 else { throw error("expected n, a number, '!', '-' or '('") }
            return .literal(value)
        }
    }
}

/// A Plural-Forms expression that cannot be parsed.
public struct PluralFormsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let expression: String
    public let offset: Int
    public let reason: String

    public var description: String { "invalid Plural-Forms '\(expression)' at offset \(offset): \(reason)" }
}
