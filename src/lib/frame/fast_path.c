/* fast_path.c — the loader's fast path: one record of a borrowed buffer (a
 * mapped file or a parallel block) tokenized, validated and stored in one
 * pass, each value written straight into row n of its column and the row
 * committed at its end.
 *
 * It takes the common record: one line, fields unquoted or quoted without
 * doubled quotes, the right field count, every value valid. Anything else
 * (a doubled quote, a quoted line break, a blank line, a wrong field count,
 * a value that does not fit, a NUL, non-ASCII bytes that are not valid
 * UTF-8) is undone and left to the general path (ct_csv_next + loader_row,
 * loader.c), which reports it exactly. The loader fuzzer checks the two
 * paths against each other. The per-value helpers it calls are static
 * inline (frame_internal.h, na_tokens.h, base/parse.h), so that they are
 * inlined here. */
#include "frame/loader.h"

/* The fast path's field scanner: the first delimiter (or, inside quotes,
 * quote), '\n' or '\r' at or after q, 16 bytes at a time while they lie
 * before end. Bytes >= 0x80 and NULs are gathered over whole blocks, which
 * may reach into the next record: a byte flagged there only costs the exact
 * UTF-8 check or the general path, never a wrong result. */
typedef struct fast_scan_state {
#if defined(__SSE2__)
    __m128i stop[2], nl, cr, zero, hi, nul;
#endif
    char stopc[2];
    int flags;
} fast_scan_state;

static inline void fast_scan_init(fast_scan_state *sc, char delim)
{
    sc->stopc[0] = delim;
    sc->stopc[1] = '"';
    sc->flags = 0;
#if defined(__SSE2__)
    sc->stop[0] = _mm_set1_epi8(delim);
    sc->stop[1] = _mm_set1_epi8('"');
    sc->nl = _mm_set1_epi8('\n');
    sc->cr = _mm_set1_epi8('\r');
    sc->zero = _mm_setzero_si128();
    sc->hi = sc->nul = sc->zero;
#endif
}

static inline size_t fast_scan(fast_scan_state *sc, const char *buf, size_t q, size_t end,
                               int quoted)
{
#if defined(__SSE2__)
    for (; q + 16 <= end; q += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(buf + q));
        sc->hi = _mm_or_si128(sc->hi, w);
        sc->nul = _mm_or_si128(sc->nul, _mm_cmpeq_epi8(w, sc->zero));
        unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(w, sc->stop[quoted]), _mm_cmpeq_epi8(w, sc->nl)),
            _mm_cmpeq_epi8(w, sc->cr)));
        if (stop)
            return q + (size_t)__builtin_ctz(stop);
    }
#endif
    char sc0 = sc->stopc[quoted];
    for (; q < end && buf[q] != sc0 && buf[q] != '\n' && buf[q] != '\r'; q++) {
        unsigned char c = (unsigned char)buf[q];
        sc->flags |= (c >= 0x80) | ((c == 0) << 1);
    }
    return q;
}

/* Bit 1: a byte >= 0x80 was seen, bit 2: a NUL. */
static inline int fast_scan_flags(const fast_scan_state *sc)
{
    int f = sc->flags;
#if defined(__SSE2__)
    f |= (_mm_movemask_epi8(sc->hi) != 0) | ((_mm_movemask_epi8(sc->nul) != 0) << 1);
#endif
    return f;
}

/* Store value s[0..len) of column j (c) at row n, not committed: 0, or -1
 * when the row must go to the general path. *unseen is set when a fixed
 * dictionary lacks the value. */
static inline int fast_value(loader *L, ct_column *c, size_t j, size_t n, const char *s, size_t len,
                             int *unseen)
{
    uint8_t m = (uint8_t)is_na(&L->na, s, len);
    /* a thousands separator no group of three digits follows ("12.0"
     * with --thousands=.): counted with its row by the general path
     * (col_note_tsep), which this path would pass by */
    if (c->tsep && !m && (c->f64 || c->spec || c->raw_lazy) && memchr(s, c->tsep, len) &&
        tsep_misplaced(s, len, c->tsep, c->dec ? c->dec : '.'))
        return -1;
    c->miss[n] = m;
    if (c->i64) { /* exact identifiers: digits that fit an int64 */
        int64_t x = 0;
        if (!m && (!parse_exact_i64(s, len, &x) || id_zero_padded(s, len)))
            return -1; /* the general path reports it */
        c->i64[n] = x;
        c->f64[n] = m ? NAN : (double)x;
    } else if (c->f64) {
        double v = NAN;
        int integral;
        uint64_t u;
        if (m)
            ;
        else if (c->type == CT_TYPE_ID && id_zero_padded(s, len))
            return -1; /* the general path reports it */
        else if (ct_parse_digits_padded(s, len, &u) == 0)
            v = (double)u;
        else if (col_parse_number(c, s, len, &v, &integral, NULL) != 0 ||
                 (c->type == CT_TYPE_INT && !integral))
            return -1;
        else if (c->type == CT_TYPE_INT && !c->i64_lost && !(fabs(v) < COL_EXACT_LIMIT))
            return -1; /* the general path keeps its exact value (push_int_exact) */
        else if (isinf(v))
            col_note_infinite(c, s, len); /* as written, for the refusals */
        c->f64[n] = v;
    } else if (c->type == CT_TYPE_CATEGORY) {
        L->mark[j] = c->nlevels;
        int32_t k = m ? -1 : col_intern_padded(c, s, len);
        if (!m && k == COL_NOMEM)
            return -1;
        if (k == CT_CODE_UNSEEN) {
            c->miss[n] = 1;
            *unseen = 1;
        }
        c->codes[n] = k;
    } else {
        uint64_t u;
        L->mark[j] = c->alen;
        if (m) {
            if (!c->raw_lazy) {
                c->soff[n] = 0;
                c->slen[n] = 0;
            }
            if (c->spec)
                c->spec[n] = NAN;
        } else if (c->raw_lazy && canonical_uint(s, len, 1, &u)) {
            c->spec[n] = (double)u;
        } else {
            if (c->raw_lazy && col_materialize(c))
                return -1;
            L->mark[j] = c->alen; /* the strings printed belong to committed rows */
            if (c->spec) {
                L->spec_save[j] = (uint8_t)(1 + c->spec_int); /* for undo */
                col_spec_value(c, s, len, 1);
            }
            if (col_put_str(c, s, len))
                return -1;
        }
    }
    return 0;
}

