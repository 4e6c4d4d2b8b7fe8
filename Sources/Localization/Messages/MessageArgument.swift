/// A value for a MessageFormat argument.
public enum MessageArgument: Sendable, Equatable {
    /// Text, used as is (and as the key of a `select`).
    case string(String)
    /// A number as an exact decimal string (`"5"`, `"1234.567"`), for `plural`, `number` and `#`.
    case number(String)
    /// An instant, in milliseconds since 1970-01-01T00:00Z, for `date` and `time`.
    case date(millisecondsSinceEpoch: Int64)
}
