import FactStore
import FuzzDriver
import Lexer

/// A data folder from bytes: schema, manifest, facts and one article,
/// separated by lines holding `%%`, through the checking loader and, when
/// it loads, the text layer.
// libFuzzer looks this symbol up even when main.swift runs its driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = bytes(data, size)
    var parts: [[UInt8]] = [[]]
    var line: [UInt8] = []
    for byte in bytes {
        line.append(byte)
        guard byte == UInt8(ascii: "\n") else { continue }
        if line == Array("%%\n".utf8), parts.count < 4 { parts.append([]) } else { parts[parts.count - 1] += line }
        line = []
    }
    parts[parts.count - 1] += line
    while parts.count < 4 { parts.append([]) }
    let article = parts[3]
    let files = SeedFiles(schema: SourceFile(name: "schema.kb", bytes: parts[0]), manifest: SourceFile(name: "manifest.kb", bytes: parts[1]),
                          facts: [SourceFile(name: "facts/fuzz.kb", bytes: parts[2])]) { path in
        path == "corpus/a.txt" ? .success(article) : .failure(SeedError("cannot read '\(path)': no such file"))
    }
    if let kb = try? Loader.load(files) { _ = kb.text }
    return 0
}
