// swift-tools-version: 6.1
// Benchmarks live in their own package so the main build and `swift test` never compile the
// harness. (SwiftPM caches the main package's file list here: after adding source files there,
// delete .build/release.yaml before building again.) Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "MeridianBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Meridian", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Pricing", package: "Meridian"),
                .product(name: "MarketRules", package: "Meridian"),
                .product(name: "Money", package: "Meridian"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "MessageLoop",
            dependencies: [.product(name: "Localization", package: "Meridian")],
            path: "Benchmarks/MessageLoop"
        ),
        .executableTarget(
            name: "QuoteLoop",
            dependencies: [
                .product(name: "Pricing", package: "Meridian"),
                .product(name: "MarketRules", package: "Meridian"),
            ],
            path: "Benchmarks/QuoteLoop"
        ),
    ]
)
