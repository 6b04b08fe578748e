/* test_matrix.c — dense column-major matrices (borrowed and owned columns)
 * and CSR: build, access, structure checks, dense <-> CSR round trip, as
 * scipy.sparse.csr_matrix. */
#include "ct_test.h"

#include <math.h>
#include <string.h>

static void test_dense(void **state)
{
    (void)state;
    const double rows[] = {1, 2, 3, 4, 5, 6}; /* 3 × 2 row-major */
    ct_matrix *m = NULL;
    assert_int_equal(ct_matrix_from_rows(rows, 3, 2, &m), CT_OK);
    assert_rel(ct_matrix_get(m, 2, 1), 6, 0);
    assert_rel(m->col[0][1], 3, 0);
    double back[6];
    ct_matrix_to_rows(m, back);
    assert_memory_equal(back, rows, sizeof rows);
    /* borrowed: the very pointer, never freed by the matrix */
    static const double ext[3] = {7, 8, 9};
    ct_matrix_col_borrow(m, 1, ext);
    assert_ptr_equal(m->col[1], ext);
    assert_false(ct_matrix_col_owned(m, 1));
    assert_true(ct_matrix_col_owned(m, 0));
    assert_int_equal(ct_matrix_set_name(m, 1, "x"), CT_OK);
    size_t pick[] = {2, 0};
    ct_matrix *t = NULL;
    assert_int_equal(ct_matrix_take_rows(m, pick, 2, &t), CT_OK);
    assert_rel(ct_matrix_get(t, 0, 1), 9, 0);
    assert_rel(ct_matrix_get(t, 1, 0), 1, 0);
    assert_string_equal(t->names[1], "x");
    assert_true(ct_matrix_col_owned(t, 1));
    size_t bad[] = {3};
    ct_matrix *u = NULL;
    assert_int_equal(ct_matrix_take_rows(m, bad, 1, &u), CT_EINVAL);
    assert_null(u);
    ct_matrix_free(t);
    ct_matrix_free(m);
    ct_matrix_free(NULL);
}

/* scipy: A = csr_matrix([[1, 0, 2], [0, 0, 0], [0, 3, 0], [4, 0, 5]])
 *   A.indptr = [0, 2, 2, 3, 5], A.indices = [0, 2, 1, 0, 2],
 *   A.data = [1, 2, 3, 4, 5]; A @ [1, 10, 100] = [201, 0, 30, 504] */
static void test_csr_round_trip(void **state)
{
    (void)state;
    const double dense[] = {1, 0, 2, 0, 0, 0, 0, 3, 0, 4, 0, 5};
    ct_matrix *m = NULL;
    assert_int_equal(ct_matrix_from_rows(dense, 4, 3, &m), CT_OK);
    ct_csr *a = NULL;
    assert_int_equal(ct_csr_from_dense(m, &a), CT_OK);
    static const size_t indptr[] = {0, 2, 2, 3, 5};
    static const uint32_t indices[] = {0, 2, 1, 0, 2};
    static const double data[] = {1, 2, 3, 4, 5};
    assert_int_equal(a->nrows, 4);
    assert_int_equal(a->ncols, 3);
    assert_int_equal(a->nnz, 5);
    assert_memory_equal(a->indptr, indptr, sizeof indptr);
    assert_memory_equal(a->indices, indices, sizeof indices);
    assert_memory_equal(a->data, data, sizeof data);
    assert_int_equal(ct_csr_check(a, NULL), CT_OK);
    for (size_t i = 0; i < 4; i++)
        for (size_t j = 0; j < 3; j++)
            assert_rel(ct_csr_get(a, i, j), dense[i * 3 + j], 0);
    const double v[] = {1, 10, 100};
    double out[4];
    ct_csr_matvec(a, v, out);
    assert_rel(out[0], 201, 0);
    assert_rel(out[1], 0, 0);
    assert_rel(out[2], 30, 0);
    assert_rel(out[3], 504, 0);
    ct_matrix *back = NULL;
    assert_int_equal(ct_csr_to_dense(a, &back), CT_OK);
    double rows[12];
    ct_matrix_to_rows(back, rows);
    assert_memory_equal(rows, dense, sizeof dense);
    /* a broken structure is caught */
    a->indices[1] = 0; /* row 0: 0, 0 — not increasing */
    ct_diag dg;
    assert_int_equal(ct_csr_check(a, &dg), CT_EFORMAT);
    ct_matrix_free(back);
    ct_csr_free(a);
    ct_matrix_free(m);
}

