/// A 64-bit hash of a file's bytes, to tell whether a source changed since
/// its snapshot was written: four lanes of eight bytes each, mixed apart
/// and then together, so that the multiplications of one lane do not wait
/// for another's (a load hashes every source, hundreds of megabytes at a
/// million facts). Not cryptographic: it guards against edits, not against
/// an adversary (one who can write the data folder can write the snapshot).
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// `passing` is told, every few megabytes, how far the hash has read.
    static func of(_ raw: UnsafeRawBufferPointer, passing: (Int) -> Void = { _ in }) -> UInt64 {
        let seed: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(raw.count)
        var a = seed, b = seed ^ 0x1319_8A2E_0370_7344, c = seed ^ 0xA409_3822_299F_31D0, d = seed ^ 0x082E_FA98_EC4E_6C89
        let blocks = raw.count / 32, stride = MappedFile.step / 32
        func word(_ offset: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        for chunk in Swift.stride(from: 0, to: blocks, by: stride) {
            for block in chunk..<min(chunk + stride, blocks) {
                let offset = block * 32
                a = mix(a ^ word(offset))
                b = mix(b ^ word(offset + 8))
                c = mix(c ^ word(offset + 16))
                d = mix(d ^ word(offset + 24))
            }
            passing(min(chunk + stride, blocks) * 32)
        }
        var hash = mix(mix(mix(mix(seed ^ a) ^ b) ^ c) ^ d)
        var offset = blocks * 32
        while offset + 8 <= raw.count {
            hash = mix(hash ^ word(offset))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
        return mix(hash ^ tail)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        return x &* 0xD6E8_FEB8_6659_FD93
    }
}
