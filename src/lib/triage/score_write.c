/* score_write.c — a queue row out: the top K reasons from the exact
 * per-row contributions (estimator.h: coefficient x value for linear
 * models, TreeSHAP for trees), put in words by the caller's function, and
 * the row written as CSV (the library's writer) or one JSON object a line. */
#include "claimtriage/json.h"
#include "claimtriage/numfmt.h"
#include "triage/score_internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const char *const header[] = {"rank",   "id",    "priority", "probability", "predicted",
                                     "status", "flags", "reasons",  "model"};
#define NHEADER (sizeof header / sizeof header[0])

ct_status score_writer_open(score_ctx *c, ct_diag *diag)
{
    const size_t p = c->m->type->ncols(c->m->estimator);
    c->phi = ct_malloc((p + 1) * sizeof *c->phi);
    if (!c->phi)
        return CT_ENOMEM;
    if (c->o->format != CT_QUEUE_CSV)
        return CT_OK;
    ct_csv_write_options wo = ct_csv_write_options_default();
    ct_status s = ct_csv_writer_open(c->out, "queue", &wo, &c->csv, diag);
    for (size_t i = 0; i < NHEADER && s == CT_OK; i++)
        s = ct_csv_write_field(c->csv, header[i], strlen(header[i]));
    if (s == CT_OK)
        s = ct_csv_write_end_record(c->csv);
    return s;
}

ct_status score_writer_close(score_ctx *c, ct_diag *diag)
{
    if (c->csv) {
        ct_status s = ct_csv_writer_close(c->csv, diag);
        c->csv = NULL;
        return s;
    }
    if (fflush(c->out) != 0 || ferror(c->out))
        return ct_diag_set(diag, CT_EIO, NULL, 0, 0, "could not write the queue");
    return CT_OK;
}

static size_t flags_text(unsigned f, char *buf, size_t cap)
{
    static const struct {
        unsigned bit;
        const char *name;
    } names[] = {
        {CT_FLAG_MISSING_TEXT, "missing_text"},       {CT_FLAG_MISSING_COUNTS, "missing_counts"},
        {CT_FLAG_MISSING_VALUES, "missing_values"},   {CT_FLAG_UNSEEN, "unseen_category"},
        {CT_FLAG_NEGATIVE_COUNTS, "negative_counts"}, {CT_FLAG_OUT_OF_RANGE, "out_of_range"},
        {CT_FLAG_NO_EVIDENCE, "no_evidence"},         {CT_FLAG_NO_KNOWN_WORDS, "no_known_words"},
        {CT_FLAG_INVALID_UTF8, "invalid_utf8"}};
    size_t n = 0;
    buf[0] = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (f & names[i].bit) {
            int w = snprintf(buf + n, cap - n, "%s%s", n ? ";" : "", names[i].name);
            if (w > 0 && (size_t)w < cap - n)
                n += (size_t)w;
        }
    return n;
}

size_t score_top_reasons(const double *phi, size_t p, size_t K, size_t *top)
{
    size_t nt = 0;
    if (K == 0)
        return 0;
    for (size_t j = 0; j < p; j++) {
#ifdef __SSE2__
        /* eight columns at a time while none of them is > 0 (most of a
         * row's are 0): exactly the ones the test below would skip one by
         * one (a NaN compares false both ways); tests/unit/test_triage.c
         * checks it against the plain loop */
        if ((j & 7) == 0) {
            const __m128d z = _mm_setzero_pd();
            while (j + 8 <= p && !_mm_movemask_pd(_mm_or_pd(
                                     _mm_or_pd(_mm_cmpgt_pd(_mm_loadu_pd(phi + j), z),
                                               _mm_cmpgt_pd(_mm_loadu_pd(phi + j + 2), z)),
                                     _mm_or_pd(_mm_cmpgt_pd(_mm_loadu_pd(phi + j + 4), z),
                                               _mm_cmpgt_pd(_mm_loadu_pd(phi + j + 6), z)))))
                j += 8;
            if (j >= p)
                break;
        }
#endif
        const double v = phi[j];
        if (!(v > 0))
            continue;
        if (nt == K && !(v > phi[top[nt - 1]]))
            continue;
        size_t at = nt < K ? nt++ : K - 1;
        while (at > 0 && phi[top[at - 1]] < v) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = j;
    }
    return nt;
}

