/* parallel_load.c — the parallel whole-file load.
 *
 * A large regular file is read in blocks of one part per thread. Each block
 * is cut at line ends where the count of quote characters since the block's
 * start is even (outside quoted fields, for well-formed CSV); every part is
 * tokenized and validated by its own thread into its own frame, then the
 * parts are appended in order, bad rows replayed in file order, line numbers
 * shifted. The cut is verified, not trusted: a part whose last record runs
 * past its cut (an unterminated quote) means the parity guess was wrong (a
 * literal quote in an unquoted field), and so does a part with many bad rows;
 * the load then goes on serially from the block's start, so results never
 * depend on the guess. Column types are inferred after the whole file, as in
 * the serial load.
 *
 * It runs only when the caller allowed more than one thread (ct_threads();
 * the library's default is one) and the file is at least
 * parallel_min_bytes; streams and standard input are always serial. */
#include "frame/loader.h"

#include <omp.h>
#include <stdio.h>
#include <string.h>

#define PAR_PART_BYTES ((size_t)16 << 20) /* bytes per thread per block */
#define PAR_MAX_BAD 64                    /* more bad rows: go serial */

typedef struct par_part {
    loader W;
    ct_load_options opt;
    size_t a, b; /* byte range in the block */
    ct_diag *bad;
    size_t nbad;
    int overflow; /* more than PAR_MAX_BAD bad rows */
    int cut_open; /* the last record ran to the end of the part unterminated */
    long lines;   /* physical lines the part spans */
    ct_status status;
    ct_diag diag;
} par_part;

static void part_collect(void *user, const ct_diag *d)
{
    par_part *p = user;
    if (p->nbad < PAR_MAX_BAD)
        p->bad[p->nbad++] = *d;
    else
        p->overflow = 1;
}

static void part_free(par_part *p)
{
    ct_free(p->W.vals);
    ct_free(p->W.vmiss);
    ct_free(p->W.mark);
    ct_free(p->W.spec_save);
    ct_free(p->W.mend);
    ct_csv_close(p->W.csv);
    ct_free(p->bad);
    memset(&p->W, 0, sizeof p->W);
    p->bad = NULL;
}

/* Empty a frame for reuse, keeping its capacity and category levels. */
static void frame_reset(ct_frame *f)
{
    for (size_t j = 0; j < f->ncols; j++) {
        ct_column *c = f->cols[j];
        c->n = c->nmiss = c->nunseen = 0;
        c->alen = 0;
        c->spec_int = 1;
    }
    f->nrows = 0;
}

/* Column state saved before a block, so a doubtful block can be undone. */
typedef struct col_mark {
    size_t alen, nlevels;
} col_mark;

static void frame_mark(const ct_frame *f, col_mark *m)
{
    for (size_t j = 0; j < f->ncols; j++) {
        m[j].alen = f->cols[j]->alen;
        m[j].nlevels = f->cols[j]->nlevels;
    }
}

/* Drop rows from nrows on, and levels and text added after the mark. */
static int frame_truncate(ct_frame *f, size_t nrows, const col_mark *m)
{
    for (size_t j = 0; j < f->ncols; j++) {
        ct_column *c = f->cols[j];
        while (c->n > nrows)
            col_pop(c);
        c->alen = m[j].alen;
        if (c->raw_lazy && col_materialize(c))
            return -1;
        ct_free(c->spec); /* spec_int may stem from dropped rows: parse again */
        c->spec = NULL;
        col_drop_levels(c, m[j].nlevels);
    }
    f->nrows = nrows;
    return 0;
}

/* Tokenize and validate block[p->a, p->b) into frame `into` (rows appended),
 * numbering lines from first_line. */
