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

/* Ratios to a leader outside [2^-64, 2^64] are not merged: ‖r‖² and the
 * merged values x·‖r‖ then stay far from overflow and underflow. */
#define LR_MERGE_RATIO_MIN 0x1p-64

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
 * memory, -2 when X's indices are out of range or not increasing. */
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
    /* X's structure is checked on the way (this read replaces
     * ct_csr_check's): indices in range and increasing within each row */
    int ok = 1;
    for (size_t i = 0; i < n; i++) {
        const uint64_t hi = ct_hash_mix((uint64_t)i + 0x9E3779B97F4A7C15ull);
        uint32_t prev = 0;
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
            const uint32_t j0 = X->indices[e], j = j0 < p ? j0 : 0;
            ok &= (j0 < p) & (e == X->indptr[i] || j0 > prev);
            prev = j0;
            if (cnt[j]++ == 0)
                first[j] = X->data[e];
            h[j] += hi;
        }
    }
    if (!ok) {
        ct_free(cnt);
        ct_free(h);
        ct_free(first);
        ct_free(table);
        return -2;
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
            if (!(fabs(r[j]) >= LR_MERGE_RATIO_MIN && fabs(r[j]) <= 1 / LR_MERGE_RATIO_MIN)) {
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

/* Marks the columns with an entry that is not r_j times its leader's in
 * the same row (read (2)'s slow path, run only when the copy found one);
 * slot/row: a column's value and row, a workspace of p. */
static void mark_bad(const ct_csr *X, const uint32_t *lead, const double *r, double *slot,
                     size_t *row, unsigned char *bad)
{
    for (size_t j = 0; j < X->ncols; j++)
        row[j] = SIZE_MAX;
    for (size_t i = 0; i < X->nrows; i++) {
        const size_t e0 = X->indptr[i], e1 = X->indptr[i + 1];
        for (size_t e = e0; e < e1; e++) {
            row[X->indices[e]] = i;
            slot[X->indices[e]] = X->data[e];
        }
        for (size_t e = e0; e < e1; e++) {
            const uint32_t j = X->indices[e], L = lead[j];
            const double x = X->data[e];
            if (row[L] != i || !(fabs(x - r[j] * slot[L]) <= LR_MERGE_RTOL * fabs(x)))
                bad[j] = 1;
        }
    }
}

/* The merged columns from lead and r: q, group, coef, and each leader's
 * scale ‖r‖ (exactly 1.0 for a column of its own); ‖r‖² summed in column
 * order; merged columns numbered in the order of their leaders, so merged
 * rows keep increasing indices. */
static void number_groups(size_t p, const uint32_t *lead, const double *r, double *scale,
                          lr_design *D)
{
    for (size_t j = 0; j < p; j++)
        scale[j] = 0;
    for (size_t j = 0; j < p; j++)
        scale[lead[j]] += r[j] * r[j];
    size_t q = 0;
    for (size_t j = 0; j < p; j++)
        if (lead[j] == j) {
            scale[j] = sqrt(scale[j]);
            D->group[j] = (uint32_t)q++;
        }
    for (size_t j = 0; j < p; j++) {
        D->group[j] = D->group[lead[j]];
        D->coef[j] = r[j] / scale[lead[j]];
    }
    D->q = q;
}

/* The merged design's rows in order of their length (a stable counting sort
 * of len, the rows' merged lengths), then read (2) fused with the copy: X
 * read in its own order, each row written to its place (reading X's rows in
 * the new order would wait on memory at every row: they are scattered;
 * writes do not wait), every entry of a candidate checked against its
 * leader in the same row. Returns the number of entries that failed the
 * check (the design is then to be made again), or SIZE_MAX when out of
 * memory. slot/row: workspaces of p. */
static size_t copy_rows(const ct_csr *X, const uint32_t *lead, const double *r, const double *scale,
                        size_t *len, double *slot, size_t *row, lr_design *D)
{
    const size_t n = X->nrows, p = X->ncols;
    size_t kmax = 0, nnz = 0;
    for (size_t i = 0; i < n; i++) {
        kmax = len[i] > kmax ? len[i] : kmax;
        nnz += len[i];
    }
    size_t *pos = ct_calloc(kmax + 2, sizeof *pos);
    uint32_t *rowi = ct_malloc((kmax + 1) * sizeof *rowi); /* one merged row + a spare slot */
    double *rowd = ct_malloc((kmax + 1) * sizeof *rowd);
    D->X.indptr = ct_malloc((n + 1) * sizeof *D->X.indptr);
    D->X.indices = ct_malloc((nnz ? nnz : 1) * sizeof *D->X.indices);
    D->X.data = ct_malloc((nnz ? nnz : 1) * sizeof *D->X.data);
    size_t nbad = SIZE_MAX;
    if (!pos || !rowi || !rowd || !D->X.indptr || !D->X.indices || !D->X.data)
        goto out;
    for (size_t i = 0; i < n; i++)
        pos[len[i] + 1]++;
    for (size_t k = 1; k <= kmax + 1; k++)
        pos[k] += pos[k - 1];
    for (size_t i = 0; i < n; i++)
        D->perm[pos[len[i]]++] = i;
    size_t o = 0;
    for (size_t rr = 0; rr < n; rr++) {
        D->X.indptr[rr] = o;
        o += len[D->perm[rr]];
    }
    D->X.indptr[n] = o;
    for (size_t rr = 0; rr < n; rr++)
        len[D->perm[rr]] = D->X.indptr[rr]; /* len[i] is now row i's start */
    for (size_t j = 0; j < p; j++)
        row[j] = SIZE_MAX;
    nbad = 0;
    for (size_t i = 0; i < n; i++) {
        const size_t e0 = X->indptr[i], k = X->indptr[i + 1] - e0;
        uint32_t *oi = D->X.indices + len[i];
        double *od = D->X.data + len[i];
        if (D->q == p) { /* nothing merged: the row as it is */
            memcpy(oi, X->indices + e0, k * sizeof *oi);
            memcpy(od, X->data + e0, k * sizeof *od);
            int nf = 0;
            for (size_t e = e0; e < e0 + k; e++)
                nf |= !isfinite(X->data[e]);
            D->nonfinite |= nf;
            continue;
        }
        for (size_t e = e0; e < e0 + k; e++) {
            row[X->indices[e]] = i;
            slot[X->indices[e]] = X->data[e];
        }
        /* without branches (which way they go depends on the data): every
         * entry written to the row buffers, the position advanced only for
         * leaders; a column of its own is its own leader with ratio 1 and
         * passes the check */
        size_t t = 0, nb = 0;
        int nf = 0;
        for (size_t e = e0; e < e0 + k; e++) {
            const uint32_t j = X->indices[e], L = lead[j];
            const double x = X->data[e];
            nf |= !isfinite(x);
            nb += !((row[L] == i) & (fabs(x - r[j] * slot[L]) <= LR_MERGE_RTOL * fabs(x)));
            rowi[t] = D->group[j];
            rowd[t] = x * scale[j];
            t += L == j;
        }
        memcpy(oi, rowi, t * sizeof *oi);
        memcpy(od, rowd, t * sizeof *od);
        nbad += nb;
        D->nonfinite |= nf;
    }
    D->X.nrows = n;
    D->X.ncols = D->q;
    D->X.nnz = o;
out:
    ct_free(pos);
    ct_free(rowi);
    ct_free(rowd);
    return nbad;
}

int lr_design_make(const ct_csr *X, int merge, lr_design *D)
{
    const size_t p = X->ncols, n = X->nrows;
    memset(D, 0, sizeof *D);
    uint32_t *lead = ct_malloc((p ? p : 1) * sizeof *lead);
    double *r = ct_malloc((p ? p : 1) * sizeof *r);
    double *scale = ct_malloc((p ? p : 1) * sizeof *scale);
    double *slot = ct_malloc((p ? p : 1) * sizeof *slot);
    size_t *row = ct_malloc((p ? p : 1) * sizeof *row);
    size_t *len = ct_malloc((n ? n : 1) * sizeof *len);
    unsigned char *bad = NULL;
    D->group = ct_malloc((p ? p : 1) * sizeof *D->group);
    D->coef = ct_malloc((p ? p : 1) * sizeof *D->coef);
    D->perm = ct_malloc((n ? n : 1) * sizeof *D->perm);
    int rc = -1;
    if (!lead || !r || !scale || !slot || !row || !len || !D->group || !D->coef || !D->perm)
        goto out;
    /* indptr first: the reads below trust it */
    int ok = X->indptr[0] == 0 && X->indptr[n] == X->nnz;
    for (size_t i = 0; i < n; i++)
        ok &= X->indptr[i + 1] >= X->indptr[i];
    if (!ok || (!merge && ct_csr_check(X, NULL) != CT_OK)) {
        rc = -2;
        goto out;
    }
    if (merge) {
        const int fc = find_candidates(X, lead, r);
        if (fc) {
            rc = fc;
            goto out;
        }
    } else {
        for (size_t j = 0; j < p; j++) {
            lead[j] = (uint32_t)j;
            r[j] = 1.0;
        }
    }
    for (;;) {
        number_groups(p, lead, r, scale, D);
        for (size_t i = 0; i < n; i++) {
            size_t k = 0;
            for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++)
                k += lead[X->indices[e]] == X->indices[e];
            len[i] = k;
        }
        const size_t nbad = copy_rows(X, lead, r, scale, len, slot, row, D);
        if (nbad == SIZE_MAX)
            goto out;
        if (nbad == 0 || D->nonfinite)
            break; /* done, or the fit refuses X (a NaN fails every check) */
        /* Some candidate is not a multiple of its leader after all: it
         * becomes a column of its own, and the design is made again. Happens
         * at most once: a leader never fails (it is its own, ratio 1, and
         * its values are finite here) and the members left passed the same
         * test against the same leaders. */
        if (!bad && !(bad = ct_calloc(p ? p : 1, 1)))
            goto out;
        mark_bad(X, lead, r, slot, row, bad);
        for (size_t j = 0; j < p; j++)
            if (bad[j]) {
                lead[j] = (uint32_t)j;
                r[j] = 1.0;
            }
        ct_free(D->X.indptr);
        ct_free(D->X.indices);
        ct_free(D->X.data);
        memset(&D->X, 0, sizeof D->X);
    }
    rc = 0;
out:
    ct_free(lead);
    ct_free(r);
    ct_free(scale);
    ct_free(slot);
    ct_free(row);
    ct_free(len);
    ct_free(bad);
    if (rc)
        lr_design_free(D);
    return rc;
}
