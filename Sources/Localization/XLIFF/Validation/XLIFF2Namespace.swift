import XMLSupport

/// The namespaces an XLIFF 2 validator knows: the core, the modules of XLIFF 2.0 and ITS (2.1).
enum XLIFF2Namespace {
    static let core = "urn:oasis:names:tc:xliff:document:2.0"
    static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    static let formatStyle = "urn:oasis:names:tc:xliff:fs:2.0"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
    static let resourceData = "urn:oasis:names:tc:xliff:resourcedata:2.0"
    static let changeTracking = "urn:oasis:names:tc:xliff:changetracking:2.0"
    static let sizeRestriction = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
    static let validation = "urn:oasis:names:tc:xliff:validation:2.0"
    static let its = "http://www.w3.org/2005/11/its"
    static let itsModule = "urn:oasis:names:tc:xliff:itsm:2.1"
    static let xml = XMLAttribute.xmlNamespaceURI

    /// The 2.0 modules whose elements and attributes the validator checks.
    static let modules: Set<String> = [matches, glossary, formatStyle, metadata, resourceData, changeTracking,
                                       sizeRestriction, validation]

    /// True for a namespace whose elements are extensions: neither the core nor a known module.
    /// (An element in no namespace is not an extension: XLIFF wants extensions namespaced.)
    static func isExtension(_ namespace: String) -> Bool {
        !namespace.isEmpty && namespace != core && !modules.contains(namespace)
    }
}
