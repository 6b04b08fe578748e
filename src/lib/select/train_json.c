/* train_json.c — the training result as JSON (train --json; the keys are in
 * docs/formats.md), the metrics and reliability writers evaluate shares,
 * and the reproducibility block (claimtriage/train.h). */
#include "claimtriage/digest.h"
#include "select/train_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------- metrics */

void ct_train_write_metric_json(const ct_metrics_binary *m, ct_metric k, ct_json *w)
{
    const char *name = ct_metric_name(k);
    const double v = ct_metrics_get(m, k);
    ct_json_key(w, name);
    ct_json_num(w, v);
    if (m->note[k] != CT_NOTE_NONE) {
        char key[64];
        snprintf(key, sizeof key, "%s_%s", name, isnan(v) ? "undefined" : "note");
        ct_json_key(w, key);
        ct_json_str(w, ct_metric_note_str((ct_metric_note)m->note[k]));
    }
}

void ct_train_write_metrics_json(const ct_metrics_binary *m, ct_json *w)
{
    ct_json_key(w, "n");
    ct_json_uint(w, m->n);
    ct_json_key(w, "positives");
    ct_json_uint(w, m->npos);
    ct_json_key(w, "threshold");
    ct_json_num(w, m->threshold);
    for (int k = 0; k < CT_METRIC_COUNT; k++)
        ct_train_write_metric_json(m, (ct_metric)k, w);
    ct_json_key(w, "specificity");
    ct_json_num(w, m->specificity);
    if (m->nneg == 0) { /* tn / (tn + fp) = 0/0: 0 by recall's convention */
        ct_json_key(w, "specificity_note");
        ct_json_str(w, ct_metric_note_str(CT_NOTE_ZERO_DIVISION));
    }
    ct_json_key(w, "prevalence");
    ct_json_num(w, m->prevalence);
    ct_json_key(w, "no_information_rate");
    ct_json_num(w, m->nir);
    ct_json_key(w, "confusion");
    ct_json_object_begin(w);
    ct_json_key(w, "tp");
    ct_json_uint(w, m->tp);
    ct_json_key(w, "fp");
    ct_json_uint(w, m->fp);
    ct_json_key(w, "tn");
    ct_json_uint(w, m->tn);
    ct_json_key(w, "fn");
    ct_json_uint(w, m->fn);
    ct_json_object_end(w);
}

static void metrics_object(const char *key, const ct_metrics_binary *m, ct_json *w)
{
    ct_json_key(w, key);
    ct_json_object_begin(w);
    ct_train_write_metrics_json(m, w);
    ct_json_object_end(w);
}

void ct_train_write_chance_json(const ct_auc_test *t, ct_json *w)
{
    ct_json_key(w, "roc_auc");
    ct_json_num(w, t->auc);
    ct_json_key(w, "p_value");
    ct_json_num(w, t->p);
    ct_json_key(w, "alpha");
    ct_json_num(w, CT_AUC_CHANCE_ALPHA);
    ct_json_key(w, "at_chance");
    ct_json_bool(w, t->at_chance);
    /* the rows too few to tell (since 2026-12-05): at_chance there is no
     * evidence of a ranking at chance */
    ct_json_key(w, "detectable_roc_auc");
    ct_json_num(w, t->detectable);
    ct_json_key(w, "too_few_rows");
    ct_json_bool(w, t->too_few);
}

