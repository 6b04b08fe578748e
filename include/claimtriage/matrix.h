/* claimtriage/matrix.h — the matrices models are fed from: dense
 * column-major (columns are pointers) and sparse CSR.
 * Layer: features (docs/design.md).
 *
 * Dense: a ct_matrix is nrows × ncols stored by column; col[j] points at
 * column j's nrows values. A column is either BORROWED — it points at memory
 * the matrix does not own (typically a frame's own double array, used as it
 * is: no row filtering, no capping, no transform), which must outlive the
 * matrix — or OWNED, a copy the matrix allocated and frees. Column-major
 * suits per-feature work (trees bin a column at a time, LightGBM style) and
 * costs a row-wise consumer (the logit's IRLS) one gather of p values a row.
 * Columns may carry names (copied).
 *
 * Sparse: a ct_csr is compressed sparse row storage exactly as
 * scipy.sparse.csr_matrix: indptr (nrows + 1 offsets, indptr[0] = 0),
 * indices (nnz column indices, strictly increasing within a row) and data
 * (nnz values); row i's entries are [indptr[i], indptr[i + 1]). Built row by
 * row with ct_csr_append_row, or from a dense matrix (exact zeros dropped, as
 * csr_matrix(dense) does).
 *
 * Ownership: see common.h. Fields are read-only to callers; change a matrix
 * through the functions. Thread-safety: a matrix may be read from several
 * threads at once; building one is not thread-safe.
 */
#ifndef CLAIMTRIAGE_MATRIX_H
#define CLAIMTRIAGE_MATRIX_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_matrix {
    size_t nrows, ncols;
    const double **col; /* ncols column pointers (NULL until set) */
    char **names;       /* ncols names; an entry is NULL until named */
    double **owned;     /* owned[j] == col[j] when column j is owned, else NULL */
} ct_matrix;

/* An nrows × ncols matrix with no column set yet. CT_ENOMEM; *out NULL on error. */
CT_API ct_status ct_matrix_create(size_t nrows, size_t ncols, ct_matrix **out);
/* Free the matrix, its owned columns and names (never a borrowed column).
 * Accepts NULL. */
CT_API void ct_matrix_free(ct_matrix *m);

/* Allocate column j as an owned copy-to-be (nrows values, uninitialized,
 * replacing whatever column j was) and return it for writing; NULL when out
 * of memory (column j is then unset). */
CT_API double *ct_matrix_col_alloc(ct_matrix *m, size_t j);
/* Make column j point at v (nrows values, borrowed: not copied, not freed;
 * v must outlive the matrix). */
CT_API void ct_matrix_col_borrow(ct_matrix *m, size_t j, const double *v);
/* 1 when column j is owned by the matrix, 0 when borrowed or unset. */
CT_API int ct_matrix_col_owned(const ct_matrix *m, size_t j);
/* Name column j (a copy of name; NULL clears it). CT_ENOMEM. */
CT_API ct_status ct_matrix_set_name(ct_matrix *m, size_t j, const char *name);
/* Value (i, j). */
CT_API double ct_matrix_get(const ct_matrix *m, size_t i, size_t j);

/* A matrix of owned columns copied from the row-major array x (n × p).
 * CT_ENOMEM (*out NULL). */
CT_API ct_status ct_matrix_from_rows(const double *x, size_t n, size_t p, ct_matrix **out);
/* Write m row-major into out (nrows × ncols values). */
CT_API void ct_matrix_to_rows(const ct_matrix *m, double *out);
/* The rows rows[0..k) of m, in that order, as owned columns; names copied.
 * CT_EINVAL (a row out of range), CT_ENOMEM. */
CT_API ct_status ct_matrix_take_rows(const ct_matrix *m, const size_t *rows, size_t k,
                                     ct_matrix **out);

/* ---- CSR ---- */
typedef struct ct_csr {
    size_t nrows, ncols, nnz;
    size_t *indptr;    /* nrows + 1 */
    uint32_t *indices; /* nnz */
    double *data;      /* nnz */
    size_t cap;        /* room in indices/data (internal) */
    size_t rowcap;     /* room in indptr (internal) */
} ct_csr;

/* An empty CSR matrix: 0 rows, ncols columns (ncols <= UINT32_MAX + 1).
 * CT_EINVAL, CT_ENOMEM. */
CT_API ct_status ct_csr_create(size_t ncols, ct_csr **out);
CT_API void ct_csr_free(ct_csr *a);
/* Append one row with k entries: column indices idx[0..k) strictly
 * increasing and < ncols, values val[0..k) (zeros are stored as given).
 * CT_EINVAL (indices out of order or range; the matrix is unchanged),
 * CT_ENOMEM (unchanged). */
CT_API ct_status ct_csr_append_row(ct_csr *a, const uint32_t *idx, const double *val, size_t k);
/* Room for `rows` more rows holding `nnz` more entries in all, made at
 * once (appends within it copy nothing already stored; past it they grow
 * the room by doubling, as without). CT_ENOMEM (the matrix unchanged, its
 * room perhaps grown). */
CT_API ct_status ct_csr_reserve(ct_csr *a, size_t rows, size_t nnz);
/* Appending a row in place, without a copy: ct_csr_row_space makes room
 * for a row of at most kmax entries and points *idx and *val where its
 * entries go (valid until the next call that changes a); the caller writes
 * the row's k <= kmax entries there and ct_csr_row_commit(a, k) appends
 * it, checked as ct_csr_append_row checks its row. The same matrix as
 * ct_csr_append_row of those entries. row_space: CT_ENOMEM (unchanged);
 * row_commit: CT_EINVAL (indices out of order or range, k past the room
 * made; unchanged). */
CT_API ct_status ct_csr_row_space(ct_csr *a, size_t kmax, uint32_t **idx, double **val);
CT_API ct_status ct_csr_row_commit(ct_csr *a, size_t k);
/* Value (i, j): the stored entry, or 0 (binary search within row i). */
CT_API double ct_csr_get(const ct_csr *a, size_t i, size_t j);
/* out[i] = Σ_j a(i, j)·v[j] for every row (out holds nrows values). */
CT_API void ct_csr_matvec(const ct_csr *a, const double *v, double *out);
/* Structure check: indptr starts at 0, never decreases, ends at nnz;
 * indices strictly increasing within a row and < ncols. CT_OK or CT_EFORMAT
 * (diag says where). */
CT_API ct_status ct_csr_check(const ct_csr *a, ct_diag *diag);
/* The dense matrix as CSR, entries equal to 0 dropped (NaN kept).
 * CT_EINVAL (an unset column), CT_ENOMEM. */
CT_API ct_status ct_csr_from_dense(const ct_matrix *m, ct_csr **out);
/* The CSR matrix as a dense one of owned columns. CT_ENOMEM. */
CT_API ct_status ct_csr_to_dense(const ct_csr *a, ct_matrix **out);

#ifdef __cplusplus
}
#endif
#endif
