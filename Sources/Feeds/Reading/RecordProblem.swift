/// Why one record cannot be used, in a sentence for the rejects file; a record keeps the first.
struct RecordProblem: Error, Equatable {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