static void test_csr_build(void **state)
{
    (void)state;
    ct_csr *a = NULL;
    assert_int_equal(ct_csr_create(5, &a), CT_OK);
    uint32_t idx[] = {1, 4};
    double val[] = {0.5, -2};
    uint32_t bad[] = {4, 1};
    uint32_t out_of_range[] = {5};
    assert_int_equal(ct_csr_append_row(a, bad, val, 2), CT_EINVAL);
    assert_int_equal(ct_csr_append_row(a, out_of_range, val, 1), CT_EINVAL);
    assert_int_equal(a->nrows, 0);
    /* many rows: the arrays grow */
    for (size_t i = 0; i < 100; i++)
        assert_int_equal(ct_csr_append_row(a, idx, val, i % 3 == 0 ? 0 : 2), CT_OK);
    assert_int_equal(a->nrows, 100);
    assert_int_equal(a->nnz, 2 * 66);
    assert_int_equal(ct_csr_check(a, NULL), CT_OK);
    assert_rel(ct_csr_get(a, 1, 4), -2, 0);
    assert_rel(ct_csr_get(a, 1, 3), 0, 0);
    assert_rel(ct_csr_get(a, 0, 1), 0, 0);
    ct_csr_free(a);
    for (long k = 0;; k++) {
        ct_alloc_fail_after(k);
        ct_status s = ct_csr_create(3, &a);
        for (size_t i = 0; s == CT_OK && i < 40; i++)
            s = ct_csr_append_row(a, idx, val, 1);
        ct_alloc_fail_after(-1);
        ct_csr_free(a);
        a = NULL;
        if (s == CT_OK)
            break;
        assert_int_equal(s, CT_ENOMEM);
    }
}

/* Rows appended in place (ct_csr_row_space, ct_csr_row_commit), with the
 * room reserved or not (ct_csr_reserve), give the same matrix as
 * ct_csr_append_row of the same rows; a row out of order or range, or
 * longer than its room, is refused and leaves the matrix unchanged. */
static void test_csr_in_place(void **state)
{
    (void)state;
    for (int reserve = 0; reserve < 2; reserve++) {
        ct_csr *a = NULL, *b = NULL;
        assert_int_equal(ct_csr_create(50, &a), CT_OK);
        assert_int_equal(ct_csr_create(50, &b), CT_OK);
        if (reserve)
            assert_int_equal(ct_csr_reserve(b, 300, 1000), CT_OK);
        uint64_t r = 5;
        for (int i = 0; i < 300; i++) {
            uint32_t idx[50];
            double val[50];
            size_t k = 0;
            for (uint32_t j = 0; j < 50; j++) {
                r = r * 6364136223846793005ull + 1442695040888963407ull;
                if ((r >> 60) < 3) {
                    idx[k] = j;
                    val[k++] = (double)(r >> 40) / 7.0;
                }
            }
            assert_int_equal(ct_csr_append_row(a, idx, val, k), CT_OK);
            uint32_t *pi;
            double *pv;
            assert_int_equal(ct_csr_row_space(b, k + 3, &pi, &pv), CT_OK);
            memcpy(pi, idx, k * sizeof *idx);
            memcpy(pv, val, k * sizeof *val);
            assert_int_equal(ct_csr_row_commit(b, k), CT_OK);
        }
        /* refused rows: out of order, out of range, past the room */
        uint32_t *pi;
        double *pv;
        assert_int_equal(ct_csr_row_space(b, 2, &pi, &pv), CT_OK);
        pi[0] = 5;
        pi[1] = 5;
        assert_int_equal(ct_csr_row_commit(b, 2), CT_EINVAL);
        pi[1] = 50;
        assert_int_equal(ct_csr_row_commit(b, 2), CT_EINVAL);
        assert_int_equal(ct_csr_row_commit(b, b->cap - b->nnz + 1), CT_EINVAL);
        assert_int_equal(b->nrows, a->nrows);
        assert_int_equal(b->nnz, a->nnz);
        assert_null(ct_csr_check(b, NULL) == CT_OK ? NULL : b);
        assert_memory_equal(a->indptr, b->indptr, (a->nrows + 1) * sizeof *a->indptr);
        assert_memory_equal(a->indices, b->indices, a->nnz * sizeof *a->indices);
        assert_memory_equal(a->data, b->data, a->nnz * sizeof *a->data);
        ct_csr_free(a);
        ct_csr_free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dense),
        cmocka_unit_test(test_csr_round_trip),
        cmocka_unit_test(test_csr_build),
        cmocka_unit_test(test_csr_in_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
