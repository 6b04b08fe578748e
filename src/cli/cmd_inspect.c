/* cmd_inspect.c — `claimtriage inspect FILE`: the data team's first look. */
#include "cli.h"

#include <math.h>
#include <string.h>

static const char inspect_help[] =
    "usage: claimtriage inspect FILE [--json] [--target COL] [--id COL] [options]\n\n"
    "Profile a reports CSV file ('-' reads standard input): rows and columns; per\n"
    "column its type, non-null and missing counts, distinct values; for numeric\n"
    "columns count, mean, std, min, quartiles and max (as pandas describe()); text\n"
    "length in characters and words; the class balance of the target; duplicate\n"
    "rows and identifiers; rows with missing values and which columns go missing\n"
    "together.\n\n"
    "Options:\n"
    "  --json                  machine-readable output (keys in docs/formats.md)\n"
    "  --target=COL            class column (default claim_status; an absent\n"
    "                          default is left out, an absent named one is an "
    "error)\n"
    "  --id=COL                row id column, profiled as an identifier whatever its\n"
    "                          values (its duplicates counted; default the file's\n"
    "                          identifiers: video_id, '#', id, *_id); absent: an error\n"
    "  --redact                no identifier values: the summaries of identifier\n"
    "                          columns (their min, max and quartiles are ids) left "
    "out\n"
    "  --views=COL             the file's name for video_view_count, whose negative\n"
    "                          values are said as the counts' are; absent: an error\n"
    "  --shares=COL            its name for video_share_count, as --views\n" CLI_LOAD_HELP
        CLI_COMMON_HELP
    "\nExit codes: 0 ok, 1 bad data (bad rows, an empty file, a --target absent or\n"
    "not categorical, an --id absent), 2 usage error, 3 I/O error.\n"
    "\nExample:\n  claimtriage inspect reports.csv\n";

enum { OPT_TARGET = CLI_OPT_FIRST_FREE, OPT_REDACT, OPT_ID, OPT_VIEWS, OPT_SHARES };

/* A share of no rows (a header-only file): 0/0, NaN in pandas. */
#define NO_ROWS_SHARE "undefined: the file has no data rows"

/* Why a summary value is not a finite number, or NULL when it is: the
 * text says "infinite" or "undefined", JSON writes null and this reason. */
static void json_value(ct_json *w, const char *key, const ct_summary *s, double v, int is_std)
{
    cli_json_stat(w, key, v, s->count, s->min, s->max, is_std, "column");
}

static void json_summary(ct_json *w, const char *key, const ct_summary *s)
{
    ct_json_key(w, key);
    ct_json_object_begin(w);
    ct_json_key(w, "count");
    ct_json_uint(w, s->count);
    json_value(w, "mean", s, s->mean, 0);
    json_value(w, "std", s, s->std, 1);
    json_value(w, "min", s, s->min, 0);
    /* pandas describe()'s 25%, 50%, 75%, under the keys every command uses */
    json_value(w, "q1", s, s->q25, 0);
    json_value(w, "median", s, s->q50, 0);
    json_value(w, "q3", s, s->q75, 0);
    json_value(w, "max", s, s->max, 0);
    ct_json_object_end(w);
}

