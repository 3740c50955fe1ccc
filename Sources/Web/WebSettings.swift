/// What `repl serve` allows each request: its statement's length, its
/// answer's size, its time, and how many run at once.
public struct WebSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Ingesting articles from the page (`--allow-ingest`); off by default.
    public var allowsIngest = false
    public var maxStatementBytes = 10_000
    /// Rows of one answer; a larger one is refused (413) with advice.
    public var maxRows = 10_000
    /// Rows a page shows of an answer (the download has all).
    public var shownRows = 500
    public var timeLimitMilliseconds = 5_000
    public var concurrent = 2
    public var queued = 64
    /// Bytes of an ingested article.
    public var maxArticleBytes = 2 << 20

    public init() {}
}
