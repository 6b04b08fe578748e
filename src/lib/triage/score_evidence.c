/* score_evidence.c — how much of the model's evidence a scored row holds:
 * the no_evidence flag, the reason said first on such a row, and the
 * summary's sentence. A row without its text (or whose text holds no word
 * the model knows) and without most of its numbers is scored from what the
 * model puts in their place, so its probability is no judgement of the
 * report: on the reports file the 298 unlabelled rows (no transcript, no
 * counts) scored 0.9999999996 and more, "predicted claim", their reasons
 * "author banned" or empty (before 2026-12-05:
 * tests/cli/score_no_evidence_flagged). The probability is kept as the
 * model gives it (evaluate, scikit-learn and the merged shards print the
 * same); the flag, the reason and the summary say not to trust it.
 *
 * What the model puts in place, said per family and per input (since
 * 2026-12-05; before, every such row read "scored from training means",
 * also a text-only model's, which has no mean to take, and a forest's:
 * tests/cli/score_no_evidence_wording): the n-grams of a missing text, or
 * of one without a known word, are all absent, which is exactly an empty
 * transcript (a text-only lr model reads it as a near-certain opinion,
 * p = 4e-10 on the reports file); a missing number (or a missing text's
 * lengths) is the training mean for lr, each tree's learned side for a
 * missing value for rf and gbdt. The row's reason ends with the class the
 * model gives that: "no transcript: scored as an empty transcript, which
 * this model reads as not 'claim'".
 *
 * A text that holds no word the model knows ("   ", ".", words outside the
 * vocabulary) is no more evidence than none: for a model reading n-grams
 * it counts as no text in the rule (before 2026-12-05 the same row flipped
 * from p = 1 with an empty text, flagged, to p = 0 with three spaces,
 * unflagged: tests/cli/score_no_evidence_unknown_words). */
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
    c->reads_ngrams = c->reads_lengths = 0;
    /* no model: the rule on counts alone (ct_evidence_lacking) */
    const ct_pipeline *p = c->m ? c->m->pipeline : NULL;
    for (size_t j = 0; p && j < ct_pipeline_ncols(p); j++) {
        const ct_pipeline_kind kd = ct_pipeline_column(p, j)->kind;
        if (c->col_is_ngram)
            c->col_is_ngram[j] = kd == CT_PIPELINE_NGRAM;
        c->reads_ngrams |= kd == CT_PIPELINE_NGRAM;
        c->reads_lengths |= kd == CT_PIPELINE_LENGTH;
    }
    for (size_t k = 0; k < c->nsrc; k++) {
        c->ntext_src += c->src_is_text[k] != 0;
        c->nnum_src += is_numeric_src(c, k);
    }
}

/* The rule, on the counts of the model's text and numeric inputs missing:
 * no text (every text input missing or without a known word, or none
 * read) and more than half the numbers missing (or none read), of a model
 * that reads either. A categorical level alone ("author banned") is not
 * counted as evidence: one indicator of a few levels, where the text and
 * the counts carry the model; so a model of categorical columns alone
 * reads neither and flags no row. */
static int evidence_lacking(const score_ctx *c, size_t text_missing, size_t num_missing)
{
    if (c->ntext_src + c->nnum_src == 0)
        return 0;
    return text_missing == c->ntext_src && (c->nnum_src == 0 || 2 * num_missing > c->nnum_src);
}

/* A design row holds a known word: a non-zero n-gram column. */
static int has_word(const score_ctx *c, const uint32_t *idx, const double *val, size_t nnz)
{
    for (size_t e = 0; e < nnz; e++)
        if (c->col_is_ngram[idx[e]] && val[e] != 0)
            return 1;
    return 0;
}

