import FactStore
import FuzzDriver
import Lexer
import Shell

/// Scripts from bytes: the script reader, dot-commands (with file access
/// off) and statements, as a session runs them.
let kb = try! Loader.load(try! SeedFiles.read(directory: SeedFiles.bundledDirectory()))

// libFuzzer looks this symbol up even when main.swift runs its driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = text(data, size)
    var settings = Session.Settings()
    settings.allowsFiles = false
    settings.width = 80
    let session = Session(kb: kb, settings: settings, output: .memory(), errors: .memory())
    session.run(text, name: "fuzz.q")
    return 0
}
