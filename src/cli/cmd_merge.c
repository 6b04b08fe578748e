/* cmd_merge.c — `claimtriage merge QUEUE...`: shard queues from `score`
 * merged into the exact global queue (claimtriage/triage.h,
 * ct_queue_merge), ranks renumbered. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char merge_help[] =
    "usage: claimtriage merge QUEUE... [--capacity N] [--one-input] [-o QUEUE]\n\n"
    "Merge review queues written by `claimtriage score` (CSV) on shards of the\n"
    "reports into the one queue that scoring all the shards at once gives, byte for\n"
    "byte: the same order (priority, then probability, then author status banned /\n"
    "under review / active / missing or another, then id, then the order read),\n"
    "ranks renumbered from 1. Each shard may be a full queue, a --capacity N queue\n"
    "(then merge with the same or a smaller --capacity), or an unsorted --no-sort\n"
    "output. Memory: O(N) rows with --capacity N, plus every id.\n"
    "Refused (exit 1, nothing written): queues scored with different --priority\n"
    "(inferred: a prob queue's priority equals its probability) or by different\n"
    "models (each row's 'model' column), an id in two files (overlapping shards, or\n"
    "a copy of a queue), a JSONL queue. One file given twice, by any path, is a\n"
    "usage error (exit 2). An id twice in one file is kept and noted. Ids compare\n"
    "as text ('00123' is not '123'), but an id pandas re-saved as a float, '123.0',\n"
    "is the id '123' (noted; written as read).\n"
    "A queue whose last row is above many more rows of the other queues merged\n"
    "below it than a whole shard leaves was likely cut with score --capacity: a note\n"
    "says down to which rank the merged queue is exact (give that --capacity here);\n"
    "when its rows stand together in the merged order (shards split by priority),\n"
    "the note says that a whole shard would look the same.\n"
    "So are two or more queues of the largest row count N, none one row short (an\n"
    "even split), when more than N rows are written (exact only in the top N).\n"
    "What merge checks in each queue: its header, every field's form (rank,\n"
    "priority and probability as score writes them, the model fingerprint), one\n"
    "priority spec, that the ranks run 1 to the row count once each (a row deleted\n"
    "above the last, a row copied or a rank typed over is refused with its line),\n"
    "and that the priority never rises along the ranks. What it cannot see: an edit\n"
    "that keeps all of that, such as rows cut at a line end (the last rows: ranks\n"
    "1 to k, as a --capacity k queue holds), an id, status, flags, reasons or\n"
    "predicted value changed, or a priority and probability changed within their\n"
    "neighbours'. A queue is a plain CSV and carries no checksum (docs/merge.md\n"
    "says why): merge the files score wrote, and keep them where they cannot be\n"
    "edited.\n\n"
    "Options:\n"
    "  --capacity=N            keep the top N rows (default 0: all)\n"
    "  --one-input             the QUEUEs are scored parts of one input file, in its\n"
    "                          order (scripts/dask_score.py): an id in two of them is\n"
    "                          a report the input repeats, kept as score keeps it\n"
    "  -o, --output=QUEUE      write to QUEUE ('-' = standard output, the default)\n"
    "  -q, --quiet             no note on stderr\n"
    "  -h, --help              show this help and exit\n"
    "\nExit codes: 0 ok, 1 not a queue file (or cut inside a record, or edited where\n"
    "the checks above see it, or JSONL), queues of different --priority or models,\n"
    "an id in two files; 2 usage error (one file given twice); 3 I/O error.\n"
    "\nExample:\n"
    "  claimtriage merge q1.csv q2.csv q3.csv q4.csv --capacity 1000 -o queue.csv\n";

enum { OPT_CAPACITY = CLI_OPT_FIRST_FREE, OPT_ONE_INPUT };

/* The queues of a header alone, each named (the first
 * CT_QUEUE_MERGE_EMPTY_MAX, then how many more), as one note. */
