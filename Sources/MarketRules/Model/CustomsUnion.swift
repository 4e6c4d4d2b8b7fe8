/// Rules shared by the members of a customs union (`tax-rules/unions/EU.yaml`).
public final class CustomsUnion: Sendable {
    public let id: String
    public let members: [String]
    public let dutyDeMinimis: [Threshold]
    public let taxDeMinimis: [Threshold]
    public let lowValueRegimes: [LowValueRegime]
    public let simplifiedDutyRegimes: [SimplifiedDutyRegime]
    public let fees: [Fee]
    public let file: String

    public init(id: String, members: [String], dutyDeMinimis: [Threshold], taxDeMinimis: [Threshold],
                lowValueRegimes: [LowValueRegime], simplifiedDutyRegimes: [SimplifiedDutyRegime], fees: [Fee], file: String) {
        self.id = id
        self.members = members
        self.dutyDeMinimis = dutyDeMinimis
        self.taxDeMinimis = taxDeMinimis
        self.lowValueRegimes = lowValueRegimes
        self.simplifiedDutyRegimes = simplifiedDutyRegimes
        self.fees = fees
        self.file = file
    }
}
