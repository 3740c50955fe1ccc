import Lexer

// MARK: - Typed values

extension Loader {
    /// Converts a field's tokens to a value of its declared type, reporting
    /// what was expected where it does not fit.
    mutating func typedValue(_ field: RawField, type: FieldType, kind: Int, row: Int, fieldIndex: Int) -> Value? {
        if registersAsItLoads, case .reference(let entityKind) = type.element, namesEntityNotYetMet(field, kind: entityKind) {
            deferredFields.append((kind, row, fieldIndex, field))
            return nil
        }
        if case .list(let element) = type {
            let items = split(field.tokens)
            if element == .fact {
                deferFactReference(items, field: field, kind: kind, row: row, fieldIndex: fieldIndex)
                return nil
            }
            let values = items.compactMap { scalarValue($0, type: element, field: field) }
            return values.count == items.count ? .list(values) : nil
        }
        if type == .fact {
            deferFactReference([field.tokens], field: field, kind: kind, row: row, fieldIndex: fieldIndex)
            return nil
        }
        return scalarValue(field.tokens, type: type, field: field)
    }

    /// Splits `a, b, c` at top-level commas.
    func split(_ tokens: [Token]) -> [[Token]] {
        var items: [[Token]] = [[]]
        for token in tokens {
            if token.kind == .symbol(.comma) { items.append([]) } else { items[items.count - 1].append(token) }
        }
        return items
    }

    mutating func deferFactReference(_ items: [[Token]], field: RawField, kind: Int, row: Int, fieldIndex: Int) {
        var ids: [(String, Span)] = []
        for item in items {
            guard item.count == 1, let token = item.first, token.kind == .name else {
                mismatch(item, field: field, expected: "the id of a fact")
                return
            }
            ids.append((field.source.text(of: token.span), token.span))
        }
        pendingFactReferences.append((kind, row, fieldIndex, ids, field.source))
    }

    mutating func scalarValue(_ tokens: [Token], type: FieldType, field: RawField) -> Value? {
        switch type {
        case .text: return textValue(tokens, field: field).map(Value.text)
        case .enumeration(let allowed): return enumerationValue(tokens, allowed: allowed, field: field)
        case .reference(let kind): return referenceValue(tokens, kind: kind, field: field)
        case .date: return dateValue(tokens, field: field)
        case .boolean: return booleanValue(tokens, field: field)
        case .number, .money, .percent, .quantity: return quantityValue(tokens, type: type, field: field)
        case .fact, .list: preconditionFailure("handled by typedValue")
        }
    }

    mutating func mismatch(_ tokens: [Token], field: RawField, expected: String, notes: [String] = []) {
        let span = tokens.isEmpty ? field.valueSpan : tokens.first!.span.union(tokens.last!.span)
        let found = tokens.isEmpty ? "nothing" : "'\(field.source.text(of: span))'"
        error("'\(field.nameText)' takes \(expected), found \(found)", in: field.source, at: span, notes: notes)
    }

    /// A quoted string, or one bare word.
    mutating func textValue(_ tokens: [Token], field: RawField) -> String? {
        guard tokens.count == 1 else {
            mismatch(tokens, field: field, expected: "a quoted text")
            return nil
        }
        switch tokens[0].kind {
        case .string(let text): return text
        case .name, .keyword: return field.source.text(of: tokens[0].span)
        default:
            mismatch(tokens, field: field, expected: "a quoted text")
            return nil
        }
    }

    mutating func enumerationValue(_ tokens: [Token], allowed: [String], field: RawField) -> Value? {
        var expected: String { "one of " + allowed.joined(separator: ", ") }
        guard tokens.count == 1, let word = wordOrString(tokens[0], field.source) else {
            mismatch(tokens, field: field, expected: expected)
            return nil
        }
        // As written is the common case; any case is allowed.
        guard let match = allowed.contains(word) ? word : allowed.first(where: { $0.lowercased() == word.lowercased() }) else {
            error("'\(word)' is not a value of '\(field.nameText)'", in: field.source, at: tokens[0].span,
                  suggestion: Suggestion.nearest(to: word, in: allowed), notes: ["'\(field.nameText)' is \(expected)"])
            return nil
        }
        return .enumeration(match)
    }

