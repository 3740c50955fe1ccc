import FactStore

/// Reads how sure a statement is from its verb and the words around it:
/// negated or denied (no fact), in talks, reported, announced, offered,
/// considered, or none of these (done, when a verb states it).
enum StatusReader {
    struct Reading {
        let cue: Cues.Status?
        /// The hedging words as written, for the `hedge` field.
        let hedge: String?
        /// The trigger is a verb in the future or conditional (« rachètera », « rachèterait »).
        let future: Bool
        let conditional: Bool
    }

    /// « n'a pas racheté », "did not acquire" just before the trigger, or a
    /// denial anywhere in the sentence.
    static func isNegated(_ trigger: Range<Int>, in view: SentenceView) -> Bool {
        if view.has(Cues.denials) { return true }
        let lower = max(view.range.lowerBound, trigger.lowerBound - 3)
        return Cues.negations.contains(in: view.tokens, lower..<trigger.lowerBound)
    }

    static func read(_ trigger: Range<Int>, in view: SentenceView) -> Reading {
        let word = view.tokens[trigger.lowerBound].folded
        let futureEnding = word.count > 5 && ["era", "eront", "ira", "iront", "dra", "dront"].contains { word.hasSuffix($0) }
        let future = futureEnding || (trigger.lowerBound > 0 && ["to", "will"].contains(view.tokens[trigger.lowerBound - 1].folded))
        let conditional = word.hasSuffix("rait") || word.hasSuffix("raient")
        var best: (status: Cues.Status, range: Range<Int>)?
        var position = view.range.lowerBound
        while position < view.range.upperBound {
            if let found = Cues.status.match(view.tokens, at: position), position + found.length <= view.range.upperBound {
                if best == nil || rank(found.payload) < rank(best!.status) { best = (found.payload, position..<position + found.length) }
                position += found.length
            } else {
                position += 1
            }
        }
        return Reading(cue: best?.status, hedge: best.map { view.line.written($0.range) }, future: future, conditional: conditional)
    }

    /// Talks outrank rumours, rumours plans: « négocierait » is in talks.
    private static func rank(_ status: Cues.Status) -> Int {
        switch status {
        case .inTalks: 0
        case .reported: 1
        case .considered: 2
        case .offered: 3
        case .announced: 4
        }
    }

    static func dealStatus(_ reading: Reading, isNoun: Bool) -> String? {
        switch reading.cue {
        case .inTalks?: return "in-talks"
        case .reported?, .considered?: return "reported"
        case .announced?, .offered?: return "announced"
        case nil:
            if reading.conditional { return "reported" }
            if reading.future { return "announced" }
            return isNoun ? nil : "completed"
        }
    }

    static func hireStatus(_ reading: Reading, leaving: Bool) -> String {
        switch reading.cue {
        case .inTalks?: return "in-talks"
        case .reported?: return "reported"
        case .considered?: return "considered"
        case .offered?: return "offered"
        case .announced?: return "announced"
        case nil:
            if reading.conditional { return "considered" }
            if reading.future { return "announced" }
            return leaving ? "left" : "joined"
        }
    }

    static func projectStatus(_ reading: Reading, building: Bool) -> String? {
        switch reading.cue {
        case .reported?, .considered?: return "reported"
        case .announced?, .inTalks?: return "planned"
        case .offered?: return nil
        case nil:
            if reading.conditional { return "reported" }
            if reading.future { return "planned" }
            return building ? "underway" : nil
        }
    }

    /// Only hedges go in `hedge`: a plain announcement is no hedge.
    static func hedge(_ reading: Reading) -> String? {
        switch reading.cue {
        case .reported?, .considered?, .inTalks?: reading.hedge
        default: nil
        }
    }
}
