/* score.c — streaming scoring of a CSV into a review queue: batches from
 * the fixed-schema reader, the model's design and probabilities, the
 * stored calibration and threshold, a priority per row, the bounded top-N
 * queue, and the exact per-row contributions (the estimator's, on the
 * log-odds scale) turned into reasons for the rows that reach the output
 * only; then the queue written as CSV or JSON lines. */
#include "claimtriage/triage.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/text.h"
#include "claimtriage/textwidth.h"
#include "base/name_set.h"
#include "triage/queue_format.h"
#include "triage/score_internal.h"

#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_score_options ct_score_options_default(void)
{
    ct_score_options o;
    memset(&o, 0, sizeof o);
    o.priority = CT_PRIORITY_EXPECTED_REACH;
    o.sort = 1;
    o.reasons = 3;
    o.reason_min_share = 0.1;
    o.format = CT_QUEUE_CSV;
    o.batch_rows = 8192;
    o.load = ct_load_options_default();
    o.drift_share = 0.05;
    o.drift_mean = 0.10;
    return o;
}

const char *ct_score_options_check(const ct_score_options *o)
{
    if (!o)
        return "no options";
    if (!o->id_column || !*o->id_column)
        return "no id column";
    if (!(o->reason_min_share >= 0 && o->reason_min_share <= 1))
        return "reason_min_share must be in [0, 1]";
    if (o->reasons > CT_SCORE_MAX_REASONS)
        return "--reasons must be at most 16";
    if (o->batch_rows == 0)
        return "batch_rows must be > 0";
    if (o->priority != CT_PRIORITY_EXPECTED_REACH && o->priority != CT_PRIORITY_PROB)
        return "unknown priority";
    if (o->format != CT_QUEUE_CSV && o->format != CT_QUEUE_JSONL)
        return "unknown output format";
    if (o->status_nlevels && !o->status_order)
        return "status_order is NULL";
    if (!(o->drift_share >= 0 && o->drift_share <= 1) ||
        !(o->drift_mean >= 0 && o->drift_mean <= 1))
        return "drift thresholds must be in [0, 1]";
    return ct_load_options_check(&o->load);
}

/* A fault's kind (ct_score_summary's rejected_kinds): the message, then
 * " | " and the hint, each run of digits written '#' and each quoted part
 * emptied ('') - in the hint, a quoted part of more than 3 bytes only, so
 * that a separator or delimiter named there (',' or ' ') tells two kinds
 * apart (before 2026-12-04 views grouped by ',' and by ' ' were one kind,
 * told the one's advice: tests/cli/score_rejected_share_cause). A quote
 * opens a part after a character that is not a letter or digit (an
 * apostrophe inside a word, "file's", opens none). Cut at a byte of cap. */