/* 1 when pipeline column j is said with its source's one reason in row k:
 * a text feature (n-gram, length) of a missing text, a level indicator of a
 * missing or unseen categorical value. */
static int said_by_source(const score_ctx *c, const kept *k, const ct_pipeline_col *pc, size_t j)
{
    const unsigned char st = k->srcstate[c->col_src[j]];
    if (st == CT_SRC_KNOWN)
        return 0;
    return pc->kind == CT_PIPELINE_NGRAM || pc->kind == CT_PIPELINE_LENGTH ||
           pc->kind == CT_PIPELINE_LEVEL;
}

/* The features of a missing or unseen source column are one reason
 * (reasons_text says it once): its net contribution, the sum of its
 * features' (positive and negative), is kept in phi at the column of its
 * largest part, the others set to 0, before the top K are cut, so a row has
 * K reasons whenever K exist (before 2026-12-04 the top K were cut first
 * and then merged: a row without a transcript got fewer than K,
 * tests/cli/score_reasons_no_transcript_k), and the reason raises the score
 * only when the absence does on the whole (before 2026-12-05 it was ranked
 * by its largest part alone: "no transcript" was said to raise the score
 * by +0.16 where its features took 1.37 from it:
 * tests/cli/score_missing_text_lengths_imputed). */
static void merge_absent(const score_ctx *c, const kept *k, double *phi, size_t p)
{
    if (!(k->flags & (CT_FLAG_MISSING_TEXT | CT_FLAG_MISSING_VALUES | CT_FLAG_UNSEEN)))
        return;
    size_t best[64];
    double net[64];
    const size_t nb = c->nsrc < 64 ? c->nsrc : 64;
    for (size_t q = 0; q < 64; q++) {
        best[q] = SIZE_MAX;
        net[q] = 0;
    }
    for (size_t j = 0; j < p; j++) {
        const size_t q = c->col_src[j];
        if (q >= nb || phi[j] == 0 || isnan(phi[j]) ||
            !said_by_source(c, k, ct_pipeline_column(c->m->pipeline, j), j))
            continue;
        net[q] += phi[j];
        if (best[q] == SIZE_MAX || phi[j] > phi[best[q]]) {
            if (best[q] != SIZE_MAX)
                phi[best[q]] = 0;
            best[q] = j;
        } else {
            phi[j] = 0;
        }
    }
    for (size_t q = 0; q < nb; q++)
        if (best[q] != SIZE_MAX)
            phi[best[q]] = net[q];
}

/* 1 when n-grams a and b share a word ("cousin", "my cousin", "cousin
 * found"): words are separated by single spaces, as the vectorizer joins
 * them. */
static int ngrams_share_word(const char *a, const char *b)
{
    for (const char *x = a; *x;) {
        const size_t nx = strcspn(x, " ");
        for (const char *y = b; *y;) {
            const size_t ny = strcspn(y, " ");
            if (nx == ny && memcmp(x, y, nx) == 0)
                return 1;
            y += ny + (y[ny] == ' ');
        }
        x += nx + (x[nx] == ' ');
    }
    return 0;
}

/* The design value of column j in row k (0 when not stored). */
static double row_value(const kept *k, size_t j)
{
    for (size_t e = 0; e < k->nnz; e++)
        if (k->idx[e] == j)
            return k->val[e];
    return 0;
}

/* A text's lengths are one reason: its length in characters and in words
 * (train's `all` features read both) say the same thing, "long
 * transcript", so they take one slot, as n-grams sharing a word do
 * (top_grouped). For each text the row holds, its length features' net
 * contribution (positive and negative parts) is kept in phi at the column
 * of its length in characters, the lead (in words when it has no such
 * feature), which is said with the others' counts after it, one wording
 * whichever part is larger ("long transcript: 251 characters, 43 words"),
 * the others set to
 * 0, before the top K are cut; before 2026-12-05 they were two reasons
 * (tests/cli/score_reasons_lengths_one). A missing text's lengths are
 * merge_absent's. lead[], member[] (cap entries) get the folds; returns
 * their count. */
