/* cmd_synth.c — `claimtriage synth --rows N`: synthetic reports with the real
 * file's shape, for tests and benchmarks at any size. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char synth_help[] =
    "usage: claimtriage synth --rows N [--seed S] [--noise F] [-o FILE] [options]\n\n"
    "Write N synthetic reports as CSV with the schema of the real reports file\n"
    "(same header and column types) and class-dependent distributions modelled on\n"
    "it: engagement counts, duration, verified and ban rates, class-dependent\n"
    "wording of the transcription, and about 1.5% rows with the label, the text and\n"
    "the five counts missing together. Rows come in mixed class order. The text is\n"
    "built from built-in word lists; no real row is reproduced. Output is\n"
    "byte-identical for the same N, seed and noise, and memory stays constant for\n"
    "any N. What is modelled, and from which figures: docs/synth.md.\n\n"
    "Options:\n"
    "  -n, --rows=N            number of data rows (required; 0 writes the header only)\n"
    "  -s, --seed=S            random seed, an unsigned integer (default 42)\n"
    "  --noise=F               share of rows, 0..1, worded and engaged like the other\n"
    "                          class while keeping their label (default 0)\n"
    "  -o, --output=FILE       write to FILE ('-' = standard output, the default)\n"
    /* synth prints no table: --wide only leaves its messages unwrapped
     * (docs/synth.md; the common help's "tables at full width" was untrue) */
    "  --wide                  messages unwrapped (synth prints no table)\n"
    "  -q, --quiet             no progress or notes on stderr (errors still shown)\n"
    "  -h, --help              show this help and exit\n"
    "\nExit codes: 0 ok, 2 usage error, 3 write error (full disk).\n"
    "\nExample:\n  claimtriage synth --rows 100000 --seed 7 -o /tmp/reports.csv\n";

enum { OPT_NOISE = CLI_OPT_FIRST_FREE };

/* Checked unsigned decimal: digits only, no sign, no overflow. */
static int parse_u64(const char *s, uint64_t *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1;
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return -1;
    *out = (uint64_t)v;
    return 0;
}

int cmd_synth(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"rows", required_argument, NULL, 'n'},
        {"seed", required_argument, NULL, 's'},
        {"noise", required_argument, NULL, OPT_NOISE},
        {"output", required_argument, NULL, 'o'},
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    ct_synth_options so = ct_synth_options_default();
    uint64_t rows = 0;
    int have_rows = 0, c;
    const char *path = "-";
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hqn:s:o:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': fputs(synth_help, stdout); return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case CLI_OPT_WIDE: cli_wide = 1; break; /* no table here; accepted as everywhere */
        case 'n':
            if (parse_u64(optarg, &rows)) {
                char hint[48];
                /* digits only: a non-negative integer, too large (before
                 * 2026-12-04 said not to be one: tests/cli/synth_rows_too_large) */
                if (*optarg && strspn(optarg, "0123456789") == strlen(optarg))
                    return cli_usage("synth", "--rows takes at most %llu rows (2^64 - 1), not '%s'",
                                     (unsigned long long)UINT64_MAX, optarg);
                return cli_usage("synth", "--rows takes a non-negative integer, not '%s'%s", optarg,
                                 cli_count_hint(optarg, hint, sizeof hint));
            }
            have_rows = 1;
            break;
        case 's':
            if (parse_u64(optarg, &so.seed)) {
                char hint[48];
                return cli_usage("synth", "--seed takes an unsigned 64-bit integer, not '%s'%s",
                                 optarg, cli_count_hint(optarg, hint, sizeof hint));
            }
            break;
        case OPT_NOISE: {
            double v = NAN;
            const int r = cli_decimal_value(optarg, &v);
            char hint[96];
            if (r != CLI_NUM_OK || !(v >= 0.0 && v <= 1.0))
                return cli_usage("synth", "--noise takes a number between 0 and 1, not '%s'%s%s",
                                 optarg, cli_decimal_why(r),
                                 cli_fraction_hint(optarg, hint, sizeof hint));
            so.noise = v;
            break;
        }
        case 'o': path = optarg; break;
        default: return cli_bad_option("synth", argv);
        }
    }
    if (argc - optind != 0) { /* what the argument was likely meant for (since 2026-12-07:
                                * tests/cli/synth_operand_meant) */
        const char *x = argv[optind];
        char ch[48]; /* a count written as the count options read one: 20,000 or 1e3 too */
        const int digits =
            *x && (strspn(x, "0123456789") == strlen(x) || *cli_count_hint(x, ch, sizeof ch));
        return cli_usage("synth", "unexpected argument '%s': %s", x,
                         digits ? "the number of rows is given with --rows N"
                                : "synth reads no file; it writes to standard output, or to the "
                                  "file -o FILE names");
    }
    if (!have_rows)
        return cli_usage("synth", "missing --rows N");
    if (!*path) /* -o '': no name at all is a slip on the command line */
        return cli_usage("synth", "-o needs a file name (or '-' for standard output)");
    const char *msg = ct_synth_options_check(&so);
    if (msg)
        return cli_usage("synth", "%s", msg);

    FILE *fp = cli_open_output(path);
    if (!fp)
        return cli_open_output_code();
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_synth_write(fp, rows, &so, cli_progress, (void *)"synth", &d);
    cli_progress_end();
    if (s && fp == stdout) /* said once, in the words of every command (docs/cli.md) */
        return cli_fail_output(fp, s, &d);
    if (s) /* a full disk: the file named, the system's cause (cli_write_failed) */
        return cli_fail_output(fp, s, &d);
    return cli_close_output(fp, path);
}
