import XMLSupport

/// Writes XLIFF 2.0 documents (for translators and for `locales/`) with libxml2.
public enum XLIFFWriter {
    /// One unit to write.
    public struct Unit: Sendable {
        public let id: String
        public let source: String
        public let target: String?
        public let state: String?
        public let notes: [String]

        public init(id: String, source: String, target: String?, state: String?, notes: [String]) {
            self.id = id
            self.source = source
            self.target = target
            self.state = state
            self.notes = notes
        }
    }

    /// The document text: one `<file id="meridian">` with the units in order.
    public static func document(sourceLanguage: String, targetLanguage: String?, units: [Unit]) throws(CatalogError) -> String {
        let writer: XMLWriter
        do { writer = try XMLWriter() } catch { throw CatalogError(file: "", reason: error.reason) }
        writer.start("xliff", namespace: "urn:oasis:names:tc:xliff:document:2.0")
        writer.attribute("version", "2.0")
        writer.attribute("srcLang", sourceLanguage)
        if let targetLanguage { writer.attribute("trgLang", targetLanguage) }
        writer.start("file")
        writer.attribute("id", "meridian")
        for unit in units {
            writer.start("unit")
            writer.attribute("id", unit.id)
            if !unit.notes.isEmpty {
                writer.start("notes")
                for note in unit.notes { writer.element("note", note) }
                writer.end()
            }
            writer.start("segment")
            if let state = unit.state { writer.attribute("state", state) }
            writer.element("source", unit.source)
            if let target = unit.target { writer.element("target", target) }
            writer.end()
            writer.end()
        }
        return writer.finish()
    }
}
