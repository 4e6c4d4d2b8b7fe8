import Localization
import MarketRules

/// Loads a ``PricingSnapshot`` from its sources and validates it before anyone may use it.
///
/// Every source is read and every problem is collected, so a refused reload lists all of them.
public enum SnapshotLoader {
    /// Loads and validates a snapshot.
    ///
    /// Besides what each loader checks (file, line and reason for every rule-file error), the
    /// snapshot must name at least one market, every market's default locale must resolve in ICU,
    /// and the catalogs must include the source locale.
    /// - Throws: ``SnapshotError`` listing every problem found.
    public static func load(_ sources: SnapshotSources) throws(SnapshotError) -> PricingSnapshot {
        var problems: [String] = []
        var rules: RuleSet?
        do throws(RuleFileErrors) { rules = try RuleSetLoader.load(directory: sources.rulesDirectory) } catch {
            problems += error.errors.map(\.description)
        }
        var catalogs: CatalogSet?
        do throws(CatalogError) { catalogs = try CatalogSet.load(directory: sources.localesDirectory) } catch {
            problems.append(error.description)
        }
        var texts = ProductTextCatalog.empty
        if let directory = sources.translationsDirectory {
            do throws(CatalogError) { texts = try ProductTextCatalog.load(directory: directory) } catch { problems.append(error.description) }
        }
        var shipping = ShippingPolicy.none
        if let file = sources.shippingFile {
            do throws(RuleFileErrors) { shipping = try ShippingPolicyLoader.load(path: file) } catch { problems += error.errors.map(\.description) }
        }
        var keys: APIKeySet?
        if let file = sources.apiKeysFile {
            do throws(APIKeyFileError) { keys = try APIKeySet.load(path: file) } catch { problems.append(error.description) }
        }
        if let rules {
            problems += validate(rules)
        }
        if let catalogs, catalogs.catalogs.isEmpty {
            problems.append("\(sources.localesDirectory): no message catalogs")
        }
        guard problems.isEmpty, let rules, let catalogs else { throw SnapshotError(problems: problems) }
        return PricingSnapshot(rules: rules, catalogs: catalogs, productTexts: texts, shipping: shipping, apiKeys: keys)
    }

    /// Checks that go beyond one file: the set as a whole must be servable.
    static func validate(_ rules: RuleSet) -> [String] {
        var problems: [String] = []
        if rules.markets.isEmpty { problems.append("the rules name no market") }
        for code in rules.markets.keys.sorted() {
            guard let market = rules.markets[code] else { continue }
            guard let tag = market.locales.first else {
                problems.append("\(market.file): the market \(code) names no locale")
                continue
            }
            do throws(LocalizationError) { _ = try ResolvedLocale(tag) } catch {
                problems.append("\(market.file): the default locale of \(code) does not resolve: \(error.description)")
            }
        }
        return problems
    }
}
