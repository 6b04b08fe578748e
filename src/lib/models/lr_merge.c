/* lr_merge.c — the design the logistic-regression solver reads: the rows of
 * X copied in order of their length, with the columns that are multiples of
 * one another merged into one (a presolve, as LP solvers merge parallel
 * columns). Internal to the lr solver (lr_internal.h).
 *
 * Why the merge is exact. Let columns x_k = r_k x_L (k in a group G led by
 * column L, r_L = 1). The loss depends on the group's coefficients only
 * through t = Σ_k r_k w_k; for a given t the penalty ½ Σ_k w_k² is least at
 * w_k = t r_k / ‖r‖² and is then ½ t² / ‖r‖². So with one merged column
 * x' = ‖r‖ x_L and its coefficient w' = t / ‖r‖, the problem
 *   min ½‖w'‖² + loss(X'w')
 * has the same value as the original at w_k = w' r_k / ‖r‖, and the
 * original optimum (unique: the objective is strictly convex) is that
 * expansion of the merged optimum. The gradient maps the same way
 * (g_k = (r_k/‖r‖) g'), so ‖∇f‖, and with it the stopping rule, is the
 * same in both problems. Text designs have many such groups: a bigram whose
 * documents are exactly those of a word, with the same counts, is the word's
 * column times idf ratio (the real file's 1-2-gram design: 4,052 columns in
 * 1,238 groups, 540k non-zeros down to 336k).
 *
 * Finding the groups, in two reads of X: (1) per column its count of
 * non-zeros, an order-free hash of its rows (a sum of mixed row numbers)
 * and its first value; columns with equal count and hash are candidates,
 * each joined to the first such column, its ratio taken from the first
 * values. (2) Every entry of a candidate is checked against its leader in
 * the same row: present, and |x_ik − r_k x_iL| <= LR_MERGE_RTOL |x_ik|. A
 * column that fails anywhere stays a column of its own. Equal counts and
 * every row of k holding L make the supports equal, so the hash only picks
 * candidates and never decides.
 *
 * A column with no group keeps its values bit for bit (scale 1.0, coefficient
 * factor 1.0), so a design without multiples is solved exactly as before
 * this presolve existed. */
#include "models/lr_internal.h"

#include "base/hash.h"

#include <math.h>
#include <string.h>

/* How far (relative) an entry may be from r_k times its leader's and still
 * count as a multiple. TF-IDF values of the columns of one group differ from
 * exact multiples by a few roundings (tf · idf, then the row's norm); 64 ε
 * covers them, and moves a margin x·w by at most 1.4e-14 of Σ|x_k w_k|, far
 * below every printed digit and the solver's own tolerance. */
#define LR_MERGE_RTOL (64 * 2.220446049250313e-16)

void lr_design_free(lr_design *D)
{
    if (!D)
        return;
    ct_free(D->X.indptr);
    ct_free(D->X.indices);
    ct_free(D->X.data);
    ct_free(D->perm);
    ct_free(D->group);
    ct_free(D->coef);
    memset(D, 0, sizeof *D);
}

/* lead[j]: the column j is merged into (j itself when none); r[j]: x_j's
 * ratio to its leader. The candidates of read (1). Returns -1 when out of
 * memory. */
static int find_candidates(const ct_csr *X, uint32_t *lead, double *r)
{
    const size_t p = X->ncols, n = X->nrows;
    size_t *cnt = ct_calloc(p ? p : 1, sizeof *cnt);
    uint64_t *h = ct_calloc(p ? p : 1, sizeof *h);
    double *first = ct_malloc((p ? p : 1) * sizeof *first);
    size_t tsize = 16;
    while (tsize < 2 * p)
        tsize *= 2;
    uint32_t *table = ct_malloc(tsize * sizeof *table); /* open addressing: columns + 1 */
    if (!cnt || !h || !first || !table) {
        ct_free(cnt);
        ct_free(h);
        ct_free(first);
        ct_free(table);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const uint64_t hi = ct_hash_mix((uint64_t)i + 0x9E3779B97F4A7C15ull);
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
            const uint32_t j = X->indices[e];
            if (cnt[j]++ == 0)
                first[j] = X->data[e];
            h[j] += hi;
        }
    }
    memset(table, 0, tsize * sizeof *table);
    for (size_t j = 0; j < p; j++) {
        lead[j] = (uint32_t)j;
        r[j] = 1.0;
        if (cnt[j] == 0 || first[j] == 0 || !isfinite(first[j]))
            continue; /* no ratio to take: a column of its own */
        size_t t = (size_t)ct_hash_mix(h[j] ^ cnt[j]) & (tsize - 1);
        for (; table[t]; t = (t + 1) & (tsize - 1)) {
            const uint32_t L = table[t] - 1;
            if (cnt[L] == cnt[j] && h[L] == h[j])
                break;
        }
        if (table[t]) {
            lead[j] = table[t] - 1;
            r[j] = first[j] / first[lead[j]];
            if (!isfinite(r[j]) || r[j] == 0) {
                lead[j] = (uint32_t)j;
                r[j] = 1.0;
            }
        } else {
            table[t] = (uint32_t)j + 1;
        }
    }
    ct_free(cnt);
    ct_free(h);
    ct_free(first);
    ct_free(table);
    return 0;
}

