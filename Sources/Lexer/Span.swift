/// A half-open range of UTF-8 byte offsets into a `SourceFile`.
///
/// Tokens and syntax nodes carry spans, never lines and columns: those are
/// computed only when a diagnostic is rendered, as Go's `go/token` does.
public struct Span: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty span at `offset`, used for "expected X" at the end of input.
    public static func point(_ offset: Int) -> Span { Span(start: offset, end: offset) }

    public var length: Int { end - start }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(start)..<\(end)" }
}
