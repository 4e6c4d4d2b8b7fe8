import Feeds
import Foundation

// Temporary dump
let path = CommandLine.arguments[1]
do {
    let mapping = CommandLine.arguments.count > 2 ? try FeedMapping(contentsOf: CommandLine.arguments[2]) : nil
    let reader = try FeedReader(path: path, mapping: mapping)
    while let event = try reader.next() {
        switch event {
        case .product(let p): print("P", p.id, p.source!, p.titles.entries.map { "\($0.language)=\($0.text)" }, p.gtin as Any, p.brand as Any, p.mpn as Any, p.price.map { "\($0.amount) \($0.currency) \($0.kind) tax=\($0.taxRate as Any) \($0.validFrom as Any)..\($0.validTo as Any)" } as Any, "feat", p.features.count, p.images.map(\.url), p.orderUnit as Any, p.hsCode as Any, p.originCountry as Any, p.weightKg as Any, p.change as Any, p.authors, p.availability as Any, p.stock as Any, p.salePrice as Any, p.category as Any, p.link as Any, p.condition as Any, p.descriptions.entries.map { "\($0.language)=\($0.text.prefix(40))" })
        case .rejected(let r): print("R", r)
        }
    }
} catch {
    print("FATAL", error)
}
