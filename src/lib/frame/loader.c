/* loader.c — the CSV loader's general path: options, the header (names
 * de-duplicated as pandas does, the schema's types and dictionaries), one
 * validated record at a time into the columns (ct_csv_next + loader_row),
 * the run loop that tries the fast path first (fast_path.c), and the
 * whole-file entry points, serial or parallel (parallel_load.c). The
 * loader's state is in loader.h. */
#include "frame/loader.h"

#include "base/helper.h"
#include "base/name_set.h"
#include "frame/prefault.h"
#include "claimtriage/artifact.h"
#include "claimtriage/csv.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <stdio.h>
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <string.h>
#include <strings.h>

ct_load_options ct_load_options_default(void)
{
    ct_load_options o;
    memset(&o, 0, sizeof o);
    o.on_bad_row = CT_BAD_ROW_FAIL;
    o.schema = NULL; /* the library knows no dataset: infer every column */
    o.use_schema = 1;
    o.delimiter = ',';
    o.infer_rows = 65536;
    o.max_categories = 64;
    o.parallel_min_bytes = (uint64_t)8 << 20;
    o.map_files = 1;
    o.sniff = CT_SNIFF_ALL;
    o.decimal = '.';
    o.thousands = 0;
    return o;
}

/* A character that can mark a number's decimal point or thousands: not
 * one a number is written with otherwise, nor one that ends a field. */
static int number_mark_ok(char c)
{
    return c && !(c >= '0' && c <= '9') && !strchr("+-eE\"\r\n", c);
}

const char *ct_load_options_check(const ct_load_options *o)
{
    if (!o) /* NULL options are the defaults wherever they are taken */
        return NULL;
    if (o->on_bad_row != CT_BAD_ROW_FAIL && o->on_bad_row != CT_BAD_ROW_SKIP)
        return "on_bad_row must be CT_BAD_ROW_FAIL or CT_BAD_ROW_SKIP";
    if (o->delimiter == '"' || o->delimiter == '\n' || o->delimiter == '\r' || !o->delimiter)
        return "delimiter must not be a quote, a line end or NUL";
    if (o->infer_rows == 0)
        return "infer_rows must be at least 1";
    if (!number_mark_ok(o->decimal))
        return "decimal must be one character that is not a digit, a sign, 'e', a quote, a "
               "line end or NUL";
    if (o->thousands && !number_mark_ok(o->thousands))
        return "thousands must be 0 or one character that is not a digit, a sign, 'e', a "
               "quote or a line end";
    if (o->decimal == o->thousands)
        return "decimal and thousands must differ";
    if (o->n_na_values && !o->na_values)
        return "na_values is NULL but n_na_values is not 0";
    if (o->use_schema && o->schema)
        return ct_schema_check(o->schema);
    return NULL;
}

static void dict_free(loader_dict *d)
{
    for (size_t k = 0; d->levels && k < d->n; k++)
        ct_free(d->levels[k]);
    ct_free(d->levels);
    ct_free(d->lens);
    memset(d, 0, sizeof *d);
}

/* Fix d to levels[0..n) (lens NULL: NUL-terminated), copied. */
static int dict_set(loader_dict *d, const char *const *levels, const size_t *lens, size_t n)
{
    d->levels = ct_calloc(n ? n : 1, sizeof *d->levels);
    d->lens = ct_malloc((n ? n : 1) * sizeof *d->lens);
    if (!d->levels || !d->lens)
        return -1;
    d->set = 1;
    for (size_t k = 0; k < n; k++) {
        size_t len = lens ? lens[k] : strlen(levels[k]);
        if (!(d->levels[k] = ct_malloc(len + 1)))
            return -1;
        memcpy(d->levels[k], levels[k], len);
        d->levels[k][len] = '\0';
        d->lens[k] = len;
        d->n = k + 1;
    }
    return 0;
}

void loader_free(loader *L)
{
    prefaulter_stop(L->pf);
    L->pf = NULL;
    if (L->header)
        for (size_t j = 0; j < L->ncols; j++)
            ct_free(L->header[j]);
    ct_free(L->header);
    header_line_free(L);
    ct_free(L->repeat_of);
    if (L->dict)
        for (size_t j = 0; j < L->ncols; j++)
            dict_free(&L->dict[j]);
    ct_free(L->dict);
    ct_free(L->types);
    ct_free(L->forced);
    ct_free(L->numeric_id);
    ct_free(L->vals);
    ct_free(L->ivals);
    ct_free(L->vmiss);
    ct_free(L->mend);
    ct_free(L->mark);
    ct_free(L->spec_save);
    na_free(&L->na);
    ct_frame_destroy(L->f);
    ct_csv_close(L->csv);
    ct_unmap(&L->map);
}

void report_bad(loader *L, const ct_diag *d)
{
    L->stats.bad_rows++;
    if (!L->have_bad) {
        L->first_bad = *d;
        L->have_bad = 1;
    }
    if (L->opt->on_bad_row_fn)
        L->opt->on_bad_row_fn(L->opt->on_bad_row_user, d);
}

/* Copy a value of n bytes for a message, made visible as every text for
 * people shows it (ct_utf8_visible: a control byte as its Control Picture,
 * Ctrl-Z as U+241A, ESC as U+241B, a bidi control as <U+202E>; before
 * 2026-12-04 a control was '?', which hid which byte it was and read as a
 * question mark), and a space other than ASCII's as its code point, as a
 * label is shown (ct_utf8_visible_label: '1<U+00A0>234', '2<U+202F>345';
 * before 2026-12-07 it printed as a space, and '1 234' read as a number
 * refused for no reason seen: tests/cli/load_odd_space_value_shown): at
 * most cap - 5 bytes of it, cut on a character boundary, then "..." when
 * cut (cap >= 5). */
static void quote_value(char *dst, size_t cap, const char *s, size_t n)
{
    char shown[4 * 256];
    const size_t used = ct_utf8_visible_label(shown, sizeof shown, s, n);
    if (ct_textwidth_fit(dst, cap - 4, shown, strlen(shown), SIZE_MAX, NULL, '?') || used < n)
        memcpy(dst + strlen(dst), "...", 4);
}

/* The schema's entry for column `name`, or NULL: by hash when names (the
 * schema's names in order, none twice: ct_schema_check) is not NULL, else
 * a scan (out of memory). A scan each header name was quadratic in the
 * columns (20,000, 2026-12-06). */
static const ct_schema_column *schema_find(const ct_load_options *o, const ct_name_set *names,
                                           const char *name)
{
    if (!o->use_schema || !o->schema)
        return NULL;
    const ct_schema *s = o->schema;
    if (names) {
        const size_t k = ct_name_set_find(names, name);
        return k == SIZE_MAX ? NULL : &s->columns[k];
    }
    for (size_t k = 0; k < s->ncolumns; k++)
        if (strcmp(s->columns[k].name, name) == 0)
            return &s->columns[k];
    return NULL;
}

/* The hint for invalid UTF-8: re-save as UTF-8, with the iconv command for
 * this input (ct_shell_filter). */
static void cp1252_hint(const loader *L, char *hint, size_t cap)
{
    char cmd[768];
    ct_shell_filter(cmd, sizeof cmd, "iconv -f cp1252 -t utf-8", 1, L->name, L->gzip, "utf8");
    snprintf(hint, cap,
             "re-save the file as UTF-8 (files from Excel or older systems are often "
             "Windows-1252/Latin-1): $ %s",
             cmd);
}

/* A header name of pandas' row index, as a later column of a file saved
 * with its index more than once: no name, "Unnamed: 0" or "Unnamed: 0.k"
 * (read_csv's names for it, the second when the name repeats), "index". */
static int is_index_name(const ct_csv_field *f)
{
    if (f->len == 0 || (f->len == 5 && memcmp(f->ptr, "index", 5) == 0))
        return 1;
    if (f->len < 10 || memcmp(f->ptr, "Unnamed: 0", 10) != 0)
        return 0;
    if (f->len == 10)
        return 1;
    if (f->len == 11 || f->ptr[10] != '.')
        return 0;
    for (size_t k = 11; k < f->len; k++)
        if (f->ptr[k] < '0' || f->ptr[k] > '9')
            return 0;
    return 1;
}

