import FactStore
import Query
import TestSupport
import Testing

/// Names as the articles and users write them: spacing and hyphen
/// variants of a known name, and a person's family name alone, resolve to
/// the entity; nothing matches inside a longer word.
@Suite struct NameResolutionTests {
    static let kb = try! Loader.load(try! SeedFiles.read(directory: RepositoryPaths.seeds))

    @Test(arguments: [
        ("Wang", "Alexandr Wang"),
        ("etats unis", "États-Unis"),
        ("Grok-3", "Grok 3"),
        ("GPT 4.5", "GPT-4.5"),
        ("gpt-4.5", "GPT-4.5"),
        ("zuckerberg", "Mark Zuckerberg"),
    ])
    func variantsResolve(_ written: String, _ name: String) throws {
        let found = Self.kb.entities.lookup(written)
        #expect(found.count == 1)
        #expect(found.first.map(Self.kb.name(of:)) == name)
    }

    @Test(arguments: ["Wan", "Wangari", "Grok-34", "etats", "Alexand"])
    func nothingMatchesInsideOrBesideAName(_ written: String) {
        #expect(Self.kb.entities.lookup(written).isEmpty)
    }

    @Test func aFamilyNameAloneIsAMentionOnceThePersonIsNamed() throws {
        let text = "Wang n'a rien dit.\nMeta a nommé Alexandr Wang.\nPlus tard, Wang a parlé ; Wangari non.\n"
        let kb = try Self.kb.adding(id: "t", file: "t.txt", bytes: Array(text.utf8))
        let answer = try Engine(kb: kb).run("find mentions where doc = t and entity = \"Alexandr Wang\" show text, line")
            .map { Renderer.render($0, as: .csv) }.joined()
        #expect(answer.replacingOccurrences(of: "\r\n", with: "\n") == "id,text,line\nt:2@2,Alexandr Wang,2\nt:3@1,Wang,3\n")
    }
}
