import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Writes JSON response bodies: compact, keys sorted (the documents `meridian` prints, but for white
/// space), slashes unescaped, through ``CompactJSONEncoder``.
enum JSONBody {
    /// A `200 application/json` (or `status`) response with `value` as its body.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let data = try CompactJSONEncoder.encode(value)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
