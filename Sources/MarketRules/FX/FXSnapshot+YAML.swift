import Money
import Yams

extension FXSnapshot {
    /// Reads a snapshot file's text. - Throws: ``RuleFileError`` naming file, line and reason.
    public static func parse(yaml text: String, file: String) throws(RuleFileError) -> FXSnapshot {
        let root = try YAMLValue.document(text, file: file)
        try root.allowOnly(["schema", "source", "publisher", "base", "days", "note"])
        let schema = try root.required("schema")
        guard try schema.string() == Self.schema else {
            throw schema.error("expected schema '\(Self.schema)', found '\(try schema.string())'")
        }
        let source = try root.required("source").string()
        let publisher = try root.required("publisher").string()
        let baseValue = try root.required("base")
        let base: Currency
        do { base = try Currency(baseValue.string()) } catch let error as MoneyError {
            throw baseValue.error(error.description)
        } catch { throw baseValue.error("\(error)") }

        var days: [Day] = []
        var seenDates = Set<CalendarDate>()
        for dayValue in try root.required("days").sequence() {
            try dayValue.allowOnly(["date", "rates"])
            let dateValue = try dayValue.required("date")
            let date: CalendarDate
            do { date = try CalendarDate(dateValue.string()) } catch let error as MoneyError {
                throw dateValue.error(error.description)
            } catch { throw dateValue.error("\(error)") }
            guard seenDates.insert(date).inserted else { throw dateValue.error("the date \(date) appears twice") }
            var rates: [(code: String, rate: ExactDecimal)] = []
            for (code, rateValue) in try dayValue.required("rates").mapping() {
                do {
                    let currency = try Currency(code)
                    guard currency.code != base.code else {
                        throw rateValue.error("\(code) is the base currency and cannot have a rate")
                    }
                    let rate = try ExactDecimal(rateValue.quotedString())
                    guard rate.signum > 0 else { throw rateValue.error("the rate for \(code) must be above zero") }
                    rates.append((code, rate))
                } catch let error as MoneyError {
                    throw rateValue.error(error.description)
                } catch let error as RuleFileError {
                    throw error
                } catch {
                    throw rateValue.error("\(error)")
                }
            }
            guard !rates.isEmpty else { throw dayValue.error("a day needs at least one rate") }
            days.append(Day(date: date, rates: rates))
        }
        guard !days.isEmpty else { throw root.error("the snapshot has no days") }
        return FXSnapshot(source: source, publisher: publisher, base: base, days: days)
    }

    /// The snapshot as YAML text, rates as quoted decimal strings, days ascending.
    public func yaml() throws -> String {
        var dayNodes: [Node] = []
        for day in days {
            let rates = Node(day.rates.map { code, rate in
                (Node(code), Node(rate.description, Tag(.str), .doubleQuoted))
            })
            dayNodes.append(Node([(Node("date"), Node(day.date.description)), (Node("rates"), rates)]))
        }
        let root = Node([
            (Node("schema"), Node(Self.schema)),
            (Node("source"), Node(source)),
            (Node("publisher"), Node(publisher)),
            (Node("base"), Node(base.code)),
            (Node("days"), Node(dayNodes)),
        ])
        return try Yams.serialize(node: root, sortKeys: false)
    }
}
