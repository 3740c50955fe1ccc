/// RFC 4180's rule for one field: in quotes, with its quotes doubled, when
/// it holds a comma, a quote or a line break (or always, when asked: an
/// export tells an empty text from NULL by its quotes). Read by UTF-8
/// bytes: the four that matter are ASCII, and never part of another
/// character's encoding ("\r\n" is one Character, but two bytes).
public enum CSVQuoting {
    public static func quoted(_ text: String, always: Bool = false) -> String {
        let quote = UInt8(ascii: "\"")
        guard always || text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }
}