static void note_empty_queues(const ct_queue_merge_summary *sum, const char *const *paths,
                              int npaths)
{
    char names[1200] = "";
    size_t w = 0;
    uint64_t named = 0;
    const uint64_t listed =
        sum->files_empty < CT_QUEUE_MERGE_EMPTY_MAX ? sum->files_empty : CT_QUEUE_MERGE_EMPTY_MAX;
    for (uint64_t k = 0; k < listed; k++) {
        const char *p = paths[sum->empty_files[k]];
        if (w + strlen(p) + 2 >= sizeof names - 40)
            break;
        int q = snprintf(names + w, sizeof names - w, "%s%s", k ? ", " : "", p);
        w += q > 0 ? (size_t)q : 0;
        named++;
    }
    if (named < sum->files_empty)
        snprintf(names + w, sizeof names - w, " and %llu more",
                 (unsigned long long)(sum->files_empty - named));
    const unsigned long long e = (unsigned long long)sum->files_empty;
    if (npaths == 1)
        cli_note("%s: no data rows: the queue holds a header only; the merged queue holds no "
                 "report, its header alone",
                 names);
    else if (e == (unsigned long long)npaths)
        cli_note("%s: no data rows: each of the %d queues holds a header only; the merged queue "
                 "holds no report, its header alone",
                 names, npaths);
    else
        cli_note("%s: no data rows: %llu of the %d queues hold%s a header only (score's queue of "
                 "a shard with no reports) and add%s no report; the merged queue holds the "
                 "other %s rows",
                 names, e, npaths, e == 1 ? "s" : "", e == 1 ? "s" : "",
                 (unsigned long long)npaths - e == 1 ? "queue's" : "queues'");
}

