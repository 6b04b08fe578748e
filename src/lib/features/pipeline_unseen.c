/* pipeline_unseen.c — the unseen-level tally: every level of a categorical
 * column that the training did not see, counted per column across the
 * frames added, with its rows and first line (claimtriage/pipeline.h,
 * ct_unseen_tally). */
#include "base/hash.h"
#include "claimtriage/encoder.h"
#include "claimtriage/pipeline.h"
#include "features/pipeline_state.h"

#include <stdlib.h>
#include <string.h>

#define MORE_SLOTS (2 * CT_UNSEEN_MORE_DISTINCT) /* open addressing, half full at most */
#define INDEX_SLOTS 32768 /* > 3 * CT_UNSEEN_TRACKED: the tracked levels' index */

typedef struct {
    ct_unseen_level l;
    uint64_t hash; /* of the level's whole bytes */
    size_t len;    /* its whole length (l.text may be cut) */
} tracked_level;

typedef struct {
    ct_unseen_column pub;
    size_t feature; /* the categorical encoder's feature */
    /* every distinct level met, up to CT_UNSEEN_TRACKED, in the order met */
    tracked_level *lv;
    size_t nlv, cap;
    uint32_t *index;           /* INDEX_SLOTS: 1 + the level's place in lv (0: empty) */
    uint64_t untracked_levels; /* distinct, met once lv was full (lower bound past MORE_DISTINCT) */
    int untracked_at_least;
    uint64_t *more; /* MORE_SLOTS hashes of the untracked levels (0: empty) */
} tally_col;
_Static_assert(INDEX_SLOTS > 2 * CT_UNSEEN_TRACKED, "the index stays under half full");

struct ct_unseen_tally {
    const ct_pipeline *p;
    size_t ncols;
    tally_col *cols;
    size_t *order; /* the columns with a value, most first */
    size_t norder;
};

ct_status ct_unseen_tally_create(const ct_pipeline *p, ct_unseen_tally **out)
{
    *out = NULL;
    if (!p)
        return CT_EINVAL;
    ct_unseen_tally *t = ct_calloc(1, sizeof *t);
    if (!t)
        return CT_ENOMEM;
    t->p = p;
    t->ncols = p->cat ? ct_encoder_nfeatures(p->cat) : 0;
    t->cols = ct_calloc(t->ncols ? t->ncols : 1, sizeof *t->cols);
    t->order = ct_calloc(t->ncols ? t->ncols : 1, sizeof *t->order);
    int bad = !t->cols || !t->order;
    for (size_t k = 0; k < t->ncols && !bad; k++) {
        t->cols[k].feature = k;
        t->cols[k].pub.column = ct_strdup(p->categorical[k]);
        bad = !t->cols[k].pub.column;
    }
    if (bad) {
        ct_unseen_tally_free(t);
        return CT_ENOMEM;
    }
    *out = t;
    return CT_OK;
}

void ct_unseen_tally_free(ct_unseen_tally *t)
{
    if (!t)
        return;
    for (size_t k = 0; t->cols && k < t->ncols; k++) {
        ct_free((char *)t->cols[k].pub.column);
        ct_free(t->cols[k].more);
        ct_free(t->cols[k].lv);
        ct_free(t->cols[k].index);
    }
    ct_free(t->cols);
    ct_free(t->order);
    ct_free(t);
}

/* 1 when s[0..len) is a level the encoder's feature was fitted with */
static int seen(const ct_encoder_info *in, const char *s, size_t len)
{
    for (size_t l = 0; l < in->nlevels; l++)
        if (strlen(in->levels[l]) == len && memcmp(in->levels[l], s, len) == 0)
            return 1;
    return 0;
}

/* Copy v[0..len) into buf (cap bytes), cut on a character boundary. */
static void copy_cut(char *buf, size_t cap, const char *v, size_t len)
{
    size_t cut = len < cap ? len : cap - 1;
    while (cut < len && cut > 0 && ((unsigned char)v[cut] & 0xC0) == 0x80)
        cut--;
    memcpy(buf, v, cut);
    buf[cut] = '\0';
}

