import ICUBridge

/// Turns ICU status codes from the bridge into thrown errors.
enum ICUStatus {
    /// ICU's U_BUFFER_OVERFLOW_ERROR.
    static let bufferOverflow: Int32 = 15

    /// The ICU name of a status code.
    static func name(_ status: Int32) -> String {
        String(cString: meridian_icu_status_name(status))
    }

    /// Throws when `status` is an ICU error (warnings, below zero, pass).
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(LocalizationError) {
        if status > 0 { throw .icu(operation: operation(), status: name(status)) }
    }

    /// Calls a bridge function that writes UTF-8 into a buffer, growing the buffer once if needed.
    static func string(_ operation: @autoclosure () -> String,
                       _ body: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32) throws(LocalizationError) -> String {
        var capacity: Int32 = 128
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: Int(capacity) + 1)
            var length: Int32 = 0
            let status = buffer.withUnsafeMutableBufferPointer { pointer in
                body(pointer.baseAddress!, capacity, &length)
            }
            if status == bufferOverflow {
                capacity = length + 1
                continue
            }
            try check(status, operation())
            let bytes = buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        throw .icu(operation: operation(), status: name(bufferOverflow))
    }
}
