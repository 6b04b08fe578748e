/* regress_screen.c — the collinearity screen: VIFs of a group of columns
 * together (with a constant); while the largest is >= vif_flag, leave that
 * column out, naming the column it tracks most closely (largest |Pearson
 * r|), and recompute (see claimtriage/regress.h). */
#include "select/regress_internal.h"

#include "claimtriage/corr.h"

#include <math.h>
#include <string.h>

void ct_regress_screen_free_(ct_regress_screen *s)
{
    ct_design_free(s->design);
    ct_free(s->vif);
    for (size_t k = 0; s->drops && k < s->ndrops; k++) {
        ct_free(s->drops[k].column);
        ct_free(s->drops[k].tracks);
    }
    ct_free(s->drops);
    for (size_t k = 0; s->empty && k < s->nempty; k++)
        ct_free(s->empty[k]);
    ct_free(s->empty);
}

/* The screen's design: the screen columns present and numeric, cleaned as
 * the model's design is (same target, caps, duplicates, id column). A
 * column empty in every row is left out and named in s->empty, as run
 * leaves it out of --screen: kept, its missing values left the design no
 * row and the screen was dropped unsaid (before 2026-12-05:
 * tests/cli/regress_screen_empty_column). */
static ct_status screen_design(ct_regress_screen *s, const ct_frame *f,
                               const ct_design_options *dopt, const ct_regress_options *o)
{
    ct_encoder_feature *feats = ct_calloc(o->nscreen ? o->nscreen : 1, sizeof *feats);
    s->empty = ct_calloc(o->nscreen ? o->nscreen : 1, sizeof *s->empty);
    if (!feats || !s->empty) {
        ct_free(feats);
        return CT_ENOMEM;
    }
    size_t nf = 0;
    for (size_t k = 0; k < o->nscreen; k++) {
        size_t j;
        if (ct_frame_find(f, o->screen[k], &j, NULL) != CT_OK)
            continue;
        const ct_column *c = ct_frame_col(f, j);
        if (ct_column_len(c) > 0 && ct_column_nmissing(c) == ct_column_len(c)) {
            if (!(s->empty[s->nempty++] = ct_strdup(o->screen[k]))) {
                ct_free(feats);
                return CT_ENOMEM;
            }
        } else if (ct_column_is_numeric(c) && ct_column_type(c) != CT_TYPE_ID) {
            /* an identifier is no feature (design.c refuses it) */
            feats[nf++] = (ct_encoder_feature){o->screen[k], NULL, 0};
        }
    }
    ct_status st = CT_EINVAL;
    if (nf >= 2) {
        ct_design_options so = *dopt;
        so.features = feats;
        so.nfeatures = nf;
        st = ct_design_build(f, &so, &s->design, NULL);
    }
    ct_free(feats);
    return st;
}

/* Leave the column with the largest VIF out when it is >= vif_flag; a
 * constant column's VIF is NaN (ct_logit_vif) and never the largest: it is
 * said, not left out, and no other column is said to track it (before
 * 2026-12-04 one all-zero column made every VIF infinite and the screen
 * left out video_view_count, which the model holds, as "tracking" it:
 * tests/cli/regress_screen_zero_column). Returns 1 when it did, 0 when none
 * needs it, -1 out of memory. */
static int leave_out(ct_regress_screen *s, const ct_design *model, const ct_matrix *sub,
                     size_t *keep, size_t *nk, const double *vs, double vif_flag)
{
    const ct_design *e = s->design;
    size_t worst = 0;
    for (size_t t = 1; t < *nk; t++)
        if (!isnan(vs[t]) && (worst == 0 || vs[t] > vs[worst]))
            worst = t;
    if (worst == 0 || !(vs[worst] >= vif_flag))
        return 0;
    ct_regress_drop *dr = &s->drops[s->ndrops];
    const ct_matrix *x = e->x;
    dr->vif = vs[worst];
    dr->r = NAN;
    size_t partner = SIZE_MAX;
    for (size_t t = 1; t < *nk; t++) {
        if (t == worst)
            continue;
        double c = ct_corr_pearson(sub->col[worst], sub->col[t], e->n);
        if (partner == SIZE_MAX || (!isnan(c) && (isnan(dr->r) || fabs(c) > fabs(dr->r)))) {
            dr->r = c;
            partner = t;
        }
    }
    dr->column = ct_strdup(x->names[keep[worst]]);
    dr->tracks = ct_strdup(x->names[keep[partner]]);
    s->ndrops++;
    if (!dr->column || !dr->tracks)
        return -1;
    dr->in_model = 0;
    for (size_t j = 1; j < model->p; j++)
        if (strcmp(model->x->names[j], dr->column) == 0)
            dr->in_model = 1;
    memmove(keep + worst, keep + worst + 1, (*nk - worst - 1) * sizeof *keep);
    (*nk)--;
    return 1;
}

