#ifndef CEDITLINE_H
#define CEDITLINE_H

// A small C face for libedit's readline API: Swift cannot call C variadic
// functions nor touch C mutable globals, so the few calls the REPL needs
// are wrapped here.

/// Sets the locale from the environment (UTF-8 editing needs it), names the
/// application for ~/.editrc, and keeps libedit's own signal handling off.
void cedit_setup(const char *name);

/// Installs a SIGINT handler without SA_RESTART: Ctrl-C makes readline()
/// return NULL with the interrupt flag set, and never kills the process.
void cedit_install_interrupt_handler(void);
/// Whether Ctrl-C was pressed since the last call; clears the flag.
int cedit_take_interrupt(void);
/// Whether Ctrl-C was pressed, without clearing the flag.
int cedit_is_interrupted(void);

/// The edited line (malloc'ed; free it), or NULL on end of input or interrupt.
char *cedit_readline(const char *prompt);

void cedit_add_history(const char *line);
/// The most recent history entry, or NULL.
const char *cedit_last_history(void);
int cedit_read_history(const char *path);
int cedit_write_history(const char *path);
void cedit_stifle_history(int max);

/// The completion callback: given the word being completed and a state
/// (0 on the first call), returns one malloc'ed candidate or NULL.
typedef char *(*cedit_generator)(const char *text, int state);
void cedit_set_completion(cedit_generator generator, const char *word_breaks);
/// The whole line being edited and the cursor's byte offset, for completion.
const char *cedit_line_buffer(void);
int cedit_point(void);

#endif
