import Foundation
import Pricing

/// Writes a market's listings as JSON Lines: one listing document per line (sorted keys, so the
/// same run writes the same bytes), with the full quote breakdown and the payment methods.
public final class FeedJSONLinesWriter {
    public let path: String
    private let handle: FileHandle
    private let encoder: JSONEncoder

    /// Creates the file. - Throws: ``FeedWriteError``.
    public init(path: String) throws(FeedWriteError) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw FeedWriteError(path: path, reason: "cannot create the file")
        }
        self.path = path
        self.handle = handle
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// One line of JSON for a document. - Throws: ``FeedWriteError`` when it cannot be encoded.
    public func line(_ document: ListingDocument) throws(FeedWriteError) -> Data {
        do {
            var data = try encoder.encode(document)
            data.append(0x0A)
            return data
        } catch {
            throw FeedWriteError(path: path, reason: "cannot encode a listing: \(error)")
        }
    }

    /// Appends encoded lines. - Throws: ``FeedWriteError``.
    public func append(_ data: Data) throws(FeedWriteError) {
        guard !data.isEmpty else { return }
        do { try handle.write(contentsOf: data) } catch { throw FeedWriteError(path: path, reason: "\(error)") }
    }

    /// Closes the file. - Throws: ``FeedWriteError``.
    public func finish() throws(FeedWriteError) {
        do { try handle.close() } catch { throw FeedWriteError(path: path, reason: "\(error)") }
    }
}
