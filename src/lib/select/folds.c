/* folds.c — stratified train/validation/test split and stratified k-fold
 * assignment (see claimtriage/folds.h for the exact rules). */
#include "claimtriage/folds.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/rng.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

ct_holdout_options ct_holdout_options_default(void)
{
    return (ct_holdout_options){.train = 0.6, .validation = 0.2, .test = 0.2, .seed = 42};
}

const char *ct_holdout_options_check(const ct_holdout_options *o)
{
    if (!o)
        return "options are NULL";
    if (!(o->train > 0 && o->train <= 1))
        return "the train fraction must be in (0, 1]";
    if (!(o->validation >= 0 && o->validation < 1))
        return "the validation fraction must be in [0, 1)";
    if (!(o->test >= 0 && o->test < 1))
        return "the test fraction must be in [0, 1)";
    if (fabs(o->train + o->validation + o->test - 1.0) > 1e-9)
        return "the train, validation and test fractions must sum to 1";
    return NULL;
}

/* Labels 0/1/NaN: the class row lists (ascending) and their sizes. */
static ct_status classes(const double *y, size_t n, size_t *rows[2], size_t m[2], size_t *nan,
                         ct_diag *diag)
{
    m[0] = m[1] = *nan = 0;
    for (size_t i = 0; i < n; i++) {
        if (isnan(y[i]))
            ++*nan;
        else if (y[i] == 0 || y[i] == 1)
            m[y[i] != 0]++;
        else
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "row %zu: label %g is not 0, 1 or missing", i, y[i]);
    }
    if (m[0] + m[1] == 0)
        return ct_diag_set(diag, CT_EEMPTY, NULL, 0, 0, "no row has a label");
    rows[0] = ct_malloc((m[0] ? m[0] : 1) * sizeof *rows[0]);
    rows[1] = ct_malloc((m[1] ? m[1] : 1) * sizeof *rows[1]);
    if (!rows[0] || !rows[1]) {
        ct_free(rows[0]);
        ct_free(rows[1]);
        rows[0] = rows[1] = NULL;
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the split");
    }
    size_t k[2] = {0, 0};
    for (size_t i = 0; i < n; i++)
        if (!isnan(y[i]))
            rows[y[i] != 0][k[y[i] != 0]++] = i;
    return CT_OK;
}

static ct_status shuffle(size_t *rows, size_t m, uint64_t seed, uint64_t stream, ct_diag *diag)
{
    ct_rng *r = NULL;
    if (ct_rng_create(seed, stream, &r))
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the random stream");
    ct_rng_shuffle(r, rows, m, sizeof *rows);
    ct_rng_destroy(r);
    return CT_OK;
}

/* Largest-remainder share of `total` rows between the two classes in
 * proportion to m[], then capped by cap[] (the excess moved to the other
 * class where it has room). */
static void allocate(size_t total, const size_t m[2], const size_t cap[2], size_t out[2])
{
    const unsigned long long N = (unsigned long long)m[0] + m[1];
    unsigned long long rem[2];
    for (int c = 0; c < 2; c++) {
        const unsigned long long q = (unsigned long long)total * m[c];
        out[c] = (size_t)(q / N);
        rem[c] = q % N;
    }
    size_t left = total - out[0] - out[1];
    while (left > 0) {
        /* the larger remainder, then the larger class, then class 0 */
        int c = rem[1] > rem[0] || (rem[1] == rem[0] && m[1] > m[0]);
        out[c]++;
        rem[c] = 0;
        left--;
        if (left) {
            out[!c]++;
            left--;
        }
    }
    for (int c = 0; c < 2; c++)
        if (out[c] > cap[c]) {
            const size_t excess = out[c] - cap[c];
            out[c] = cap[c];
            const size_t room = cap[!c] - out[!c];
            out[!c] += excess < room ? excess : room;
        }
}

/* The units the holdout deals: each labelled row's group key (its own
 * index without groups), per key its labelled rows, positives and first
 * labelled row, and per class the keys of its groups by first row
 * (ascending; a group's class the label most of its rows carry, a tie its
 * first row's) with mm[c] their rows. Without groups unit[c] is class c's
 * rows, ascending: the shuffle that follows is the ungrouped one. */
typedef struct units {
    size_t *key, *size, *pos, *first, *unit[2], nu[2], mm[2];
    int32_t *role_of; /* per key */
} units;

static void units_free(units *u)
{
    ct_free(u->key);
    ct_free(u->size);
    ct_free(u->pos);
    ct_free(u->first);
    ct_free(u->unit[0]);
    ct_free(u->unit[1]);
    ct_free(u->role_of);
}

