import Feeds
import Foundation

// FeedBench: seeded BMEcat 2005 files, and the reader timed on them.
//   FeedBench generate OUT.xml [--products N] [--seed S] [--reject-every K]
//   FeedBench read FILE [--mapping FILE.yaml]     prints products, rejects, seconds, MB/s
//   FeedBench dump FILE [--mapping FILE.yaml]     prints every event (for looking at a feed)
// Compare with libxml2 alone: time xmllint --stream --noout FILE

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("FeedBench: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: FeedBench generate|read|dump FILE [options]") }
let path = arguments[1]
do {
    switch arguments[0] {
    case "generate":
        let products = Int(option("--products", in: arguments) ?? "100000") ?? 100_000
        let seed = UInt64(option("--seed", in: arguments) ?? "42") ?? 42
        let generator = BMEcatGenerator(seed: seed, rejectEvery: option("--reject-every", in: arguments).flatMap { Int($0) })
        try generator.write(products: products, to: path)
        print("wrote \(products) products to \(path)")
    case "read", "dump":
        let mapping = try option("--mapping", in: arguments).map { try FeedMapping(contentsOf: $0) }
        let dump = arguments[0] == "dump"
        let start = DispatchTime.now().uptimeNanoseconds
        let reader = try FeedReader(path: path, mapping: mapping)
        var products = 0
        var rejects = 0
        var checksum = 0
        while let event = try reader.next() {
            switch event {
            case let .product(product):
                products += 1
                checksum &+= product.titles.entries.count &+ (product.price == nil ? 0 : 1)
                if dump { print(product) }
            case let .rejected(reject):
                rejects += 1
                if dump { print(reject.jsonLine) }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let rate = Double(bytes) / 1e6 / seconds
        print("\(products) products, \(rejects) rejects in \(String(format: "%.3f", seconds)) s "
            + "(\(String(format: "%.1f", rate)) MB/s, \(Int(Double(products + rejects) / seconds)) records/s, check \(checksum))")
    default:
        fail("unknown command '\(arguments[0])': generate, read or dump")
    }
} catch {
    fail("\(error)")
}
