import FactStore
import Lexer

/// What the extractor remembers while it reads a document: the company
/// the text is about (for « ils », "its"), the parties of a line that ends
/// with a colon (its list items are about them), and the facts so far.
struct DocumentContext {
    let document: String
    /// The company last named first in a sentence.
    var topic: Party?
    /// The first company of the line's earlier sentences (« Meta peine encore … L'arrivée de X »).
    var lineTopic: Party?
    /// « Microsoft a discrètement verrouillé OpenAI : » and the lines after it.
    var listSubject: Party?
    var listObject: Party?
    var listLinesLeft = 0
    var facts: [ProposedFact] = []
    /// The last deal read, by index in `facts`, and its line.
    var lastDeal: (index: Int, line: Int)?

    /// Unknown names given with a cue (« la start-up Velora »), folded.
    var learned: Set<String> = []

    mutating func learn(_ parties: [Party]) {
        for party in parties where !party.isKnown && (party.organisationCue || party.personCue || party.couldBePerson) {
            learned.insert(TextFolding.fold(party.name))
        }
    }

    init(document: String) {
        self.document = document
    }

    /// After a line: a colon at its end opens a list of short lines.
    mutating func finish(line: LineTokens, parties: [Party]) {
        let companies = parties.filter(\.canBeCompany)
        let endsWithColon = line.scalars.last { $0 != " " && $0 != "\t" } == ":"
        if endsWithColon, let first = companies.first {
            listSubject = first
            listObject = companies.dropFirst().first
            listLinesLeft = 4
        } else if listLinesLeft > 0, line.scalars.count < 200 {
            listLinesLeft -= 1
        } else {
            listLinesLeft = 0
        }
    }

    var inList: Bool { listLinesLeft > 0 }
}