static ct_status loader_header(loader *L, const ct_csv_record *rec, ct_diag *diag)
{
    if (rec->error != CT_CSV_OK) {
        static const char *const what[] = {"", "a quote that is never closed",
                                           "a character after a closing quote", "invalid UTF-8",
                                           "NUL bytes"};
        const long line = rec->line > 0 ? rec->line : 1;
        size_t field = rec->error_field; /* the tokenizer does not place NUL bytes */
        for (size_t k = 0; rec->error == CT_CSV_NUL && k < rec->nfields; k++)
            if (rec->fields[k].ptr && memchr(rec->fields[k].ptr, 0, rec->fields[k].len)) {
                field = k;
                break;
            }
        ct_diag_set(diag, CT_EDATA, L->name, line, (long)field + 1,
                    "the header line is not valid CSV: %s in field %zu",
                    (size_t)rec->error < sizeof what / sizeof what[0] ? what[rec->error]
                                                                      : "an error",
                    field + 1);
        if (!diag)
            return CT_EDATA;
        if (rec->error == CT_CSV_BAD_UTF8)
            cp1252_hint(L, diag->hint, sizeof diag->hint);
        else if (rec->error == CT_CSV_UNTERMINATED)
            snprintf(diag->hint, sizeof diag->hint,
                     "the quote runs to the end of the file, so the whole file was read as the "
                     "header: a quote in a column name must be doubled (\"\")");
        else if (rec->error == CT_CSV_AFTER_QUOTE)
            snprintf(diag->hint, sizeof diag->hint,
                     "a quote inside a quoted column name must be doubled (\"\")");
        else if (rec->error == CT_CSV_NUL)
            snprintf(diag->hint, sizeof diag->hint,
                     "text holds no NUL bytes: the file is damaged, or not a text file");
        return CT_EDATA;
    }
    L->stats.boms = L->csv ? ct_csv_boms(L->csv) : 0;
    L->ncols = rec->nfields;
    L->header = ct_calloc(L->ncols, sizeof *L->header);
    L->repeat_of = ct_calloc(L->ncols, sizeof *L->repeat_of);
    L->dict = ct_calloc(L->ncols, sizeof *L->dict);
    L->types = ct_calloc(L->ncols, sizeof *L->types);
    L->forced = ct_calloc(L->ncols, sizeof *L->forced);
    L->numeric_id = ct_calloc(L->ncols, 1);
    L->vals = ct_calloc(L->ncols, sizeof *L->vals);
    L->ivals = ct_calloc(L->ncols, sizeof *L->ivals);
    L->vmiss = ct_calloc(L->ncols, 1);
    L->mark = ct_calloc(L->ncols, sizeof *L->mark);
    L->spec_save = ct_calloc(L->ncols, 1);
    if (!L->header || !L->repeat_of || !L->dict || !L->types || !L->forced || !L->numeric_id ||
        !L->vals || !L->ivals || !L->vmiss || !L->mark || !L->spec_save)
        return ct_diag_set(diag, CT_ENOMEM, L->name, 1, 0, "out of memory");
    if (header_names_pandas(rec->fields, L->ncols, L->header, L->repeat_of) ||
        header_line_init(L, rec->fields, L->ncols))
        return ct_diag_set(diag, CT_ENOMEM, L->name, 1, 0, "out of memory");
    L->header_line = rec->line > 0 ? rec->line : 1;
    const ct_schema *schema = L->opt->use_schema ? L->opt->schema : NULL;
    ct_name_set set;
    const ct_name_set *names = NULL;
    if (schema && ct_name_set_init(&set, schema->ncolumns) == 0) {
        names = &set;
        for (size_t k = 0; k < schema->ncolumns && names; k++)
            if (ct_name_set_add(&set, schema->columns[k].name)) {
                ct_name_set_free(&set); /* named twice: the scan, first wins */
                names = NULL;
            }
    }
    ct_status st = CT_OK;
    for (size_t j = 0; j < L->ncols && st == CT_OK; j++) {
        const char *nm = L->header[j];
        const ct_schema_column *sc = schema_find(L->opt, names, nm);
        ct_type t = sc ? sc->type : CT_TYPE_AUTO;
        /* pandas' row index: an empty first name as to_csv writes it, the
         * name read_csv gives it, 'Unnamed: 0', saved again (read, then
         * to_csv(index=False)), or 'index', as reset_index() names it: an
         * identifier, never a feature (the reports file is sorted by
         * class: its row numbers are the label) */
        const ct_csv_field *f0 = &rec->fields[0];
        const int named_index = f0->len == 10 && memcmp(f0->ptr, "Unnamed: 0", 10) == 0;
        const int reset_index = f0->len == 5 && memcmp(f0->ptr, "index", 5) == 0;
        /* R's: write.csv writes the row names under an empty name, and
         * read.csv names that column 'X' (a file R read and saved again);
         * before 2026-12-06 an int feature, the row numbers of a file
         * sorted by class (tests/cli/id_names_other_spellings) */
        const int r_rownames = f0->len == 1 && f0->ptr[0] == 'X';
        if (!sc && j == 0 && (f0->len == 0 || named_index || reset_index || r_rownames) &&
            L->opt->use_schema && L->opt->schema) {
            t = CT_TYPE_ID;
            L->stats.unnamed_index = named_index ? 2 : reset_index ? 3 : r_rownames ? 4 : 1;
        }
        /* the columns after a row index that are row indexes too: a file
         * pandas wrote with its index, read and saved with its index again
         * (",Unnamed: 0,#,..."), holds the first save's index second; before
         * 2026-12-06 it was an int feature, the row numbers of a file sorted
         * by class (tests/cli/train_index_saved_twice_not_feature) */
        if (!sc && j > 0 && j == 1 + (size_t)L->stats.index_more && L->stats.unnamed_index &&
            is_index_name(&rec->fields[j])) {
            t = CT_TYPE_ID;
            L->stats.index_more++;
        }
        if (sc && sc->type == CT_TYPE_CATEGORY && sc->nlevels && !sc->extend_levels &&
            dict_set(&L->dict[j], sc->levels, NULL, sc->nlevels)) {
            st = ct_diag_set(diag, CT_ENOMEM, L->name, 1, 0, "out of memory");
            break;
        }
        L->forced[j] = t;
        /* identifiers are inferred (numeric or string) like AUTO columns */
        L->types[j] = t == CT_TYPE_ID ? CT_TYPE_AUTO : t;
    }
    if (names)
        ct_name_set_free(&set);
    return st;
}

ct_status loader_new_frame(loader *L, ct_frame **out)
{
    ct_frame *f = frame_new(L->ncols, L->name);
    if (!f)
        return CT_ENOMEM;
    f->delim = L->opt->delimiter;
    for (size_t j = 0; j < L->ncols; j++) {
        ct_column *c = f->cols[j];
        const loader_dict *d = &L->dict[j];
        if (frame_col_init(f, j, L->header[j], L->types[j], L->forced[j], L->numeric_id[j]) ||
            (d->set && col_set_levels(c, (const char *const *)d->levels, d->lens, d->n))) {
            ct_frame_destroy(f);
            return CT_ENOMEM;
        }
        c->repeat_of = L->repeat_of[j];
        c->base = L->map.data;
        c->base_len = L->map.len;
        if (L->opt->decimal != '.' || L->opt->thousands) {
            c->dec = L->opt->decimal;
            c->tsep = L->opt->thousands;
        }
    }
    *out = f;
    return CT_OK;
}

int loader_fix_dicts(loader *L, ct_frame *f)
{
    for (size_t j = 0; j < L->ncols; j++) {
        ct_column *c = f->cols[j];
        if (c->type != CT_TYPE_CATEGORY || L->dict[j].set)
            continue;
        if (dict_set(&L->dict[j], (const char *const *)c->levels, c->level_len, c->nlevels))
            return -1;
        c->fixed = 1;
    }
    return 0;
}

/* The record is a lone Ctrl-Z (0x1A), a DOS end-of-file mark. */
static int is_ctrl_z(const ct_csv_record *rec)
{
    return rec->nfields == 1 && rec->fields[0].len == 1 && rec->fields[0].ptr &&
           rec->fields[0].ptr[0] == '\x1A';
}

static const char *wrapped_hint(const ct_csv_record *rec, char delim, size_t expected)
{
    if (is_ctrl_z(rec))
        return "the line is a lone Ctrl-Z (byte 0x1A), the end-of-file mark old DOS and Windows "
               "tools append: delete it (pandas reads it as a row of one junk value)";
    if (rec->nfields == 1 && expected > 1 && rec->fields[0].quoted &&
        memchr(rec->fields[0].ptr, delim, rec->fields[0].len))
        return "the whole line is wrapped in quotes - a spreadsheet export?";
    if (rec->nfields > expected)
        for (size_t k = 0; k < rec->nfields; k++) {
            const ct_csv_field *fd = &rec->fields[k];
            size_t i = 0;
            while (!fd->quoted && fd->ptr && i < fd->len &&
                   (fd->ptr[i] == ' ' || fd->ptr[i] == '\t'))
                i++;
            if (i && i < fd->len && fd->ptr[i] == '"')
                return "a quoted field starts after a space (', \"...'): its quotes then count as "
                       "text (RFC 4180, and pandas), so a delimiter inside it splits it; remove "
                       "the "
                       "spaces after the delimiters (pandas: skipinitialspace=True)";
        }
    if (rec->nfields > expected) {
        /* the fields past the header's count all empty: delimiters ending
         * the line (a spreadsheet's empty columns) are as likely as an
         * unquoted delimiter before a missing last value (before
         * 2026-12-07 only the quotes were named:
         * tests/cli/files_trailing_delimiters_line) */
        size_t k = expected;
        while (k < rec->nfields && !rec->fields[k].quoted && rec->fields[k].len == 0)
            k++;
        if (k == rec->nfields)
            return rec->nfields - expected == 1
                       ? "the line's last field, one more than the header names, is empty: the "
                         "line may end with a delimiter too many, or a text field holding the "
                         "delimiter may be missing its quotes"
                       : "the line's last fields, more than the header names, are empty: the "
                         "line may end with delimiters too many (as a spreadsheet writes for "
                         "empty columns), or a text field holding the delimiter may be missing "
                         "its quotes";
        return "a text field holding the delimiter may be missing its quotes";
    }
    if (rec->nfields < expected && rec->nfields > 1)
        return "the line may have been cut short or split across lines";
    /* one field: no delimiter at all (before 2026-12-02, no hint) */
    if (rec->nfields == 1 && expected > 1)
        return "the line holds no delimiter: a line that is not a record (a note, a title or a "
               "total under the data), or the end of the line above, split off by a line break "
               "in an unquoted text field";
    return "";
}

/* The physical line a record ends on: its start plus the line breaks its
 * (quoted) fields hold. */
static long record_last_line(const ct_csv_record *rec)
{
    long last = rec->line;
    for (size_t k = 0; k < rec->nfields; k++)
        if (rec->fields[k].ptr)
            last += (long)ct_csv_line_breaks(rec->fields[k].ptr, rec->fields[k].len);
    return last;
}

/* A record with fewer fields than the header (but more than one): how
 * many it lacks and what pandas does with them (fills them with NaN, no
 * error); when every missing column is one the header leaves unnamed (a
 * trailing delimiter, as a spreadsheet export of an empty column writes
 * it), the row likely lost its trailing delimiter. */
static void short_hint(const loader *L, const ct_csv_record *rec, char *hint, size_t cap)
{
    const size_t miss = L->ncols - rec->nfields;
    size_t unnamed = 0;
    for (size_t j = rec->nfields; j < L->ncols; j++)
        unnamed += L->header[j][0] == '\0' || strncmp(L->header[j], "Unnamed: ", 9) == 0;
    int w;
    if (unnamed == miss)
        w = snprintf(hint, cap,
                     "the row has %zu fields where the header has %zu: it lacks the last %s, "
                     "which the header leaves unnamed (a trailing '%c', as an export of an empty "
                     "column writes it); pandas fills %s with NaN; the row likely lost its "
                     "trailing '%c'",
                     rec->nfields, L->ncols, miss == 1 ? "column" : "columns", L->opt->delimiter,
                     miss == 1 ? "it" : "them", L->opt->delimiter);
    else if (miss == 1)
        w = snprintf(hint, cap,
                     "the row has %zu fields where the header has %zu, and pandas fills the "
                     "missing last column, '%s', with NaN: the line may have been cut short or "
                     "split across lines",
                     rec->nfields, L->ncols, L->header[rec->nfields]);
    else
        w = snprintf(hint, cap,
                     "the row has %zu fields where the header has %zu, and pandas fills the "
                     "missing last %zu columns, from '%s' on, with NaN: the line may have been "
                     "cut short or split across lines",
                     rec->nfields, L->ncols, miss, L->header[rec->nfields]);
    (void)w;
}

/* A bad record over several lines: a quote opened on its first line that
 * closes lines later swallowed the good rows between (they are not counted
 * as rows): said in the hint, with the lines, before any other cause. */
