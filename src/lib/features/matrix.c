/* matrix.c — dense column-major matrices with borrowed or owned columns, and
 * CSR sparse matrices (see claimtriage/matrix.h). */
#include "claimtriage/matrix.h"

#include <math.h>
#include <string.h>

ct_status ct_matrix_create(size_t nrows, size_t ncols, ct_matrix **out)
{
    *out = NULL;
    ct_matrix *m = ct_calloc(1, sizeof *m);
    if (!m)
        return CT_ENOMEM;
    m->nrows = nrows;
    m->ncols = ncols;
    size_t k = ncols ? ncols : 1;
    m->col = ct_calloc(k, sizeof *m->col);
    m->names = ct_calloc(k, sizeof *m->names);
    m->owned = ct_calloc(k, sizeof *m->owned);
    if (!m->col || !m->names || !m->owned) {
        ct_matrix_free(m);
        return CT_ENOMEM;
    }
    *out = m;
    return CT_OK;
}

void ct_matrix_free(ct_matrix *m)
{
    if (!m)
        return;
    for (size_t j = 0; j < m->ncols; j++) {
        if (m->owned)
            ct_free(m->owned[j]);
        if (m->names)
            ct_free(m->names[j]);
    }
    ct_free(m->owned);
    ct_free(m->names);
    ct_free(m->col);
    ct_free(m);
}

double *ct_matrix_col_alloc(ct_matrix *m, size_t j)
{
    ct_free(m->owned[j]);
    m->owned[j] = NULL;
    m->col[j] = NULL;
    double *v = ct_malloc((m->nrows ? m->nrows : 1) * sizeof *v);
    if (!v)
        return NULL;
    m->owned[j] = v;
    m->col[j] = v;
    return v;
}

void ct_matrix_col_borrow(ct_matrix *m, size_t j, const double *v)
{
    ct_free(m->owned[j]);
    m->owned[j] = NULL;
    m->col[j] = v;
}

int ct_matrix_col_owned(const ct_matrix *m, size_t j) { return m->owned[j] != NULL; }

ct_status ct_matrix_set_name(ct_matrix *m, size_t j, const char *name)
{
    char *s = NULL;
    if (name && !(s = ct_strdup(name)))
        return CT_ENOMEM;
    ct_free(m->names[j]);
    m->names[j] = s;
    return CT_OK;
}

double ct_matrix_get(const ct_matrix *m, size_t i, size_t j) { return m->col[j][i]; }

ct_status ct_matrix_from_rows(const double *x, size_t n, size_t p, ct_matrix **out)
{
    ct_status s = ct_matrix_create(n, p, out);
    if (s)
        return s;
    for (size_t j = 0; j < p; j++) {
        double *v = ct_matrix_col_alloc(*out, j);
        if (!v) {
            ct_matrix_free(*out);
            *out = NULL;
            return CT_ENOMEM;
        }
        for (size_t i = 0; i < n; i++)
            v[i] = x[i * p + j];
    }
    return CT_OK;
}

void ct_matrix_to_rows(const ct_matrix *m, double *out)
{
    for (size_t j = 0; j < m->ncols; j++)
        for (size_t i = 0; i < m->nrows; i++)
            out[i * m->ncols + j] = m->col[j][i];
}

ct_status ct_matrix_take_rows(const ct_matrix *m, const size_t *rows, size_t k, ct_matrix **out)
{
    *out = NULL;
    for (size_t t = 0; t < k; t++)
        if (rows[t] >= m->nrows)
            return CT_EINVAL;
    ct_matrix *r = NULL;
    ct_status s = ct_matrix_create(k, m->ncols, &r);
    for (size_t j = 0; !s && j < m->ncols; j++) {
        double *v = ct_matrix_col_alloc(r, j);
        if (!v || (s = ct_matrix_set_name(r, j, m->names[j]))) {
            s = CT_ENOMEM;
            break;
        }
        const double *src = m->col[j];
        for (size_t t = 0; t < k; t++)
            v[t] = src[rows[t]];
    }
    if (s) {
        ct_matrix_free(r);
        return s;
    }
    *out = r;
    return CT_OK;
}

