import Foundation

/// The API keys the public routes accept, read from a file of one key per line.
///
/// ```text
/// # storefront-eu, issued 2026-11-02
/// mk_live_6f1c0d8e2b9a4c7f8e1d
/// mk_live_9a7b3c5d1e0f2a4b6c8d
/// ```
/// Blank lines and lines starting with `#` are ignored, and surrounding white space is trimmed.
/// Keys are compared in constant time, so response timing tells nothing about a near miss.
public struct APIKeySet: Sendable {
    private let keys: [[UInt8]]

    /// The number of keys.
    public var count: Int { keys.count }

    /// Creates a set from keys. - Precondition: none is empty.
    public init(_ keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }
    }

    /// Reads a keys file.
    /// - Throws: ``APIKeyFileError`` when the file cannot be read, names no key, or a key is shorter
    ///   than 16 characters or holds white space.
    public static func load(path: String) throws(APIKeyFileError) -> APIKeySet {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw APIKeyFileError(file: path, line: 0, reason: "cannot read the file as UTF-8")
        }
        return try parse(text, file: path)
    }

    /// Parses the text of a keys file. - Throws: ``APIKeyFileError`` as ``load(path:)``.
    public static func parse(_ text: String, file: String) throws(APIKeyFileError) -> APIKeySet {
        var keys: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard !line.contains(where: \.isWhitespace) else {
                throw APIKeyFileError(file: file, line: index + 1, reason: "a key holds white space: write one key per line")
            }
            guard line.count >= 16 else {
                throw APIKeyFileError(file: file, line: index + 1, reason: "a key must be at least 16 characters long")
            }
            keys.append(line)
        }
        guard !keys.isEmpty else { throw APIKeyFileError(file: file, line: 0, reason: "the file names no key") }
        return APIKeySet(keys)
    }

    /// True when `candidate` is one of the keys, compared in constant time for each key.
    public func accepts(_ candidate: some StringProtocol) -> Bool {
        let bytes = Array(candidate.utf8)
        var found = false
        for key in keys where Self.constantTimeEquals(key, bytes) { found = true }
        return found
    }

    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0 && a.count == b.count
    }
}