/* Add h to the untracked levels' set: 1 when it was not there, 0 when it
 * was or the set is full (then the count is a lower bound). -1: out of
 * memory. */
static int more_insert(tally_col *c, uint64_t h)
{
    if (!c->more && !(c->more = ct_calloc(MORE_SLOTS, sizeof *c->more)))
        return -1;
    h = h ? h : 1; /* 0 marks an empty slot */
    for (size_t i = (size_t)(h % MORE_SLOTS);; i = (i + 1) % MORE_SLOTS) {
        if (c->more[i] == h)
            return 0;
        if (!c->more[i]) {
            if (c->untracked_levels >= CT_UNSEEN_MORE_DISTINCT) {
                c->untracked_at_least = 1;
                return 0;
            }
            c->more[i] = h;
            return 1;
        }
    }
}

/* Count one unseen value s[0..len) of line `line`: 0 counted (tracked or
 * not), -2 when out of memory. */
static int count_value(tally_col *c, const char *s, size_t len, long line)
{
    const uint64_t h = ct_hash_bytes(s, len, 0);
    ct_unseen_column *u = &c->pub;
    if (!c->index && !(c->index = ct_calloc(INDEX_SLOTS, sizeof *c->index)))
        return -2;
    size_t i = (size_t)(h % INDEX_SLOTS);
    for (; c->index[i]; i = (i + 1) % INDEX_SLOTS) {
        tracked_level *t = &c->lv[c->index[i] - 1];
        if (t->hash == h && t->len == len && strncmp(t->l.text, s, strlen(t->l.text)) == 0) {
            t->l.rows++;
            u->values++;
            return 0;
        }
    }
    if (c->nlv < CT_UNSEEN_TRACKED) {
        if (c->nlv == c->cap) {
            const size_t cap = c->cap ? 2 * c->cap : 64;
            tracked_level *lv =
                ct_realloc(c->lv, (cap < CT_UNSEEN_TRACKED ? cap : CT_UNSEEN_TRACKED) * sizeof *lv);
            if (!lv)
                return -2;
            c->lv = lv;
            c->cap = cap < CT_UNSEEN_TRACKED ? cap : CT_UNSEEN_TRACKED;
        }
        tracked_level *t = &c->lv[c->nlv++];
        copy_cut(t->l.text, sizeof t->l.text, s, len);
        t->l.rows = 1;
        t->l.first_line = line;
        t->hash = h;
        t->len = len;
        c->index[i] = (uint32_t)c->nlv;
        u->values++;
        return 0;
    }
    const int fresh = more_insert(c, h);
    if (fresh < 0)
        return -2;
    u->values++;
    u->untracked_rows++;
    c->untracked_levels += (uint64_t)fresh;
    return 0;
}

/* Feature k's unseen values among rows[0..n) of f. */
static ct_status add_column(ct_unseen_tally *t, tally_col *c, const ct_frame *f, const size_t *rows,
                            size_t n)
{
    const ct_encoder_info *in = ct_encoder_feature_info(t->p->cat, c->feature);
    size_t j;
    if (ct_frame_find(f, t->p->categorical[c->feature], &j, NULL) != CT_OK)
        return CT_OK;
    const ct_column *col = ct_frame_col(f, j);
    const int32_t *codes = ct_column_codes(col);
    /* a coded column: each code judged once a frame (-1 unknown, 0 seen,
     * 1 unseen) */
    const size_t nl = codes ? ct_column_nlevels(col) : 0;
    signed char *judged = nl ? ct_malloc(nl) : NULL;
    if (nl && !judged)
        return CT_ENOMEM;
    if (judged)
        memset(judged, -1, nl);
    ct_status st = CT_OK;
    for (size_t r = 0; r < n && st == CT_OK; r++) {
        const size_t i = rows ? rows[r] : r;
        const long line = ct_frame_row_line(f, i);
        if (codes && codes[i] == -1)
            continue; /* missing */
        if (codes && (codes[i] < 0 || (size_t)codes[i] >= nl)) {
            /* past the reader's dictionary: no text to name */
            if (!c->pub.unnamed_rows++)
                c->pub.unnamed_first_line = line;
            c->pub.values++;
            continue;
        }
        size_t len = 0;
        const char *s = ct_column_str(col, i, &len);
        if (!s)
            continue; /* missing */
        if (codes) {
            if (judged[codes[i]] < 0)
                judged[codes[i]] = (signed char)!seen(in, s, len);
            if (!judged[codes[i]])
                continue;
        } else if (seen(in, s, len))
            continue;
        if (count_value(c, s, len, line) != 0)
            st = CT_ENOMEM;
    }
    ct_free(judged);
    return st;
}