/* A row given up at column j (ncols: after its last field): values written
 * past the columns' ends are simply not committed; what the row added to
 * levels or arenas, or took from a numeric guess's "all whole", is taken
 * back. */
static void fast_undo(loader *L, size_t j)
{
    for (size_t k = 0; k <= j && k < L->ncols; k++) {
        ct_column *c = L->f->cols[k];
        if (L->spec_save[k]) {
            c->spec_int = L->spec_save[k] - 1;
            L->spec_save[k] = 0;
        }
        if (k == j)
            break; /* the column being read: only its guess was touched */
        if (c->type == CT_TYPE_CATEGORY)
            col_drop_levels(c, L->mark[k]);
        else if (!c->f64)
            c->alen = L->mark[k];
    }
}

/* Commit row n: missing counts, lengths, and the unseen values. */
static void fast_commit(loader *L, size_t n, int unseen)
{
    for (size_t j = 0; j < L->ncols; j++) {
        ct_column *c = L->f->cols[j];
        c->nmiss += c->miss[n];
        c->n = n + 1;
        L->spec_save[j] = 0;
        if (unseen && c->type == CT_TYPE_CATEGORY && c->codes[n] == CT_CODE_UNSEEN) {
            c->nunseen++;
            L->stats.unseen_values++;
        }
    }
    L->stats.rows_read++;
    L->stats.rows_used++;
}

int loader_fast_row(loader *L)
{
    const char *buf;
    size_t pos, end;
    if (ct_csv_view(L->csv, &buf, &pos, &end) || pos >= end || buf[pos] == '\n' || buf[pos] == '\r')
        return 0;
    ct_frame *f = L->f;
    const char delim = L->opt->delimiter;
    if ((buf[pos] == ' ' || buf[pos] == '\t') && delim != ' ' && delim != '\t') {
        /* a line of spaces and tabs only is blank (pandas' skip_blank_lines,
         * as the general path takes it), not a one-field record */
        size_t i = pos;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t'))
            i++;
        if (i == end || buf[i] == '\n' || buf[i] == '\r')
            return 0;
    }
    const size_t ncols = L->ncols, n = f->nrows;
    size_t p = pos, q = pos, j;
    int unseen = 0;
    fast_scan_state sc;
    fast_scan_init(&sc, delim);
    for (j = 0; j < ncols; j++) {
        ct_column *c = f->cols[j];
        if (p >= end || col_reserve(c))
            goto undo;
        const char *s;
        size_t len;
        if (buf[p] == '"') { /* quoted: no doubled quote, no line break */
            size_t qc = fast_scan(&sc, buf, p + 1, end, 1);
            if (qc >= end || buf[qc] != '"' || (qc + 1 < end && buf[qc + 1] == '"'))
                goto undo;
            s = buf + p + 1;
            len = qc - p - 1;
            q = qc + 1;
            if (q < end && buf[q] != delim && buf[q] != '\n' && buf[q] != '\r')
                goto undo; /* text after the closing quote */
        } else {
            q = fast_scan(&sc, buf, p, end, 0);
            s = buf + p;
            len = q - p;
        }
        if (j + 1 < ncols ? q == end || buf[q] != delim : q < end && buf[q] == delim)
            goto undo;
        /* a column name first or second: maybe a header line inside the
         * data (header_line.c), which loader_row judges */
        if (j < 2 && len && L->name_byte[(unsigned char)s[0]] &&
            ((L->name_lens >> (len < 63 ? len : 63) & 1) || (unsigned char)s[0] == 0xEF) &&
            header_line_is_name(L, s, len))
            goto undo;
        if (fast_value(L, c, j, n, s, len, &unseen))
            goto undo;
        p = q + 1;
    }
    int flags = fast_scan_flags(&sc);
    if ((flags & 2) || ((flags & 1) && !ct_utf8_valid(buf + pos, q - pos)))
        goto undo;
    size_t next = q == end                                              ? end
                  : buf[q] == '\r' && q + 1 < end && buf[q + 1] == '\n' ? q + 2
                                                                        : q + 1;
    if (frame_push_line(f, ct_csv_line(L->csv)))
        goto undo;
    fast_commit(L, n, unseen);
    L->stats.utf8_rows += flags & 1; /* valid UTF-8 beyond ASCII */
    ct_csv_skip_line(L->csv, next);
    return 1;
undo:
    fast_undo(L, j);
    return 0;
}