/* One step: the VIFs of the kept columns; leave the worst out when it is
 * >= vif_flag. Returns 1 when a column was left out, -1 out of memory. */
static int screen_step(ct_regress_screen *s, const ct_design *model, size_t *keep, size_t *nk,
                       double *vs, double vif_flag)
{
    const ct_design *e = s->design;
    if (*nk < 3)
        return 0;
    ct_matrix *sub = NULL; /* the kept columns, borrowed from the screen's design */
    if (ct_matrix_create(e->n, *nk, &sub) != CT_OK)
        return -1;
    for (size_t t = 0; t < *nk; t++)
        ct_matrix_col_borrow(sub, t, e->x->col[keep[t]]);
    int st =
        ct_logit_vif(sub, vs, NULL) == CT_OK ? leave_out(s, model, sub, keep, nk, vs, vif_flag) : 0;
    ct_matrix_free(sub);
    return st;
}

void ct_regress_screen_(ct_regress *r, const ct_frame *f, const ct_design_options *dopt,
                        const ct_regress_options *o)
{
    ct_regress_screen *s = &r->screen;
    if ((s->status = screen_design(s, f, dopt, o)) != CT_OK)
        return;
    const ct_design *e = s->design;
    s->vif = ct_malloc(e->p * sizeof *s->vif);
    s->drops = ct_calloc(e->p, sizeof *s->drops);
    double *vs = ct_malloc(e->p * sizeof *vs);
    size_t *keep = ct_malloc(e->p * sizeof *keep);
    if (!s->vif || !s->drops || !vs || !keep) {
        s->status = CT_ENOMEM;
        goto out;
    }
    if ((s->status = ct_logit_vif(e->x, s->vif, NULL)) != CT_OK)
        goto out;
    size_t nk = e->p;
    for (size_t j = 0; j < nk; j++)
        keep[j] = j;
    int st;
    while ((st = screen_step(s, r->design, keep, &nk, vs, o->vif_flag)) == 1)
        ;
    if (st < 0)
        s->status = CT_ENOMEM;
out:
    ct_free(vs);
    ct_free(keep);
}

void ct_regress_screen_empty_names_(const ct_regress_screen *s, char *buf, size_t cap)
{
    size_t at = 0;
    if (cap)
        buf[0] = '\0';
    for (size_t k = 0; k < s->nempty && at < cap; k++)
        at += (size_t)snprintf(buf + at, cap - at, "%s'%s'",
                               k == 0               ? ""
                               : k + 1 == s->nempty ? " and "
                                                    : ", ",
                               s->empty[k] ? s->empty[k] : "?");
}

size_t ct_regress_screen_empty_note(const ct_regress *r, char *buf, size_t cap)
{
    const ct_regress_screen *s = &r->screen;
    if (cap)
        buf[0] = '\0';
    if (!s->nempty || !cap)
        return s->nempty;
    char names[CT_DIAG_MSG_MAX / 2];
    ct_regress_screen_empty_names_(s, names, sizeof names);
    const int one = s->nempty == 1;
    if (s->status == CT_OK) { /* two columns or more left */
        snprintf(buf, cap,
                 "the %s leaves out %s, empty in every row; the others are screened "
                 "without %s",
                 r->screen_name, names, one ? "it" : "them");
    } else {
        snprintf(buf, cap,
                 "the %s is not applied: %s %s empty in every row, which leaves fewer than two "
                 "columns to screen together",
                 r->screen_name, names, one ? "is" : "are");
    }
    return s->nempty;
}