static size_t fold_lengths(const score_ctx *c, const kept *k, double *phi, size_t *lead,
                           size_t *member, size_t cap)
{
    size_t nf = 0;
    for (size_t q = 0; q < c->nnum; q++) {
        const size_t ja = c->num_col[q];
        if (!c->num_len[q] || phi[ja] == 0 || isnan(phi[ja]) ||
            k->srcstate[c->col_src[ja]] != CT_SRC_KNOWN)
            continue;
        /* q is its text's first length with a contribution: the group is
         * q and the lengths of the same text after it */
        size_t best = ja, grp[8], ng = 0; /* best: the lead */
        double net = 0;
        for (size_t u = q; u < c->nnum && ng < 8; u++) {
            const size_t jb = c->num_col[u];
            if (!c->num_len[u] || c->col_src[jb] != c->col_src[ja] || phi[jb] == 0 ||
                isnan(phi[jb]))
                continue;
            grp[ng++] = jb;
            net += phi[jb];
            /* the characters lead, whichever is larger: one wording */
            if (c->num_len[u] == 1)
                best = jb;
        }
        if (ng < 2)
            continue;
        for (size_t g = 0; g < ng; g++) {
            if (grp[g] == best)
                continue;
            phi[grp[g]] = 0;
            if (nf < cap) {
                lead[nf] = best;
                member[nf++] = grp[g];
            }
        }
        phi[best] = net;
    }
    return nf;
}

/* Overlapping n-grams are one reason: the top K are taken, and an n-gram
 * that shares a word with one ranked above it (both in the row, or both
 * absent from it) is folded into that one's slot: its contribution added
 * to the slot's, its column said with it ('transcript says "cousin" (with
 * "my cousin", "cousin found")'), and the top K taken again, until no slot
 * overlaps; before 2026-12-05 they took a slot each
 * (tests/cli/score_reasons_ngrams_grouped). A text's lengths are folded
 * first (fold_lengths). Returns the slots. */
static size_t top_grouped(const score_ctx *c, const kept *k, double *phi, size_t p, size_t K,
                          score_reasons *r)
{
    const ct_pipeline *pl = c->m->pipeline;
    enum { MAXFOLD = 64 };
    size_t lead[MAXFOLD], member[MAXFOLD];
    size_t nf = fold_lengths(c, k, phi, lead, member, MAXFOLD);
    for (;;) {
        const size_t n = score_top_reasons(phi, p, K, r->top);
        int folded = 0;
        for (size_t t = 1; t < n && !folded && nf < MAXFOLD; t++) {
            const size_t jb = r->top[t];
            const ct_pipeline_col *b = ct_pipeline_column(pl, jb);
            if (b->kind != CT_PIPELINE_NGRAM || !b->detail || said_by_source(c, k, b, jb))
                continue;
            const int bin = row_value(k, jb) != 0;
            for (size_t u = 0; u < t && !folded; u++) {
                const size_t ja = r->top[u];
                const ct_pipeline_col *a = ct_pipeline_column(pl, ja);
                if (a->kind != CT_PIPELINE_NGRAM || !a->detail || said_by_source(c, k, a, ja) ||
                    (row_value(k, ja) != 0) != bin)
                    continue;
                /* a word of the lead's, or of an n-gram folded into it */
                int share = ngrams_share_word(a->detail, b->detail);
                for (size_t e = 0; e < nf && !share; e++)
                    share = lead[e] == ja &&
                            ngrams_share_word(ct_pipeline_column(pl, member[e])->detail, b->detail);
                if (!share)
                    continue;
                /* the slot keeps its lead; its contribution grows by the
                 * folded one's, whose own members follow it */
                phi[ja] += phi[jb];
                phi[jb] = 0;
                for (size_t e = 0; e < nf; e++)
                    if (lead[e] == jb)
                        lead[e] = ja;
                lead[nf] = ja;
                member[nf++] = jb;
                folded = 1;
            }
        }
        if (!folded) {
            for (size_t t = 0; t < n; t++) {
                r->nalso[t] = 0;
                for (size_t e = 0; e < nf && r->nalso[t] < CT_SCORE_REASON_ALSO; e++)
                    if (lead[e] == r->top[t])
                        r->also[t][r->nalso[t]++] = member[e];
            }
            return n;
        }
    }
}