static ct_status units_make(const double *y, size_t n, const size_t *groups, units *u,
                            ct_diag *diag)
{
    memset(u, 0, sizeof *u);
    const size_t nn = n ? n : 1;
    u->key = ct_malloc(nn * sizeof *u->key);
    u->size = ct_calloc(nn, sizeof *u->size);
    u->pos = ct_calloc(nn, sizeof *u->pos);
    u->first = ct_malloc(nn * sizeof *u->first);
    u->unit[0] = ct_malloc(nn * sizeof *u->unit[0]);
    u->unit[1] = ct_malloc(nn * sizeof *u->unit[1]);
    u->role_of = ct_malloc(nn * sizeof *u->role_of);
    if (!u->key || !u->size || !u->pos || !u->first || !u->unit[0] || !u->unit[1] || !u->role_of)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the split");
    for (size_t i = 0; i < n; i++) {
        u->first[i] = SIZE_MAX;
        u->role_of[i] = CT_ROLE_NONE;
    }
    for (size_t i = 0; i < n; i++) {
        if (isnan(y[i]))
            continue;
        const size_t k = groups ? groups[i] : i;
        if (k >= n)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "row %zu: group key %zu is not below the %zu rows", i, k, n);
        u->key[i] = k;
        u->size[k]++;
        u->pos[k] += y[i] != 0;
        if (u->first[k] == SIZE_MAX)
            u->first[k] = i;
    }
    for (size_t i = 0; i < n; i++) {
        if (isnan(y[i]) || u->first[u->key[i]] != i)
            continue;
        const size_t k = u->key[i], s = u->size[k], p = u->pos[k];
        const int c = 2 * p > s ? 1 : 2 * p < s ? 0 : y[i] != 0;
        u->unit[c][u->nu[c]++] = k;
        u->mm[c] += s;
    }
    return CT_OK;
}

/* "the stratified A/B/C split gives SET F of": the fractions as given
 * (the shortest decimal that reads back: "0.4999", "1e-300"; "%.3g" wrote
 * "0.5" and "1e-300" alike, so a 0.4999/0.0001/0.5 split read 0.5/0.0001/
 * 0.5 before 2026-12-05), for the messages of a set the split leaves
 * without rows or without a class. */
static void split_gives(char *buf, size_t n, const ct_holdout_options *o, const char *set,
                        double frac)
{
    char a[CT_NUMFMT_SHORTEST_MAX], b[CT_NUMFMT_SHORTEST_MAX], c[CT_NUMFMT_SHORTEST_MAX],
        f[CT_NUMFMT_SHORTEST_MAX];
    ct_numfmt_shortest(a, sizeof a, o->train);
    ct_numfmt_shortest(b, sizeof b, o->validation);
    ct_numfmt_shortest(c, sizeof c, o->test);
    ct_numfmt_shortest(f, sizeof f, frac);
    snprintf(buf, n, "the stratified %s/%s/%s split gives %s %s of", a, b, c, set, f);
}

/* A set the split leaves empty (CT_EDATA, a fact of the file and the
 * options). Fewer labelled rows than sets: the rows are the cause. A set
 * whose share of the rows rounds to none: the share is (before 2026-12-05
 * "1,967 labelled rows are too few for a 1e-300/0.5/0.5 split ... give
 * more labelled rows", of a share no file fills:
 * tests/cli/train_holdout_share_named). want: the set's rows by its quota. */
static ct_status empty_set(const ct_holdout_options *o, const char *set, double frac, size_t N,
                           size_t want, ct_diag *diag)
{
    char nr[32], gives[160];
    ct_numfmt_count(nr, sizeof nr, N);
    if (N >= 3 && want == 0) {
        split_gives(gives, sizeof gives, o, "it", frac);
        ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                    "the %s set is empty: %s the labelled rows, and %s row%s leave%s it none", set,
                    gives, nr, N == 1 ? "" : "s", N == 1 ? "s" : "");
        if (diag) {
            char one[CT_NUMFMT_SHORTEST_MAX];
            snprintf(one, sizeof one, "%.3g", 1.0 / (double)N);
            snprintf(diag->hint, sizeof diag->hint,
                     "the share is the cause, not the rows: one row of %s is a share of %s; give "
                     "the %s set a larger share with --holdout, enough for a few dozen rows of "
                     "each class",
                     nr, one, set);
        }
        return CT_EDATA;
    }
    char a[CT_NUMFMT_SHORTEST_MAX], b[CT_NUMFMT_SHORTEST_MAX], c[CT_NUMFMT_SHORTEST_MAX];
    ct_numfmt_shortest(a, sizeof a, o->train);
    ct_numfmt_shortest(b, sizeof b, o->validation);
    ct_numfmt_shortest(c, sizeof c, o->test);
    ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                "the %s set is empty: %s labelled row%s %s too few for a %s/%s/%s split", set, nr,
                N == 1 ? "" : "s", N == 1 ? "is" : "are", a, b, c);
    if (diag)
        snprintf(diag->hint, sizeof diag->hint,
                 "give more labelled rows (a few dozen of each class at least)");
    return CT_EDATA;
}

