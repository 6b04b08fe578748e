/* metrics.c — binary classification metrics: the confusion counts and what
 * follows from them, every metric in one struct, one metric by name (the
 * scorer of cross-validation and permutation importance), metric names.
 * Ranking metrics are in metrics_rank.c, probability metrics in
 * metrics_prob.c. See claimtriage/metrics.h. */
#include "claimtriage/metrics.h"
#include "claimtriage/sort.h"

#include <math.h>
#include <string.h>

static const struct {
    const char *name;
    int greater_better, threshold;
} metric_info[CT_METRIC_COUNT] = {
    [CT_METRIC_ACCURACY] = {"accuracy", 1, 1},
    [CT_METRIC_BALANCED_ACCURACY] = {"balanced_accuracy", 1, 1},
    [CT_METRIC_PRECISION] = {"precision", 1, 1},
    [CT_METRIC_RECALL] = {"recall", 1, 1},
    [CT_METRIC_F1] = {"f1", 1, 1},
    [CT_METRIC_ROC_AUC] = {"roc_auc", 1, 0},
    [CT_METRIC_AVERAGE_PRECISION] = {"average_precision", 1, 0},
    [CT_METRIC_LOG_LOSS] = {"log_loss", 0, 0},
    [CT_METRIC_BRIER] = {"brier_score", 0, 0},
    [CT_METRIC_ECE] = {"ece", 0, 0},
};

const char *ct_metric_name(ct_metric m)
{
    return (unsigned)m < CT_METRIC_COUNT ? metric_info[m].name : "?";
}

int ct_metric_greater_is_better(ct_metric m)
{
    return (unsigned)m < CT_METRIC_COUNT && metric_info[m].greater_better;
}

int ct_metric_uses_threshold(ct_metric m)
{
    return (unsigned)m < CT_METRIC_COUNT && metric_info[m].threshold;
}

ct_status ct_metric_parse(const char *s, ct_metric *out)
{
    static const struct {
        const char *alias;
        ct_metric m;
    } alias[] = {{"ap", CT_METRIC_AVERAGE_PRECISION}, {"auc", CT_METRIC_ROC_AUC},
                 {"logloss", CT_METRIC_LOG_LOSS},     {"neg_log_loss", CT_METRIC_LOG_LOSS},
                 {"brier", CT_METRIC_BRIER},          {"neg_brier_score", CT_METRIC_BRIER}};
    if (!s)
        return CT_EINVAL;
    for (int m = 0; m < CT_METRIC_COUNT; m++)
        if (!strcmp(s, metric_info[m].name)) {
            *out = (ct_metric)m;
            return CT_OK;
        }
    for (size_t k = 0; k < sizeof alias / sizeof alias[0]; k++)
        if (!strcmp(s, alias[k].alias)) {
            *out = alias[k].m;
            return CT_OK;
        }
    return CT_EINVAL;
}

const char *ct_metric_note_str(ct_metric_note note)
{
    switch (note) {
    case CT_NOTE_NONE: return "";
    case CT_NOTE_ONE_CLASS: return "only one class present";
    case CT_NOTE_NO_POSITIVES: return "no positive rows";
    case CT_NOTE_NOT_PROBABILITY: return "scores are not probabilities in [0, 1]";
    case CT_NOTE_ZERO_DIVISION: return "zero denominator: 0 by convention (zero_division=0)";
    }
    return "?";
}

/* Labels 0/1, no NaN score, n > 0; sets *probs when every score is in [0, 1]. */
static ct_status check_inputs(const double *y, const double *score, size_t n, int *probs,
                              ct_diag *diag)
{
    if (n == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no rows to score");
    int pr = 1;
    for (size_t i = 0; i < n; i++) {
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "row %zu: label %g; labels must be 0 or 1", i, y[i]);
        if (isnan(score[i]))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu: the score is NaN", i);
        pr &= score[i] >= 0 && score[i] <= 1;
    }
    if (probs)
        *probs = pr;
    return CT_OK;
}

static double ratio(size_t a, size_t b, unsigned char *note)
{
    if (b)
        return (double)a / (double)b;
    *note = CT_NOTE_ZERO_DIVISION;
    return 0.0;
}

/* The counts and every metric that follows from them alone. */
static void from_counts(ct_metrics_binary *o)
{
    unsigned char spare = 0;
    o->npos = o->tp + o->fn;
    o->nneg = o->tn + o->fp;
    o->accuracy = (double)(o->tp + o->tn) / (double)o->n;
    o->precision = ratio(o->tp, o->tp + o->fp, &o->note[CT_METRIC_PRECISION]);
    o->recall = ratio(o->tp, o->npos, &o->note[CT_METRIC_RECALL]);
    o->specificity = ratio(o->tn, o->nneg, &spare);
    /* sklearn 1.2 F1 = 2PR/(P+R), 0 when P + R = 0; zero_division when
     * tp + fp + fn = 0 (no positive predicted or present). */
    const double pr = o->precision + o->recall;
    o->f1 = pr > 0 ? 2.0 * o->precision * o->recall / pr : 0.0;
    if (o->tp + o->fp + o->fn == 0)
        o->note[CT_METRIC_F1] = CT_NOTE_ZERO_DIVISION;
    if (o->npos && o->nneg)
        o->balanced_accuracy = (o->recall + o->specificity) / 2.0;
    else {
        o->balanced_accuracy = NAN;
        o->note[CT_METRIC_BALANCED_ACCURACY] = CT_NOTE_ONE_CLASS;
    }
    o->prevalence = (double)o->npos / (double)o->n;
    /* the majority class's share, as its own ratio: 1 - prevalence rounds
     * apart from the accuracy of predicting that class (tests/unit/test_metrics.c,
     * test_nir_majority_share) */
    o->nir = (double)(o->npos > o->nneg ? o->npos : o->nneg) / (double)o->n;
}

