/* reader.c — the streaming reader: a CSV file as frames of at most N rows,
 * in constant memory, every batch coded against one schema.
 *
 * At open, the header and the first infer_rows rows are read into a pending
 * frame, the types the schema does not give are inferred over them, and
 * the schema is fixed: types, and every categorical column's dictionary
 * (the caller's levels, or the levels of the pending rows in order of first
 * appearance). Each batch is a new frame whose categorical columns start
 * with those dictionaries, fixed: a level has the same code in every batch,
 * and a value outside a dictionary is coded CT_CODE_UNSEEN and counted,
 * never added. The pending rows are handed out first (their codes are
 * already the dictionary's), then records are read into each batch by the
 * same loader as a whole-file load (loader.c, fast_path.c; the file is not
 * mapped, so a batch never refers to the reader). */
#include "frame/loader.h"

#include <string.h>

struct ct_reader {
    loader L;
    ct_load_options opt; /* the caller's, with what they point to copied */
    char **na;           /* own copies of opt.na_values */
    size_t nna;
    ct_schema *schema; /* fixed at open */
    ct_frame *pending; /* rows read during inference, not yet handed out */
    size_t pending_pos;
    int eof;
    /* per column: string bytes a row of the last batch took (arena
     * included), for sizing the next batch's arena */
    double *arena_per_row;
    /* counts grouped by '.' read as decimals, weighed on the rows that
     * fixed the types (ct_frame_explain_dot_groups); "" when none */
    char dot_groups[1024];
};

/* A batch never starts with room for more rows than this (a larger one
 * grows by doubling as it fills, as any column does). */
#define READER_PRESIZE_MAX ((size_t)1 << 16)

/* Nor room for more string bytes per column than this: the bytes a row
 * took are those of the last batch, and one huge field in a small batch
 * (a 5 MB transcript in a 1-row tail) times 8,192 rows asked for 46 GB.
 * Beyond it the arena grows by doubling as it fills. */
#define READER_PRESIZE_ARENA_MAX ((size_t)1 << 26)

/* Room made at once in a new batch f for the rows it will hold (at most
 * max_rows) and for the strings of its text columns (the bytes a row of
 * the last batch took, 1/8 more), so that a batch's arrays are not regrown
 * and copied at every doubling as it fills (they were 3 to 4 copies a
 * batch). Only the room differs: the values stored are the same. 0, or -1
 * when out of memory. */
static int reader_presize(ct_reader *r, ct_frame *f, size_t max_rows)
{
    const size_t rows = max_rows < READER_PRESIZE_MAX ? max_rows : READER_PRESIZE_MAX;
    for (size_t j = 0; j < f->ncols; j++) {
        ct_column *c = f->cols[j];
        if (rows > c->cap && col_grow(c, rows))
            return -1;
        const double per = r->arena_per_row ? r->arena_per_row[j] : 0;
        const double bytes = per * (double)rows * 1.125;
        const size_t want =
            bytes < (double)READER_PRESIZE_ARENA_MAX ? (size_t)bytes : READER_PRESIZE_ARENA_MAX;
        if (want > c->acap && !c->f64 && c->type != CT_TYPE_CATEGORY && !c->raw_lazy) {
            char *a = ct_realloc(c->arena, want);
            if (!a) /* only room made early: the arena grows as it fills */
                continue;
            c->arena = a;
            c->acap = want;
        }
    }
    return 0;
}

/* Note the string bytes per row of batch f (see reader_presize). */
static void reader_note_batch(ct_reader *r, const ct_frame *f)
{
    if (!r->arena_per_row)
        r->arena_per_row = ct_calloc(f->ncols ? f->ncols : 1, sizeof *r->arena_per_row);
    if (!r->arena_per_row || f->nrows == 0)
        return; /* only a hint */
    for (size_t j = 0; j < f->ncols; j++)
        r->arena_per_row[j] = (double)f->cols[j]->alen / (double)f->nrows;
}

