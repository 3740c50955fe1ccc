import FactStore
import Foundation
import Lexer
import Query

/// Tab completion that knows the language and the data: statement words at
/// the start, kinds after `find`/`count`/`of`, the kind's fields after
/// `where`/`and`/`or`/`by`/`show`/`sort by`, entity names and enumeration
/// values after `=` or `in (`, dot-commands, and paths after `.read`.
public struct Completer {
    let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// Candidates for `word`, the text being completed, given everything
    /// typed before it in the statement.
    public func candidates(before prefix: String, word: String) -> [String] {
        let trimmed = prefix.trimmed()
        if trimmed.isEmpty || trimmed.hasSuffix(";") {
            if word.hasPrefix(".") { return matching(DotCommand.all.map { "." + $0.name }, word) }
            return matching(Keyword.statementStarts.map(\.rawValue), word)
        }
        if trimmed.hasPrefix(".") { return commandArguments(trimmed, word) }
        return statementCandidates(Lexer.tokenize(SourceFile(text: prefix)).dropLast(), source: prefix, word: word)
    }

    // MARK: - Statements

    private func statementCandidates(_ tokens: ArraySlice<Token>, source: String, word: String) -> [String] {
        let file = SourceFile(text: source)
        let statement = Array(tokens.split { $0.kind == .symbol(.semicolon) }.last ?? [])
        guard let last = statement.last else { return matching(Keyword.statementStarts.map(\.rawValue), word) }
        let kind = statementKind(statement, file)
        let fields = kind.map { $0.allFieldNames } ?? []
        switch last.kind {
        case .keyword(.find), .keyword(.count), .keyword(.of):
            return matching(kb.schema.kinds.map(\.name), word)
        case .keyword(.sum), .keyword(.avg), .keyword(.min), .keyword(.max):
            return matching(Set(kb.schema.kinds.flatMap { $0.fields.filter { $0.type.isNumeric }.map(\.name) }).sorted(), word)
        case .keyword(.where), .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.by), .keyword(.show), .symbol(.leftParen):
            if last.kind == .symbol(.leftParen), let field = fieldBeforeList(statement, file), let kind {
                return values(of: field, in: kind, word)
            }
            return matching(fields, word)
        case .symbol(.comma):
            if let field = fieldBeforeList(statement, file), let kind { return values(of: field, in: kind, word) }
            return matching(fields, word)
        case .symbol(.equal), .symbol(.notEqual):
            guard statement.count >= 2, let kind else { return [] }
            return values(of: file.text(of: statement[statement.count - 2].span), in: kind, word)
        case .keyword(.describe):
            return matching(kb.entities.spellings, word)
        case .keyword(.sort), .keyword(.order):
            return matching(["by"], word)
        case .keyword(.search):
            return []
        default:
            if isStatementWord(statement[0]), statement.count == 2 || statement.count == 4 && statement[2].keyword == .of {
                return matching(["where", "by", "sort", "limit", "show"], word)
            }
            return matching(["and", "or", "sort", "limit", "show", "by"], word)
        }
    }

    private func isStatementWord(_ token: Token) -> Bool {
        token.keyword.map { Keyword.statementStarts.contains($0) } ?? false
    }

    /// The kind named after `find`, `count` or `of`.
    private func statementKind(_ tokens: [Token], _ file: SourceFile) -> KindSchema? {
        for (index, token) in tokens.enumerated() where index + 1 < tokens.count {
            if token.keyword == .find || token.keyword == .count || token.keyword == .of, index == 0 || token.keyword == .of {
                return kb.schema.kind(named: file.text(of: tokens[index + 1].span))
            }
        }
        return nil
    }

    /// In `buyer in (Meta, `, the field before the open list.
    private func fieldBeforeList(_ tokens: [Token], _ file: SourceFile) -> String? {
        guard let open = tokens.lastIndex(where: { $0.kind == .symbol(.leftParen) }),
              !tokens[open...].contains(where: { $0.kind == .symbol(.rightParen) }),
              open >= 2, tokens[open - 1].keyword == .in else { return nil }
        let fieldIndex = tokens[open - 2].keyword == .not ? open - 3 : open - 2
        return fieldIndex >= 0 ? file.text(of: tokens[fieldIndex].span) : nil
    }

    /// Entity names of a reference field, or an enumeration's values.
    private func values(of fieldName: String, in kind: KindSchema, _ word: String) -> [String] {
        guard let index = kind.fieldIndex(named: fieldName) else { return [] }
        switch kind.fields[index].type.element {
        case .enumeration(let values):
            return matching(values, word)
        case .reference(let target):
            let kindIndex = target == FieldType.anyEntity ? nil : kb.schema.kindIndex(named: target)
            let names = kb.entities.spellings.filter { spelling in
                kb.entities.lookup(spelling).contains { kindIndex == nil || $0.kind == kindIndex }
            }
            return matching(names, word)
        case .text where fieldName == "name" && kind.isEntity:
            let kindIndex = kb.schema.kindIndex(named: kind.name)
            return matching(kb.entities.spellings.filter { kb.entities.lookup($0).contains { $0.kind == kindIndex } }, word)
        default:
            return []
        }
    }

    // MARK: - Dot-commands

    private func commandArguments(_ line: String, _ word: String) -> [String] {
        let name = String(line.split(separator: " ").first?.dropFirst() ?? "")
        switch name {
        case "read", "output", "ingest": return paths(word)
        case "format": return matching(OutputFormat.allCases.map(\.rawValue), word)
        case "cite", "timer": return matching(["on", "off"], word)
        case "schema": return matching(kb.schema.kinds.map(\.name), word)
        case "help": return matching(Help.topics.map(\.name) + DotCommand.all.map(\.name), word)
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

    /// Candidates starting with `word`, ignoring case, accents and a leading
    /// quote; names with spaces or other non-word characters come quoted.
    func matching(_ candidates: [String], _ word: String) -> [String] {
        let typed = TextFolding.fold(word.hasPrefix("\"") ? String(word.dropFirst()) : word)
        var seen: Set<String> = []
        return candidates.filter { TextFolding.fold($0).hasPrefix(typed) }.map { candidate in
            needsQuotes(candidate) || word.hasPrefix("\"") ? CanonicalPrinter.quote(candidate) : candidate
        }.filter { seen.insert($0).inserted }.sorted { TextFolding.fold($0) < TextFolding.fold($1) }
    }

    private func needsQuotes(_ name: String) -> Bool {
        if name.hasPrefix(".") { return false }
        let tokens = Lexer.tokenize(SourceFile(text: name))
        return !(tokens.count == 2 && tokens[0].isName)
    }
}