static void part_run(const loader *L, par_part *p, const char *block, ct_frame *into,
                     long first_line)
{
    part_free(p);
    p->W = *L; /* shares header, types, dictionaries, NA set: read-only */
    p->opt = *L->opt;
    p->opt.on_bad_row_fn = part_collect;
    p->opt.on_bad_row_user = p;
    p->opt.progress = NULL;
    p->W.opt = &p->opt;
    p->W.f = into;
    p->W.csv = NULL;
    p->W.mend = NULL; /* its own, allocated when a row needs it */
    p->W.mend_calls = 0;
    p->W.have_bad = 0;
    p->nbad = 0;
    p->overflow = p->cut_open = 0;
    p->status = CT_OK;
    p->lines = 0;
    memset(&p->W.stats, 0, sizeof p->W.stats);
    p->W.vals = ct_malloc((L->ncols ? L->ncols : 1) * sizeof *p->W.vals);
    p->W.vmiss = ct_malloc(L->ncols ? L->ncols : 1);
    p->W.mark = ct_malloc((L->ncols ? L->ncols : 1) * sizeof *p->W.mark);
    p->W.spec_save = ct_calloc(L->ncols ? L->ncols : 1, 1);
    p->bad = ct_malloc(PAR_MAX_BAD * sizeof *p->bad);
    if (!p->W.vals || !p->W.vmiss || !p->W.mark || !p->W.spec_save || !p->bad ||
        ct_csv_open_buffer(block + p->a, p->b - p->a, L->name, L->opt->delimiter, first_line, 0,
                           &p->W.csv)) {
        p->status = ct_diag_set(&p->diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
        return;
    }
    for (;;) {
        if (loader_fast_row(&p->W))
            continue;
        ct_csv_record rec;
        ct_status s = ct_csv_next(p->W.csv, &rec, &p->diag);
        if (s) {
            p->status = s;
            return;
        }
        if (!rec.fields)
            break;
        if (rec.error == CT_CSV_UNTERMINATED)
            p->cut_open = 1;
        s = loader_row(&p->W, &rec, &p->diag);
        if (s == CT_EDATA) {
            if (p->opt.on_bad_row == CT_BAD_ROW_SKIP)
                loader_count_skipped(&p->W.stats, &rec);
            continue;
        }
        if (s) {
            p->status = s;
            return;
        }
    }
    p->lines = ct_csv_line(p->W.csv) - first_line;
}

/* Append the strings of src's n rows to d (same type, both borrowing from
 * the same mapping): arena bytes copied, offsets into the arena moved. */
static int col_append_strings(ct_column *d, const ct_column *c, size_t n)
{
    if (c->alen && d->alen + c->alen + CT_CSV_PAD > d->acap) {
        size_t na = d->acap ? d->acap : 4096;
        while (na < d->alen + c->alen + CT_CSV_PAD)
            na *= 2;
        char *ar = ct_realloc(d->arena, na);
        if (!ar)
            return -1;
        d->arena = ar;
        d->acap = na;
    }
    if (c->alen) {
        memcpy(d->arena + d->alen, c->arena, c->alen);
        memset(d->arena + d->alen + c->alen, 0, CT_CSV_PAD);
    }
    if (d->spec && c->spec) {
        memcpy(d->spec + d->n, c->spec, n * sizeof *d->spec);
        d->spec_int &= c->spec_int;
    } else if (d->spec) {
        ct_free(d->spec);
        d->spec = NULL;
    }
    /* both borrow from the same base; arena offsets move by d->alen */
    for (size_t i = 0; i < n; i++) {
        uint64_t o = c->soff[i];
        d->soff[d->n + i] = o < c->base_len ? o : o + d->alen;
        d->slen[d->n + i] = c->slen[i];
    }
    d->alen += c->alen;
    return 0;
}

/* Append src column c's rows to d (same type). Levels are mapped through
 * d's dictionary (the same fixed one, or d's learned levels extended). */
static int col_append(ct_column *d, ct_column *c)
{
    size_t n = c->n, need = d->n + n;
    if (need > d->cap && col_grow(d, need > 2 * d->cap ? need : 2 * d->cap))
        return -1;
    memcpy(d->miss + d->n, c->miss, n);
    d->nmiss += c->nmiss;
    if (d->f64) {
        memcpy(d->f64 + d->n, c->f64, n * sizeof *d->f64);
        col_note_infinite_from(d, c);
        /* an int column's exact values start in the block that first holds
         * a value beyond 2^53, and end with one beyond int64 in any block */
        if (d->type == CT_TYPE_INT && (d->i64_lost |= c->i64_lost)) {
            ct_free(d->i64);
            d->i64 = NULL;
        } else if (d->type == CT_TYPE_INT && c->i64 && !d->i64 && col_make_i64(d)) {
            return -1;
        }
        if (d->i64 && c->i64)
            memcpy(d->i64 + d->n, c->i64, n * sizeof *d->i64);
        else if (d->i64) /* a block whose values are all below 2^53: exact doubles */
            for (size_t i = 0; i < n; i++)
                d->i64[d->n + i] = c->miss[i] ? 0 : (int64_t)c->f64[i];
    } else if (d->type == CT_TYPE_CATEGORY) {
        int32_t *map = ct_malloc((c->nlevels ? c->nlevels : 1) * sizeof *map);
        if (!map)
            return -1;
        int fail = 0;
        for (size_t k = 0; k < c->nlevels && !fail; k++)
            fail |= (map[k] = col_intern(d, c->levels[k], c->level_len[k])) < 0;
        for (size_t i = 0; i < n && !fail; i++) /* missing and unseen codes stay */
            d->codes[d->n + i] = c->codes[i] < 0 ? c->codes[i] : map[c->codes[i]];
        ct_free(map);
        if (fail)
            return -1;
        d->nunseen += c->nunseen;
    } else if (d->raw_lazy != c->raw_lazy && (col_materialize(d) || col_materialize(c))) {
        return -1;
    } else if (d->raw_lazy) { /* both keep values only */
        memcpy(d->spec + d->n, c->spec, n * sizeof *d->spec);
        d->spec_int &= c->spec_int;
    } else if (col_append_strings(d, c, n)) {
        return -1;
    }
    col_note_tsep_from(d, c, d->n); /* "12.0" with --thousands=., any column */
    d->n = need;
    return 0;
}

/* Append the rows of src (same column types) to dst, shifting line numbers
 * by line_offset. Columns are independent, so they are copied in parallel. */
static int frame_append(ct_frame *dst, ct_frame *src, long line_offset)
{
    size_t n = src->nrows, need = dst->nrows + n;
    int fail = 0;
#pragma omp parallel for schedule(dynamic, 1) reduction(| : fail) num_threads(ct_threads())
    for (size_t j = 0; j < dst->ncols; j++)
        fail |= col_append(dst->cols[j], src->cols[j]) != 0;
    if (fail)
        return -1;
    if (n == 0)
        return 0;
    if (!dst->lines && !src->lines &&
        (dst->nrows == 0 || src->line0 + line_offset == dst->line0 + (long)dst->nrows)) {
        if (dst->nrows == 0)
            dst->line0 = src->line0 + line_offset;
        dst->nrows = need; /* still one line a row */
        return 0;
    }
    if (!dst->lines && frame_lines_array(dst, need))
        return -1;
    if (need > dst->cap) {
        size_t nc = need > 2 * dst->cap ? need : 2 * dst->cap;
        long *l = ct_realloc(dst->lines, nc * sizeof *l);
        if (!l)
            return -1;
        dst->lines = l;
        dst->cap = nc;
    }
    for (size_t i = 0; i < n; i++)
        dst->lines[dst->nrows + i] = frame_line(src, i) + line_offset;
    dst->nrows = need;
    return 0;
}

/* Count quote characters in s[0..n). */
static size_t count_quotes(const char *s, size_t n)
{
    size_t c = 0;
    const char *e = s + n;
    while ((s = memchr(s, '"', (size_t)(e - s))) != NULL) {
        c++;
        s++;
    }
    return c;
}

/* First cut at or after `from`: the position just past a '\n' with an even
 * number of quotes in buf[0..pos). q is the quote count of buf[0..from).
 * Returns n when there is none. */
static size_t next_cut(const char *buf, size_t n, size_t from, size_t q)
{
    size_t pos = from;
    while (pos < n) {
        const char *nl = memchr(buf + pos, '\n', n - pos);
        if (!nl)
            return n;
        size_t at = (size_t)(nl - buf);
        q += count_quotes(buf + pos, at - pos);
        if (q % 2 == 0)
            return at + 1;
        pos = at + 1;
    }
    return n;
}

/* Last cut in buf[0..n): past the last '\n' with even quote parity; 0 if none. */
static size_t last_cut(const char *buf, size_t n)
{
    size_t q = count_quotes(buf, n), pos = n;
    while (pos > 0) {
        size_t at = pos;
        while (at > 0 && buf[at - 1] != '\n')
            at--;
        if (at == 0)
            return 0;
        at--; /* the '\n' */
        q -= count_quotes(buf + at, pos - at);
        if (q % 2 == 0)
            return at + 1;
        pos = at;
    }
    return 0;
}

/* The state of one parallel load: the block being parsed and the parts. */
typedef struct par_load {
    int T;           /* parts (threads) */
    int mapped;      /* the block is the mapped file, cut in place */
    FILE *fp;        /* else the file the blocks are read from */
    char *buf;       /* the block read from fp */
    const char *blk; /* the block: buf, or the mapped file from `start` */
    size_t have, cap;
    int eof;
    uint64_t start, total, pos; /* file offsets: first data byte, end, blk[0] */
    long line;                  /* physical line of blk[0] */
    par_part *parts;
    /* part 0 appends straight to L->f; the others fill frames of their own,
     * kept across blocks, which are then appended in order */
    ct_frame **own;
    col_mark *mark;
} par_load;

/* Set up P after the header; CT_EAGAIN_SERIAL when fp cannot be opened. */
static ct_status par_open(par_load *P, loader *L, const char *path, ct_diag *diag)
{
    memset(P, 0, sizeof *P);
    P->start = ct_csv_bytes_read(L->csv);
    P->total = ct_csv_bytes_total(L->csv);
    P->line = ct_csv_line(L->csv);
    P->mapped = L->map.data != NULL;
    P->T = ct_threads() > 8 ? 8 : ct_threads();
    if (!P->mapped) {
        P->fp = fopen(path, "rb");
        if (!P->fp || fseeko(P->fp, (off_t)P->start, SEEK_SET) != 0) {
            if (P->fp)
                fclose(P->fp);
            P->fp = NULL;
            return CT_EAGAIN_SERIAL;
        }
    }
    ct_csv_close(L->csv);
    L->csv = NULL;
    /* parts of at most PAR_PART_BYTES; a small file is one block */
    uint64_t per = (P->total - P->start) / (uint64_t)P->T + ((uint64_t)1 << 16);
    size_t part = per < PAR_PART_BYTES ? (size_t)per : PAR_PART_BYTES;
    P->cap = (size_t)P->T * part;
    if (P->mapped) {
        P->blk = L->map.data + P->start;
        P->have = P->cap = (size_t)(P->total - P->start);
        P->eof = 1;
    } else {
        P->blk = P->buf = ct_malloc(P->cap + CT_CSV_PAD);
    }
    P->parts = ct_calloc((size_t)P->T, sizeof *P->parts);
    P->own = ct_calloc((size_t)P->T, sizeof *P->own);
    P->mark = ct_malloc((L->ncols ? L->ncols : 1) * sizeof *P->mark);
    P->pos = P->start;
    if (!P->blk || !P->parts || !P->own || !P->mark)
        return ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
    for (int k = 1; k < P->T; k++)
        if (loader_new_frame(L, &P->own[k]))
            return ct_diag_set(diag, CT_ENOMEM, L->name, 0, 0, "out of memory");
    return CT_OK;
}

static void par_close(par_load *P)
{
    for (int k = 0; P->parts && k < P->T; k++) {
        part_free(&P->parts[k]);
        if (P->own)
            ct_frame_destroy(P->own[k]);
    }
    ct_free(P->buf);
    ct_free(P->parts);
    ct_free(P->own);
    ct_free(P->mark);
    if (P->fp)
        fclose(P->fp);
    P->fp = NULL;
}

/* Read more of the file into the block (growing it when one record is
 * longer than a block). */
static ct_status par_read(par_load *P, const loader *L, ct_diag *diag)
{
    if (P->eof)
        return CT_OK;
    if (P->have == P->cap) {
        char *nb = ct_realloc(P->buf, 2 * P->cap + CT_CSV_PAD);
        if (!nb)
            return ct_diag_set(diag, CT_ENOMEM, L->name, P->line, 0, "out of memory");
        P->blk = P->buf = nb;
        P->cap *= 2;
    }
    size_t got = fread(P->buf + P->have, 1, P->cap - P->have, P->fp);
    if (got < P->cap - P->have) {
        if (ferror(P->fp))
            return ct_diag_set(diag, CT_EIO, L->name, P->line, 0, "read error");
        P->eof = 1;
    }
    P->have += got;
    memset(P->buf + P->have, 0, CT_CSV_PAD);
    return CT_OK;
}

/* Cut blk[0..end) into T parts of near equal sizes, at line ends with an
 * even count of quotes before them. */
static void par_cut(par_load *P, size_t end)
{
    size_t q = 0, prev = 0;
    for (int k = 0; k < P->T; k++) {
        size_t target = k == P->T - 1 ? end : (end / (size_t)P->T) * (size_t)(k + 1);
        size_t cut = end;
        if (k < P->T - 1 && target > prev) {
            q += count_quotes(P->blk + prev, target - prev);
            cut = next_cut(P->blk, end, target, q);
            q += count_quotes(P->blk + target, cut - target);
        } else if (k < P->T - 1) {
            cut = prev;
        }
        P->parts[k].a = prev;
        P->parts[k].b = cut;
        prev = cut;
    }
}

/* First block: size every frame from the line density of its first
 * 256 KiB, so the parts do not grow their columns (and fault pages)
 * concurrently; untouched capacity costs no RSS. */
static void par_presize(par_load *P, loader *L, size_t end)
{
    size_t probe = end < ((size_t)1 << 18) ? end : (size_t)1 << 18, nl = 1;
    for (const char *p = P->blk, *e = P->blk + probe; (p = memchr(p, '\n', (size_t)(e - p))); p++)
        nl++;
    double lines_total = (double)nl * (double)(P->total - P->start) / (double)probe;
    double lines_block = (double)nl * (double)end / (double)probe;
    size_t est = (size_t)(lines_total * 1.05) + 16;
    size_t per_part = (size_t)(lines_block / P->T * 1.1) + 16;
    for (size_t j = 0; j < L->ncols; j++)
        if (est > L->f->cols[j]->cap)
            (void)col_grow(L->f->cols[j], est); /* best effort */
    for (int k = 1; k < P->T; k++)
        for (size_t j = 0; j < L->ncols; j++)
            if (per_part > P->own[k]->cols[j]->cap)
                (void)col_grow(P->own[k]->cols[j], per_part);
}

/* The parts of blk[0..end) all held: append them in order, replay their
 * bad rows with lines shifted, add their counts, move past the block. */
static ct_status par_accept(par_load *P, loader *L, size_t end, ct_diag *diag)
{
    for (int k = 0; k < P->T; k++) {
        par_part *p = &P->parts[k];
        long offset = k ? P->line - 1 : 0;
        if (k && frame_append(L->f, P->own[k], offset))
            return ct_diag_set(diag, CT_ENOMEM, L->name, P->line, 0, "out of memory");
        if (k && P->mapped) { /* one block only: free the part's memory now */
            ct_frame_destroy(P->own[k]);
            P->own[k] = NULL;
        }
        for (size_t b = 0; b < p->nbad; b++) {
            ct_diag d = p->bad[b];
            d.line += offset;
            report_bad(L, &d);
        }
        L->stats.rows_read += p->W.stats.rows_read;
        L->stats.rows_used += p->W.stats.rows_used;
        L->stats.rows_skipped += p->W.stats.rows_skipped;
        L->stats.skipped_lines += p->W.stats.skipped_lines;
        L->stats.swallowed_lines += p->W.stats.swallowed_lines;
        if (p->W.stats.maybe_joined && !L->stats.maybe_joined) {
            L->stats.maybe_joined_line = p->W.stats.maybe_joined_line + offset;
            L->stats.maybe_joined_field = p->W.stats.maybe_joined_field;
        }
        L->stats.maybe_joined += p->W.stats.maybe_joined;
        for (size_t b = 0; b < p->W.stats.nskipped && L->stats.nskipped < CT_LOAD_SPANS_MAX; b++) {
            ct_load_span sp = p->W.stats.skipped[b];
            sp.line += offset;
            sp.last_line += offset;
            L->stats.skipped[L->stats.nskipped++] = sp;
        }
        L->stats.unseen_values += p->W.stats.unseen_values;
        L->stats.utf8_rows += p->W.stats.utf8_rows;
        if (p->W.stats.bad_utf8_rows && !L->stats.bad_utf8_rows) {
            L->stats.bad_utf8_line = p->W.stats.bad_utf8_line + offset;
            L->stats.bad_utf8_field = p->W.stats.bad_utf8_field;
        }
        L->stats.bad_utf8_rows += p->W.stats.bad_utf8_rows;
        L->blank_base += ct_csv_blank_lines(p->W.csv);
        P->line += p->lines;
    }
    if (P->pos == P->start)
        loader_presize(L, (size_t)-1, end, P->total - P->start);
    if (P->buf)
        memmove(P->buf, P->buf + end, P->have - end);
    else
        P->blk += end;
    P->have -= end;
    P->pos += end;
    L->bytes_base = P->pos;
    if (L->opt->progress && !L->map.heap) /* gzip: see loader_progress */
        L->opt->progress(L->opt->progress_user, P->pos, P->total);
    return CT_OK;
}

/* Parse blk[0..end) on the parts; *doubt when a cut is in doubt (then
 * L->f is as before the block). */
static ct_status par_block(par_load *P, loader *L, size_t end, int *doubt, ct_diag *diag)
{
    par_cut(P, end);
    if (P->pos == P->start)
        par_presize(P, L, end);
    size_t rows_before = L->f->nrows;
    frame_mark(L->f, P->mark);
    for (int k = 1; k < P->T; k++)
        frame_reset(P->own[k]);
    const int T = P->T;
#pragma omp parallel for schedule(static, 1) num_threads(T)
    for (int k = 0; k < T; k++)
        part_run(L, &P->parts[k], P->blk, k ? P->own[k] : L->f, k ? 1 : P->line);
    ct_status st = CT_OK;
    *doubt = 0;
    for (int k = 0; k < T; k++) {
        par_part *p = &P->parts[k];
        int at_eof = P->eof && p->b == P->have;
        if (p->status == CT_ENOMEM || p->status == CT_EIO) {
            st = p->status;
            *diag = p->diag;
        }
        *doubt |= p->overflow || (p->cut_open && !at_eof) || p->status != CT_OK;
    }
    if (st)
        return st;
    if (!*doubt)
        return par_accept(P, L, end, diag);
    if (frame_truncate(L->f, rows_before, P->mark)) /* undo part 0 */
        return ct_diag_set(diag, CT_ENOMEM, L->name, P->line, 0, "out of memory");
    return CT_OK;
}

/* Go on serially from the start of the doubtful block. */
static ct_status par_resume_serial(par_load *P, loader *L, ct_diag *diag)
{
    ct_status st;
    if (P->mapped) {
        st = ct_csv_open_buffer(L->map.data + P->pos, (size_t)(P->total - P->pos), L->name,
                                L->opt->delimiter, P->line, 0, &L->csv);
        if (st)
            return ct_diag_set(diag, st, L->name, P->line, 0, "out of memory");
    } else {
        if (fseeko(P->fp, (off_t)P->pos, SEEK_SET) != 0)
            return ct_diag_set(diag, CT_EIO, L->name, P->line, 0, "cannot seek");
        ct_csv_options co = ct_csv_options_default();
        co.delimiter = L->opt->delimiter;
        st = ct_csv_open_file(P->fp, L->name, &co, &L->csv, diag);
        if (st)
            return st;
        ct_csv_resume(L->csv, P->line);
    }
    L->bytes_base = P->pos;
    int e;
    return loader_run(L, (size_t)-1, 0, &e, diag); /* the reader does not own fp */
}

/* Load the rest of the file (after the header) in parallel blocks; on a
 * doubtful cut, hand over to the serial loader at the start of the current
 * block. A mapped file is one block, cut in place; otherwise blocks are
 * read from `path`. */
ct_status loader_run_parallel(loader *L, const char *path, ct_diag *diag)
{
    par_load P;
    ct_status st = par_open(&P, L, path, diag);
    if (st == CT_EAGAIN_SERIAL)
        return st;
    int doubt = 0;
    while (!st && !doubt && !(P.eof && P.have == 0)) {
        st = par_read(&P, L, diag);
        if (st)
            break;
        size_t end = P.eof ? P.have : last_cut(P.blk, P.have);
        if (end == 0)
            continue; /* no complete record yet: read more */
        st = par_block(&P, L, end, &doubt, diag);
    }
    if (!st && doubt) {
        /* the parts' memory goes first; fp stays open for the serial run */
        FILE *fp = P.fp;
        P.fp = NULL;
        par_close(&P);
        P.fp = fp;
        st = par_resume_serial(&P, L, diag);
        if (P.fp)
            fclose(P.fp);
        return st;
    }
    par_close(&P);
    if (st)
        return st;
    L->stats.blank_lines = L->blank_base;
    L->stats.bytes = L->bytes_base;
    if (L->have_bad && L->opt->on_bad_row == CT_BAD_ROW_FAIL) {
        if (diag)
            *diag = L->first_bad;
        return CT_EDATA;
    }
    return CT_OK;
}
