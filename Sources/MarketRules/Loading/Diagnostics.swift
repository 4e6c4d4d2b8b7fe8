/// Collects rule-file problems so one run reports all of them.
final class Diagnostics {
    private(set) var errors: [RuleFileError] = []

    func record(_ error: RuleFileError) {
        errors.append(error)
    }

    /// Decodes each item, recording failures and keeping the items that decoded.
    func each<T>(_ items: [YAMLValue], _ decode: (YAMLValue) throws(RuleFileError) -> T) -> [T] {
        var result: [T] = []
        for item in items {
            do { result.append(try decode(item)) } catch { record(error) }
        }
        return result
    }

    /// Decodes the list under `key` (absent = empty), recording failures.
    func list<T>(_ parent: YAMLValue, _ key: String, _ decode: (YAMLValue) throws(RuleFileError) -> T) -> [T] {
        do {
            guard let value = try parent.optional(key) else { return [] }
            return each(try value.sequence(), decode)
        } catch {
            record(error)
            return []
        }
    }
}
