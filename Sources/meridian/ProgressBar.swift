import Feeds
import Foundation

/// A one-line progress bar on stderr: share of bytes read, records per second, time left.
final class ProgressBar {
    private var lastDraw: UInt64 = 0

    /// Redraws the line, at most ten times a second.
    func draw(_ progress: FeedProgress) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        let share = progress.totalBytes > 0 ? min(1, Double(progress.bytesRead) / Double(progress.totalBytes)) : 0
        let width = 30
        let filled = Int(share * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let eta = progress.remainingSeconds.map { Self.clock($0) } ?? "--:--"
        let line = String(format: "\r[%@] %3d%%  %d records  %.0f/s  ETA %@ ", bar, Int(share * 100), progress.records,
                          progress.recordsPerSecond, eta)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Erases the line.
    func clear() {
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 79) + "\r").utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
