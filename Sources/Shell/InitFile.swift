import Foundation

/// The start-up file of interactive sessions: `$XDG_CONFIG_HOME/aiquery/init.q`,
/// else `~/.config/aiquery/init.q`. Scripts, `-e` and piped input do not
/// read it, so that they run the same on every machine.
public enum InitFile {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/aiquery/init.q"
    }
}
