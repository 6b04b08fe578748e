/* main.c — claimtriage entry point: global flags, then dispatch through the
 * command table (commands.c), then a checked close of standard output. */
#include "cli.h"

#include "claimtriage/utf8.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <string.h>

static void usage(FILE *fp)
{
    fprintf(fp, "usage: claimtriage [--version] [--help] COMMAND [ARGS]\n\n"
                "Tell claims from opinions in user-reported videos, and explain it.\n\n"
                "Commands:\n");
    int w = 0; /* the longest name, so that every summary starts in one column */
    for (size_t i = 0; i < cli_ncommands; i++)
        if ((int)strlen(cli_commands[i].name) > w)
            w = (int)strlen(cli_commands[i].name);
    for (size_t i = 0; i < cli_ncommands; i++)
        fprintf(fp, "  %-*s  %s\n", w, cli_commands[i].name, cli_commands[i].summary);
    fprintf(fp, "\n'claimtriage help COMMAND' describes one command.\n"
                "Exit codes: 0 ok, 1 bad input data, 2 usage error, 3 I/O or internal error.\n");
}

/* The commands whose -o names a folder (of charts, or a run's files). */
static int output_is_folder(const char *cmd)
{
    static const char *const folder[] = {"run", "demo", "eda", "queue-eval"};
    for (size_t i = 0; i < sizeof folder / sizeof folder[0]; i++)
        if (strcmp(cmd, folder[i]) == 0)
            return 1;
    return 0;
}

/* An option naming a file or a folder given an empty string (a script's
 * variable left empty): a usage error for every command, before it runs,
 * rather than each command's own I/O message. */
static int empty_path_option(const char *cmd, int argc, char **argv)
{
    static const char *const names[] = {
        "-o",       "-m",       "--output", "--model",      "--model-file", "--predictions",
        "--errors", "--labels", "--input",  "--output-dir", "--status"};
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
            const size_t n = strlen(names[k]);
            if (strncmp(argv[i], names[k], n) != 0 ||
                (!strcmp(names[k], "--model") && !strcmp(cmd, "train")) || /* a family there */
                (!strcmp(names[k], "--status") && strcmp(cmd, "plan")))    /* a column elsewhere */
                continue;
            const int sep = argv[i][n] == '=' && names[k][1] == '-';
            if ((argv[i][n] == '\0' && i + 1 < argc && argv[i + 1][0] == '\0') ||
                (sep && argv[i][n + 1] == '\0'))
                return cli_usage(
                    cmd, "%s needs a %s, not an empty string", names[k],
                    strstr(names[k], "dir") || !strcmp(names[k], "--status") ||
                            ((!strcmp(names[k], "-o") || !strcmp(names[k], "--output")) &&
                             output_is_folder(cmd))
                        ? "folder"
                        : "file name");
        }
    }
    return 0;
}

/* The options before COMMAND, a long one also by an unambiguous
 * beginning (--vers), as every command takes its own (getopt_long):
 * "--version" or "--help", else NULL. */
static const char *top_option(const char *w)
{
    static const char *const opts[] = {"--version", "--help"};
    if (strcmp(w, "-V") == 0)
        return opts[0];
    if (strcmp(w, "-h") == 0)
        return opts[1];
    const size_t n = strlen(w);
    if (n < 3 || strncmp(w, "--", 2) != 0)
        return NULL;
    for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
        if (strncmp(opts[i], w, n) == 0)
            return opts[i]; /* "--version" and "--help" share no beginning */
    return NULL;
}

int main(int argc, char **argv)
{
    /* A run allocates a few large arrays, frees them and allocates again
     * (columns, then inspect's work buffers): from the heap rather than a
     * fresh mapping each time, freed memory is reused instead of being
     * returned and faulted in again (about 15% fewer page faults for
     * inspect on the reports file). The process ends soon after anyway.
     * Arrays of 64 MiB and more are still mapped. */
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
    /* The library starts no thread unasked; the CLI asks for as many as
     * OpenMP allows (OMP_NUM_THREADS applies). Outputs do not depend on it. */
    ct_threads_set(0);
    cli_install_signal_handlers();
    if (argc < 2) {
        usage(stderr);
        return CLI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    const char *opt = top_option(cmd);
    /* a write error names what was written: "claimtriage --version: write
     * error on standard output" (before 2026-12-04 a bare "claimtriage:
     * error:", which docs/cli.md says never happens: tests/cli/
     * version_help_words) */
    if (opt && strcmp(opt, "--version") == 0) {
        if (argc > 2) { /* words after it were ignored before 2026-12-04 */
            fprintf(stderr, "claimtriage: --version takes no COMMAND or other words ('%s' given)\n",
                    argv[2]);
            return CLI_EXIT_USAGE;
        }
        cli_command_name = "--version";
        printf("claimtriage %s\n", ct_version());
        return cli_finish_stdout();
    }
    /* `help` (or --help, -h), and `help` about itself (`help help`, `help
     * --help`), is the list of commands; `help CMD` is `CMD --help`, one
     * CMD only; so is `--help CMD` (before 2026-12-04 the list, CMD
     * ignored) */
    const int help = strcmp(cmd, "help") == 0 || opt;
    if (help &&
        (argc == 2 ||
         (argc == 3 && (strcmp(argv[2], "help") == 0 ||
                        (top_option(argv[2]) && !strcmp(top_option(argv[2]), "--help")))))) {
        cli_command_name = "help";
        usage(stdout);
        return cli_finish_stdout();
    }
    if (help && argc > 3) {
        fprintf(stderr, "claimtriage: %s takes one COMMAND, not %d words ('%s' and more)\n",
                opt ? opt : "help", argc - 2, argv[2]);
        return CLI_EXIT_USAGE;
    }
    if (help)
        cmd = argv[2];
    for (size_t i = 0; i < cli_ncommands; i++) {
        if (strcmp(cli_commands[i].name, cmd) != 0)
            continue;
        cli_command_name = cli_commands[i].name;
        int rc = !help ? empty_path_option(cmd, argc, argv) : 0;
        if (rc)
            return rc;
        if (help) {
            char *hargv[] = {argv[2], "--help", NULL};
            rc = cli_commands[i].run(2, hargv);
        } else {
            rc = cli_commands[i].run(argc - 1, argv + 1);
        }
        int out = cli_finish_stdout();
        return rc ? rc : out;
    }
    /* the nearest command, as git does: at most 2 edits, fewer than half
     * the letters typed */
    const char *near = NULL;
    size_t best = (size_t)-1, len = strlen(cmd);
    for (size_t i = 0; i < cli_ncommands; i++) {
        size_t d =
            ct_utf8_distance(cmd, len, cli_commands[i].name, strlen(cli_commands[i].name), 0);
        if (d < best) {
            best = d;
            near = cli_commands[i].name;
        }
    }
    static const char *const flags[] = {"--version", "--help"};
    for (size_t i = 0; i < 2; i++) {
        size_t d = ct_utf8_distance(cmd, len, flags[i], strlen(flags[i]), 0);
        if (d < best) {
            best = d;
            near = flags[i];
        }
    }
    const char *what = cmd[0] == '-' ? "an option before COMMAND (--version, --help)" : "a command";
    if (near && best <= 2 && 2 * best < len)
        fprintf(stderr, "claimtriage: '%s' is not %s; did you mean '%s'? See 'claimtriage help'.\n",
                cmd, what, near);
    else
        fprintf(stderr, "claimtriage: '%s' is not %s. See 'claimtriage help'.\n", cmd, what);
    return CLI_EXIT_USAGE;
}
