// swift-tools-version: 6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "skillmix",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skillmix", targets: ["skillmix"]),
        .executable(name: "projection-bench", targets: ["projection-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", exact: "2.17.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", exact: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", exact: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", exact: "2.1.0"),
    ],
    targets: [
        .target(
            name: "Workforce",
            dependencies: ["LinearProgramming"],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LinearProgramming",
            exclude: ["README.md"],
            // Optimised even in debug builds: the solver's tests and the CLI's `solve` need its speed.
            swiftSettings: swiftSettings + [.unsafeFlags(["-O"])]
        ),
        .target(
            name: "Catalogue",
            dependencies: [
                "Workforce",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md"],
            resources: [.copy("catalogue")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Persistence",
            dependencies: [
                "Workforce",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Pages",
            dependencies: [
                "Workforce",
                .product(name: "Plot", package: "Plot"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        .target(
            // The JSON API's types and server protocol, generated from Sources/Web/API/openapi.yaml by
            // scripts/generate-api.sh (committed; CI regenerates and fails if they differ).
            name: "API",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            exclude: ["README.md", "openapi-generator-config.yaml"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Web",
            dependencies: [
                "API",
                "Workforce",
                "Catalogue",
                "Persistence",
                "Pages",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            ],
            exclude: ["README.md"],
            resources: [.copy("API/openapi.yaml")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Commands",
            dependencies: [
                "Workforce",
                "Catalogue",
                "Persistence",
                "Web",
                "Pages",
                "LinearProgramming",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "skillmix",
            dependencies: ["Commands"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "projection-bench",
            dependencies: ["Workforce"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "Persistence",
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WorkforceTests",
            dependencies: ["Workforce"],
            resources: [.copy("projection")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogueTests",
            dependencies: ["Catalogue", "Workforce", "LinearProgramming"],
            resources: [.copy("designs"), .copy("commissioning")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PersistenceTests",
            dependencies: [
                "Persistence", "Catalogue", "Workforce", "TestSupport", .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "Catalogue", "Persistence", "Workforce", "Pages", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LinearProgrammingTests",
            dependencies: ["LinearProgramming"],
            resources: [.copy("problems")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CommandsTests",
            dependencies: ["Commands", "Workforce", "Pages"],
            swiftSettings: swiftSettings
        ),
    ]
)
