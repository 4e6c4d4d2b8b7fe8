/// An XLIFF 1.2 or 2.0 document: files of translation units.
public struct XLIFFDocument: Sendable {
    /// A source text and its translation (a 1.2 unit has one; a 2.0 unit one per `<segment>`).
    public struct Segment: Sendable, Equatable {
        public let source: String
        public let target: String?
        public let state: String?
    }

    /// One translatable unit (a `trans-unit` in 1.2, a `unit` in 2.0; `source` and `target` join the segments).
    public struct Unit: Sendable, Equatable {
        public let id: String
        /// `resname` (1.2) or `name` (2.0), when given.
        public let name: String?
        public let source: String
        public let target: String?
        /// The translation state (`final`, `translated`, `needs-translation`, …), when given.
        public let state: String?
        public let notes: [String]
        public let segments: [Segment]
        public let line: Int

        public init(id: String, name: String?, source: String, target: String?, state: String?, notes: [String],
                    segments: [Segment], line: Int) {
            self.id = id
            self.name = name
            self.source = source
            self.target = target
            self.state = state
            self.notes = notes
            self.segments = segments
            self.line = line
        }

        /// The key a catalog uses: the name when given, else the id.
        public var key: String { name ?? id }
    }

    /// One `<file>`.
    public struct File: Sendable {
        public let id: String?
        public let original: String?
        public let sourceLanguage: String?
        public let targetLanguage: String?
        public let units: [Unit]

        public init(id: String?, original: String?, sourceLanguage: String?, targetLanguage: String?, units: [Unit]) {
            self.id = id
            self.original = original
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.units = units
        }
    }

    /// "1.2" or "2.0".
    public let version: String
    public let files: [File]
    public let path: String

    public init(version: String, files: [File], path: String) {
        self.version = version
        self.files = files
        self.path = path
    }

    /// Every unit of every file.
    public var units: [Unit] { files.flatMap(\.units) }
}