void score_row_reasons(const score_ctx *c, const kept *k, double *phi, score_reasons *r)
{
    r->n = 0;
    r->st = CT_OK;
    const size_t K = c->o->reasons;
    if (K == 0)
        return;
    const ct_model *m = c->m;
    const size_t p = m->type->ncols(m->estimator);
    size_t indptr[2] = {0, k->nnz};
    ct_csr row = {1, p, k->nnz, indptr, k->idx, k->val, k->nnz, 2};
    if ((r->st = m->type->contributions(m->estimator, &row, 0, phi)) != CT_OK)
        return;
    merge_absent(c, k, phi, p);
    /* a row without most of its evidence: its first reason says so
     * (score_evidence_reason), the missing text among it, so the others
     * are K - 1 and the text's own reason is not said again */
    const size_t lead = score_evidence_unsay(c, k, phi, p);
    r->n = K > lead ? top_grouped(c, k, phi, p, K - lead, r) : 0;
    for (size_t t = 0; t < r->n; t++)
        r->phi[t] = phi[r->top[t]];
    /* a reason far below the row's largest is no reason to a reader */
    for (size_t t = 1; t < r->n; t++)
        if (r->phi[t] < c->o->reason_min_share * r->phi[0]) {
            r->n = t;
            break;
        }
}

/* The reasons r in words, "; "-joined into buf. */
static void reasons_text(const score_ctx *c, const kept *k, const score_reasons *r, char *buf,
                         size_t cap)
{
    buf[0] = 0;
    const ct_model *m = c->m;
    size_t n = c->o->reasons ? score_evidence_reason(c, k, buf, cap) : 0;
    for (size_t t = 0; t < r->n; t++) {
        const size_t j = r->top[t];
        const ct_pipeline_col *pc = ct_pipeline_column(m->pipeline, j);
        double x = 0;
        for (size_t e = 0; e < k->nnz; e++)
            if (k->idx[e] == j)
                x = k->val[e];
        const double raw = c->col_num[j] != SIZE_MAX ? k->raw[c->col_num[j]] : NAN;
        char one[CT_SCORE_REASON_MAX];
        size_t len;
        if (said_by_source(c, k, pc, j)) {
            /* a report without a transcript, or whose author status is
             * empty or a level the model never saw: its features are what
             * the absence gives them (no term, length 0, every indicator
             * 0), and a tree's reason 'transcript lacks "my"' or "author
             * not verified" would read as a fact the row does not state:
             * said as what it is, once (merge_absent kept one column) */
            size_t e = 0;
            while (e < t && c->col_src[r->top[e]] != c->col_src[j])
                e++;
            if (e < t) /* said (a row of more than 64 sources: not merged) */
                continue;
            const int unseen = k->srcstate[c->col_src[j]] == CT_SRC_UNSEEN;
            if (c->o->reason_fn)
                len = c->o->reason_fn(c->o->reason_user, pc, r->phi[t], NAN,
                                      unseen ? INFINITY : NAN, one, sizeof one);
            else
                len = (size_t)snprintf(one, sizeof one, unseen ? "%s unseen" : "no %s", pc->source);
        } else if (c->o->reason_fn)
            len = c->o->reason_fn(c->o->reason_user, pc, r->phi[t], x, raw, one, sizeof one);
        else if (isfinite(raw)) /* a number: its value as read */
            len = (size_t)snprintf(one, sizeof one, "%s = %.10g", pc->name, raw);
        else if (x == 0) /* a tree's reason can be what the row lacks */
            len = (size_t)snprintf(one, sizeof one, "no %s", pc->name);
        else
            len = (size_t)snprintf(one, sizeof one, "%s", pc->name);
        if (len == 0 || len >= sizeof one)
            continue;
        /* the n-grams folded into this one (top_grouped), or the text's
         * other lengths, their counts after the lead's (fold_lengths) */
        for (size_t e = 0, ng = 0; e < r->nalso[t]; e++) {
            const size_t ja = r->also[t][e];
            const ct_pipeline_col *ac = ct_pipeline_column(m->pipeline, ja);
            int w;
            if (ac->kind == CT_PIPELINE_LENGTH) {
                const size_t q = c->col_num[ja];
                const double v = q != SIZE_MAX ? k->raw[q] : NAN;
                const char *unit = q != SIZE_MAX && c->num_len[q] == 2 ? "words" : "characters";
                char num[48];
                ct_numfmt_value(num, sizeof num, v);
                w = snprintf(one + len, sizeof one - len, ", %s %.*s", num,
                             (int)strlen(unit) - (v == 1), unit);
            } else
                w = snprintf(one + len, sizeof one - len, "%s\"%s\"%s", ng++ ? ", " : " (with ",
                             ac->detail, e + 1 == r->nalso[t] ? ")" : "");
            if (w < 0 || (size_t)w >= sizeof one - len) {
                one[len] = 0; /* the lead alone, when the group does not fit */
                break;
            }
            len += (size_t)w;
        }
        if (n + len + 3 >= cap)
            break;
        if (n) {
            memcpy(buf + n, "; ", 2);
            n += 2;
        }
        memcpy(buf + n, one, len + 1);
        n += len;
    }
}