/* Append row i of src to dst (same column types and dictionaries). */
static int frame_copy_row(ct_frame *dst, const ct_frame *src, size_t i)
{
    for (size_t j = 0; j < src->ncols; j++) {
        const ct_column *s = src->cols[j];
        ct_column *d = dst->cols[j];
        int rc;
        if (s->type == CT_TYPE_CATEGORY)
            rc = col_push_code(d, s->codes[i]); /* missing and unseen included */
        else if (s->miss[i])
            rc = col_push_missing(d);
        else if (s->i64 && d->i64)
            rc = col_push_i64(d, s->i64[i]);
        else if (s->f64) {
            if (isinf(s->f64[i]))
                col_note_infinite_from(d, s);
            rc = col_push_num(d, s->f64[i]);
        } else
            rc = col_push_str(d, col_sptr(s, i), s->slen[i]);
        if (rc)
            return -1;
    }
    return frame_push_line(dst, frame_line(src, i));
}

/* A stream fixes its types on its first rows; ids beyond 2^53 may come
 * later. Every numeric identifier whose window values are all whole keeps
 * exact int64 values from then on (values that are not whole digits in
 * int64 are then bad rows, reported). 0, or -1 when out of memory. */
static int reader_exact_ids(loader *L)
{
    for (size_t j = 0; j < L->ncols; j++) {
        ct_column *c = L->f->cols[j];
        if (c->type != CT_TYPE_ID || !c->f64 || c->i64)
            continue;
        int whole = 1;
        for (size_t i = 0; i < c->n && whole; i++)
            whole = c->miss[i] || (c->f64[i] == floor(c->f64[i]) && fabs(c->f64[i]) < 9.0e15);
        if (!whole)
            continue;
        c->i64 = ct_malloc((c->cap ? c->cap : 1) * sizeof *c->i64);
        if (!c->i64)
            return -1;
        for (size_t i = 0; i < c->n; i++)
            c->i64[i] = c->miss[i] ? 0 : (int64_t)c->f64[i];
        L->numeric_id[j] = 2;
    }
    return 0;
}

/* The levels a schema gives a categorical column to extend (extend_levels,
 * or CT_TYPE_AUTO with levels: a model's levels, ct_pipeline_load_schema),
 * added to the dictionary of the window when the column is categorical: a level first seen after the window is then a level, not
 * CT_CODE_UNSEEN, so a row's codes do not depend on where it sits in the
 * file (before 2026-12-05 they did: tests/cli/score_levels_after_window).
 * Appended, the window's codes stay. 0, or -1 when out of memory. */
static int reader_add_levels(loader *L, const ct_schema *sc)
{
    for (size_t j = 0; sc && j < L->ncols; j++) {
        ct_column *c = L->f->cols[j];
        if (c->type != CT_TYPE_CATEGORY || L->dict[j].set)
            continue;
        for (size_t k = 0; k < sc->ncolumns; k++) {
            const ct_schema_column *s = &sc->columns[k];
            if ((s->type != CT_TYPE_AUTO && !s->extend_levels) || strcmp(s->name, c->name) != 0)
                continue;
            for (size_t l = 0; l < s->nlevels; l++)
                if (col_intern(c, s->levels[l], strlen(s->levels[l])) == COL_NOMEM)
                    return -1;
        }
    }
    return 0;
}

/* Copy opt's extra missing-value tokens, which the reader outlives. */
static int reader_copy_na(ct_reader *r)
{
    r->nna = r->opt.n_na_values;
    r->na = ct_calloc(r->nna ? r->nna : 1, sizeof *r->na);
    if (!r->na)
        return -1;
    for (size_t k = 0; k < r->nna; k++)
        if (!(r->na[k] = ct_strdup(r->opt.na_values[k])))
            return -1;
    r->opt.na_values = (const char *const *)r->na;
    return 0;
}

