import CLibXML2
import Synchronization

/// The process-wide libxml2 external-entity loader that refuses every request, so no document can
/// make libxml2 open a file or a URL (external DTDs, `<!ENTITY x SYSTEM "file:///etc/passwd">`).
///
/// libxml2 keeps one loader per process; ``install()`` is idempotent and every ``XMLStreamReader``
/// calls it before it opens a document.
public enum ExternalEntityGuard {
    /// How many loads libxml2 asked for and was refused since the process started (for tests).
    public static var refusedCount: Int { refused.load(ordering: .relaxed) }

    private static let refused = Atomic<Int>(0)
    private static let installation: Void = {
        xmlSetExternalEntityLoader { _, _, _ in
            ExternalEntityGuard.refused.add(1, ordering: .relaxed)
            return nil
        }
    }()

    /// Installs the refusing loader (once per process).
    public static func install() {
        _ = installation
    }
}
