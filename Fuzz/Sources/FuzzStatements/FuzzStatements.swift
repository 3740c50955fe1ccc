import FactStore
import FuzzDriver
import Lexer
import Query

/// Statements from bytes, through lexer, parser, checker, evaluation and
/// every renderer, over the bundled knowledge base.
let kb = try! Loader.load(try! SeedFiles.read(directory: SeedFiles.bundledDirectory()))

// libFuzzer looks this symbol up even when main.swift runs its driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let source = SourceFile(name: "fuzz", text: text(data, size))
    // As the shell does: on a deep stack, which the limits on nesting and conditions assume.
    DeepStack.run {
        let engine = Engine(kb: kb)
        for statement in Parser.parse(source).statements {
            guard let result = try? engine.run(statement, in: source) else { continue }
            for format in OutputFormat.allCases {
                _ = Renderer.render(result, as: format, options: RenderOptions(width: 60, citations: size % 2 == 0))
            }
        }
    }
    return 0
}
