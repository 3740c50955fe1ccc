import FactStore
import Query
import Shell
import TestSupport
import Testing

/// Every answer exactly as sure as the articles: each case is a question
/// and the CSV answer a reader of the five articles expects (written by
/// reading them, not by running the engine).
@Suite struct TruthTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let what: String
        let statement: String
        let answer: String
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        Case(what: "a joint amount is a share from nothing up to the whole", statement: "sum amount of projects by owner", answer: """
            owner,sum(amount),n
            OpenAI,60000000000 USD,1
            Microsoft,50000000000..~250000000000 USD,2
            Meta,<=~200000000000 USD,1
            Amazon,<=~200000000000 USD,1
            """),
        Case(what: "a hedged hire is not joined", statement: "find hires where status = joined show id", answer: """
            id
            zuckerberg_hires_four_executives
            trapit_bansal_joins_meta
            alexandr_wang_heads_meta_ai
            """),
        Case(what: "hedges keep their words", statement: "find hires where hedge is not missing show status, hedge", answer: """
            id,status,hedge
            meta_recruits_openai_researchers,reported,les communications internes suggèrent
            microsoft_ready_to_take_altman,considered,il semble toujours prêt à ... si le conseil d’administration d’OpenAI n’est pas en mesure de le faire
            """),
        Case(what: "the pause keeps « semble être »", statement: "find events where id = openai_pause show hedge", answer: """
            id,hedge
            openai_pause,semble être
            """),
        Case(what: "one researcher's bonus and the plural bonuses are two facts",
             statement: "find hires where bonus is not missing show role, count, bonus", answer: """
            id,role,count,bonus
            meta_bonus_openai_researcher,chercheur,1,100000000 USD
            meta_bonuses_for_key_openai_employees,employés clés,,100000000 USD
            """),
        Case(what: "no year the text does not state", statement: "find events where id = grok_2_released show date, when", answer: """
            id,date,when
            grok_2_released,,depuis le 12 décembre
            """),
        Case(what: "only the categories the articles state", statement: "find companies where category is not missing show name, category", answer: """
            id,name,category
            scale_ai,Scale AI,data-labeling
            io,IO,startup
            linkedin,LinkedIn,media
            """),
        Case(what: "Musk's 100,000 are H100s", statement: "find predictions where unit = H100s show value, unit", answer: """
            id,value,unit
            musk_grok_3_end_of_year,100000,H100s
            """),
        Case(what: "a prediction with its horizon", statement: "find predictions where speaker = \"Dylan Patel\" and value = 50% show horizon", answer: """
            id,horizon
            white_collar_automation,d'ici 10 ans
            """),
        Case(what: "contradictions by nature, within a document and over time", statement: "count contradictions by nature", answer: """
            nature,count
            soft,17
            over-time,7
            direct,3
            """),
        Case(what: "a contradiction inside one document", statement: "find contradictions where id = openai_closure_or_pause show nature, doc", answer: """
            id,nature,doc
            openai_closure_or_pause,soft,001
            """),
        Case(what: "agreeing restatements are no discrepancy", statement: "count discrepancies", answer: """
            count
            0
            """),
    ]

    @Test(arguments: cases, [true, false]) func answer(_ example: Case, usesPlanner: Bool) {
        let (succeeded, csv) = Stores.csv(example.statement, usesPlanner: usesPlanner)
        #expect(succeeded)
        #expect(csv == example.answer + "\n")
    }
}