/* Read (2): every entry of a candidate checked against its leader in the
 * same row, and len[i] = row i's entries in the merged design. Returns the
 * number of entries that failed (0 nearly always: then nothing is written
 * but len). */
static size_t check_rows(const ct_csr *X, const uint32_t *lead, const double *r, size_t *stamp,
                         double *xv, unsigned char *bad, size_t *len)
{
    size_t nbad = 0;
    for (size_t i = 0; i < X->nrows; i++) {
        const size_t e0 = X->indptr[i], e1 = X->indptr[i + 1];
        for (size_t e = e0; e < e1; e++) {
            stamp[X->indices[e]] = i;
            xv[X->indices[e]] = X->data[e];
        }
        /* without branches (which way they go depends on the data): a column
         * of its own is its own leader, with ratio 1, and passes */
        size_t k = 0, nb = 0;
        for (size_t e = e0; e < e1; e++) {
            const uint32_t j = X->indices[e], L = lead[j];
            const double x = X->data[e];
            const int ok = (stamp[L] == i) & (fabs(x - r[j] * xv[L]) <= LR_MERGE_RTOL * fabs(x));
            nb += !ok;
            k += L == j;
            if (bad)
                bad[j] |= (unsigned char)!ok;
        }
        len[i] = k;
        nbad += nb;
    }
    return nbad;
}

/* Read (2) and, when an entry failed, a second time to mark the columns
 * that failed: they become columns of their own. Returns -1 when out of
 * memory. */
static int verify(const ct_csr *X, uint32_t *lead, double *r, size_t *len)
{
    const size_t p = X->ncols;
    size_t *stamp = ct_malloc((p ? p : 1) * sizeof *stamp);
    double *xv = ct_malloc((p ? p : 1) * sizeof *xv);
    unsigned char *bad = NULL;
    int rc = -1;
    if (!stamp || !xv)
        goto out;
    for (size_t j = 0; j < p; j++)
        stamp[j] = SIZE_MAX;
    if (check_rows(X, lead, r, stamp, xv, NULL, len)) {
        if (!(bad = ct_calloc(p ? p : 1, 1)))
            goto out;
        for (size_t j = 0; j < p; j++)
            stamp[j] = SIZE_MAX;
        check_rows(X, lead, r, stamp, xv, bad, len);
        for (size_t j = 0; j < p; j++)
            if (bad[j]) {
                lead[j] = (uint32_t)j;
                r[j] = 1.0;
            }
        /* a member's leader never fails (it is its own leader), so the
         * groups left are checked; len again for the columns now alone */
        for (size_t j = 0; j < p; j++)
            stamp[j] = SIZE_MAX;
        check_rows(X, lead, r, stamp, xv, NULL, len);
    }
    rc = 0;
out:
    ct_free(stamp);
    ct_free(xv);
    ct_free(bad);
    return rc;
}

