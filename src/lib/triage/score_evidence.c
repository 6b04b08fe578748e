/* score_evidence.c — how much of the model's evidence a scored row holds:
 * the no_evidence flag, the reason said first on such a row, and the
 * summary's sentence. A row without its text and without most of its
 * numbers is scored from what the model puts in their place (the training
 * means for a linear model, each tree's path for a missing value), so its
 * probability is the model's output for an average report with the row's
 * few known values, not a judgement of the report: on the reports file the
 * 298 unlabelled rows (no transcript, no counts) scored 0.9999999996 and
 * more, "predicted claim", their reasons "author banned" or empty (before
 * 2026-12-05: tests/cli/score_no_evidence_flagged). The probability is kept
 * as the model gives it (evaluate, scikit-learn and the merged shards print
 * the same); the flag, the reason and the summary say not to trust it. */
#include "triage/score_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* a numeric source column: neither the text nor a categorical column */
static int is_numeric_src(const score_ctx *c, size_t k)
{
    return !c->src_is_text[k] && !c->src_is_level[k];
}

void score_evidence_plan(score_ctx *c)
{
    c->ntext_src = c->nnum_src = 0;
    for (size_t k = 0; k < c->nsrc; k++) {
        c->ntext_src += c->src_is_text[k] != 0;
        c->nnum_src += is_numeric_src(c, k);
    }
}

/* The rule, on the counts of the model's text and numeric inputs missing:
 * no text (every text input missing, or none read) and more than half the
 * numbers missing (or none read), of a model that reads either. A
 * categorical level alone ("author banned") is not counted as evidence:
 * one indicator of a few levels, where the text and the counts carry the
 * model. */
static int evidence_lacking(const score_ctx *c, size_t text_missing, size_t num_missing)
{
    if (c->ntext_src + c->nnum_src == 0)
        return 0;
    return text_missing == c->ntext_src && (c->nnum_src == 0 || 2 * num_missing > c->nnum_src);
}

unsigned score_evidence_flag(const score_ctx *c, size_t i)
{
    size_t tm = 0, nm = 0;
    for (size_t k = 0; k < c->nsrc; k++) {
        if (!c->srcmiss[k] || !c->srcmiss[k][i])
            continue;
        if (c->src_is_text[k])
            tm++;
        else if (!c->src_is_level[k])
            nm++;
    }
    return evidence_lacking(c, tm, nm) ? CT_FLAG_NO_EVIDENCE : 0;
}

/* What the model puts in place of a missing value, in words: a tree model
 * reads raw values (col->raw) and sends a missing one down each tree's
 * learned side; a linear one reads the training mean. */
static const char *imputed_words(const score_ctx *c)
{
    const ct_pipeline *p = c->m->pipeline;
    const size_t np = ct_pipeline_ncols(p);
    for (size_t j = 0; j < np; j++) {
        const ct_pipeline_col *pc = ct_pipeline_column(p, j);
        if (pc->kind == CT_PIPELINE_NUMERIC || pc->kind == CT_PIPELINE_LENGTH)
            return pc->raw ? "the trees' paths for missing values" : "training means";
    }
    return "training means";
}

/* "no transcript": the text column as the caller's reason function names
 * a row without it (ct_reason_fn with x and raw NaN), else "no SOURCE". */
static size_t text_words(const score_ctx *c, char *buf, size_t cap)
{
    const ct_pipeline *p = c->m->pipeline;
    const size_t np = ct_pipeline_ncols(p);
    for (size_t j = 0; j < np; j++) {
        const ct_pipeline_col *pc = ct_pipeline_column(p, j);
        if (pc->kind != CT_PIPELINE_NGRAM && pc->kind != CT_PIPELINE_LENGTH)
            continue;
        const size_t n = c->o->reason_fn
                             ? c->o->reason_fn(c->o->reason_user, pc, 0, NAN, NAN, buf, cap)
                             : (size_t)snprintf(buf, cap, "no %s", pc->source);
        return n < cap ? n : 0;
    }
    return 0;
}

/* The numbers a row lacks, in words: "no counts" when every count the
 * model reads (o->count_columns) is missing and its other numbers are
 * there, "no numbers" when every number is missing, else "4 of 6 numbers
 * missing"; "" when the model reads none. srcstate: the row's CT_SRC_*
 * per source column. */
static void number_words(const score_ctx *c, const unsigned char *srcstate, char *buf, size_t cap)
{
    size_t counts = 0, counts_missing = 0, others_missing = 0;
    for (size_t k = 0; k < c->nsrc; k++) {
        if (!is_numeric_src(c, k))
            continue;
        if (c->src_is_count[k]) {
            counts++;
            counts_missing += srcstate[k] == CT_SRC_MISSING;
        } else {
            others_missing += srcstate[k] == CT_SRC_MISSING;
        }
    }
    const size_t miss = counts_missing + others_missing;
    buf[0] = 0;
    if (c->nnum_src == 0)
        return;
    if (counts && counts_missing == counts && others_missing == 0)
        snprintf(buf, cap, "no counts");
    else if (miss == c->nnum_src)
        snprintf(buf, cap, "no numbers");
    else
        snprintf(buf, cap, "%zu of %zu numbers missing", miss, c->nnum_src);
}

/* "no transcript and no counts: scored from training means", from the
 * parts present (a model without text or without numbers has one). */
static size_t lead_words(const score_ctx *c, const unsigned char *srcstate, char *buf, size_t cap)
{
    char text[CT_SCORE_REASON_MAX], nums[64];
    text[0] = 0;
    if (c->ntext_src)
        text_words(c, text, sizeof text);
    number_words(c, srcstate, nums, sizeof nums);
    const int w = snprintf(buf, cap, "%s%s%s: scored from %s", text,
                           text[0] && nums[0] ? " and " : "", nums, imputed_words(c));
    return w > 0 && (size_t)w < cap ? (size_t)w : 0;
}

size_t score_evidence_reason(const score_ctx *c, const kept *k, char *buf, size_t cap)
{
    if (!(k->flags & CT_FLAG_NO_EVIDENCE) || !k->srcstate)
        return 0;
    return lead_words(c, k->srcstate, buf, cap);
}

void score_evidence_note(const score_ctx *c, char *buf, size_t cap)
{
    char text[CT_SCORE_REASON_MAX], half[128];
    text[0] = 0;
    if (c->ntext_src)
        text_words(c, text, sizeof text);
    if (c->nnum_src)
        snprintf(half, sizeof half, "more than half of the model's %zu number%s missing",
                 c->nnum_src, c->nnum_src == 1 ? "" : "s");
    else
        half[0] = 0;
    snprintf(buf, cap, "%s%s%s: scored from %s", text, text[0] && half[0] ? " and " : "", half,
             imputed_words(c));
}

size_t score_evidence_unsay(const score_ctx *c, const kept *k, double *phi, size_t p)
{
    if (!(k->flags & CT_FLAG_NO_EVIDENCE))
        return 0;
    for (size_t j = 0; j < p; j++) {
        const size_t q = c->col_src[j];
        if (c->src_is_text[q] && k->srcstate[q] == CT_SRC_MISSING)
            phi[j] = 0;
    }
    return 1;
}
