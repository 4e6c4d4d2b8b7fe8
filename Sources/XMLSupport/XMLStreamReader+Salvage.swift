import CLibXML2

// MARK: - Records parsed before a fatal error

/// When libxml2 stops at a fatal error, nodes it had already parsed ahead of the reader (up to
/// one 512-byte chunk) would be lost with it. The salvage walk delivers them in document order
/// from the tree libxml2 built, and stops at the first element whose end was never parsed: the
/// elements still open at the error are the root's chain of last children.
struct Salvage {
    enum Phase {
        /// Nothing was delivered yet: the node itself (the root) comes next.
        case before
        /// The node's start was delivered and its children come next.
        case entered
        /// The node (and its subtree) is done; its next sibling or its parent's end comes next.
        case done
    }

    var node: xmlNodePtr
    var phase: Phase
    let error: XMLReadError
    /// Elements whose end tag libxml2 had not parsed.
    let open: Set<UnsafeMutableRawPointer>
    /// True when the node last delivered is an element without content.
    var emptyElement = false

    init(from node: xmlNodePtr, lastWasStart: Bool, error: XMLReadError) {
        self.init(node, error: error)
        let element = node.pointee.type == XML_ELEMENT_NODE
        phase = lastWasStart && element && node.pointee.children != nil ? .entered : .done
    }

    /// A walk from the root, for an error libxml2 met before the reader delivered any node.
    init(root: xmlNodePtr, error: XMLReadError) {
        self.init(root, error: error)
        phase = .before
    }

    private init(_ node: xmlNodePtr, error: XMLReadError) {
        self.node = node
        self.error = error
        phase = .done
        var open = Set<UnsafeMutableRawPointer>()
        var cursor = node.pointee.doc.flatMap { xmlDocGetRootElement($0) }
        while let element = cursor {
            open.insert(UnsafeMutableRawPointer(element))
            cursor = element.pointee.last
        }
        self.open = open
    }

    /// The next node to deliver and how, nil when the walk reaches what the error cut off.
    mutating func advance() -> XMLStreamReader.Step? {
        while true {
            if phase == .before {
                if let step = deliver() { return step }
                continue
            }
            if phase == .entered {
                guard let child = node.pointee.children else { return nil }
                node = child
                if let step = deliver() { return step }
                continue
            }
            if let next = node.pointee.next {
                node = next
                if let step = deliver() { return step }
                continue
            }
            guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE,
                  !open.contains(UnsafeMutableRawPointer(parent)) else { return nil }
            node = parent
            phase = .done
            emptyElement = false
            return .end
        }
    }

    /// The step for the node just reached, nil to skip it (comments, processing instructions).
    private mutating func deliver() -> XMLStreamReader.Step? {
        emptyElement = false
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let isOpen = open.contains(UnsafeMutableRawPointer(node))
            if node.pointee.children == nil && !isOpen {
                emptyElement = true
                phase = .done
            } else {
                phase = .entered
            }
            return .start
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            phase = .done
            return .text
        case XML_ENTITY_REF_NODE:
            phase = .done
            return .entityReference
        default:
            phase = .done
            return nil
        }
    }
}

extension XMLStreamReader {
    /// The node the reader stands on, in the salvage walk after a fatal error or in libxml2's reader.
    var currentNode: xmlNodePtr? {
        if let salvage { return salvage.node }
        return xmlTextReaderCurrentNode(reader)
    }

    /// Starts the salvage walk for a fatal error, or gives the error back when there is nothing to walk.
    func beginSalvage(_ error: XMLReadError) -> XMLReadError? {
        guard salvage == nil else { return error }
        if let node = xmlTextReaderCurrentNode(reader) {
            salvage = Salvage(from: node, lastWasStart: lastStepWasStart, error: error)
            return nil
        }
        // libxml2 failed before the reader delivered a node (the whole document fits in its first
        // chunks). Taking the document makes this reader free it (`deinit`).
        guard let document = xmlTextReaderCurrentDoc(reader), let root = xmlDocGetRootElement(document) else { return error }
        ownedDocument = document
        salvage = Salvage(root: root, error: error)
        return nil
    }

    /// The next step of the salvage walk. - Throws: the saved error where the walk ends.
    func salvageStep() throws(XMLReadError) -> Step {
        guard var walk = salvage else { throw failure() }
        let step = walk.advance()
        salvage = walk
        guard let step else { throw walk.error }
        textPrecededElement = false
        return step
    }
}
