import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `repl serve` started by a test on a free loopback port, stopped (SIGTERM) when done.
final class Server {
    let process = Process()
    let address: String
    private let output = Pipe()

    init(_ arguments: [String] = [], directory: URL? = nil) throws {
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["serve", "--port", "0"] + arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the address, with the port the system chose.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
            process.terminate()
            throw ServerError("repl serve did not start: \(text)")
        }
        address = String(text[range])
    }

    /// Stops the server as a supervisor would, and waits for it.
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String
        let url: URL?
    }

    func get(_ path: String) throws -> Reply {
        try send(URLRequest(url: URL(string: address + path)!))
    }

    func post(_ path: String, form: [String: String], headers: [String: String] = [:]) throws -> Reply {
        var request = URLRequest(url: URL(string: address + path)!)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(form.map { "\($0.key)=\(Self.encode($0.value))" }.joined(separator: "&").utf8)
        return try send(request)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    private func send(_ request: URLRequest) throws -> Reply {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var reply: Reply?
        nonisolated(unsafe) var failure: Error?
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse {
                let headers = Dictionary(response.allHeaderFields.map { ("\($0.key)".lowercased(), "\($0.value)") }, uniquingKeysWith: { a, _ in a })
                reply = Reply(status: response.statusCode, headers: headers, body: String(decoding: data ?? Data(), as: UTF8.self), url: response.url)
            } else {
                failure = error
            }
            done.signal()
        }.resume()
        done.wait()
        if let reply { return reply }
        throw failure ?? ServerError("no response")
    }
}

struct ServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
