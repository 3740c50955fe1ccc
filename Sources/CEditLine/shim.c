#include "CEditLine.h"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

static volatile sig_atomic_t interrupted = 0;
static cedit_generator completion_generator = NULL;

void cedit_setup(const char *name) {
    // Without a UTF-8 locale libedit drops non-ASCII bytes.
    const char *locale = setlocale(LC_CTYPE, "");
    if (locale == NULL || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
    rl_readline_name = name;
    rl_catch_signals = 0;
    rl_initialize();
}

static void on_interrupt(int signal_number) {
    (void)signal_number;
    interrupted = 1;
}

void cedit_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    // A parent may have started us with SIGINT blocked; Ctrl-C must still work.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int cedit_take_interrupt(void) {
    int value = interrupted;
    interrupted = 0;
    return value;
}

int cedit_is_interrupted(void) {
    return interrupted;
}

char *cedit_readline(const char *prompt) {
    return readline(prompt);
}

void cedit_add_history(const char *line) {
    add_history(line);
}

const char *cedit_last_history(void) {
    if (history_length <= 0) return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

int cedit_read_history(const char *path) {
    return read_history(path);
}

int cedit_write_history(const char *path) {
    return write_history(path);
}

void cedit_stifle_history(int max) {
    stifle_history(max);
}

static char **attempt_completion(const char *text, int start, int end) {
    (void)start;
    (void)end;
    // Never fall back to file names: the REPL completes paths itself.
    rl_attempted_completion_over = 1;
    return completion_generator ? rl_completion_matches(text, completion_generator) : NULL;
}

void cedit_set_completion(cedit_generator generator, const char *word_breaks) {
    static char breaks[64];
    completion_generator = generator;
    strncpy(breaks, word_breaks, sizeof breaks - 1);
    rl_completer_word_break_characters = breaks;
    rl_attempted_completion_function = attempt_completion;
}

const char *cedit_line_buffer(void) {
    return rl_line_buffer;
}

int cedit_point(void) {
    return rl_point;
}
