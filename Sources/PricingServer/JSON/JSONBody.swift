import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Writes JSON response bodies with Foundation's `JSONEncoder`: compact, keys sorted (the
/// documents `meridian` prints, but for white space), slashes unescaped.
enum JSONBody {
    /// The encoder of every response body. `JSONEncoder` is safe to share once configured.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The JSON bytes of a value. - Throws: `EncodingError`.
    static func encode(_ value: some Encodable) throws -> Data {
        try encoder.encode(value)
    }

    /// A `200 application/json` (or `status`) response with `value` as its body.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let data = try encode(value)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