long loader_record_end(const ct_csv_record *rec)
{
    long last = record_last_line(rec);
    if (rec->error == CT_CSV_AFTER_QUOTE && rec->error_line > last)
        last = rec->error_line;
    /* a quote never closed runs to the end of the file: its line end is
     * the last line's, no line after it */
    const ct_csv_field *lf = rec->nfields ? &rec->fields[rec->nfields - 1] : NULL;
    if (rec->error == CT_CSV_UNTERMINATED && lf && lf->ptr && lf->len &&
        (lf->ptr[lf->len - 1] == '\n' || lf->ptr[lf->len - 1] == '\r') && last > rec->line)
        last--;
    return last;
}

void loader_count_skipped(ct_load_stats *st, const ct_csv_record *rec)
{
    const long last = loader_record_end(rec);
    st->rows_skipped++;
    st->skipped_lines += last >= rec->line ? (uint64_t)(last - rec->line) + 1 : 1;
    if (st->nskipped < CT_LOAD_SPANS_MAX) {
        st->skipped[st->nskipped].line = rec->line;
        st->skipped[st->nskipped].last_line = last >= rec->line ? last : rec->line;
        st->nskipped++;
    }
}

static void spanning_hint(const ct_csv_record *rec, char delim, size_t expected, ct_diag *d)
{
    const long last = loader_record_end(rec);
    if (last <= rec->line)
        return;
    char tail[CT_DIAG_MSG_MAX];
    memcpy(tail, d->hint, sizeof tail);
    tail[sizeof tail - 1] = '\0';
    /* a quote missing its pair swallows whole rows, delimiters and all; a
     * short record whose quoted line breaks hold no delimiter has its
     * quotes paired: the line break is the field's text (RFC 4180), and the
     * record is short of fields for another reason (said in tail) */
    size_t broken = SIZE_MAX;
    int swallowed = rec->error != CT_CSV_OK || rec->nfields >= expected;
    for (size_t k = 0; k < rec->nfields && !swallowed; k++) {
        const ct_csv_field *fd = &rec->fields[k];
        if (!fd->ptr || !ct_csv_line_breaks(fd->ptr, fd->len))
            continue;
        if (!fd->quoted || memchr(fd->ptr, delim, fd->len))
            swallowed = 1;
        else if (broken == SIZE_MAX)
            broken = k;
    }
    const int paired = !swallowed && broken != SIZE_MAX;
    int w = paired ? snprintf(d->hint, sizeof d->hint,
                              "lines %ld to %ld are this one record: its quotes are paired, and "
                              "field %zu's quotes hold a line break (part of its text)",
                              rec->line, last, broken + 1)
                   : snprintf(d->hint, sizeof d->hint,
                              "lines %ld to %ld were read as this one record: a quote opened on "
                              "line %ld closes only on line %ld, so a quote is likely missing its "
                              "pair on line %ld (the lines between are part of this bad row, not "
                              "rows of their own)",
                              rec->line, last, rec->line, last, rec->line);
    size_t at = w > 0 && (size_t)w < sizeof d->hint ? (size_t)w : strlen(d->hint);
    const char *parts[2] = {tail[0] ? (paired ? "; " : "; or: ") : "", tail};
    for (int k = 0; k < 2; k++)
        for (const char *q = parts[k]; *q && at + 1 < sizeof d->hint; q++)
            d->hint[at++] = *q;
    d->hint[at] = '\0';
}

/* A record holding NUL bytes: where, how many, and the likely cause from
 * their shape (a record of nothing but NULs is a zero-filled block: the
 * tail of a file not completely written, or a damaged copy). */
static void nul_record(loader *L, const ct_csv_record *rec)
{
    size_t nul = 0, bytes = 0, first = SIZE_MAX;
    for (size_t k = 0; k < rec->nfields; k++) {
        const ct_csv_field *fd = &rec->fields[k];
        for (size_t i = 0; fd->ptr && i < fd->len; i++)
            if (fd->ptr[i] == '\0') {
                nul++;
                if (first == SIZE_MAX)
                    first = k;
            }
        bytes += fd->len;
    }
    ct_diag d;
    char cnt[32];
    ct_numfmt_count(cnt, sizeof cnt, (uint64_t)nul);
    if (first == SIZE_MAX) {
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, 0, "NUL byte in the data");
    } else if (nul == bytes) {
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, 1,
                    "the line is %s NUL byte%s and nothing else", cnt, nul == 1 ? "" : "s");
        char cmd[768];
        ct_shell_filter(cmd, sizeof cmd, "tr -d '\\000'", 0, L->name, L->gzip, "fixed");
        snprintf(d.hint, sizeof d.hint,
                 "a block of zero bytes: what a file not completely written leaves (a crash or a "
                 "full disk while it was saved, a copy cut short); get a complete copy, or, if "
                 "the rows before them are all there, delete the zeros: $ %s",
                 cmd);
    } else {
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)first + 1,
                    "%s NUL byte%s in the line, the first in field %zu (%s)", cnt,
                    nul == 1 ? "" : "s", first + 1,
                    first < L->ncols ? L->header[first] : "extra field");
        snprintf(d.hint, sizeof d.hint, "%s",
                 nul >= 16 ? "a run of zero bytes inside a line: that part of the file was never "
                             "written or was damaged in copying; get a good copy"
                           : "text holds no NUL bytes: the file is damaged, or binary data was "
                             "pasted into it");
    }
    report_bad(L, &d);
}

/* A record whose quoted field swallowed lines that look like rows
 * (ct_csv_swallowed): a bad row whatever else is true of it (it may even
 * have the header's field count), named by the lines read as the field,
 * the evidence, and the quote to mend; its lines past the first are
 * counted as reports lost (stats.swallowed_lines). */
static void swallowed_record(loader *L, const ct_csv_record *rec, const ct_csv_swallow *sw)
{
    ct_diag d;
    char nlike[32], nlines[32];
    ct_numfmt_count(nlike, sizeof nlike, (uint64_t)sw->like_rows);
    ct_numfmt_count(nlines, sizeof nlines, (uint64_t)sw->lines);
    const int open = rec->error == CT_CSV_UNTERMINATED && sw->field == rec->error_field;
    char closes[96], after[64] = "", nspan[32];
    ct_numfmt_count(nspan, sizeof nspan, (uint64_t)(loader_record_end(rec) - rec->line + 1));
    if (!open)
        snprintf(after, sizeof after, "%ld may be a stray one too", sw->last_line);
    if (open)
        snprintf(closes, sizeof closes, "is never closed (it runs to the end of the file)");
    else
        snprintf(closes, sizeof closes, "closes only on line %ld", sw->last_line);
    ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)sw->field + 1,
                "lines %ld to %ld%s were read as one field: the quote opening field %zu (%s) on "
                "line %ld %s; %s of the %s lines after it look like rows of their own (%zu "
                "delimiters or more, as the header has)",
                sw->first_line, sw->last_line, open ? " (the rest of the file)" : "", sw->field + 1,
                sw->field < L->ncols ? L->header[sw->field] : "extra field", sw->first_line, closes,
                nlike, nlines, L->ncols - 1);
    snprintf(d.hint, sizeof d.hint,
             "a stray quote on line %ld is the likely cause%s%s: a quote inside a value must "
             "be doubled (\"\"), or the value quoted whole; until it is mended, the %s lines "
             "are this one bad row, not reports",
             sw->first_line, open ? "" : ", and the quote closing the field on line ", after,
             nspan);
    report_bad(L, &d);
}

static int holds(const char *p, size_t n, const char *w);

/* A quoted field's text as the tokenizer keeps it after a closing quote
 * followed by more (p[0..n): the content, its quotes doubled, the closing
 * quote, then what followed up to the delimiter): 1 when only spaces and
 * tabs, at least one, follow the closing quote. */
static int blanks_after_quote(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && !(p[k] == '"' && (k + 1 == n || p[k + 1] != '"')))
        k += p[k] == '"' ? 2 : 1;
    if (k >= n || k + 1 == n)
        return 0;
    for (size_t j = k + 1; j < n; j++)
        if (p[j] != ' ' && p[j] != '\t')
            return 0;
    return 1;
}

/* The physical line on which field k of rec starts: the record's first
 * line plus the line breaks inside the fields before it. */
static long quote_open_line(const ct_csv_record *rec, size_t k)
{
    long line = rec->line;
    for (size_t j = 0; j < k && j < rec->nfields; j++) {
        const ct_csv_field *f = &rec->fields[j];
        if (f->ptr)
            line += (long)ct_csv_line_breaks(f->ptr, f->len);
    }
    return line;
}

