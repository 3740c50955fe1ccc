import Arguments
import Foundation
import Lexer
import Shell

/// One of `repl`'s commands: what its command line takes, and how it runs
/// once that line is read. Usage errors exit with 2.
protocol Command {
    static var spec: CommandSpec { get }
    /// Every check of the command line is made here, before anything runs.
    init(_ arguments: ParsedArguments) throws(UsageError)
}

extension OptionSpec {
    /// `--data DIR`, which every command that reads a store takes.
    static let dataFolder = OptionSpec("data", valueName: "DIR", help: "A folder laid out like seeds/ (default: the bundled corpus).",
                                       completion: .directory)
}

/// How a command that has stopped wants the process to exit.
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}

enum CommandRunner {
    /// The command the line asks for, or the process's exit after help,
    /// the version, a completion script or a usage error.
    static func read<C: Command>(_ type: C.Type, _ arguments: [String], subcommands: [CommandSpec] = []) -> C {
        do {
            switch try CommandLineParser.parse(arguments, as: C.spec) {
            case .run(let parsed): return try C(parsed)
            case .help(let text): print(text, terminator: "")
            case .version(let text): print(text, terminator: "")
            case .completionScript(let shell): print(CompletionScript.render(shell, root: C.spec, subcommands: subcommands), terminator: "")
            }
            exit(0)
        } catch {
            StandardError.write(error.rendered(for: C.spec))
            exit(2)
        }
    }

    /// Runs `body`, then exits with its status: 0, the one it threw, or 2
    /// (with its message) for any other error.
    static func exiting(after body: () throws -> Void) -> Never {
        do {
            try body()
            exit(0)
        } catch let status as ExitStatus {
            exit(status.code)
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            exit(2)
        }
    }
}
