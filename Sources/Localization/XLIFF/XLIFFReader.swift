import XMLSupport

/// Reads XLIFF 1.2 and 2.0 with libxml2 (no network, no external entities): files, units,
/// segments, notes, states, `resname`/`name`, several files in one document.
///
/// A malformed document is refused with its line and the reason; a 2.0 document must also meet
/// the constraints of the XLIFF 2.0 specification (see ``XLIFF2Validator``).
public enum XLIFFReader {
    static let namespace12 = "urn:oasis:names:tc:xliff:document:1.2"
    static let namespace20 = "urn:oasis:names:tc:xliff:document:2.0"

    /// Reads a file. - Throws: ``CatalogError`` naming file:line and the reason.
    public static func read(path: String) throws(CatalogError) -> XLIFFDocument {
        let reader: XMLStreamReader
        do { reader = try XMLStreamReader(path: path) } catch { throw CatalogError(file: path, reason: error.reason) }
        var parser = Parser(path: path)
        do {
            while try reader.next() {
                try parser.visit(reader)
            }
        } catch let error as XMLReadError {
            throw CatalogError(file: "\(path):\(error.line)", reason: error.reason)
        } catch let error as CatalogError {
            throw error
        } catch {
            throw CatalogError(file: path, reason: "\(error)")
        }
        let document = try parser.finish()
        if document.version == "2.0" { try XLIFF2Validator.validate(path: path) }
        return document
    }

    /// The reading state: where in the document the reader stands.
    struct Parser {
        let path: String
        var version: String?
        var namespace = ""
        var sourceLanguage: String?
        var targetLanguage: String?
        var files: [XLIFFDocument.File] = []
        // Current file
        var fileID: String?
        var fileOriginal: String?
        var fileSource: String?
        var fileTarget: String?
        var units: [XLIFFDocument.Unit] = []
        var unitIDs = Set<String>()
        // Current unit
        var unitID: String?
        var unitName: String?
        var unitLine = 0
        var source = ""
        var target: String?
        var state: String?
        var notes: [String] = []
        var segments: [XLIFFDocument.Segment] = []
        var segmentSource: String?
        var segmentTarget: String?
        var segmentState: String?
        var inFile = false

        init(path: String) {
            self.path = path
        }

        func error(_ line: Int, _ reason: String) -> CatalogError {
            CatalogError(file: "\(path):\(line)", reason: reason)
        }

        mutating func visit(_ reader: XMLStreamReader) throws {
            switch reader.kind {
            case .startElement: try start(reader)
            case .endElement: try end(reader)
            default: break
            }
        }

        mutating func start(_ reader: XMLStreamReader) throws {
            let name = reader.localName
            if version == nil {
                guard name == "xliff" else { throw error(reader.line, "the root element is <\(name)>, not <xliff>") }
                namespace = reader.namespaceURI
                guard namespace == XLIFFReader.namespace12 || namespace == XLIFFReader.namespace20 else {
                    throw error(reader.line, "unknown XLIFF namespace '\(namespace)' (expected XLIFF 1.2 or 2.0)")
                }
                let declared = reader.attribute("version")
                let expected = namespace == XLIFFReader.namespace20 ? "2.0" : "1.2"
                guard declared == expected || (expected == "2.0" && declared == "2.1") else {
                    throw error(reader.line, "version \"\(declared ?? "")\" does not match the \(expected) namespace")
                }
                version = expected
                if expected == "2.0" {
                    sourceLanguage = reader.attribute("srcLang")
                    targetLanguage = reader.attribute("trgLang")
                    guard sourceLanguage?.isEmpty == false else { throw error(reader.line, "<xliff> needs srcLang") }
                }
                return
            }
            guard reader.namespaceURI == namespace else { return }
            switch name {
            case "file":
                guard !inFile else { throw error(reader.line, "a <file> inside a <file>") }
                inFile = true
                fileID = reader.attribute("id")
                fileOriginal = reader.attribute("original")
                fileSource = reader.attribute("source-language") ?? sourceLanguage
                fileTarget = reader.attribute("target-language") ?? targetLanguage
                if version == "2.0" && (fileID ?? "").isEmpty { throw error(reader.line, "a 2.0 <file> needs an id") }
                if version == "1.2" && (fileSource ?? "").isEmpty { throw error(reader.line, "a 1.2 <file> needs source-language") }
                units = []
                unitIDs = []
            case "unit", "trans-unit":
                guard inFile else { throw error(reader.line, "<\(name)> outside a <file>") }
                guard (version == "2.0") == (name == "unit") else {
                    throw error(reader.line, "<\(name)> does not belong in XLIFF \(version!)")
                }
                guard let id = reader.attribute("id"), !id.isEmpty else { throw error(reader.line, "<\(name)> needs an id") }
                guard unitIDs.insert(id).inserted else { throw error(reader.line, "the unit id '\(id)' appears twice in this file") }
                unitID = id
                unitName = reader.attribute(version == "2.0" ? "name" : "resname")
                unitLine = reader.line
                source = ""
                target = nil
                state = nil
                notes = []
                segments = []
                segmentSource = nil
                segmentTarget = nil
                segmentState = nil
            case "segment":
                guard unitID != nil else { throw error(reader.line, "<segment> outside a <unit>") }
                segmentSource = ""
                segmentTarget = nil
                segmentState = reader.attribute("state")
                if let value = segmentState { state = value }
            case "source":
                guard unitID != nil else { return }
                let text = reader.readString()
                source += source.isEmpty || version == "1.2" ? text : " " + text
                if version == "1.2" { segmentSource = text } else { segmentSource = (segmentSource ?? "") + text }
            case "target":
                guard unitID != nil else { return }
                let text = reader.readString()
                target = target.map { version == "1.2" ? $0 + text : $0 + " " + text } ?? text
                segmentTarget = (segmentTarget ?? "") + text
                if version == "1.2", let value = reader.attribute("state") {
                    state = value
                    segmentState = value
                }
            case "note":
                guard unitID != nil else { return }
                notes.append(reader.readString())
            default:
                break
            }
        }

        mutating func end(_ reader: XMLStreamReader) throws {
            guard reader.namespaceURI == namespace else { return }
            switch reader.localName {
            case "segment":
                segments.append(XLIFFDocument.Segment(source: segmentSource ?? "", target: segmentTarget, state: segmentState))
                segmentSource = nil
            case "unit", "trans-unit":
                guard let id = unitID else { return }
                if version == "1.2", let text = segmentSource {
                    segments.append(XLIFFDocument.Segment(source: text, target: segmentTarget, state: segmentState))
                }
                if version == "2.0" && segments.isEmpty { throw error(unitLine, "the unit '\(id)' has no <segment>") }
                units.append(XLIFFDocument.Unit(id: id, name: unitName, source: source, target: target, state: state,
                                                notes: notes, segments: segments, line: unitLine))
                unitID = nil
            case "file":
                files.append(XLIFFDocument.File(id: fileID, original: fileOriginal, sourceLanguage: fileSource,
                                                targetLanguage: fileTarget, units: units))
                inFile = false
            default:
                break
            }
        }

        func finish() throws(CatalogError) -> XLIFFDocument {
            guard let version else { throw CatalogError(file: path, reason: "the document is empty") }
            guard !files.isEmpty else { throw CatalogError(file: path, reason: "the document has no <file>") }
            return XLIFFDocument(version: version, files: files, path: path)
        }
    }
}