/* A record the tokenizer flagged, or with the wrong field count: reported. */
static void bad_record(loader *L, const ct_csv_record *rec)
{
    ct_diag d;
    ct_csv_swallow sw;
    if (ct_csv_swallowed(rec, L->ncols, L->opt->delimiter, &sw) == 1) {
        const long last = loader_record_end(rec);
        L->stats.swallowed_lines += last > rec->line ? (uint64_t)(last - rec->line) : 0;
        swallowed_record(L, rec, &sw);
        return;
    }
    if (rec->error == CT_CSV_OK) {
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, 0, "expected %zu fields, found %zu", L->ncols,
                    rec->nfields);
        snprintf(d.hint, sizeof d.hint, "%s", wrapped_hint(rec, L->opt->delimiter, L->ncols));
        /* counts grouped by the delimiter itself (4,593 in a ',' file):
         * said from the fields, when they re-join to the header's count
         * as numbers of the schema's numeric columns (before 2026-12-07
         * "a text field holding the delimiter may be missing its quotes":
         * tests/cli/load_thousands_delimiter_counts) */
        char split[160];
        if (rec->nfields > L->ncols && loader_delim_thousands(L, rec, split, sizeof split))
            snprintf(d.hint, sizeof d.hint,
                     "the extra fields re-join as numbers of %s (1 to 3 digits, then groups "
                     "of 3 after each ','): counts written with ',' thousands separators in a "
                     "',' file: the file must quote them or use another delimiter",
                     split);
        if (rec->nfields < L->ncols && rec->nfields > 1)
            short_hint(L, rec, d.hint, sizeof d.hint);
        if (rec->nfields < L->ncols && !is_ctrl_z(rec) && L->csv &&
            ct_csv_ended_inside_line(L->csv))
            /* --on-bad-row=skip named only when rows are failed on: a
             * loader that skips them (score, its rows up to --max-rejected)
             * has read the rows before it, and its command has no such
             * option (before 2026-12-04 score's hint named it, and score
             * refuses it: tests/cli/score_cut_row_hint_names_no_foreign_option) */
            snprintf(d.hint, sizeof d.hint,
                     "the file ends inside this line (no line end after it): the file was cut "
                     "short, as by an interrupted download or copy; get the whole file (the "
                     "rows before it are whole%s)",
                     L->opt->on_bad_row == CT_BAD_ROW_FAIL ? ": --on-bad-row=skip reads them"
                                                           : ", and were read");
        spanning_hint(rec, L->opt->delimiter, L->ncols, &d);
        report_bad(L, &d);
        return;
    }
    static const char *const what[] = {"", "unterminated quoted field (runs to end of file)",
                                       "unexpected character after a closing quote",
                                       "invalid UTF-8", "NUL byte in the data"};
    if (rec->error == CT_CSV_NUL) {
        nul_record(L, rec);
        return;
    }
    if (rec->error == CT_CSV_BAD_UTF8) /* the field in the message: the hint is the file's */
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)rec->error_field + 1,
                    "%s in field %zu (%s)", what[rec->error], rec->error_field + 1,
                    rec->error_field < L->ncols ? L->header[rec->error_field] : "extra field");
    else
        ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)rec->error_field + 1, "%s",
                    what[rec->error]);
    if (rec->error == CT_CSV_UNTERMINATED)
        /* the column by its header name and the line the quote opens on
         * (the record's line plus the line breaks in the fields before it),
         * as docs/cli.md says; before 2026-12-06 the field's number alone:
         * tests/cli/inspect_unterminated_names_column */
        snprintf(d.hint, sizeof d.hint,
                 "the quote opening field %zu (%s) on line %ld is never closed",
                 rec->error_field + 1,
                 rec->error_field < L->ncols ? L->header[rec->error_field] : "extra field",
                 quote_open_line(rec, rec->error_field));
    else if (rec->error == CT_CSV_AFTER_QUOTE) {
        /* a wrapped line's first quoted part swallows delimiters ("1,claim,"
         * then the rest), so the line has too few fields; a first field such
         * as "q"x holds none: a quote that should be doubled, as elsewhere */
        const int wrapped = rec->error_field == 0 && rec->nfields > 0 && rec->nfields < L->ncols &&
                            rec->fields[0].ptr &&
                            memchr(rec->fields[0].ptr, L->opt->delimiter, rec->fields[0].len);
        snprintf(d.hint, sizeof d.hint, "%s",
                 wrapped ? "the whole line may be wrapped in quotes - a spreadsheet export?"
                         : "a quote inside a quoted field must be doubled (\"\")");
        /* the quote that closed the field early has a backslash before
         * it: quotes escaped as \" (JSON, MySQL's export, Python's csv
         * with escapechar), which CSV does not read (before 2026-12-05
         * only "must be doubled": tests/cli/inspect_backslash_quotes) */
        const ct_csv_field *ef =
            rec->error_field < rec->nfields ? &rec->fields[rec->error_field] : NULL;
        if (!wrapped && ef && ef->ptr && holds(ef->ptr, ef->len, "\\\"")) {
            char cmd[768];
            ct_shell_filter(cmd, sizeof cmd, "sed 's/\\\\\"/\"\"/g'", 1, L->name, L->gzip, "fixed");
            snprintf(d.hint, sizeof d.hint,
                     "the quote has a backslash before it (\\\"): quotes escaped with a "
                     "backslash, as JSON and some exporters write them, which CSV does not "
                     "read (it doubles them, \"\"); double them: $ %s",
                     cmd);
        } else if (!wrapped && ef && ef->ptr && blanks_after_quote(ef->ptr, ef->len)) {
            /* "x y"  , : an exporter padding its fields; pandas keeps the
             * spaces as part of the value ('x y  '), RFC 4180 allows
             * nothing there (before 2026-12-06 the hint said a quote was
             * to be doubled: tests/cli/files_space_after_quote) */
            const char dl = L->opt->delimiter;
            char sed[96] = "", cmd[768] = "";
            if (dl == ',' || dl == ';')
                snprintf(sed, sizeof sed, "sed -E 's/\"[[:blank:]]+(%c|$)/\"\\1/g'", dl);
            if (sed[0])
                ct_shell_filter(cmd, sizeof cmd, sed, 1, L->name, L->gzip, "trimmed");
            snprintf(d.hint, sizeof d.hint,
                     "spaces after the closing quote (\"...\" %c), as exporters padding their "
                     "fields write them: pandas keeps them as part of the value, RFC 4180 allows "
                     "nothing there; remove them%s%s",
                     dl == '\t' ? ' ' : dl, cmd[0] ? ": $ " : "", cmd);
        }
        spanning_hint(rec, L->opt->delimiter, L->ncols, &d);
    } else if (rec->error == CT_CSV_BAD_UTF8)
        cp1252_hint(L, d.hint, sizeof d.hint);
    report_bad(L, &d);
}

/* p[0..n) holds the string w. */
static int holds(const char *p, size_t n, const char *w)
{
    const size_t m = strlen(w);
    for (size_t k = 0; k + m <= n; k++)
        if (memcmp(p + k, w, m) == 0)
            return 1;
    return 0;
}

/* A value that is not a number in the format given (--decimal,
 * --thousands), though its shape says why: written in the plain format
 * ('.' decimal point), or with a thousands separator where none may be.
 * 1 with hint set, else 0. */
static int number_format_hint(const ct_column *c, const char *p, size_t n, char *hint, size_t cap)
{
    double v;
    int integral;
    if (c->dec != '.' && c->tsep != '.' && memchr(p, '.', n) &&
        ct_parse_number(p, n, &v, &integral) == 0) {
        snprintf(hint, cap,
                 "the value is written with '.' as its decimal point, but the numbers are read "
                 "with --decimal=%c: is the column written differently from the others?",
                 c->dec);
        return 1;
    }
    if (c->tsep && memchr(p, c->tsep, n)) {
        snprintf(hint, cap,
                 "a thousands separator ('%c', --thousands) must follow a digit of the whole "
                 "part, one at a time: a value with two in a row ('1..234'), one first or one "
                 "after the decimal mark is not read as a number",
                 c->tsep);
        return 1;
    }
    return 0;
}

/* A spreadsheet's accounting format for a negative number: "(1200)",
 * "(1,234.50)", digits and separators between parentheses. 1 with hint
 * set, else 0. */
static int accounting_negative_hint(const char *p, size_t n, char *hint, size_t cap)
{
    if (n < 3 || p[0] != '(' || p[n - 1] != ')')
        return 0;
    size_t digits = 0;
    for (size_t k = 1; k + 1 < n; k++) {
        if (p[k] >= '0' && p[k] <= '9')
            digits++;
        else if (!strchr(",. '", p[k]))
            return 0;
    }
    if (!digits || !(p[1] >= '0' && p[1] <= '9'))
        return 0;
    snprintf(hint, cap,
             "parentheses around a number are a spreadsheet's accounting format for a negative "
             "value ('%.*s' is -%.*s): write it with a minus sign, or format the cells as plain "
             "numbers before exporting",
             (int)n, p, (int)(n - 2), p + 1);
    return 1;
}

/* A time of day or a duration as a spreadsheet's time format shows it:
 * "0:59" (m:ss or h:mm), "1:02:03" (h:mm:ss), seconds with an optional
 * fraction ("0:59.5"). 1 with hint set, else 0. */
static int duration_hint(const char *p, size_t n, char *hint, size_t cap)
{
    size_t k = 0, parts = 0;
    double v[3] = {0, 0, 0};
    while (k < n) {
        const size_t start = k;
        double x = 0;
        while (k < n && p[k] >= '0' && p[k] <= '9')
            x = 10 * x + (p[k++] - '0');
        const size_t d = k - start;
        /* the first part any width, the later ones two digits */
        if (d == 0 || (parts > 0 && d != 2) || parts == 3)
            return 0;
        v[parts++] = x;
        if (k < n && p[k] == ':') {
            k++;
            continue;
        }
        if (k < n && p[k] == '.' && parts >= 2) { /* a fraction of the last part */
            k++;
            if (k == n)
                return 0;
            for (double scale = 0.1; k < n && p[k] >= '0' && p[k] <= '9'; scale /= 10)
                v[parts - 1] += scale * (p[k++] - '0');
        }
        break;
    }
    if (k != n || parts < 2 || v[1] >= 60 || (parts == 3 && v[2] >= 60))
        return 0;
    const double secs = parts == 3 ? 3600 * v[0] + 60 * v[1] + v[2] : 60 * v[0] + v[1];
    snprintf(hint, cap,
             "'%.*s' is a time or a duration as a spreadsheet's time format shows it (%s): "
             "write it as one number in the column's unit (as %s, it is %.6g seconds), or "
             "format the cells as plain numbers before exporting",
             (int)n, p, parts == 3 ? "h:mm:ss" : "m:ss or h:mm", parts == 3 ? "h:mm:ss" : "m:ss",
             secs);
    return 1;
}

/* The likely cause of a number that does not parse, from its shape: digits
 * grouped by ',' '.' ' ' or '\'' (a spreadsheet's thousands separators), a
 * decimal comma, a percent or currency sign, a k/M suffix, control
 * characters (a terminal escape sequence), or a fraction in
 * a whole-number column (schema_int: whole by the schema, whose way out,
 * --no-schema, is named). Leaves hint empty when no shape is recognised. */
