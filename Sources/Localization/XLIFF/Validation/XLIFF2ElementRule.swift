/// What one XLIFF element may carry: its attributes and their forms, the required ones, which
/// attributes of other namespaces it takes, and its content model.
struct XLIFF2ElementRule: Sendable {
    /// Which attributes outside the element's own set it accepts.
    enum ForeignAttributes: Sendable {
        /// None (`<source>`, `<segment>`, `<data>`).
        case none
        /// Those of the modules that extend inline codes: Format Style and Size Restriction (and ITS).
        case inlineModules
        /// Any attribute in a namespace other than the element's own (`##other` in the schema).
        case any
    }

    /// What the element may contain.
    enum Content: Sendable {
        /// Nothing but white space.
        case empty
        /// Text only.
        case text
        /// Text and the inline elements of the core (`<source>`, `<target>`, `<pc>`, `<mrk>`).
        case inline
        /// Text and `<cp>` only (`<data>`).
        case codeData
        /// Text and extension elements (`<skeleton>`).
        case textAndExtensions
        /// Elements in this order (white space between them).
        case sequence([XLIFF2Particle])
    }

    /// Attribute forms by qualified name: `id`, `xml:lang`.
    let attributes: [String: XLIFF2ValueRule]
    let required: [String]
    let foreign: ForeignAttributes
    let content: Content

    init(_ attributes: [String: XLIFF2ValueRule] = [:], required: [String] = [], foreign: ForeignAttributes = .none,
         content: Content) {
        self.attributes = attributes
        self.required = required
        self.foreign = foreign
        self.content = content
    }
}

/// One step of a content model: which elements, how many times.
struct XLIFF2Particle: Sendable {
    /// The elements a particle accepts.
    enum Accepts: Sendable {
        /// Elements of one namespace with one of these local names.
        case names([String], namespace: String)
        /// Elements of any namespace but this one and the core (`##other`; a module element
        /// holds core elements only where its rule names them).
        case otherThan(String)
    }

    let accepts: Accepts
    let minimum: Int
    /// Nil for unbounded.
    let maximum: Int?

    /// Exactly one, or `minimum`…`maximum` of the elements `names` in `namespace`.
    static func one(_ names: String..., in namespace: String = XLIFF2Namespace.core) -> XLIFF2Particle {
        XLIFF2Particle(accepts: .names(names, namespace: namespace), minimum: 1, maximum: 1)
    }

    static func optional(_ names: String..., in namespace: String = XLIFF2Namespace.core) -> XLIFF2Particle {
        XLIFF2Particle(accepts: .names(names, namespace: namespace), minimum: 0, maximum: 1)
    }

    static func oneOrMore(_ names: String..., in namespace: String = XLIFF2Namespace.core) -> XLIFF2Particle {
        XLIFF2Particle(accepts: .names(names, namespace: namespace), minimum: 1, maximum: nil)
    }

    static func any(_ names: String..., in namespace: String = XLIFF2Namespace.core) -> XLIFF2Particle {
        XLIFF2Particle(accepts: .names(names, namespace: namespace), minimum: 0, maximum: nil)
    }

    /// Any number of elements from other namespaces than `namespace` (extensions, modules).
    static func others(than namespace: String = XLIFF2Namespace.core, minimum: Int = 0) -> XLIFF2Particle {
        XLIFF2Particle(accepts: .otherThan(namespace), minimum: minimum, maximum: nil)
    }

    func accepts(_ element: XLIFF2Element) -> Bool {
        switch accepts {
        case .names(let names, let namespace): return element.namespace == namespace && names.contains(element.localName)
        case .otherThan(let namespace):
            return !element.namespace.isEmpty && element.namespace != namespace && element.namespace != XLIFF2Namespace.core
        }
    }

    /// `<notes>`, `<unit>|<group>`, `extension elements` for messages.
    var described: String {
        switch accepts {
        case .names(let names, let namespace):
            let prefix = XLIFF2Namespace.conventionalPrefix(namespace)
            return names.map { "<\(prefix)\($0)>" }.joined(separator: " or ")
        case .otherThan: return "extension or module elements"
        }
    }

    /// "an optional <notes>", "one or more <unit> or <group>": the particle with its count, for messages.
    var quantified: String {
        switch (minimum, maximum) {
        case (0, 1): return "an optional \(described)"
        case (1, 1): return described
        case (0, nil): return "any \(described)"
        case (_, nil): return "one or more \(described)"
        default: return "\(minimum) to \(maximum ?? 0) \(described)"
        }
    }
}

extension XLIFF2Namespace {
    /// `mtc:` for the matches module, nothing for the core: how messages name module elements.
    static func conventionalPrefix(_ namespace: String) -> String {
        switch namespace {
        case matches: return "mtc:"
        case glossary: return "gls:"
        case formatStyle: return "fs:"
        case metadata: return "mda:"
        case resourceData: return "res:"
        case changeTracking: return "ctr:"
        case sizeRestriction: return "slr:"
        case validation: return "val:"
        default: return ""
        }
    }
}
