import CLibXML2

/// The process-wide libxml2 external-entity loader that refuses every request, so no document can
/// make libxml2 open a file or a URL (external DTDs, `<!ENTITY x SYSTEM "file:///etc/passwd">`).
///
/// libxml2 keeps one loader per process; ``install()`` is idempotent and every ``XMLStreamReader``
/// calls it before it opens a document. (Meridian never asks for external loads anyway: no
/// `XML_PARSE_DTDLOAD`, no `XML_PARSE_NOENT`; the loader is the second lock on that door.)
public enum ExternalEntityGuard {
    private static let installation: Void = {
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Installs the refusing loader (once per process).
    public static func install() {
        _ = installation
    }
}
