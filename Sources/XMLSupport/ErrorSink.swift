import CLibXML2

/// Keeps the first error libxml2 reports for one reader (instead of printing it on stderr), with
/// the kind of problem it is.
final class ErrorSink {
    struct Entry {
        let line: Int
        let column: Int
        let reason: String
        let kind: XMLReadError.Kind
    }

    private(set) var first: Entry?

    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0).trimmingTrailingNewlines() } ?? "error \(error.code)"
        let kind: XMLReadError.Kind
        let reason: String
        if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) || message.contains("entity reference loop")
            || message.contains("amplification") {
            kind = .entityExpansion
            reason = "entity references expand without bound (libxml2: \(message))"
        } else if message.contains("huge text node") || message.contains("Huge input lookup") {
            kind = .textTooLarge
            reason = "a text node is longer than libxml2's limit of \(XMLReaderOptions.libxml2TextLimit) bytes"
        } else {
            kind = .malformed
            reason = "not well-formed XML: \(message)"
        }
        first = Entry(line: Int(error.line), column: Int(error.int2), reason: reason, kind: kind)
    }
}
