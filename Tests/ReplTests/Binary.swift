import Foundation
import TestSupport

/// Runs the built `repl` executable as a user would.
enum Binary {
    /// The `repl` built beside the test bundle (the same build folder).
    static let path: String = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent(),
            RepositoryPaths.root.appendingPathComponent(".build/debug"),
        ].compactMap { $0 }
        for folder in candidates {
            let repl = folder.appendingPathComponent("repl").path
            if FileManager.default.isExecutableFile(atPath: repl) { return repl }
        }
        fatalError("the repl executable was not built next to the tests (looked in \(candidates.map(\.path)))")
    }()

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Runs `repl` with `arguments` and `input` on standard input, in
    /// `directory`, with a private history file.
    static func run(_ arguments: [String], input: String? = nil, directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["AIQUERY_HISTORY"] = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-test-history-\(UUID())").path
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-test-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