ct_status ct_reader_open(const char *path, const ct_load_options *opt, ct_reader **out,
                         ct_diag *diag)
{
    *out = NULL;
    if (!path) /* as ct_frame_load (before 2026-12-04 CT_EEMPTY) */
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no file name");
    ct_load_options def = ct_load_options_default();
    const char *msg = ct_load_options_check(opt ? opt : &def);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, path, 0, 0, "%s", msg);
    ct_reader *r = ct_calloc(1, sizeof *r);
    if (!r)
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    r->opt = opt ? *opt : def;
    ct_status s = reader_copy_na(r) ? ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory")
                                    : loader_open(&r->L, path, NULL, 0, path, &r->opt, 0, diag);
    /* the caller's schema is read by loader_open only (types, dictionaries
     * copied): the reader keeps no pointer to it */
    r->opt.schema = NULL;
    int eof = 0;
    /* identifiers as written, whatever the window's values: score's queue
     * must not depend on which rows a shard starts with (before 2026-12-03
     * a zero-padded id after the window was refused: tests/cli/
     * score_zero_padded_id_late, score_shards_zero_padded_id_late) */
    r->L.ids_as_text = 1;
    r->L.mend_calls = 1;
    if (!s)
        s = loader_run(&r->L, r->opt.infer_rows, 1, &eof, diag);
    if (!s)
        s = loader_finish_types(&r->L, diag);
    if (!s && reader_add_levels(&r->L, opt && opt->use_schema ? opt->schema : NULL))
        s = ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    if (!s && reader_exact_ids(&r->L))
        s = ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    if (!s && (loader_fix_dicts(&r->L, r->L.f) || ct_frame_schema(r->L.f, &r->schema)))
        s = ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    if (s) {
        ct_reader_close(r);
        return s;
    }
    r->eof = eof;
    (void)ct_frame_explain_dot_groups(r->L.f, r->dot_groups, sizeof r->dot_groups);
    r->pending = r->L.f;
    r->L.f = NULL;
    *out = r;
    return CT_OK;
}

/* Move up to max_rows pending rows into f. */
static int reader_take_pending(ct_reader *r, ct_frame *f, size_t max_rows)
{
    size_t end = r->pending_pos + max_rows;
    if (end > r->pending->nrows)
        end = r->pending->nrows;
    for (size_t i = r->pending_pos; i < end; i++)
        if (frame_copy_row(f, r->pending, i))
            return -1;
    r->pending_pos = end;
    if (end == r->pending->nrows) {
        ct_frame_destroy(r->pending);
        r->pending = NULL;
    }
    return 0;
}

ct_status ct_reader_next(ct_reader *r, size_t max_rows, ct_frame **out, ct_diag *diag)
{
    *out = NULL;
    if (max_rows == 0)
        return ct_diag_set(diag, CT_EINVAL, r->L.name, 0, 0, "max_rows must be at least 1");
    ct_frame *f;
    if (loader_new_frame(&r->L, &f))
        return ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    if (reader_presize(r, f, max_rows)) {
        ct_frame_destroy(f);
        return ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    }
    if (r->pending && reader_take_pending(r, f, max_rows)) {
        ct_frame_destroy(f);
        return ct_diag_set(diag, CT_ENOMEM, r->L.name, 0, 0, "out of memory");
    }
    if (!r->pending && !r->eof && f->nrows < max_rows) {
        r->L.f = f;
        r->L.have_bad = 0;
        int eof;
        ct_status s = loader_run(&r->L, max_rows - f->nrows, 1, &eof, diag);
        r->L.f = NULL;
        if (s) {
            ct_frame_destroy(f);
            return s;
        }
        r->eof = eof;
    }
    if (f->nrows == 0) {
        ct_frame_destroy(f);
        return CT_OK;
    }
    reader_note_batch(r, f);
    *out = f;
    return CT_OK;
}

ct_status ct_reader_empty_frame(ct_reader *r, ct_frame **out)
{
    *out = NULL;
    return loader_new_frame(&r->L, out) ? CT_ENOMEM : CT_OK;
}

const ct_schema *ct_reader_schema(const ct_reader *r) { return r->schema; }

const ct_load_stats *ct_reader_stats(const ct_reader *r) { return &r->L.stats; }

const char *ct_reader_dot_groups_note(const ct_reader *r) { return r->dot_groups; }

void ct_reader_progress(const ct_reader *r, uint64_t *done, uint64_t *total)
{
    if (r->L.csv) {
        ct_csv_progress(r->L.csv, done, total);
        /* the rows read at open to fix the types (infer_rows, 43% of a
         * 150,000-row file) are handed out batch by batch: the input read
         * counts as far as the rows handed out (before 2026-12-04 score's
         * bar stood at 43% through them: docs/cli.md, Progress) */
        if (r->pending && r->pending->nrows)
            *done = (uint64_t)((double)*done * (double)r->pending_pos / (double)r->pending->nrows);
    } else {
        *done = r->L.stats.bytes;
        *total = 0;
    }
}

void ct_reader_close(ct_reader *r)
{
    if (!r)
        return;
    ct_frame_destroy(r->pending);
    loader_free(&r->L);
    ct_schema_free(r->schema);
    ct_free(r->arena_per_row);
    for (size_t k = 0; r->na && k < r->nna; k++)
        ct_free(r->na[k]);
    ct_free(r->na);
    ct_free(r);
}
