/// Who pays duties and import taxes: the seller at checkout (DDP, delivered duty paid) or the
/// buyer to the carrier on delivery (DAP, delivered at place).
public enum Incoterm: String, Sendable, CaseIterable, Codable {
    case ddp = "DDP"
    case dap = "DAP"
}