/* ---- CSR ---- */

ct_status ct_csr_create(size_t ncols, ct_csr **out)
{
    *out = NULL;
    if (ncols > (size_t)UINT32_MAX + 1)
        return CT_EINVAL;
    ct_csr *a = ct_calloc(1, sizeof *a);
    if (!a)
        return CT_ENOMEM;
    a->ncols = ncols;
    a->rowcap = 16;
    a->cap = 16;
    a->indptr = ct_calloc(a->rowcap, sizeof *a->indptr);
    a->indices = ct_malloc(a->cap * sizeof *a->indices);
    a->data = ct_malloc(a->cap * sizeof *a->data);
    if (!a->indptr || !a->indices || !a->data) {
        ct_csr_free(a);
        return CT_ENOMEM;
    }
    *out = a;
    return CT_OK;
}

void ct_csr_free(ct_csr *a)
{
    if (!a)
        return;
    ct_free(a->indptr);
    ct_free(a->indices);
    ct_free(a->data);
    ct_free(a);
}

ct_status ct_csr_reserve(ct_csr *a, size_t rows, size_t nnz)
{
    if (rows > ((size_t)-1) / 4 - a->nrows || nnz > ((size_t)-1) / 16 - a->nnz)
        return CT_ENOMEM;
    if (a->nrows + rows + 1 > a->rowcap) {
        size_t *p = ct_realloc(a->indptr, (a->nrows + rows + 1) * sizeof *p);
        if (!p)
            return CT_ENOMEM;
        a->indptr = p;
        a->rowcap = a->nrows + rows + 1;
    }
    if (a->nnz + nnz > a->cap) {
        const size_t c = a->nnz + nnz;
        uint32_t *ix = ct_realloc(a->indices, c * sizeof *ix);
        if (!ix)
            return CT_ENOMEM;
        a->indices = ix;
        double *d = ct_realloc(a->data, c * sizeof *d);
        if (!d)
            return CT_ENOMEM; /* indices grew, harmless */
        a->data = d;
        a->cap = c;
    }
    return CT_OK;
}

/* Room for one more row of k entries (by doubling). */
static ct_status csr_room(ct_csr *a, size_t k)
{
    if (a->nrows + 2 > a->rowcap) {
        size_t c = a->rowcap * 2;
        size_t *p = ct_realloc(a->indptr, c * sizeof *p);
        if (!p)
            return CT_ENOMEM;
        a->indptr = p;
        a->rowcap = c;
    }
    if (a->nnz + k > a->cap) {
        size_t c = a->cap;
        while (c < a->nnz + k)
            c *= 2;
        uint32_t *ix = ct_realloc(a->indices, c * sizeof *ix);
        if (!ix)
            return CT_ENOMEM;
        a->indices = ix;
        double *d = ct_realloc(a->data, c * sizeof *d);
        if (!d)
            return CT_ENOMEM; /* indices grew, harmless */
        a->data = d;
        a->cap = c;
    }
    return CT_OK;
}

/* The k indices of a row are strictly increasing and < ncols. */
static int csr_row_ok(const ct_csr *a, const uint32_t *idx, size_t k)
{
    for (size_t t = 0; t < k; t++)
        if ((size_t)idx[t] >= a->ncols || (t && idx[t] <= idx[t - 1]))
            return 0;
    return 1;
}

ct_status ct_csr_append_row(ct_csr *a, const uint32_t *idx, const double *val, size_t k)
{
    if (!csr_row_ok(a, idx, k))
        return CT_EINVAL;
    ct_status s = csr_room(a, k);
    if (s != CT_OK)
        return s;
    if (k) {
        memcpy(a->indices + a->nnz, idx, k * sizeof *idx);
        memcpy(a->data + a->nnz, val, k * sizeof *val);
    }
    a->nnz += k;
    a->nrows++;
    a->indptr[a->nrows] = a->nnz;
    return CT_OK;
}

ct_status ct_csr_row_space(ct_csr *a, size_t kmax, uint32_t **idx, double **val)
{
    ct_status s = csr_room(a, kmax);
    if (s != CT_OK)
        return s;
    *idx = a->indices + a->nnz;
    *val = a->data + a->nnz;
    return CT_OK;
}

