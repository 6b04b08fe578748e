/* cmd_score.c — `claimtriage score FILE|- -m MODEL`: reports scored into a
 * prioritised review queue with reasons (claimtriage/triage.h), streamed in
 * bounded memory; the summary (rows, drift) on stderr and with --json. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char score_help[] =
    "usage: claimtriage score FILE|- -m MODEL [-o QUEUE] [--format csv|jsonl]\n"
    "                        [--capacity N] [--no-sort] [--priority reach|prob]\n"
    "                        [--reasons K] [--errors FILE] [--json] [options]\n\n"
    "Score reports (a CSV file, or '-' for standard input, any number of rows, read\n"
    "in batches of 8,192) with a model file and write the review queue: one line per\n"
    "report with rank, id (video_id), priority, the calibrated claim probability,\n"
    "the label predicted at the model's threshold (1 = claim), the author status,\n"
    "flags and the top K reasons. The model's schema and dictionaries stay fixed.\n\n"
    "Priority (--priority):\n"
    "  reach  (default) p x ln(1 + views + shares): the claim probability times the\n"
    "         expected reach still to come, increasing in views and in shares; a\n"
    "         missing count counts 0 and the row is flagged missing_counts; a\n"
    "         file with neither count column is ranked as prob (a note says so)\n"
    "  prob   the claim probability alone\n"
    "Ties: the higher probability first; then author banned, then under review, then\n"
    "active, then missing (or another status); then the id (shorter first, then\n"
    "bytes: numeric order for plain integers); then input order.\n\n"
    "Reasons (--reasons K, default 3, 0..16): the K features that pushed the\n"
    "report's score up most (its log-odds; a forest's, its probability), from the\n"
    "exact per-row contributions, in words:\n"
    "transcript says \"...\", very high views: 812,000, author under review.\n"
    "N-grams sharing a word take one slot; a reason under a tenth of the row's\n"
    "largest push is left out. They are computed only for the rows written (with\n"
    "--capacity, the N kept, after ranking). Cost per row written, by model\n"
    "family: linear (lr) one pass over the row's features (coefficient x value);\n"
    "trees (rf, gbdt) exact TreeSHAP, O(trees x leaves x depth^2).\n\n"
    "Nothing is dropped silently: rows scored from part of their features (flags\n"
    "missing_text, missing_counts, missing_values, unseen_category; a transcript\n"
    "holding no word the model knows: no_known_words; a field of bytes that are not\n"
    "UTF-8, another encoding, read as missing: invalid_utf8), with a count below 0\n"
    "(negative_counts) or with a value outside the training rows' range\n"
    "(out_of_range), are scored, flagged and counted.\n"
    "A row without its transcript (or with one holding no word the model knows)\n"
    "and with more than half of the model's numbers missing (or a model reading\n"
    "none) is flagged no_evidence: its n-grams are an empty transcript's and its\n"
    "missing numbers training means (a tree's path for a missing value); its\n"
    "probability, the model's, is no judgement of the report and is not to be\n"
    "trusted; its first reason says what it lacks and how it was scored (\"no\n"
    "transcript: scored as an empty transcript, which this model reads as not\n"
    "'claim'\") and the summary counts such rows;\n"
    "malformed rows go to --errors (default stderr) as FILE:LINE: what, and\n"
    "scoring goes on (up to --max-rejected). Summary on stderr: read, scored,\n"
    "with data flags (the 'flags' column: data quality, not the predicted class),\n"
    "rejected (a warning naming the first cause when any), and\n"
    "drift: share of unseen categorical values, share of transcripts with no known\n"
    "n-gram (verdict 'drift' above 5%), a model input missing in more rows than in\n"
    "training (by more than 5%), mean probability vs the model's validation\n"
    "rows' (above 0.10 apart, when the model file records it; no drift called on\n"
    "a validation set too small or a difference within noise: docs/score.md).\n\n";
/* (two strings: ISO C's limit on one literal) */
static const char score_help_options[] =
    "Options:\n"
    "  -m, --model-file=PATH   the model file (required), as train and evaluate\n"
    "                          name it; --model=PATH, the older spelling, works too\n"
    "  -o, --output=QUEUE      write the queue to QUEUE ('-' = standard output, the\n"
    "                          default); written whole or not at all\n"
    "  --format=csv|jsonl      queue format (default csv; merge reads csv)\n"
    "  --capacity=N            keep only the top N rows (memory O(N)); 0 = all\n"
    "  --no-sort               write in input order (rank empty), as a filter\n"
    "  --priority=reach|prob   see above (default reach)\n"
    "  --reasons=K             reasons per row (default 3)\n"
    "  --errors=FILE           malformed rows to FILE (default stderr)\n"
    "  --max-rejected=N|P%     stop with exit 1, no queue written, when more than N\n"
    "                          rows (or P% of the rows read) are malformed (default\n"
    "                          10%; 100% stops only when no row is left)\n"
    "  --views=COL             the view counts of the reach (default video_view_count)\n"
    "  --shares=COL            the share counts of the reach (default video_share_count)\n"
    "  --status=COL            the author status of the ties (default author_ban_status;\n"
    "                          its levels banned, under review, active rank first)\n"
    "  --id=COL                FILE's id column, the queue's id (default: the model's,\n"
    "                          train's --id, else video_id)\n"
    "  --split=test            only the rows train held out as its test set (or\n"
    "                          validation, train): FILE must be the training file\n"
    "                          (same content, .gz or not); the others are counted,\n"
    "                          not scored\n"
    "  --json                  the summary as JSON on standard output (needs -o FILE)\n"
    "  --threads=N             threads for the reasons (default 0: all); the queue does\n"
    "                          not depend on it\n"
    "  --na-values=A,B,...     extra missing-value tokens (pandas' defaults always apply);\n"
    "                          given again, its tokens add to the first's\n"
    "  --delimiter=C           field delimiter (default ',')\n"
    "  --decimal=C             numbers' decimal mark (default '.'; ',' reads 1,5)\n"
    "  --thousands=C           numbers' thousands separator (default none; '.' reads\n"
    "                          1.234,5, the decimal mark then ',' unless --decimal)\n"
    "  --no-schema             infer every column's type (ignore the reports schema)\n"
    "  -q, --quiet             no summary on stderr (rejected rows still said there)\n"
    "  -h, --help              show this help and exit\n"
    "\nExit codes: 0 ok (rejected rows within --max-rejected: a warning says how many),\n"
    "1 bad data or model (absent column, not a model file, more rows rejected than\n"
    "--max-rejected, or every row), 2 usage error, 3 I/O error.\n"
    "\nExample:\n"
    "  claimtriage score reports.csv -m claims.ctm --capacity 1000 -o queue.csv\n";

enum {
    OPT_FORMAT = CLI_OPT_FIRST_FREE,
    OPT_CAPACITY,
    OPT_NO_SORT,
    OPT_PRIORITY,
    OPT_REASONS,
    OPT_ERRORS,
    OPT_SPLIT,
    OPT_VIEWS,
    OPT_SHARES,
    OPT_STATUS,
    OPT_ID,
    OPT_THREADS,
    OPT_MAX_REJECTED
};

/* --max-rejected: a count of rows, or a share of the rows read ("10%"),
 * kept as the exact decimal P = num / den percent (den a power of ten) */
typedef struct rejected_limit {
    int is_share;
    uint64_t rows;
    uint64_t num, den; /* the share P%, num / den in [0, 100] */
    char text[32];
} rejected_limit;

/* The most fraction digits of a --max-rejected share: 100 x 10^7 squared
 * stays below 2^63, so that the allowed count is computed exactly. */
#define REJECTED_SHARE_DIGITS 7

static int parse_rejected_limit(const char *s, rejected_limit *l)
{
    const size_t n = strlen(s);
    if (n == 0 || n >= sizeof l->text || *s < '0' || *s > '9')
        return -1;
    char *end = NULL;
    errno = 0;
    if (s[n - 1] == '%') {
        const double p = strtod(s, &end);
        if (errno || end != s + n - 1 || !(p >= 0 && p <= 100))
            return -1;
        char num[sizeof l->text];
        snprintf(num, sizeof num, "%.*s", (int)(n - 1), s);
        /* digits and an optional fraction, as the usage message says (no
         * sign, exponent or hexadecimal) */
        if (!cli_decimal_syntax(num) || num[strspn(num, "0123456789.")])
            return -1;
        /* the decimal read as digits (0.29 x 100 is 28.999... in binary):
         * its integer and fraction parts, trailing zeros dropped */
        const char *dot = strchr(num, '.');
        size_t nd = dot ? strlen(dot + 1) : 0;
        while (nd && dot[nd] == '0')
            nd--;
        if (nd > REJECTED_SHARE_DIGITS)
            return -1;
        uint64_t v = 0, den = 1;
        for (const char *c = num; *c && (!dot || c < dot + 1 + nd); c++)
            if (*c != '.')
                v = v * 10 + (uint64_t)(*c - '0');
        for (size_t k = 0; k < nd; k++)
            den *= 10;
        l->is_share = 1, l->num = v, l->den = den;
    } else {
        const unsigned long long v = strtoull(s, &end, 10);
        if (errno || *end)
            return -1;
        l->is_share = 0, l->rows = v;
    }
    snprintf(l->text, sizeof l->text, "%s", s);
    return 0;
}