unsigned score_evidence_flag(const score_ctx *c, size_t i, const ct_csr *X, size_t xi)
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
    unsigned fl = 0;
    if (tm < c->ntext_src && c->reads_ngrams && X && c->col_is_ngram) {
        const size_t a = X->indptr[xi], n = X->indptr[xi + 1] - a;
        /* a text there, but nothing the model reads in it: flagged on its
         * own whatever the numbers (before 2026-12-06 such a row with its
         * counts was scored from them alone, unflagged, its reasons "high
         * views" only: tests/cli/score_no_known_words_flagged) */
        if (!has_word(c, X->indices + a, X->data + a, n)) {
            tm = c->ntext_src;
            fl |= CT_FLAG_NO_KNOWN_WORDS;
        }
    }
    return fl | (evidence_lacking(c, tm, nm) ? CT_FLAG_NO_EVIDENCE : 0);
}

/* The model's first numeric (or text length) design column, of source
 * column src (NULL: of any); NULL when it reads none. */
static const ct_pipeline_col *number_col(const score_ctx *c, const char *src)
{
    const ct_pipeline *p = c->m->pipeline;
    const size_t np = ct_pipeline_ncols(p);
    for (size_t j = 0; j < np; j++) {
        const ct_pipeline_col *pc = ct_pipeline_column(p, j);
        if ((pc->kind == CT_PIPELINE_NUMERIC || pc->kind == CT_PIPELINE_LENGTH) &&
            (!src || strcmp(pc->source, src) == 0))
            return pc;
    }
    return NULL;
}

/* What the model puts in place of a missing number, in words: a tree
 * model reads raw values (col->raw) and sends a missing one down each
 * tree's learned side; a linear one reads the training mean. NULL when
 * the model reads no number (nor a text's length). */
static const char *imputed_words(const score_ctx *c)
{
    const ct_pipeline_col *pc = number_col(c, NULL);
    if (!pc)
        return NULL;
    return pc->raw ? "the trees' learned paths" : "training means";
}