ct_status ct_csr_row_commit(ct_csr *a, size_t k)
{
    if (a->nnz + k > a->cap || a->nrows + 2 > a->rowcap || !csr_row_ok(a, a->indices + a->nnz, k))
        return CT_EINVAL;
    a->nnz += k;
    a->nrows++;
    a->indptr[a->nrows] = a->nnz;
    return CT_OK;
}

double ct_csr_get(const ct_csr *a, size_t i, size_t j)
{
    size_t lo = a->indptr[i], hi = a->indptr[i + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->indices[mid] < j)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->indptr[i + 1] && a->indices[lo] == j ? a->data[lo] : 0.0;
}

void ct_csr_matvec(const ct_csr *a, const double *v, double *out)
{
    for (size_t i = 0; i < a->nrows; i++) {
        double s = 0;
        for (size_t t = a->indptr[i]; t < a->indptr[i + 1]; t++)
            s += a->data[t] * v[a->indices[t]];
        out[i] = s;
    }
}

ct_status ct_csr_check(const ct_csr *a, ct_diag *diag)
{
    if (a->indptr[0] != 0)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "CSR indptr[0] is %zu, not 0",
                           a->indptr[0]);
    for (size_t i = 0; i < a->nrows; i++) {
        if (a->indptr[i + 1] < a->indptr[i] || a->indptr[i + 1] > a->nnz)
            return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                               "CSR indptr decreases or overruns at row %zu", i);
        for (size_t t = a->indptr[i]; t < a->indptr[i + 1]; t++)
            if (a->indices[t] >= a->ncols ||
                (t > a->indptr[i] && a->indices[t] <= a->indices[t - 1]))
                return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0,
                                   "CSR row %zu: column indices out of range or not increasing", i);
    }
    if (a->indptr[a->nrows] != a->nnz)
        return ct_diag_set(diag, CT_EFORMAT, NULL, 0, 0, "CSR indptr ends at %zu, nnz is %zu",
                           a->indptr[a->nrows], a->nnz);
    return CT_OK;
}

ct_status ct_csr_from_dense(const ct_matrix *m, ct_csr **out)
{
    *out = NULL;
    for (size_t j = 0; j < m->ncols; j++)
        if (!m->col[j])
            return CT_EINVAL;
    ct_csr *a = NULL;
    ct_status s = ct_csr_create(m->ncols, &a);
    if (s)
        return s;
    uint32_t *idx = ct_malloc((m->ncols ? m->ncols : 1) * sizeof *idx);
    double *val = ct_malloc((m->ncols ? m->ncols : 1) * sizeof *val);
    if (!idx || !val)
        s = CT_ENOMEM;
    for (size_t i = 0; !s && i < m->nrows; i++) {
        size_t k = 0;
        for (size_t j = 0; j < m->ncols; j++) {
            double v = m->col[j][i];
            if (v != 0.0 || isnan(v)) {
                idx[k] = (uint32_t)j;
                val[k++] = v;
            }
        }
        s = ct_csr_append_row(a, idx, val, k);
    }
    ct_free(idx);
    ct_free(val);
    if (s) {
        ct_csr_free(a);
        return s;
    }
    *out = a;
    return CT_OK;
}

ct_status ct_csr_to_dense(const ct_csr *a, ct_matrix **out)
{
    ct_status s = ct_matrix_create(a->nrows, a->ncols, out);
    if (s)
        return s;
    for (size_t j = 0; j < a->ncols; j++) {
        double *v = ct_matrix_col_alloc(*out, j);
        if (!v) {
            ct_matrix_free(*out);
            *out = NULL;
            return CT_ENOMEM;
        }
        memset(v, 0, a->nrows * sizeof *v);
    }
    for (size_t i = 0; i < a->nrows; i++)
        for (size_t t = a->indptr[i]; t < a->indptr[i + 1]; t++)
            (*out)->owned[a->indices[t]][i] = a->data[t];
    return CT_OK;
}
