import Money
import XMLSupport

/// Reads the European Central Bank's euro foreign exchange reference rates
/// (`eurofxref-daily.xml`, `eurofxref-hist.xml`, `eurofxref-hist-90d.xml`) with libxml2.
///
/// The format: `<gesmes:Envelope>` → `<Cube>` → one `<Cube time="YYYY-MM-DD">` per day →
/// `<Cube currency="USD" rate="1.1225"/>` per currency, each rate in units per euro.
public enum ECBReferenceRates {
    /// The ECB's page for the daily file.
    public static let dailySource = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
    /// The publisher's name.
    public static let publisher = "European Central Bank"
    /// The namespace of the ECB's reference-rate vocabulary.
    public static let namespace = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"

    /// Reads a reference-rate file into a snapshot.
    /// - Throws: ``RuleFileError`` with the line of the first problem: not well-formed XML, not the
    ///   ECB format, a bad date, an unknown currency or a rate that is not a positive decimal.
    public static func read(path: String, source: String = dailySource) throws(RuleFileError) -> FXSnapshot {
        let reader: XMLStreamReader
        do { reader = try XMLStreamReader(path: path) } catch { throw RuleFileError(file: path, line: 0, reason: error.reason) }
        let euro: Currency
        do { euro = try Currency("EUR") } catch { throw RuleFileError(file: path, line: 0, reason: "\(error)") }
        var days: [FXSnapshot.Day] = []
        var seenDates = Set<CalendarDate>()
        var currentDate: CalendarDate?
        var currentRates: [(code: String, rate: ExactDecimal)] = []
        var sawEnvelope = false

        func finishDay() {
            if let date = currentDate, !currentRates.isEmpty {
                days.append(FXSnapshot.Day(date: date, rates: currentRates))
            }
            currentDate = nil
            currentRates = []
        }

        while try next(reader) {
            guard reader.kind == .startElement else { continue }
            if reader.localName == "Envelope" {
                sawEnvelope = true
                continue
            }
            guard reader.localName == "Cube" else { continue }
            guard reader.namespaceURI == namespace else {
                throw RuleFileError(file: path, line: reader.line,
                                    reason: "<Cube> is not in the ECB reference-rate namespace \(namespace)")
            }
            if let time = reader.attribute("time") {
                finishDay()
                let date: CalendarDate
                do { date = try CalendarDate(time) } catch {
                    throw RuleFileError(file: path, line: reader.line, reason: "time=\"\(time)\" is not a YYYY-MM-DD date")
                }
                guard seenDates.insert(date).inserted else {
                    throw RuleFileError(file: path, line: reader.line, reason: "the day \(date) appears twice")
                }
                currentDate = date
            } else if let code = reader.attribute("currency") {
                guard currentDate != nil else {
                    throw RuleFileError(file: path, line: reader.line, reason: "a currency rate appears outside a dated <Cube time=…>")
                }
                guard let text = reader.attribute("rate") else {
                    throw RuleFileError(file: path, line: reader.line, reason: "the \(code) entry has no rate attribute")
                }
                do {
                    let currency = try Currency(code)
                    let rate = try ExactDecimal(text)
                    guard rate.signum > 0 else {
                        throw RuleFileError(file: path, line: reader.line, reason: "the rate for \(code) must be above zero, found \(text)")
                    }
                    guard currency.code != euro.code else {
                        throw RuleFileError(file: path, line: reader.line, reason: "EUR is the base and cannot have a rate")
                    }
                    guard !currentRates.contains(where: { $0.code == code }) else {
                        throw RuleFileError(file: path, line: reader.line, reason: "\(code) appears twice on \(currentDate!)")
                    }
                    currentRates.append((code, rate))
                } catch let error as RuleFileError {
                    throw error
                } catch let error as MoneyError {
                    throw RuleFileError(file: path, line: reader.line, reason: error.description)
                } catch {
                    throw RuleFileError(file: path, line: reader.line, reason: "\(error)")
                }
            }
        }
        finishDay()
        guard sawEnvelope else {
            throw RuleFileError(file: path, line: 1, reason: "not an ECB reference-rate file: no <gesmes:Envelope> root")
        }
        guard !days.isEmpty else {
            throw RuleFileError(file: path, line: 1, reason: "the file holds no dated rates")
        }
        return FXSnapshot(source: source, publisher: publisher, base: euro, days: days)
    }
}

/// Advances a reader, reporting a document that stops being well-formed as a rule-file error.
private func next(_ reader: XMLStreamReader) throws(RuleFileError) -> Bool {
    do { return try reader.next() } catch { throw RuleFileError(file: error.file, line: error.line, reason: error.reason) }
}
