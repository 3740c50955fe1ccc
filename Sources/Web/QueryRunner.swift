import FactStore
import Foundation
import Lexer
import Query
import SQL

/// Runs the statements of one request as the REPL would, but all or
/// nothing: a statement that does not parse or check runs none of them.
struct QueryRunner {
    let kb: KnowledgeBase
    let settings: WebSettings

    struct Answer {
        let statement: String
        let result: QueryResult
    }

    enum Outcome {
        case answered([Answer])
        /// The statements do not parse or check (400).
        case refused([Diagnostic])
        /// Too long a statement or too large an answer (413).
        case tooLarge(String, [Diagnostic])
        /// Over the time a request has (503).
        case tooSlow(String)
    }

    func run(_ text: String) -> Outcome {
        guard text.utf8.count <= settings.maxStatementBytes else {
            return .tooLarge("the statement is \(Limits.grouped(text.utf8.count)) bytes; a request has at most "
                             + "\(Limits.grouped(settings.maxStatementBytes)) here", [])
        }
        let source = SourceFile(name: "query", text: text)
        let parsed = Parser.parse(source)
        if !parsed.diagnostics.isEmpty { return .refused(parsed.diagnostics) }
        var problems: [Diagnostic] = []
        var checked: [(statement: Statement, checked: CheckedStatement)] = []
        for statement in parsed.statements {
            do { checked.append((statement, try Checker(kb: kb, source: source).check(statement))) } catch { problems.append(error) }
        }
        if !problems.isEmpty { return .refused(problems) }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(settings.timeLimitMilliseconds) * 1_000_000
        let engine = Engine(kb: kb, sql: SQLExplanation(dialect: .sqlite), isCancelled: { DispatchTime.now().uptimeNanoseconds > deadline })
        var answers: [Answer] = []
        for (statement, checked) in checked {
            let result: QueryResult
            do {
                result = try engine.run(checked, at: statement.span, in: source)
            } catch {
                guard DispatchTime.now().uptimeNanoseconds > deadline else { return .refused([error]) }
                return .tooSlow("the statements took longer than \(settings.timeLimitMilliseconds) ms, the time a request has here")
            }
            if case .table(let table) = result, table.rows.count > settings.maxRows {
                let diagnostic = Diagnostic(.error, "the answer has \(Limits.grouped(table.rows.count)) rows", in: source,
                                            at: statement.span, label: "add a limit clause or a condition",
                                            notes: ["an answer has at most \(Limits.grouped(settings.maxRows)) rows here"])
                return .tooLarge(diagnostic.message, [diagnostic])
            }
            answers.append(Answer(statement: source.text(of: statement.span), result: result))
        }
        return .answered(answers)
    }
}
