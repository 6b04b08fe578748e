/* model_split.c — the held-out rows of a model's own training file: the
 * stratified split train made, made again from the model's seed and
 * fractions (claimtriage/evaluate.h, ct_model_split_roles). */
#include "claimtriage/evaluate.h"
#include "claimtriage/folds.h"

#include "select/train_internal.h"

#include <stdio.h>
#include <string.h>

static ct_status hint(ct_diag *d, const char *h)
{
    if (d)
        snprintf(d->hint, sizeof d->hint, "%s", h);
    return CT_EINVAL;
}

const char *ct_split_role_name(int role)
{
    switch (role) {
    case CT_ROLE_TRAIN: return "train";
    case CT_ROLE_VALIDATION: return "validation";
    case CT_ROLE_TEST: return "test";
    default: return "none";
    }
}

int ct_split_role_parse(const char *s)
{
    if (!s)
        return CT_ROLE_NONE;
    if (strcmp(s, "train") == 0)
        return CT_ROLE_TRAIN;
    if (strcmp(s, "validation") == 0)
        return CT_ROLE_VALIDATION;
    if (strcmp(s, "test") == 0)
        return CT_ROLE_TEST;
    return CT_ROLE_NONE;
}

/* The model's metric `name` of split "validation", or -1. */
static double model_validation(const ct_model *m, const char *name)
{
    for (size_t i = 0; i < m->nmetrics; i++)
        if (strcmp(m->metrics[i].name, name) == 0 && strcmp(m->metrics[i].split, "validation") == 0)
            return m->metrics[i].value;
    return -1;
}

ct_status ct_model_split_roles(const ct_model *m, const ct_frame *f, const char *input_hash,
                               int32_t *role, ct_holdout_counts *counts, ct_diag *d)
{
    if (!m || !f || !role)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "ct_model_split_roles: NULL argument");
    if (!(m->holdout[0] > 0)) {
        ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                    "the model file records no train/validation/test split");
        return hint(d, "it was trained with --holdout none, or by an older version: train it "
                       "again with a holdout (train's default), or leave out --split to use "
                       "every row");
    }
    const char *mine = m->input_content_hash ? m->input_content_hash : m->input_hash;
    if (!mine || strncmp(mine, "sha256:", 7) != 0) {
        /* trained from standard input: train records no hash ("unavailable
         * (standard input)"), so no file can be shown to be the one */
        const int from_stdin = mine && strstr(mine, "standard input");
        const int from_pipe = mine && strstr(mine, "a pipe");
        ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                    "the model %srecords no hash of its training file, so no file can be matched "
                    "to its split",
                    from_stdin  ? "was trained from standard input and "
                    : from_pipe ? "was trained from a pipe and "
                                : "");
        return hint(d, "train it again on the file by name (claimtriage train FILE -m MODEL), or "
                       "leave out --split to use every row");
    }
    if (!input_hash || !mine || strcmp(input_hash, mine) != 0) {
        ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                    "the model's split applies only to the file it was trained on (content %s); "
                    "this file's content is %s",
                    mine ? mine : "unknown", input_hash ? input_hash : "unknown");
        /* the training rows in another order: without --split every row
         * is a training row, so "leave out --split" would give optimistic
         * figures (tests/cli/evaluate_training_reordered_optimistic) */
        char rows[CT_FRAME_ROWS_DIGEST_SIZE] = "";
        if (m->rows_digest[0] && ct_frame_nrows(f) == m->rows_used)
            ct_frame_rows_digest(f, rows, sizeof rows);
        if (rows[0] && strcmp(rows, m->rows_digest) == 0)
            return hint(d, "this file holds the training file's rows in another order or form, "
                           "and the split follows that file's order: give the training file "
                           "itself (without --split every row here is one the model was trained "
                           "on, and its figures are optimistic)");
        return hint(d, "give the training file, or leave out --split to use every row");
    }
    const size_t n = ct_frame_nrows(f);
    double *y = ct_malloc((n ? n : 1) * sizeof *y);
    if (!y)
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    size_t npos, nunl;
    ct_status st = tr_labels(f, m->target, m->positive, y, &npos, &nunl, d);
    /* the rows sharing an id in one set, as train kept them (a model that
     * does not say so, also every model from before 2026-12-05, was split
     * row by row) */
    size_t *groups = NULL;
    if (st == CT_OK && m->holdout_grouped) {
        tr_id_repeats rep;
        groups = ct_malloc((n ? n : 1) * sizeof *groups);
        st = !groups             ? ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory")
             : !m->id || !*m->id ? ct_diag_set(d, CT_EFORMAT, NULL, 0, 0,
                                               "the model's split kept ids together but it "
                                               "names no id column")
                                 : tr_split_groups(f, m->id, y, groups, &rep, d);
    }
    if (st == CT_OK) {
        ct_holdout_options ho = ct_holdout_options_default();
        ho.train = m->holdout[0];
        ho.validation = m->holdout[1];
        ho.test = m->holdout[2];
        ho.seed = m->seed;
        ho.groups = groups;
        char pos[200], neg[200]; /* a refusal's classes by their labels */
        tr_label_names(f, m->target, m->positive, pos, neg, sizeof pos);
        ho.labels[0] = neg;
        ho.labels[1] = pos;
        ct_holdout_counts got;
        st = ct_folds_holdout(y, n, &ho, role, &got, d);
        /* a model trained before 2026-12-04 split on sequential quotas:
         * its validation positives say which rule gave its sets */
        const double vp = model_validation(m, "positives");
        if (st == CT_OK && vp >= 0 && (double)got.positives[CT_ROLE_VALIDATION] != vp) {
            ct_holdout_counts old;
            ho.sequential_quotas = 1;
            if (ct_folds_holdout(y, n, &ho, role, &old, NULL) == CT_OK &&
                (double)old.positives[CT_ROLE_VALIDATION] == vp)
                got = old;
            else
                st = ct_folds_holdout(y, n,
                                      &(ct_holdout_options){.train = ho.train,
                                                            .validation = ho.validation,
                                                            .test = ho.test,
                                                            .seed = ho.seed,
                                                            .groups = groups,
                                                            .labels = {neg, pos}},
                                      role, &got, d);
        }
        if (st == CT_OK && counts)
            *counts = got;
    }
    ct_free(groups);
    ct_free(y);
    return st;
}
