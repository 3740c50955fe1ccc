import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `repl` in a pseudo-terminal, types into it and reads what
/// it shows, as a person at a terminal would.
final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    private(set) var screen = ""
    /// Where the next `expect` starts looking.
    private var cursor: String.Index

    /// Starts `path` with `arguments` in a terminal of `columns`×`rows`
    /// (100×40 unless told). Everything the child needs is built before
    /// forking: the child only calls execve.
    init(path: String, arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 40) throws {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var descriptor: Int32 = -1
        let child = forkpty(&descriptor, nil, nil, &size)
        if child == 0 {
            execve(path, argv, envp)
            _exit(127)
        }
        for pointer in argv + envp { free(pointer) }
        guard child > 0 else { throw POSIXError(.EAGAIN) }
        pid = child
        master = descriptor
        cursor = screen.startIndex
    }

    /// The end of the screen, for failure messages.
    var tail: String { String(screen.suffix(600)) }

    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// The whole line (up to the line break) of the last text `expect` found.
    private(set) var matchedLine = ""

    /// Waits until `text` appears after what earlier expectations consumed;
    /// returns false after `timeout` seconds.
    @discardableResult
    func expect(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let range = screen.range(of: text, range: cursor..<screen.endIndex) {
                cursor = range.upperBound
                let start = screen[..<range.lowerBound].lastIndex { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map { screen.index(after: $0) } ?? screen.startIndex
                let end = screen[range.upperBound...].firstIndex { $0 == "\r" || $0 == "\n" || $0 == "\r\n" } ?? screen.endIndex
                matchedLine = String(screen[start..<end])
                return true
            }
            readAvailable(waitingMilliseconds: 50)
        }
        return false
    }

    private func readAvailable(waitingMilliseconds: Int32) {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitingMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            let offset = screen.distance(from: screen.startIndex, to: cursor)
            screen += String(decoding: buffer[0..<count], as: UTF8.self)
            cursor = screen.index(screen.startIndex, offsetBy: offset)
        }
    }

    /// Types `keys` until `text` appears, a few times at most: keys typed
    /// while libedit switches the terminal's mode may be flushed, which a
    /// person would answer by pressing again.
    @discardableResult
    func type(_ keys: String, until text: String, attempts: Int = 5) -> Bool {
        for _ in 0..<attempts {
            type(keys)
            if expect(text, timeout: 2) { return true }
        }
        return false
    }

    /// Types `keys` until the child exits; returns its status.
    func type(_ keys: String, untilExit attempts: Int = 5) -> Int32? {
        for _ in 0..<attempts {
            type(keys)
            if let status = waitForExit(timeout: 2) { return status }
        }
        return nil
    }

    /// Waits for the child to exit and returns its status, or nil on timeout.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            readAvailable(waitingMilliseconds: 20)
            if waitpid(pid, &status, WNOHANG) == pid {
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
            }
        }
        return nil
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }
}
