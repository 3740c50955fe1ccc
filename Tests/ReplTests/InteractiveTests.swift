import Foundation
import Testing

/// The interactive REPL driven through a pseudo-terminal: the real binary,
/// the real libedit.
@Suite(.serialized) struct InteractiveTests {
    static let up = "\u{1B}[A"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let ctrlR = "\u{12}"

    func start(history: String, arguments: [String] = [], environment extra: [String: String] = [:],
               columns: UInt16 = 100, rows: UInt16 = 40) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["AIQUERY_HISTORY"] = history
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "C.UTF-8"
        environment["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-no-config").path
        environment.merge(extra) { $1 }
        return try PseudoTerminal(path: Binary.path, arguments: arguments, environment: environment, columns: columns, rows: rows)
    }

    @Test func aSessionAtTheTerminal() throws {
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-pty-\(UUID())").path
        let terminal = try start(history: history)
        #expect(terminal.expect("Type .help for help"), "banner")
        #expect(terminal.expect("aiq> "), "prompt")

        // A query and Enter.
        terminal.type("count deals\r")
        #expect(terminal.expect("9 deals"))
        #expect(terminal.expect("aiq> "))

        // Tab completes a kind, a field and an entity name (quoted: it has a
        // space). libedit redraws the line, so the completed rest is what shows.
        terminal.type("find dea\t")
        #expect(terminal.expect("ls "))
        terminal.type("where targ\t")
        #expect(terminal.expect("et "))
        terminal.type("= Sca\t")
        #expect(terminal.expect("\"Scale AI\""))
        terminal.type("\r")
        #expect(terminal.expect("1 deal"))
        #expect(terminal.expect("aiq> "))

        // Up-arrow recalls the previous statement.
        terminal.type(Self.up)
        #expect(terminal.expect("\"Scale AI\""))
        terminal.type("\r")
        #expect(terminal.expect("1 deal"))

        // A statement over two lines, with a continuation prompt.
        terminal.type("find deals where\r")
        #expect(terminal.expect("...> "))
        terminal.type("amount > 1e9\r")
        #expect(terminal.expect("$6.4B"))
        #expect(terminal.expect("aiq> "))

        // Ctrl-C on a half-typed line clears it and does not exit.
        terminal.type("find Théo whe")
        #expect(terminal.expect("whe"))
        #expect(terminal.type(Self.ctrlC, until: "^C"), "\(terminal.tail)")
        #expect(terminal.expect("aiq> "))
        terminal.type("count hires\r")
        #expect(terminal.expect("13 hires"))
        #expect(terminal.expect("aiq> "))

        // Ctrl-R searches the history backwards.
        terminal.type(Self.ctrlR)
        #expect(terminal.expect("bck:"))
        terminal.type("Scale")
        #expect(terminal.expect("\"Scale AI\""))
        terminal.type("\r")
        #expect(terminal.expect("1 deal"))
        #expect(terminal.expect("aiq> "))

        // Ctrl-D on an empty line leaves with status 0.
        #expect(terminal.type(Self.ctrlD, untilExit: 5) == 0)

        // The history is there in the next session.
        let saved = try String(contentsOf: URL(fileURLWithPath: history), encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_"))
        // Run three times, but twice in a row after Up-arrow: history keeps two entries.
        #expect(saved.components(separatedBy: "Scale\\040AI").count - 1 == 2, "\(saved)")
        #expect(saved.contains("find\\040deals\\040where\\012amount"), "a two-line statement is one entry")
        let next = try start(history: history)
        #expect(next.expect("aiq> "))
        next.type(Self.up)
        #expect(next.expect("\"Scale AI\""))
        next.type("\r")
        #expect(next.expect("1 deal"))
        next.type(".quit\r")
        #expect(next.waitForExit() == 0)
    }

    @Test func anUnreadableHistoryIsReportedOnceAndIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiquery-pty-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let history = folder.appendingPathComponent("history")
        try "this is not a history file\n".write(to: history, atomically: true, encoding: .utf8)
        let terminal = try start(history: history.path)
        #expect(terminal.expect("is not a history file of this program; history is off for this session"))
        #expect(terminal.expect("aiq> "))
        terminal.type("count deals\r")
        #expect(terminal.expect("9 deals"))
        #expect(terminal.expect("aiq> "), "keys typed before the prompt may be flushed")
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0, "\(terminal.tail)")
        #expect(try String(contentsOf: history, encoding: .utf8) == "this is not a history file\n")
    }
}
