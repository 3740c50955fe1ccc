// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "AIQuery",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "repl", targets: ["repl"]),
    ],
    targets: [
        .target(name: "Lexer"),
        .target(name: "FactStore", dependencies: ["Lexer"]),
        .target(name: "Query", dependencies: ["Lexer", "FactStore"]),
        .executableTarget(name: "repl", dependencies: ["Lexer", "FactStore", "Query"]),
        .executableTarget(name: "bench", dependencies: ["Lexer", "FactStore", "Query"]),
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "LexerTests", dependencies: ["Lexer"]),
        .testTarget(
            name: "QueryTests",
            dependencies: ["Lexer", "Query", "FactStore", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "FactStoreTests",
            dependencies: ["Lexer", "FactStore", "TestSupport"],
            exclude: ["Golden", "Fixture"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
