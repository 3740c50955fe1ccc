import FactStore
import Foundation
import Lexer
import Query

let kb = try! Loader.load(try! SeedFiles.read(directory: SeedFiles.bundledDirectory()))
let engine = Engine(kb: kb)
for text in CommandLine.arguments.dropFirst() {
    let source = SourceFile(text: text)
    let parsed = Parser.parse(source)
    for d in parsed.diagnostics { print(DiagnosticRenderer().render(d)) }
    for statement in parsed.statements {
        do {
            let result = try engine.run(statement, in: source)
            print(Renderer.render(result, as: ProcessInfo.processInfo.environment["FMT"].flatMap(OutputFormat.init) ?? .table, options: RenderOptions(citations: ProcessInfo.processInfo.environment["CITE"] != nil)), terminator: "")
        } catch {
            print(DiagnosticRenderer().render(error))
        }
    }
}