/* The most rows the limit allows of `read` rows read. */
static uint64_t rejected_allowed(const rejected_limit *l, uint64_t read)
{
    if (!l->is_share)
        return l->rows;
    /* floor(read x num / (100 den)), exactly: read = q D + r with D = 100
     * den, so read x num / D = q num + r num / D, r num < D^2 < 2^63 */
    const uint64_t D = 100 * l->den, q = read / D, r = read % D;
    const uint64_t a = q * l->num + r * l->num / D;
    return a >= read ? read : a;
}

static int parse_size(const char *s, size_t *out)
{
    if (!s || *s < '0' || *s > '9')
        return -1;
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > SIZE_MAX)
        return -1;
    *out = (size_t)v;
    return 0;
}

/* a / b; undefined (NaN: "undefined" for people, null in JSON) when b is 0 */
static double share(uint64_t a, uint64_t b) { return b ? (double)a / (double)b : NAN; }

static void fmt_share(char *buf, size_t n, double x)
{
    if (isnan(x))
        snprintf(buf, n, "undefined");
    else
        cli_fmt_pct(buf, n, 100.0 * x);
}

/* The bad rows as inspect counts them, when a stray quote read lines as
 * one quoted field (s->swallowed): "1 bad row of 225 rows read, which read
 * 139 more lines as one quoted field" (before 2026-12-05 score counted each
 * of those lines as a row, "140 of 364 rows read", where inspect said one
 * bad row: tests/cli/score_swallowed_one_bad_row). The lines still weigh
 * in --max-rejected (the reports on them are lost). */
static void swallowed_rows_text(char *buf, size_t cap, const ct_score_summary *s)
{
    char b[32], r[32], l[32];
    const uint64_t bad = s->rejected - s->swallowed;
    cli_fmt_count(b, sizeof b, bad);
    cli_fmt_count(r, sizeof r, s->read - s->swallowed);
    cli_fmt_count(l, sizeof l, s->swallowed);
    snprintf(buf, cap, "%s bad row%s of %s rows read, %s read %s more line%s as one quoted field",
             b, bad == 1 ? "" : "s", r, bad == 1 ? "which" : "a stray quote's", l,
             s->swallowed == 1 ? "" : "s");
}

/* Rows rejected are never silent, -q or not: how many of the rows read,
 * and the first's line and cause (all of them are in --errors: standard
 * error by default). */
static void print_rejected(const ct_score_summary *s, const char *input, const char *err_path)
{
    if (!s->rejected)
        return;
    char rj[32], r[32], pct[32], line[1400], where[600];
    cli_fmt_count(rj, sizeof rj, s->rejected);
    cli_fmt_count(r, sizeof r, s->read);
    cli_fmt_pct(pct, sizeof pct, s->read ? 100.0 * (double)s->rejected / (double)s->read : 0);
    struct stat est;
    if (err_path && strcmp(err_path, "-") != 0 && stat(err_path, &est) == 0 &&
        !S_ISREG(est.st_mode) && !S_ISFIFO(est.st_mode))
        /* a device (/dev/null) keeps no list (before 2026-12-04 "every one
         * is listed in /dev/null": tests/cli/score_rejected_share_cause) */
        snprintf(where, sizeof where, "sent to %s, which keeps no list (--errors FILE keeps one)",
                 err_path);
    else if (err_path && strcmp(err_path, "-") != 0)
        snprintf(where, sizeof where, "in %s", err_path);
    else if (err_path)
        snprintf(where, sizeof where, "on standard output (--errors -)");
    else if (s->rejected - s->swallowed > 10) /* cli_load_print_bad lists the first ten */
        snprintf(where, sizeof where,
                 "the first ten are listed above (--errors FILE lists every one)");
    else
        snprintf(where, sizeof where, "every one is listed above");
    if (s->swallowed) {
        /* one bad row named by its lines, and the row's message once: it
         * is listed above unless --errors takes the list */
        char rows[256], lines[32], all[32];
        swallowed_rows_text(rows, sizeof rows, s);
        cli_fmt_count(lines, sizeof lines, s->rejected);
        cli_fmt_count(all, sizeof all, s->read);
        int w = snprintf(line, sizeof line,
                         "%s (%s of the %s lines read, %s), rejected as malformed: not scored, "
                         "not in the queue; the first, %s:%ld",
                         rows, lines, all, pct, strcmp(input, "-") ? input : "-",
                         s->first_rejected_line);
        if (w > 0 && (size_t)w < sizeof line)
            snprintf(line + w, sizeof line - (size_t)w, "%s%s%s%s",
                     err_path ? ": " : ", is named above", err_path ? s->first_rejected : "",
                     err_path ? "; every one is listed " : "", err_path ? where : "");
        ct_text_wrap(stderr, "score: warning: ", 2, 100, line);
        return;
    }
    snprintf(line, sizeof line,
             "%s of %s row%s read (%s) rejected as malformed: not scored, not in the queue; the "
             "first, %s:%ld: %s; %s%s",
             rj, r, s->read == 1 ? "" : "s", pct, strcmp(input, "-") ? input : "-",
             s->first_rejected_line, s->first_rejected,
             !err_path                            ? ""
             : strncmp(where, "sent to ", 8) != 0 ? "every one is listed "
                                                  : "every one ",
             where);
    ct_text_wrap(stderr, "score: warning: ", 2, 100, line);
}

/* Rows read with bytes that are not UTF-8, scored with those values
 * missing and flagged invalid_utf8: never silent, -q or not, as a rejected
 * row (before 2026-12-06 such a row was rejected, left out of the queue:
 * tests/cli/score_invalid_utf8_queued). */
static void print_invalid_utf8(const ct_score_summary *s, const char *input)
{
    if (!s->invalid_utf8_rows)
        return;
    char n[32], pct[32], col[300], cmd[768], line[CT_DIAG_MSG_MAX + 1024];
    cli_fmt_count(n, sizeof n, s->invalid_utf8_rows);
    cli_fmt_pct(pct, sizeof pct,
                s->scored ? 100.0 * (double)s->invalid_utf8_rows / (double)s->scored : 0);
    snprintf(col, sizeof col, s->invalid_utf8_column[0] ? " in '%.250s'" : "%s",
             s->invalid_utf8_column);
    /* other rows holding valid UTF-8 beyond ASCII: the file mixes
     * encodings, and the whole-file iconv would garble them; the advice
     * inspect gives (ct_load_mixed_encoding; before 2026-12-07 score gave
     * the iconv: tests/cli/score_mixed_encoding_hint) */
    ct_load_stats ls;
    memset(&ls, 0, sizeof ls);
    ls.utf8_rows = s->utf8_rows;
    char mixed[CT_DIAG_MSG_MAX], fix[CT_DIAG_MSG_MAX + 32];
    if (ct_load_mixed_encoding(input, &ls, mixed, sizeof mixed))
        snprintf(fix, sizeof fix, "%c%s",
                 mixed[0] >= 'a' && mixed[0] <= 'z' ? mixed[0] - 32 : mixed[0], mixed + 1);
    else {
        const size_t L = strlen(input);
        ct_shell_filter(cmd, sizeof cmd, "iconv -f cp1252 -t utf-8", 1, input,
                        L > 3 && strcmp(input + L - 3, ".gz") == 0, "utf8");
        snprintf(fix, sizeof fix, "Re-save the file as UTF-8 to score them whole: $ %s", cmd);
    }
    snprintf(line, sizeof line,
             "%s row%s scored (%s) hold%s bytes that are not UTF-8 (another encoding, such as "
             "Windows-1252), read as missing: scored as without those values, flagged "
             "invalid_utf8 and kept in the queue; the first, %s:%ld%s. %s",
             n, s->invalid_utf8_rows == 1 ? "" : "s", pct, s->invalid_utf8_rows == 1 ? "s" : "",
             strcmp(input, "-") ? input : "-", s->invalid_utf8_line, col, fix);
    ct_text_wrap(stderr, "score: warning: ", 2, 100, line);
}

