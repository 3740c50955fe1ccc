/// SQL's three-valued logic: a comparison with a missing or uncertain value
/// may be unknown, and only rows whose condition is true are returned.
public enum Truth: Sendable, Equatable {
    case `true`, `false`, unknown

    public init(_ value: Bool) { self = value ? .true : .false }

    public static prefix func ! (operand: Truth) -> Truth {
        switch operand {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }

    public static func && (left: Truth, right: Truth) -> Truth {
        if left == .false || right == .false { return .false }
        if left == .true && right == .true { return .true }
        return .unknown
    }

    public static func || (left: Truth, right: Truth) -> Truth {
        if left == .true || right == .true { return .true }
        if left == .false && right == .false { return .false }
        return .unknown
    }
}
