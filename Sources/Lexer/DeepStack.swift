#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack. Checking, evaluating and
/// freeing a statement recurse on its tree; the limits on nesting and
/// conditions keep that depth bounded, and this stack makes the bound safe
/// in every build (a debug build uses far more stack per level). The
/// thread is joined, not signalled, so that it has ended before the
/// caller goes on (or the process exits).
public enum DeepStack {
    /// Enough for the largest values the limits allow, in a debug build.
    public static let size = 1 << 30

    public static func run<T>(_ body: () -> T) -> T {
        withoutActuallyEscaping(body) { body in
            var result: T?
            withoutActuallyEscaping({ result = body() }) { work in
                if !onThread(Work(work)) { work() }
            }
            return result!
        }
    }

    /// Runs `work` on a new thread and joins it; false if no thread could be had.
    private static func onThread(_ work: Work) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        let context = Unmanaged.passRetained(work).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { context in
            Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<Work>.fromOpaque(context).release()
            return false
        }
        pthread_join(thread, nil)
        return true
    }

    /// Handed to one thread, which is joined before the caller reads what it did.
    private final class Work: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }
}