static void count(const double *y, const double *score, size_t n, double threshold,
                  ct_metrics_binary *o)
{
    memset(o, 0, sizeof *o);
    o->n = n;
    o->threshold = threshold;
    for (size_t i = 0; i < n; i++) {
        const int pred = score[i] >= threshold;
        if (y[i] != 0)
            pred ? o->tp++ : o->fn++;
        else
            pred ? o->fp++ : o->tn++;
    }
    from_counts(o);
}

/* A ranking metric that failed: out of memory, or more rows than the sort
 * ranks (CT_EINVAL above CT_SORT_MAX_N). */
static ct_status rank_fail(ct_diag *diag, ct_status s, const char *what)
{
    if (s == CT_ENOMEM)
        return ct_diag_set(diag, s, NULL, 0, 0, "out of memory for %s", what);
    return ct_diag_set(diag, s, NULL, 0, 0, "%s: more rows than can be ranked (at most %zu)", what,
                       (size_t)CT_SORT_MAX_N);
}

ct_status ct_metrics_binary_compute(const double *y, const double *score, size_t n,
                                    double threshold, ct_metrics_binary *out, ct_diag *diag)
{
    int probs;
    ct_status s = check_inputs(y, score, n, &probs, diag);
    if (s)
        return s;
    count(y, score, n, threshold, out);
    if ((s = ct_metrics_roc_auc(y, score, n, &out->auc)) != CT_OK ||
        (s = ct_metrics_average_precision(y, score, n, &out->average_precision)) != CT_OK)
        return rank_fail(diag, s, "the ranking metrics");
    if (!out->npos || !out->nneg)
        out->note[CT_METRIC_ROC_AUC] = CT_NOTE_ONE_CLASS;
    if (!out->npos)
        out->note[CT_METRIC_AVERAGE_PRECISION] = CT_NOTE_NO_POSITIVES;
    if (probs) {
        ct_reliability r;
        out->log_loss = ct_metrics_log_loss(y, score, n);
        out->brier = ct_metrics_brier(y, score, n);
        s = ct_metrics_reliability(y, score, n, CT_RELIABILITY_DEFAULT_BINS, &r, diag);
        if (s)
            return s;
        out->ece = r.ece;
    } else {
        out->log_loss = out->brier = out->ece = NAN;
        out->note[CT_METRIC_LOG_LOSS] = out->note[CT_METRIC_BRIER] = out->note[CT_METRIC_ECE] =
            CT_NOTE_NOT_PROBABILITY;
    }
    return CT_OK;
}

double ct_metrics_get(const ct_metrics_binary *m, ct_metric which)
{
    switch (which) {
    case CT_METRIC_ACCURACY: return m->accuracy;
    case CT_METRIC_BALANCED_ACCURACY: return m->balanced_accuracy;
    case CT_METRIC_PRECISION: return m->precision;
    case CT_METRIC_RECALL: return m->recall;
    case CT_METRIC_F1: return m->f1;
    case CT_METRIC_ROC_AUC: return m->auc;
    case CT_METRIC_AVERAGE_PRECISION: return m->average_precision;
    case CT_METRIC_LOG_LOSS: return m->log_loss;
    case CT_METRIC_BRIER: return m->brier;
    case CT_METRIC_ECE: return m->ece;
    case CT_METRIC_COUNT: break;
    }
    return NAN;
}

ct_status ct_metrics_score(ct_metric m, const double *y, const double *score, size_t n,
                           double threshold, double *value, ct_metric_note *note, ct_diag *diag)
{
    *value = NAN;
    if (note)
        *note = CT_NOTE_NONE;
    if ((unsigned)m >= CT_METRIC_COUNT)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "unknown metric %d", (int)m);
    int probs;
    ct_status s = check_inputs(y, score, n, &probs, diag);
    if (s)
        return s;
    ct_metrics_binary o;
    ct_metric_note nt = CT_NOTE_NONE;
    if (ct_metric_uses_threshold(m)) {
        count(y, score, n, threshold, &o);
        *value = ct_metrics_get(&o, m);
        nt = (ct_metric_note)o.note[m];
    } else if (m == CT_METRIC_ROC_AUC || m == CT_METRIC_AVERAGE_PRECISION) {
        s = m == CT_METRIC_ROC_AUC ? ct_metrics_roc_auc(y, score, n, value)
                                   : ct_metrics_average_precision(y, score, n, value);
        if (s)
            return rank_fail(diag, s, ct_metric_name(m));
        if (isnan(*value))
            nt = m == CT_METRIC_ROC_AUC ? CT_NOTE_ONE_CLASS : CT_NOTE_NO_POSITIVES;
    } else if (!probs) {
        nt = CT_NOTE_NOT_PROBABILITY;
    } else if (m == CT_METRIC_LOG_LOSS) {
        *value = ct_metrics_log_loss(y, score, n);
    } else if (m == CT_METRIC_BRIER) {
        *value = ct_metrics_brier(y, score, n);
    } else {
        ct_reliability r;
        if ((s = ct_metrics_reliability(y, score, n, CT_RELIABILITY_DEFAULT_BINS, &r, diag)))
            return s;
        *value = r.ece;
    }
    if (note)
        *note = nt;
    return CT_OK;
}