static void number_hint(const loader *L, const ct_column *c, const char *p, size_t n, int want_int,
                        int schema_int, char *hint, size_t cap)
{
    hint[0] = '\0';
    const char delim = L->opt->delimiter;
    const char *const raw = p;
    const size_t nraw = n;
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    /* spaces alone, or around a missing-value spelling: pandas reads both
     * as text, not missing; the spelling to give is the field's own */
    if (nraw && (n == 0 || (n < nraw && is_na(&L->na, p, n)))) {
        snprintf(hint, cap,
                 n == 0 ? "the field holds only spaces (a blank cell that is not empty), which "
                          "pandas reads as text, not as missing; read it as missing: "
                          "--na-values='%.*s'"
                        : "a missing-value spelling with spaces around it, which pandas reads "
                          "as text, not as missing; remove the spaces, or read it as missing "
                          "as written: --na-values='%.*s'",
                 (int)nraw, raw);
        return;
    }
    size_t i = 0;
    if (i < n && (p[i] == '-' || p[i] == '+'))
        i++;
    /* a missing value spelled as pandas 1.5 does not read one
     * (na_spelling_like) */
    if (na_spelling_like(p, n)) {
        /* --na-values matches the field as written, spaces and all (as
             * pandas' na_values): the spelling to give is the field's own */
        if (n < nraw)
            snprintf(hint, cap,
                     "'%.*s' looks like a missing value with spaces around it%s, but it is "
                     "not one of the spellings read as missing (pandas 1.5's); add it as "
                     "written: --na-values='%.*s'",
                     (int)n, p,
                     n == 1 && *p == '-' ? " (a spreadsheet's accounting format shows an "
                                           "empty or zero cell so)"
                                         : "",
                     (int)nraw, raw);
        else
            snprintf(hint, cap,
                     "'%.*s' looks like a missing value, but it is not one of the spellings "
                     "read as missing (pandas 1.5's); add it: --na-values='%.*s'",
                     (int)n, p, (int)n, p);
        return;
    }
    /* \N: NULL as MySQL's SELECT ... INTO OUTFILE and mysqldump --tab,
     * and PostgreSQL's COPY text format, write it (before 2026-12-06 no
     * hint: tests/cli/files_mysql_null_hint) */
    if (n == 2 && p[0] == '\\' && p[1] == 'N') {
        snprintf(hint, cap,
                 "'\\N' is NULL as a database export writes it (MySQL's INTO OUTFILE or "
                 "mysqldump, PostgreSQL's COPY), which pandas reads as text; read it as "
                 "missing: --na-values='\\N'");
        return;
    }
    /* a minus sign that is not the ASCII '-' (U+2212 as typeset text and
     * some locales' number formats write it, an en dash, the small and
     * full-width hyphen-minus) before a digit: pandas reads it as text
     * (before 2026-12-06 said to be "a currency sign or other symbol":
     * tests/cli/files_unicode_minus_hint) */
    static const struct {
        const char *bytes, *what;
    } minus_like[] = {
        {"\xE2\x88\x92", "a minus sign U+2212"},
        {"\xE2\x80\x93", "an en dash U+2013"},
        {"\xEF\xB9\xA3", "a small hyphen-minus U+FE63"},
        {"\xEF\xBC\x8D", "a full-width hyphen-minus U+FF0D"},
    };
    for (size_t k = 0; k < sizeof minus_like / sizeof minus_like[0]; k++)
        if (n > 3 && memcmp(p, minus_like[k].bytes, 3) == 0 &&
            ((p[3] >= '0' && p[3] <= '9') || p[3] == '.')) {
            snprintf(hint, cap,
                     "the value starts with %s ('%.3s'), not the ASCII '-' that numbers take, as "
                     "typeset text and some locales' number formats write it; pandas reads it "
                     "as text too: replace it with '-'",
                     minus_like[k].what, minus_like[k].bytes);
            return;
        }
    /* a spreadsheet formula's error value (Excel, LibreOffice, Google
     * Sheets: #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #NULL!, #SPILL!,
     * #ERROR!): '#', then letters, digits, '/' or '_', then '!' or '?' */
    if (n >= 3 && n <= 16 && p[0] == '#' && (p[n - 1] == '!' || p[n - 1] == '?')) {
        size_t k = 1;
        while (k < n - 1 && (isalnum((unsigned char)p[k]) || p[k] == '/' || p[k] == '_'))
            k++;
        if (k == n - 1) {
            snprintf(hint, cap,
                     "'%.*s' is a spreadsheet's error value (the cell's formula failed): fix "
                     "the formula in the sheet, or read it as missing: --na-values='%.*s'",
                     (int)n, p, (int)n, p);
            return;
        }
    }
    /* a spreadsheet's formula saved as its text, not its value: Excel's
     * ="1234" (a number kept as text, as exports of ids write it), a
     * computed cell (=SUM(H2:H4), =A2*2), and the apostrophe a sheet puts
     * before a number typed as text ('5678) when an export keeps it */
    if (n >= 4 && p[0] == '=' && p[1] == '"' && p[n - 1] == '"') {
        char cmd[CT_DIAG_MSG_MAX / 2];
        ct_shell_filter(cmd, sizeof cmd, "sed -E 's/=\"\"?([0-9.]+)\"\"?/\\1/g'", 1, L->name,
                        L->gzip, "numbers");
        snprintf(hint, cap,
                 "Excel's =\"...\" form, which keeps a number as text (an export protecting "
                 "ids or leading zeros): remove the = and the quotes: $ %s",
                 cmd);
        return;
    }
    if (n >= 2 && p[0] == '=' && (isalpha((unsigned char)p[1]) || p[1] == '(')) {
        snprintf(hint, cap,
                 "a spreadsheet formula saved as its text, not its value: save the sheet as "
                 "CSV from the spreadsheet program (which writes each cell's value), or paste "
                 "the cells as values before exporting");
        return;
    }
    if (n >= 2 && p[0] == '\'' && (isdigit((unsigned char)p[1]) || p[1] == '-' || p[1] == '.')) {
        snprintf(hint, cap,
                 "the leading apostrophe is a spreadsheet's mark for a number typed as text "
                 "(not part of the value in the sheet, kept by this export): remove it");
        return;
    }
    if (n && p[n - 1] == '\x1A') {
        snprintf(hint, cap,
                 "the value ends with a Ctrl-Z (byte 0x1A, shown as \xE2\x90\x9A), the "
                 "end-of-file mark old DOS and Windows tools append: delete it (inside a file, "
                 "such a mark is where two files were joined)");
        return;
    }
    /* a control character is evidence of its own: no number holds one, and
     * the shapes below (a k/M suffix, a currency sign) would misread ESC[0m
     * at the end of a coloured 1200 as an abbreviated number */
    size_t ctrl = 0;
    while (ctrl < n && (unsigned char)p[ctrl] >= 0x20 && p[ctrl] != 0x7f)
        ctrl++;
    if (ctrl < n) {
        if (memchr(p, '\x1B', n))
            snprintf(hint, cap,
                     "the value holds a terminal escape sequence (ESC, byte 0x1B, shown as "
                     "\xE2\x90\x9B, "
                     "then codes such as [31m: colours or cursor moves a program wrote for a "
                     "terminal), not a number's shape: export the data without colours, or "
                     "remove the sequences");
        else {
            char pic[8] = "";
            pic[ct_utf8_control_picture((unsigned char)p[ctrl], pic)] = '\0';
            snprintf(hint, cap,
                     "the value holds a control character (byte 0x%02X, shown as %s), which no "
                     "number holds: the field is damaged or the column holds other data; "
                     "remove it",
                     (unsigned char)p[ctrl], pic);
        }
        return;
    }
    if (accounting_negative_hint(p, n, hint, cap) || duration_hint(p, n, hint, cap))
        return;
    /* a hexadecimal number (0x1F), which pandas reads as text too: its
     * decimal value given (before 2026-12-04 no hint, where every other
     * malformed number had one: tests/cli/inspect_hexadecimal_hint) */
    uint64_t hex;
    if (hex_number(p, n, &hex)) {
        snprintf(hint, cap,
                 "a hexadecimal number, which pandas reads as text too: write it in decimal "
                 "('%.*s' is %s%" PRIu64 ")",
                 (int)n, p, p[0] == '-' ? "-" : "", hex);
        return;
    }
    /* Unicode spaces and digits that look like ASCII ones in a message */
    static const struct {
        const char *bytes, *what;
    } look_alike[] = {
        {"\xC2\xA0", "a no-break space (U+00A0)"},
        {"\xE2\x80\xAF", "a narrow no-break space (U+202F)"},
        {"\xE2\x80\x89", "a thin space (U+2009)"},
        {"\xE2\x80\x87", "a figure space (U+2007)"},
    };
    for (size_t k = 0; k < sizeof look_alike / sizeof look_alike[0]; k++)
        if (holds(p, n, look_alike[k].bytes)) {
            snprintf(hint, cap,
                     "the value holds %s, which prints as a space (shown here by its code "
                     "point): spreadsheets write it between digit groups (thousands "
                     "separators) or after a number; remove it",
                     look_alike[k].what);
            return;
        }
    /* a typographic apostrophe between digits (1’234, a Swiss number
     * format's thousands separator as a word processor or a web page
     * writes it): --thousands takes an ASCII character only (before
     * 2026-12-06 no hint: tests/cli/load_thousands_apostrophe_shown) */
    for (size_t k = 1; k + 3 < n; k++)
        if (memcmp(p + k, "\xE2\x80\x99", 3) == 0 && p[k - 1] >= '0' && p[k - 1] <= '9' &&
            p[k + 3] >= '0' && p[k + 3] <= '9') {
            snprintf(hint, cap,
                     "the digits are grouped by a typographic apostrophe (U+2019, as a Swiss "
                     "number format writes 1\xE2\x80\x99"
                     "234): --thousands takes an ASCII character only; replace it by \"'\" in "
                     "the numbers (not in text, where it is an apostrophe) and read the file "
                     "with --thousands=\"'\"");
            return;
        }
    for (size_t k = 0; k + 2 < n; k++)
        if ((unsigned char)p[k] == 0xEF && (unsigned char)p[k + 1] == 0xBC &&
            (unsigned char)p[k + 2] >= 0x90 && (unsigned char)p[k + 2] <= 0x99) {
            snprintf(hint, cap,
                     "full-width digits (U+FF10 to U+FF19, as a CJK input method types "
                     "them): write the ASCII digits 0-9");
            return;
        }
    /* digits of another script, as a locale's number format writes them */
    static const struct {
        unsigned char b0, b1, lo, hi; /* UTF-8: b0 (b1) then lo..hi */
        const char *what;
    } script_digits[] = {
        {0xD9, 0, 0xA0, 0xA9, "Arabic-Indic digits (U+0660 to U+0669)"},
        {0xDB, 0, 0xB0, 0xB9, "Eastern Arabic-Indic (Persian) digits (U+06F0 to U+06F9)"},
        {0xE0, 0xA5, 0xA6, 0xAF, "Devanagari digits (U+0966 to U+096F)"},
        {0xE0, 0xA7, 0xA6, 0xAF, "Bengali digits (U+09E6 to U+09EF)"},
    };
    for (size_t t = 0; t < sizeof script_digits / sizeof script_digits[0]; t++) {
        const size_t w = script_digits[t].b1 ? 3 : 2;
        for (size_t k = 0; k + w <= n; k++) {
            const unsigned char *u = (const unsigned char *)p + k;
            if (u[0] == script_digits[t].b0 && (w == 2 || u[1] == script_digits[t].b1) &&
                u[w - 1] >= script_digits[t].lo && u[w - 1] <= script_digits[t].hi) {
                snprintf(hint, cap,
                         "%s, as a locale's number format writes them; pandas reads them as "
                         "text: write the ASCII digits 0-9",
                         script_digits[t].what);
                return;
            }
        }
    }
    /* a number in the format given (--decimal, --thousands) that does not
     * fit the column (a fraction in a count): not a grouping */
    double fv;
    int fint;
    const int in_format = c->dec && col_parse_number(c, p, n, &fv, &fint, NULL) == 0;
    int cur = i < n && (p[i] == '$' || (unsigned char)p[i] >= 0x80);
    int pct = n && p[n - 1] == '%';
    int suffix = n > 1 && strchr("kKmMbB", p[n - 1]) && p[n - 2] >= '0' && p[n - 2] <= '9';
    /* digit groups of 3 after the first (1-3 digits, not starting with 0:
     * "0.001" is a fraction, never a grouped 1; before 2026-12-05 it got
     * --thousands=., which read it as 1: tests/cli/load_leading_zero_not_grouped),
     * one separator kind */
    size_t j;
    char sep;
    const size_t groups = digit_groups(p, n, i, &sep, &j);
    if (groups && !in_format && sep != c->dec &&
        (j == n || (sep != '.' && p[j] == '.') || (sep == '.' && p[j] == ','))) {
        char opt[64]; /* a separator that is the delimiter is quoted: pandas reads it too */
        snprintf(opt, sizeof opt, "read them with --thousands=%s%s",
                 sep == '\''  ? "\"'\""
                 : sep == ' ' ? "' '"
                 : sep == '.' ? "."
                 : sep == '_' ? "_"
                              : ",",
                 sep == '.' && j < n && delim != ',' ? " --decimal=," : "");
        /* a quote shown between double quotes: "'''" read as a typo
         * (before 2026-12-06: tests/cli/load_thousands_apostrophe_shown) */
        snprintf(hint, cap, "the digits are grouped by %s%c%s (thousands separators, as %s): %s",
                 sep == '\'' ? "\"" : "'", sep, sep == '\'' ? "\"" : "'",
                 sep == '_' ? "Python writes 1_000" : "a spreadsheet formats numbers", opt);
        return;
    }
    if (c->dec && !in_format && number_format_hint(c, p, n, hint, cap))
        return;
    size_t comma = 0, other = 0, zeros = 0; /* zeros: after the comma, only '0's */
    for (size_t k = i; k < n; k++) {
        comma += p[k] == ',', other += !(p[k] >= '0' && p[k] <= '9') && p[k] != ',';
        zeros = comma && p[k] != ',' ? zeros + (p[k] == '0') : zeros;
    }
    const size_t comma_at = comma ? (size_t)((const char *)memchr(p, ',', n) - p) : n;
    const int whole = comma == 1 && zeros == n - comma_at - 1;
    if (comma == 1 && !other && n > i + 1 && p[i] != ',' && p[n - 1] != ',' && c->dec != ',')
        snprintf(hint, cap, "%s",
                 delim == ',' ? "a decimal comma in a comma-delimited file: export it with another "
                                "delimiter (';') and read it with --delimiter=';' --decimal=,"
                 /* '343296,0': a whole number with a zero fraction, as pandas
                  * writes a count column holding missing values (floats) and a
                  * spreadsheet may: the decimal mark alone is the fix (before
                  * 2026-12-04 the hint said "another quantity": tests/cli/
                  * files_decimal_comma_zero_fraction) */
                 : want_int && whole
                     ? "a decimal comma (--decimal=, reads it, as pandas' decimal=','): the "
                       "fraction is zero, a whole number written as a float, as pandas and "
                       "spreadsheets write counts in a column with missing values"
                 : want_int
                     ? (schema_int
                            ? "a decimal comma (--decimal=, reads it, as pandas' decimal=','), "
                              "in a column the schema reads as whole numbers: a fraction here "
                              "suggests the column holds another quantity (--no-schema reads "
                              "each column by its values, as pandas does)"
                            : "a decimal comma (--decimal=, reads it, as pandas' decimal=','), "
                              "in a column of whole numbers: a fraction here suggests the "
                              "column holds another quantity")
                     : "a decimal comma: read it with --decimal=, (pandas' decimal=',')");
    else if (pct)
        snprintf(hint, cap, "a percent sign: write the number alone");
    else if (cur)
        snprintf(hint, cap,
                 "a currency sign or other symbol before the number: write the "
                 "number alone");
    else if (suffix)
        snprintf(hint, cap, "an abbreviated number ('%c' suffix, as 1.2k): write it in full",
                 p[n - 1]);
    else if (want_int) {
        double v;
        int integral;
        if (col_parse_number(c, p, n, &v, &integral, NULL) >= 0 && isinf(v))
            snprintf(hint, cap,
                     "%sno count is that large, so the field is damaged or the column holds "
                     "another quantity",
                     (p[i] | 0x20) == 'i' ? "an infinite value: " : "");
        else if (col_parse_number(c, p, n, &v, &integral, NULL) == 0 && !integral)
            /* a column whole by the schema may not be so in this export
             * (durations in fractions of a second): the way out named */
            snprintf(hint, cap, "%s%s",
                     schema_int ? "the schema reads this column as whole numbers; a fraction "
                                  "here suggests the column holds another quantity, or values "
                                  "shifted by a column"
                                : "a fraction in a column of whole numbers suggests the column "
                                  "holds another quantity, or values shifted by a column",
                     schema_int ? " (--no-schema reads each column by its values, as pandas "
                                  "does)"
                                : "");
    }
}