/* Why so many rows were rejected, as the evidence has it (score's stop
 * message; dask_score.py's follows it): when at least half of the rejected
 * rows share one kind of fault (ct_score_summary's rejected_kinds), that
 * fault and its likely cause, unless it is a wrong field count on most of
 * the rows read: then, as when most rows read were rejected with no one
 * fault, a file that is not the model's export; else each row's own cause.
 * Returns how many faults it names when they cover every rejected row (1 or
 * 2), else 0 (some rows fail otherwise, or no fault is named). */
static int rejected_cause(char *buf, size_t cap, const ct_score_summary *s)
{
    const struct ct_score_reject_kind *top = NULL, *second = NULL;
    for (size_t k = 0; k < s->nrejected_kinds; k++) {
        const struct ct_score_reject_kind *r = &s->rejected_kinds[k];
        if (!top || r->rows > top->rows) {
            second = top;
            top = r;
        } else if (!second || r->rows > second->rows)
            second = r;
    }
    const int most = s->rejected * 2 >= s->read;
    /* most of them lines a stray quote read as one field: that quote
     * (tests/cli/score_swallowed_lines_rejected) */
    if (s->swallowed * 2 >= s->rejected && s->swallowed) {
        char n[32];
        cli_fmt_count(n, sizeof n, s->swallowed + (s->rejected > s->swallowed));
        snprintf(buf, cap,
                 "%s of them are lines a quote with no pair read as one field (named above, "
                 "with its line): mend that quote",
                 n);
        return 0;
    }
    if (top && top->rows * 2 >= s->rejected && top->rows > 1 && !(top->fields && most)) {
        char n[32];
        cli_fmt_count(n, sizeof n, top->rows);
        int w = snprintf(buf, cap, "%s%s%s fail as line %ld does: %s",
                         top->rows == s->rejected ? "All " : "", n,
                         top->rows == s->rejected ? "" : " of them", top->line, top->what);
        /* a second fault of a quarter or more is named too, the rest
         * counted (before 2026-12-04 a fault of half the rows went
         * unnamed beside the other half: tests/cli/score_rejected_share_cause) */
        uint64_t rest = s->rejected - top->rows;
        if (second && second->rows * 4 >= s->rejected && w > 0 && (size_t)w < cap) {
            cli_fmt_count(n, sizeof n, second->rows);
            w += snprintf(buf + w, cap - (size_t)w, "; %s as line %ld does: %s", n, second->line,
                          second->what);
            rest -= second->rows;
        }
        if (rest && w > 0 && (size_t)w < cap) {
            cli_fmt_count(n, sizeof n, rest);
            snprintf(buf + w, cap - (size_t)w, "; the other %s fail%s otherwise", n,
                     rest == 1 ? "s" : "");
        }
        return rest ? 0 : top->rows == s->rejected ? 1 : 2;
    } else if (most)
        snprintf(buf, cap, "%s",
                 "Rows rejected in such numbers usually mean the file is not the export the "
                 "model reads (another delimiter: --delimiter; columns added, dropped or moved; "
                 "another schema)");
    else
        snprintf(buf, cap, "%s",
                 "Each of these rows has its own cause (the first is named above): mend them");
    return 0;
}

/* What the loader notes of the file itself (cli_load: repeated byte-order
 * marks, a name the header repeats, ="..." ids), said of the stream the
 * same way: in the summary, and before the error of a run that fails
 * (before 2026-12-03 score said none of the marks or ="..." ids, and
 * nothing of a repeated name when it then failed:
 * tests/cli/score_file_notes_as_loader). */
/* Rows scored that the model was fitted or tuned on, by content: their
 * probabilities are optimistic, as evaluate says of such rows (before
 * 2026-12-07 unsaid: tests/cli/score_seen_in_training). */
static void note_seen(const ct_score_summary *s, const char *input_name)
{
    if (cli_quiet)
        return;
    /* labels that write the positive otherwise ('CLAIM' for 'claim'):
     * compared as text, as evaluate compares them with the positive, they
     * cannot match the rows the model recorded; said, never a silent 0
     * (before 2026-12-07: tests/cli/score_seen_labels_other_case) */
    char v[32], lab[300], pos[300], vrest[900] = "", line[1800];
    if (s->seen_label_variant_rows) {
        cli_fmt_count(v, sizeof v, s->seen_label_variant_rows);
        ct_utf8_visible_label(lab, sizeof lab, s->seen_label_variant,
                              strlen(s->seen_label_variant));
        ct_utf8_visible_label(pos, sizeof pos, s->seen_positive, strlen(s->seen_positive));
        if (!s->seen_checked) {
            snprintf(line, sizeof line,
                     "%s: whether its rows are among the rows the model was trained or tuned on "
                     "cannot be checked: its labels write the model's positive '%s' otherwise "
                     "('%s', %s row%s: letter case or spaces) and never as the model does, and "
                     "no other row matched: the labels were likely written otherwise (the other "
                     "class's too), and the model records its rows by the label as written. "
                     "Labels are compared as text, as evaluate compares them with the positive "
                     "(it refuses such labels); write them as the model does to check",
                     input_name, pos, lab, v, s->seen_label_variant_rows == 1 ? "" : "s");
            ct_text_wrap(stderr, "score: note: ", 2, 100, line);
            return;
        }
        snprintf(vrest, sizeof vrest,
                 "%s row%s labelled '%s', the model's positive '%s' written otherwise (letter "
                 "case or spaces), cannot be checked: labels are compared as text, as evaluate "
                 "compares them",
                 v, s->seen_label_variant_rows == 1 ? "" : "s", lab, pos);
        if (!s->seen_in_training) {
            char lb[32];
            cli_fmt_count(lb, sizeof lb, s->seen_labelled);
            snprintf(line, sizeof line,
                     "%s: none of its %s labelled row%s checked is one the model was trained on "
                     "or tuned on; %s",
                     input_name, lb, s->seen_labelled == 1 ? "" : "s", vrest);
            ct_text_wrap(stderr, "score: note: ", 2, 100, line);
            return;
        }
    }
    if (!s->seen_checked || !s->seen_in_training)
        return;
    char k[32], n[32], u[32];
    cli_fmt_count(k, sizeof k, s->seen_in_training);
    cli_fmt_count(n, sizeof n, s->scored);
    /* rows without a label cannot be matched: said when some are there */
    const uint64_t known = s->seen_labelled + s->seen_label_variant_rows;
    const uint64_t unlabelled = s->scored > known ? s->scored - known : 0;
    cli_fmt_count(u, sizeof u, unlabelled);
    char rest[1100] = "";
    if (unlabelled)
        snprintf(rest, sizeof rest, " (%s row%s without a label cannot be checked%s%s)", u,
                 unlabelled == 1 ? "" : "s", vrest[0] ? "; " : "", vrest);
    else if (vrest[0])
        snprintf(rest, sizeof rest, " (%s)", vrest);
    const char *how = "the model was trained on or tuned on (its train or validation rows, "
                      "matched by the label and the columns the model reads)";
    if (s->seen_in_training >= s->scored && s->scored == 1)
        snprintf(line, sizeof line,
                 "%s: its one row scored is one %s: its probability is optimistic (the model has "
                 "fitted it), not what it gives a new report",
                 input_name, how);
    else if (s->seen_in_training >= s->scored)
        snprintf(line, sizeof line,
                 "%s: every one of its %s rows scored is one %s: their probabilities are "
                 "optimistic (the model has fitted them), not what it gives new reports",
                 input_name, n, how);
    else
        snprintf(line, sizeof line,
                 "%s: %s of its %s rows scored %s %s: their probabilities are optimistic (the "
                 "model has fitted them), not what it gives new reports%s",
                 input_name, k, n, s->seen_in_training == 1 ? "is a row" : "are rows", how, rest);
    ct_text_wrap(stderr, "score: note: ", 2, 100, line);
}

static void print_file_notes(const ct_score_summary *s, const char *input_name)
{
    if (cli_quiet)
        return;
    char line[CT_DIAG_MSG_MAX];
    if (s->boms > 1)
        ct_text_wrap(stderr, "score: note: ", 2, 100,
                     cli_boms_text(line, sizeof line, input_name, s->boms));
    if (s->header_note[0])
        ct_text_wrap(stderr, "score: note: ", 2, 100, s->header_note);
    if (s->formula_note[0])
        ct_text_wrap(stderr, "score: note: ", 2, 100, s->formula_note);
    /* counts grouped by '.' read as decimals (--no-schema), said as the
     * whole-file load says it (before 2026-12-06 score said nothing:
     * tests/cli/score_no_schema_dot_grouped_hinted) */
    if (s->dot_groups_note[0]) {
        snprintf(line, sizeof line, "%s: %s", input_name, s->dot_groups_note);
        ct_text_wrap(stderr, "score: note: ", 2, 100, line);
    }
    /* a last line without a line end (cli_load's words; before 2026-12-06
     * a shard cut inside its last value was scored with that value cut, in
     * silence: tests/cli/score_last_line_no_line_end) */
    if (s->open_last_line) {
        snprintf(line, sizeof line,
                 "%s: the last line, %ld, has no line end: if the file was cut off, its last "
                 "values may be incomplete (a file saved without a final line end is common "
                 "and then whole)",
                 input_name, s->open_last_line);
        ct_text_wrap(stderr, "score: note: ", 2, 100, line);
    }
}

