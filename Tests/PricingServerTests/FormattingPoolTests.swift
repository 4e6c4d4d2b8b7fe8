import PricingServer
import Testing

@Suite("FormattingPool")
struct FormattingPoolTests {
    @Test("a context is reused after check-in and never handed to two holders at once")
    func reuse() throws {
        let pool = FormattingPool(idlePerLocale: 2, maximumLocales: 2)
        let a = try pool.checkOut(locale: "de-DE")
        let b = try pool.checkOut(locale: "de-DE")
        #expect(a !== b)
        pool.checkIn(a)
        #expect(pool.idleCount(locale: "de-DE") == 1)
        let c = try pool.checkOut(locale: "de-DE")
        #expect(c === a)
        pool.checkIn(b)
        pool.checkIn(c)
        pool.checkIn(try pool.checkOut(locale: "de-DE"))
        #expect(pool.idleCount(locale: "de-DE") == 2)
    }

    @Test("the pool keeps a bounded number of locales and contexts")
    func bounded() throws {
        let pool = FormattingPool(idlePerLocale: 1, maximumLocales: 2)
        let contexts = try ["en", "fr-FR", "ja-JP"].map { try pool.checkOut(locale: $0) }
        for context in contexts { pool.checkIn(context) }
        #expect(pool.idleCount(locale: "en") == 1 && pool.idleCount(locale: "fr-FR") == 1)
        #expect(pool.idleCount(locale: "ja-JP") == 0)
        let extra = [try pool.checkOut(locale: "en"), try pool.checkOut(locale: "en")]
        for context in extra { pool.checkIn(context) }
        #expect(pool.idleCount(locale: "en") == 1)
    }

    @Test("a tag ICU cannot resolve is refused")
    func unresolved() {
        #expect(throws: (any Error).self) { try FormattingPool().checkOut(locale: "xx-YY") }
    }
}
