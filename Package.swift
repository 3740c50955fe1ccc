// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "AIQuery",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "repl", targets: ["repl"]),
        // For the fuzz targets in Fuzz/, a package of their own (built with libFuzzer).
        .library(name: "AIQueryKit", targets: ["Lexer", "FactStore", "Extraction", "Query", "SQL", "Shell"]),
    ],
    dependencies: [
        // The HTTP server of `repl serve` (SwiftNIO underneath); its optional traits stay off.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already built for Hummingbird: its header types and a logger kept quiet.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "Lexer"),
        .target(name: "FactStore", dependencies: ["Lexer"]),
        .target(name: "Extraction", dependencies: ["Lexer", "FactStore"]),
        .target(name: "Query", dependencies: ["Lexer", "FactStore"]),
        // Generated data folders for the store at scale (`repl generate`).
        .target(name: "Generator", dependencies: ["Lexer", "FactStore"]),
        // SQLite's C library, for the export and the differential test.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // The language translated to SQL, and the store exported as SQL tables.
        // libpq, for the same language on a PostgreSQL server (`repl --engine`), opened when first used.
        .target(name: "CPostgres"),
        .target(name: "SQL", dependencies: ["Lexer", "FactStore", "Query", "CSQLite", "CPostgres"]),
        .target(name: "Shell", dependencies: ["Lexer", "FactStore", "Extraction", "Query", "SQL"]),
        // `repl serve`: the query, article and entity pages and the JSON API.
        .target(name: "Web", dependencies: ["Lexer", "FactStore", "Query", "SQL", .product(name: "Hummingbird", package: "hummingbird"),
                                            .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log")]),
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
        // The command lines of `repl` and its commands: parsing, help and completion scripts from one declaration.
        .target(name: "Arguments", dependencies: ["Lexer"]),
        .executableTarget(
            name: "repl",
            dependencies: [
                "Lexer", "FactStore", "Query", "SQL", "Shell", "Web", "Generator", "CEditLine", "Arguments",
            ]
        ),
        .executableTarget(name: "bench", dependencies: ["Lexer", "FactStore", "Extraction", "Query"]),
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "LexerTests", dependencies: ["Lexer"]),
        .testTarget(name: "ArgumentsTests", dependencies: ["Arguments"]),
        .testTarget(
            name: "QueryTests",
            dependencies: ["Lexer", "Query", "FactStore", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ShellTests",
            dependencies: ["Lexer", "FactStore", "Query", "SQL", "Shell", "Generator", "TestSupport"],
            exclude: ["Golden", "Fixture", "SQL/Fixture"]
        ),
        .testTarget(name: "ReplTests", dependencies: ["Lexer", "SQL", "TestSupport"]),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Lexer", "FactStore", "Extraction", "TestSupport"],
            exclude: ["Articles"]
        ),
        .testTarget(name: "WebTests", dependencies: ["Web"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Lexer", "FactStore", "Generator", "TestSupport"]),
        .testTarget(
            name: "FactStoreTests",
            dependencies: ["Lexer", "FactStore", "Query", "Generator", "TestSupport"],
            exclude: ["Golden", "Fixture", "Amounts"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