void ct_train_write_reliability_json(const ct_reliability *r, ct_json *w)
{
    ct_json_array_begin(w);
    for (size_t b = 0; b < r->n_bins; b++) {
        const ct_reliability_bin *e = &r->bin[b];
        ct_json_object_begin(w);
        ct_json_key(w, "lo");
        ct_json_num(w, e->lo);
        ct_json_key(w, "hi");
        ct_json_num(w, e->hi);
        ct_json_key(w, "count");
        ct_json_uint(w, e->count);
        ct_json_key(w, "positives");
        ct_json_uint(w, e->positives);
        ct_json_key(w, "mean_predicted");
        ct_json_num(w, e->mean_pred);
        ct_json_key(w, "observed");
        ct_json_num(w, e->observed);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

static void reliability_object(const char *key, const ct_reliability *r, ct_json *w)
{
    ct_json_key(w, key);
    ct_json_object_begin(w);
    ct_json_key(w, "n");
    ct_json_uint(w, r->n);
    ct_json_key(w, "ece");
    ct_json_num(w, r->ece);
    ct_json_key(w, "max_gap");
    ct_json_num(w, r->max_gap);
    ct_json_key(w, "bins");
    ct_train_write_reliability_json(r, w);
    ct_json_object_end(w);
}

/* ------------------------------------------------------------ pieces */

static void config_members(const ct_train_config *c, ct_json *w)
{
    char buf[400];
    ct_train_config_describe(c, buf, sizeof buf);
    ct_json_key(w, "config");
    ct_json_str(w, buf);
    if (c->family == CT_TRAIN_GBDT) {
        const ct_gbdt_params *g = &c->gbdt;
        ct_json_key(w, "n_estimators");
        ct_json_int(w, g->n_estimators);
        ct_json_key(w, "learning_rate");
        ct_json_num(w, g->learning_rate);
        ct_json_key(w, "max_depth");
        ct_json_int(w, g->max_depth);
        ct_json_key(w, "min_child_weight");
        ct_json_num(w, g->min_child_weight);
        ct_json_key(w, "reg_lambda");
        ct_json_num(w, g->reg_lambda);
        ct_json_key(w, "gamma");
        ct_json_num(w, g->gamma);
        ct_json_key(w, "subsample");
        ct_json_num(w, g->subsample);
        ct_json_key(w, "colsample_bytree");
        ct_json_num(w, g->colsample_bytree);
        ct_json_key(w, "colsample_bynode");
        ct_json_num(w, g->colsample_bynode);
        /* always, 0 when unset, as colsample_bynode's 1: a stable key of
         * every gbdt candidate (before 2026-12-06 only when above 0:
         * tests/cli/train_gbdt_text_rounds_said) */
        ct_json_key(w, "text_rounds");
        ct_json_int(w, g->text_rounds);
    } else if (c->family == CT_TRAIN_RF) {
        const ct_rf_params *f = &c->rf;
        ct_json_key(w, "n_estimators");
        ct_json_int(w, f->n_estimators);
        ct_json_key(w, "max_depth");
        if (f->max_depth)
            ct_json_int(w, f->max_depth);
        else
            ct_json_null(w);
        /* the kinds tell a count of 1 from the fraction 1.0, which a JSON
         * number cannot (scikit-learn reads them by their type) */
        const int count =
            f->max_features_kind == CT_RF_MAX_FEATURES_COUNT ||
            (f->max_features_kind == CT_RF_MAX_FEATURES_BY_VALUE && f->max_features > 1);
        ct_json_key(w, "max_features");
        if (f->max_features_kind == CT_RF_MAX_FEATURES_LOG2)
            ct_json_str(w, "log2");
        else if (f->max_features > 0)
            ct_json_num(w, f->max_features);
        else
            ct_json_str(w, "sqrt");
        ct_json_key(w, "max_features_kind");
        ct_json_str(w, f->max_features_kind == CT_RF_MAX_FEATURES_LOG2 ? "log2"
                       : count                                         ? "count"
                       : f->max_features > 0                           ? "fraction"
                                                                       : "sqrt");
        ct_json_key(w, "max_samples");
        ct_json_num(w, f->max_samples);
        ct_json_key(w, "max_samples_kind");
        ct_json_str(w, f->max_samples_count ? "count" : "fraction");
        ct_json_key(w, "min_samples_leaf");
        ct_json_int(w, f->min_samples_leaf);
        ct_json_key(w, "min_samples_split");
        ct_json_int(w, f->min_samples_split);
    } else {
        ct_json_key(w, "C");
        ct_json_num(w, c->C);
    }
    ct_json_key(w, "ngram_range");
    ct_json_array_begin(w);
    ct_json_uint(w, c->vectorizer.ngram_min);
    ct_json_uint(w, c->vectorizer.ngram_max);
    ct_json_array_end(w);
    ct_json_key(w, "min_df");
    ct_json_num(w, c->vectorizer.min_df);
    /* as max_features_kind: the count 1 and the fraction 1.0 (every
     * document) are one JSON number */
    ct_json_key(w, "min_df_kind");
    ct_json_str(w, c->vectorizer.min_df_fraction ? "fraction" : "count");
    /* lr's max_features has always been the vectorizer's; the forest's
     * max_features is its own (columns per split) */
    ct_json_key(w, c->family == CT_TRAIN_LR ? "max_features" : "vectorizer__max_features");
    ct_json_uint(w, c->vectorizer.max_features);
    ct_json_key(w, "weighting");
    ct_json_str(w, c->vectorizer.weighting == CT_VECTORIZER_BINARY ? "binary" : "tfidf");
    if (c->family == CT_TRAIN_LR) {
        ct_json_key(w, "class_weight");
        ct_json_str(w, c->class_weight_balanced ? "balanced" : "none");
    }
}

static void write_split(const ct_train_result *r, ct_json *w)
{
    static const char *const names[3] = {"train", "validation", "test"};
    ct_json_key(w, "split");
    if (!r->holdout) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    for (int k = 0; k < 3; k++) {
        ct_json_key(w, names[k]);
        ct_json_object_begin(w);
        ct_json_key(w, "rows");
        ct_json_uint(w, r->counts.rows[k]);
        ct_json_key(w, "positives");
        ct_json_uint(w, r->counts.positives[k]);
        ct_json_object_end(w);
    }
    /* the reports sharing an id: kept in one set (grouped), or not */
    ct_json_key(w, "grouped");
    ct_json_bool(w, r->split_grouped);
    ct_json_key(w, "repeated_ids");
    ct_json_uint(w, r->repeated_ids);
    ct_json_key(w, "repeated_id_rows");
    ct_json_uint(w, r->repeated_id_rows);
    ct_json_key(w, "mixed_label_ids");
    ct_json_uint(w, r->mixed_label_ids);
    ct_json_key(w, "ids_across_sets");
    ct_json_uint(w, r->ids_across_sets);
    /* the repeats come from ids a spreadsheet rounded (added 2026-12-05:
     * tests/cli/train_rounded_ids_not_duplicates) */
    ct_json_key(w, "ids_rounded");
    ct_json_bool(w, r->ids_rounded != 0);
    ct_json_object_end(w);
}

static void write_cv(const ct_train_result *r, ct_json *w)
{
    ct_json_key(w, "cv");
    if (!r->cv) {
        ct_json_null(w);
        return;
    }
    const ct_cv_result *cv = r->cv;
    ct_json_object_begin(w);
    ct_json_key(w, "folds");
    ct_json_uint(w, cv->n_folds);
    ct_json_key(w, "metric");
    ct_json_str(w, ct_metric_name(cv->metric));
    ct_json_key(w, "champion");
    ct_json_uint(w, r->champion);
    ct_json_key(w, "candidates");
    ct_json_array_begin(w);
    for (size_t c = 0; c < cv->n_candidates; c++) {
        ct_json_object_begin(w);
        ct_json_key(w, "family");
        ct_json_str(w, ct_train_family_name(r->configs[c].family));
        config_members(&r->configs[c], w);
        ct_json_key(w, "mean");
        ct_json_num(w, cv->mean[c]);
        ct_json_key(w, "std");
        ct_json_num(w, cv->std[c]);
        ct_json_key(w, "rank");
        ct_json_uint(w, cv->rank[c]);
        ct_json_key(w, "fold_scores");
        ct_json_array_begin(w);
        for (size_t f = 0; f < cv->n_folds; f++)
            ct_json_num(w, cv->score[c * cv->n_folds + f]);
        ct_json_array_end(w);
        ct_json_key(w, "folds_not_converged");
        ct_json_uint(w, cv->n_noconverge[c]);
        ct_json_key(w, "folds_failed");
        ct_json_uint(w, cv->n_failed[c]);
        ct_json_key(w, "fit_error");
        if (cv->fit_error[c])
            ct_json_str(w, cv->fit_error[c]);
        else
            ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void write_selection(const ct_train_result *r, ct_json *w)
{
    ct_json_key(w, "selection");
    if (!r->holdout) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "auto");
    ct_json_bool(w, r->auto_select);
    ct_json_key(w, "metric");
    ct_json_str(w, ct_metric_name(r->metric));
    ct_json_key(w, "champion");
    ct_json_str(w, r->family);
    ct_json_key(w, "why");
    if (r->selection[0])
        ct_json_str(w, r->selection);
    else
        ct_json_null(w);
    ct_json_key(w, "tie");
    ct_json_bool(w, r->selection_tie);
    ct_json_key(w, "families");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->n_families; k++) {
        const ct_train_family_result *fr = &r->families[k];
        ct_json_object_begin(w);
        ct_json_key(w, "family");
        ct_json_str(w, ct_train_family_name(fr->family));
        ct_json_key(w, "candidates");
        ct_json_uint(w, fr->count);
        ct_json_key(w, "cv_champion");
        ct_json_uint(w, fr->champion);
        ct_json_key(w, "cv_mean");
        ct_json_num(w, fr->cv_mean);
        ct_json_key(w, "validation_score");
        ct_json_num(w, fr->score);
        ct_json_key(w, "gap_standard_error"); /* null: not needed or undefined */
        ct_json_num(w, fr->gap_se);
        ct_json_key(w, "n_trees");
        ct_json_uint(w, fr->n_trees);
        ct_json_key(w, "early_stopping");
        ct_json_bool(w, fr->early_stopped);
        if (fr->fitted)
            metrics_object("validation_uncalibrated", &fr->validation, w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "grid_edges");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->n_edges; k++) {
        const ct_train_grid_edge *e = &r->edges[k];
        ct_json_object_begin(w);
        ct_json_key(w, "key");
        ct_json_str(w, e->key);
        ct_json_key(w, "value");
        ct_json_num(w, e->value);
        ct_json_key(w, "side");
        ct_json_str(w, e->side < 0 ? "smallest" : "largest");
        ct_json_key(w, "next_inward");
        ct_json_num(w, e->neighbour);
        ct_json_key(w, "try");
        ct_json_num(w, e->beyond); /* null: rounds_kept */
        ct_json_key(w, "try_grid");
        if (e->try_grid[0])
            ct_json_str(w, e->try_grid);
        else
            ct_json_null(w);
        ct_json_key(w, "rounds_kept");
        if (e->rounds_kept)
            ct_json_uint(w, e->rounds_kept);
        else
            ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void write_threshold(const ct_threshold_choice *t, ct_json *w)
{
    ct_json_key(w, "threshold");
    ct_json_object_begin(w);
    ct_json_key(w, "rule");
    ct_json_str(w, ct_threshold_rule_name(t->rule));
    ct_json_key(w, "value");
    ct_json_num(w, t->threshold);
    ct_json_key(w, "target_recall");
    ct_json_num(w, t->target_recall);
    ct_json_key(w, "cost_ratio");
    ct_json_num(w, t->cost_ratio);
    ct_json_key(w, "why");
    ct_json_str(w, t->why);
    ct_json_key(w, "cost_observed");
    ct_json_num(w, t->cost_observed);
    ct_json_key(w, "cost_expected");
    ct_json_num(w, t->cost_expected);
    ct_json_key(w, "cost_review_all");
    ct_json_num(w, t->cost_review_all);
    ct_json_key(w, "cost_review_none");
    ct_json_num(w, t->cost_review_none);
    /* the rows a target recall was chosen on (since 2026-12-05: the
     * calibration rows when they pool the out-of-fold scores); null for
     * the other rules */
    ct_json_key(w, "chosen_on");
    if (t->chosen_on[0])
        ct_json_str(w, t->chosen_on);
    else
        ct_json_null(w);
    ct_json_key(w, "chosen_on_rows");
    if (t->chosen_on_n)
        ct_json_uint(w, t->chosen_on_n);
    else
        ct_json_null(w);
    ct_json_key(w, "chosen_on_recall");
    ct_json_num(w, t->chosen_on_recall);
    ct_json_key(w, "chosen_on_precision");
    ct_json_num(w, t->chosen_on_precision);
    /* a target recall overshot by a step too coarse for it (since
     * 2026-12-05); null otherwise */
    ct_json_key(w, "overshoot");
    if (!t->overshoot) {
        ct_json_null(w);
        ct_json_object_end(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "step_rows");
    ct_json_uint(w, t->step_rows);
    ct_json_key(w, "threshold_above");
    ct_json_num(w, t->above_threshold);
    ct_json_key(w, "recall_above");
    ct_json_num(w, t->above_recall);
    ct_json_key(w, "precision_above");
    ct_json_num(w, t->above_precision);
    ct_json_key(w, "note");
    ct_json_str(w, t->overshoot_note);
    ct_json_object_end(w);
    ct_json_object_end(w);
}

static void write_audit(const ct_audit *a, ct_json *w)
{
    ct_json_key(w, "audit");
    if (!a->done) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "flag_at");
    ct_json_num(w, a->flag_at);
    ct_json_key(w, "flagged");
    ct_json_uint(w, a->nflagged);
    ct_json_key(w, "ngrams_scored");
    ct_json_uint(w, a->ngrams_scored);
    ct_json_key(w, "positives"); /* the training rows' classes the AUCs rest on */
    ct_json_uint(w, a->positives);
    ct_json_key(w, "negatives");
    ct_json_uint(w, a->negatives);
    /* too few rows to tell, as the chance notes' rule (since 2026-12-05):
     * the features' training rows, then the models' validation rows */
    ct_json_key(w, "detectable_roc_auc");
    ct_json_num(w, a->detectable);
    ct_json_key(w, "too_few_rows");
    ct_json_bool(w, a->too_few);
    ct_json_key(w, "validation_detectable_roc_auc");
    ct_json_num(w, a->validation_detectable);
    ct_json_key(w, "validation_too_few_rows");
    ct_json_bool(w, a->validation_too_few);
    ct_json_key(w, "features");
    ct_json_array_begin(w);
    for (size_t k = 0; k < a->nfeatures; k++) {
        const ct_audit_feature *e = &a->features[k];
        ct_json_object_begin(w);
        ct_json_key(w, "name");
        ct_json_str(w, e->name);
        ct_json_key(w, "kind");
        ct_json_str(w, ct_audit_kind_name(e->kind));
        ct_json_key(w, "roc_auc");
        ct_json_num(w, e->auc);
        ct_json_key(w, "rows");
        ct_json_uint(w, e->n);
        ct_json_key(w, "flagged");
        ct_json_bool(w, e->flagged);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "models");
    ct_json_array_begin(w);
    for (int k = 0; k < 3; k++) {
        const ct_audit_model *m = &a->models[k];
        ct_json_object_begin(w);
        ct_json_key(w, "features");
        ct_json_str(w, m->set);
        ct_json_key(w, "fitted");
        ct_json_bool(w, m->fitted);
        if (m->fitted) {
            ct_json_key(w, "columns");
            ct_json_uint(w, m->ncols);
            metrics_object("validation", &m->validation, w);
        } else {
            ct_json_key(w, "why");
            ct_json_str(w, m->why);
        }
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

void ct_train_write_json(const ct_train_result *r, ct_json *w)
{
    ct_json_key(w, "rows");
    ct_json_object_begin(w);
    ct_json_key(w, "total");
    ct_json_uint(w, r->n_rows);
    ct_json_key(w, "labelled");
    ct_json_uint(w, r->n_labelled);
    ct_json_key(w, "unlabelled");
    ct_json_uint(w, r->n_unlabelled);
    ct_json_key(w, "positives");
    ct_json_uint(w, r->n_positive);
    /* a count of inputs the model does not read is null, as evaluate's
     * (before 2026-12-04 0: tests/cli/evaluate_inputs_not_read_undefined) */
    const ct_pipeline *p = r->model ? r->model->pipeline : NULL;
    const tr_input_count in[] = {{"missing_numeric", CT_PIPELINE_NUMERIC, r->missing_numeric},
                                 {"missing_levels", CT_PIPELINE_LEVEL, r->missing_levels},
                                 {"missing_text", CT_PIPELINE_LENGTH, r->missing_text}};
    tr_json_input_counts(w, p, in, sizeof in / sizeof in[0]);
    ct_json_object_end(w);
    ct_json_key(w, "constant_features");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->n_constant; k++) {
        const ct_train_constant *c = &r->constant[k];
        ct_json_object_begin(w);
        ct_json_key(w, "name");
        ct_json_str(w, c->name);
        ct_json_key(w, "kind");
        ct_json_str(w, c->kind);
        ct_json_key(w, "value");
        ct_json_str(w, c->value);
        ct_json_key(w, "value_cut");
        ct_json_bool(w, c->value_cut);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "holdout");
    ct_json_bool(w, r->holdout);
    write_split(r, w);
    write_cv(r, w);
    /* the grids' n-gram keys dropped for want of n-gram features, as the
     * human output names them (before 2026-12-05 only there:
     * tests/cli/train_json_ngram_keys_unused); the text holds grid keys,
     * which have no ',', joined by ", " */
    ct_json_key(w, "ngram_keys_unused");
    ct_json_array_begin(w);
    for (const char *k = r->ngram_keys_unused; *k;) {
        const size_t len = strcspn(k, ",");
        ct_json_strn(w, k, len);
        k += len;
        k += strspn(k, ", ");
    }
    ct_json_array_end(w);
    ct_json_key(w, "chosen");
    ct_json_object_begin(w);
    ct_json_key(w, "family");
    ct_json_str(w, r->family);
    ct_json_key(w, "features");
    ct_json_str(w, r->features);
    config_members(&r->chosen, w);
    ct_json_key(w, "n_features");
    ct_json_uint(w, r->n_features);
    ct_json_key(w, "n_iter");
    ct_json_int(w, r->n_iter);
    ct_json_key(w, "converged");
    ct_json_bool(w, r->converged);
    ct_json_key(w, "n_trees");
    ct_json_uint(w, r->n_trees);
    ct_json_key(w, "best_iteration");
    if (r->best_iteration >= 0)
        ct_json_int(w, r->best_iteration);
    else
        ct_json_null(w);
    ct_json_key(w, "early_stopping_rounds");
    ct_json_int(w, r->chosen.family == CT_TRAIN_GBDT ? r->early_stopping : 0);
    ct_json_key(w, "oob_score");
    ct_json_num(w, r->oob_score);
    ct_json_key(w, "oob_unscored_rows");
    if (isnan(r->oob_score))
        ct_json_null(w);
    else
        ct_json_uint(w, r->oob_unscored);
    ct_json_key(w, "flat_probability");
    ct_json_num(w, r->flat_scores ? r->flat_probability : NAN);
    ct_json_object_end(w);
    write_selection(r, w);
    ct_json_key(w, "metrics");
    ct_json_object_begin(w);
    if (r->holdout) {
        metrics_object("validation_uncalibrated", &r->validation_raw, w);
        metrics_object("validation", &r->validation, w);
        metrics_object("test", &r->test, w);
    } else
        metrics_object("train", &r->train, w);
    ct_json_object_end(w);
    /* the ranking against chance, on the rows the note names (since
     * 2026-12-04: tests/cli/train_chance_level_said) */
    ct_json_key(w, "chance");
    ct_json_object_begin(w);
    ct_json_key(w, "rows");
    ct_json_str(w, r->holdout ? "validation" : "train");
    ct_train_write_chance_json(&r->chance, w);
    ct_json_object_end(w);
    ct_json_key(w, "calibration");
    ct_json_object_begin(w);
    ct_json_key(w, "method");
    ct_json_str(w, ct_calib_method_name(r->calibration));
    ct_json_key(w, "input");
    if (r->calibration == CT_CALIB_NONE)
        ct_json_null(w);
    else
        ct_json_str(w, r->calibration_logodds ? "log-odds" : "probability");
    /* the rows fitted on, by kind (since 2026-12-05; claimtriage/train.h,
     * step 5): null without a calibration */
    ct_json_key(w, "fitted_on");
    if (r->calibration == CT_CALIB_NONE)
        ct_json_null(w);
    else {
        ct_json_object_begin(w);
        ct_json_key(w, "validation");
        ct_json_uint(w, r->calibration_rows[0]);
        ct_json_key(w, "out_of_fold");
        ct_json_uint(w, r->calibration_rows[1]);
        ct_json_object_end(w);
    }
    /* the pooled rows' test on the validation rows (since 2026-12-05;
     * claimtriage/train.h, ct_train_pooled_check): null when not run */
    ct_json_key(w, "pooled_check");
    if (!r->pooled.done)
        ct_json_null(w);
    else {
        ct_json_object_begin(w);
        ct_json_key(w, "used");
        ct_json_bool(w, !r->pooled.refused);
        ct_json_key(w, "chi_square");
        ct_json_num(w, r->pooled.chi_square);
        ct_json_key(w, "df");
        ct_json_int(w, r->pooled.df);
        ct_json_key(w, "p_value");
        ct_json_num(w, r->pooled.p_value);
        ct_json_key(w, "alpha");
        ct_json_num(w, r->pooled.alpha);
        ct_json_key(w, "mean_predicted");
        ct_json_num(w, r->pooled.mean_predicted);
        ct_json_key(w, "observed");
        ct_json_num(w, r->pooled.observed);
        ct_json_key(w, "split");
        ct_json_num(w, r->pooled.split);
        ct_json_key(w, "halves");
        ct_json_array_begin(w);
        for (int h = 0; h < 2; h++) {
            ct_json_object_begin(w);
            ct_json_key(w, "rows");
            ct_json_uint(w, r->pooled.half_rows[h]);
            ct_json_key(w, "mean_predicted");
            ct_json_num(w, r->pooled.half_predicted[h]);
            ct_json_key(w, "observed");
            ct_json_num(w, r->pooled.half_observed[h]);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_key(w, "fold_shift");
        ct_json_num(w, r->pooled.fold_shift);
        ct_json_key(w, "cause");
        if (r->pooled.refused)
            ct_json_str(w, r->pooled.cause);
        else
            ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_key(w, "isotonic_fallback");
    ct_json_bool(w, r->calibration_fallback && r->calibration == CT_CALIB_PLATT);
    ct_json_key(w, "note");
    if (r->calibration_note)
        ct_json_str(w, r->calibration_note);
    else
        ct_json_null(w);
    ct_json_key(w, "few_rows");
    if (r->calibration_few[0])
        ct_json_str(w, r->calibration_few);
    else
        ct_json_null(w);
    /* the validation scores' spread in rounding steps (since 2026-12-05):
     * null without a calibration asked or with --holdout none */
    ct_json_key(w, "score_steps");
    ct_json_num(w, r->calibration_score_steps);
    ct_json_key(w, "platt_a");
    ct_json_num(w, r->platt_a);
    ct_json_key(w, "platt_b");
    ct_json_num(w, r->platt_b);
    ct_json_key(w, "isotonic_knots");
    ct_json_uint(w, r->n_knots);
    ct_json_key(w, "tie_break");
    ct_json_num(w, r->calibration == CT_CALIB_ISOTONIC ? CT_CALIB_TIE_BREAK : 0);
    ct_json_key(w, "bins");
    ct_json_uint(w, CT_RELIABILITY_DEFAULT_BINS);
    if (r->holdout) {
        reliability_object("validation_uncalibrated", &r->rel_validation_raw, w);
        reliability_object("validation", &r->rel_validation, w);
        reliability_object("test", &r->rel_test, w);
    } else
        reliability_object("train", &r->rel_validation_raw, w);
    ct_json_object_end(w);
    write_threshold(&r->threshold, w);
    write_audit(&r->audit, w);
}

/* ----------------------------------------------------- reproducibility */

/* A word as a POSIX shell reads it back: as is when made of safe
 * characters, else in single quotes (a quote as '\''). */
static size_t quote_word(const char *s, char *out)
{
    static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "0123456789_./:=,+-@%^";
    size_t n = 0;
    const int plain = *s && strspn(s, safe) == strlen(s);
    if (plain) {
        for (; *s; s++)
            out ? (void)(out[n++] = *s) : (void)n++;
        return n;
    }
    if (out)
        out[n] = '\'';
    n++;
    for (; *s; s++) {
        if (*s == '\'') {
            if (out)
                memcpy(out + n, "'\\''", 4);
            n += 4;
        } else {
            if (out)
                out[n] = *s;
            n++;
        }
    }
    if (out)
        out[n] = '\'';
    return n + 1;
}

ct_status ct_repro_fill(ct_repro *r, const char *path, const ct_load_stats *st, uint64_t used,
                        uint64_t seed, int argc, char *const *argv, ct_diag *diag)
{
    memset(r, 0, sizeof *r);
    r->rows_read = st ? st->rows_read : used;
    r->rows_used = st ? st->rows_used : used;
    r->rows_skipped = st ? st->rows_skipped : 0;
    r->not_selected = r->unlabelled = -1;
    r->seed = seed;
    r->threads = ct_threads();
    r->tool_version = ct_version();
    size_t len = 1;
    for (int k = 0; k < argc; k++)
        len += quote_word(argv[k], NULL) + 1;
    r->command_line = ct_malloc(len);
    if (!r->command_line)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    size_t w = 0;
    for (int k = 0; k < argc; k++) {
        if (k)
            r->command_line[w++] = ' ';
        w += quote_word(argv[k], r->command_line + w);
    }
    r->command_line[w] = '\0';
    if (ct_path_read_once(path)) { /* read once: opened again, a FIFO would never answer */
        snprintf(r->input_hash, sizeof r->input_hash, "unavailable (%s)",
                 !path || strcmp(path, "-") == 0 ? "standard input" : "a pipe");
        return CT_OK;
    }
    char hex[CT_SHA256_HEX_SIZE];
    uint64_t hashed = 0;
    ct_status s = ct_sha256_file(path, hex, &hashed, diag);
    if (s != CT_OK) {
        ct_repro_clear(r);
        return s;
    }
    snprintf(r->input_hash, sizeof r->input_hash, "sha256:%s", hex);
    r->content_hash[0] = '\0';
    unsigned char magic[2] = {0, 0};
    FILE *fp = fopen(path, "rb");
    const size_t got = fp ? fread(magic, 1, 2, fp) : 0;
    if (fp)
        fclose(fp);
    /* The hash names the bytes the rows came from: a plain file whose size
     * is not the size the loader read was written to while it was read
     * (a tester appended to a file during `run`: train recorded the hash
     * of 600 rows beside rows_read 300, and evaluate --split test then
     * re-split the 600). Said instead of a hash of other bytes
     * (tests/cli/files_input_changed_while_read). */
    const int gz = got == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    if (!gz && st && st->bytes && hashed != st->bytes) {
        ct_diag_set(diag, CT_EDATA, path, 0, 0,
                    "the file changed while it was read: %llu bytes were read, it now holds "
                    "%llu",
                    (unsigned long long)st->bytes, (unsigned long long)hashed);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "a program is still writing it (a download, an export, an append): wait "
                     "until it is complete, or copy it and read the copy");
        ct_repro_clear(r);
        return CT_EDATA;
    }
    if (gz) {
        s = ct_sha256_content(path, hex, diag);
        if (s != CT_OK) {
            ct_repro_clear(r);
            return s;
        }
        snprintf(r->content_hash, sizeof r->content_hash, "sha256:%s", hex);
    }
    return CT_OK;
}

const char *ct_repro_rows_hash(const ct_repro *r)
{
    return r->content_hash[0] ? r->content_hash : r->input_hash;
}

void ct_repro_clear(ct_repro *r)
{
    if (!r)
        return;
    ct_free(r->command_line);
    r->command_line = NULL;
}

ct_status ct_repro_to_model(const ct_repro *r, ct_model *m)
{
    char *h = ct_strdup(r->input_hash);
    char *ch = r->content_hash[0] ? ct_strdup(r->content_hash) : NULL;
    char *c = ct_strdup(r->command_line ? r->command_line : "");
    char *v = ct_strdup(r->tool_version ? r->tool_version : ct_version());
    if (!h || !c || !v || (r->content_hash[0] && !ch)) {
        ct_free(h);
        ct_free(ch);
        ct_free(c);
        ct_free(v);
        return CT_ENOMEM;
    }
    ct_free(m->input_hash);
    ct_free(m->command_line);
    ct_free(m->tool_version);
    m->input_hash = h;
    ct_free(m->input_content_hash);
    m->input_content_hash = ch;
    m->command_line = c;
    m->tool_version = v;
    m->rows_read = r->rows_read;
    m->rows_used = r->rows_used;
    m->rows_skipped = r->rows_skipped;
    m->unlabelled = r->unlabelled > 0 ? (uint64_t)r->unlabelled : 0;
    m->seed = r->seed;
    m->threads = r->threads;
    return CT_OK;
}

void ct_repro_write_json(const ct_repro *r, ct_json *w)
{
    ct_json_key(w, "reproducibility");
    ct_json_object_begin(w);
    ct_json_key(w, "input_hash");
    ct_json_str(w, r->input_hash);
    if (r->content_hash[0]) {
        ct_json_key(w, "input_content_hash");
        ct_json_str(w, r->content_hash);
    }
    ct_json_key(w, "rows_read");
    ct_json_uint(w, r->rows_read);
    ct_json_key(w, "rows_used");
    ct_json_uint(w, r->rows_used);
    ct_json_key(w, "rows_skipped");
    ct_json_uint(w, r->rows_skipped);
    if (r->not_selected >= 0) {
        ct_json_key(w, "not_selected");
        ct_json_uint(w, (uint64_t)r->not_selected);
    }
    if (r->unlabelled >= 0) {
        ct_json_key(w, "unlabelled");
        ct_json_uint(w, (uint64_t)r->unlabelled);
    }
    ct_json_key(w, "seed");
    ct_json_uint(w, r->seed);
    ct_json_key(w, "threads");
    ct_json_int(w, r->threads);
    ct_json_key(w, "tool_version");
    ct_json_str(w, r->tool_version);
    ct_json_key(w, "command_line");
    ct_json_str(w, r->command_line);
    ct_json_object_end(w);
}

void tr_json_input_counts(ct_json *w, const ct_pipeline *p, const tr_input_count *in, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        ct_json_key(w, in[k].key);
        if (p && !ct_pipeline_reads(p, in[k].reads))
            ct_json_null(w);
        else
            ct_json_uint(w, in[k].count);
    }
}
