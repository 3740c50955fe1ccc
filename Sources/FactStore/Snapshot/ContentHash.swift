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

    /// `passing` is told, every `step` bytes or so, how far the hash has read.
    static func of(_ raw: UnsafeRawBufferPointer, step: Int = .max, passing: (Int) -> Void = { _ in }) -> UInt64 {
        var stream = Stream(count: raw.count)
        let whole = raw.count / 32 * 32, step = max(32, step / 32 * 32)
        for start in stride(from: 0, to: whole, by: step) {
            let end = min(start + step, whole)
            stream.add(blocks: UnsafeRawBufferPointer(rebasing: raw[start..<end]))
            passing(end)
        }
        return stream.finish(UnsafeRawBufferPointer(rebasing: raw[whole...]))
    }

    /// The same hash of bytes that come a piece at a time (a file read in
    /// steps), `count` of them in all: whole blocks of 32 bytes, then the rest.
    struct Stream {
        private let seed: UInt64
        private var a: UInt64, b: UInt64, c: UInt64, d: UInt64

        init(count: Int) {
            seed = 0x243F_6A88_85A3_08D3 ^ UInt64(count)
            (a, b, c, d) = (seed, seed ^ 0x1319_8A2E_0370_7344, seed ^ 0xA409_3822_299F_31D0, seed ^ 0x082E_FA98_EC4E_6C89)
        }

        /// Bytes whose count is a multiple of 32.
        mutating func add(blocks raw: UnsafeRawBufferPointer) {
            for offset in stride(from: 0, to: raw.count, by: 32) {
                a = mix(a ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                b = mix(b ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                c = mix(c ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                d = mix(d ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            }
        }

        /// The hash, given the last bytes (fewer than 32).
        func finish(_ rest: UnsafeRawBufferPointer) -> UInt64 {
            var hash = mix(mix(mix(mix(seed ^ a) ^ b) ^ c) ^ d)
            var offset = 0
            while offset + 8 <= rest.count {
                hash = mix(hash ^ rest.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<rest.count { tail = tail << 8 | UInt64(rest[index]) }
            return mix(hash ^ tail)
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        return x &* 0xD6E8_FEB8_6659_FD93
    }
}
