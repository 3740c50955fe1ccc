import FactStore
import Foundation
import Lexer
import Query

/// Tab completion that knows the language and the data: exactly what the
/// grammar allows next (`CompletionGrammar`) — statement and clause words
/// in their order, kinds, the fields of the statement's kind, entity names,
/// enumeration values — plus dot-commands, their arguments, and paths.
public struct Completer {
    let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// Candidates for `word`, the text being completed, given everything
    /// typed before it in the statement.
    public func candidates(before prefix: String, word: String) -> [String] {
        let trimmed = prefix.trimmed()
        if trimmed.isEmpty || trimmed.hasSuffix(";"), word.hasPrefix(".") {
            return matching(DotCommand.all.map { "." + $0.name }, word)
        }
        if trimmed.hasPrefix("."), !trimmed.contains("\n") { return commandArguments(trimmed, word) }
        let grammar = CompletionGrammar(prefix: StatementPrefix(prefix), schema: kb.schema)
        return grammar.offers().flatMap { candidates(for: $0, kind: grammar.kind, word) }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    private func candidates(for offer: Offer, kind: KindSchema?, _ word: String) -> [String] {
        switch offer {
        case .words(let words): return matching(words, word)
        case .kinds: return matching(kb.schema.kinds.map(\.name), word)
        case .fields: return matching(kind?.allFieldNames ?? [], word)
        case .numericFields:
            let fields = kb.schema.kinds.flatMap { $0.fields.filter { $0.type.isNumeric }.map(\.name) }
            return matching(Set(fields).sorted(), word)
        case .values(let field): return kind.map { values(of: field, in: $0, word) } ?? []
        case .entities: return matching(sortedNames(kb.entities.spellings), word, quoting: true)
        case .documents: return matching(kb.documents.map(\.id), word)
        }
    }

    /// Entity names of a reference field, an enumeration's values, or
    /// true and false.
    private func values(of fieldName: String, in kind: KindSchema, _ word: String) -> [String] {
        guard let index = kind.fieldIndex(named: fieldName) else { return [] }
        switch kind.fields[index].type.element {
        case .enumeration(let values):
            return matching(values, word, quoting: true)
        case .boolean:
            return matching(["true", "false"], word)
        case .reference(let target):
            let kindIndex = target == FieldType.anyEntity ? nil : kb.schema.kindIndex(named: target)
            let names = kb.entities.spellings.filter { spelling in
                kb.entities.lookup(spelling).contains { kindIndex == nil || $0.kind == kindIndex }
            }
            return matching(sortedNames(names), word, quoting: true)
        case .text where fieldName == "name" && kind.isEntity:
            let kindIndex = kb.schema.kindIndex(named: kind.name)
            return matching(sortedNames(kb.entities.spellings.filter { kb.entities.lookup($0).contains { $0.kind == kindIndex } }), word, quoting: true)
        default:
            return []
        }
    }

    // MARK: - Dot-commands

    private func commandArguments(_ line: String, _ word: String) -> [String] {
        let name = String(line.split(separator: " ").first?.dropFirst() ?? "")
        switch name {
        case "read", "output", "once", "ingest": return paths(word)
        case "format", "mode": return matching(OutputFormat.allCases.map(\.rawValue), word)
        case "cite", "timer", "bail": return matching(["on", "off"], word)
        case "pager": return matching(PagerMode.allCases.map(\.rawValue), word)
        case "width": return matching(["auto"], word)
        case "schema": return matching(kb.schema.kinds.map(\.name), word)
        case "help": return matching(Help.topicNames + DotCommand.all.map { "." + $0.name }, word)
        default: return []
        }
    }

    /// Files and folders starting with `word` (folders end with `/`).
    private func paths(_ word: String) -> [String] {
        let expanded = word.hasPrefix("~/") ? NSString(string: word).expandingTildeInPath : word
        let folder = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        let shownFolder = word.hasSuffix("/") ? word : String(word.dropLast(prefix.count))
        return listed.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") || prefix.hasPrefix(".") && $0.hasPrefix(prefix) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let full = (folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name))
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            return shownFolder + name + (isDirectory.boolValue ? "/" : "")
        }
    }

    // MARK: - Matching

    /// Candidates starting with `word`, in the order given, ignoring case,
    /// accents and a leading quote. Values that are not a plain name (a space, a keyword) come
    /// quoted; words of the language never do.
    func matching(_ candidates: [String], _ word: String, quoting: Bool = false) -> [String] {
        let typed = TextFolding.fold(word.hasPrefix("\"") ? String(word.dropFirst()) : word)
        var seen: Set<String> = []
        return candidates.filter { TextFolding.fold($0).hasPrefix(typed) }.map { candidate in
            quoting && (needsQuotes(candidate) || word.hasPrefix("\"")) ? CanonicalPrinter.quote(candidate) : candidate
        }.filter { seen.insert($0).inserted }
    }

    private func sortedNames(_ names: [String]) -> [String] {
        names.sorted { TextFolding.fold($0) < TextFolding.fold($1) }
    }

    private func needsQuotes(_ name: String) -> Bool {
        let tokens = Lexer.tokenize(SourceFile(text: name))
        return !(tokens.count == 2 && tokens[0].isName)
    }
}