/* An exact identifier's field as an int64 (parse_exact_i64), its
 * thousands separators dropped first. */
static int exact_i64(const ct_column *c, const ct_csv_field *fd, int64_t *x)
{
    if (!c->dec)
        return parse_exact_i64(fd->ptr, fd->len, x);
    char buf[COL_NUMBER_MAX];
    const size_t n = ct_parse_number_local(fd->ptr, fd->len, c->dec, c->tsep, buf, sizeof buf);
    return n != (size_t)-1 && parse_exact_i64(buf, n, x);
}

/* Push whole number v (field fd) to an int column that keeps, or from
 * this value on must keep, exact values: its digits when they fit an
 * int64, else the double's value (1.0e17 or 1234.0, written as a float, is
 * the float pandas reads). A value beyond int64 ends the exact values:
 * doubles only from then on. 0, or -1 when out of memory. */
static int push_int_exact(ct_column *c, const ct_csv_field *fd, double v)
{
    int64_t x;
    if (!exact_i64(c, fd, &x)) {
        if (!(fabs(v) < 9223372036854775808.0)) {
            ct_free(c->i64);
            c->i64 = NULL;
            c->i64_lost = 1;
            return col_push_num(c, v);
        }
        x = (int64_t)v;
    }
    if (!c->i64 && col_make_i64(c))
        return -1;
    return col_push_i64(c, x);
}

/* The first data row holding words under every numeric column it fills
 * (`,,,sec,,,,views,...`): a second header line, as exports write units,
 * types or descriptions under the names; pandas reads it as a row, and
 * every such column as text. The hint says so and gives the command
 * dropping the line (before 2026-12-06 no hint: tests/cli/files_units_row_hint). */
static void units_row_hint(const loader *L, const ct_csv_record *rec, char *hint, size_t cap)
{
    /* the line right after the header, the first row read: a parallel
     * load's part counts its rows and lines from its own start */
    if (L->stats.rows_read != 1 || rec->line != L->header_line + 1 || rec->nfields != L->ncols)
        return;
    size_t words = 0;
    for (size_t k = 0; k < L->ncols; k++) {
        const ct_csv_field *e = &rec->fields[k];
        const ct_column *c = L->f->cols[k];
        if (!c->f64 || is_na(&L->na, e->ptr, e->len))
            continue;
        double v;
        int integral, letter = 0;
        if (col_parse_number(c, e->ptr, e->len, &v, &integral, NULL) == 0)
            return; /* a number under a numeric column: a row */
        for (size_t i = 0; i < e->len && !letter; i++)
            letter = isalpha((unsigned char)e->ptr[i]) || ((unsigned char)e->ptr[i] & 0x80);
        if (!letter)
            return;
        words++;
    }
    if (words < 2) /* one word alone may be one bad value of a row */
        return;
    /* sed's line numbers, which count no lone CR (ct_shell_delete_lines) */
    char cmd[768], why[160];
    ct_shell_delete_lines(cmd, sizeof cmd, why, sizeof why, L->name, L->gzip, rec->line,
                          loader_record_end(rec), "dropped");
    snprintf(hint, cap,
             "line %ld, the first under the header, holds words under every numeric column it "
             "fills (%zu): a second header line (units, types or descriptions, as some exports "
             "write them under the names), not a report; pandas reads it as a row, and each "
             "such column as text; drop it%s: $ %s",
             rec->line, words, why, cmd);
}

/* Check the numeric fields of a well-formed record (values into L->vals,
 * missing flags into L->vmiss); CT_EDATA, reported, at the first misfit. */
static ct_status check_values(loader *L, const ct_csv_record *rec)
{
    for (size_t j = 0; j < L->ncols; j++) {
        const ct_csv_field *fd = &rec->fields[j];
        const ct_column *c = L->f->cols[j];
        L->vmiss[j] = (uint8_t)is_na(&L->na, fd->ptr, fd->len);
        if (L->vmiss[j] || !c->f64)
            continue;
        int integral;
        if (c->type == CT_TYPE_ID && id_zero_padded(fd->ptr, fd->len)) {
            /* a guard: since 2026-12-03 a stream keeps every identifier
             * column as text (reader.c, ids_as_text), and a whole load sees
             * every value before it types the column, keeping such ids as
             * written (infer.c). Should a numeric id column fixed on
             * earlier rows meet one, as a number it would lose its zeros
             * ('0071' becomes '71', another report's id): refused,
             * reported, never changed */
            char v[48];
            ct_diag d;
            quote_value(v, sizeof v, fd->ptr, fd->len);
            ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)j + 1,
                        "column '%s': '%s' is an identifier written with leading zeros, after "
                        "rows whose identifiers were all plain numbers",
                        c->name, v);
            char win[32];
            ct_numfmt_count(win, sizeof win, (uint64_t)L->opt->infer_rows);
            snprintf(d.hint, sizeof d.hint,
                     "a stream fixes a column's type on its first %s rows; read as a number "
                     "this id would lose its zeros and name another report, so the row is "
                     "refused, not changed: write every id the same way (all zero-padded to "
                     "one width, or none)",
                     win);
            report_bad(L, &d);
            return CT_EDATA;
        }
        const int parsed = col_parse_number(c, fd->ptr, fd->len, &L->vals[j], &integral, NULL);
        if (parsed != 0 || (c->type == CT_TYPE_INT && !integral) ||
            (c->i64 && c->type != CT_TYPE_INT && !exact_i64(c, fd, &L->ivals[j]))) {
            char v[48];
            ct_diag d;
            quote_value(v, sizeof v, fd->ptr, fd->len);
            /* digits beyond a double's range (a 400-digit value) are a
             * number too large to hold, not "not a whole number" (before
             * 2026-12-03; tests/cli/files_number_beyond_range) */
            size_t digits = 0;
            for (size_t i = 0; i < fd->len; i++)
                digits += fd->ptr[i] >= '0' && fd->ptr[i] <= '9';
            const int sci = memchr(fd->ptr, 'e', fd->len) || memchr(fd->ptr, 'E', fd->len);
            if (parsed == 1 && !sci)
                ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)j + 1,
                            "column '%s': '%s' is beyond the range of a number (%zu digits; a "
                            "double holds at most 1.8e308)",
                            c->name, v, digits);
            else if (parsed == 1)
                ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)j + 1,
                            "column '%s': '%s' is beyond the range of a number (a double holds "
                            "at most 1.8e308)",
                            c->name, v);
            else
                ct_diag_set(&d, CT_EDATA, L->name, rec->line, (long)j + 1,
                            "column '%s': '%s' is not %s", c->name, v,
                            c->type == CT_TYPE_INT ? "a whole number"
                            : c->i64               ? "a whole-number identifier"
                                                   : "a number");
            number_hint(L, c, fd->ptr, fd->len, c->type == CT_TYPE_INT || c->i64,
                        L->forced[j] == CT_TYPE_INT, d.hint, sizeof d.hint);
            if (fd->len == strlen(c->name) && memcmp(fd->ptr, c->name, fd->len) == 0)
                header_line_repeat_hint(L, d.hint, sizeof d.hint);
            else if (!header_line_near_hint(L, rec, j, d.hint, sizeof d.hint))
                /* 'VIDEO_ID' under video_id (before 2026-12-04 only the
                 * number hint: tests/cli/files_header_line_other_case);
                 * else words under every number of the first row */
                units_row_hint(L, rec, d.hint, sizeof d.hint);
            report_bad(L, &d);
            return CT_EDATA;
        }
    }
    return CT_OK;
}

