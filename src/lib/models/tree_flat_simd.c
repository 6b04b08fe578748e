/* tree_flat_simd.c — the scoring of shallow ensembles sixteen rows per
 * instruction: every node of a tree tested on sixteen rows' codes at once
 * and the exit leaf found from the nodes whose test sends the rows right
 * (QuickScorer: Lucchese, Nardini, Orlando, Perego, Tonellotto & Venturini,
 * "QuickScorer: a fast algorithm to rank documents with additive ensembles
 * of regression trees", SIGIR 2015). The layout is in tree_internal.h. */
#include "models/tree_internal.h"

#include <string.h>

#define GROUP_ROWS_MAX 128 /* tree_flat_sum's GROUP_MAX */

void tree_flat_simd_free(tree_flat *f)
{
    ct_free(f->vcol);
    ct_free(f->vthr);
    ct_free(f->vclr);
    ct_free(f->vn);
    ct_free(f->vval);
    f->vcol = NULL;
    f->vthr = NULL;
    f->vclr = NULL;
    f->vn = NULL;
    f->vval = NULL;
    f->vd = 0;
}

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>

int tree_flat_simd_cpu(void) { return __builtin_cpu_supports("avx2"); }

/* rows [a, b) of X (b - a <= G, G a multiple of 16): their codes, column
 * by column (code word w of row r at cc[w G + r], biased by 0x8000 so that
 * a signed comparison orders them as unsigned), then every tree; the sums
 * in tree order into out[0 .. b - a), as the scalar walk adds them */
__attribute__((target("avx2"))) static void rows_avx2(const tree_flat *f, const ct_csr *X, size_t a,
                                                      size_t b, size_t G, int16_t *cc, double *acc,
                                                      double *out)
{
    const size_t W = f->nslots ? 2 * f->nslots : 2, n = b - a, n16 = (n + 15) & ~(size_t)15;
    for (size_t w = 0; w < W; w++) {
        const int16_t z = (int16_t)(f->zcode[w] ^ 0x8000u);
        for (size_t r = 0; r < n16; r++)
            cc[w * G + r] = z;
    }
    for (size_t i = a; i < b; i++)
        tree_flat_code_row(f, X, i, (uint16_t *)cc + (i - a), G, 0x8000u);
    for (size_t r = 0; r < n16; r++)
        acc[r] = 0;
    const size_t NN = ((size_t)1 << f->vd) - 1, NL = NN + 1;
    __m256i thv[15], clv[15];
    size_t off[15];
    uint16_t lm[GROUP_ROWS_MAX];
    for (size_t t = 0; t < f->ntrees; t++) {
        const unsigned nq = f->vn[t];
        const uint16_t *col = f->vcol + t * NN, *clr = f->vclr + t * NN;
        const int16_t *thr = f->vthr + t * NN;
        const double *val = f->vval + t * NL;
        for (unsigned q = 0; q < nq; q++) {
            off[q] = (size_t)col[q] * G;
            thv[q] = _mm256_set1_epi16(thr[q]);
            clv[q] = _mm256_set1_epi16((short)clr[q]);
        }
        /* every group of sixteen first, then the leaves: the loads of a
         * row's leaf come long after the store of its sixteen */
        for (size_t r = 0; r < n16; r += 16) {
            __m256i m = _mm256_set1_epi16(-1);
            for (unsigned q = 0; q < nq; q++) {
                const __m256i c = _mm256_loadu_si256((const __m256i *)(cc + off[q] + r));
                /* the rows this node sends right lose its left subtree's leaves */
                m = _mm256_andnot_si256(_mm256_and_si256(_mm256_cmpgt_epi16(c, thv[q]), clv[q]), m);
            }
            _mm256_storeu_si256((__m256i *)(lm + r), m);
        }
        /* the exit leaf: the leftmost left (the rightmost leaf never goes) */
        for (size_t r = 0; r < n16; r++)
            acc[r] += val[__builtin_ctz(lm[r])];
    }
    memcpy(out, acc, n * sizeof *out);
}
#else
int tree_flat_simd_cpu(void) { return 0; }
#endif

ct_status tree_flat_simd_build(tree_flat *f)
{
    f->vd = 0;
    if (!f->quantised || !f->ntrees || !tree_flat_simd_cpu())
        return CT_OK;
    unsigned vd = 0;
    for (size_t t = 0; t < f->ntrees; t++) {
        if (!f->complete[t] || f->depth[t] > TREE_FLAT_SIMD_DEPTH)
            return CT_OK;
        vd = f->depth[t] > vd ? f->depth[t] : vd;
    }
    if (!vd)
        return CT_OK; /* single leaves: nothing to test */
    const size_t NN = ((size_t)1 << vd) - 1, NL = NN + 1;
    f->vcol = ct_malloc(f->ntrees * NN * sizeof *f->vcol);
    f->vthr = ct_malloc(f->ntrees * NN * sizeof *f->vthr);
    f->vclr = ct_malloc(f->ntrees * NN * sizeof *f->vclr);
    f->vn = ct_malloc(f->ntrees);
    f->vval = ct_malloc(f->ntrees * NL * sizeof *f->vval);
    if (!f->vcol || !f->vthr || !f->vclr || !f->vn || !f->vval) {
        tree_flat_simd_free(f);
        return CT_ENOMEM;
    }
    for (size_t t = 0; t < f->ntrees; t++) {
        const unsigned D = f->depth[t];
        const uint32_t *sw = f->st + f->noff[t];
        const double *vw = f->value + f->voff[t];
        unsigned nq = 0;
        /* node k of the complete tree of depth D is node k of the one of
         * depth vd (the children of k are 2k + 1 and 2k + 2 in both) */
        for (size_t k = 0; k + 1 < ((size_t)1 << D); k++) {
            if (sw[k] == TREE_FLAT_PAD)
                continue; /* always left: clears nothing */
            unsigned l = 0;
            while (((size_t)2 << l) - 1 <= k)
                l++;
            const size_t p = k - (((size_t)1 << l) - 1), half = (size_t)1 << (vd - l - 1);
            f->vcol[t * NN + nq] = (uint16_t)(sw[k] & 0xFFFFu);
            f->vthr[t * NN + nq] = (int16_t)((sw[k] >> 16) ^ 0x8000u);
            f->vclr[t * NN + nq] = (uint16_t)(((1u << half) - 1) << (p * 2 * half));
            nq++;
        }
        f->vn[t] = (uint8_t)nq;
        /* a leaf p at depth D is the exit of every row reaching it: the
         * leftmost of its 2^(vd - D) leaves at depth vd; all hold its value */
        for (size_t q = 0; q < NL; q++)
            f->vval[t * NL + q] = vw[q >> (vd - D)];
    }
    f->vd = vd;
    return CT_OK;
}

void tree_flat_simd_rows(const tree_flat *f, const ct_csr *X, size_t a, size_t b, size_t G,
                         void *buf, double *out)
{
#if defined(__GNUC__) && defined(__x86_64__)
    int16_t *cc = buf;
    double *acc = (double *)(void *)(cc + G * (f->nslots ? 2 * f->nslots : 2));
    rows_avx2(f, X, a, b, G, cc, acc, out);
#else
    (void)f, (void)X, (void)a, (void)b, (void)G, (void)buf, (void)out;
#endif
}
