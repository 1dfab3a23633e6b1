// swift-tools-version: 6.2
// A trivial Hummingbird server: the yardstick the HTTP benchmark compares Skillmix's routes against.
import PackageDescription

let package = Package(
    name: "http-baseline",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1")
    ],
    targets: [
        .executableTarget(
            name: "baseline",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        )
    ]
)
