/// The element names one dialect reacts to, as an enum whose case names are the element names
/// (`SUPPLIER_PID`, `RecordReference`, `image_link`); every other element is nil.
protocol FeedTag: CaseIterable, Hashable {
    /// Other spellings of the same elements (ONIX short tags: `a001` for `RecordReference`).
    static var aliases: [String: Self] { get }
}

extension FeedTag {
    static var aliases: [String: Self] { [:] }

    /// Every name that maps to a tag: the case names, then the aliases.
    static var namesByString: [String: Self] {
        var names: [String: Self] = [:]
        for tag in allCases { names[String(describing: tag)] = tag }
        for (alias, tag) in aliases { names[alias] = tag }
        return names
    }
}
