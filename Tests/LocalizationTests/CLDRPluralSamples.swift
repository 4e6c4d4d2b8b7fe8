import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The samples of CLDR's `plurals.xml` / `ordinals.xml`: for each locale, each category's example numbers.
struct CLDRPluralSamples {
    struct Sample: Hashable {
        let locale: String
        let category: String
        let number: String
    }

    let samples: [Sample]
    let locales: [String]

    init(data: Data) {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        parser.parse()
        samples = delegate.samples
        locales = delegate.allLocales
    }

    /// Expands "@integer 0~15, 100, …" and "@decimal 0.0~1.5, 1c6" into the numbers they list.
    static func expand(_ rule: String) -> [String] {
        var numbers: [String] = []
        for part in rule.components(separatedBy: "@").dropFirst() {
            let body = part.drop { $0 != " " }
            for item in body.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty && item != "…" {
                let bounds = item.split(separator: "~").map(String.init)
                guard bounds.count == 2 else {
                    numbers.append(item)
                    continue
                }
                let digits = bounds[0].firstIndex(of: ".").map { bounds[0][bounds[0].index(after: $0)...].count } ?? 0
                let scale = Int(pow(10.0, Double(digits)))
                guard let low = Int(bounds[0].replacingOccurrences(of: ".", with: "")),
                      let high = Int(bounds[1].replacingOccurrences(of: ".", with: "")) else { continue }
                for value in low...high {
                    if digits == 0 {
                        numbers.append(String(value))
                    } else {
                        let whole = value / scale
                        let fraction = String(value % scale)
                        numbers.append("\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction)
                    }
                }
            }
        }
        return numbers
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var samples: [Sample] = []
        var allLocales: [String] = []
        private var locales: [String] = []
        private var category: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "pluralRules" {
                locales = (attributes["locales"] ?? "").split(separator: " ").map(String.init)
                allLocales.append(contentsOf: locales)
            } else if name == "pluralRule" {
                category = attributes["count"]
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if category != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "pluralRule", let category else { return }
            for locale in locales {
                for number in CLDRPluralSamples.expand(text) {
                    samples.append(Sample(locale: locale, category: category, number: number))
                }
            }
            self.category = nil
        }
    }
}
