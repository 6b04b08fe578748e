/* model.c — the model container: creation, release, the registry of
 * estimator families, raw predictions through pipeline and estimator
 * (claimtriage/model_file.h). */
#include "claimtriage/lr.h"
#include "claimtriage/model_file.h"
#include "claimtriage/trees.h"

#include <string.h>

ct_model *ct_model_create(void)
{
    ct_model *m = ct_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    memcpy(m->calibration, "none", 5);
    m->threshold = 0.5;
    m->tool_version = ct_strdup(ct_version());
    if (!m->tool_version) {
        ct_free(m);
        return NULL;
    }
    return m;
}

void ct_model_free(ct_model *m)
{
    if (!m)
        return;
    ct_free(m->target);
    ct_free(m->positive);
    ct_free(m->id);
    ct_pipeline_free(m->pipeline);
    if (m->type && m->estimator)
        m->type->destroy(m->estimator);
    ct_free(m->iso_x);
    ct_free(m->iso_y);
    ct_free(m->threshold_rule);
    ct_free(m->metrics);
    ct_free(m->input_hash);
    ct_free(m->input_content_hash);
    ct_free(m->tool_version);
    ct_free(m->command_line);
    ct_free(m);
}

const ct_estimator_type *ct_estimator_find(const char *name)
{
    /* every family this build knows; tree ensembles join here */
    const ct_estimator_type *const all[] = {ct_lr_type(), ct_rf_type(), ct_gbdt_type()};
    for (size_t i = 0; name && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i]->name, name) == 0)
            return all[i];
    return NULL;
}

ct_status ct_model_predict_raw(const ct_model *m, const ct_frame *f, const size_t *rows, size_t n,
                               double *p, ct_pipeline_stats *stats, ct_diag *diag)
{
    if (!m || !m->pipeline || !m->type || !m->estimator)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "the model is not fitted");
    ct_csr *X = NULL;
    ct_status st = ct_pipeline_transform(m->pipeline, f, rows, n, &X, stats, diag);
    if (st == CT_OK)
        st = m->type->predict_proba(m->estimator, X, p, diag);
    ct_csr_free(X);
    return st;
}