int cmd_merge(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"capacity", required_argument, NULL, OPT_CAPACITY},
        {"one-input", no_argument, NULL, OPT_ONE_INPUT},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {"quiet", no_argument, NULL, 'q'},
        {NULL, 0, NULL, 0},
    };
    size_t capacity = 0;
    int one_input = 0;
    const char *out_path = "-";
    int c;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hqo:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': fputs(merge_help, stdout); return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case 'o': out_path = optarg; break;
        case OPT_ONE_INPUT: one_input = 1; break;
        case OPT_CAPACITY: {
            char *end = NULL;
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            char hint[48];
            if (optarg[0] < '0' || optarg[0] > '9' || errno || *end || v > SIZE_MAX)
                return cli_usage("merge", "--capacity takes an integer from 0 to %zu, not '%s'%s",
                                 (size_t)SIZE_MAX, optarg,
                                 cli_count_hint(optarg, hint, sizeof hint));
            capacity = (size_t)v;
            break;
        }
        default: return cli_bad_option("merge", argv);
        }
    }
    if (argc - optind < 1)
        return cli_usage("merge", "missing QUEUE files");
    int stdin_queues = 0;
    for (int k = optind; k < argc; k++)
        stdin_queues += strcmp(argv[k], "-") == 0;
    if (stdin_queues > 1)
        return cli_usage("merge",
                         "standard input ('-') is named %d times: it can be read once; "
                         "give the other queues as files",
                         stdin_queues);
    /* one file named twice (or by two names: a link, ./q.csv and q.csv) is
     * refused before anything is read: its ids would all be in two shards,
     * and a FIFO named twice would wait forever for a second writer */
    for (int k = optind; k < argc; k++) {
        struct stat a, b;
        if (strcmp(argv[k], "-") == 0 || stat(argv[k], &a) != 0)
            continue;
        for (int j = optind; j < k; j++)
            if (strcmp(argv[j], "-") != 0 && stat(argv[j], &b) == 0 && a.st_dev == b.st_dev &&
                a.st_ino == b.st_ino)
                return cli_usage("merge",
                                 "%s and %s are the same file: give each shard's queue once (its "
                                 "reports would be merged twice)",
                                 argv[j], argv[k]);
    }
    if (cli_refuse_path_through_file(out_path) != CLI_OPT_NEXT)
        return CLI_EXIT_USAGE;
    for (int k = optind; k < argc; k++) {
        const int rs = cli_refuse_same_file("merge", "merged queue", out_path, argv[k]);
        if (rs != CLI_OPT_NEXT)
            return rs;
    }
    FILE *out = cli_open_output(out_path);
    if (!out)
        return cli_open_output_code();
    size_t norder;
    const char *const *order = ct_reports_status_order(&norder);
    ct_diag d;
    ct_diag_clear(&d);
    ct_queue_merge_summary sum;
    ct_status s = ct_queue_merge_parts((const char *const *)argv + optind, (size_t)(argc - optind),
                                       capacity, order, norder, one_input, out, &sum, &d);
    const uint64_t in = sum.rows_in, nout = sum.rows_out;
    if (s != CT_OK)
        return cli_fail_output(out, s, &d);
    int rc = cli_close_output(out, out_path);
    if (rc == CLI_EXIT_OK && !cli_quiet) {
        char a[32], b[32];
        cli_fmt_count(a, sizeof a, in);
        cli_fmt_count(b, sizeof b, nout);
        fprintf(stderr, "merge: %d queue%s, rows read %s, written %s\n", argc - optind,
                argc - optind == 1 ? "" : "s", a, b);
        /* queues of a header alone (score's queue of a batch of no
         * reports): merged as queues of no row, exit 0, as score writes
         * them; each named, whether or not the others hold rows (before
         * 2026-12-07 only "rows read 0", then only when every queue was
         * empty, and without their names: tests/cli/files_header_only_exit_codes,
         * tests/cli/merge_empty_shards_named) */
        if (sum.files_empty)
            note_empty_queues(&sum, (const char *const *)argv + optind, argc - optind);
    }
    /* in score's words: ids that repeat, and the rows after their first
     * (before 2026-12-04 every extra row counted as an id: three rows of id
     * 777 were "2 ids occur more than once": tests/cli/merge_repeats_counted_as_score) */
    if (rc == CLI_EXIT_OK && sum.duplicate_ids_within) {
        char what[2400], ni[32], nr[32], where[1200];
        cli_fmt_count(ni, sizeof ni, sum.duplicate_ids_within);
        cli_fmt_count(nr, sizeof nr, sum.duplicate_rows_within);
        if (strcmp(sum.duplicate_file, sum.duplicate_other_file) == 0)
            snprintf(where, sizeof where, "in %s, lines %ld and %ld", sum.duplicate_file,
                     sum.duplicate_line, sum.duplicate_other_line);
        else
            snprintf(where, sizeof where, "in %s line %ld and %s line %ld", sum.duplicate_file,
                     sum.duplicate_line, sum.duplicate_other_file, sum.duplicate_other_line);
        snprintf(what, sizeof what,
                 "%s id%s repeat%s (%s row%s after %s first) %s: the first, '%s', %s; every copy "
                 "is kept, as score wrote it: %s",
                 ni, sum.duplicate_ids_within == 1 ? "" : "s",
                 sum.duplicate_ids_within == 1 ? "s" : "", nr,
                 sum.duplicate_rows_within == 1 ? "" : "s",
                 sum.duplicate_ids_within == 1 ? "its" : "their",
                 one_input ? "in the input's parts" : "inside one queue", sum.duplicate_id, where,
                 sum.scientific_ids ? "ids rounded to scientific notation (below) now share a value"
                                    : "the reports file had the id more than once");
        cli_print_wrapped(stderr, "merge: warning: ", 2, what);
    }
    /* a queue re-saved by a spreadsheet: its long ids rounded (5.81323E+09)
     * name no report any more; carried as written, but said */
    if (rc == CLI_EXIT_OK && sum.scientific_ids) {
        char what[1400], n[32];
        cli_fmt_count(n, sizeof n, sum.scientific_ids);
        snprintf(what, sizeof what,
                 "%s row%s ha%s an id in scientific notation (first: '%s', %s line %ld), as a "
                 "spreadsheet saves long numbers it shows so, and their last digits are lost: "
                 "the merged queue names no report by %s; merge the queue files score wrote (to "
                 "view a queue in a spreadsheet, import the id column as text)",
                 n, sum.scientific_ids == 1 ? "" : "s", sum.scientific_ids == 1 ? "s" : "ve",
                 sum.scientific_id, sum.scientific_file, sum.scientific_line,
                 sum.scientific_ids == 1 ? "it" : "them");
        cli_print_wrapped(stderr, "merge: warning: ", 2, what);
    }
    /* a queue re-saved by pandas (an integer id column holding an empty
     * cell is written as float): "123.0" was checked as the id "123" */
    if (rc == CLI_EXIT_OK && !cli_quiet && sum.float_ids) {
        char what[1400], n[32];
        cli_fmt_count(n, sizeof n, sum.float_ids);
        const size_t il = strcspn(sum.float_id, ".");
        snprintf(what, sizeof what,
                 "%s row%s ha%s an id written as a float of a whole number (first: '%s', %s line "
                 "%ld), as a pandas-style re-save writes an integer id column holding an empty "
                 "cell: merge took '%s' for the id '%.*s' in its check of ids shared by two "
                 "queues, and wrote the id%s as read (queue-eval matches them; to write them as "
                 "score did, re-save with the id column read as text, dtype=str)",
                 n, sum.float_ids == 1 ? "" : "s", sum.float_ids == 1 ? "s" : "ve", sum.float_id,
                 sum.float_file, sum.float_line, sum.float_id, (int)il, sum.float_id,
                 sum.float_ids == 1 ? "" : "s");
        cli_print_wrapped(stderr, "merge: note: ", 2, what);
    }
    /* leading zeros make another id, but a re-save that read the ids as
     * numbers drops them: "00123" in one queue beside "123" in another */
    if (rc == CLI_EXIT_OK && sum.zero_ids) {
        char what[2000], n[32];
        cli_fmt_count(n, sizeof n, sum.zero_ids);
        snprintf(what, sizeof what,
                 "%s id%s of one %s %s another %s's but for leading zeros (first: '%s', %s "
                 "line %ld, and '%s', %s line %ld): leading zeros make another id, so both rows "
                 "were merged, but a re-save that read the ids as numbers (a spreadsheet, or "
                 "pandas without dtype=str) drops them; if they are one report, %s",
                 n, sum.zero_ids == 1 ? "" : "s", one_input ? "part" : "queue",
                 sum.zero_ids == 1 ? "is" : "are", one_input ? "part" : "queue", sum.zero_id,
                 sum.zero_file, sum.zero_line, sum.zero_other_id, sum.zero_other_file,
                 sum.zero_other_line,
                 /* --one-input: the parts of one file, which then holds the
                  * report under two spellings; else shards that overlap */
                 one_input ? "the input file holds it twice, under two spellings of its id: "
                             "check how the reports file was re-saved"
                           : "the shards overlap: merge the queue files score wrote");
        cli_print_wrapped(stderr, "merge: warning: ", 2, what);
    }
    if (rc == CLI_EXIT_OK && !cli_quiet && sum.file_without_reasons[0] &&
        sum.file_with_reasons[0]) {
        char what[1400];
        snprintf(what, sizeof what,
                 "no row of %s has a reason (likely scored with --reasons 0) and the rows of %s "
                 "have them: "
                 "the merged queue gives reasons for some reports only; score every shard with "
                 "the same --reasons",
                 sum.file_without_reasons, sum.file_with_reasons);
        cli_print_wrapped(stderr, "merge: note: ", 2, what);
    }
    if (rc == CLI_EXIT_OK && !cli_quiet && sum.reasons_fewest < sum.reasons_most) {
        char what[1400];
        snprintf(what, sizeof what,
                 "the rows of %s give at most %zu reason%s, those of %s up to %zu: the shards "
                 "were likely scored with different --reasons, and the merged queue gives more "
                 "reasons for some reports than for others; score every shard with the same "
                 "--reasons",
                 sum.file_reasons_fewest, sum.reasons_fewest, sum.reasons_fewest == 1 ? "" : "s",
                 sum.file_reasons_most, sum.reasons_most);
        cli_print_wrapped(stderr, "merge: note: ", 2, what);
    }
    if (rc == CLI_EXIT_OK && !cli_quiet && sum.rows_without_id && argc - optind > 1) {
        char what[400], k[32];
        cli_fmt_count(k, sizeof k, sum.rows_without_id);
        snprintf(what, sizeof what,
                 "%s row%s without an id (the reports had none): merge cannot check that the "
                 "shards do not share %s",
                 k, sum.rows_without_id == 1 ? "" : "s",
                 sum.rows_without_id == 1 ? "that report" : "those reports");
        cli_print_wrapped(stderr, "merge: note: ", 2, what);
    }
    /* a shard cut with score --capacity left out rows below its last row
     * only: merged rows of other shards far below it, more than a whole
     * shard leaves, are where its cut rows could be missing (before
     * 2026-12-06 equal row counts were taken for a cut: whole shards of
     * nearly one size were noted, a shard cut beside whole ones was not:
     * tests/cli/merge_cut_by_last_row) */
    if (rc == CLI_EXIT_OK && !cli_quiet && sum.cut_files) {
        char what[2400], n[32], below[32], top[32], others[96] = "";
        cli_fmt_count(n, sizeof n, sum.cut_file_rows);
        cli_fmt_count(below, sizeof below, sum.cut_rows_below);
        cli_fmt_count(top, sizeof top, sum.cut_exact_top);
        if (sum.cut_files > 1)
            snprintf(others, sizeof others, " (and %llu other queue%s likewise)",
                     (unsigned long long)(sum.cut_files - 1), sum.cut_files == 2 ? "" : "s");
        if (sum.cut_block) {
            /* its rows stand together in the merged order: shards split by
             * priority, whose upper ones end above the lower ones' rows
             * whole or cut alike, so both are named (before 2026-12-07
             * "likely cut" alone: tests/cli/merge_priority_split_not_cut) */
            char between[32];
            cli_fmt_count(between, sizeof between, sum.cut_block_others);
            snprintf(what, sizeof what,
                     "%s%s holds %s row%s and its last (lowest in the queue's order) is above %s "
                     "row%s of the other queues merged below it, but its rows stand together "
                     "in the merged order (%s of the other queues' rows between its first and "
                     "its last), as when the shards were split by priority: a whole shard of "
                     "such a split ends above the lower ones' rows as a cut one does, so the "
                     "rows cannot tell the two apart. If each shard is whole, the merge is "
                     "exact; if %s was cut with score --capacity %llu, the merged queue is exact "
                     "only in its top %s, down to the last row of %s (merge --capacity %llu)",
                     sum.cut_file, others, n, sum.cut_file_rows == 1 ? "" : "s", below,
                     sum.cut_rows_below == 1 ? "" : "s", between, sum.cut_file,
                     (unsigned long long)sum.cut_file_rows, top, sum.cut_top_file,
                     (unsigned long long)sum.cut_exact_top);
        } else
            snprintf(what, sizeof what,
                     "%s%s holds %s row%s and its last (lowest in the queue's order) is above %s "
                     "row%s of the other queues merged below it, where a whole shard of a random "
                     "split leaves about %.0f: it was likely cut with score --capacity %llu, so "
                     "the merged queue is exact only in its top %s, down to the last row of %s "
                     "(merge --capacity %llu); below that, rows a score cut may be missing",
                     sum.cut_file, others, n, sum.cut_file_rows == 1 ? "" : "s", below,
                     sum.cut_rows_below == 1 ? "" : "s", sum.cut_rows_expected,
                     (unsigned long long)sum.cut_file_rows, top, sum.cut_top_file,
                     (unsigned long long)sum.cut_exact_top);
        cli_print_wrapped(stderr, "merge: note: ", 2, what);
    }
    /* shards cut with score --capacity N hold N rows each, but for those
     * with fewer reports: two or more queues at the largest row count, and
     * more rows written than that, hint at such a cut when no shard's last
     * row says more (above) and no queue holds one row (or 1%) fewer, as
     * the shards of an even split do (before 2026-12-06 4,846/4,846/4,845/
     * 4,845 whole shards were noted: tests/cli/merge_cut_by_last_row) */
    const int nfiles = argc - optind;
    if (rc == CLI_EXIT_OK && !cli_quiet && nfiles > 1 && !sum.cut_files && sum.files_at_max >= 2 &&
        !sum.files_near_max && nout > sum.file_rows_max) {
        char what[800], k[32], who[160], asked[96] = "";
        const unsigned long long n = (unsigned long long)sum.file_rows_max;
        cli_fmt_count(k, sizeof k, sum.file_rows_max);
        /* "both" of two (before 2026-12-06 "every queue holds", and the
         * shards said to "hold as many, whole": tests/cli/merge_equal_shards_note) */
        if (sum.files_at_max == (uint64_t)nfiles && nfiles == 2)
            snprintf(who, sizeof who, "both queues hold %s row%s", k, n == 1 ? "" : "s");
        else if (sum.files_at_max == (uint64_t)nfiles)
            snprintf(who, sizeof who, "all %d queues hold %s row%s", nfiles, k, n == 1 ? "" : "s");
        else if (sum.files_at_max + sum.files_unranked == (uint64_t)nfiles)
            snprintf(who, sizeof who,
                     "every ranked queue holds %s row%s (%llu unranked, score --no-sort, never "
                     "cut)",
                     k, n == 1 ? "" : "s", (unsigned long long)sum.files_unranked);
        else
            snprintf(who, sizeof who,
                     "%llu of the %llu %squeues hold %s row%s, the most (a shard with fewer "
                     "reports holds fewer)",
                     (unsigned long long)sum.files_at_max,
                     (unsigned long long)(nfiles - (int)sum.files_unranked),
                     sum.files_unranked ? "ranked " : "", k, n == 1 ? "" : "s");
        if (capacity)
            snprintf(asked, sizeof asked, ", not the %llu of --capacity %llu",
                     (unsigned long long)capacity, (unsigned long long)capacity);
        /* shards of N reports each (split -l N of the rows, a header
         * added) hold N rows too, and are whole: said first, then what a
         * cut would mean (before 2026-12-06 the note read as if a cut were
         * the only cause: tests/cli/merge_line_split_shards_said) */
        snprintf(what, sizeof what,
                 "%s: if the shards were cut from the reports %s at a time (as split -l cuts "
                 "a file), each queue holds all of its shard's reports and the merge is exact; "
                 "if they were cut with score --capacity %llu instead, the merged queue is "
                 "exact only in its top %s%s (merge --capacity %llu); below that, rows the "
                 "shards left out are missing",
                 who, k, n, k, asked, n);
        cli_print_wrapped(stderr, "merge: note: ", 2, what);
    }
    return rc;
}