    func wordOrString(_ token: Token, _ source: SourceFile) -> String? {
        switch token.kind {
        case .string(let text): text
        case .name, .keyword: source.text(of: token.span)
        default: nil
        }
    }

    /// A name that must be an entity of `kind` (or of any entity kind).
    mutating func referenceValue(_ tokens: [Token], kind: String, field: RawField) -> Value? {
        let kindLabel = kind == FieldType.anyEntity ? "entity" : (schema.kind(named: kind)?.singular ?? kind)
        guard tokens.count == 1, let name = wordOrString(tokens[0], field.source) else {
            mismatch(tokens, field: field, expected: "the name of a \(kindLabel)", notes: ["quote names with spaces: \"Scale AI\""])
            return nil
        }
        let candidates = entityCandidates(name, kind: kind)
        if registersAsItLoads, earlyLookups[kind]?[name] == nil { earlyLookups[kind, default: [:]][name] = candidates }
        if candidates.count == 1 { return .entity(candidates[0]) }
        if candidates.isEmpty, let other = entities.lookup(name).first {
            error("'\(name)' is a \(schema.kinds[other.kind].singular), not a \(kindLabel)", in: field.source, at: tokens[0].span,
                  notes: ["'\(field.nameText)' takes the name of a \(kindLabel)"])
        } else if candidates.isEmpty {
            error("no \(kindLabel) is named '\(name)'", in: field.source, at: tokens[0].span,
                  suggestion: entities.suggestion(for: name),
                  notes: ["entities are declared in the facts files with their aliases"])
        } else {
            error("'\(name)' names several entities", in: field.source, at: tokens[0].span,
                  notes: candidates.map { "a \(schema.kinds[$0.kind].singular)" })
        }
        return nil
    }

    /// The entities of `kind` (or of any entity kind) that `name` stands
    /// for, remembered until another name is registered: a million deals
    /// name a few hundred companies.
    mutating func entityCandidates(_ name: String, kind: String) -> [EntityRef] {
        if let known = candidateMemo[kind]?[name] { return known }
        let found = kind == FieldType.anyEntity
            ? entities.lookup(name).filter { schema.kinds[$0.kind].isEntity }
            : entities.lookup(name, kind: schema.kindIndex(named: kind) ?? -1)
        candidateMemo[kind, default: [:]][name] = found
        if let early = earlyLookups[kind]?[name], early != found { earlyLookupChanged = true }
        return found
    }

    // MARK: - Reading in one pass

    /// Whether a reference field names an entity whose record has not been met yet.
    mutating func namesEntityNotYetMet(_ field: RawField, kind: String) -> Bool {
        for token in field.tokens {
            if let name = wordOrString(token, field.source), entityCandidates(name, kind: kind).isEmpty { return true }
        }
        return false
    }

    /// Types the fields that named entities not met when their record was read.
    mutating func typeDeferredFields() {
        let deferred = deferredFields
        deferredFields = []
        registersAsItLoads = false
        for (kind, row, field, raw) in deferred where row < tables[kind].count {
            let type = schema.kinds[kind].fields[field].type
            tables[kind].set(typedValue(raw, type: type, kind: kind, row: row, fieldIndex: field), row: row, field: field)
        }
    }

    /// Whether every name resolved before all records were read meant the
    /// same each time it was looked up, and means the same now that they are.
    mutating func earlyReferencesHold() -> Bool {
        for (kind, names) in earlyLookups {
            for (name, early) in names where entityCandidates(name, kind: kind) != early { return false }
        }
        return !earlyLookupChanged
    }

    /// `2024-07-01`, `2024-07`, or a year `2024`.
    mutating func dateValue(_ tokens: [Token], field: RawField) -> Value? {
        if tokens.count == 1 {
            switch tokens[0].kind {
            case .date(let date): return .date(date)
            case .number(let year) where year >= 1000 && year <= 9999 && year == Double(Int(year)):
                return .date(CalendarDate(year: Int(year))!)
            default: break
            }
        }
        mismatch(tokens, field: field, expected: "a date (2024-07-01, 2024-07 or 2024)")
        return nil
    }

    mutating func booleanValue(_ tokens: [Token], field: RawField) -> Value? {
        if tokens.count == 1, let keyword = tokens[0].keyword, keyword == .true || keyword == .false {
            return .boolean(keyword == .true)
        }
        mismatch(tokens, field: field, expected: "true or false")
        return nil
    }
}