static int level_cmp(const void *a, const void *b)
{
    const ct_unseen_level *x = a, *y = b;
    if (x->rows != y->rows)
        return x->rows > y->rows ? -1 : 1;
    return (x->first_line > y->first_line) - (x->first_line < y->first_line);
}

/* The column's public view: the CT_UNSEEN_LEVELS_KEPT tracked levels with
 * the most rows (ties: the first line; two levels never share a first line
 * in one column, so the order is total and the same whatever the thread
 * count), the rest as the remainder. A selection by insertion into the
 * kept list: O(tracked x kept) a frame added. */
static void select_levels(tally_col *c)
{
    ct_unseen_column *u = &c->pub;
    u->nlevels = 0;
    uint64_t kept_rows = 0;
    for (size_t k = 0; k < c->nlv; k++) {
        const ct_unseen_level *l = &c->lv[k].l;
        if (u->nlevels == CT_UNSEEN_LEVELS_KEPT && level_cmp(l, &u->levels[u->nlevels - 1]) >= 0)
            continue;
        size_t at = u->nlevels < CT_UNSEEN_LEVELS_KEPT ? u->nlevels++ : u->nlevels - 1;
        while (at > 0 && level_cmp(l, &u->levels[at - 1]) < 0) {
            u->levels[at] = u->levels[at - 1];
            at--;
        }
        u->levels[at] = *l;
    }
    for (size_t k = 0; k < u->nlevels; k++)
        kept_rows += u->levels[k].rows;
    u->tracked_levels = c->nlv;
    u->more_levels = (c->nlv - u->nlevels) + c->untracked_levels;
    u->more_levels_at_least = c->untracked_at_least;
    /* every named value is a kept level's, a tracked one's or an untracked one's */
    u->more_rows = u->values - u->unnamed_rows - kept_rows;
}

ct_status ct_unseen_tally_add(ct_unseen_tally *t, const ct_frame *f, const size_t *rows, size_t n)
{
    if (!rows)
        n = ct_frame_nrows(f);
    ct_status st = CT_OK;
    for (size_t k = 0; k < t->ncols && st == CT_OK; k++) {
        st = add_column(t, &t->cols[k], f, rows, n);
        select_levels(&t->cols[k]);
    }
    /* the columns with a value, most first, then in the pipeline's order */
    t->norder = 0;
    for (size_t k = 0; k < t->ncols; k++) {
        if (!t->cols[k].pub.values)
            continue;
        size_t at = t->norder++;
        while (at > 0 && t->cols[t->order[at - 1]].pub.values < t->cols[k].pub.values) {
            t->order[at] = t->order[at - 1];
            at--;
        }
        t->order[at] = k;
    }
    return st;
}

size_t ct_unseen_tally_ncolumns(const ct_unseen_tally *t) { return t ? t->norder : 0; }

const ct_unseen_column *ct_unseen_tally_column(const ct_unseen_tally *t, size_t k)
{
    return t && k < t->norder ? &t->cols[t->order[k]].pub : NULL;
}