static int write_json(FILE *fp, const char *path, const ct_inspect *r, const ct_load_stats *st)
/* path is the inspected file, written into the document */
{
    ct_json *w = cli_json_begin(fp, "inspect", 2);
    if (!w)
        return CLI_EXIT_IO;
    ct_json_key(w, "file");
    ct_json_str(w, path);
    ct_json_key(w, "rows");
    ct_json_uint(w, r->rows);
    ct_json_key(w, "columns");
    ct_json_uint(w, r->cols);
    cli_json_rows(w, st);
    ct_json_key(w, "blank_lines");
    ct_json_uint(w, st->blank_lines);
    /* the lines the skipped rows were read from: a quote missing its pair
     * makes one bad row of many lines, good rows among them (added
     * 2026-12-04 for the report: tests/cli/report_skipped_record_lines) */
    ct_json_key(w, "skipped_lines");
    ct_json_uint(w, st->skipped_lines);
    ct_json_key(w, "skipped_records");
    ct_json_array_begin(w);
    for (size_t k = 0; k < st->nskipped; k++) {
        ct_json_object_begin(w);
        ct_json_key(w, "line");
        ct_json_int(w, st->skipped[k].line);
        ct_json_key(w, "last_line");
        ct_json_int(w, st->skipped[k].last_line);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "column_profiles");
    ct_json_array_begin(w);
    for (size_t j = 0; j < r->cols; j++) {
        const ct_inspect_column *col = &r->columns[j];
        ct_json_object_begin(w);
        ct_json_key(w, "name");
        ct_json_str(w, col->name);
        ct_json_key(w, "type");
        ct_json_str(w, ct_type_name(col->type));
        ct_json_key(w, "non_null");
        ct_json_uint(w, col->nonnull);
        ct_json_key(w, "missing");
        ct_json_uint(w, col->missing);
        ct_json_key(w, "missing_pct");
        ct_json_num(w, col->missing_pct);
        if (isnan(col->missing_pct)) {
            ct_json_key(w, "missing_pct_reason");
            ct_json_str(w, NO_ROWS_SHARE);
        }
        ct_json_key(w, "distinct");
        ct_json_uint(w, col->distinct);
        ct_json_key(w, "duplicate_values");
        ct_json_uint(w, col->duplicate_values);
        if (col->has_summary)
            json_summary(w, "summary", &col->summary);
        else {
            ct_json_key(w, "summary");
            ct_json_null(w);
        }
        ct_json_key(w, "text_length");
        if (col->has_text) {
            ct_json_object_begin(w);
            json_summary(w, "chars", &col->text_chars);
            json_summary(w, "words", &col->text_words);
            ct_json_object_end(w);
        } else {
            ct_json_null(w);
        }
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "target");
    if (r->target) {
        ct_json_object_begin(w);
        ct_json_key(w, "column");
        ct_json_str(w, r->target);
        ct_json_key(w, "classes");
        ct_json_array_begin(w);
        for (size_t k = 0; k < r->nclasses; k++) {
            ct_json_object_begin(w);
            ct_json_key(w, "value");
            ct_json_str(w, r->classes[k].value);
            ct_json_key(w, "count");
            ct_json_uint(w, r->classes[k].count);
            ct_json_key(w, "pct");
            ct_json_num(w, r->classes[k].pct);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "duplicate_rows");
    ct_json_uint(w, r->duplicate_rows);
    ct_json_key(w, "duplicate_ids");
    ct_json_array_begin(w);
    for (size_t j = 0; j < r->cols; j++) {
        if (r->columns[j].type != CT_TYPE_ID)
            continue;
        ct_json_object_begin(w);
        ct_json_key(w, "column");
        ct_json_str(w, r->columns[j].name);
        ct_json_key(w, "duplicates");
        ct_json_uint(w, r->columns[j].duplicate_values);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "rows_with_missing");
    ct_json_uint(w, r->rows_with_missing);
    ct_json_key(w, "missing_patterns");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->npatterns; k++) {
        ct_json_object_begin(w);
        ct_json_key(w, "count");
        ct_json_uint(w, r->patterns[k].count);
        ct_json_key(w, "columns");
        ct_json_array_begin(w);
        for (size_t t = 0; t < r->patterns[k].ncols; t++)
            ct_json_str(w, r->columns[r->patterns[k].columns[t]].name);
        ct_json_array_end(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_stdout_error();
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* A row of summary cells; each cell that is not a finite number is
 * counted in notes under subject (its reason said below the table, as
 * --json's "<key>_reason"). */
static void summary_cells(ct_table *t, const ct_summary *s, cli_stat_notes *notes,
                          const char *subject)
{
    char b[64];
    ct_numfmt_count(b, sizeof b, s->count);
    ct_table_add(t, b);
    const double v[] = {s->mean, s->std, s->min, s->q25, s->q50, s->q75, s->max};
    static const char *const name[] = {"mean", "std", "min", "25%", "50%", "75%", "max"};
    ct_table_add_stats(t, v, sizeof v / sizeof v[0]);
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        cli_stat_notes_add(notes, name[k], subject, v[k], s->count, s->min, s->max, k == 1,
                           "column");
}

/* 'name', quoted as the notes name a subject */
static void quoted(char *b, size_t n, const char *name)
{
    ct_textwidth_snprintf(b, n, "'%s'", name);
}

static ct_table *summary_table(const char *first)
{
    static const char *const head[] = {"count", "mean", "std", "min", "25%", "50%", "75%", "max"};
    ct_table *t = ct_table_create(9);
    ct_table_add(t, first);
    for (size_t k = 0; k < 8; k++) {
        ct_table_add(t, head[k]);
        ct_table_align(t, k + 1, CT_TABLE_DECIMAL);
    }
    cli_table_fit(t);
    return t;
}

static void write_text(FILE *fp, const char *path, const ct_inspect *r, const ct_load_stats *st)
{
    char a[32], b[32], c[32], d[32];
    ct_numfmt_count(a, sizeof a, r->rows);
    fprintf(fp, "%s: %s row%s, %zu column%s\n", path, a, r->rows == 1 ? "" : "s", r->cols,
            r->cols == 1 ? "" : "s");
    (void)st; /* rows read / used / skipped: once, on stderr (cli_note_rows) */
    fprintf(fp, "\nColumns\n");
    ct_table *t = ct_table_create(6);
    static const char *const h[] = {"column",  "type",      "non-null",
                                    "missing", "missing %", "distinct"};
    for (size_t k = 0; k < 6; k++) {
        ct_table_add(t, h[k]);
        ct_table_align(t, k, k >= 2 ? CT_TABLE_DECIMAL : 0);
    }
    cli_table_fit(t);
    for (size_t j = 0; j < r->cols; j++) {
        const ct_inspect_column *col = &r->columns[j];
        ct_table_add(t, col->name);
        ct_table_add(t, ct_type_name(col->type));
        ct_numfmt_count(a, sizeof a, col->nonnull);
        ct_numfmt_count(b, sizeof b, col->missing);
        ct_numfmt_pct_within(c, sizeof c, col->missing_pct, 2);
        ct_numfmt_count(d, sizeof d, col->distinct);
        ct_table_add(t, a);
        ct_table_add(t, b);
        ct_table_add(t, c);
        ct_table_add(t, d);
    }
    (void)ct_table_print(t, fp, "  ");
    ct_table_destroy(t);

    t = summary_table("numeric column");
    cli_stat_notes *notes = cli_stat_notes_create();
    size_t any = 0;
    for (size_t j = 0; j < r->cols; j++)
        if (r->columns[j].has_summary) {
            char q[600];
            quoted(q, sizeof q, r->columns[j].name);
            ct_table_add(t, r->columns[j].name);
            summary_cells(t, &r->columns[j].summary, notes, q);
            any++;
        }
    if (any) {
        fprintf(fp, "\nNumeric summary (as pandas describe: std with n-1, linear quartiles)\n");
        (void)ct_table_print(t, fp, "  ");
        cli_stat_notes_print(notes, fp, 2, any, "every column");
    }
    ct_table_destroy(t);
    cli_stat_notes_destroy(notes);

    t = summary_table("text length");
    notes = cli_stat_notes_create();
    any = 0;
    for (size_t j = 0; j < r->cols; j++)
        if (r->columns[j].has_text) {
            char lab[600], q[600];
            ct_textwidth_snprintf(lab, sizeof lab, "%s (characters)", r->columns[j].name);
            quoted(q, sizeof q, lab);
            ct_table_add(t, lab);
            summary_cells(t, &r->columns[j].text_chars, notes, q);
            ct_textwidth_snprintf(lab, sizeof lab, "%s (words)", r->columns[j].name);
            quoted(q, sizeof q, lab);
            ct_table_add(t, lab);
            summary_cells(t, &r->columns[j].text_words, notes, q);
            any += 2;
        }
    if (any) {
        fprintf(fp, "\nText length\n");
        (void)ct_table_print(t, fp, "  ");
        cli_stat_notes_print(notes, fp, 2, any, "every length");
    }
    ct_table_destroy(t);
    cli_stat_notes_destroy(notes);

    if (r->target) {
        cli_heading(fp, "Class balance: %s", r->target);
        if (r->nclasses == 0)
            fprintf(fp, "  no class to count: the file has no data rows\n");
        t = ct_table_create(3);
        cli_table_fit(t); /* long class labels hang */
        ct_table_align(t, 1, CT_TABLE_DECIMAL);
        ct_table_align(t, 2, CT_TABLE_DECIMAL);
        for (size_t k = 0; k < r->nclasses; k++) {
            char lab[1024]; /* 'x ' quoted beside 'x' (ct_textwidth_label) */
            ct_table_add(t, ct_textwidth_label(lab, sizeof lab, r->classes[k].value));
            ct_numfmt_count(a, sizeof a, r->classes[k].count);
            ct_table_add(t, a);
            ct_numfmt_pct_within(b, sizeof b, r->classes[k].pct, 2);
            ct_table_add(t, b);
        }
        (void)ct_table_print(t, fp, "  ");
        ct_table_destroy(t);
    }

    fprintf(fp, "\nDuplicates\n");
    ct_numfmt_count(a, sizeof a, r->duplicate_rows);
    fprintf(fp, "  duplicate rows (all columns equal): %s\n", a);
    for (size_t j = 0; j < r->cols; j++)
        if (r->columns[j].type == CT_TYPE_ID) {
            const ct_inspect_column *col = &r->columns[j];
            ct_numfmt_count(a, sizeof a, col->duplicate_values);
            if (col->missing < 2) {
                fprintf(fp, "  duplicate %s values: %s\n", col->name, a);
                continue;
            }
            /* pandas' duplicated() takes the missing ids for one value
             * repeated: said, with the repeats among the ids themselves,
             * so that rows without an id do not read as repeated ids
             * (before 2026-12-07: tests/cli/inspect_duplicate_ids_missing) */
            char first[300], text[600];
            ct_numfmt_count(b, sizeof b, col->duplicate_values - (col->missing - 1));
            snprintf(first, sizeof first, "  duplicate %s values: ", col->name);
            char m[32];
            ct_numfmt_count(m, sizeof m, col->missing);
            char rep[32];
            ct_numfmt_count(rep, sizeof rep, col->missing - 1);
            snprintf(text, sizeof text,
                     "%s (as pandas' duplicated() counts them): %s repeated %s and %s %s of the "
                     "missing value (%s rows have no %s)",
                     a, b, col->duplicate_values - (col->missing - 1) == 1 ? "id" : "ids", rep,
                     col->missing == 2 ? "repeat" : "repeats", m, col->name);
            cli_print_wrapped(fp, first, 4, text);
        }

    fprintf(fp, "\nMissing values\n");
    ct_numfmt_count(a, sizeof a, r->rows_with_missing);
    if (r->rows) {
        ct_numfmt_pct_within(b, sizeof b, 100.0 * (double)r->rows_with_missing / (double)r->rows,
                             2);
        fprintf(fp, "  rows with any missing value: %s (%s)\n", a, b);
    } else {
        fprintf(fp, "  rows with any missing value: %s (share %s)\n", a, NO_ROWS_SHARE);
    }
    if (r->npatterns) {
        fprintf(fp, "  columns that go missing together:\n");
        /* the count right-aligned, the column list wrapped beside it */
        size_t cw = 0;
        for (size_t k = 0; k < r->npatterns; k++) {
            char lab[48];
            ct_numfmt_count(a, sizeof a, r->patterns[k].count);
            size_t l = (size_t)snprintf(lab, sizeof lab, "%s row%s", a,
                                        r->patterns[k].count == 1 ? "" : "s");
            cw = l > cw ? l : cw;
        }
        for (size_t k = 0; k < r->npatterns; k++) {
            char lab[48], first[96], cols[4096];
            ct_numfmt_count(a, sizeof a, r->patterns[k].count);
            snprintf(lab, sizeof lab, "%s row%s", a, r->patterns[k].count == 1 ? "" : "s");
            snprintf(first, sizeof first, "    %*s  ", (int)cw, lab);
            size_t w = 0;
            cols[0] = '\0';
            for (size_t q = 0; q < r->patterns[k].ncols && w < sizeof cols; q++)
                w += (size_t)ct_textwidth_snprintf(cols + w, sizeof cols - w, "%s%s", q ? ", " : "",
                                                   r->columns[r->patterns[k].columns[q]].name);
            cli_print_wrapped(fp, first, 4 + cw + 2, cols);
        }
    }
}

int cmd_inspect(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"target", required_argument, NULL, OPT_TARGET},
        {"redact", no_argument, NULL, OPT_REDACT},
        {"id", required_argument, NULL, OPT_ID},
        {"views", required_argument, NULL, OPT_VIEWS},
        {"shares", required_argument, NULL, OPT_SHARES},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    cli_load lo;
    cli_load_init(&lo);
    int json = 0, redact = 0, c, rc;
    const char *target = NULL, *id = NULL;
    cli_counts cn = {NULL, NULL};
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case CLI_OPT_JSON: json = 1; break;
        case OPT_TARGET: target = optarg; break;
        case OPT_REDACT: redact = 1; break;
        case OPT_ID: id = optarg; break;
        case OPT_VIEWS: cn.views = optarg; break;
        case OPT_SHARES: cn.shares = optarg; break;
        default: {
            int so = cli_shared_option(c, "inspect", inspect_help, &lo, argv);
            if (so != CLI_OPT_NEXT) {
                cli_load_free(&lo);
                return so;
            }
        }
        }
    }
    if ((rc = cli_name_arg("inspect", "target", target, "column name")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("inspect", "id", id, "column name")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("inspect", "views", cn.views, "column name")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("inspect", "shares", cn.shares, "column name")) != CLI_OPT_NEXT) {
        cli_load_free(&lo);
        return rc;
    }
    if (id && target && strcmp(id, target) == 0) {
        cli_load_free(&lo);
        return cli_usage("inspect", "--id and --target name the same column '%s'", id);
    }
    if (argc - optind != 1) {
        cli_load_free(&lo);
        return cli_operands_usage("inspect", argc, argv, optind);
    }
    const char *path = argv[optind];
    ct_frame *f = NULL;
    ct_load_stats st;
    rc = cli_load_frame(&lo, path, &f, &st);
    cli_load_free(&lo);
    if (rc)
        return rc;
    if ((rc = cli_counts_check(f, path, &cn))) {
        ct_frame_destroy(f);
        return rc;
    }
    ct_inspect_options io = ct_reports_inspect_options();
    if (target) {
        io.target = target;
        io.target_required = 1;
    }
    io.id = id;
    ct_inspect *r = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_inspect_frame(f, &io, &r, &d);
    if (s == CT_OK) {
        cli_note_negative(f, path, &cn);
        cli_note_level_variants(f, path);
        cli_note_mostly_numeric(f, path, "no numeric summary");
        /* names with spaces around them, read in silence before 2026-12-07
         * (tests/cli/files_header_spaced_names) */
        char spaced[CT_DIAG_MSG_MAX];
        if (ct_frame_spaced_names(f, spaced, sizeof spaced))
            cli_note("%s: %s", path, spaced);
        /* the default label absent, left out in silence before 2026-12-06,
         * though another column held its values (tests/cli/label_column_renamed) */
        char held[CT_DIAG_MSG_MAX];
        const ct_train_options to = ct_reports_train_options();
        if (!target && !r->target && io.target &&
            cli_label_elsewhere(f, to.positive, io.target, 2, held, sizeof held))
            cli_note("%s: no class balance: the file has no '%s' column; %s", path, io.target,
                     held);
    }
    /* a --target or --id naming no column and near none: the file's columns, as
     * eda's hint gives them (before 2026-12-06 the bare "is absent":
     * tests/cli/absent_column_lists_columns) */
    if (s == CT_ECOLUMN && !d.hint[0]) {
        cli_file_columns(f, id && strcmp(d.cause_column, id) == 0 ? "--id=COL" : "--target=COL",
                         d.hint, sizeof d.hint);
    }
    ct_frame_destroy(f);
    if (s)
        return cli_fail_in(s, &d, path);
    cli_note_rows(&st, path);
    if (redact) /* an identifier column's order statistics are ids */
        for (size_t j = 0; j < r->cols; j++)
            if (r->columns[j].type == CT_TYPE_ID)
                r->columns[j].has_summary = 0;
    if (json) {
        rc = write_json(stdout, path, r, &st);
    } else {
        char *tb; /* control bytes from the data shown visibly */
        size_t tl;
        FILE *out = cli_text_open(&tb, &tl);
        write_text(out, path, r, &st);
        cli_text_close(out, &tb, &tl);
        rc = CLI_EXIT_OK;
    }
    ct_inspect_free(r);
    return rc;
}
