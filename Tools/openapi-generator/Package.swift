// swift-tools-version: 6.0
// Builds apple/swift-openapi-generator's command at the version the project uses, apart from the app's own
// package so that the app's build does not pay for it. scripts/generate-api.sh builds and runs it.
import PackageDescription

let package = Package(
    name: "openapi-generator-tool",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator.git", exact: "1.14.3")
    ],
    targets: []
)