static size_t mask_text(char *dst, size_t n, size_t cap, const char *s, size_t keep)
{
    for (const char *p = s; *p && n + 1 < cap; p++) {
        const int alnum_before = p > s && ((p[-1] >= '0' && p[-1] <= '9') ||
                                           ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z'));
        const char *close = *p == '\'' && !alnum_before ? strchr(p + 1, '\'') : NULL;
        if (close) {
            const size_t len = (size_t)(close - p - 1);
            dst[n++] = '\'';
            for (size_t k = 0; len <= keep && k < len && n + 2 < cap; k++)
                dst[n++] = p[1 + k] >= '0' && p[1 + k] <= '9' ? '#' : p[1 + k];
            if (n + 1 < cap)
                dst[n++] = '\'';
            p = close;
        } else if (*p >= '0' && *p <= '9') {
            if (n == 0 || dst[n - 1] != '#')
                dst[n++] = '#';
        } else
            dst[n++] = *p;
    }
    dst[n] = 0;
    return n;
}

static void reject_kind_key(char *dst, size_t cap, const ct_diag *d)
{
    size_t n = mask_text(dst, 0, cap, d->message, 0);
    if (d->hint[0]) {
        n = mask_text(dst, n, cap, " | ", 0);
        mask_text(dst, n, cap, d->hint, 3);
    }
}

/* The rejected row's fault counted by kind; a kind met first is kept with
 * its first row's line and fault (said cut at a character). */
static void count_reject_kind(ct_score_summary *sum, const ct_diag *d, const char *what)
{
    char key[sizeof sum->rejected_kinds[0].kind];
    reject_kind_key(key, sizeof key, d);
    for (size_t k = 0; k < sum->nrejected_kinds; k++) {
        struct ct_score_reject_kind *r = &sum->rejected_kinds[k];
        if (r->column == d->column && strcmp(r->kind, key) == 0) {
            r->rows++;
            return;
        }
    }
    if (sum->nrejected_kinds == CT_SCORE_REJECT_KINDS) {
        sum->rejected_other_kinds++;
        return;
    }
    struct ct_score_reject_kind *r = &sum->rejected_kinds[sum->nrejected_kinds++];
    r->rows = 1;
    r->line = d->line > 0 ? d->line : -1;
    r->column = d->column;
    /* the loader's wrong field count (frame/loader.c, bad_record) */
    r->fields = d->column == 0 && strncmp(d->message, "expected ", 9) == 0 &&
                strstr(d->message, " fields, found ") != NULL;
    memcpy(r->kind, key, sizeof key);
    const size_t n = ct_textwidth_prefix(what, strlen(what), SIZE_MAX, sizeof r->what - 1, NULL);
    memcpy(r->what, what, n);
    r->what[n] = 0;
}

static void bad_row(void *user, const ct_diag *d)
{
    score_ctx *c = user;
    char what[sizeof d->message + sizeof d->hint + 4];
    snprintf(what, sizeof what, "%s%s%s%s", d->message, d->hint[0] ? " (" : "", d->hint,
             d->hint[0] ? ")" : "");
    if (!c->sum.first_rejected_line) {
        /* the summary names the first cause (cut at a character) */
        const size_t n = ct_textwidth_prefix(what, strlen(what), SIZE_MAX,
                                             sizeof c->sum.first_rejected - 1, NULL);
        memcpy(c->sum.first_rejected, what, n);
        c->sum.first_rejected[n] = 0;
        c->sum.first_rejected_line = d->line > 0 ? d->line : -1;
    }
    count_reject_kind(&c->sum, d, what);
    if (c->o->on_rejected)
        c->o->on_rejected(c->o->on_rejected_user, d);
    else if (c->errors) {
        fprintf(c->errors, "%s:%ld: %s", d->file, d->line, d->message);
        if (d->hint[0])
            fprintf(c->errors, " (%s)", d->hint);
        fputc('\n', c->errors);
    }
}

/* A row read with fields made missing for their invalid UTF-8: its line
 * kept for its batch to flag it (invalid_utf8). */
static void mended_row(void *user, long line, size_t field)
{
    score_ctx *c = user;
    if (c->mended_nomem)
        return;
    if (!c->mended_any) {
        c->mended_any = 1;
        c->mended_line0 = line;
        c->mended_field0 = field;
    }
    if (c->mended_head == c->mended_n)
        c->mended_head = c->mended_n = 0; /* every line met: start again */
    if (c->mended_n == c->mended_cap) {
        const size_t nc = c->mended_cap ? 2 * c->mended_cap : 64;
        long *l = ct_realloc(c->mended, nc * sizeof *l);
        if (!l) {
            c->mended_nomem = 1;
            return;
        }
        c->mended = l;
        c->mended_cap = nc;
    }
    c->mended[c->mended_n++] = line;
}

/* 1 when the row on line `line` was read with fields made missing for
 * invalid UTF-8 (rows come in file order, as the lines were kept). */
static int row_mended(score_ctx *c, long line)
{
    while (c->mended_head < c->mended_n && c->mended[c->mended_head] < line)
        c->mended_head++;
    if (c->mended_head < c->mended_n && c->mended[c->mended_head] == line) {
        c->mended_head++;
        return 1;
    }
    return 0;
}

/* A kept row is one allocation (make_kept): its arrays follow it. */
static void kept_free(void *p) { ct_free(p); }

/* Per batch: where the named columns and the feature sources are, and
 * the arrays read for every row, fetched once (each is a library call). */
typedef struct batch_cols {
    const ct_column *id, *views, *shares, *status;
    const ct_column **src; /* per pipeline source column (ctx->nsrc) */
    const uint8_t *views_miss, *shares_miss;
    const double *views_f64, *shares_f64;
    const int32_t *status_codes; /* NULL: the status column is not categorical */
    const uint8_t *status_miss;
    size_t status_nlevels;
} batch_cols;

static ct_status find_col(const ct_frame *f, const char *name, const ct_column **out, ct_diag *diag)
{
    *out = NULL;
    if (!name)
        return CT_OK;
    size_t j;
    ct_status s = ct_frame_find(f, name, &j, diag);
    if (s == CT_OK)
        *out = ct_frame_col(f, j);
    return s;
}

static double num_at(const ct_column *c, size_t i)
{
    if (!c || ct_column_missing(c)[i])
        return NAN;
    const double *v = ct_column_f64(c);
    return v ? v[i] : NAN;
}

/* A length feature's count for row i of text column c: code points
 * (which 1) or words (2), as the pipeline measures them; NaN when the text
 * is missing. */
static double len_at(const ct_column *c, size_t i, int which)
{
    if (!c || ct_column_missing(c)[i])
        return NAN;
    size_t len = 0, ch = 0, wd = 0;
    const char *s = ct_column_str(c, i, &len);
    if (!s)
        return NAN;
    if (ct_column_type(c) == CT_TYPE_CATEGORY)
        len = strlen(s);
    ct_text_length(s, len, &ch, &wd);
    return (double)(which == 2 ? wd : ch);
}

/* "%lld" by hand: every row's id is formatted for its queue key, and
 * snprintf's machinery cost more than the rest of the key. */
void triage_i64_text(int64_t x, char *buf)
{
    char d[24];
    size_t nd = 0;
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        d[nd++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t w = 0;
    if (x < 0)
        buf[w++] = '-';
    while (nd)
        buf[w++] = d[--nd];
    buf[w] = 0;
}

/* The id of row i as text into buf (cap >= 32): a string id as is, a
 * numeric one as its exact integer. "" when missing. */
const char *triage_id_text(const ct_column *c, size_t i, char *buf, size_t cap)
{
    size_t len = 0;
    const char *s = ct_column_str(c, i, &len);
    if (s) {
        if (len >= cap)
            len = cap - 1;
        memcpy(buf, s, len);
        buf[len] = 0;
        return buf;
    }
    buf[0] = 0;
    if (ct_column_missing(c)[i])
        return buf;
    const int64_t *e = ct_column_i64(c);
    if (e) {
        triage_i64_text(e[i], buf);
        return buf;
    }
    const double *v = ct_column_f64(c);
    if (v)
        ct_csv_format_num(buf, v[i], CT_CSV_NUM_INT);
    return buf;
}

/* Row i of the batch, the j-th scored: unseen (a level the model's encoder
 * never saw, from the transform: one outside the frame's dictionary as
 * well as one the frame learned), missing values, missing counts. */
static unsigned row_flags(const score_ctx *c, const batch_cols *b, size_t i, size_t j,
                          const ct_csr *X)
{
    unsigned fl = c->unseen[j] ? CT_FLAG_UNSEEN : 0;
    for (size_t k = 0; k < c->nsrc; k++) {
        const int32_t *codes = c->srccodes[k];
        if (codes && codes[i] == CT_CODE_UNSEEN)
            fl |= CT_FLAG_UNSEEN;
        else if (c->srcmiss[k][i] && c->src_is_text[k])
            fl |= CT_FLAG_MISSING_TEXT;
        /* the views and shares are missing_counts' (below), as
         * docs/score.md defines the two flags: before 2026-12-06 a blank
         * view count flagged missing_counts;missing_values, and the report
         * counted it as "another value" too
         * (tests/cli/score_missing_values_not_counts) */
        else if (c->srcmiss[k][i] &&
                 !(b->src[k] && (b->src[k] == b->views || b->src[k] == b->shares)))
            fl |= CT_FLAG_MISSING_VALUES;
    }
    /* a count column absent from the file flags every row, unless neither
     * is there and the queue is ranked by probability, which uses no count
     * (before 2026-12-04 such a queue said all its rows were "scored from
     * incomplete data": tests/cli/score_reach_without_counts_by_probability) */
    const int absent_flags = c->sum.priority == CT_PRIORITY_EXPECTED_REACH || b->views || b->shares;
    if ((b->views_miss && b->views_miss[i]) || (b->shares_miss && b->shares_miss[i]) ||
        (absent_flags &&
         ((c->o->views_column && !b->views) || (c->o->shares_column && !b->shares))))
        fl |= CT_FLAG_MISSING_COUNTS;
    /* a count cannot be negative: the reach counts it 0 (ct_priority_value),
     * which must not pass unseen (a claim would sink to the queue's end) */
    if ((b->views_f64 && !(b->views_miss && b->views_miss[i]) && b->views_f64[i] < 0) ||
        (b->shares_f64 && !(b->shares_miss && b->shares_miss[i]) && b->shares_f64[i] < 0))
        fl |= CT_FLAG_NEGATIVE_COUNTS;
    /* so is any count the model reads (likes, downloads, comments): the
     * model would score the impossible value as it is (before 2026-12-03
     * only views and shares were flagged: tests/cli/score_negative_counts_every_count) */
    for (size_t k = 0; k < c->nsrc; k++)
        if (c->srcf64[k] && !(c->srcmiss[k] && c->srcmiss[k][i]) && c->srcf64[k][i] < 0)
            fl |= CT_FLAG_NEGATIVE_COUNTS;
    return fl | score_evidence_flag(c, i, X, j);
}

/* num_at over the arrays fetched for the batch. */
static inline double num_fetched(const uint8_t *miss, const double *v, size_t i)
{
    return !miss || miss[i] || !v ? NAN : v[i];
}

/* The rank of status text s[0..len) in o->status_order (status_nlevels
 * when not there or missing). */
static int status_rank_of(const score_ctx *c, const char *s, size_t len)
{
    if (!s)
        return (int)c->o->status_nlevels;
    for (size_t k = 0; k < c->o->status_nlevels; k++)
        if (strlen(c->o->status_order[k]) == len && memcmp(c->o->status_order[k], s, len) == 0)
            return (int)k;
    return (int)c->o->status_nlevels;
}

static int status_rank(const score_ctx *c, const batch_cols *b, size_t i)
{
    if (!b->status)
        return (int)c->o->status_nlevels;
    if (b->status_codes) { /* the level's rank, found once a batch */
        const int32_t k = b->status_codes[i];
        return !b->status_miss[i] && k >= 0 && (size_t)k < b->status_nlevels
                   ? c->status_of_code[k]
                   : (int)c->o->status_nlevels;
    }
    size_t len = 0;
    const char *s = ct_column_str(b->status, i, &len);
    return status_rank_of(c, s, len);
}

/* The arrays of batch b read for every row (see batch_cols), and the rank
 * of each level of a categorical status column: the rank status_rank_of
 * gives the level's text, which is what ct_column_str returns for a row of
 * that code (missing and unseen rows: no text). 0, or -1 when out of
 * memory. */
static int fetch_batch_arrays(score_ctx *c, batch_cols *b)
{
    for (size_t k = 0; k < c->nsrc; k++) {
        c->srcmiss[k] = ct_column_missing(b->src[k]);
        c->srccodes[k] = ct_column_codes(b->src[k]);
        c->srcf64[k] = c->src_is_count[k] ? ct_column_f64(b->src[k]) : NULL;
    }
    b->views_miss = b->views ? ct_column_missing(b->views) : NULL;
    b->views_f64 = b->views ? ct_column_f64(b->views) : NULL;
    b->shares_miss = b->shares ? ct_column_missing(b->shares) : NULL;
    b->shares_f64 = b->shares ? ct_column_f64(b->shares) : NULL;
    b->status_codes = b->status ? ct_column_codes(b->status) : NULL;
    if (!b->status_codes)
        return 0;
    b->status_miss = ct_column_missing(b->status);
    b->status_nlevels = ct_column_nlevels(b->status);
    if (b->status_nlevels > c->status_cap) {
        int *t = ct_realloc(c->status_of_code, b->status_nlevels * sizeof *t);
        if (!t)
            return -1;
        c->status_of_code = t;
        c->status_cap = b->status_nlevels;
    }
    for (size_t k = 0; k < b->status_nlevels; k++) {
        const char *s = ct_column_level(b->status, k);
        c->status_of_code[k] = status_rank_of(c, s, s ? strlen(s) : 0);
    }
    return 0;
}

/* What row i of the batch (xi-th scored) holds in source column q: a
 * CT_SRC_* (score_internal.h). A level is looked up only in a row the
 * transform flagged unseen. */
static unsigned char src_state(const score_ctx *c, const batch_cols *b, size_t i, size_t xi,
                               size_t q)
{
    const int32_t *codes = c->srccodes[q];
    if (codes && codes[i] == CT_CODE_UNSEEN)
        return CT_SRC_UNSEEN;
    if (c->srcmiss[q][i])
        return CT_SRC_MISSING;
    if (!c->src_is_level[q] || !c->unseen[xi])
        return CT_SRC_KNOWN;
    size_t len = 0;
    const char *v = ct_column_str(b->src[q], i, &len);
    return v && !ct_pipeline_level_seen(c->m->pipeline, c->src_name[q], v, len) ? CT_SRC_UNSEEN
                                                                                : CT_SRC_KNOWN;
}

/* A kept row: its design row copied (for the contributions after ranking),
 * and the raw values of numeric features (for the reasons' words); row i
 * of the batch, row xi of its design X. */
static ct_status make_kept(const score_ctx *c, const ct_csr *X, size_t xi, const batch_cols *b,
                           size_t i, double prob, unsigned flags, kept **out)
{
    *out = NULL;
    /* without reasons nothing reads the design row or the raw values:
     * neither is copied (nor a transcription's length measured) */
    const int want = c->o->reasons > 0;
    const size_t a = X->indptr[xi], nnz = want ? X->indptr[xi + 1] - a : 0,
                 nnum = want ? c->nnum : 0, nsrc = want ? c->nsrc : 0;
    size_t slen = 0;
    const char *st = b->status ? ct_column_str(b->status, i, &slen) : NULL;
    /* one allocation: the struct, then val and raw (doubles), idx, status
     * (rows enter and leave the top-N queue by the tens of thousands) */
    const size_t off_val = (sizeof(kept) + 7) / 8 * 8, off_raw = off_val + nnz * sizeof(double),
                 off_idx = off_raw + nnum * sizeof(double),
                 off_ss = off_idx + nnz * sizeof(uint32_t), off_st = off_ss + nsrc;
    char *mem = ct_malloc(off_st + (st ? slen + 1 : 0));
    if (!mem)
        return CT_ENOMEM;
    kept *k = (kept *)(void *)mem;
    memset(k, 0, sizeof *k);
    k->prob = prob;
    k->flags = flags;
    k->nnz = nnz;
    k->val = (double *)(void *)(mem + off_val);
    k->raw = (double *)(void *)(mem + off_raw);
    k->idx = (uint32_t *)(void *)(mem + off_idx);
    k->srcstate = (unsigned char *)(mem + off_ss);
    if (st) {
        k->status = mem + off_st;
        memcpy(k->status, st, slen);
        k->status[slen] = 0;
    }
    if (nnz) {
        memcpy(k->idx, X->indices + a, nnz * sizeof *k->idx);
        memcpy(k->val, X->data + a, nnz * sizeof *k->val);
    }
    for (size_t q = 0; q < nnum; q++)
        k->raw[q] = c->num_len[q] ? len_at(b->src[c->num_src[q]], i, c->num_len[q])
                                  : num_at(b->src[c->num_src[q]], i);
    for (size_t q = 0; q < nsrc; q++)
        k->srcstate[q] = src_state(c, b, i, xi, q);
    *out = k;
    return CT_OK;
}

/* The queue's header (and the writer), once: on the first batch whose
 * rows the model's pipeline has encoded, or at the end of an input with no
 * data row (or none scored), so standard output gets nothing from a file
 * that is not a reports file or whose columns are not the model's. */
static ct_status writer_once(score_ctx *c, ct_diag *diag)
{
    if (c->opened)
        return CT_OK;
    c->opened = 1;
    return score_writer_open(c, diag);
}

/* A column score reads is absent (status s): the hint names them all. */
static ct_status absent_sources(const score_ctx *c, const ct_frame *f, ct_status s, ct_diag *diag)
{
    /* a queue given as the reports: said as such, not as the columns it
     * lacks (tests/cli/files_queue_given_named) */
    if (s == CT_ECOLUMN &&
        !ct_queue_given_diag(f, "a reports file",
                             "score the reports file (the queue holds scores, not the columns the "
                             "model reads)",
                             diag))
        ct_pipeline_hint_absent(c->m->pipeline, f, c->o->id_column, diag);
    return s;
}

/* A row with an infinite number in a numeric source column ("inf" read as a
 * number, as pandas does) cannot be scored: like a malformed row it goes to
 * the errors, is counted as rejected and the stream goes on. The batch's
 * selection (rows NULL: all n rows) is narrowed in c->sel. */
/* Room for n selected rows in c->sel: 0, or -1 out of memory. */
static int sel_reserve(score_ctx *c, size_t n)
{
    if (n <= c->selcap)
        return 0;
    size_t *ns = ct_realloc(c->sel, n * sizeof *ns);
    if (!ns)
        return -1;
    c->sel = ns;
    c->selcap = n;
    return 0;
}

static ct_status drop_infinite(score_ctx *c, const ct_frame *f, const batch_cols *b,
                               const size_t **rows, size_t *nr)
{
    const size_t n = ct_frame_nrows(f);
    int any = 0;
    for (size_t k = 0; k < c->nsrc && !any; k++) {
        const double *v = c->src_is_text[k] ? NULL : ct_column_f64(b->src[k]);
        for (size_t j = 0; v && j < *nr && !any; j++)
            any = isinf(v[*rows ? (*rows)[j] : j]);
    }
    if (!any)
        return CT_OK;
    if (!*rows) { /* every row selected: make the list to narrow */
        if (sel_reserve(c, n))
            return CT_ENOMEM;
        for (size_t i = 0; i < n; i++)
            c->sel[i] = i;
        *rows = c->sel;
    }
    size_t w = 0;
    for (size_t j = 0; j < *nr; j++) {
        const size_t i = (*rows)[j];
        size_t bad = SIZE_MAX;
        for (size_t k = 0; k < c->nsrc && bad == SIZE_MAX; k++) {
            const double *v = c->src_is_text[k] ? NULL : ct_column_f64(b->src[k]);
            if (v && isinf(v[i]))
                bad = k;
        }
        if (bad == SIZE_MAX) {
            c->sel[w++] = i;
            continue;
        }
        /* the field as written and the spellings --na-values needs (before
         * 2026-12-04 "holds inf" and --na-values=inf,-inf for 'Infinity':
         * tests/cli/train_infinite_as_written) */
        char what[CT_DIAG_MSG_MAX / 4] = "inf", opt[CT_DIAG_MSG_MAX / 4] = "--na-values=inf,-inf";
        size_t jc;
        const int found = ct_frame_find(f, c->src_name[bad], &jc, NULL) == CT_OK;
        if (found)
            ct_frame_explain_infinite(f, jc, i, what, sizeof what, opt, sizeof opt);
        ct_diag d;
        ct_diag_set(&d, CT_EDATA, ct_frame_source(f), ct_frame_row_line(f, i),
                    found ? (long)jc + 1 : 0, "column '%s' holds %s: a model needs finite numbers",
                    c->src_name[bad], what);
        snprintf(d.hint, sizeof d.hint, "%s reads it as missing", opt);
        bad_row(c, &d);
        c->rejected_infinite++;
    }
    *nr = w;
    return CT_OK;
}

/* The id of a row scored on `line`, for the repeated-id check: counted
 * when an earlier row had it, the first such id kept for the summary. Out
 * of memory for the set, the check stops (said in the summary); scoring
 * goes on. */
static void note_repeat(score_ctx *c, const char *id, long line)
{
    if (c->ids_stopped)
        return;
    long first = 0;
    int again = 0;
    /* ids compare by their key (" 123 ", "123.0" and "1,23" never: "123"),
     * as merge and queue-eval compare them (queue_id.c) */
    char k[CT_SCORE_ID_MAX];
    const size_t len = triage_id_key(id, strlen(id), k, sizeof k);
    const int r = triage_idset_add(&c->ids, k, len, line, &first, &again);
    if (r < 0) {
        c->ids_stopped = 1;
        triage_idset_free(&c->ids);
        return;
    }
    if (r == 0)
        return;
    c->sum.repeated_rows++;
    if (again && c->sum.repeated_ids++ == 0) {
        ct_textwidth_fit(c->sum.repeated_id, sizeof c->sum.repeated_id, k, len, SIZE_MAX, NULL, 0);
        c->sum.repeated_first_line = first;
        c->sum.repeated_line = line;
    }
}

/* Sum the batch's ="..." ids (ct_frame_find_formula_ids) into the whole
 * file's counts: the column of the first batch holding one. */
static void note_formula_ids(score_ctx *c, const ct_frame *f)
{
    const size_t nc = ct_frame_ncols(f);
    if (!c->col_values && nc && (c->col_values = ct_calloc(nc, sizeof *c->col_values)))
        c->col_values_n = nc;
    for (size_t j = 0; j < c->col_values_n && j < nc; j++)
        c->col_values[j] += ct_frame_nrows(f) - ct_column_nmissing(ct_frame_col(f, j));
    size_t j, values, first;
    const size_t n = ct_frame_find_formula_ids(f, &j, &values, &first);
    if (!n || (c->formula_n && j != c->formula_col))
        return;
    if (!c->formula_n) {
        size_t len;
        const char *v = ct_column_str(ct_frame_col(f, j), first, &len);
        c->formula_col = j;
        snprintf(c->formula_name, sizeof c->formula_name, "%s", ct_column_name(ct_frame_col(f, j)));
        c->formula_line = ct_frame_row_line(f, first);
        c->formula_first_len = len < 41 ? len : 41; /* the sentence cuts at 40 */
        memcpy(c->formula_first, v, c->formula_first_len);
    }
    c->formula_n += n;
}

/* Row r's label (column lc) against the model's positive, for the
 * seen-rows check: 1 when it differs only in letter case or spaces
 * ('CLAIM' for 'claim'), counted and the first kept; the positive as
 * written counted in c->seen_positive_rows. */
static int seen_label_variant(score_ctx *c, const ct_column *lc, size_t r)
{
    const char *pos = c->m->positive;
    size_t len = 0;
    const char *v = ct_column_str(lc, r, &len);
    if (!pos || !v)
        return 0;
    if (ct_column_type(lc) == CT_TYPE_CATEGORY)
        len = strlen(v);
    const size_t pn = strlen(pos);
    if (len == pn && memcmp(v, pos, pn) == 0) {
        c->seen_positive_rows++;
        return 0;
    }
    char buf[256];
    if (len >= sizeof buf)
        return 0;
    memcpy(buf, v, len);
    buf[len] = '\0';
    if (!ct_textwidth_label_same(buf, pos))
        return 0;
    if (c->sum.seen_label_variant_rows++ == 0) {
        snprintf(c->sum.seen_label_variant, sizeof c->sum.seen_label_variant, "%s", buf);
        snprintf(c->sum.seen_positive, sizeof c->sum.seen_positive, "%.255s", pos);
    }
    return 1;
}

static ct_status batch(score_ctx *c, const ct_frame *f, ct_diag *diag)
{
    const ct_model *m = c->m;
    /* n may be 0: a header-only file's columns are checked as a batch's
     * (its empty frame, ct_reader_empty_frame), then nothing is scored */
    const size_t n = ct_frame_nrows(f);
    batch_cols b;
    memset(&b, 0, sizeof b);
    ct_status s;
    /* what the loader notes of a whole file, said of the stream too, first:
     * a run that fails on a column still has them */
    if (!c->sum.header_note[0])
        (void)ct_frame_explain_repeated_names(f, c->sum.header_note, sizeof c->sum.header_note);
    note_formula_ids(c, f);
    if ((s = find_col(f, c->o->id_column, &b.id, diag))) {
        /* only the id absent, every model input there: the usual hint ("named
         * as in the training file") would mislead when training had no id */
        int inputs = 1;
        for (size_t k = 0; k < c->nsrc && inputs; k++) {
            size_t j;
            inputs = ct_frame_find(f, c->src_name[k], &j, NULL) == CT_OK;
        }
        const char *model_id = m->id && *m->id ? m->id : NULL;
        if (s == CT_ECOLUMN && inputs && diag && model_id &&
            strcmp(c->o->id_column, model_id) != 0) {
            /* named by the caller (score --id), not the model's: "name the
             * id column with --id" would tell the user to do what they did,
             * and "named as in the training file" blame training (before
             * 2026-12-07: tests/cli/id_named_absent_lists_columns); its
             * "did you mean" as it is, else the file's columns */
            if (strstr(diag->hint, "did you mean"))
                return s;
            size_t at = (size_t)snprintf(diag->hint, sizeof diag->hint,
                                         "--id names a column of the file's header (check its "
                                         "spelling): the file's columns are");
            const size_t nc = ct_frame_ncols(f), cap = sizeof diag->hint;
            for (size_t j = 0; j < nc && j < 8 && at < cap; j++)
                at += (size_t)snprintf(diag->hint + at, cap - at, "%s '%s'", j ? "," : "",
                                       ct_column_name(ct_frame_col(f, j)));
            if (at < cap)
                snprintf(diag->hint + at, cap - at, "%s; or leave --id out for the model's '%s'",
                         nc > 8 ? ", ..." : "", model_id);
            return s;
        }
        if (s == CT_ECOLUMN && inputs && diag && !strstr(diag->hint, "did you mean")) {
            snprintf(diag->hint, sizeof diag->hint,
                     "the queue names each row by its '%s'; the model's inputs are all here, "
                     "so name the file's id column with --id=COL, or add a '%s' column (the "
                     "row number will do) to score this file",
                     c->o->id_column, c->o->id_column);
            return s;
        }
        return absent_sources(c, f, s, diag);
    }
    if (!c->sum.id_note[0])
        (void)ct_frame_explain_rounded_ids(f, c->sum.id_note, sizeof c->sum.id_note);
    {
        long e0, e1;
        const size_t ne = ct_frame_empty_rows(f, &e0, &e1);
        if (ne && !c->sum.empty_rows)
            c->sum.empty_first_line = e0;
        if (ne)
            c->sum.empty_last_line = e1;
        c->sum.empty_rows += ne;
    }
    /* the priority's counts and the ties' status are not the model's
     * inputs: a file without them is scored, its counts missing (0 in the
     * reach, every row flagged missing_counts) and its status missing */
    (void)find_col(f, c->o->views_column, &b.views, NULL);
    (void)find_col(f, c->o->shares_column, &b.shares, NULL);
    (void)find_col(f, c->o->status_column, &b.status, NULL);
    /* the reach of a file with neither count column would be 0 in every
     * row whatever the probability, a queue in tie order (author status,
     * id) that ignores the model: it is ranked by probability instead, and
     * the summary says so (every batch has the file's header, so the whole
     * queue is of one kind). Before 2026-12-04 such a queue found 79.69% of
     * a day's claims where the model's own order found all:
     * tests/cli/score_reach_without_counts_by_probability */
    if (c->o->priority == CT_PRIORITY_EXPECTED_REACH && !b.views && !b.shares)
        c->sum.priority = CT_PRIORITY_PROB;
    /* a column the user named must be there: a misspelt --views would
     * queue every row at reach 0, said only in a note that -q hides */
    {
        static const char *const opt[3] = {"--views", "--shares", "--status"};
        const char *named[3] = {c->o->views_column, c->o->shares_column, c->o->status_column};
        const ct_column *got[3] = {b.views, b.shares, b.status};
        for (unsigned k = 0; k < 3; k++) {
            const ct_column *col = NULL;
            if (!(c->o->required_columns & (1u << k)) || !named[k] || got[k])
                continue;
            s = ct_frame_find_as(f, named[k], opt[k], &col, diag);
            if (diag && !diag->hint[0])
                snprintf(diag->hint, sizeof diag->hint,
                         "%s names a column of the file's header (check its spelling), or "
                         "leave %s out for the reports file's column",
                         opt[k], opt[k]);
            return s;
        }
    }
    /* the counts of the reach must be numbers, and a status named with
     * --status text: a text column of counts (1,234 without --thousands)
     * counted 0 in every row's reach, unflagged, and a numeric status
     * matches no level (the default status column coded in numbers is left
     * as it was: missing, ties by id); a column without a value in the
     * batch is only missing */
    {
        static const char *const opt[3] = {"--views", "--shares", "--status"};
        const ct_column *got[3] = {b.views, b.shares, b.status};
        for (unsigned k = 0; k < 3; k++) {
            if (!got[k] || (k < 2) == (ct_column_f64(got[k]) != NULL) ||
                (k < 2 && c->o->priority != CT_PRIORITY_EXPECTED_REACH) ||
                (k == 2 && !(c->o->required_columns & CT_SCORE_REQUIRE_STATUS)))
                continue;
            if (ct_column_nmissing(got[k]) >= n)
                continue;
            const char *name = ct_column_name(got[k]);
            s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                            "column '%s' (%s) is of type %s: %s", name, opt[k],
                            ct_type_name(ct_column_type(got[k])),
                            k < 2 ? "the reach needs counts, numbers"
                                  : "the ties need the author status, its levels as text");
            /* the option named, and for --status (given, as it is checked
             * only then) the columns it can name; before 2026-12-07 "with
             * this option" and "name the author status column with
             * --status", as the user had (tests/cli/score_count_column_not_numeric) */
            if (diag && k < 2)
                snprintf(diag->hint, sizeof diag->hint,
                         "counts written with thousands separators (1,234) are read with "
                         "--thousands=, ; or name the counts' column with %s",
                         opt[k]);
            else if (diag) {
                size_t at = (size_t)snprintf(diag->hint, sizeof diag->hint,
                                             "--status names the author status column, its "
                                             "levels words such as 'active' and 'banned'");
                const size_t cap = sizeof diag->hint;
                int shown = 0;
                for (size_t j = 0; j < ct_frame_ncols(f) && shown < 8 && at < cap; j++)
                    if (ct_column_codes(ct_frame_col(f, j)))
                        at += (size_t)snprintf(diag->hint + at, cap - at, "%s'%s'",
                                               shown++ ? ", "
                                                       : ": the file's categorical "
                                                         "columns are ",
                                               ct_column_name(ct_frame_col(f, j)));
            }
            /* the format its values are in, when one reads them: counts
             * grouped by '.' ("4.133.201") want --thousands=., not ','
             * (before 2026-12-06 ',' whatever the values:
             * tests/cli/score_no_schema_dot_grouped_hinted) */
            size_t cj;
            char fmt[sizeof diag->hint];
            if (diag && k < 2 && ct_frame_find(f, name, &cj, NULL) == CT_OK &&
                ct_frame_explain_number_format(f, cj, fmt, sizeof fmt - 64))
                snprintf(diag->hint, sizeof diag->hint,
                         "%.900s; or name the counts' column with %s", fmt, opt[k]);
            return s;
        }
    }
    if (!c->sum.absent_note[0]) {
        /* every absent one of views, shares and status, each with its "did
         * you mean" (before 2026-12-03 the first alone: a file with
         * 'Author_Ban_Status' and without views was told of the views only:
         * tests/cli/score_absent_columns_all_named). Said when a column
         * differs from it only by case or spaces, when one count of the
         * reach is there and the other not (both absent: the reach note
         * says it), or when the status is the one absent (the ties then
         * fall to id order) */
        const char *name[3] = {c->o->views_column, c->o->shares_column, c->o->status_column};
        const ct_column *got[3] = {b.views, b.shares, b.status};
        const int one_count =
            (c->o->views_column && c->o->shares_column) && (!b.views != !b.shares);
        size_t w = 0;
        for (unsigned k = 0; k < 3; k++) {
            if (!name[k] || got[k])
                continue;
            char near[300] = "";
            ct_frame_near_name(f, name[k], near, sizeof near);
            if (!(near[0] || one_count || k == 2))
                continue;
            const size_t cap = sizeof c->sum.absent_note;
            const int len = snprintf(
                c->sum.absent_note + w, cap - w, "%sno '%s' column: %s%s%s", w ? "\n" : "", name[k],
                k == 2 ? "the ties' author status is missing in every row (--status names its "
                         "column)"
                : c->sum.priority != c->o->priority
                    ? "the queue is ranked by probability, without the reach (--views and "
                      "--shares name the counts' columns)"
                    : "it counts 0 in every row's reach (flagged missing_counts; --views and "
                      "--shares name the counts' columns)",
                near[0] ? "; " : "", near);
            if (len < 0 || (size_t)len >= cap - w) {
                c->sum.absent_note[w] = '\0'; /* a part that does not fit is left out whole */
                break;
            }
            w += (size_t)len;
        }
    }
    b.src = c->srccol;
    for (size_t k = 0; k < c->nsrc; k++)
        if ((s = find_col(f, c->src_name[k], &b.src[k], diag)))
            return absent_sources(c, f, s, diag);
    if (n == 0)
        return CT_OK;
    if (fetch_batch_arrays(c, &b))
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    /* --split: only the selected rows are scored; the others are counted */
    const size_t *rows = NULL;
    size_t nr = n;
    if (c->o->select) {
        if (sel_reserve(c, n))
            return CT_ENOMEM;
        nr = 0;
        for (size_t i = 0; i < n; i++, c->row++)
            if (c->row < c->o->nselect && c->o->select[c->row])
                c->sel[nr++] = i;
        c->sum.not_selected += n - nr;
        rows = c->sel;
        if (nr == 0)
            return CT_OK;
    }
    if ((s = drop_infinite(c, f, &b, &rows, &nr)) != CT_OK)
        return s;
    if (nr == 0)
        return CT_OK;
    /* the rows the model was trained on, by content: their probabilities
     * are optimistic (before 2026-12-07 not counted: tests/cli/score_seen_in_training) */
    if (m->nseen_columns) {
        const char *absent = ct_model_seen_absent(m, f);
        size_t k = 0;
        if (absent)
            snprintf(c->sum.seen_absent, sizeof c->sum.seen_absent, "%s", absent);
        else if (ct_model_seen_count(m, f, rows, nr, &k, NULL) != 0)
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        else {
            /* rows without a label: unknown, not unseen (a queue exported
             * with its label column blank); rows whose label is the
             * positive written otherwise cannot match (seen_label_variant) */
            size_t lj;
            uint64_t labelled = nr;
            if (ct_frame_find(f, m->target, &lj, NULL) == CT_OK) {
                const ct_column *lc = ct_frame_col(f, lj);
                const uint8_t *miss = ct_column_missing(lc);
                for (size_t q = 0; q < nr; q++) {
                    const size_t r = rows ? rows[q] : q;
                    if (miss[r])
                        labelled--;
                    else if (seen_label_variant(c, lc, r))
                        labelled--;
                }
            }
            c->sum.seen_labelled += labelled;
            c->sum.seen_checked |= labelled > 0;
            c->sum.seen_in_training += k;
        }
    }
    if (c->sum.priority != c->o->priority)
        c->sum.reach_without_counts += nr;
    if (nr > c->pcap) {
        double *np = ct_realloc(c->p, nr * sizeof *np);
        if (np)
            c->p = np;
        uint8_t *nu = np ? ct_realloc(c->unseen, nr) : NULL;
        if (nu)
            c->unseen = nu;
        uint8_t *no = nu ? ct_realloc(c->outside, nr) : NULL;
        if (!np || !nu || !no)
            return CT_ENOMEM;
        c->outside = no;
        c->pcap = nr;
    }
    ct_csr *X = NULL;
    ct_pipeline_stats ps;
    if ((s = ct_pipeline_transform_marks(m->pipeline, f, rows, nr, &X, &ps, c->unseen, c->outside,
                                         diag)))
        return s;
    c->sum.outside_rows += ps.outside_rows;
    if (ps.outside_column && ps.outside_values > c->outside_best) {
        /* the batch's column with the most values outside, its first one */
        c->outside_best = ps.outside_values;
        ct_pipeline_outside_note(&ps, c->sum.outside_note, sizeof c->sum.outside_note);
    }
    /* the header once the first rows are encoded: a column of another type
     * than the model's (a level column read as numbers) stops above, with
     * standard output still empty */
    if ((s = writer_once(c, diag))) {
        ct_csr_free(X);
        return s;
    }
    c->sum.categorical_values += ps.categorical_values;
    c->sum.unseen_categorical += ps.unseen_levels;
    if (ps.unseen_levels && c->o->unseen_tally &&
        (s = ct_unseen_tally_add(c->o->unseen_tally, f, rows, nr)) != CT_OK) {
        ct_csr_free(X);
        return ct_diag_set(diag, s, NULL, 0, 0, "out of memory");
    }
    if (ps.unseen_column && (!c->sum.unseen_note[0] || (ps.unseen_near[0] && !c->unseen_near))) {
        ct_pipeline_unseen_note(&ps, c->sum.unseen_note, sizeof c->sum.unseen_note);
        c->unseen_near = ps.unseen_near[0] != 0;
    }
    if (c->has_text && ct_pipeline_vectorizer(m->pipeline)) {
        uint64_t tr, wo;
        ct_score_ngram_counts(&ps, &tr, &wo);
        c->sum.text_rows += tr;
        c->sum.rows_without_known_ngram += wo;
    }
    if ((s = m->type->predict_proba(m->estimator, X, c->p, diag))) {
        ct_csr_free(X);
        return s;
    }
    ct_model_calibrate(m, c->cal, c->p, nr);
    char idbuf[CT_SCORE_ID_MAX];
    for (size_t j = 0; j < nr && s == CT_OK; j++) {
        const size_t i = rows ? rows[j] : j;
        const double prob = c->p[j];
        const long line = ct_frame_row_line(f, i);
        const unsigned flags = row_flags(c, &b, i, j, X) |
                               (c->outside[j] ? CT_FLAG_OUT_OF_RANGE : 0) |
                               (row_mended(c, line) ? CT_FLAG_INVALID_UTF8 : 0);
        if ((flags & CT_FLAG_INVALID_UTF8) && c->sum.invalid_utf8_rows++ == 0) {
            const ct_column *mc = c->mended_line0 == line && c->mended_field0 < ct_frame_ncols(f)
                                      ? ct_frame_col(f, c->mended_field0)
                                      : NULL;
            c->sum.invalid_utf8_line = line;
            snprintf(c->sum.invalid_utf8_column, sizeof c->sum.invalid_utf8_column, "%s",
                     mc ? ct_column_name(mc) : "");
        }
        for (size_t q = 0; q < c->nsrc; q++)
            c->src_missing[q] += c->srcmiss[q][i] != 0;
        ct_triage_key key;
        key.priority =
            ct_priority_value(c->sum.priority, prob, num_fetched(b.views_miss, b.views_f64, i),
                              num_fetched(b.shares_miss, b.shares_f64, i));
        key.probability = prob;
        key.status_rank = status_rank(c, &b, i);
        /* written tidy: without the spaces around it, nor its thousands
         * separators with --thousands, as evaluate --predictions writes it
         * (before 2026-12-05 as written: tests/cli/score_id_tidy) */
        triage_id_text(b.id, i, idbuf, sizeof idbuf);
        triage_id_tidy(idbuf, c->o->load.thousands);
        key.id = idbuf;
        c->sum.without_id += !key.id[0];
        if (key.id[0])
            note_repeat(c, key.id, ct_frame_row_line(f, i));
        key.seq = c->seq++;
        c->sum.scored++;
        c->sum.flagged += flags != 0;
        c->sum.missing_text_rows += (flags & CT_FLAG_MISSING_TEXT) != 0;
        c->sum.missing_counts_rows += (flags & CT_FLAG_MISSING_COUNTS) != 0;
        c->sum.missing_values_rows += (flags & CT_FLAG_MISSING_VALUES) != 0;
        c->sum.unseen_category_rows += (flags & CT_FLAG_UNSEEN) != 0;
        c->sum.negative_counts_rows += (flags & CT_FLAG_NEGATIVE_COUNTS) != 0;
        c->sum.no_known_words_rows += (flags & CT_FLAG_NO_KNOWN_WORDS) != 0;
        c->sum.predicted_positive += prob >= m->threshold;
        c->sum.no_evidence += (flags & CT_FLAG_NO_EVIDENCE) != 0;
        c->sum.no_evidence_predicted_positive +=
            (flags & CT_FLAG_NO_EVIDENCE) && prob >= m->threshold;
        c->prob_sum += prob;
        c->prob_sq_sum += prob * prob;
        if (!c->o->sort) {
            kept *k = NULL;
            if ((s = make_kept(c, X, j, &b, i, prob, flags, &k)) == CT_OK)
                s = score_write_row(c, 0, &key, k, NULL, diag);
            kept_free(k);
            continue;
        }
        if (!ct_topn_would_keep(c->q, &key))
            continue;
        kept *k = NULL;
        int in = 0;
        if ((s = make_kept(c, X, j, &b, i, prob, flags, &k)) == CT_OK &&
            (s = ct_topn_push(c->q, &key, k, &in)) == CT_OK && !in)
            kept_free(k);
        else if (s != CT_OK)
            kept_free(k);
    }
    ct_csr_free(X);
    return s;
}

/* The distinct source columns of the pipeline's features. */
static ct_status plan_sources(score_ctx *c)
{
    const ct_pipeline *p = c->m->pipeline;
    const size_t np = ct_pipeline_ncols(p);
    c->src_name = ct_calloc(np + 1, sizeof *c->src_name);
    c->src_is_text = ct_calloc(np + 1, sizeof *c->src_is_text);
    c->src_is_level = ct_calloc(np + 1, sizeof *c->src_is_level);
    c->col_src = ct_calloc(np + 1, sizeof *c->col_src);
    c->srccol = ct_calloc(np + 1, sizeof *c->srccol);
    c->srcmiss = ct_calloc(np + 1, sizeof *c->srcmiss);
    c->srccodes = ct_calloc(np + 1, sizeof *c->srccodes);
    c->num_src = ct_calloc(np + 1, sizeof *c->num_src);
    c->num_col = ct_calloc(np + 1, sizeof *c->num_col);
    c->col_num = ct_calloc(np + 1, sizeof *c->col_num);
    c->num_len = ct_calloc(np + 1, sizeof *c->num_len);
    c->src_is_count = ct_calloc(np + 1, sizeof *c->src_is_count);
    c->srcf64 = ct_calloc(np + 1, sizeof *c->srcf64);
    c->src_missing = ct_calloc(np + 1, sizeof *c->src_missing);
    c->col_is_ngram = ct_calloc(np + 1, sizeof *c->col_is_ngram);
    if (!c->src_missing || !c->col_is_ngram)
        return CT_ENOMEM;
    if (!c->src_name || !c->src_is_text || !c->src_is_level || !c->col_src || !c->srccol ||
        !c->srcmiss || !c->srccodes || !c->num_src || !c->num_col || !c->col_num || !c->num_len ||
        !c->src_is_count || !c->srcf64)
        return CT_ENOMEM;
    /* each source found by hash (base/name_set.h): a scan of the sources
     * each was quadratic in the columns (20,000, 2026-12-06); a scan still
     * when memory runs out */
    ct_name_set seen;
    const int hashed = ct_name_set_init(&seen, np) == 0;
    for (size_t j = 0; j < np; j++) {
        const ct_pipeline_col *pc = ct_pipeline_column(p, j);
        size_t k = 0;
        if (hashed) {
            k = ct_name_set_find(&seen, pc->source);
            if (k == SIZE_MAX) {
                k = c->nsrc;
                ct_name_set_add(&seen, pc->source);
            }
        } else
            while (k < c->nsrc && strcmp(c->src_name[k], pc->source) != 0)
                k++;
        if (k == c->nsrc)
            c->src_name[c->nsrc++] = pc->source;
        c->col_src[j] = k;
        c->src_is_level[k] |= pc->kind == CT_PIPELINE_LEVEL;
        if (pc->kind == CT_PIPELINE_NGRAM || pc->kind == CT_PIPELINE_LENGTH) {
            c->src_is_text[k] = 1;
            c->has_text = 1;
        }
        c->col_num[j] = SIZE_MAX;
        if (pc->kind == CT_PIPELINE_NUMERIC || pc->kind == CT_PIPELINE_LENGTH) {
            c->num_src[c->nnum] = k;
            c->num_col[c->nnum] = j;
            c->num_len[c->nnum] = pc->kind == CT_PIPELINE_NUMERIC       ? 0
                                  : strncmp(pc->name, "words(", 6) == 0 ? 2
                                                                        : 1;
            c->col_num[j] = c->nnum++;
        }
    }
    ct_name_set_free(&seen);
    for (size_t k = 0; k < c->nsrc; k++)
        for (size_t q = 0; q < c->o->ncount_columns && !c->src_is_text[k]; q++)
            if (c->o->count_columns[q] && strcmp(c->o->count_columns[q], c->src_name[k]) == 0)
                c->src_is_count[k] = 1;
    score_evidence_plan(c);
    return CT_OK;
}

/* The model file's metric NAME of split "validation" (any split for
 * mean_probability, as test helpers wrote it), or NaN. */
static double model_metric(const ct_model *m, const char *name, int any_split)
{
    for (size_t i = 0; i < m->nmetrics; i++)
        if (strcmp(m->metrics[i].name, name) == 0 &&
            (any_split || strcmp(m->metrics[i].split, "validation") == 0))
            return m->metrics[i].value;
    return NAN;
}

/* A count from the model file's metric: -1 unless a whole number >= 0. */
static int64_t model_count(const ct_model *m, const char *name)
{
    const double v = model_metric(m, name, 0);
    return v >= 0 && v <= 1e15 && v == floor(v) ? (int64_t)v : -1;
}

/* The mean probability's evidence (ct_score_summary: validation rows and
 * positives, the standard error of the means' difference, too small,
 * within noise). */
static void mean_evidence(score_ctx *c, double dm)
{
    ct_score_summary *s = &c->sum;
    const ct_model *m = c->m;
    s->validation_rows = model_count(m, "rows");
    s->validation_positives = model_count(m, "positives");
    if (s->validation_positives > s->validation_rows)
        s->validation_positives = -1;
    if (s->validation_positives < 0)
        s->validation_rows = -1;
    s->mean_standard_error = NAN;
    s->validation_too_small = 0;
    s->mean_within_noise = 0;
    if (s->validation_rows < 0)
        return;
    const int64_t nv = s->validation_rows, pv = s->validation_positives;
    s->validation_too_small = nv < CT_DRIFT_MIN_VALIDATION_ROWS ||
                              pv < CT_DRIFT_MIN_VALIDATION_CLASS ||
                              nv - pv < CT_DRIFT_MIN_VALIDATION_CLASS;
    const double vm = s->validation_mean_probability, sm = s->mean_probability;
    if (nv == 0 || !s->scored || !isfinite(vm) || !isfinite(sm))
        return;
    /* each side's spread: the probabilities' sd, else the bound a mean of
     * values in [0, 1] cannot exceed, sqrt(m (1 - m)). The rows scored
     * take at least validation's: with no drift they are drawn as
     * validation's were, and a few confident rows' own sd, near 0 (none
     * for one row), is no evidence of a tighter spread (before 2026-12-08
     * two or more such rows called drift every time, `2 x 0.035`, and one
     * row took sqrt(p (1 - p)) of its own p, then 1/2:
     * tests/cli/score_drift_one_row, tests/cli/score_drift_few_rows) */
    double sv = model_metric(m, "probability_sd", 0);
    if (!(sv >= 0 && sv <= 1))
        sv = sqrt(vm * (1 - vm));
    const double ns = (double)s->scored;
    double ss = sv;
    if (s->scored > 1) {
        const double var = (c->prob_sq_sum - c->prob_sum * c->prob_sum / ns) / (ns - 1);
        if (var > sv * sv)
            ss = sqrt(var);
    }
    s->mean_standard_error = sqrt(sv * sv / (double)nv + ss * ss / ns);
    s->mean_within_noise = isfinite(dm) && dm <= 2 * s->mean_standard_error;
}

/* "23 rows, 2 of them 'claim'": the validation set under the mean. */
static void validation_words(const ct_score_summary *s, const ct_model *m, char *buf, size_t n)
{
    char r[32], p[32];
    ct_numfmt_count(r, sizeof r, (uint64_t)s->validation_rows);
    ct_numfmt_count(p, sizeof p, (uint64_t)s->validation_positives);
    snprintf(buf, n, "%s row%s, %s of them '%.60s'", r, s->validation_rows == 1 ? "" : "s", p,
             m->positive ? m->positive : "positive");
}

/* A model input missing in more of the rows scored than in training's, by
 * more than the drift share: the column with the largest excess, in
 * s->missing_drift ("" when none). A model file that records no training
 * share (written before 2026-12-05) is taken to have had the column in
 * every row (the model reads it) and calls drift only when it is missing
 * in nearly every row scored (beyond 1 - the drift share): before
 * 2026-12-05 a file whose comment counts were all empty said "no drift"
 * (tests/cli/score_drift_column_missing_everywhere). */
static void missing_drift(score_ctx *c)
{
    ct_score_summary *s = &c->sum;
    const ct_score_options *o = c->o;
    s->missing_drift[0] = 0;
    if (!s->scored)
        return;
    double worst = 0;
    /* every input's share at once: one per name was a scan of the inputs
     * each, quadratic on 20,000 columns (2026-12-06) */
    double *shares = ct_malloc((c->nsrc + 1) * sizeof *shares);
    if (shares)
        ct_pipeline_missing_shares(c->m->pipeline, (const char *const *)c->src_name, c->nsrc,
                                   shares);
    for (size_t q = 0; q < c->nsrc; q++) {
        const double got = (double)c->src_missing[q] / (double)s->scored;
        double had = shares ? shares[q] : ct_pipeline_missing_share(c->m->pipeline, c->src_name[q]);
        if (isnan(had)) {
            if (!(got > 1 - o->drift_share))
                continue;
            had = 0;
        }
        if (!(got - had > o->drift_share) || !(got - had > worst))
            continue;
        worst = got - had;
        char a[32], b[32];
        snprintf(a, sizeof a, "%.2f%%", 100 * got);
        snprintf(b, sizeof b, "%.2f%%", 100 * had);
        snprintf(s->missing_drift, sizeof s->missing_drift,
                 "'%.200s' is missing in %s of the rows scored, in %s of the training rows (share "
                 "> %g): %s",
                 c->src_name[q], got >= 1 ? "every one" : a, had == 0 ? "none" : b, o->drift_share,
                 score_evidence_missing_words(c, q));
    }
    ct_free(shares);
}

static void summary_finish(score_ctx *c)
{
    ct_score_summary *s = &c->sum;
    /* the positive written otherwise and never as the model writes it, and
     * no other row matched: the labels were likely written otherwise, the
     * other class's too (the model records no name for it), so a count of
     * 0 would read as new rows (tests/cli/score_seen_labels_other_case) */
    if (s->seen_label_variant_rows && !c->seen_positive_rows && !s->seen_in_training) {
        s->seen_checked = 0;
        s->seen_in_training = 0;
    }
    const ct_model *m = c->m;
    const ct_score_options *o = c->o;
    s->mean_probability = s->scored ? c->prob_sum / (double)s->scored : NAN;
    if (s->no_evidence)
        score_evidence_note(c, s->no_evidence_note, sizeof s->no_evidence_note);
    s->validation_mean_probability = model_metric(m, "mean_probability", 1);
    const double cat =
        s->categorical_values ? (double)s->unseen_categorical / (double)s->categorical_values : 0;
    const double ng = s->text_rows ? (double)s->rows_without_known_ngram / (double)s->text_rows : 0;
    const double dm = fabs(s->mean_probability - s->validation_mean_probability);
    mean_evidence(c, dm);
    const int known = s->validation_rows >= 0;
    const int mean_over = isfinite(dm) && dm > o->drift_mean;
    const int mean_calls = mean_over && !s->validation_too_small && !s->mean_within_noise;
    const char *why = NULL;
    missing_drift(c);
    if (s->missing_drift[0])
        why = "missing";
    else if (ct_score_share_drifts(o, cat))
        why = "unseen categories";
    else if (ct_score_share_drifts(o, ng))
        why = "rows without a known n-gram";
    else if (mean_calls)
        why = "mean probability";
    s->drift = why != NULL;
    char vw[160], se[32], sc[32];
    ct_numfmt_count(sc, sizeof sc, s->scored);
    if (known)
        validation_words(s, m, vw, sizeof vw);
    snprintf(se, sizeof se, "%.2g", s->mean_standard_error);
    if (s->scored == 0)
        snprintf(s->verdict, sizeof s->verdict, "no rows scored: drift undefined");
    else if (why && strcmp(why, "mean probability") == 0 && !known)
        snprintf(s->verdict, sizeof s->verdict,
                 "drift: the mean probability is off validation's by %.3g (threshold %g; the "
                 "model file records no validation row count to weigh it by)",
                 dm, o->drift_mean);
    else if (why && strcmp(why, "missing") == 0)
        snprintf(s->verdict, sizeof s->verdict, "drift: %.480s", s->missing_drift);
    else if (why && strcmp(why, "mean probability") == 0)
        snprintf(s->verdict, sizeof s->verdict,
                 "drift: the mean probability is off validation's by %.3g (threshold %g), "
                 "beyond 2 standard errors (2 x %s; validation: %s)",
                 dm, o->drift_mean, se, vw);
    else if (why)
        snprintf(s->verdict, sizeof s->verdict, "drift: %s beyond the threshold (share > %g)", why,
                 o->drift_share);
    else if (mean_over && s->validation_too_small)
        snprintf(s->verdict, sizeof s->verdict,
                 "no drift called: the mean probability is off validation's by %.3g (threshold "
                 "%g), but validation's mean rests on %s: too few to call drift (fewer than %d "
                 "rows or %d of a class; shares <= %g)",
                 dm, o->drift_mean, vw, CT_DRIFT_MIN_VALIDATION_ROWS, CT_DRIFT_MIN_VALIDATION_CLASS,
                 o->drift_share);
    else if (mean_over)
        snprintf(s->verdict, sizeof s->verdict,
                 "no drift called: the mean probability is off validation's by %.3g (threshold "
                 "%g), but within 2 standard errors of the two means (2 x %s; %s row%s scored, "
                 "validation %s): too few rows to call drift (shares <= %g)",
                 dm, o->drift_mean, se, sc, s->scored == 1 ? "" : "s", vw, o->drift_share);
    else if (isfinite(dm) && s->validation_too_small)
        snprintf(s->verdict, sizeof s->verdict,
                 "no drift (shares <= %g, mean probability within the threshold, though "
                 "validation's mean rests on %s)",
                 o->drift_share, vw);
    else
        snprintf(s->verdict, sizeof s->verdict, "no drift (shares <= %g%s)", o->drift_share,
                 isfinite(dm) ? ", mean probability within the threshold"
                              : "; validation mean probability not in the model file");
}

/* queue rows whose reasons are computed in one parallel region: few regions,
 * so that threads waiting between them (libgomp spins before it sleeps) do
 * not take a loaded machine's CPU from the thread writing the rows (256 made
 * 782 regions for 200,000 rows: 2 threads 2-3x slower than 1; bench/RESULTS.md);
 * 16,384 x sizeof (score_reasons), about 11 MB (6.3 MB of it the n-gram
 * groups, since 2026-12-05); an eighth of the queue
 * when that is less, at least 256, so that the bar moves */
#define REASON_BLOCK 16384
#define REASON_BLOCK_MIN 256

/* The ranked queue out, a block of rows at a time: the rows' reasons
 * (their exact contributions: a forest's TreeSHAP is most of a score)
 * computed on ct_threads() threads, each row alone and on its own scratch,
 * then the rows written in rank order: the output does not depend on the
 * thread count. */
static ct_status write_queue(score_ctx *c, ct_diag *diag)
{
    const ct_score_options *o = c->o;
    const size_t nq = ct_topn_size(c->q);
    const size_t p1 = c->m->type->ncols(c->m->estimator) + 1;
    const int nth = o->reasons && nq > 1 ? ct_threads() : 1;
    size_t block = nq / 8 < REASON_BLOCK ? nq / 8 : REASON_BLOCK;
    if (block < REASON_BLOCK_MIN)
        block = REASON_BLOCK_MIN;
    score_reasons *rs = ct_malloc(block * sizeof *rs);
    double *phis = ct_malloc((size_t)nth * p1 * sizeof *phis);
    ct_status s = rs && phis ? CT_OK : CT_ENOMEM;
    for (size_t i0 = 0; i0 < nq && s == CT_OK; i0 += block) {
        const size_t i1 = i0 + block < nq ? i0 + block : nq;
        const long nb = (long)(i1 - i0);
#pragma omp parallel for num_threads(nth) schedule(dynamic, 4) if (nth > 1)
        for (long q = 0; q < nb; q++)
            score_row_reasons(c, ct_topn_payload(c->q, i0 + (size_t)q),
                              phis + (size_t)omp_get_thread_num() * p1, &rs[q]);
        for (size_t i = i0; i < i1 && s == CT_OK; i++)
            s = score_write_row(c, i + 1, ct_topn_key(c->q, i), ct_topn_payload(c->q, i),
                                &rs[i - i0], diag);
        if (s == CT_OK && o->write_progress)
            (void)o->write_progress(o->write_progress_user, i1, nq);
    }
    ct_free(rs);
    ct_free(phis);
    return s;
}

ct_status ct_score_stream(const ct_model *m, const char *path, const ct_score_options *o, FILE *out,
                          FILE *errors, ct_score_summary *sum, ct_diag *diag)
{
    ct_diag_clear(diag);
    if (sum)
        memset(sum, 0, sizeof *sum);
    const char *msg = ct_score_options_check(o);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    if (!m || !m->pipeline || !m->type || !m->estimator)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "the model is incomplete");
    score_ctx c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.o = o;
    c.out = out;
    c.errors = errors;
    c.sum.priority = o->priority;
    ct_status s = plan_sources(&c);
    if (s == CT_OK)
        s = ct_model_calibrator(m, &c.cal, diag);
    if (s == CT_OK && o->sort)
        s = ct_topn_create(o->capacity, kept_free, &c.q);
    ct_load_options lo = o->load;
    lo.on_bad_row = CT_BAD_ROW_SKIP;
    lo.on_bad_row_fn = bad_row;
    lo.on_bad_row_user = &c;
    /* a row with bytes of another encoding is scored with those values
     * missing and flagged invalid_utf8: a report left out of the queue is
     * never reviewed (before 2026-12-06 it was rejected:
     * tests/cli/score_invalid_utf8_queued) */
    lo.bad_utf8_missing = 1;
    lo.on_mended_fn = mended_row;
    lo.on_mended_user = &c;
    ct_reader *r = NULL;
    /* the columns the model fitted as text read as text, whatever their
     * values look like (levels '1' and '2' of a categorical column) */
    ct_schema *sc = NULL;
    if (s == CT_OK &&
        (s = ct_pipeline_load_schema(m->pipeline, lo.use_schema ? lo.schema : NULL, &sc)) != CT_OK)
        ct_diag_set(diag, s, path, 0, 0, "out of memory");
    lo.schema = sc;
    lo.use_schema = 1;
    if (s == CT_OK)
        s = ct_reader_open(path, &lo, &r, diag);
    ct_schema_free(sc);
    if (r)
        snprintf(c.sum.dot_groups_note, sizeof c.sum.dot_groups_note, "%s",
                 ct_reader_dot_groups_note(r));
    while (s == CT_OK) {
        ct_frame *f = NULL;
        if ((s = ct_reader_next(r, o->batch_rows, &f, diag)) != CT_OK)
            break;
        if (!f && c.batches == 0) {
            /* no data row at all: the header's columns are checked all the
             * same (a header-only file lacking a model input was queued
             * empty with exit 0, where evaluate refuses it) */
            if ((s = ct_reader_empty_frame(r, &f)) != CT_OK)
                break;
            s = batch(&c, f, diag);
            ct_frame_destroy(f);
            break;
        }
        if (!f)
            break;
        c.batches++;
        s = c.mended_nomem ? ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory")
                           : batch(&c, f, diag);
        ct_frame_destroy(f);
        if (o->progress) {
            uint64_t done, total;
            ct_reader_progress(r, &done, &total);
            (void)o->progress(o->progress_user, done, total);
        }
    }
    if (r) {
        const ct_load_stats *ls = ct_reader_stats(r);
        /* a rejected row that read the lines after it as one quoted field
         * (a stray quote) lost the reports on them too: counted as rows
         * read and rejected, so --max-rejected weighs the reports lost
         * (tests/cli/score_swallowed_lines_rejected) */
        c.sum.read = ls->rows_read + ls->swallowed_lines;
        c.sum.rejected = ls->rows_skipped + ls->swallowed_lines + c.rejected_infinite;
        c.sum.swallowed = ls->swallowed_lines;
        c.sum.boms = ls->boms;
        c.sum.utf8_rows = ls->utf8_rows;
        c.sum.open_last_line = ls->open_last_line;
    }
    if (c.formula_n && c.formula_col < c.col_values_n)
        ct_frame_formula_ids_text(c.sum.formula_note, sizeof c.sum.formula_note, c.formula_name,
                                  c.formula_n, c.col_values[c.formula_col], c.formula_line,
                                  c.formula_first, c.formula_first_len);
    ct_reader_close(r);
    if (s == CT_OK) /* no batch (no data row): the header alone */
        s = writer_once(&c, diag);
    if (s == CT_OK && o->sort) {
        ct_topn_finish(c.q);
        s = write_queue(&c, diag);
    }
    ct_status s2 = score_writer_close(&c, s == CT_OK ? diag : NULL);
    if (s == CT_OK)
        s = s2;
    c.sum.ids_checked_all = !c.ids_stopped;
    triage_idset_free(&c.ids);
    summary_finish(&c);
    if (sum)
        *sum = c.sum;
    ct_topn_destroy(c.q);
    ct_calib_destroy(c.cal);
    ct_free(c.p);
    ct_free(c.unseen);
    ct_free(c.sel);
    ct_free(c.phi);
    ct_free(c.src_name);
    ct_free(c.src_is_text);
    ct_free(c.src_is_level);
    ct_free(c.col_src);
    ct_free(c.srccol);
    ct_free(c.srcmiss);
    ct_free(c.srccodes);
    ct_free(c.src_is_count);
    ct_free(c.srcf64);
    ct_free(c.status_of_code);
    ct_free(c.num_src);
    ct_free(c.num_col);
    ct_free(c.col_num);
    ct_free(c.num_len);
    ct_free(c.col_values);
    ct_free(c.outside);
    ct_free(c.src_missing);
    ct_free(c.col_is_ngram);
    ct_free(c.mended);
    return s;
}