ct_status ct_folds_holdout(const double *y, size_t n, const ct_holdout_options *o, int32_t *role,
                           ct_holdout_counts *counts, ct_diag *diag)
{
    const char *why = ct_holdout_options_check(o);
    if (why)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", why);
    size_t *rows[2] = {NULL, NULL}, m[2], nan;
    ct_status s = classes(y, n, rows, m, &nan, diag);
    if (s)
        return s;
    ct_free(rows[0]);
    ct_free(rows[1]);
    units u;
    if ((s = units_make(y, n, o->groups, &u, diag)) != CT_OK) {
        units_free(&u);
        return s;
    }
    const size_t N = m[0] + m[1];
    const size_t want_test = (size_t)llround(o->test * (double)N);
    const size_t want_val = (size_t)llround(o->validation * (double)N);
    /* cumulative quotas: test gets the largest-remainder share of its
     * size, test and validation together that of theirs, validation the
     * difference, so train (the rest) is the share of its own size too and
     * every set's class counts are the nearest whole numbers to its
     * quotas. Sharing validation apart from test, over the rows test left,
     * broke a tie the same way twice: 12 and 12 rows at 60/20/20 gave
     * train 8 and 6, not 7 and 7 (tests/cli/train_split_cumulative_quotas).
     * With groups the quotas share the rows of each class's groups (mm:
     * m unless a group mixes labels). */
    const size_t *mm = u.mm;
    size_t t[2], tv[2], v[2], cap[2] = {mm[0], mm[1]};
    const size_t nval = want_val > N - want_test ? N - want_test : want_val;
    allocate(want_test, mm, cap, t);
    if (o->sequential_quotas) { /* the rule before 2026-12-04 */
        cap[0] = mm[0] - t[0];
        cap[1] = mm[1] - t[1];
        allocate(nval, mm, cap, v);
    } else {
        allocate(want_test + nval, mm, cap, tv);
        for (int c = 0; c < 2; c++) /* a share is monotone in its total: tv >= t */
            v[c] = tv[c] >= t[c] ? tv[c] - t[c] : 0;
    }
    for (int c = 0; c < 2 && s == CT_OK; c++) {
        s = shuffle(u.unit[c], u.nu[c], o->seed, CT_FOLDS_STREAM_HOLDOUT + (uint64_t)c, diag);
        /* a group takes the set of its middle position in the dealt order */
        size_t p = 0;
        for (size_t j = 0; j < u.nu[c] && s == CT_OK; j++) {
            const size_t k = u.unit[c][j], at = p + (u.size[k] - 1) / 2;
            u.role_of[k] = at < t[c]          ? CT_ROLE_TEST
                           : at < t[c] + v[c] ? CT_ROLE_VALIDATION
                                              : CT_ROLE_TRAIN;
            p += u.size[k];
        }
    }
    ct_holdout_counts cnt;
    memset(&cnt, 0, sizeof cnt);
    cnt.n_unlabeled = nan;
    size_t per[2][3] = {{0, 0, 0}, {0, 0, 0}}; /* rows per class and set */
    for (size_t i = 0; i < n; i++) {
        role[i] = CT_ROLE_NONE;
        if (s != CT_OK || isnan(y[i]))
            continue;
        const int32_t r = u.role_of[u.key[i]];
        role[i] = r;
        cnt.rows[r]++;
        cnt.positives[r] += y[i] != 0;
        per[y[i] != 0][r]++;
    }
    units_free(&u);
    if (s)
        return s;
    if (counts)
        *counts = cnt;
    static const char *const name[3] = {"training", "validation", "test"};
    const double frac[3] = {o->train, o->validation, o->test};
    /* each set's rows by its quota (train: the rest) */
    const size_t want[3] = {N - want_test - nval, nval, want_test};
    /* a set left empty is a fact of the file too (too few labelled rows for
     * the split), as every other "too few rows" refusal of train: CT_EDATA */
    for (int r = 0; r < 3; r++)
        if (frac[r] > 0 && cnt.rows[r] == 0)
            return empty_set(o, name[r], frac[r], N, want[r], diag);
    /* one class in train is a fact of the file (CT_EDATA), not of the options;
     * the classes by the caller's names, and the file's both classes said
     * (before 2026-12-04 "class 0 and 1" and "use ... one with both
     * classes" of a file that had them: tests/cli/train_tiny_split_labels) */
    if (cnt.positives[0] == 0 || cnt.positives[0] == cnt.rows[0]) {
        const char *lab[2] = {o->labels[0] ? o->labels[0] : "class 0",
                              o->labels[1] ? o->labels[1] : "class 1"};
        /* counts with separators, as every count train prints (before
         * 2026-12-05 "of 968 labelled rows", "1967" elsewhere) */
        const size_t cv[8] = {m[0],
                              m[1],
                              per[0][CT_ROLE_TRAIN],
                              per[1][CT_ROLE_TRAIN],
                              per[0][CT_ROLE_VALIDATION],
                              per[1][CT_ROLE_VALIDATION],
                              per[0][CT_ROLE_TEST],
                              per[1][CT_ROLE_TEST]};
        char c[8][32];
        for (int k = 0; k < 8; k++)
            ct_numfmt_count(c[k], sizeof c[k], cv[k]);
        ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                    "the training set holds one class only: of %s labelled row%s of %s and %s "
                    "of %s, the split gave it %s and %s (validation %s and %s, test %s and %s)",
                    c[0], m[0] == 1 ? "" : "s", lab[0], c[1], lab[1], c[2], c[3], c[4], c[5], c[6],
                    c[7]);
        const int gone = per[0][CT_ROLE_TRAIN] == 0 ? 0 : 1; /* the class train lacks */
        char gives[160], mg[32];
        split_gives(gives, sizeof gives, o, "the training set", o->train);
        ct_numfmt_count(mg, sizeof mg, m[gone]);
        if (diag && m[0] && m[1])
            snprintf(diag->hint, sizeof diag->hint,
                     "the file holds both classes, but %s each class's rows, and %s row%s of %s "
                     "leave%s it none: give more labelled rows (a few of each class at least)",
                     gives, mg, m[gone] == 1 ? "" : "s", lab[gone], m[gone] == 1 ? "s" : "");
        else if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "the labelled rows hold one class only: use a file with both classes");
        return CT_EDATA;
    }
    return CT_OK;
}

