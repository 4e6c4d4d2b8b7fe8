import Money

/// Where a figure comes from and when it was checked.
public struct Provenance: Sendable, Hashable {
    /// The URL of the page the figure was taken from.
    public let source: String
    /// The date the figure was checked against the source.
    public let asOf: CalendarDate
    /// A short explanation of a choice or a doubt.
    public let note: String?

    public init(source: String, asOf: CalendarDate, note: String? = nil) {
        self.source = source
        self.asOf = asOf
        self.note = note
    }
}

/// The inclusive dates a figure is in force.
public struct ValidityPeriod: Sendable, Hashable, CustomStringConvertible {
    public let from: CalendarDate
    /// The last day in force; nil while it has no announced end.
    public let to: CalendarDate?

    public init(from: CalendarDate, to: CalendarDate?) {
        self.from = from
        self.to = to
    }

    /// True when `date` falls inside the period.
    public func contains(_ date: CalendarDate) -> Bool {
        date >= from && (to.map { date <= $0 } ?? true)
    }

    /// True when the two periods share at least one day.
    public func overlaps(_ other: ValidityPeriod) -> Bool {
        let startsBeforeOtherEnds = other.to.map { from <= $0 } ?? true
        let otherStartsBeforeThisEnds = to.map { other.from <= $0 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }

    public var description: String { "\(from)…\(to?.description ?? "")" }
}
