import Foundation
import Localization
import MarketRules
import Money
import Pricing
import Products

/// A catalog team's run: reads every supplier feed once, and for each market writes the feeds
/// (Google Merchant XML, CSV, JSON Lines) with translated texts and landed-cost prices, the
/// records it refused (`rejects.jsonl`) and a summary (`summary.json`).
///
/// Reading runs on its own thread and hands batches over; a ``MarketPipeline`` prices and writes
/// them per market, markets in parallel. Every file is written in input order, so the output is
/// the same whatever the number of threads.
public final class FeedRun {
    public let configuration: FeedRunConfiguration
    private let builder: ListingBuilder
    private let catalogs: CatalogSet

    public init(configuration: FeedRunConfiguration, builder: ListingBuilder, catalogs: CatalogSet) {
        self.configuration = configuration
        self.builder = builder
        self.catalogs = catalogs
    }

    /// What the reading thread hands over.
    enum Delivery: Sendable {
        case batch([FeedEvent], input: Int, bytesRead: Int)
        case opened(input: Int, dialect: FeedDialect)
        case finished(input: Int, error: String?)
    }

    /// Runs to the end. `progress` is called on the calling thread after each batch.
    /// - Throws: ``FeedWriteError`` when an output cannot be written, ``ListingError`` for an unknown market.
    public func run(progress: ((FeedProgress) -> Void)? = nil) throws -> FeedRunSummary {
        let configuration = self.configuration
        let started = DispatchTime.now().uptimeNanoseconds
        let output = configuration.outputDirectory
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw FeedWriteError(path: output, reason: "cannot create the folder: \(error)")
        }
        let markets = try configuration.markets.map { market in
            try MarketFeed(market: market, folder: (output as NSString).appendingPathComponent(market),
                           formats: configuration.formats, builder: builder, date: configuration.date, catalogs: catalogs)
        }
        let rejectsPath = (output as NSString).appendingPathComponent("rejects.jsonl")
        guard FileManager.default.createFile(atPath: rejectsPath, contents: nil),
              let rejectsFile = FileHandle(forWritingAtPath: rejectsPath) else {
            throw FeedWriteError(path: rejectsPath, reason: "cannot create the file")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var inputs = configuration.inputs.map { FeedRunSummary.Input(file: $0, dialect: nil, products: 0, rejected: 0, error: nil) }
        var dialects: [Int: String] = [:]
        let totalBytes = configuration.inputs.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        var records = 0
        var bytesBefore = 0
        var bytesOfInput = 0
        let pipeline = configuration.threads > 1 ? MarketPipeline(markets: markets, threads: configuration.threads) : nil
        defer { pipeline?.close() }
        /// The read side of each batch in the pipeline, oldest first.
        var waiting: [ReadBatch] = []

        func write(_ rejects: [FeedRunReject]) throws {
            guard !rejects.isEmpty else { return }
            var data = Data()
            for reject in rejects {
                data.append(try encoder.encode(reject))
                data.append(0x0A)
            }
            do { try rejectsFile.write(contentsOf: data) } catch { throw FeedWriteError(path: rejectsPath, reason: "\(error)") }
        }

        func handle(_ delivery: Delivery) throws {
            switch delivery {
            case let .opened(input, dialect):
                dialects[input] = dialect.rawValue
            case let .finished(input, error):
                inputs[input].error = error
                bytesBefore += bytesOfInput
                bytesOfInput = 0
            case let .batch(events, input, bytesRead):
                var products: [Product] = []
                var readRejects: [FeedRunReject] = []
                for event in events {
                    switch event {
                    case var .product(product):
                        if product.effectiveAvailability == nil { product.availability = configuration.defaultAvailability }
                        if let problem = builder.productProblem(product) {
                            // Refused once for the whole run, not once per market.
                            let source = product.source
                            readRejects.append(FeedRunReject(file: source?.file ?? "", line: source?.line ?? 0,
                                                             column: source?.column ?? 0, recordID: product.id,
                                                             reason: problem.description, stage: .listing, market: nil))
                        } else {
                            products.append(product)
                        }
                    case let .rejected(reject): readRejects.append(FeedRunReject(reject))
                    }
                }
                inputs[input].products += events.count - events.filter { $0.reject != nil }.count
                inputs[input].rejected += readRejects.count
                records += events.count
                bytesOfInput = bytesRead
                let read = ReadBatch(rejects: readRejects, records: records, bytesRead: bytesBefore + bytesRead)
                if let pipeline {
                    // Every market's rejects of a batch follow the batch's read rejects, batch after batch.
                    if pipeline.inFlight >= pipeline.maximumInFlight { try finishOldest(pipeline) }
                    pipeline.submit(products, shared: sharedItems(products, markets: markets.count))
                    waiting.append(read)
                } else {
                    try write(readRejects)
                    let shared = sharedItems(products, markets: markets.count)
                    for market in markets { try write(try market.handle(products, shared: shared)) }
                    report(read)
                }
            }
        }

        func report(_ read: ReadBatch) {
            progress?(FeedProgress(records: read.records, bytesRead: read.bytesRead, totalBytes: totalBytes,
                                   elapsedSeconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
        }

        /// Writes the rejects of the oldest batch in the pipeline once every market is done with it.
        func finishOldest(_ pipeline: MarketPipeline) throws {
            guard let outcomes = pipeline.takeOldest() else { return }
            let read = waiting.removeFirst()
            try write(read.rejects)
            for outcome in outcomes { try write(try outcome.get()) }
            report(read)
        }

        if configuration.threads <= 1 {
            var failure: Error?
            Self.read(configuration) { delivery in
                guard failure == nil else { return }
                do { try handle(delivery) } catch { failure = error }
            }
            if let failure { throw failure }
        } else if let pipeline {
            let channel = BatchChannel<Delivery>(capacity: 2)
            let reader = Thread {
                Self.read(configuration) { channel.send($0) }
                channel.close()
            }
            reader.stackSize = 8 << 20
            reader.start()
            var failure: Error?
            while let delivery = channel.receive() {
                guard failure == nil else { continue }
                do { try handle(delivery) } catch { failure = error }
            }
            if failure == nil {
                do {
                    while pipeline.inFlight > 0 { try finishOldest(pipeline) }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }
        for market in markets { try market.finish() }
        do { try rejectsFile.close() } catch { throw FeedWriteError(path: rejectsPath, reason: "\(error)") }

        for (index, dialect) in dialects { inputs[index] = FeedRunSummary.Input(
            file: inputs[index].file, dialect: dialect, products: inputs[index].products, rejected: inputs[index].rejected,
            error: inputs[index].error) }
        let summaries = markets.map(\.summary)
        let anyRejects = inputs.contains { $0.rejected > 0 } || summaries.contains { $0.rejected > 0 }
        let fatal = inputs.contains { $0.error != nil }
        let summary = FeedRunSummary(inputs: inputs, markets: summaries, date: configuration.date.description,
                                     rulesVersion: builder.rules.version, formats: configuration.formats.map(\.rawValue),
                                     exitStatus: fatal ? 2 : (anyRejects ? 1 : 0))
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let summaryPath = (output as NSString).appendingPathComponent("summary.json")
        do {
            var data = try pretty.encode(summary)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: summaryPath))
        } catch {
            throw FeedWriteError(path: summaryPath, reason: "\(error)")
        }
        return summary
    }

    /// What a batch's read gave besides products, kept until its markets are done with it.
    struct ReadBatch {
        let rejects: [FeedRunReject]
        let records: Int
        let bytesRead: Int
    }

    /// Each product's market-independent item (and its XML when the run writes Google feeds),
    /// made once for all markets.
    private func sharedItems(_ products: [Product], markets: Int) -> [SharedItem] {
        let writesXML = configuration.formats.contains(.googleXML)
        return products.map { SharedItem($0, writesXML: writesXML, sharesTexts: markets > 1) }
    }

    /// Reads every input in order and delivers batches, then the end of each input (with the
    /// reason when it stopped early).
    static func read(_ configuration: FeedRunConfiguration, deliver: (Delivery) -> Void) {
        for (index, path) in configuration.inputs.enumerated() {
            let reader: FeedReader
            do {
                reader = try FeedReader(path: path, dialect: configuration.dialect, mapping: configuration.mapping,
                                        options: configuration.readOptions)
            } catch {
                deliver(.finished(input: index, error: error.description))
                continue
            }
            deliver(.opened(input: index, dialect: reader.dialect))
            var batch: [FeedEvent] = []
            batch.reserveCapacity(configuration.batchSize)
            var failure: String?
            do {
                while let event = try reader.next() {
                    batch.append(event)
                    if batch.count >= configuration.batchSize {
                        deliver(.batch(batch, input: index, bytesRead: reader.bytesRead))
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            } catch {
                failure = error.description
            }
            if !batch.isEmpty { deliver(.batch(batch, input: index, bytesRead: reader.bytesRead)) }
            deliver(.finished(input: index, error: failure))
        }
    }
}
