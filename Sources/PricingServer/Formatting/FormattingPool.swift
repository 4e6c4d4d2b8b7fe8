import Localization
import Synchronization

/// A small pool of ``FormattingContext``s per locale, so requests reuse ICU formatters instead of
/// opening new ones, and no two requests ever share one.
///
/// ```swift
/// let body = try pool.withContext(locale: "de-DE") { context in
///     try QuoteDocument(quote, formatting: context.money, names: catalogs)
/// }
/// ```
/// A context is taken out under the lock, used outside it, and put back after; when none is idle a new
/// one is made. The pool keeps at most ``idlePerLocale`` idle contexts per locale and at most
/// ``maximumLocales`` locales, so a client sending many distinct tags cannot make it grow without end
/// (past the limit, contexts are made and dropped per request).
public final class FormattingPool: Sendable {
    /// Idle contexts kept per locale tag.
    public let idlePerLocale: Int
    /// Distinct locale tags kept.
    public let maximumLocales: Int

    private struct State {
        var idle: [String: [FormattingContext]] = [:]
        var messageCaches: [MessageCacheBox] = []
    }

    private let state = Mutex(State())

    /// Creates an empty pool.
    public init(idlePerLocale: Int = 8, maximumLocales: Int = 64) {
        self.idlePerLocale = idlePerLocale
        self.maximumLocales = maximumLocales
    }

    /// Runs `body` with a context for the locale tag, checked out for the duration of the call.
    /// - Throws: ``Localization/LocalizationError`` when ICU cannot resolve the tag, or what `body` throws.
    public func withContext<T>(locale tag: String, _ body: (FormattingContext) throws -> T) throws -> T {
        let context = try checkOut(locale: tag)
        defer { checkIn(context) }
        return try body(context)
    }

    /// Runs `body` with a message cache of its own (listings make their money formatters per market).
    public func withMessages<T>(_ body: (MessageFormatCache) throws -> T) rethrows -> T {
        let box = state.withLock { $0.messageCaches.popLast() } ?? MessageCacheBox()
        defer {
            state.withLock { state in
                if state.messageCaches.count < idlePerLocale { state.messageCaches.append(box) }
            }
        }
        return try body(box.cache)
    }

    /// The number of idle contexts for a tag (for tests).
    public func idleCount(locale tag: String) -> Int {
        state.withLock { $0.idle[tag]?.count ?? 0 }
    }

    /// Takes a context for a locale tag out of the pool, or makes one; hand it back with ``checkIn(_:)``.
    /// - Throws: ``Localization/LocalizationError`` when ICU cannot resolve the tag.
    public func checkOut(locale tag: String) throws(LocalizationError) -> FormattingContext {
        if let context = state.withLock({ $0.idle[tag]?.popLast() }) { return context }
        return FormattingContext(locale: try ResolvedLocale(tag))
    }

    /// Hands a context back after its request is done with it.
    public func checkIn(_ context: FormattingContext) {
        let tag = context.locale.requested
        state.withLock { state in
            if state.idle[tag] == nil {
                guard state.idle.count < maximumLocales else { return }
                state.idle[tag] = []
            }
            if state.idle[tag]!.count < idlePerLocale { state.idle[tag]!.append(context) }
        }
    }
}

/// A message cache moved between requests through the pool's lock (see ``FormattingContext``).
final class MessageCacheBox: @unchecked Sendable {
    let cache = MessageFormatCache()
}
