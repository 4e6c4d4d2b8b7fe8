import Foundation
import NIOHTTP1

/// A response as a test sees it: status, headers, body, and the body as JSON.
struct TestResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? { headers.first(name: name) }

    /// The body as a JSON object. - Throws: when it is not one.
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw TestResponseError.notAnObject(text)
        }
        return object
    }

    /// The body as a problem (`application/problem+json`). - Throws: when it is not one.
    func problem() throws -> Problem {
        try JSONDecoder().decode(Problem.self, from: body)
    }

    struct Problem: Decodable, Sendable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let instance: String
        let path: String?
        let parameter: String?
        let problems: [String]?
    }
}

enum TestResponseError: Error {
    case notAnObject(String)
}