/* A record whose one fault is invalid UTF-8, read with every field
 * holding invalid UTF-8 made empty (missing) when the options ask it
 * (bad_utf8_missing): into *out, its fields L->mend. 1 when mended, *first
 * the first such field; 0 when not (left a bad row); -1 out of memory. */
static int mend_utf8(loader *L, const ct_csv_record *rec, ct_csv_record *out, size_t *first)
{
    if (!L->opt->bad_utf8_missing || rec->error != CT_CSV_BAD_UTF8 || rec->nfields != L->ncols)
        return 0;
    if (!L->mend && !(L->mend = ct_calloc(L->ncols ? L->ncols : 1, sizeof *L->mend)))
        return -1;
    *first = rec->nfields;
    for (size_t k = 0; k < rec->nfields; k++) {
        L->mend[k] = rec->fields[k];
        if (!ct_utf8_valid(rec->fields[k].ptr, rec->fields[k].len)) {
            L->mend[k].ptr = "";
            L->mend[k].len = 0;
            L->mend[k].quoted = 0;
            if (*first == rec->nfields)
                *first = k;
        }
    }
    *out = *rec;
    out->fields = L->mend;
    out->error = CT_CSV_OK;
    return 1;
}

ct_status loader_row(loader *L, const ct_csv_record *rec, ct_diag *diag)
{
    ct_frame *f = L->f;
    L->stats.rows_read++;
    /* the header of another export joined below this one (header_line.c):
     * its rows would be read in the wrong columns, skipped or not */
    if (header_line_kind(L, rec) == HEADER_LINE_OTHER)
        return header_line_refuse(L, rec, diag);
    ct_csv_swallow sw;
    const int swallowed = rec->fields ? ct_csv_swallowed(rec, L->ncols, L->opt->delimiter, &sw) : 0;
    ct_csv_record mended;
    size_t mended_field = 0;
    const int mend = swallowed == 1 ? 0 : mend_utf8(L, rec, &mended, &mended_field);
    if (mend < 0)
        return ct_diag_set(diag, CT_ENOMEM, L->name, rec->line, 0, "out of memory");
    if (mend)
        rec = &mended;
    if (rec->error != CT_CSV_OK || rec->nfields != L->ncols || swallowed == 1) {
        bad_record(L, rec);
        return CT_EDATA;
    }
    if (swallowed == 2 && L->stats.maybe_joined++ == 0) {
        L->stats.maybe_joined_line = sw.first_line;
        L->stats.maybe_joined_field = sw.field + 1;
    }
    /* valid UTF-8 beyond ASCII (the tokenizer checked it): the evidence
     * that a file's invalid lines mix encodings (ct_load_mixed_encoding);
     * a row read with its invalid fields missing is none of the "other
     * rows" that hint counts */
    for (size_t k = 0; !mend && k < rec->nfields; k++) {
        size_t i = 0;
        while (i < rec->fields[k].len && !((unsigned char)rec->fields[k].ptr[i] & 0x80))
            i++;
        if (i < rec->fields[k].len) {
            L->stats.utf8_rows++;
            break;
        }
    }
    if (check_values(L, rec))
        return CT_EDATA;
    size_t unseen = 0, j;
    for (j = 0; j < L->ncols; j++) {
        const ct_csv_field *fd = &rec->fields[j];
        ct_column *c = f->cols[j];
        int rc;
        if (c->tsep && !L->vmiss[j] && (c->f64 || c->i64))
            col_note_tsep(c, c->n, fd->ptr, fd->len); /* "12.0" with --thousands=. */
        if (L->vmiss[j])
            rc = col_push_missing(c);
        else if (c->type == CT_TYPE_INT && !c->i64_lost &&
                 (c->i64 || !(fabs(L->vals[j]) < COL_EXACT_LIMIT)))
            rc = push_int_exact(c, fd, L->vals[j]);
        else if (c->i64)
            rc = col_push_i64(c, L->ivals[j]);
        else if (c->f64) {
            if (isinf(L->vals[j]))
                col_note_infinite(c, fd->ptr, fd->len); /* as written, for the refusals */
            rc = col_push_num(c, L->vals[j]);
        } else if (c->type == CT_TYPE_CATEGORY) {
            rc = col_push_cat(c, fd->ptr, fd->len);
            unseen += !rc && c->codes[c->n - 1] == CT_CODE_UNSEEN;
        } else {
            rc = col_reserve(c);
            if (!rc)
                rc = c->type == CT_TYPE_AUTO ? col_put_auto(c, fd->ptr, fd->len, 0)
                                             : col_put_str(c, fd->ptr, fd->len);
            if (!rc)
                c->miss[c->n++] = 0;
        }
        if (rc)
            break;
    }
    if (j < L->ncols || frame_push_line(f, rec->line)) {
        /* roll back the partial row so columns stay aligned */
        for (size_t k = 0; k < j; k++)
            col_pop(f->cols[k]);
        return ct_diag_set(diag, CT_ENOMEM, L->name, rec->line, 0, "out of memory");
    }
    L->stats.rows_used++;
    L->stats.unseen_values += unseen;
    if (mend) {
        if (L->stats.bad_utf8_rows++ == 0) {
            L->stats.bad_utf8_line = rec->line;
            L->stats.bad_utf8_field = mended_field + 1;
        }
        if (L->mend_calls && L->opt->on_mended_fn)
            L->opt->on_mended_fn(L->opt->on_mended_user, rec->line, mended_field);
    }
    return CT_OK;
}

ct_status loader_finish_types(loader *L, ct_diag *diag)
{
    for (size_t j = 0; j < L->ncols; j++) {
        ct_column *c = L->f->cols[j];
        if (c->type != CT_TYPE_AUTO)
            continue;
        if (col_infer(c, L->opt->max_categories, L->ids_as_text))
            return ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
        L->types[j] = c->type;
        /* 2: exact (int64) values, 1: doubles only, 0: strings */
        L->numeric_id[j] = (uint8_t)(c->type == CT_TYPE_ID && c->f64 ? 1 + (c->i64 != NULL) : 0);
    }
    return CT_OK;
}

/* A file-level diagnosis before any line is blamed (claimtriage/csv.h,
 * ct_csv_sniff): a file that is not delimited text, or not delimited as
 * told, fails as a whole with CT_EFORMAT, the evidence in the message. */
static ct_status loader_sniff(loader *L, ct_diag *diag)
{
    const char *head;
    size_t n;
    ct_status s = ct_csv_peek(L->csv, &head, &n, diag);
    if (s)
        return s;
    /* the whole input without a line end (the peek holds all of it) */
    L->head_no_eol = n > 0 && n == ct_csv_bytes_total(L->csv) && !memchr(head, '\n', n) &&
                     !memchr(head, '\r', n);
    L->gzip = L->map.heap || ct_csv_is_gzip(L->csv);
    L->stats.gzip = L->gzip;
    /* a name ending in ".gz" over bytes that are not gzip: pandas' read_csv
     * (compression='infer') refuses it (BadGzipFile), and reading it as
     * text blamed its layout ("no line end in the whole file") for what is
     * a mislabelled file or a failed download (tester 4, 2026-12-05) */
    const size_t nl = L->name ? strlen(L->name) : 0;
    if (!L->gzip && n > 0 && nl > 3 && L->name[nl - 3] == '.' && (L->name[nl - 2] | 0x20) == 'g' &&
        (L->name[nl - 1] | 0x20) == 'z') {
        char hex[40] = "";
        for (size_t k = 0, w = 0; k < n && k < 4; k++)
            w += (size_t)snprintf(hex + w, sizeof hex - w, "%02x", (unsigned char)head[k]);
        ct_diag_set(diag, CT_EFORMAT, L->name, 0, 0,
                    "named .gz but not gzip data: its first bytes are %s, not gzip's 1f8b", hex);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s",
                     "a mislabelled file or a download that failed (an error page saved under "
                     "the name); pandas' read_csv refuses it too (BadGzipFile); if it is a plain "
                     "CSV, rename it without .gz, else download it again");
        return CT_EFORMAT;
    }
    /* our own artifacts first: a model file or a --json output given as
     * the data file is named as what it is, not blamed row by row */
    const int kind = ct_artifact_misplaced(head, n, L->name, "a data CSV", diag);
    if (kind) {
        const int model = kind == CT_ARTIFACT_MODEL;
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s",
                     model ? "give the data CSV here; a model file is given with -m MODEL "
                             "(evaluate, score)"
                           : "give the data CSV here, the file the output was made from");
        return CT_EFORMAT;
    }
    ct_file_sniff fs;
    const unsigned whole = L->opt->sniff && ct_csv_peek_whole(L->csv) ? CT_SNIFF_WHOLE : 0;
    if (ct_csv_sniff(head, n, L->opt->delimiter, L->opt->sniff | whole, &fs) == CT_FILE_TEXT)
        return CT_OK;
    ct_diag_set(diag, CT_EFORMAT, L->name, 0, 0, "%s", fs.message);
    if (diag)
        ct_file_sniff_hint(diag->hint, sizeof diag->hint, &fs, L->name, L->gzip);
    return CT_EFORMAT;
}

