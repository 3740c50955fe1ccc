// swift-tools-version: 6.0
import PackageDescription

// The fuzz targets: a package of their own, so that the main build never
// links them. Built by scripts/fuzz with libFuzzer and AddressSanitizer:
//   swift build --package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
// (lld: gold fails on the sanitized debug information).
let package = Package(
    name: "AIQueryFuzz",
    dependencies: [.package(name: "AIQuery", path: "..")],
    targets: [.target(name: "FuzzDriver")] + ["FuzzStatements", "FuzzScript", "FuzzLoader", "FuzzText"].map { name in
        .executableTarget(name: name, dependencies: ["FuzzDriver", .product(name: "AIQueryKit", package: "AIQuery")])
    },
    swiftLanguageModes: [.v6]
)
