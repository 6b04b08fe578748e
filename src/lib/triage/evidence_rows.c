/* evidence_rows.c — score's no_evidence rule applied to a loaded frame
 * (claimtriage/evidence.h): the rows evaluate counts as lacking the
 * model's evidence, and the metrics on the rows that have it. The rule is
 * not restated here: the source columns are laid out as score lays them
 * (score.c plan_sources: a text source is one an n-gram or length feature
 * reads, a categorical one one a level indicator reads) and each row is
 * judged by score_evidence_flag itself, so a change to the rule reaches
 * evaluate and the report unchanged. Added 2026-12-05 (tester AO F12:
 * evaluate's recall 93.0% on a run came entirely from rows scored without
 * data, and nothing in evaluate.json said so). */
#include "claimtriage/evidence.h"

#include "triage/score_internal.h"

#include <math.h>
#include <string.h>

int ct_evidence_rows(const ct_model *m, const ct_frame *f, uint8_t *lacking, size_t *n)
{
    const size_t nrows = ct_frame_nrows(f);
    if (lacking)
        memset(lacking, 0, nrows);
    if (n)
        *n = 0;
    const ct_pipeline *p = m ? m->pipeline : NULL;
    if (!p)
        return 0;
    const size_t np = ct_pipeline_ncols(p);
    score_ctx c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.src_name = ct_calloc(np + 1, sizeof *c.src_name);
    c.src_is_text = ct_calloc(np + 1, sizeof *c.src_is_text);
    c.src_is_level = ct_calloc(np + 1, sizeof *c.src_is_level);
    c.srcmiss = ct_calloc(np + 1, sizeof *c.srcmiss);
    c.col_is_ngram = ct_calloc(np + 1, sizeof *c.col_is_ngram);
    ct_csr *X = NULL;
    int rc = -1;
    if (!c.src_name || !c.src_is_text || !c.src_is_level || !c.srcmiss || !c.col_is_ngram)
        goto done;
    for (size_t j = 0; j < np; j++) {
        const ct_pipeline_col *pc = ct_pipeline_column(p, j);
        size_t k = 0;
        while (k < c.nsrc && strcmp(c.src_name[k], pc->source) != 0)
            k++;
        if (k == c.nsrc)
            c.src_name[c.nsrc++] = pc->source;
        c.src_is_level[k] |= pc->kind == CT_PIPELINE_LEVEL;
        if (pc->kind == CT_PIPELINE_NGRAM || pc->kind == CT_PIPELINE_LENGTH)
            c.src_is_text[k] = 1;
    }
    for (size_t k = 0; k < c.nsrc; k++) {
        size_t j;
        c.srcmiss[k] = ct_frame_find(f, c.src_name[k], &j, NULL) == CT_OK
                           ? ct_column_missing(ct_frame_col(f, j))
                           : NULL;
    }
    score_evidence_plan(&c);
    rc = c.ntext_src + c.nnum_src > 0;
    /* the design, for the rule's known-word check (a transcript without a
     * word of the vocabulary counts as none, as score counts it) */
    if (rc && c.reads_ngrams && ct_pipeline_transform(p, f, NULL, nrows, &X, NULL, NULL) != CT_OK) {
        rc = -1;
        goto done;
    }
    for (size_t i = 0; i < nrows && rc > 0; i++) {
        const int lacks = (score_evidence_flag(&c, i, X, i) & CT_FLAG_NO_EVIDENCE) != 0;
        if (lacking)
            lacking[i] = (uint8_t)lacks;
        if (n)
            *n += (size_t)lacks;
    }
done:
    ct_csr_free(X);
    ct_free(c.col_is_ngram);
    ct_free(c.src_name);
    ct_free(c.src_is_text);
    ct_free(c.src_is_level);
    ct_free((void *)c.srcmiss);
    return rc;
}

int ct_evidence_lacking(size_t n_text, size_t n_num, size_t text_missing, size_t num_missing)
{
    const size_t ns = n_text + n_num;
    if (ns == 0)
        return 0;
    score_ctx c;
    memset(&c, 0, sizeof c);
    c.nsrc = ns;
    c.src_is_text = ct_calloc(ns, sizeof *c.src_is_text);
    c.src_is_level = ct_calloc(ns, sizeof *c.src_is_level);
    c.srcmiss = ct_calloc(ns, sizeof *c.srcmiss);
    static const uint8_t yes = 1, no = 0;
    int rc = -1;
    if (c.src_is_text && c.src_is_level && c.srcmiss) {
        for (size_t k = 0; k < ns; k++) {
            c.src_is_text[k] = k < n_text;
            c.srcmiss[k] = k < n_text ? (k < text_missing ? &yes : &no)
                                      : (k - n_text < num_missing ? &yes : &no);
        }
        score_evidence_plan(&c);
        rc = (score_evidence_flag(&c, 0, NULL, 0) & CT_FLAG_NO_EVIDENCE) != 0;
    }
    ct_free(c.src_is_text);
    ct_free(c.src_is_level);
    ct_free((void *)c.srcmiss);
    return rc;
}

ct_status ct_evidence_split_compute(const ct_model *m, const ct_frame *f,
                                    const ct_evaluate_result *r, ct_evidence_split *out,
                                    ct_diag *diag)
{
    memset(out, 0, sizeof *out);
    const size_t n = r->n_rows;
    out->rows = n;
    uint8_t *lack = ct_malloc(n ? n : 1);
    double *y = ct_malloc((n ? n : 1) * sizeof *y);
    double *pr = ct_malloc((n ? n : 1) * sizeof *pr);
    ct_status s = CT_OK;
    int d = lack && y && pr ? ct_evidence_rows(m, f, lack, &out->no_evidence) : -1;
    if (d < 0) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    out->defined = d;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const int labelled = r->label && !isnan(r->label[i]);
        if (lack[i]) {
            out->no_evidence_labelled += (size_t)labelled;
            out->no_evidence_positive += (size_t)(labelled && r->label[i] == 1);
            const int pred = r->predicted && r->predicted[i];
            out->no_evidence_predicted += (size_t)pred;
            out->no_evidence_fn += (size_t)(labelled && r->label[i] == 1 && !pred);
            out->no_evidence_fp += (size_t)(labelled && r->label[i] == 0 && pred);
        } else if (labelled) {
            y[k] = r->label[i];
            pr[k++] = r->proba[i];
            out->with_positive += (size_t)(r->label[i] == 1);
        }
    }
    out->with_labelled = k;
    if (out->no_evidence_labelled && k) {
        s = ct_metrics_binary_compute(y, pr, k, r->threshold, &out->with, diag);
        out->has_metrics = s == CT_OK;
    }
done:
    ct_free(lack);
    ct_free(y);
    ct_free(pr);
    return s;
}