static void json_num(FILE *fp, double x)
{
    char b[CT_CSV_NUM_MAX];
    if (isfinite(x)) {
        ct_csv_format_num(b, x, CT_CSV_NUM_FLOAT);
        fputs(b, fp);
    } else {
        fputs("null", fp);
    }
}

static void json_field(FILE *fp, const char *key, const char *s, int first)
{
    fprintf(fp, "%s\"%s\":", first ? "" : ",", key);
    if (s)
        ct_json_write_string(fp, s, strlen(s));
    else
        fputs("null", fp);
}

ct_status score_write_row(score_ctx *c, size_t rank, const ct_triage_key *key, const kept *k,
                          const score_reasons *r, ct_diag *diag)
{
    score_reasons own;
    if (!r) {
        score_row_reasons(c, k, c->phi, &own);
        r = &own;
    }
    if (r->st != CT_OK)
        return ct_diag_set(diag, r->st, NULL, 0, 0, "contributions failed: %s",
                           ct_status_str(r->st));
    char reasons[CT_SCORE_MAX_REASONS * (CT_SCORE_REASON_MAX + 2) + 1];
    reasons_text(c, k, r, reasons, sizeof reasons);
    ct_status s = CT_OK;
    char flags[96];
    flags_text(k->flags, flags, sizeof flags);
    const int predicted = k->prob >= c->m->threshold;
    c->sum.written++;
    c->sum.written_flagged += k->flags != 0;
    c->sum.written_no_evidence += (k->flags & CT_FLAG_NO_EVIDENCE) != 0;
    c->sum.written_predicted_positive += predicted;
    if (c->csv) {
        ct_csv_writer *w = c->csv;
        if (rank)
            s = ct_csv_write_num(w, (double)rank, CT_CSV_NUM_INT);
        else
            s = ct_csv_write_missing(w);
        if (s == CT_OK)
            s = ct_csv_write_field(w, key->id, strlen(key->id));
        if (s == CT_OK)
            s = ct_csv_write_num(w, key->priority, CT_CSV_NUM_FLOAT);
        if (s == CT_OK)
            s = ct_csv_write_num(w, k->prob, CT_CSV_NUM_FLOAT);
        if (s == CT_OK)
            s = ct_csv_write_num(w, predicted, CT_CSV_NUM_INT);
        if (s == CT_OK)
            s = k->status ? ct_csv_write_field(w, k->status, strlen(k->status))
                          : ct_csv_write_missing(w);
        if (s == CT_OK)
            s = ct_csv_write_field(w, flags, strlen(flags));
        if (s == CT_OK)
            s = ct_csv_write_field(w, reasons, strlen(reasons));
        if (s == CT_OK)
            s = ct_csv_write_field(w, c->m->fingerprint, strlen(c->m->fingerprint));
        if (s == CT_OK)
            s = ct_csv_write_end_record(w);
        if (s != CT_OK)
            return ct_diag_set(diag, s, NULL, 0, 0, "could not write the queue");
        return CT_OK;
    }
    FILE *fp = c->out;
    fputs("{\"rank\":", fp);
    if (rank)
        fprintf(fp, "%zu", rank);
    else
        fputs("null", fp);
    json_field(fp, "id", key->id, 0);
    fputs(",\"priority\":", fp);
    json_num(fp, key->priority);
    fputs(",\"probability\":", fp);
    json_num(fp, k->prob);
    fprintf(fp, ",\"predicted\":%d", predicted);
    json_field(fp, "status", k->status, 0);
    json_field(fp, "flags", flags, 0);
    json_field(fp, "reasons", reasons, 0);
    json_field(fp, "model", c->m->fingerprint, 0);
    fputs("}\n", fp);
    if (ferror(fp))
        return ct_diag_set(diag, CT_EIO, NULL, 0, 0, "could not write the queue");
    return CT_OK;
}