const char *score_evidence_missing_words(const score_ctx *c, size_t k)
{
    if (c->src_is_text[k])
        return "scored without their text";
    if (c->src_is_level[k])
        return "each scored as no level (all indicators 0)";
    const ct_pipeline_col *pc = number_col(c, c->src_name[k]);
    return pc && pc->raw ? "each scored down the trees' learned paths for a missing value"
                         : "each scored with the training mean";
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

/* The text's noun ("transcript") from its words for a row without it
 * ("no transcript"), into buf. */
static void text_noun(const score_ctx *c, char *buf, size_t cap)
{
    char t[CT_SCORE_REASON_MAX];
    t[0] = 0;
    text_words(c, t, sizeof t);
    snprintf(buf, cap, "%s", strncmp(t, "no ", 3) == 0 ? t + 3 : t);
}

/* ": scored as an empty transcript, with training means for the missing
 * numbers" (the parts the model reads). empty: the row's text is missing
 * (or the summary's), so an empty one whatever the model reads. */
static void scored_words(const score_ctx *c, int empty, int nums_missing, char *buf, size_t cap)
{
    char noun[CT_SCORE_REASON_MAX], text[CT_SCORE_REASON_MAX + 40];
    text[0] = 0;
    if (c->reads_ngrams) {
        text_noun(c, noun, sizeof noun);
        /* a text without a known word still has its lengths, when read */
        snprintf(text, sizeof text,
                 empty || !c->reads_lengths ? "as an empty %s" : "as a %s without a known word",
                 noun);
    }
    const char *imp = nums_missing ? imputed_words(c) : NULL;
    if (imp)
        snprintf(buf, cap, ": scored %s%swith %s for the missing numbers", text,
                 text[0] ? ", " : "", imp);
    else
        snprintf(buf, cap, ": scored %s", text[0] ? text : "from what the model read");
}

/* "no transcript and no counts: scored as an empty transcript, with
 * training means for the missing numbers, which this model reads as
 * 'claim'", from the parts present (a model without text or without
 * numbers has one). */
static size_t lead_words(const score_ctx *c, const kept *k, char *buf, size_t cap)
{
    char text[CT_SCORE_REASON_MAX + 40], nums[64], how[2 * CT_SCORE_REASON_MAX];
    text[0] = 0;
    int empty = 0;
    for (size_t q = 0; q < c->nsrc; q++)
        empty |= c->src_is_text[q] && k->srcstate[q] == CT_SRC_MISSING;
    if (c->ntext_src && empty)
        text_words(c, text, sizeof text);
    else if (c->ntext_src) { /* flagged with its text: no word the model knows */
        char noun[CT_SCORE_REASON_MAX];
        text_noun(c, noun, sizeof noun);
        snprintf(text, sizeof text, "%s holds no word the model knows", noun);
    }
    number_words(c, k->srcstate, nums, sizeof nums);
    size_t nm = 0;
    for (size_t q = 0; q < c->nsrc; q++)
        nm += is_numeric_src(c, q) && k->srcstate[q] == CT_SRC_MISSING;
    scored_words(c, empty, nm > 0 || (empty && c->reads_lengths), how, sizeof how);
    const char *pos = c->m->positive ? c->m->positive : "positive";
    const int w = snprintf(buf, cap, "%s%s%s%s, which this model reads as %s'%.60s'", text,
                           text[0] && nums[0] ? " and " : "", nums, how,
                           k->prob >= c->m->threshold ? "" : "not ", pos);
    return w > 0 && (size_t)w < cap ? (size_t)w : 0;
}

size_t score_evidence_reason(const score_ctx *c, const kept *k, char *buf, size_t cap)
{
    if (!k->srcstate)
        return 0;
    if (k->flags & CT_FLAG_NO_EVIDENCE)
        return lead_words(c, k, buf, cap);
    if (!(k->flags & CT_FLAG_NO_KNOWN_WORDS))
        return 0;
    /* its numbers are there: what the text gave, said first (before
     * 2026-12-06 nothing, and "high views" alone explained a transcript the
     * model could not read: tests/cli/score_no_known_words_flagged) */
    char noun[CT_SCORE_REASON_MAX];
    text_noun(c, noun, sizeof noun);
    const int w =
        snprintf(buf, cap, "%s holds no word the model knows: its n-grams scored as an empty %s's",
                 noun, noun);
    return w > 0 && (size_t)w < cap ? (size_t)w : 0;
}

void score_evidence_note(const score_ctx *c, char *buf, size_t cap)
{
    char text[CT_SCORE_REASON_MAX + 80], half[128], how[2 * CT_SCORE_REASON_MAX];
    text[0] = 0;
    if (c->ntext_src)
        text_words(c, text, sizeof text);
    if (c->reads_ngrams) {
        const size_t n = strlen(text);
        snprintf(text + n, sizeof text - n, " (or one holding no word the model knows)");
    }
    if (c->nnum_src)
        snprintf(half, sizeof half, "more than half of the model's %zu number%s missing",
                 c->nnum_src, c->nnum_src == 1 ? "" : "s");
    else
        half[0] = 0;
    scored_words(c, 0, c->nnum_src > 0 || c->reads_lengths, how, sizeof how);
    snprintf(buf, cap, "%s%s%s%s", text, text[0] && half[0] ? " and " : "", half, how);
}

size_t score_evidence_unsay(const score_ctx *c, const kept *k, double *phi, size_t p)
{
    if (!(k->flags & (CT_FLAG_NO_EVIDENCE | CT_FLAG_NO_KNOWN_WORDS)))
        return 0;
    const int words = (k->flags & CT_FLAG_NO_KNOWN_WORDS) && c->col_is_ngram;
    for (size_t j = 0; j < p; j++) {
        const size_t q = c->col_src[j];
        if ((c->src_is_text[q] && k->srcstate[q] == CT_SRC_MISSING) ||
            (words && c->col_is_ngram[j]))
            phi[j] = 0;
    }
    return 1;
}
