/// Validates XLIFF 2 documents against the constraints of XLIFF Version 2.0 (OASIS Standard,
/// 2014): the core's element structure, attribute values, id scopes, inline markup, fragment
/// identifiers and languages, and the modules Translation Candidates, Glossary, Format Style,
/// Metadata, Resource Data, Change Tracking, Size and Length Restriction and Validation.
///
/// ```swift
/// try XLIFF2Validator.validate(path: "locales/de.xlf")
/// // CatalogError: locales/de.xlf:12: unit 'u1': <ec> with startRef '1' has no matching <sc> in the source
/// ```
///
/// The document is read with libxml2 through ``XMLSupport`` (no network, no external entities).
/// Elements of other namespaces are accepted where XLIFF allows extensions and are not looked into.
public enum XLIFF2Validator {
    /// Reads and validates the XLIFF 2 document at `path`.
    /// - Throws: ``CatalogError`` naming file:line and the first constraint the document breaks.
    public static func validate(path: String) throws(CatalogError) {
        try validate(XLIFF2TreeReader.read(path: path), path: path)
    }

    /// Validates a document already read.
    static func validate(_ root: XLIFF2Element, path: String) throws(CatalogError) {
        let reporter = XLIFF2Reporter(path: path)
        guard root.is("xliff", in: XLIFF2Namespace.core) else {
            throw reporter.error(root, in: nil, "the root element is <\(root.qualifiedName)>, not an XLIFF 2 <xliff>")
        }
        try XLIFF2StructureChecker(reporter: reporter, acceptsITS: root["version"] != "2.0").check(root)
        let languages = XLIFF2Languages(source: root["srcLang"] ?? "", target: root["trgLang"])
        let language = root.attribute("lang", namespace: XLIFF2Namespace.xml)
        var fileLines: [String: Int] = [:]
        for file in root.children {
            let id = file["id"] ?? ""
            if let line = fileLines[id] {
                throw reporter.error(file, in: nil, "the file id '\(id)' is already used on line \(line); file ids must be unique in a document")
            }
            fileLines[id] = file.line
            try XLIFF2FileChecker(reporter: reporter, languages: languages, file: file, inheritedLanguage: language).check()
        }
    }
}
