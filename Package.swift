// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Meridian",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "meridian", targets: ["meridian"]),
        .library(name: "Money", targets: ["Money"]),
        .library(name: "Localization", targets: ["Localization"]),
        .library(name: "MarketRules", targets: ["MarketRules"]),
        .library(name: "Pricing", targets: ["Pricing"]),
        .library(name: "Products", targets: ["Products"]),
        .library(name: "Feeds", targets: ["Feeds"]),
        .library(name: "PricingServer", targets: ["PricingServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP pricing API (PricingServer, `meridian serve`) and its tests.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // C adapters: the only places that see ICU or libxml2 headers.
        .target(
            name: "ICUBridge",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // A streaming XML reader on libxml2, hardened for untrusted input.
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),

        // Pure core.
        .target(name: "Money", dependencies: ["ICUBridge"]),

        // Adapters around the core.
        .target(name: "Localization", dependencies: ["ICUBridge", "Money", "XMLSupport"]),
        .target(
            name: "MarketRules",
            dependencies: [
                "Money", "XMLSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The product record that feeds produce and listings consume.
        .target(name: "Products", dependencies: ["Money", "MarketRules"]),
        .target(name: "Pricing", dependencies: ["Money", "MarketRules", "Localization", "Products"]),
        // Streaming readers of supplier feeds (BMEcat, Google Merchant, ONIX, mapped XML) into Products.
        .target(
            name: "Feeds",
            dependencies: [
                "XMLSupport", "Products", "Localization", "Money", "MarketRules", "Pricing", "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Writes seeded BMEcat 2005 files and times the reader against them (see docs/feeds.md).
        .executableTarget(name: "FeedBench", dependencies: ["Feeds"]),
        // The HTTP pricing API: routes, DTOs, problem+json errors, auth, metrics, reload. HTTP only.
        .target(
            name: "PricingServer",
            dependencies: [
                "Money", "MarketRules", "Localization", "Pricing",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("openapi.yaml")]
        ),
        .executableTarget(
            name: "meridian",
            dependencies: [
                "Money", "Localization", "MarketRules", "Pricing", "Feeds", "Products", "PricingServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            // jemalloc replaces glibc's malloc for the whole process: a feed run frees on the main thread
            // what the reading thread allocated, which glibc serialises on that thread's arena lock
            // (docs/feeds.md, "Memory allocator"); quotes in the server gained as well (docs/api.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),

        // Tests: one target per library target, plus the CLI run as a process.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "MoneyTests",
            dependencies: [
                "Money", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "Money", "TestSupport"]),
        .testTarget(name: "MarketRulesTests", dependencies: ["MarketRules", "Money", "TestSupport"]),
        .testTarget(
            name: "PricingTests",
            dependencies: [
                "Pricing", "MarketRules", "Money", "Products", "Localization", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "ProductsTests", dependencies: ["Products", "Money"]),
        .testTarget(
            name: "FeedsTests",
            dependencies: [
                "Feeds", "Products", "Money", "XMLSupport", "TestSupport", "Pricing", "MarketRules", "Localization",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(name: "MeridianCLITests", dependencies: ["TestSupport"]),
        .testTarget(
            name: "PricingServerTests",
            dependencies: [
                "PricingServer", "MarketRules", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
