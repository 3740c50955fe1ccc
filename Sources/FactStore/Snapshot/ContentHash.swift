/// A 64-bit hash of a file's bytes, eight at a time, to tell whether a
/// source changed since its snapshot was written. Not cryptographic: it
/// guards against edits, not against an adversary (one who can write
/// the data folder can write the snapshot).
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// `passing` is told, every few megabytes, how far the hash has read.
    static func of(_ raw: UnsafeRawBufferPointer, passing: (Int) -> Void = { _ in }) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(raw.count)
        let words = raw.count / 8, stride = SnapshotSource.step / 8
        for chunk in Swift.stride(from: 0, to: words, by: stride) {
            for index in chunk..<min(chunk + stride, words) {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            }
            passing(min(chunk + stride, words) * 8)
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
        return mix(hash ^ tail)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        return x &* 0xD6E8_FEB8_6659_FD93
    }
}
