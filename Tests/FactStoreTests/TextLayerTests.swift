import FactStore
import Foundation
import Lexer
import Testing

/// Sentences, mentions and search over the text of the documents.
@Suite struct TextLayerTests {
    static let kb: KnowledgeBase = try! Loader.load(try! SeedFiles.read(directory: BundledKnowledgeBaseTests.seeds))

    // MARK: - Sentences

    @Test(arguments: [
        ("Meta acquiert 49% de Scale AI. OpenAI développe un centre.", ["Meta acquiert 49% de Scale AI.", "OpenAI développe un centre."]),
        ("« Ce n'est pas la fin du monde. C'est la fin d’UN monde. » Et après ?", ["« Ce n'est pas la fin du monde. C'est la fin d’UN monde. »", "Et après ?"]),
        ("M. Dupont arrive. Il parle.", ["M. Dupont arrive.", "Il parle."]),
        ("La valeur est de 6.4 milliards. Ensuite ?", ["La valeur est de 6.4 milliards.", "Ensuite ?"]),
        ("Les jours, les semaines, les mois sont passés…", ["Les jours, les semaines, les mois sont passés…"]),
        ("Mais après-demain… Joker !", ["Mais après-demain…", "Joker !"]),
        ("🚨 Meta vient d'offrir 100 MILLIONS ! Certaines acquisitions atteignent 1 MILLIARD !",
         ["🚨 Meta vient d'offrir 100 MILLIONS !", "Certaines acquisitions atteignent 1 MILLIARD !"]),
        ("Fuite massive de talents : OpenAI dans la tourmente", ["Fuite massive de talents : OpenAI dans la tourmente"]),
        ("- Posts", ["- Posts"]),
        ("Le contrat. 🍓 La vraie magie.", ["Le contrat.", "🍓 La vraie magie."]),
    ])
    func sentenceSplitting(_ line: String, _ expected: [String]) {
        #expect(SentenceSplitter.split(line) == expected)
    }

    @Test func everyLineWithWordsHasSentences() {
        let sentences = Self.kb.text.sentences
        #expect(sentences.count > 200)
        #expect(sentences.allSatisfy { Self.kb.document($0.document)?.line($0.line)?.contains($0.text) == true })
    }

    // MARK: - Mentions

    func mentions(_ text: String) -> [String] {
        MentionFinder(entities: Self.kb.entities).mentions(in: text).map { "\(Self.kb.name(of: $0.entity))=\($0.text)" }
    }

    @Test func elisionAndPossessives() {
        #expect(mentions("les offres fermées d’OpenAI et l'équipe d'Anthropic") == ["OpenAI=OpenAI", "Anthropic=Anthropic"])
        #expect(mentions("OpenAI's board and Meta’s lab") == ["OpenAI=OpenAI", "Meta=Meta"])
    }

    @Test func caseAccentsAndAliases() {
        #expect(mentions("OPENAI, openai et Openai") == ["OpenAI=OPENAI", "OpenAI=openai", "OpenAI=Openai"])
        #expect(mentions("Theo et Théo") == ["Théo=Theo", "Théo=Théo"])
        #expect(mentions("Zuckerberg puis Mark Zuckerberg") == ["Mark Zuckerberg=Zuckerberg", "Mark Zuckerberg=Mark Zuckerberg"])
        #expect(mentions("Orion, XAI et Twitter") == ["GPT-4.5=Orion", "xAI=XAI", "X=Twitter"])
    }

    @Test func longestNameWinsAndWholeWordsOnly() {
        #expect(mentions("Claude 3.5 Opus et Claude") == ["Claude 3.5 Opus=Claude 3.5 Opus", "Claude=Claude"])
        #expect(mentions("Grok 3 puis Grok 3.5") == ["Grok 3=Grok 3", "Grok 3.5=Grok 3.5"])
        #expect(mentions("métaverse, Metallica, applesauce, Googleplex, openaIgen").isEmpty)
    }

    @Test func mentionsAreAQueryableKind() throws {
        let table = try #require(Self.kb.table(named: "mentions"))
        let nvidia = Self.kb.entities.lookup("Nvidia")[0]
        let rows = (0..<table.count).filter { table.value(row: $0, named: "entity") == .entity(nvidia) }
        #expect(rows.map { table.citations[$0]!.description } == ["000:5", "003:30"])
        #expect(rows.map { table.citations[$0]!.evidence } == ["NVIDIA", "Nvidia"])
    }

    // MARK: - Search

    @Test func phraseMatchesRankFirst() {
        let hits = Self.kb.text.search("Grok 3")
        #expect(hits.count >= 5)
        #expect(hits.prefix(while: \.isPhrase).count == hits.filter(\.isPhrase).count, "phrases come before the rest")
        #expect(hits.allSatisfy { $0.sentence.text.localizedCaseInsensitiveContains("grok") })
    }

    @Test func searchIgnoresCaseAccentsAndPlurals() {
        #expect(Self.kb.text.search("SUPERINTELLIGENCE").map { "\($0.sentence.document):\($0.sentence.line)" } == ["001:5", "001:6"])
        #expect(!Self.kb.text.search("debauchage").isEmpty)
        #expect(!Self.kb.text.search("data center").isEmpty)
    }

    @Test func searchInOneDocument() {
        let hits = Self.kb.text.search("OpenAI", in: "002")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.sentence.document == "002" })
    }

    @Test func matchesAreTheWordsOfTheQuery() throws {
        let hit = try #require(Self.kb.text.search("superintelligence").first)
        let scalars = Array(hit.sentence.text.unicodeScalars)
        let matched = hit.matches.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(matched == ["superintelligence"])
    }

    @Test func rankingPrefersRarerWordsAndShorterSentences() {
        let hits = Self.kb.text.search("Microsoft OpenAI")
        #expect(hits.count > 3)
        let scores = hits.filter { !$0.isPhrase }.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }
}
