/// How far a run has got, reported after each batch.
public struct FeedProgress: Sendable {
    /// Records read so far (products and rejects), across inputs.
    public let records: Int
    /// Bytes of input read so far, and in all.
    public let bytesRead: Int
    public let totalBytes: Int
    /// Seconds since the run started.
    public let elapsedSeconds: Double

    /// Records per second so far.
    public var recordsPerSecond: Double { elapsedSeconds > 0 ? Double(records) / elapsedSeconds : 0 }

    /// Seconds left at the rate so far, from the bytes still to read; nil before there is a rate.
    public var remainingSeconds: Double? {
        guard bytesRead > 0, elapsedSeconds > 0.2 else { return nil }
        return elapsedSeconds * Double(max(totalBytes - bytesRead, 0)) / Double(bytesRead)
    }
}
