import Foundation
import Hummingbird

/// JSON bodies: sorted keys and unescaped slashes, so output is stable and readable in a terminal.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":"response could not be encoded"}"#.utf8)
        return bytes(Array(data) + [0x0A], status: status)
    }

    /// The error body every failure uses: `{"error": "..."}`.
    static func error(_ message: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var response = make(["error": message], status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    private static func bytes(_ bytes: [UInt8], status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