int lr_design_make(const ct_csr *X, int merge, lr_design *D)
{
    const size_t p = X->ncols, n = X->nrows;
    memset(D, 0, sizeof *D);
    uint32_t *lead = ct_malloc((p ? p : 1) * sizeof *lead);
    double *r = ct_malloc((p ? p : 1) * sizeof *r);
    size_t *len = ct_malloc((n ? n : 1) * sizeof *len);
    double *scale = ct_malloc((p ? p : 1) * sizeof *scale);
    D->group = ct_malloc((p ? p : 1) * sizeof *D->group);
    D->coef = ct_malloc((p ? p : 1) * sizeof *D->coef);
    D->perm = ct_malloc((n ? n : 1) * sizeof *D->perm);
    uint32_t *rowi = NULL; /* one merged row (plus a spare slot) */
    double *rowd = NULL;
    int rc = -1;
    if (!lead || !r || !len || !scale || !D->group || !D->coef || !D->perm)
        goto out;
    if (merge) {
        if (find_candidates(X, lead, r) || verify(X, lead, r, len))
            goto out;
    } else {
        for (size_t j = 0; j < p; j++) {
            lead[j] = (uint32_t)j;
            r[j] = 1.0;
        }
        for (size_t i = 0; i < n; i++)
            len[i] = X->indptr[i + 1] - X->indptr[i];
    }
    /* ‖r‖² per leader, summed in column order; merged columns numbered in
     * the order of their leaders (so merged rows keep increasing indices) */
    for (size_t j = 0; j < p; j++)
        scale[j] = 0;
    for (size_t j = 0; j < p; j++)
        scale[lead[j]] += r[j] * r[j];
    size_t q = 0;
    for (size_t j = 0; j < p; j++)
        if (lead[j] == j) {
            scale[j] = sqrt(scale[j]); /* exactly 1.0 for a column of its own */
            D->group[j] = (uint32_t)q++;
        }
    for (size_t j = 0; j < p; j++) {
        D->group[j] = D->group[lead[j]];
        D->coef[j] = r[j] / scale[lead[j]];
    }
    D->q = q;

    /* the rows in order of their (merged) length: a stable counting sort */
    size_t kmax = 0, nnz = 0;
    for (size_t i = 0; i < n; i++) {
        if (len[i] > kmax)
            kmax = len[i];
        nnz += len[i];
    }
    size_t *pos = ct_calloc(kmax + 2, sizeof *pos);
    D->X.indptr = ct_malloc((n + 1) * sizeof *D->X.indptr);
    D->X.indices = ct_malloc((nnz ? nnz : 1) * sizeof *D->X.indices);
    D->X.data = ct_malloc((nnz ? nnz : 1) * sizeof *D->X.data);
    rowi = ct_malloc((kmax + 1) * sizeof *rowi);
    rowd = ct_malloc((kmax + 1) * sizeof *rowd);
    if (!pos || !D->X.indptr || !D->X.indices || !D->X.data || !rowi || !rowd) {
        ct_free(pos);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        pos[len[i] + 1]++;
    for (size_t k = 1; k <= kmax + 1; k++)
        pos[k] += pos[k - 1];
    for (size_t i = 0; i < n; i++)
        D->perm[pos[len[i]]++] = i;
    ct_free(pos);
    /* Row starts in the new order; then X is read in its own order and each
     * row written to its place: reading X's rows in the new order would wait
     * on memory at every row (they are scattered), writes do not wait. len[i]
     * becomes row i's start. */
    size_t o = 0;
    for (size_t rr = 0; rr < n; rr++) {
        D->X.indptr[rr] = o;
        o += len[D->perm[rr]];
    }
    D->X.indptr[n] = o;
    for (size_t rr = 0; rr < n; rr++)
        len[D->perm[rr]] = D->X.indptr[rr];
    for (size_t i = 0; i < n; i++) {
        const size_t e0 = X->indptr[i], k = X->indptr[i + 1] - e0;
        uint32_t *oi = D->X.indices + len[i];
        double *od = D->X.data + len[i];
        if (q == p) { /* nothing merged: the row as it is */
            memcpy(oi, X->indices + e0, k * sizeof *oi);
            memcpy(od, X->data + e0, k * sizeof *od);
            continue;
        }
        /* every entry written to the row buffers, the position advanced
         * only for leaders: no branch on the data (the slot after the
         * row's last entry is spare room) */
        size_t t = 0;
        for (size_t e = e0; e < e0 + k; e++) {
            const uint32_t j = X->indices[e];
            rowi[t] = D->group[j];
            rowd[t] = X->data[e] * scale[j];
            t += lead[j] == j;
        }
        memcpy(oi, rowi, t * sizeof *oi);
        memcpy(od, rowd, t * sizeof *od);
    }
    D->X.nrows = n;
    D->X.ncols = q;
    D->X.nnz = o;
    rc = 0;
out:
    ct_free(rowi);
    ct_free(rowd);
    ct_free(lead);
    ct_free(r);
    ct_free(len);
    ct_free(scale);
    if (rc)
        lr_design_free(D);
    return rc;
}