/* Why the queue is ranked by probability where the reach was asked (the
 * file has neither count column: ct_score_summary priority): the
 * summary's note and score.json's priority_note, which run shows on its
 * terminal and the report in its triage section. Returns 0 (buf "") when
 * the queue is ranked as asked. Before 2026-12-04 such a queue was in tie
 * order at reach 0, said only in a note that run left in logs/score.log:
 * tests/cli/score_reach_without_counts_by_probability. */
static int priority_note(const ct_score_summary *s, const ct_score_options *so, char *buf,
                         size_t cap)
{
    buf[0] = 0;
    if (s->priority == so->priority)
        return 0;
    char nc[32];
    cli_fmt_count(nc, sizeof nc, s->reach_without_counts);
    snprintf(buf, cap,
             "the file has neither a '%s' nor a '%s' column, so the reach priority (the claim "
             "probability times ln(1 + views + shares)) would be 0 in every row and rank "
             "nothing: the queue ranks its %s row%s by the claim probability alone, as "
             "--priority prob does",
             so->views_column ? so->views_column : "views",
             so->shares_column ? so->shares_column : "shares", nc,
             s->reach_without_counts == 1 ? "" : "s");
    return 1;
}

/* Rows flagged no_evidence: how many, what they lack, and that their
 * probabilities are not to be trusted (added 2026-12-05: the reports
 * file's 298 rows without transcript or counts were near-certain claims,
 * tests/cli/score_no_evidence_flagged). */
static void print_no_evidence(const ct_score_summary *s)
{
    char n[32], sh[32], pp[32], wn[32], rows[160], line[900];
    cli_fmt_count(n, sizeof n, s->no_evidence);
    fmt_share(sh, sizeof sh, share(s->no_evidence, s->scored));
    cli_fmt_count(pp, sizeof pp, s->no_evidence_predicted_positive);
    cli_fmt_count(wn, sizeof wn, s->written_no_evidence);
    /* a queue of part of the rows scored (--capacity): both sets named, as
     * the data flags' line names them (before 2026-12-05 a moderator was
     * told to distrust rows none of which was in the queue:
     * tests/cli/score_no_evidence_capacity) */
    if (s->written == s->scored)
        snprintf(rows, sizeof rows, "%s row%s (%s)", n, s->no_evidence == 1 ? "" : "s", sh);
    else if (!s->written) /* no queue written: none to name */
        snprintf(rows, sizeof rows, "%s of the rows scored (%s)", n, sh);
    else
        snprintf(rows, sizeof rows, "%s of the rows scored (%s), %s of the rows written", n, sh,
                 wn);
    snprintf(line, sizeof line,
             "without evidence: %s, flagged no_evidence: %s; %s of them predicted claims: their "
             "probabilities are not to be trusted",
             rows, s->no_evidence_note, pp);
    ct_text_wrap(stderr, "score: ", 2, 100, line);
}

static void print_summary(const ct_score_summary *s, const ct_score_options *so, const char *text,
                          int ngrams_only, const char *input_name, const cli_in_sample *in_sample)
{
    char r[80], sc[32], fl[32], rj[80], wr[32];
    cli_fmt_count(r, sizeof r, s->read);
    cli_fmt_count(sc, sizeof sc, s->scored);
    cli_fmt_count(wr, sizeof wr, s->written);
    cli_fmt_count(fl, sizeof fl, s->flagged);
    cli_fmt_count(rj, sizeof rj, s->rejected);
    if (s->swallowed) {
        /* rows as inspect counts them, with the lines a stray quote read
         * as one field (tests/cli/score_swallowed_one_bad_row) */
        char rr[32], rb[32], lr[32], lj[32];
        cli_fmt_count(rr, sizeof rr, s->read - s->swallowed);
        cli_fmt_count(rb, sizeof rb, s->rejected - s->swallowed);
        cli_fmt_count(lr, sizeof lr, s->read);
        cli_fmt_count(lj, sizeof lj, s->rejected);
        snprintf(r, sizeof r, "%.27s (%.27s lines)", rr, lr);
        snprintf(rj, sizeof rj, "%.27s (%.27s lines)", rb, lj);
    }
    if (!cli_quiet) {
        if (s->written == s->scored)
            fprintf(stderr,
                    "score: read %s, scored %s, written %s, with data flags %s, rejected %s\n", r,
                    sc, wr, fl, rj);
        else {
            /* a queue of part of the rows scored (--capacity): each count
             * says its set (before 2026-12-03 "written 100, with data flags
             * 298" counted the flags of every row scored:
             * tests/cli/score_capacity_counts_named) */
            /* no queue written (a run stopped by --max-rejected): no row
             * written to count (before 2026-12-05 "0 of the rows written",
             * and the no_evidence line "1 of the rows written":
             * tests/cli/score_refused_no_rows_written) */
            char wf[32], wfl[64] = "";
            cli_fmt_count(wf, sizeof wf, s->written_flagged);
            if (s->written)
                snprintf(wfl, sizeof wfl, ", %s of the rows written", wf);
            fprintf(stderr, "score: read %s, scored %s, written %s, rejected %s\n", r, sc, wr, rj);
            fprintf(stderr, "score: with data flags: %s of the rows scored%s\n", fl, wfl);
        }
        if (s->not_selected) {
            char ns[32];
            cli_fmt_count(ns, sizeof ns, s->not_selected);
            fprintf(stderr, "score: not in the split: %s (not scored)\n", ns);
        }
        /* --split validation: the probabilities and predictions of rows
         * train chose the calibration or threshold on, said as evaluate
         * says it (before 2026-12-05 score said nothing of it:
         * tests/cli/score_split_validation_in_sample) */
        char is[512];
        if (cli_in_sample_line(in_sample, "their probabilities and predictions", is, sizeof is))
            ct_text_wrap(stderr, "score: ", 2, 100, is);
        char m[32], t[32];
        /* a share of nothing is undefined, and says which nothing (a model
         * without a categorical column reads no category) */
        char a[64], b[400], label[300];
        cli_text_share_words(text, label, sizeof label, b, sizeof b);
        if (s->categorical_values)
            fmt_share(a, sizeof a, share(s->unseen_categorical, s->categorical_values));
        else
            snprintf(a, sizeof a, "undefined (no categorical value read)");
        if (s->text_rows)
            fmt_share(b, sizeof b, share(s->rows_without_known_ngram, s->text_rows));
        if (isnan(s->mean_probability))
            snprintf(m, sizeof m, "undefined");
        else
            ct_numfmt_prob(m, sizeof m, s->mean_probability); /* never "1" for 0.99999999995 */
        if (s->validation_mean_probability == s->validation_mean_probability)
            ct_numfmt_prob(t, sizeof t, s->validation_mean_probability);
        else
            snprintf(t, sizeof t, "undefined");
        char shares[800];
        snprintf(shares, sizeof shares, "unseen categories %s, %s %s", a, label, b);
        ct_text_wrap(stderr, "score: ", 2, 100, shares);
        if (s->unseen_note[0])
            ct_text_wrap(stderr, "score: ", 2, 100, s->unseen_note);
        cli_unseen_print(stderr, "score: ", "  ", so->unseen_tally);
        if (s->outside_rows) {
            char on[800], oc[32], os[32];
            cli_fmt_count(oc, sizeof oc, s->outside_rows);
            fmt_share(os, sizeof os, share(s->outside_rows, s->scored));
            snprintf(on, sizeof on,
                     "outside what the model was trained on: %s row%s (%s), flagged out_of_range; "
                     "%s",
                     oc, s->outside_rows == 1 ? "" : "s", os, s->outside_note);
            ct_text_wrap(stderr, "score: ", 2, 100, on);
        }
        if (s->no_known_words_rows) {
            /* a text the model could not read, counted with its flag
             * (before 2026-12-06 only as the drift's share, unflagged:
             * tests/cli/score_no_known_words_flagged) */
            char on[600], oc[32], os[32];
            const char *word = text ? ct_reports_pretty(text) : "text";
            cli_fmt_count(oc, sizeof oc, s->no_known_words_rows);
            fmt_share(os, sizeof os, share(s->no_known_words_rows, s->scored));
            snprintf(on, sizeof on,
                     "%.60ss holding no word the model knows: %s row%s (%s), flagged "
                     "no_known_words: %s%.60s%s",
                     word, oc, s->no_known_words_rows == 1 ? "" : "s", os,
                     ngrams_only ? "each scored as an empty " : "its n-grams scored as an empty ",
                     word,
                     /* a model of the n-grams alone has no other value
                      * (before 2026-12-07 "the row judged on its other
                      * values": tests/cli/score_text_only_no_known_words) */
                     ngrams_only ? " (the model reads nothing else: each of them at one "
                                   "probability)"
                                 : "'s, the row judged on its other values");
            ct_text_wrap(stderr, "score: ", 2, 100, on);
        }
        if (s->no_evidence)
            print_no_evidence(s);
        fprintf(stderr, "score: mean probability %s (validation %s)\n", m, t);
        ct_text_wrap(stderr, "score: ", 2, 100, s->verdict);
        char pn[600];
        if (priority_note(s, so, pn, sizeof pn)) {
            const size_t k = strlen(pn);
            snprintf(pn + k, sizeof pn - k, "; --views, --shares name the counts' columns");
            ct_text_wrap(stderr, "score: note: ", 2, 100, pn);
        }
        /* one note for each absent column (the summary's lines) */
        for (const char *p = s->absent_note; *p;) {
            const char *e = strchr(p, '\n');
            const size_t n = e ? (size_t)(e - p) : strlen(p);
            char line[sizeof s->absent_note];
            snprintf(line, sizeof line, "%.*s", (int)n, p);
            ct_text_wrap(stderr, "score: note: ", 2, 100, line);
            p += n + (e != NULL);
        }
        if (s->empty_rows) {
            char line[1200];
            ct_text_wrap(stderr, "score: note: ", 2, 100,
                         cli_empty_rows_text(line, sizeof line, input_name, s->empty_rows,
                                             s->empty_first_line, s->empty_last_line));
        }
        print_file_notes(s, input_name);
        note_seen(s, input_name);
        if (s->id_note[0])
            ct_text_wrap(stderr, "score: note: ", 2, 100, s->id_note);
        if (s->repeated_ids) {
            char ni[32], nr[32], line[800];
            cli_fmt_count(ni, sizeof ni, s->repeated_ids);
            cli_fmt_count(nr, sizeof nr, s->repeated_rows);
            snprintf(line, sizeof line,
                     "%s id%s repeat%s (%s row%s after %s first): the first, '%s', on lines "
                     "%ld and %ld; every row is scored and queued as its own review (the "
                     "reports file holds a report twice, or reports share an id)",
                     ni, s->repeated_ids == 1 ? "" : "s", s->repeated_ids == 1 ? "s" : "", nr,
                     s->repeated_rows == 1 ? "" : "s", s->repeated_ids == 1 ? "its" : "their",
                     s->repeated_id, s->repeated_first_line, s->repeated_line);
            ct_text_wrap(stderr, "score: note: ", 2, 100, line);
        }
        if (!s->ids_checked_all)
            ct_text_wrap(stderr, "score: note: ", 2, 100,
                         "out of memory for the repeated-id check (it keeps every distinct id): "
                         "it stopped there, and ids after were not checked");
        if (s->without_id) {
            char ni[32], line[400];
            cli_fmt_count(ni, sizeof ni, s->without_id);
            snprintf(line, sizeof line,
                     "%s row%s without an id: queued with an empty id, which merge cannot check "
                     "across shards and queue-eval cannot match with labels",
                     ni, s->without_id == 1 ? "" : "s");
            ct_text_wrap(stderr, "score: note: ", 2, 100, line);
        }
    }
}

