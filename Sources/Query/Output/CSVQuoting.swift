/// RFC 4180's rule for one field: in quotes, with its quotes doubled, when
/// it holds a comma, a quote or a line break (or always, when asked: an
/// export tells an empty text from NULL by its quotes). Read by UTF-8
/// bytes: the four that matter are ASCII, and never part of another
/// character's encoding ("\r\n" is one Character, but two bytes).
public enum CSVQuoting {
    private static let quote = UInt8(ascii: "\"")

    public static func quoted(_ text: String, always: Bool = false) -> String {
        guard always || needsQuotes(text) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, always: true, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `quoted(text, always:)`, written at the end of `out`.
    public static func append(_ text: String, always: Bool = false, to out: inout [UInt8]) {
        guard always || needsQuotes(text) else { return out.append(contentsOf: text.utf8) }
        var text = text
        text.withUTF8 { append(quoting: $0, to: &out) }
    }

    /// UTF-8 bytes in quotes, their quotes doubled, written at the end of `out`.
    static func append(quoting bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(quote)
        for byte in bytes {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }

    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
    }
}
