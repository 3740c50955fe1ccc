import FactStore
import Foundation
import Lexer
import TestSupport
import Testing

/// Damaged facts and schema files give diagnostics, never a crash or a
/// half-loaded store.
@Suite struct LoaderRobustnessTests {
    static func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(1 + random.next(4)) where !bytes.isEmpty {
            let position = random.next(bytes.count)
            switch random.next(4) {
            case 0: bytes.remove(at: position)
            case 1: bytes.insert(UInt8(random.next(256)), at: position)
            case 2:
                let punctuation = Array("{}:,\"'-$%\n".utf8)
                bytes[position] = punctuation[random.next(punctuation.count)]
            default: bytes.removeSubrange(position..<min(bytes.count, position + random.next(40)))
            }
        }
        return bytes
    }

    @Test(arguments: ["facts/deals.kb", "facts/entities.kb", "schema.kb", "manifest.kb"])
    func damagedFilesNeverCrash(_ name: String) throws {
        let original = Array(try Data(contentsOf: RepositoryPaths.seeds.appendingPathComponent(name)))
        var random = SplitMix64(seed: UInt64(name.utf8.count) * 7919)
        var failures = 0
        for _ in 0..<80 {
            var files = try SeedFiles.read(directory: RepositoryPaths.seeds)
            let damaged = SourceFile(name: name, bytes: Self.mutate(original, &random))
            switch name {
            case "schema.kb": files.schema = damaged
            case "manifest.kb": files.manifest = damaged
            default: files.facts = files.facts.map { $0.name.hasSuffix(name) ? damaged : $0 }
            }
            do {
                _ = try Loader.load(files)
            } catch {
                failures += 1
                #expect(!error.diagnostics.isEmpty)
                _ = DiagnosticRenderer().render(error.diagnostics)
            }
        }
        #expect(failures > 25, "most damage is noticed")
    }
}