static int print_json(const ct_score_summary *s, const char *input, const char *model,
                      const char *fingerprint, const ct_score_options *o, int split,
                      const cli_in_sample *in_sample, uint64_t max_rejected)
{
    ct_json *w = cli_json_begin(stdout, "score", 1);
    if (!w)
        return CLI_EXIT_IO;
    ct_json_key(w, "input");
    ct_json_str(w, input);
    ct_json_key(w, "model");
    ct_json_str(w, model);
    ct_json_key(w, "model_fingerprint");
    ct_json_str(w, fingerprint);
    /* the priority the queue was ranked by, and why when it is not the one
     * asked (priority_note; added 2026-12-04) */
    ct_json_key(w, "priority");
    ct_json_str(w, ct_priority_name(s->priority));
    ct_json_key(w, "priority_note");
    {
        char note[600];
        if (priority_note(s, o, note, sizeof note))
            ct_json_str(w, note);
        else
            ct_json_null(w);
    }
    /* the summary's note on each absent column of the reach and the ties
     * (one a name differs from only in letter case or spaces, a count of
     * the reach without the other, the status), which run shows on its
     * terminal (added 2026-12-05: tests/cli/run_shares_status_named) */
    ct_json_key(w, "column_notes");
    ct_json_array_begin(w);
    for (const char *p = s->absent_note; *p;) {
        const char *e = strchr(p, '\n');
        const size_t n = e ? (size_t)(e - p) : strlen(p);
        char line[sizeof s->absent_note];
        snprintf(line, sizeof line, "%.*s", (int)n, p);
        ct_json_str(w, line);
        p += n + (e != NULL);
    }
    ct_json_array_end(w);
    /* the note on counts that look grouped by '.' read as decimals
     * (--no-schema), as the summary's "score: note:" says it, else null
     * (added 2026-12-06: before, only on standard error:
     * tests/cli/score_no_schema_dot_grouped_hinted) */
    ct_json_key(w, "dot_groups_note");
    if (s->dot_groups_note[0])
        ct_json_str(w, s->dot_groups_note);
    else
        ct_json_null(w);
    ct_json_key(w, "capacity");
    ct_json_uint(w, o->capacity);
    ct_json_key(w, "split");
    if (split < 0)
        ct_json_null(w);
    else
        ct_json_str(w, ct_split_role_name(split));
    cli_in_sample_json(in_sample, w); /* added 2026-12-05 */
    ct_json_key(w, "rows");
    ct_json_object_begin(w);
    ct_json_key(w, "read");
    ct_json_uint(w, s->read);
    ct_json_key(w, "scored");
    ct_json_uint(w, s->scored);
    ct_json_key(w, "written");
    ct_json_uint(w, s->written);
    ct_json_key(w, "flagged");
    ct_json_uint(w, s->flagged);
    ct_json_key(w, "rejected");
    ct_json_uint(w, s->rejected);
    ct_json_key(w, "not_selected");
    ct_json_uint(w, s->not_selected);
    ct_json_key(w, "predicted_positive");
    ct_json_uint(w, s->predicted_positive);
    /* flagged and predicted_positive count the rows scored; these the rows
     * written (the queue's: fewer with --capacity) */
    ct_json_key(w, "written_flagged");
    ct_json_uint(w, s->written_flagged);
    ct_json_key(w, "written_predicted_positive");
    ct_json_uint(w, s->written_predicted_positive);
    ct_json_key(w, "without_id");
    ct_json_uint(w, s->without_id);
    ct_json_key(w, "out_of_range");
    ct_json_uint(w, s->outside_rows);
    /* rows flagged no_evidence, of those scored, predicted a claim, written
     * (added 2026-12-05) */
    ct_json_key(w, "no_evidence");
    ct_json_uint(w, s->no_evidence);
    ct_json_key(w, "no_evidence_predicted_positive");
    ct_json_uint(w, s->no_evidence_predicted_positive);
    ct_json_key(w, "written_no_evidence");
    ct_json_uint(w, s->written_no_evidence);
    /* rows scored that the model was trained or tuned on; null when not
     * checked (added 2026-12-07) */
    ct_json_key(w, "seen_in_training");
    if (s->seen_checked)
        ct_json_uint(w, s->seen_in_training);
    else
        ct_json_null(w);
    /* the rows scored by flag, each kind its own count (added 2026-12-05) */
    ct_json_key(w, "flag_rows");
    ct_json_object_begin(w);
    ct_json_key(w, "missing_text");
    ct_json_uint(w, s->missing_text_rows);
    ct_json_key(w, "missing_counts");
    ct_json_uint(w, s->missing_counts_rows);
    ct_json_key(w, "missing_values");
    ct_json_uint(w, s->missing_values_rows);
    ct_json_key(w, "unseen_category");
    ct_json_uint(w, s->unseen_category_rows);
    ct_json_key(w, "negative_counts");
    ct_json_uint(w, s->negative_counts_rows);
    ct_json_key(w, "out_of_range");
    ct_json_uint(w, s->outside_rows);
    ct_json_key(w, "no_evidence");
    ct_json_uint(w, s->no_evidence);
    ct_json_key(w, "no_known_words"); /* added 2026-12-06 */
    ct_json_uint(w, s->no_known_words_rows);
    ct_json_key(w, "invalid_utf8"); /* added 2026-12-06 */
    ct_json_uint(w, s->invalid_utf8_rows);
    ct_json_object_end(w);
    ct_json_key(w, "max_rejected");
    ct_json_uint(w, max_rejected);
    /* lines a stray quote read as one quoted field, counted in read and
     * rejected (dask_score.py words its summary as score does from it) */
    ct_json_key(w, "swallowed_lines");
    ct_json_uint(w, s->swallowed);
    ct_json_key(w, "first_rejected");
    if (s->rejected) {
        ct_json_object_begin(w);
        ct_json_key(w, "line");
        ct_json_int(w, s->first_rejected_line);
        ct_json_key(w, "what");
        ct_json_str(w, s->first_rejected);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    ct_json_key(w, "rejected_kinds");
    ct_json_array_begin(w);
    for (size_t k = 0; k < s->nrejected_kinds; k++) {
        const struct ct_score_reject_kind *r = &s->rejected_kinds[k];
        ct_json_object_begin(w);
        ct_json_key(w, "rows");
        ct_json_uint(w, r->rows);
        ct_json_key(w, "line");
        ct_json_int(w, r->line);
        ct_json_key(w, "field");
        ct_json_int(w, r->column);
        ct_json_key(w, "field_count");
        ct_json_bool(w, r->fields);
        ct_json_key(w, "kind");
        ct_json_str(w, r->kind);
        ct_json_key(w, "what");
        ct_json_str(w, r->what);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "rejected_other_kinds");
    ct_json_uint(w, s->rejected_other_kinds);
    ct_json_object_end(w);
    ct_json_key(w, "repeated_ids");
    ct_json_object_begin(w);
    ct_json_key(w, "ids");
    ct_json_uint(w, s->repeated_ids);
    ct_json_key(w, "rows");
    ct_json_uint(w, s->repeated_rows);
    ct_json_key(w, "first");
    if (s->repeated_ids) {
        ct_json_object_begin(w);
        ct_json_key(w, "id");
        ct_json_str(w, s->repeated_id);
        ct_json_key(w, "lines");
        ct_json_array_begin(w);
        ct_json_int(w, s->repeated_first_line);
        ct_json_int(w, s->repeated_line);
        ct_json_array_end(w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "complete");
    ct_json_bool(w, s->ids_checked_all);
    ct_json_object_end(w);
    ct_json_key(w, "drift");
    ct_json_object_begin(w);
    /* shares of nothing (no categorical value, no text) are null */
    ct_json_key(w, "unseen_category_share");
    ct_json_num(w, share(s->unseen_categorical, s->categorical_values));
    ct_json_key(w, "no_known_ngram_share");
    ct_json_num(w, share(s->rows_without_known_ngram, s->text_rows));
    ct_json_key(w, "mean_probability");
    ct_json_num(w, s->mean_probability);
    /* the validation rows' mean, under the name it has always had here
     * (docs/formats.md) and under its true one */
    ct_json_key(w, "training_mean_probability");
    ct_json_num(w, s->validation_mean_probability);
    ct_json_key(w, "validation_mean_probability");
    ct_json_num(w, s->validation_mean_probability);
    /* the evidence under validation's mean (null: the model file records
     * no count, docs/formats.md) */
    const int known = s->validation_rows >= 0;
    ct_json_key(w, "validation_rows");
    if (known)
        ct_json_int(w, s->validation_rows);
    else
        ct_json_null(w);
    ct_json_key(w, "validation_positives");
    if (known)
        ct_json_int(w, s->validation_positives);
    else
        ct_json_null(w);
    ct_json_key(w, "mean_standard_error");
    ct_json_num(w, s->mean_standard_error);
    ct_json_key(w, "min_validation_rows");
    ct_json_int(w, CT_DRIFT_MIN_VALIDATION_ROWS);
    ct_json_key(w, "min_validation_class_rows");
    ct_json_int(w, CT_DRIFT_MIN_VALIDATION_CLASS);
    ct_json_key(w, "validation_too_small");
    if (known)
        ct_json_bool(w, s->validation_too_small);
    else
        ct_json_null(w);
    ct_json_key(w, "mean_within_noise");
    if (isfinite(s->mean_standard_error))
        ct_json_bool(w, s->mean_within_noise);
    else
        ct_json_null(w);
    ct_json_key(w, "share_threshold");
    ct_json_num(w, o->drift_share);
    ct_json_key(w, "mean_threshold");
    ct_json_num(w, o->drift_mean);
    ct_json_key(w, "drift");
    if (s->scored) /* no row scored: drift is undefined, not false (verdict) */
        ct_json_bool(w, s->drift);
    else
        ct_json_null(w);
    ct_json_key(w, "missing_column");
    if (s->missing_drift[0])
        ct_json_str(w, s->missing_drift);
    else
        ct_json_null(w);
    ct_json_key(w, "out_of_range_note");
    if (s->outside_note[0])
        ct_json_str(w, s->outside_note);
    else
        ct_json_null(w);
    ct_json_key(w, "no_evidence_note");
    if (s->no_evidence_note[0])
        ct_json_str(w, s->no_evidence_note);
    else
        ct_json_null(w);
    ct_json_key(w, "verdict");
    ct_json_str(w, s->verdict);
    ct_json_object_end(w);
    /* every unseen level, its rows and first line (added 2026-12-06) */
    cli_unseen_json(w, o->unseen_tally);
    ct_json_object_end(w);
    if (ct_json_finish(w) != CT_OK)
        return CLI_EXIT_IO;
    return CLI_EXIT_OK;
}

/* --split: the model's held-out rows of its training file, as a mask over
 * the rows the scorer reads (malformed rows skipped in both reads). */
static int split_select(const ct_model *m, const char *input, ct_score_options *so, int role,
                        uint8_t **out)
{
    *out = NULL;
    if (strcmp(input, "-") == 0)
        return cli_usage("score", "--split needs the training file by name, not standard input");
    ct_load_options lo = so->load;
    lo.on_bad_row = CT_BAD_ROW_SKIP;
    ct_frame *f = NULL;
    ct_load_stats st;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_frame_load(input, &lo, &f, &st, &d);
    if (s != CT_OK)
        return cli_fail(s, &d);
    size_t *rows = NULL, n = 0;
    int rc = cli_split_rows(m, f, input, role, &rows, &n);
    const size_t nr = ct_frame_nrows(f);
    ct_frame_destroy(f);
    if (rc)
        return rc;
    uint8_t *sel = calloc(nr ? nr : 1, 1);
    if (!sel) {
        free(rows);
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    for (size_t i = 0; i < n; i++)
        sel[rows[i]] = 1;
    free(rows);
    so->select = sel;
    so->nselect = nr;
    *out = sel;
    char a[32], b[32];
    cli_fmt_count(a, sizeof a, n);
    cli_fmt_count(b, sizeof b, nr);
    if (role == CT_ROLE_TRAIN) /* fitted on, not held out */
        cli_note("scoring the %s rows the model was fitted on (train's train set, of %s)", a, b);
    else
        cli_note("scoring the %s rows train held out as its %s set (of %s)", a,
                 ct_split_role_name(role), b);
    return 0;
}

static int score_run(int argc, char **argv, cli_load *lo)
{
    static const struct option longopts[] = {
        {"model-file", required_argument, NULL, 'm'},
        {"model", required_argument, NULL, 'm'}, /* the older spelling */
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"capacity", required_argument, NULL, OPT_CAPACITY},
        {"no-sort", no_argument, NULL, OPT_NO_SORT},
        {"priority", required_argument, NULL, OPT_PRIORITY},
        {"reasons", required_argument, NULL, OPT_REASONS},
        {"errors", required_argument, NULL, OPT_ERRORS},
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"split", required_argument, NULL, OPT_SPLIT},
        {"views", required_argument, NULL, OPT_VIEWS},
        {"shares", required_argument, NULL, OPT_SHARES},
        {"status", required_argument, NULL, OPT_STATUS},
        {"id", required_argument, NULL, OPT_ID},
        {"threads", required_argument, NULL, OPT_THREADS},
        {"max-rejected", required_argument, NULL, OPT_MAX_REJECTED},
        {"help", no_argument, NULL, 'h'},
        {"quiet", no_argument, NULL, 'q'},
        CLI_LOAD_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    ct_score_options so = ct_reports_score_options();
    /* a file most of whose rows are malformed is another export than the
     * model's (a delimiter, shifted columns): its queue would look whole */
    rejected_limit maxrej;
    parse_rejected_limit("10%", &maxrej);

    const char *model_path = NULL, *out_path = "-", *err_path = NULL, *id_given = NULL;
    int json = 0, c, split = CT_ROLE_NONE, rc0;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hqm:o:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(score_help, stdout);
            fputs(score_help_options, stdout);
            return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case 'm': model_path = optarg; break;
        case 'o': out_path = optarg; break;
        case OPT_FORMAT:
            if (strcmp(optarg, "csv") == 0)
                so.format = CT_QUEUE_CSV;
            else if (strcmp(optarg, "jsonl") == 0)
                so.format = CT_QUEUE_JSONL;
            else
                return cli_usage("score", "--format takes csv or jsonl, not '%s'", optarg);
            break;
        case OPT_CAPACITY:
            if (parse_size(optarg, &so.capacity)) {
                char hint[48];
                return cli_usage("score", "--capacity takes an integer from 0 to %zu, not '%s'%s",
                                 (size_t)SIZE_MAX, optarg,
                                 cli_count_hint(optarg, hint, sizeof hint));
            }
            break;
        case OPT_NO_SORT: so.sort = 0; break;
        case OPT_PRIORITY:
            if (ct_priority_parse(optarg, &so.priority) != CT_OK)
                return cli_usage("score", "--priority takes reach or prob, not '%s'", optarg);
            break;
        case OPT_REASONS:
            if (parse_size(optarg, &so.reasons) || so.reasons > 16)
                return cli_usage("score", "--reasons takes an integer from 0 to 16, not '%s'",
                                 optarg);
            break;
        case OPT_ERRORS: err_path = optarg; break;
        case OPT_MAX_REJECTED:
            if (parse_rejected_limit(optarg, &maxrej))
                return cli_usage("score",
                                 "--max-rejected takes a count of rows (0, 25) or a share of "
                                 "the rows read from 0%% to 100%% (10%%), not '%s'",
                                 optarg);
            break;
        /* an export of one's own names its counts otherwise */
        case OPT_VIEWS:
        case OPT_SHARES:
        case OPT_STATUS:
            if (!*optarg)
                return cli_usage("score", "--%s takes a column name",
                                 c == OPT_VIEWS    ? "views"
                                 : c == OPT_SHARES ? "shares"
                                                   : "status");
            /* a column named here must be in the file (exit 1 when not),
             * as every command's named column; the defaults may be absent */
            if (c == OPT_VIEWS) {
                so.views_column = optarg;
                so.required_columns |= CT_SCORE_REQUIRE_VIEWS;
            } else if (c == OPT_SHARES) {
                so.shares_column = optarg;
                so.required_columns |= CT_SCORE_REQUIRE_SHARES;
            } else {
                so.status_column = optarg;
                so.required_columns |= CT_SCORE_REQUIRE_STATUS;
            }
            break;
        /* FILE's id column where it is not the model's (train --id): an
         * export naming it otherwise was refused, with no option to name
         * it (before 2026-12-06: tests/cli/score_id_column_named) */
        case OPT_ID:
            if (!*optarg)
                return cli_usage("score", "--id takes a column name");
            id_given = optarg;
            break;
        case CLI_OPT_JSON: json = 1; break;
        case OPT_THREADS: {
            unsigned long long u = 0;
            if ((rc0 = cli_count_arg("score", "threads", optarg, 0, 1024, &u)) != CLI_OPT_NEXT)
                return rc0;
            ct_threads_set((int)u);
            break;
        }
        case OPT_SPLIT:
            if ((rc0 = cli_split_option("score", optarg, &split)) != CLI_OPT_NEXT)
                return rc0;
            break;
        case CLI_OPT_ON_BAD_ROW:
            return cli_usage("score", "score always goes on past a malformed row and reports "
                                      "it (--errors FILE); --on-bad-row is for the commands "
                                      "that load a whole file");
        case CLI_OPT_NA_VALUES:
        case CLI_OPT_DELIMITER:
        case CLI_OPT_DECIMAL:
        case CLI_OPT_THOUSANDS:
        case CLI_OPT_NO_SCHEMA:
            if ((rc0 = cli_load_option(lo, "score", c, optarg)))
                return rc0;
            break;
        default: return cli_bad_option("score", argv);
        }
    }
    /* the loader options given; the rest stays the scorer's (bad rows
     * reported and skipped, the reports schema) */
    if (lo->cmd && (rc0 = cli_load_check(lo, "score"))) /* before the copy: it sets --decimal */
        return rc0;
    so.load.delimiter = lo->opt.delimiter;
    so.load.sniff = lo->opt.sniff;
    so.load.na_values = lo->opt.na_values;
    so.load.n_na_values = lo->opt.n_na_values;
    so.load.decimal = lo->opt.decimal;
    so.load.thousands = lo->opt.thousands;
    if (!lo->opt.use_schema)
        so.load.use_schema = 0;
    char why[600];
    cli_operand_model_hint("score", argc, argv, optind, why, sizeof why);
    if (argc - optind > 1)
        return cli_usage("score", "one input file, not %d%s", argc - optind, why);
    if (argc - optind != 1)
        return cli_usage("score", "missing input FILE");
    if (!model_path) /* the one operand a model: the reports file is missing */
        return cli_usage("score", "missing -m MODEL%s%s", why,
                         why[0] ? ", and the reports to score as FILE" : "");
    if (strcmp(model_path, "-") == 0 && strcmp(argv[optind], "-") == 0)
        return cli_usage("score", "-m - and FILE - both read standard input: give one a file");
    if (!so.sort && so.capacity)
        return cli_usage("score", "--capacity needs sorting: drop --no-sort");
    if (json && cli_is_stdout(out_path))
        return cli_usage("score",
                         "--json prints the summary on standard output%s%s%s: give -o QUEUE",
                         strcmp(out_path, "-") ? ", which -o " : "",
                         strcmp(out_path, "-") ? out_path : "", strcmp(out_path, "-") ? " is" : "");
    /* the rejected rows' list and the summary on one output: the JSON would
     * not parse (before 2026-12-04 exit 0: tests/cli/outputs_dev_stdout) */
    if (json && err_path && cli_is_stdout(err_path))
        return cli_usage("score",
                         "--json prints the summary on standard output%s%s%s: give --errors FILE",
                         strcmp(err_path, "-") ? ", which --errors " : ", as --errors - does",
                         strcmp(err_path, "-") ? err_path : "", strcmp(err_path, "-") ? " is" : "");
    const char *input = argv[optind];
    if ((rc0 = cli_refuse_path_through_file(out_path)) != CLI_OPT_NEXT ||
        (rc0 = cli_refuse_path_through_file(err_path)) != CLI_OPT_NEXT ||
        (rc0 = cli_refuse_same_file("score", "queue", out_path, input)) != CLI_OPT_NEXT ||
        (rc0 = cli_refuse_same_file_as("score", "queue", out_path, model_path, "model")) !=
            CLI_OPT_NEXT ||
        (rc0 = cli_refuse_same_file("score", "--errors file", err_path, input)) != CLI_OPT_NEXT ||
        (rc0 = cli_refuse_same_file_as("score", "--errors file", err_path, model_path, "model")) !=
            CLI_OPT_NEXT ||
        (rc0 = cli_refuse_same_output("score", "the queue (-o)", out_path, "--errors", err_path)) !=
            CLI_OPT_NEXT)
        return rc0;
    ct_diag d;
    ct_diag_clear(&d);
    ct_model *m = NULL;
    ct_status s = ct_model_file_load(model_path, &m, &d);
    if (s != CT_OK)
        return cli_fail_model("score", s, &d, model_path, input);
    /* the queue's id is the model's id column (train --id), as evaluate's;
     * video_id (the reports file's) when the model records none */
    if (m->id && *m->id)
        so.id_column = m->id;
    if (id_given) /* --id names FILE's own */
        so.id_column = id_given;
    cli_in_sample in_sample; /* literals: outlives the model */
    cli_in_sample_note(&in_sample, m, split);
    uint8_t *select = NULL;
    if (split != CT_ROLE_NONE) {
        int rc1 = split_select(m, input, &so, split, &select);
        if (rc1) {
            ct_model_free(m);
            return rc1;
        }
    }
    /* the --errors file is an output like the queue: written whole or not
     * at all (a failed or interrupted run leaves no empty or partial file) */
    FILE *errs = stderr;
    if (err_path && !(errs = cli_open_output(err_path))) {
        ct_model_free(m);
        free(select);
        return cli_open_output_code();
    }
    FILE *out = cli_open_output(out_path);
    if (!out) {
        if (errs != stderr)
            cli_abort_output(errs);
        ct_model_free(m);
        free(select);
        return cli_open_output_code();
    }
    ct_score_summary sum;
    /* every unseen level counted over the batches (the summary's table,
     * --json unseen_levels); none: no table, as before */
    ct_unseen_tally *tally = NULL;
    if (ct_unseen_tally_create(m->pipeline, &tally) == CT_OK)
        so.unseen_tally = tally;
    so.progress = cli_progress;
    so.progress_user = (void *)"score";
    so.write_progress = cli_progress; /* the queue's reasons, once ranked */
    so.write_progress_user = (void *)"reasons";
    /* rejected rows on stderr (no --errors file) are for people: listed as
     * every command lists bad rows, wrapped within 100 columns, a shared
     * hint said once, past the first ten counted (before 2026-12-04 each on
     * one line of 166-196 columns, all of them); an --errors file keeps one
     * line a row, every row, for grep */
    if (errs == stderr) {
        so.on_rejected = cli_load_hold_bad;
        so.on_rejected_user = lo;
    }
    s = ct_score_stream(m, input, &so, out, errs, &sum, &d);
    cli_progress_end();
    if (errs == stderr)
        cli_load_print_bad(lo);
    char fingerprint[sizeof m->fingerprint];
    memcpy(fingerprint, m->fingerprint, sizeof fingerprint);
    /* the text column's name outlives the model (the summary names it) */
    char *text = cli_model_text_column(m) ? ct_strdup(cli_model_text_column(m)) : NULL;
    const int ngrams_only = cli_model_reads_ngrams_only(m);
    ct_model_free(m);
    free(select);
    int rc = CLI_EXIT_OK;
    if (s != CT_OK) {
        print_file_notes(&sum, input);
        /* the output that failed is the one named (the errors file, when
         * it is the one whose stream broke) */
        if (errs != stderr && ferror(errs) && !ferror(out)) {
            cli_abort_output(out);
            rc = cli_fail_output(errs, s, &d);
            goto done;
        }
        if (errs != stderr)
            cli_abort_output(errs);
        rc = cli_fail_output(out, s, &d);
        goto done;
    }
    const uint64_t allowed = rejected_allowed(&maxrej, sum.read);
    /* every row read rejected: nothing to score, whatever the limit (an
     * empty queue with exit 0 read as a file with no claims; before
     * 2026-12-05 --max-rejected=100% gave one, and the error advised it:
     * tests/cli/score_rejected_every_row) */
    const int none_left = sum.rejected > 0 && sum.rejected == sum.read;
    if (sum.rejected > allowed || none_left) {
        /* no queue: one that looks whole would hide the rows left out; the
         * errors file is kept whole, it is what says why */
        /* the summary counts what was written: nothing, to a file (before
         * 2026-12-03 "written 17" then "no queue written":
         * tests/cli/score_rejected_limit) */
        if (out != stdout)
            sum.written = sum.written_flagged = sum.written_predicted_positive =
                sum.written_no_evidence = 0;
        cli_abort_output(out);
        if (errs != stderr && (rc = cli_close_output(errs, err_path)) != CLI_EXIT_OK)
            goto done;
        print_summary(&sum, &so, text, ngrams_only, input, &in_sample);
        print_rejected(&sum, input, err_path);
        print_invalid_utf8(&sum, input);
        char rj[32], r[32], al[32], pct[32];
        cli_fmt_count(rj, sizeof rj, sum.rejected);
        cli_fmt_count(r, sizeof r, sum.read);
        cli_fmt_count(al, sizeof al, allowed);
        cli_fmt_pct(pct, sizeof pct, 100.0 * (double)sum.rejected / (double)sum.read);
        /* said of the file, "FILE: ..." ('-' for standard input, as every
         * message names it), not as a bare "claimtriage: error:" (before
         * 2026-12-04: tests/cli/errors_name_the_command) */
        /* the cause as the evidence has it: a file not the model's
         * export (another delimiter, columns moved) rejects most of its
         * rows; a few rows past a strict limit have each their own cause,
         * named above (before 2026-12-04 3 rows of 1,000 were blamed on
         * the delimiter: tests/cli/score_rejected_few_rows_cause) */
        /* rows that share one fault in a field (a column written another
         * way: thousands separators, text) are told that fault, not another
         * export (before 2026-12-04 '1,251' in every row was blamed on the
         * delimiter: tests/cli/score_rejected_share_cause) */
        char cause[1600];
        const int named = rejected_cause(cause, sizeof cause, &sum);
        ct_diag dr;
        ct_diag_clear(&dr);
        /* the advice that works: a higher limit scores the rows that can
         * be read, when there are some; when none can, the cause above
         * (with its row's hint: --no-schema, --thousands, --delimiter) is
         * the way, as the loader says of a file whose every row is bad */
        /* what the faults named cover, said as it is: one fault, two, or
         * more than are named (before 2026-12-05 two faults of half the rows
         * each ended "the fault named is in the whole file":
         * tests/cli/score_rejected_every_row_two_faults) */
        const char *cover = named == 1   ? "the fault named is in the whole file"
                            : named == 2 ? "the faults named cover the whole file"
                                         : "every row has a fault";
        char limit[sizeof maxrej.text + 96];
        if (sum.rejected > allowed)
            snprintf(limit, sizeof limit, "more than --max-rejected=%s allows (%s %s%s)",
                     maxrej.text, al, sum.swallowed ? "line" : "row", allowed == 1 ? "" : "s");
        else
            snprintf(limit, sizeof limit, "every one, which leaves nothing to score");
        char counted[512];
        if (sum.swallowed) { /* as inspect counts them, the lines weighed */
            char rows[256];
            swallowed_rows_text(rows, sizeof rows, &sum);
            snprintf(counted, sizeof counted, "%s: %s of the %s lines read (%s) are in bad rows",
                     rows, rj, r, pct);
        } else
            snprintf(counted, sizeof counted, "%s of %s rows read (%s) are malformed", rj, r, pct);
        ct_diag_set(&dr, CT_EDATA, input, 0, 0, "%s, %s: %s. %s; %s%s", counted, limit,
                    out == stdout ? "the queue on standard output lacks those rows, do not use it"
                                  : "no queue written",
                    cause,
                    none_left ? "no row can be read, so no --max-rejected gives a queue: "
                              : "--max-rejected=100% scores the rows that can be read",
                    none_left ? cover : "");
        cli_print_diag(&dr);
        rc = CLI_EXIT_DATA;
        goto done;
    }
    /* both outputs complete (flushed: a full disk is met here) before
     * either is renamed into place, so that one that cannot be written
     * leaves neither, and no summary names the errors file as written
     * (before 2026-12-03 an --errors file on a full disk was exit 3 with the
     * queue written: tests/cli/score_outputs_full_disk_neither) */
    /* the failed file's message first: it reads errno, which removing the
     * other may change (claimtriage/atomic_file.h) */
    if (errs != stderr && fflush(errs) != 0) {
        rc = cli_fail_output(errs, CT_EIO, &d);
        cli_abort_output(out);
        goto done;
    }
    if (fflush(out) != 0) {
        rc = cli_fail_output(out, CT_EIO, &d);
        if (errs != stderr)
            cli_abort_output(errs);
        goto done;
    }
    if (errs != stderr && (rc = cli_close_output(errs, err_path)) != CLI_EXIT_OK) {
        cli_abort_output(out);
        goto done;
    }
    int rc2 = cli_close_output(out, out_path);
    if (rc2 != CLI_EXIT_OK) {
        rc = rc2;
        goto done;
    }
    print_summary(&sum, &so, text, ngrams_only, input, &in_sample);
    /* a header alone: a batch of no reports is scored into a queue of no
     * row (exit 0: a day with no new reports is not an error), said with
     * the file, as the commands that need rows say it, exit 1 (before
     * 2026-12-07 only "read 0, scored 0": tests/cli/files_header_only_exit_codes) */
    if (sum.read == 0)
        cli_note("%s: no data rows: the file holds a header only; the queue written holds no "
                 "report, its header alone",
                 input);
    print_rejected(&sum, input, err_path);
    print_invalid_utf8(&sum, input);
    if (json)
        rc2 = print_json(&sum, input, model_path, fingerprint, &so, split, &in_sample, allowed);
    rc = rc ? rc : rc2;
done:
    free(text);
    ct_unseen_tally_free(tally);
    return rc;
}

int cmd_score(int argc, char **argv)
{
    cli_load lo; /* the shared CSV options (not --on-bad-row: score_run) */
    cli_load_init(&lo);
    const int rc = score_run(argc, argv, &lo);
    cli_load_free(&lo);
    return rc;
}
