import Foundation

/// The OpenAPI 3.1 document of the API, `Sources/PricingServer/openapi.yaml`, served at `/openapi.yaml`.
///
/// It ships as the target's resource. It is looked up without `Bundle.module`, which would stop the
/// process when the resource bundle was not copied beside the executable; then the source tree is
/// tried, and failing both the route answers 404.
public struct OpenAPIDocument: Sendable {
    /// The YAML text, nil when the document could not be found.
    public let text: String?

    /// Finds and reads the document.
    public init() {
        text = Self.candidates().lazy.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.first
    }

    /// Uses the given text (for tests).
    public init(text: String?) {
        self.text = text
    }

    static func candidates() -> [URL] {
        let bundleName = "Meridian_PricingServer.resources"
        var urls: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        urls.append(Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("openapi.yaml"))
        urls.append(executable.appendingPathComponent(bundleName).appendingPathComponent("openapi.yaml"))
        for bundle in Bundle.allBundles {
            urls.append(bundle.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("openapi.yaml"))
        }
        urls.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("openapi.yaml"))
        return urls
    }
}
