import Localization
import Pricing

/// The ICU formatters one request uses: money formatting in one locale and compiled messages.
///
/// ICU handles are not thread safe, so a context belongs to one request at a time: it is checked out
/// of a ``FormattingPool`` under a lock, used by that request only, and handed back after. That hand-over
/// through the pool's lock is what makes the `@unchecked Sendable` sound.
public final class FormattingContext: @unchecked Sendable {
    /// The locale the context formats in.
    public let locale: ResolvedLocale
    /// Money formatting in ``locale``, one ICU formatter per currency, created on first use.
    public let money: MoneyFormatting
    /// Compiled MessageFormat patterns.
    public let messages: MessageFormatCache

    /// Creates a context for a resolved locale.
    public init(locale: ResolvedLocale) {
        self.locale = locale
        self.money = MoneyFormatting(locale: locale)
        self.messages = MessageFormatCache()
    }
}
