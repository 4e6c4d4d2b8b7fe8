import NIOCore
import NIOPosix

/// A bare TCP exchange, for what an HTTP client library will not send: a request cut off mid-body.
enum RawHTTP {
    /// Connects, sends each piece with a pause between them, and reads until the server closes the
    /// connection (or `limit` passes).
    static func exchange(port: Int, send pieces: [String], pause: Duration = .zero,
                         limit: Duration = .seconds(60)) async throws -> String {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            return try await withThrowingTaskGroup(of: String?.self) { group in
                group.addTask {
                    var received = ""
                    for try await buffer in inbound { received += String(buffer: buffer) }
                    return received
                }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { try await Task.sleep(for: pause) }
                    try? await outbound.write(ByteBuffer(string: piece))
                }
                defer { group.cancelAll() }
                return try await group.next().flatMap { $0 } ?? "(no close within \(limit))"
            }
        }
    }
}