ct_status ct_folds_kfold(const double *y, size_t n, size_t k, uint64_t seed, int32_t *fold,
                         size_t *fold_rows, ct_diag *diag)
{
    if (k < 2 || k > INT32_MAX)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "folds must be at least 2, not %zu", k);
    size_t *rows[2] = {NULL, NULL}, m[2], nan;
    ct_status s = classes(y, n, rows, m, &nan, diag);
    if (s)
        return s;
    for (int c = 0; c < 2; c++)
        if (m[c] < k) {
            ct_free(rows[0]);
            ct_free(rows[1]);
            /* a class too rare for the folds is a fact of the file (CT_EDATA) */
            ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                        "class %d has %zu labelled rows, fewer than the %zu folds: a fold "
                        "would lack it",
                        c, m[c], k);
            if (diag)
                snprintf(diag->hint, sizeof diag->hint,
                         "each of the %zu folds needs rows of both classes: use a larger file, "
                         "or fewer folds (train --folds)",
                         k);
            return CT_EDATA;
        }
    int32_t *lab = ct_malloc((m[0] > m[1] ? m[0] : m[1]) * sizeof *lab);
    if (!lab) {
        ct_free(rows[0]);
        ct_free(rows[1]);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the folds");
    }
    for (size_t i = 0; i < n; i++)
        fold[i] = -1;
    if (fold_rows)
        memset(fold_rows, 0, k * sizeof *fold_rows);
    ct_rng *r = NULL;
    for (int c = 0; c < 2 && s == CT_OK; c++) {
        /* Sorted labels dealt in turn: position j of the sorted list goes to
         * fold j mod k; class c occupies positions [start, start + m_c). */
        const size_t start = c ? m[0] : 0;
        size_t j = 0;
        for (size_t f = 0; f < k; f++) {
            /* positions p in [start, start + m_c) with p mod k == f */
            const size_t first = start + (f + k - start % k) % k;
            const size_t cnt = first < start + m[c] ? (start + m[c] - first - 1) / k + 1 : 0;
            for (size_t q = 0; q < cnt; q++)
                lab[j++] = (int32_t)f;
        }
        if (ct_rng_create(seed, CT_FOLDS_STREAM_KFOLD + (uint64_t)c, &r)) {
            s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the random stream");
            break;
        }
        ct_rng_shuffle(r, lab, m[c], sizeof *lab);
        ct_rng_destroy(r);
        for (size_t q = 0; q < m[c]; q++) {
            fold[rows[c][q]] = lab[q];
            if (fold_rows)
                fold_rows[lab[q]]++;
        }
    }
    ct_free(lab);
    ct_free(rows[0]);
    ct_free(rows[1]);
    return s;
}

size_t ct_folds_select(const int32_t *assign, size_t n, int32_t which, size_t *rows)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (assign[i] == which)
            rows[m++] = i;
    return m;
}

size_t ct_folds_complement(const int32_t *assign, size_t n, int32_t which, size_t *rows)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (assign[i] >= 0 && assign[i] != which)
            rows[m++] = i;
    return m;
}
