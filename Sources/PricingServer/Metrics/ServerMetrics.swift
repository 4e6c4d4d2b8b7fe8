import CoreMetrics
import Metrics
import Prometheus
import Synchronization

/// The server's metrics, through swift-metrics into a Prometheus registry of its own (no global
/// bootstrap, so several servers can run in one process, as the tests do).
///
/// - `meridian_http_requests_total{route, method, status}`: requests answered.
/// - `meridian_http_request_duration_seconds{route, method}`: latency histogram.
/// - `meridian_rules_info{version}`: 1 for the rules version in force.
/// - `meridian_reloads_total{trigger, result}` and `meridian_reload_failures_total{trigger}`: reloads.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` prints.
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    private struct RouteKey: Hashable {
        let route: String
        let method: String
    }

    private struct StatusKey: Hashable {
        let route: RouteKey
        let status: Int
    }

    private struct State {
        var timers: [RouteKey: Metrics.Timer] = [:]
        var counters: [StatusKey: CoreMetrics.Counter] = [:]
        var rulesGauge: (version: String, gauge: CoreMetrics.Gauge)?
    }

    private let state = Mutex(State())

    /// Creates the metrics with latency buckets from 0.25 ms to 5 s.
    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .milliseconds(500), .seconds(1), .seconds(5),
        ]
        self.factory = factory
    }

    /// Counts one answered request and records its latency.
    public func record(route: String, method: String, status: Int, duration: Duration) {
        let key = RouteKey(route: route, method: method)
        let (timer, counter) = state.withLock { state in
            let timer = state.timers[key] ?? {
                let made = Metrics.Timer(label: "meridian_http_request_duration_seconds",
                                         dimensions: [("route", route), ("method", method)], factory: factory)
                state.timers[key] = made
                return made
            }()
            let statusKey = StatusKey(route: key, status: status)
            let counter = state.counters[statusKey] ?? {
                let made = CoreMetrics.Counter(label: "meridian_http_requests_total",
                                   dimensions: [("route", route), ("method", method), ("status", String(status))],
                                   factory: factory)
                state.counters[statusKey] = made
                return made
            }()
            return (timer, counter)
        }
        counter.increment()
        timer.recordNanoseconds(Int64(duration.components.seconds) * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// Sets `meridian_rules_info{version}` to 1 for the version in force, dropping the previous one.
    public func rulesVersion(_ version: String) {
        state.withLock { state in
            if state.rulesGauge?.version == version { return }
            state.rulesGauge?.gauge.destroy()
            let gauge = CoreMetrics.Gauge(label: "meridian_rules_info", dimensions: [("version", version)], factory: factory)
            gauge.record(1)
            state.rulesGauge = (version, gauge)
        }
    }

    /// Counts a reload attempt by its trigger (`http`, `signal`) and result.
    public func reload(trigger: String, succeeded: Bool) {
        CoreMetrics.Counter(label: "meridian_reloads_total", dimensions: [("trigger", trigger), ("result", succeeded ? "success" : "failure")],
                factory: factory).increment()
        if !succeeded {
            CoreMetrics.Counter(label: "meridian_reload_failures_total", dimensions: [("trigger", trigger)], factory: factory).increment()
        }
    }

    /// The Prometheus text exposition of every metric.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
