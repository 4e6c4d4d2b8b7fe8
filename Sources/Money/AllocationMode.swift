/// How an allocation hands out the minor units left over after every part got its floor share.
///
/// Worked example: USD 1.00 split 2:3:1. The exact shares are 33.33…, 50 and 16.66… cents; the
/// floors 33 + 50 + 16 leave 1 cent over.
/// - `largestRemainder` (Hamilton): the cent goes to the part with the largest fractional share
///   (16.66…) → 0.33, 0.50, 0.17.
/// - `toFirst` (Fowler): to the first parts in order → 0.34, 0.50, 0.16.
/// - `largestWeight`: to the parts with the largest weights → 0.33, 0.51, 0.16.
///
/// Ties go to the earlier part. Parts with a zero weight receive nothing.
public enum AllocationMode: String, Sendable, CaseIterable {
    case largestRemainder = "largest_remainder"
    case toFirst = "to_first"
    case largestWeight = "largest_weight"
}
