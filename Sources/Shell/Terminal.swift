import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal allows: whether a stream is one, its width, colour.
public enum Terminal {
    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Columns of the terminal on standard output, or nil when it is not one.
    public static func width() -> Int? {
        size().map { Int($0.ws_col) }
    }

    /// Rows of the terminal on standard output, or nil when it is not one.
    public static func height() -> Int? {
        size().map { Int($0.ws_row) }
    }

    private static func size() -> winsize? {
        var size = winsize()
        guard isTerminal(1), ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return size
    }

    /// Colour only on a terminal, and never when NO_COLOR is set.
    public static func wantsColor(_ descriptor: Int32) -> Bool {
        guard isTerminal(descriptor) else { return false }
        let environment = ProcessInfo.processInfo.environment
        return environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
