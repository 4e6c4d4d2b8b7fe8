import XMLSupport

/// Reads any XML through a ``FeedMapping``: each record element's subtree is matched against the
/// mapping's paths as the elements stream past (a path is a list of steps, so a match is a step
/// index per open element; no subtree is kept), and the values found become a product.
final class MappedParser: DialectParser {
    /// A field's path that has matched down to `step` (the next step to match) under an open element.
    private struct Partial {
        let field: Int
        let step: Int
    }

    private let cursor: ElementCursor<Int>
    private let mapping: FeedMapping
    private let options: FeedOptions
    /// The name id of each step of each field's path, and of the record.
    private let stepNames: [[Int]]
    private let recordName: Int
    @exclusivity(unchecked) private var record: MappedRecord?
    @exclusivity(unchecked) private var open: [[Partial]] = []
    @exclusivity(unchecked) private var captureFields: [Int] = []
    @exclusivity(unchecked) private var captureDepth = 0
    @exclusivity(unchecked) private var captureLanguage: String?

    init(xml: XMLStreamReader, mapping: FeedMapping, options: FeedOptions) {
        var names: [String: Int] = [:]
        func id(_ name: String) -> Int {
            if let known = names[name] { return known }
            names[name] = names.count
            return names.count - 1
        }
        recordName = id(mapping.record.name)
        stepNames = mapping.fields.map { $0.path.steps.map { id($0.name) } }
        self.mapping = mapping
        self.options = options
        cursor = ElementCursor(xml: xml, names: names)
        if cursor.ancestor(0) == recordName { begin() }
    }

    func next() throws(FeedError) -> FeedEvent? {
        while let event = try cursor.next() {
            switch event {
            case let .start(name):
                if record == nil {
                    if name == recordName { begin() }
                } else {
                    enter(name)
                }
            case let .end(name):
                guard let current = record else { continue }
                if name == recordName, cursor.depth == current.depth - 1 {
                    record = nil
                    return current.event(mapping: mapping, options: options, file: cursor.file)
                }
                leave()
            }
        }
        return nil
    }

    private func begin() {
        let step = mapping.record
        if let namespace = step.namespace, cursor.xml.elementNamespace != namespace { return }
        if let predicate = step.predicate, !matches(predicate) { return }
        let location = cursor.location
        record = MappedRecord(line: location.line, column: location.column, depth: cursor.depth, fieldCount: mapping.fields.count)
        var partials: [Partial] = []
        var targets: [Int] = []
        for (index, entry) in mapping.fields.enumerated() {
            if entry.path.steps.isEmpty { resolve(index, targets: &targets) } else { partials.append(Partial(field: index, step: 0)) }
        }
        open = [partials]
        startCapture(targets)
    }

    private func enter(_ name: Int?) {
        var partials: [Partial] = []
        var targets: [Int] = []
        if let name, let parent = open.last {
            for partial in parent where stepNames[partial.field][partial.step] == name {
                let step = mapping.fields[partial.field].path.steps[partial.step]
                if let namespace = step.namespace, cursor.xml.elementNamespace != namespace { continue }
                if let predicate = step.predicate, !matches(predicate) { continue }
                if partial.step == stepNames[partial.field].count - 1 {
                    resolve(partial.field, targets: &targets)
                } else {
                    partials.append(Partial(field: partial.field, step: partial.step + 1))
                }
            }
        }
        open.append(partials)
        startCapture(targets)
    }

    private func leave() {
        if captureDepth > 0, cursor.depth == captureDepth - 1 {
            let text = cursor.text
            for field in captureFields { record?.add(text, language: captureLanguage, to: field, repeated: mapping.fields[field].field.isRepeated) }
            captureFields.removeAll(keepingCapacity: true)
            captureDepth = 0
        }
        if !open.isEmpty { open.removeLast() }
    }

    /// A path that ends here: an attribute is read now, text is gathered until the element ends.
    private func resolve(_ field: Int, targets: inout [Int]) {
        let entry = mapping.fields[field]
        if let attribute = entry.path.attribute {
            if let value = cursor.attribute(attribute) { record?.add(value, language: cursor.xmlLang, to: field, repeated: entry.field.isRepeated) }
        } else {
            targets.append(field)
        }
    }

    private func startCapture(_ targets: [Int]) {
        guard !targets.isEmpty, captureDepth == 0 else { return }
        captureFields = targets
        captureDepth = cursor.depth
        captureLanguage = cursor.xmlLang
        cursor.capture()
    }

    private func matches(_ predicate: (attribute: String, value: String?)) -> Bool {
        guard let actual = cursor.attribute(predicate.attribute) else { return false }
        return predicate.value.map { $0 == actual } ?? true
    }
}
