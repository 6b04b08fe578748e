/* model.c — the model container: creation, release, the registry of
 * estimator families, raw predictions through pipeline and estimator
 * (claimtriage/model_file.h). */
#include "claimtriage/lr.h"
#include "claimtriage/model_file.h"
#include "claimtriage/trees.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void seen_clear(ct_model *m);

ct_model *ct_model_create(void)
{
    ct_model *m = ct_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    memcpy(m->calibration, "none", 5);
    m->threshold = 0.5;
    m->tool_version = ct_strdup(ct_version());
    if (!m->tool_version) {
        ct_free(m);
        return NULL;
    }
    return m;
}

void ct_model_free(ct_model *m)
{
    if (!m)
        return;
    ct_free(m->target);
    ct_free(m->positive);
    ct_free(m->id);
    ct_pipeline_free(m->pipeline);
    if (m->type && m->estimator)
        m->type->destroy(m->estimator);
    ct_free(m->iso_x);
    ct_free(m->iso_y);
    ct_free(m->threshold_rule);
    ct_free(m->metrics);
    ct_free(m->input_hash);
    ct_free(m->input_content_hash);
    ct_free(m->tool_version);
    ct_free(m->command_line);
    seen_clear(m);
    ct_free(m);
}

const ct_estimator_type *ct_estimator_find(const char *name)
{
    /* every family this build knows; tree ensembles join here */
    const ct_estimator_type *const all[] = {ct_lr_type(), ct_rf_type(), ct_gbdt_type()};
    for (size_t i = 0; name && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i]->name, name) == 0)
            return all[i];
    return NULL;
}

ct_status ct_model_predict_raw(const ct_model *m, const ct_frame *f, const size_t *rows, size_t n,
                               double *p, ct_pipeline_stats *stats, ct_diag *diag)
{
    if (!m || !m->pipeline || !m->type || !m->estimator)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "the model is not fitted");
    ct_csr *X = NULL;
    ct_status st = ct_pipeline_transform(m->pipeline, f, rows, n, &X, stats, diag);
    if (st == CT_OK)
        st = m->type->predict_proba(m->estimator, X, p, diag);
    ct_csr_free(X);
    return st;
}

/* ---- the rows a model was trained on, by content ---- */

#define SEEN_MASK ((((uint64_t)1) << CT_MODEL_SEEN_BITS) - 1)

static int cmp_u64(const void *a, const void *b)
{
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The keys of f's rows over m's seen columns, by name (NULL when out of
 * memory). */
static uint64_t *seen_keys(const char *const *columns, size_t ncols, const ct_frame *f)
{
    const size_t nr = ct_frame_nrows(f);
    size_t *cols = ct_malloc((ncols ? ncols : 1) * sizeof *cols);
    uint64_t *keys = ct_malloc((nr ? nr : 1) * sizeof *keys);
    if (!cols || !keys) {
        ct_free(cols);
        ct_free(keys);
        return NULL;
    }
    for (size_t k = 0; k < ncols; k++)
        if (ct_frame_find(f, columns[k], &cols[k], NULL) != CT_OK)
            cols[k] = SIZE_MAX;
    ct_frame_row_keys(f, cols, ncols, keys);
    ct_free(cols);
    return keys;
}

static void seen_clear(ct_model *m)
{
    for (size_t k = 0; k < m->nseen_columns; k++)
        ct_free(m->seen_columns[k]);
    ct_free(m->seen_columns);
    ct_free(m->seen_rows);
    m->seen_columns = NULL;
    m->seen_rows = NULL;
    m->nseen_columns = m->nseen_rows = 0;
}

ct_status ct_model_seen_record(ct_model *m, const ct_frame *f, const char *const *columns,
                               size_t ncols, const size_t *rows, size_t n)
{
    if (!m || !f || !columns || !ncols)
        return CT_EINVAL;
    seen_clear(m);
    uint64_t *keys = seen_keys(columns, ncols, f);
    uint64_t *kept = ct_malloc((n ? n : 1) * sizeof *kept);
    m->seen_columns = ct_calloc(ncols, sizeof *m->seen_columns);
    if (!keys || !kept || !m->seen_columns) {
        ct_free(keys);
        ct_free(kept);
        seen_clear(m);
        return CT_ENOMEM;
    }
    m->nseen_columns = ncols;
    for (size_t k = 0; k < ncols; k++)
        if (!(m->seen_columns[k] = ct_strdup(columns[k]))) {
            ct_free(keys);
            ct_free(kept);
            seen_clear(m);
            return CT_ENOMEM;
        }
    const size_t nr = ct_frame_nrows(f);
    size_t nk = 0;
    for (size_t i = 0; i < n; i++) {
        const size_t r = rows ? rows[i] : i;
        if (r < nr)
            kept[nk++] = keys[r] & SEEN_MASK;
    }
    ct_free(keys);
    qsort(kept, nk, sizeof *kept, cmp_u64);
    size_t u = 0;
    for (size_t i = 0; i < nk; i++)
        if (!u || kept[i] != kept[u - 1])
            kept[u++] = kept[i];
    m->seen_rows = kept;
    m->nseen_rows = u;
    return CT_OK;
}

const char *ct_model_seen_absent(const ct_model *m, const ct_frame *f)
{
    if (!m || !f)
        return NULL;
    for (size_t k = 0; k < m->nseen_columns; k++) {
        size_t j;
        if (ct_frame_find(f, m->seen_columns[k], &j, NULL) != CT_OK)
            return m->seen_columns[k];
    }
    return NULL;
}

int ct_model_seen_count(const ct_model *m, const ct_frame *f, const size_t *rows, size_t n,
                        size_t *seen, uint8_t *flags)
{
    *seen = 0;
    if (flags)
        memset(flags, 0, n);
    if (!m || !f || !m->nseen_columns)
        return -1;
    uint64_t *keys = seen_keys((const char *const *)m->seen_columns, m->nseen_columns, f);
    if (!keys)
        return -1;
    const size_t nr = ct_frame_nrows(f);
    for (size_t i = 0; i < n; i++) {
        const size_t r = rows ? rows[i] : i;
        if (r >= nr)
            continue;
        const uint64_t k = keys[r] & SEEN_MASK;
        if (m->nseen_rows && bsearch(&k, m->seen_rows, m->nseen_rows, sizeof k, cmp_u64)) {
            (*seen)++;
            if (flags)
                flags[i] = 1;
        }
    }
    ct_free(keys);
    return 0;
}
