import CLibXML2

/// Keeps the first fatal error (else the first error) libxml2 reports for one reader, instead of
/// printing it on stderr, with the kind of problem it is. Non-fatal errors (an undeclared namespace
/// prefix) do not stop libxml2, so the error that did stop it is the first fatal one.
final class ErrorSink {
    struct Entry {
        let line: Int
        let column: Int
        let reason: String
        let kind: XMLReadError.Kind
    }

    private var firstFatal: Entry?
    private var firstError: Entry?

    /// The error to report when libxml2 stops.
    var first: Entry? { firstFatal ?? firstError }

    func record(_ error: xmlError) {
        let fatal = error.level.rawValue >= XML_ERR_FATAL.rawValue
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, fatal ? firstFatal == nil : firstError == nil else { return }
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
        let entry = Entry(line: Int(error.line), column: Int(error.int2), reason: reason, kind: kind)
        if fatal { firstFatal = entry } else { firstError = entry }
    }
}
