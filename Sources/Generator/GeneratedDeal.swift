import FactStore
import Lexer

/// One generated deal, with everything both its sentence and its record
/// are written from. Amounts and dates are the store's own types, so that
/// they keep their precision and currency from drawing to writing.
struct GeneratedDeal {
    enum Kind: String {
        case acquisition, stake, investment, partnership
    }

    enum Status: String {
        case completed, announced, negotiated, reported
        case inTalks = "in-talks"
    }

    let id: String
    let buyers: [Int]
    let target: Int
    let kind: Kind
    /// Money with its currency and precision, or nil when not stated.
    let amount: Quantity?
    let stake: Int?
    let date: CalendarDate?
    let status: Status
    /// The words that hedge the sentence, when the press only reports it.
    let hedge: String?
}
