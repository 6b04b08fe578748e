/* pipeline_schema.c — the load schema for data a fitted pipeline reads:
 * each column it fitted as text (a categorical column's levels, the text of
 * the n-grams and lengths) read as text whatever its values look like, over
 * the caller's schema (a categorical column when one of its levels reads as
 * a number). A new batch of a categorical column whose levels
 * were '1', '2' and 'x' may hold '1' and '2' only, which inference reads as
 * numbers; the model knows the column is categorical (before 2026-12-04
 * evaluate and score stopped: "feature 'tier' is int here but was fitted as
 * categorical", tests/cli/evaluate_categorical_digit_levels). Also
 * whether a categorical column was fitted with a level
 * (ct_pipeline_level_seen: the scorer's reasons for an unseen one). */
#include "base/name_set.h"
#include "base/parse.h"
#include "features/encoder_state.h"
#include "features/pipeline_state.h"

#include <string.h>

static char *dup_str(const char *s)
{
    const size_t n = strlen(s) + 1;
    char *d = ct_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* The index of name in cols[0..n), or n: by hash when names (the names
 * of cols[0..n) in order) is not NULL, else a scan (out of memory). A scan
 * each was quadratic in the columns (20,000, 2026-12-06). */
static size_t find(const ct_name_set *names, const ct_schema_column *cols, size_t n,
                   const char *name)
{
    if (names) {
        const size_t k = ct_name_set_find(names, name);
        return k == SIZE_MAX ? n : k;
    }
    size_t k = 0;
    while (k < n && strcmp(cols[k].name, name) != 0)
        k++;
    return k;
}

/* Append column name of type t to s (its room reserved), its name to names
 * (NULL: none). */
static ct_status append(ct_schema *s, ct_schema_column *cols, ct_name_set *names, const char *name,
                        ct_type t)
{
    const size_t k = s->ncolumns;
    if (!(cols[k].name = dup_str(name)))
        return CT_ENOMEM;
    cols[k].type = t;
    s->ncolumns++;
    if (names)
        ct_name_set_add(names, cols[k].name);
    return CT_OK;
}

/* Add column name of type t to s (its room reserved), or retype base's
 * entry when it reads the column as something else than text. */
static ct_status put(ct_schema *s, ct_schema_column *cols, ct_name_set *names, const char *name,
                     ct_type t)
{
    const size_t k = find(names, cols, s->ncolumns, name);
    if (k < s->ncolumns) {
        if (cols[k].type == CT_TYPE_CATEGORY || cols[k].type == CT_TYPE_TEXT)
            return CT_OK; /* text already: base's levels kept */
        cols[k].type = t;
        return CT_OK;
    }
    return append(s, cols, names, name, t);
}

/* 1 when the categorical encoder of p fitted column name with a level
 * that reads as a number ('1' of '1', '2', 'x'): digits are then levels.
 * A column fitted on words only ('active', 'banned') whose new batch holds
 * numbers is coded another way, and is refused as before (0, 1, 2 for its
 * levels: tests/cli/score_wrong_type_nothing_written). */
static int has_number_level(const ct_pipeline *p, const char *name)
{
    const ct_encoder *e = p->cat;
    for (size_t k = 0; e && k < e->nfeatures; k++) {
        const enc_feature *f = &e->feat[k];
        if (strcmp(f->column, name) != 0)
            continue;
        for (size_t l = 0; l < f->info.nlevels; l++) {
            double v;
            int whole;
            if (ct_parse_number(f->levels[l], strlen(f->levels[l]), &v, &whole) == 0)
                return 1;
        }
    }
    return 0;
}

/* A categorical column the schema gives no levels: the levels the encoder
 * of p fitted it with, when it did, to extend the dictionary a stream
 * learns on its first rows (extend_levels: not a fixed dictionary, so a
 * level the model never saw keeps its text for the scorer's hints). A
 * stream learns a dictionary from its first rows (infer_rows): a level the
 * model knows that first appears after them was coded unseen, its row
 * scored with no level, so a row's probability depended on where it sat in
 * the file (before 2026-12-05: tests/cli/score_levels_after_window). */
static ct_status fix_levels(const ct_pipeline *p, ct_schema_column *col)
{
    const ct_encoder *e = p->cat;
    for (size_t k = 0; e && k < e->nfeatures; k++) {
        const enc_feature *f = &e->feat[k];
        if (f->info.kind != CT_ENCODER_DUMMY || strcmp(f->column, col->name) != 0 ||
            f->info.nlevels == 0)
            continue;
        char **lv = ct_calloc(f->info.nlevels, sizeof *lv);
        if (!lv)
            return CT_ENOMEM;
        col->levels = (const char *const *)lv;
        col->extend_levels = 1;
        for (size_t l = 0; l < f->info.nlevels; l++, col->nlevels++)
            if (!(lv[l] = dup_str(f->levels[l])))
                return CT_ENOMEM;
        return CT_OK;
    }
    return CT_OK;
}

ct_status ct_pipeline_load_schema(const ct_pipeline *p, const ct_schema *base, ct_schema **out)
{
    *out = NULL;
    const size_t nb = base ? base->ncolumns : 0;
    const size_t room = nb + p->ncategorical + p->nnumeric + 1;
    ct_schema *s = ct_calloc(1, sizeof *s);
    ct_schema_column *cols = s ? ct_calloc(room, sizeof *cols) : NULL;
    if (!cols) {
        ct_free(s);
        return CT_ENOMEM;
    }
    s->columns = cols;
    ct_status st = CT_OK;
    for (size_t j = 0; j < nb && st == CT_OK; j++, s->ncolumns++) {
        const ct_schema_column *b = &base->columns[j];
        cols[j].type = b->type;
        cols[j].nlevels = b->nlevels;
        cols[j].extend_levels = b->extend_levels;
        char **lv = b->nlevels ? ct_calloc(b->nlevels, sizeof *lv) : NULL;
        cols[j].levels = (const char *const *)lv;
        if (!(cols[j].name = dup_str(b->name)) || (b->nlevels && !lv))
            st = CT_ENOMEM;
        for (size_t k = 0; lv && k < b->nlevels && st == CT_OK; k++)
            if (!(lv[k] = dup_str(b->levels[k])))
                st = CT_ENOMEM;
    }
    /* the names so far by hash, its indexes those of cols; a scan when
     * base names a column twice (first wins, as the scan) or memory runs out */
    ct_name_set set;
    ct_name_set *names = st == CT_OK && ct_name_set_init(&set, room) == 0 ? &set : NULL;
    for (size_t j = 0; names && j < s->ncolumns; j++)
        if (ct_name_set_add(names, cols[j].name)) {
            ct_name_set_free(names);
            names = NULL;
        }
    /* a column fitted on words only is inferred (numbers there are codes,
     * refused by the encoder), with its levels: should the stream read it
     * as categorical, they join its dictionary (reader.c) */
    for (size_t k = 0; k < p->ncategorical && st == CT_OK; k++)
        if (has_number_level(p, p->categorical[k]))
            st = put(s, cols, names, p->categorical[k], CT_TYPE_CATEGORY);
        else if (find(names, cols, s->ncolumns, p->categorical[k]) == s->ncolumns)
            st = put(s, cols, names, p->categorical[k], CT_TYPE_AUTO);
    if (st == CT_OK && p->text && (p->text_ngrams || p->text_length))
        st = put(s, cols, names, p->text, CT_TYPE_TEXT);
    /* a numeric input base does not name is inferred, as without a schema
     * (named, so the loader never takes it for pandas' row index) */
    for (size_t k = 0; k < p->nnumeric && st == CT_OK; k++)
        if (find(names, cols, s->ncolumns, p->numeric[k]) == s->ncolumns)
            st = append(s, cols, names, p->numeric[k], CT_TYPE_AUTO);
    if (names)
        ct_name_set_free(names);
    for (size_t j = 0; j < s->ncolumns && st == CT_OK; j++)
        if ((cols[j].type == CT_TYPE_CATEGORY || cols[j].type == CT_TYPE_AUTO) &&
            cols[j].nlevels == 0)
            st = fix_levels(p, &cols[j]);
    if (st != CT_OK) {
        ct_schema_free(s);
        return st;
    }
    *out = s;
    return CT_OK;
}

int ct_pipeline_level_seen(const ct_pipeline *p, const char *column, const char *s, size_t len)
{
    if (!p || !p->cat || !s)
        return 0;
    for (size_t k = 0; k < p->cat->nfeatures; k++) {
        const enc_feature *f = &p->cat->feat[k];
        if (f->info.kind == CT_ENCODER_DUMMY && strcmp(f->info.column, column) == 0)
            return ct_encoder_level_index_(f->levels, f->info.nlevels, s, len) >= 0;
    }
    return 0;
}
