/// The inline elements of a unit's sources or targets, flattened in reading order: sources in
/// document order, targets in the order their `order` attributes give.
struct XLIFF2InlineContent: Sendable {
    /// One segment or ignorable (or a match), with its 1-based position in the unit.
    struct Container: Sendable {
        let element: XLIFF2Element
        let position: Int
        let source: XLIFF2Element?
        let target: XLIFF2Element?

        var isSegment: Bool { element.is("segment", in: XLIFF2Namespace.core) }

        /// The position of the target in the target-side order: its `order`, else its own position.
        var targetOrder: Int { target?["order"].flatMap(XLIFF2Syntax.integer) ?? position }
    }

    /// An inline element met while reading; `<pc>` and `<mrk>` are met twice, opening and closing.
    struct Event: Sendable {
        let element: XLIFF2Element
        /// The position of the container it is in.
        let container: Int
        let isClosing: Bool

        var kind: String { element.localName }
    }

    enum Side: String, Sendable {
        case source, target
    }

    let containers: [Container]
    let sourceEvents: [Event]
    let targetEvents: [Event]

    /// Reads the containers' sources and targets.
    init(containers: [Container]) {
        self.containers = containers
        sourceEvents = containers.flatMap { container in
            container.source.map { Self.events(in: $0, container: container.position) } ?? []
        }
        targetEvents = containers.sorted { $0.targetOrder < $1.targetOrder }.flatMap { container in
            container.target.map { Self.events(in: $0, container: container.position) } ?? []
        }
    }

    /// The containers of a unit: its `<segment>`s and `<ignorable>`s.
    static func containers(of unit: XLIFF2Element) -> [Container] {
        unit.children.filter { $0.is("segment", in: XLIFF2Namespace.core) || $0.is("ignorable", in: XLIFF2Namespace.core) }
            .enumerated().map { index, element in
                Container(element: element, position: index + 1,
                          source: element.children.first { $0.is("source", in: XLIFF2Namespace.core) },
                          target: element.children.first { $0.is("target", in: XLIFF2Namespace.core) })
            }
    }

    func events(on side: Side) -> [Event] { side == .source ? sourceEvents : targetEvents }

    /// True when every segment has a target, so that pairs split across segments are complete on the target side.
    var everySegmentHasTarget: Bool { containers.allSatisfy { !$0.isSegment || $0.target != nil } }

    private static func events(in element: XLIFF2Element, container: Int) -> [Event] {
        var result: [Event] = []
        for child in element.children where child.isIn(XLIFF2Namespace.core) {
            result.append(Event(element: child, container: container, isClosing: false))
            if child.localName == "pc" || child.localName == "mrk" {
                result += events(in: child, container: container)
                result.append(Event(element: child, container: container, isClosing: true))
            }
        }
        return result
    }
}

extension XLIFF2Element {
    /// The value of an editing hint with its default (`canCopy`, `canDelete`, `canOverlap`, `canReorder`: yes).
    func hint(_ name: String) -> String { self[name] ?? "yes" }

    /// `<ph> '1'`, or `<ec> with startRef '1'` for an end code that has no id.
    var codeDescription: String {
        if localName == "ec", self["id"] == nil, let start = self["startRef"] { return "<ec> with startRef '\(start)'" }
        if localName == "em", let start = self["startRef"] { return "<em> with startRef '\(start)'" }
        return described
    }
}
