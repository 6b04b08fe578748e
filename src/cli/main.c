/* main.c — claimtriage entry point: global flags, then dispatch through the
 * command table (commands.c), then a checked close of standard output. */
#include "cli.h"

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
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("claimtriage %s\n", ct_version());
        return cli_finish_stdout();
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        (strcmp(cmd, "help") == 0 && argc == 2)) {
        usage(stdout);
        return cli_finish_stdout();
    }
    if (strcmp(cmd, "help") == 0 && argc > 2)
        cmd = argv[2];
    for (size_t i = 0; i < cli_ncommands; i++) {
        if (strcmp(cli_commands[i].name, cmd) != 0)
            continue;
        int rc;
        if (strcmp(argv[1], "help") == 0) {
            char *hargv[] = {argv[2], "--help", NULL};
            rc = cli_commands[i].run(2, hargv);
        } else {
            rc = cli_commands[i].run(argc - 1, argv + 1);
        }
        int out = cli_finish_stdout();
        return rc ? rc : out;
    }
    fprintf(stderr, "claimtriage: '%s' is not a command. See 'claimtriage help'.\n", cmd);
    return CLI_EXIT_USAGE;
}