ct_status loader_open(loader *L, const char *path, const char *data, size_t len, const char *name,
                      const ct_load_options *opt, int may_map, ct_diag *diag)
{
    memset(L, 0, sizeof *L);
    L->opt = opt;
    const char *msg = ct_load_options_check(opt);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, name, 0, 0, "%s", msg);
    if (na_init(&L->na, opt))
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    ct_csv_options co = ct_csv_options_default();
    co.delimiter = opt->delimiter;
    ct_status s;
    const char *gzerr = NULL;
    if (path && may_map && opt->map_files && strcmp(path, "-") != 0 &&
        ct_map_file(path, &L->map) == 0 &&
        ct_map_gunzip(&L->map, &gzerr, opt->progress, opt->progress_user) != 0) {
        ct_unmap(&L->map);
        return ct_diag_set(diag, gzerr[0] == 'o' ? CT_ENOMEM : CT_EFORMAT, path, 0, 0, "%s", gzerr);
    }
    if (L->map.data) {
        ct_helper_wake(); /* so that it is up when the columns are sized (if allowed) */
        s = ct_csv_open_buffer(L->map.data, L->map.len, path, opt->delimiter, 1, 1, &L->csv);
    } else {
        s = path ? ct_csv_open_path(path, &co, &L->csv, diag)
                 : ct_csv_open_mem(data, len, name, &co, &L->csv, diag);
    }
    if (s == CT_ENOMEM && L->map.addr)
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    if (s)
        return s;
    snprintf(L->namebuf, sizeof L->namebuf, "%s", ct_csv_name(L->csv));
    L->name = L->namebuf;
    s = loader_sniff(L, diag);
    if (s)
        return s;
    ct_csv_record rec;
    s = ct_csv_next(L->csv, &rec, diag);
    if (s)
        return s;
    /* a file of blank lines (spaces, tabs, line ends) is not empty: said
     * as what it holds (before 2026-12-04 "empty file" of "   \n  \n":
     * tests/cli/files_blank_lines_only) */
    const unsigned long long blank = (unsigned long long)ct_csv_blank_lines(L->csv);
    if (!rec.fields && blank)
        return ct_diag_set(diag, CT_EEMPTY, L->name, 1, 0,
                           "no header line: the file's %llu line%s %s blank (spaces, tabs or "
                           "nothing)",
                           blank, blank == 1 ? "" : "s", blank == 1 ? "is" : "are");
    if (!rec.fields)
        return ct_diag_set(diag, CT_EEMPTY, L->name, 1, 0, "empty file: no header line");
    s = loader_header(L, &rec, diag);
    if (s)
        return s;
    if (loader_new_frame(L, &L->f))
        return ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
    return CT_OK;
}

static void loader_progress(loader *L)
{
    /* gzip data inflated in memory had its progress while inflating, in
     * compressed bytes (most of its load); the inflated bytes' would start
     * the bar again (before 2026-12-04 it showed 100% from its first frame) */
    if (!L->opt->progress || L->map.heap)
        return;
    uint64_t b = ct_csv_bytes_read(L->csv);
    if (b >= L->next_progress) {
        uint64_t done, total;
        ct_csv_progress(L->csv, &done, &total);
        L->opt->progress(L->opt->progress_user, done, total);
        L->next_progress = b + (1u << 22);
    }
}

/* Once PRESIZE_ROWS rows are in, estimate the file's row count from the
 * bytes they took and grow every column to it (plus 10%), so loads neither
 * copy their columns at each doubling nor leave the small early arrays
 * behind as touched, unused heap (about 0.4 MB of RSS on the reports file).
 * Capacity past the rows stored is never touched and costs no RSS; an
 * underestimate only means a late doubling. Arena sizes are estimated the
 * same way. */
void loader_presize(loader *L, size_t max_rows, uint64_t used, uint64_t total)
{
    if (!total || !used || total <= used)
        return;
    double scale = (double)total / (double)used * 1.10;
    size_t rows = (size_t)((double)L->f->nrows * scale);
    if (rows > max_rows)
        rows = max_rows;
    ct_frame *f = L->f;
    for (size_t j = 0; j < f->ncols; j++) {
        ct_column *c = f->cols[j];
        if (rows > c->cap && col_grow(c, rows))
            return; /* not fatal: columns keep growing by doubling */
        size_t want = (size_t)((double)c->alen * scale);
        if (c->arena && want > c->acap) {
            char *a = ct_realloc(c->arena, want);
            if (a) {
                c->arena = a;
                c->acap = want;
            }
        }
    }
    if (f->lines && rows > f->cap) {
        long *l = ct_realloc(f->lines, rows * sizeof *l);
        if (l) {
            f->lines = l;
            f->cap = rows;
        }
    }
    /* the rows surely to come: the estimate without its margin, less 5% */
    size_t sure = (size_t)((double)rows / 1.10 * 0.95);
    if (L->map.data && !L->pf && sure > 2 * PRESIZE_ROWS)
        L->pf = prefaulter_start(f, sure);
}

ct_status loader_run(loader *L, size_t max_rows, int stop_on_bad, int *eof, ct_diag *diag)
{
    size_t added = 0;
    *eof = 0;
    while (added < max_rows) {
        if (loader_fast_row(L)) {
            added++;
            L->last_bad = 0;
            if (L->f->nrows == PRESIZE_ROWS)
                loader_presize(L, max_rows, ct_csv_bytes_read(L->csv), ct_csv_bytes_total(L->csv));
            loader_progress(L);
            continue;
        }
        ct_csv_record rec;
        const uint64_t blank0 = ct_csv_blank_lines(L->csv);
        ct_status s = ct_csv_next(L->csv, &rec, diag);
        if (s)
            return s;
        if (!rec.fields) {
            *eof = 1;
            /* a last line without a line end, read as a good row: said in
             * a note (its bad row's hint says it when it is one; a last
             * line of spaces is blank, no row) */
            if (!L->last_bad && L->stats.rows_read && ct_csv_blank_lines(L->csv) == blank0 &&
                ct_csv_ended_inside_line(L->csv))
                L->stats.open_last_line = ct_csv_line(L->csv) - 1;
            break;
        }
        size_t before = L->f->nrows;
        s = loader_row(L, &rec, diag);
        L->last_bad = s == CT_EDATA;
        if (s == CT_EDATA) {
            if (L->opt->on_bad_row == CT_BAD_ROW_SKIP)
                loader_count_skipped(&L->stats, &rec);
            else if (stop_on_bad)
                break;
            continue;
        }
        if (s)
            return s;
        added += L->f->nrows - before;
        if (L->f->nrows == PRESIZE_ROWS)
            loader_presize(L, max_rows, ct_csv_bytes_read(L->csv), ct_csv_bytes_total(L->csv));
        loader_progress(L);
    }
    L->stats.blank_lines = L->blank_base + ct_csv_blank_lines(L->csv);
    L->stats.bytes = L->bytes_base + ct_csv_bytes_read(L->csv);
    if (L->have_bad && L->opt->on_bad_row == CT_BAD_ROW_FAIL) {
        if (diag)
            *diag = L->first_bad;
        return CT_EDATA;
    }
    return CT_OK;
}

/* ------------------------------------------------------- whole files */

static ct_status frame_load_any(const char *path, const char *data, size_t len, const char *name,
                                const ct_load_options *opt, ct_frame **out, ct_load_stats *stats,
                                ct_diag *diag)
{
    ct_load_options def = ct_load_options_default();
    if (!opt)
        opt = &def;
    *out = NULL;
    loader L;
    ct_status s = loader_open(&L, path, data, len, name, opt, 1, diag);
    int eof = 0;
    if (!s && path && ct_csv_bytes_total(L.csv) >= opt->parallel_min_bytes && ct_threads() > 1 &&
        strcmp(path, "-") != 0) {
        s = loader_run_parallel(&L, path, diag);
        if (s == CT_EAGAIN_SERIAL)
            s = loader_run(&L, (size_t)-1, 0, &eof, diag);
    } else if (!s) {
        s = loader_run(&L, (size_t)-1, 0, &eof, diag);
    }
    if (!s)
        s = loader_finish_types(&L, diag);
    if (!s && L.stats.rows_read == 0 && L.head_no_eol)
        L.stats.no_line_end = 1;
    if (!s && L.opt->progress)
        L.opt->progress(L.opt->progress_user, L.stats.bytes, L.stats.bytes);
    if (stats)
        *stats = L.stats;
    if (!s) {
        int borrows = 0;
        for (size_t j = 0; j < L.f->ncols; j++)
            borrows |= L.f->cols[j]->soff != NULL;
        if (borrows) { /* else nothing points into it: unmapped below */
            L.f->map = L.map;
            memset(&L.map, 0, sizeof L.map);
        }
        *out = L.f;
        L.f = NULL;
    }
    loader_free(&L);
    return s;
}

int ct_load_mixed_encoding(const char *path, const ct_load_stats *st, char *hint, size_t cap)
{
    if (!st || !st->utf8_rows)
        return 0;
    int gz = 0;
    FILE *fp = path && strcmp(path, "-") != 0 ? fopen(path, "rb") : NULL;
    if (fp) {
        unsigned char m[2] = {0, 0};
        gz = fread(m, 1, 2, fp) == 2 && m[0] == 0x1f && m[1] == 0x8b;
        fclose(fp);
    }
    char cmd[768], cnt[32];
    ct_shell_filter(cmd, sizeof cmd,
                    "perl -MEncode -pe '$_ = encode(\"UTF-8\", decode(\"cp1252\", $_)) unless "
                    "utf8::decode(my $t = $_)'",
                    1, path, gz, "utf8");
    ct_numfmt_count(cnt, sizeof cnt, st->utf8_rows);
    snprintf(hint, cap,
             "the file mixes encodings: %s other row%s hold%s valid UTF-8 beyond ASCII, which "
             "converting the whole file from Windows-1252 would garble (\u2019 would become "
             "\u00e2\u20ac\u2122); convert only the lines that are not UTF-8: $ %s",
             cnt, st->utf8_rows == 1 ? "" : "s", st->utf8_rows == 1 ? "s" : "", cmd);
    return 1;
}

ct_status ct_frame_load(const char *path, const ct_load_options *opt, ct_frame **out,
                        ct_load_stats *stats, ct_diag *diag)
{
    /* a NULL path would read as empty memory: "<input>:1: empty file"
     * before 2026-12-04 (tests/unit/test_frame.c, test_load_null_path) */
    if (!path) {
        if (out)
            *out = NULL;
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no file name");
    }
    return frame_load_any(path, NULL, 0, path, opt, out, stats, diag);
}

ct_status ct_frame_load_mem(const char *data, size_t len, const char *name,
                            const ct_load_options *opt, ct_frame **out, ct_load_stats *stats,
                            ct_diag *diag)
{
    return frame_load_any(NULL, data, len, name ? name : "<memory>", opt, out, stats, diag);
}
