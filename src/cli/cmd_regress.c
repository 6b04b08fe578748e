/* cmd_regress.c — `claimtriage regress FILE`: the course's logistic
 * regression of verified_status, with its assumptions checked, plain-language
 * interpretation and a held-out classification view. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char regress_help[] =
    "usage: claimtriage regress FILE [options]\n\n"
    "Logistic regression of a binary target on video features, fitted by\n"
    "Newton/IRLS on every cleaned row, reported like statsmodels' Logit summary\n"
    "(coefficients, standard errors, z, p-values, 95% CIs, odds ratios), with its\n"
    "assumptions checked (binary outcome, independence, multicollinearity with an\n"
    "engagement-column screen, Box-Tidwell linearity, influential rows, events\n"
    "per predictor, separation), plain-language interpretation, and the same\n"
    "model's accuracy, precision, recall, F1 and ROC AUC on a stratified held-out\n"
    "split.\n\n"
    "Cleaning (the course's): rows missing any used column and exact duplicate\n"
    "rows are dropped; capped columns are limited to Q3 + 1.5*IQR.\n\n"
    "Options:\n"
    "  --target=COL            outcome column (default verified_status)\n"
    "  --positive=VALUE        outcome value coded 1 (default verified; required\n"
    "                          with --target)\n"
    "  --features=A,B:REF,...  predictors; a categorical one is one-hot encoded\n"
    "                          against REF (default: first level in byte order).\n"
    "                          Default: video_duration_sec, claim_status:claim,\n"
    "                          author_ban_status:active, video_view_count,\n"
    "                          video_share_count, video_download_count,\n"
    "                          video_comment_count\n"
    "  --cap-outliers=A,B|none columns capped at Q3 + 1.5*IQR (default\n"
    "                          video_like_count,video_comment_count)\n"
    "  --test-size=F           held-out fraction, 0 < F < 1 (default 0.25)\n"
    "  --seed=S                split seed (default 42)\n"
    "  --balance=none|weight   class weights n/(2*n_class) in the split fit\n"
    "                          (default none)\n"
    "  --threshold=T           classify positive when p >= T (default 0.5)\n"
    "  --alpha=A               significance level of the checks (default 0.05)\n"
    "  --json                  machine-readable output (keys in docs/regress.md)\n" CLI_LOAD_HELP
        CLI_COMMON_HELP "\nExample:\n  claimtriage regress tiktok_dataset.csv\n";

enum {
    OPT_TARGET = CLI_OPT_FIRST_FREE,
    OPT_POSITIVE,
    OPT_FEATURES,
    OPT_CAP,
    OPT_TEST_SIZE,
    OPT_SEED,
    OPT_BALANCE,
    OPT_THRESHOLD,
    OPT_ALPHA
};

#define MAX_FEATURES 64
#define MAX_CAP 64
#define TOP_INFLUENCE 5
/* Conventional thresholds (named in the output and docs/regress.md). */
#define VIF_FLAG 5.0      /* VIF >= 5: problematic collinearity */
#define EPV_MIN 10.0      /* Peduzzi et al. 1996: >= 10 events per predictor */
#define LEVERAGE_MULT 2.0 /* h_i > 2p/n: high leverage (Hoaglin & Welsch) */
#define COOKS_NUM 4.0     /* D_i > 4/n: influential (Bollen & Jackman) */
#define COOKS_MAJOR 1.0   /* D_i > 1: one row moves the whole fit */
#define RESID_LIMIT 3.0   /* |standardized Pearson residual| > 3: outlier */

static const char *const engagement_cols[] = {"video_view_count", "video_like_count",
                                              "video_share_count", "video_download_count",
                                              "video_comment_count"};
#define NENGAGE (sizeof engagement_cols / sizeof engagement_cols[0])

typedef struct check {
    const char *name;
    const char *verdict; /* "ok", "warn" or "fail" */
    char reason[1024];
} check;

typedef struct screen_drop {
    char name[128];
    double vif;
    char partner[128];
    double r;
    int in_model;
} screen_drop;

typedef struct regress_run {
    const char *path;
    const ct_frame *f;
    ct_load_stats st;
    ct_design *d;
    ct_logit *fit;
    double *vif;
    /* Box–Tidwell */
    double *bt_p;
    int *bt_shift, *bt_app;
    ct_status bt_status;
    char bt_msg[CT_DIAG_MSG_MAX];
    /* influence */
    double *hat, *cooks, *rstd;
    size_t n_lev, n_cook, n_cook_major, n_resid;
    size_t top[TOP_INFLUENCE], ntop;
    /* engagement screen */
    ct_design *eng;
    double *eng_vif;
    screen_drop drops[NENGAGE];
    size_t ndrops;
    ct_status eng_status;
    /* split */
    double test_size, threshold, alpha;
    unsigned long seed;
    int balance;
    double w_pos, w_neg;
    size_t ntrain, ntest, ntrain_pos, ntest_pos;
    ct_logit *split_fit;
    ct_metrics_binary met;
    ct_status split_status;
    char split_msg[CT_DIAG_MSG_MAX];
    const char *const *feature_names; /* d->nfeatures column names */
    ct_logit_params par;
    /* report */
    check checks[8];
    size_t nchecks;
    char **interp;
    size_t ninterp;
} regress_run;

static void run_free(regress_run *r)
{
    ct_design_free(r->d);
    ct_design_free(r->eng);
    ct_logit_free(r->fit);
    ct_logit_free(r->split_fit);
    free(r->vif);
    free(r->eng_vif);
    free(r->bt_p);
    free(r->bt_shift);
    free(r->bt_app);
    free(r->hat);
    free(r->cooks);
    free(r->rstd);
    for (size_t k = 0; k < r->ninterp; k++)
        free(r->interp[k]);
    free(r->interp);
}

/* ------------------------------------------------------------ analysis */

static double column_sd(const ct_design *d, size_t j)
{
    double *v = malloc(d->n * sizeof *v);
    if (!v)
        return NAN;
    for (size_t i = 0; i < d->n; i++)
        v[i] = d->x[i * d->p + j];
    double s = sqrt(ct_stats_var(v, d->n, 1));
    free(v);
    return s;
}

static double pearson(const double *x, size_t stride, size_t a, size_t b, size_t n)
{
    double ma = 0, mb = 0;
    for (size_t i = 0; i < n; i++) {
        ma += x[i * stride + a];
        mb += x[i * stride + b];
    }
    ma /= (double)n;
    mb /= (double)n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < n; i++) {
        double u = x[i * stride + a] - ma, v = x[i * stride + b] - mb;
        sab += u * v;
        saa += u * u;
        sbb += v * v;
    }
    return sab / sqrt(saa * sbb);
}

/* Engagement screen: VIFs of every engagement column (likes included) on a
 * design with a constant; while the largest is >= VIF_FLAG, leave that column
 * out (naming the column it tracks most closely) and recompute. */
static void engagement_screen(regress_run *r, const ct_frame *f, const ct_design_options *base)
{
    ct_design_feature feats[NENGAGE];
    size_t nf = 0;
    for (size_t k = 0; k < NENGAGE; k++) {
        size_t j;
        if (ct_frame_find(f, engagement_cols[k], &j, NULL) == CT_OK &&
            ct_column_is_numeric(ct_frame_col(f, j)))
            feats[nf++] = (ct_design_feature){engagement_cols[k], NULL};
    }
    r->eng_status = CT_EINVAL;
    if (nf < 2)
        return;
    ct_design_options o = *base;
    o.features = feats;
    o.nfeatures = nf;
    ct_diag dg;
    ct_diag_clear(&dg);
    if ((r->eng_status = ct_design_build(f, &o, &r->eng, &dg)) != CT_OK)
        return;
    const ct_design *e = r->eng;
    r->eng_vif = malloc(e->p * sizeof *r->eng_vif);
    double *sub = malloc(e->n * e->p * sizeof *sub), *vs = malloc(e->p * sizeof *vs);
    size_t *keep = malloc(e->p * sizeof *keep);
    if (!r->eng_vif || !sub || !vs || !keep) {
        r->eng_status = CT_ENOMEM;
        goto out;
    }
    if ((r->eng_status = ct_logit_vif(e->x, e->n, e->p, r->eng_vif, &dg)) != CT_OK)
        goto out;
    size_t nk = e->p;
    for (size_t j = 0; j < nk; j++)
        keep[j] = j;
    for (;;) {
        if (nk < 3)
            break;
        for (size_t i = 0; i < e->n; i++)
            for (size_t t = 0; t < nk; t++)
                sub[i * nk + t] = e->x[i * e->p + keep[t]];
        if (ct_logit_vif(sub, e->n, nk, vs, &dg) != CT_OK)
            break;
        size_t worst = 1;
        for (size_t t = 2; t < nk; t++)
            if (vs[t] > vs[worst])
                worst = t;
        if (!(vs[worst] >= VIF_FLAG))
            break;
        screen_drop *dr = &r->drops[r->ndrops++];
        snprintf(dr->name, sizeof dr->name, "%s", e->names[keep[worst]]);
        dr->vif = vs[worst];
        dr->r = 0;
        dr->partner[0] = '\0';
        for (size_t t = 1; t < nk; t++) {
            if (t == worst)
                continue;
            double c = pearson(sub, nk, worst, t, e->n);
            if (fabs(c) > fabs(dr->r) || !dr->partner[0]) {
                dr->r = c;
                snprintf(dr->partner, sizeof dr->partner, "%s", e->names[keep[t]]);
            }
        }
        dr->in_model = 0;
        for (size_t j = 1; j < r->d->p; j++)
            if (strcmp(r->d->names[j], dr->name) == 0)
                dr->in_model = 1;
        memmove(keep + worst, keep + worst + 1, (nk - worst - 1) * sizeof *keep);
        nk--;
    }
out:
    free(sub);
    free(vs);
    free(keep);
}

static const double *sort_key;
static int cmp_by_key(const void *a, const void *b)
{
    double x = sort_key[*(const size_t *)a], y = sort_key[*(const size_t *)b];
    if (x != y)
        return x < y ? 1 : -1;
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    return (i > j) - (i < j);
}

static int influence(regress_run *r)
{
    const ct_design *d = r->d;
    size_t n = d->n;
    r->hat = malloc(n * sizeof *r->hat);
    r->cooks = malloc(n * sizeof *r->cooks);
    r->rstd = malloc(n * sizeof *r->rstd);
    size_t *ord = malloc(n * sizeof *ord);
    if (!r->hat || !r->cooks || !r->rstd || !ord) {
        free(ord);
        return -1;
    }
    ct_logit_influence(r->fit, d->x, d->y, r->hat, r->cooks, r->rstd);
    double lev = LEVERAGE_MULT * (double)d->p / (double)n, ck = COOKS_NUM / (double)n;
    for (size_t i = 0; i < n; i++) {
        r->n_lev += r->hat[i] > lev;
        r->n_cook += r->cooks[i] > ck;
        r->n_cook_major += r->cooks[i] > COOKS_MAJOR;
        r->n_resid += fabs(r->rstd[i]) > RESID_LIMIT;
        ord[i] = i;
    }
    sort_key = r->cooks;
    qsort(ord, n, sizeof *ord, cmp_by_key);
    sort_key = NULL;
    r->ntop = n < TOP_INFLUENCE ? n : TOP_INFLUENCE;
    memcpy(r->top, ord, r->ntop * sizeof *ord);
    free(ord);
    return 0;
}

static void box_tidwell(regress_run *r, const ct_logit_params *par)
{
    const ct_design *d = r->d;
    int *test = calloc(d->p, sizeof *test);
    r->bt_p = malloc(d->p * sizeof *r->bt_p);
    r->bt_shift = calloc(d->p, sizeof *r->bt_shift);
    r->bt_app = calloc(d->p, sizeof *r->bt_app);
    if (!test || !r->bt_p || !r->bt_shift || !r->bt_app) {
        free(test);
        r->bt_status = CT_ENOMEM;
        return;
    }
    for (size_t j = 0; j < d->p; j++)
        test[j] = d->kind[j] == CT_DESIGN_NUMERIC;
    ct_diag dg;
    ct_diag_clear(&dg);
    r->bt_status = ct_logit_box_tidwell(d->x, d->y, d->n, d->p, test, par, r->bt_p, r->bt_shift,
                                        r->bt_app, &dg);
    snprintf(r->bt_msg, sizeof r->bt_msg, "%s", dg.message);
    free(test);
}

/* Fit on a stratified train split, score the test rows. */
static void split_view(regress_run *r, const ct_logit_params *base)
{
    const ct_design *d = r->d;
    size_t n = d->n, p = d->p;
    size_t *tr = malloc(n * sizeof *tr), *te = malloc(n * sizeof *te);
    double *xt = malloc(n * p * sizeof *xt), *yt = malloc(n * sizeof *yt);
    double *wt = malloc(n * sizeof *wt), *prob = malloc(n * sizeof *prob);
    double *ye = malloc(n * sizeof *ye);
    ct_diag dg;
    ct_diag_clear(&dg);
    if (!tr || !te || !xt || !yt || !wt || !prob || !ye) {
        r->split_status = CT_ENOMEM;
        goto out;
    }
    r->split_status =
        ct_split_stratified(d->y, n, r->test_size, r->seed, tr, &r->ntrain, te, &r->ntest, &dg);
    if (r->split_status)
        goto out;
    r->ntrain_pos = r->ntest_pos = 0;
    for (size_t t = 0; t < r->ntrain; t++) {
        memcpy(xt + t * p, d->x + tr[t] * p, p * sizeof *xt);
        yt[t] = d->y[tr[t]];
        r->ntrain_pos += yt[t] != 0;
    }
    /* class weights n/(2·n_c), sklearn's class_weight="balanced" */
    r->w_pos = (double)r->ntrain / (2.0 * (double)r->ntrain_pos);
    r->w_neg = (double)r->ntrain / (2.0 * (double)(r->ntrain - r->ntrain_pos));
    for (size_t t = 0; t < r->ntrain; t++)
        wt[t] = yt[t] != 0 ? r->w_pos : r->w_neg;
    ct_logit_params par = *base;
    par.weights = r->balance ? wt : NULL;
    r->split_status = ct_logit_fit(xt, yt, r->ntrain, p, &par, &r->split_fit, &dg);
    if (r->split_status)
        goto out;
    for (size_t t = 0; t < r->ntest; t++) {
        memcpy(xt + t * p, d->x + te[t] * p, p * sizeof *xt);
        ye[t] = d->y[te[t]];
        r->ntest_pos += ye[t] != 0;
    }
    ct_logit_predict(r->split_fit, xt, r->ntest, prob);
    r->split_status = ct_metrics_binary_compute(ye, prob, r->ntest, r->threshold, &r->met, &dg);
out:
    if (r->split_status)
        snprintf(r->split_msg, sizeof r->split_msg, "%s",
                 dg.message[0] ? dg.message : ct_status_str(r->split_status));
    free(tr);
    free(te);
    free(xt);
    free(yt);
    free(wt);
    free(prob);
    free(ye);
}

/* ------------------------------------------------------------ checks */

static check *add_check(regress_run *r, const char *name, const char *verdict)
{
    check *c = &r->checks[r->nchecks++];
    c->name = name;
    c->verdict = verdict;
    c->reason[0] = '\0';
    return c;
}

static void make_checks(regress_run *r, const ct_logit_params *par)
{
    const ct_design *d = r->d;
    char a[32], b[32];
    check *c = add_check(r, "binary outcome", d->target_levels == 2 ? "ok" : "warn");
    cli_fmt_count(a, sizeof a, d->npositive);
    cli_fmt_count(b, sizeof b, d->n - d->npositive);
    if (d->target_levels == 2)
        snprintf(c->reason, sizeof c->reason,
                 "%s takes two values on the kept rows: '%s' (%s rows, coded 1) and the other "
                 "(%s rows, coded 0)",
                 d->target, d->positive, a, b);
    else
        snprintf(c->reason, sizeof c->reason,
                 "%s takes %zu values on the kept rows; '%s' (%s) is modelled against all the "
                 "others together (%s)",
                 d->target, d->target_levels, d->positive, a, b);

    c = add_check(r, "independent observations", d->repeated_ids ? "warn" : "ok");
    snprintf(c->reason, sizeof c->reason,
             "%zu exact duplicate rows dropped; %zu repeated video_id values among the kept "
             "rows; one video per row (authors are not identified, so clustering by author "
             "cannot be checked)",
             d->dropped_duplicate, d->repeated_ids);

    size_t worst = 1;
    for (size_t j = 2; j < d->p; j++)
        if (r->vif[j] > r->vif[worst])
            worst = j;
    int vif_bad = d->p > 1 && r->vif[worst] >= VIF_FLAG;
    c = add_check(r, "multicollinearity (VIF)", vif_bad ? "warn" : "ok");
    if (d->p > 1)
        snprintf(c->reason, sizeof c->reason, "largest predictor VIF %.3g (%s) %s %g",
                 r->vif[worst], d->names[worst], vif_bad ? ">=" : "<", VIF_FLAG);

    if (r->eng_status == CT_OK) {
        int bad = 0;
        for (size_t k = 0; k < r->ndrops; k++)
            bad |= r->drops[k].in_model;
        c = add_check(r, "engagement screen", bad ? "warn" : "ok");
        if (!r->ndrops)
            snprintf(c->reason, sizeof c->reason,
                     "every engagement column has VIF < %g together: none needs leaving out",
                     VIF_FLAG);
        else {
            size_t w = 0;
            for (size_t k = 0; k < r->ndrops && w < sizeof c->reason; k++) {
                const screen_drop *dr = &r->drops[k];
                w += (size_t)snprintf(c->reason + w, sizeof c->reason - w,
                                      "%sleave out %s (VIF %.3g; tracks %s, r = %.2f)%s",
                                      k ? "; " : "", dr->name, dr->vif, dr->partner, dr->r,
                                      dr->in_model ? " but the model includes it"
                                                   : ", as the model does");
            }
        }
    }

    if (r->bt_status == CT_OK) {
        size_t ntest = 0, nbad = 0, jmin = SIZE_MAX;
        for (size_t j = 0; j < d->p; j++) {
            if (!r->bt_app[j])
                continue;
            ntest++;
            if (r->bt_p[j] < r->alpha)
                nbad++;
            if (jmin == SIZE_MAX || r->bt_p[j] < r->bt_p[jmin])
                jmin = j;
        }
        c = add_check(r, "linearity of the log-odds", nbad ? "warn" : "ok");
        if (ntest == 0)
            snprintf(c->reason, sizeof c->reason, "no continuous predictor to test");
        else
            snprintf(c->reason, sizeof c->reason,
                     "Box-Tidwell: %zu of %zu x*ln(x) terms significant at %g (smallest p = "
                     "%.3g, %s)",
                     nbad, ntest, r->alpha, r->bt_p[jmin], d->names[jmin]);
    } else {
        c = add_check(r, "linearity of the log-odds", "warn");
        snprintf(c->reason, sizeof c->reason, "Box-Tidwell refit failed: %.400s", r->bt_msg);
    }

    c = add_check(r, "influential observations", r->n_cook_major ? "warn" : "ok");
    {
        char l[32], k[32], q[32];
        cli_fmt_count(l, sizeof l, r->n_lev);
        cli_fmt_count(k, sizeof k, r->n_cook);
        cli_fmt_count(q, sizeof q, r->n_resid);
        snprintf(c->reason, sizeof c->reason,
                 "%zu rows with Cook's D > %g; %s with leverage > %g*p/n, %s with Cook's D > %g/n, "
                 "%s with |standardized Pearson residual| > %g; largest Cook's D %.3g",
                 r->n_cook_major, COOKS_MAJOR, l, LEVERAGE_MULT, k, COOKS_NUM, q, RESID_LIMIT,
                 r->ntop ? r->cooks[r->top[0]] : NAN);
    }

    size_t minority = d->npositive < d->n - d->npositive ? d->npositive : d->n - d->npositive;
    double epv = d->p > 1 ? (double)minority / (double)(d->p - 1) : INFINITY;
    c = add_check(r, "events per predictor", epv >= EPV_MIN ? "ok" : "warn");
    cli_fmt_count(a, sizeof a, minority);
    snprintf(c->reason, sizeof c->reason,
             "%s rows in the smaller class / %zu predictor columns = %.1f (rule of thumb >= %g, "
             "Peduzzi et al. 1996)",
             a, d->p - 1, epv, EPV_MIN);

    c = add_check(r, "separation", "ok");
    snprintf(c->reason, sizeof c->reason,
             "the fit converged in %zu Newton steps with finite coefficients; no row is pinned "
             "at a fitted probability within %g of its outcome",
             r->fit->iterations, par->sep_tol);
}

/* ------------------------------------------------------------ interpretation */

static void fmt_unit(char *buf, size_t n, double u)
{
    if (u >= 1)
        cli_fmt_num(buf, n, u);
    else
        snprintf(buf, n, "%g", u);
}

static void fmt_pct_change(char *buf, size_t n, double ratio)
{
    double pct = (ratio - 1.0) * 100.0;
    if (fabs(pct) >= 0.05)
        snprintf(buf, n, "%.1f%% %s", fabs(pct), pct >= 0 ? "higher" : "lower");
    else
        snprintf(buf, n, "%.2g%% %s", fabs(pct), pct >= 0 ? "higher" : "lower");
}

static int add_interp(regress_run *r, const char *s)
{
    char **t = realloc(r->interp, (r->ninterp + 1) * sizeof *t);
    if (!t)
        return -1;
    r->interp = t;
    size_t len = strlen(s);
    if (!(r->interp[r->ninterp] = malloc(len + 1)))
        return -1;
    memcpy(r->interp[r->ninterp++], s, len + 1);
    return 0;
}

/* One line per predictor column. Continuous: the odds change for a step of
 * 10^floor(log10(sd)) units, exp(β·u) − 1. Dummy: the odds ratio against the
 * reference level. */
static int interpret(regress_run *r)
{
    const ct_design *d = r->d;
    const ct_logit *m = r->fit;
    char line[1024], sig[160];
    for (size_t j = 1; j < d->p; j++) {
        if (m->pvalue[j] < r->alpha)
            snprintf(sig, sizeof sig, "p = %.3g, significant at %g", m->pvalue[j], r->alpha);
        else
            snprintf(sig, sizeof sig, "p = %.3g: not distinguishable from no effect at %g",
                     m->pvalue[j], r->alpha);
        if (d->kind[j] == CT_DESIGN_NUMERIC) {
            double sd = column_sd(d, j);
            double u = sd > 0 && isfinite(sd) ? pow(10.0, floor(log10(sd))) : 1.0;
            char us[32], ch[48], lo[48], hi[48];
            fmt_unit(us, sizeof us, u);
            fmt_pct_change(ch, sizeof ch, exp(m->beta[j] * u));
            fmt_pct_change(lo, sizeof lo, exp(m->ci_lo[j] * u));
            fmt_pct_change(hi, sizeof hi, exp(m->ci_hi[j] * u));
            snprintf(line, sizeof line,
                     "each additional %s of %s is associated with %s odds of %s = %s "
                     "(95%% CI %s to %s), holding the rest fixed; %s",
                     us, d->names[j], ch, d->target, d->positive, lo, hi, sig);
        } else {
            size_t k = d->feature[j];
            const char *fname = r->feature_names[k];
            const char *level = d->names[j] + strlen(fname) + 1;
            snprintf(line, sizeof line,
                     "rows with %s = '%s' have %.3g times the odds of %s = %s of rows with "
                     "%s = '%s' (95%% CI %.3g to %.3g), holding the rest fixed; %s",
                     fname, level, exp(m->beta[j]), d->target, d->positive, fname, d->reference[k],
                     exp(m->ci_lo[j]), exp(m->ci_hi[j]), sig);
        }
        if (add_interp(r, line))
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ output: text */

static void kv_row(FILE *fp, const char *k1, const char *v1, const char *k2, const char *v2)
{
    fprintf(fp, "%-21s%16s   %-21s%16s\n", k1, v1, k2, v2);
}

static void write_summary(FILE *fp, const regress_run *r)
{
    const ct_design *d = r->d;
    const ct_logit *m = r->fit;
    char a[64], b[64];
    static const char rule[] =
        "==============================================================================\n";
    fprintf(fp, "Logit Regression Results (%s = '%s' coded 1)\n%s", d->target, d->positive, rule);
    snprintf(a, sizeof a, "%zu", m->n);
    kv_row(fp, "Dep. Variable:", d->target, "No. Observations:", a);
    snprintf(a, sizeof a, "%zu", m->df_resid);
    kv_row(fp, "Model:", "Logit", "Df Residuals:", a);
    snprintf(a, sizeof a, "%zu", m->df_model);
    kv_row(fp, "Method:", "MLE (Newton)", "Df Model:", a);
    snprintf(a, sizeof a, "%zu", m->iterations);
    snprintf(b, sizeof b, "%.4g", m->prsquared);
    kv_row(fp, "Iterations:", a, "Pseudo R-squ.:", b);
    snprintf(a, sizeof a, "%.6g", m->aic);
    snprintf(b, sizeof b, "%.6g", m->ll);
    kv_row(fp, "AIC:", a, "Log-Likelihood:", b);
    snprintf(a, sizeof a, "%.6g", m->bic);
    snprintf(b, sizeof b, "%.6g", m->ll_null);
    kv_row(fp, "BIC:", a, "LL-Null:", b);
    snprintf(a, sizeof a, "%s", m->converged ? "True" : "False");
    snprintf(b, sizeof b, "%.4g", m->llr_pvalue);
    kv_row(fp, "converged:", a, "LLR p-value:", b);
    fputs(rule, fp);

    cli_table *t = cli_table_new(9);
    static const char *const h[] = {"",       "coef",   "std err",    "z",        "P>|z|",
                                    "[0.025", "0.975]", "odds ratio", "OR 95% CI"};
    for (size_t k = 0; k < 9; k++) {
        cli_table_add(t, h[k]);
        cli_table_align(t, k, k > 0);
    }
    for (size_t j = 0; j < m->p; j++) {
        cli_table_add(t, d->names[j]);
        cli_table_addf(t, "%.4g", m->beta[j]);
        cli_table_addf(t, "%.4g", m->se[j]);
        cli_table_addf(t, "%.3f", m->z[j]);
        cli_table_addf(t, "%.3g", m->pvalue[j]);
        cli_table_addf(t, "%.4g", m->ci_lo[j]);
        cli_table_addf(t, "%.4g", m->ci_hi[j]);
        cli_table_addf(t, "%.7g", exp(m->beta[j]));
        cli_table_addf(t, "%.7g-%.7g", exp(m->ci_lo[j]), exp(m->ci_hi[j]));
    }
    cli_table_print(t, fp, "");
    cli_table_free(t);
    fputs(rule, fp);
    fprintf(fp,
            "Convergence: stop when max_j |step_j|*max_i|x_ij| <= %g and |dLL| <= %g*(1+|LL|);"
            "\nCI = coef +/- %.16g*se; odds ratio = exp(coef).\n",
            r->par.beta_tol, r->par.ll_tol, m->z_crit);
}

static void write_rows(FILE *fp, const regress_run *r)
{
    const ct_design *d = r->d;
    char a[32], b[32], c[32], e[32], g[32];
    cli_fmt_count(a, sizeof a, r->st.rows_read);
    cli_fmt_count(b, sizeof b, r->st.rows_used);
    cli_fmt_count(c, sizeof c, r->st.rows_skipped);
    fprintf(fp, "%s: rows read %s, used %s, skipped %s\n", r->path, a, b, c);
    cli_fmt_count(a, sizeof a, d->dropped_missing);
    cli_fmt_count(b, sizeof b, d->dropped_duplicate);
    cli_fmt_count(e, sizeof e, d->n);
    cli_fmt_count(g, sizeof g, d->npositive);
    fprintf(fp,
            "cleaning: %s rows dropped for a missing value in a used column, %s exact "
            "duplicates dropped; %s rows modelled (%s with %s = '%s')\n",
            a, b, e, g, d->target, d->positive);
    for (size_t k = 0; k < d->ncap; k++) {
        char q1[32], q3[32], lim[32];
        cli_fmt_num(q1, sizeof q1, d->caps[k].q1);
        cli_fmt_num(q3, sizeof q3, d->caps[k].q3);
        cli_fmt_num(lim, sizeof lim, d->caps[k].limit);
        cli_fmt_count(a, sizeof a, d->caps[k].ncapped);
        fprintf(fp, "capped %s at Q3 + 1.5*IQR = %s (Q1 %s, Q3 %s): %s values lowered\n",
                d->caps[k].column, lim, q1, q3, a);
    }
    fputc('\n', fp);
}

static void write_checks(FILE *fp, const regress_run *r)
{
    const ct_design *d = r->d;
    fprintf(fp, "\nAssumption checks\n");
    for (size_t k = 0; k < r->nchecks; k++)
        fprintf(fp, "  [%-4s] %s: %s\n", r->checks[k].verdict, r->checks[k].name,
                r->checks[k].reason);

    fprintf(fp,
            "\nVariance inflation factors (statsmodels' variance_inflation_factor on the "
            "design with its constant; flag >= %g)\n",
            VIF_FLAG);
    cli_table *t = cli_table_new(3);
    cli_table_align(t, 1, 1);
    for (size_t j = 0; j < d->p; j++) {
        cli_table_add(t, d->names[j]);
        cli_table_addf(t, "%.4f", r->vif[j]);
        cli_table_add(t, j == 0                  ? "constant, not a predictor"
                         : r->vif[j] >= VIF_FLAG ? "high"
                                                 : "ok");
    }
    cli_table_print(t, fp, "  ");
    cli_table_free(t);

    if (r->eng_status == CT_OK) {
        const ct_design *e = r->eng;
        char nb[32];
        cli_fmt_count(nb, sizeof nb, e->n);
        fprintf(fp,
                "\nEngagement screen (every engagement column together, with a constant; "
                "%s rows)\n",
                nb);
        t = cli_table_new(2);
        cli_table_align(t, 1, 1);
        for (size_t j = 1; j < e->p; j++) {
            cli_table_add(t, e->names[j]);
            cli_table_addf(t, "%.4f", r->eng_vif[j]);
        }
        cli_table_print(t, fp, "  ");
        cli_table_free(t);
        for (size_t k = 0; k < r->ndrops; k++)
            fprintf(fp, "  leave out %s: VIF %.3g >= %g; it tracks %s (Pearson r = %.3f)\n",
                    r->drops[k].name, r->drops[k].vif, VIF_FLAG, r->drops[k].partner,
                    r->drops[k].r);
    }

    if (r->bt_status == CT_OK) {
        fprintf(fp, "\nBox-Tidwell linearity (all x*ln(x) terms added at once, Wald p-values)\n");
        t = cli_table_new(4);
        cli_table_align(t, 1, 1);
        for (size_t j = 0; j < d->p; j++) {
            if (d->kind[j] != CT_DESIGN_NUMERIC)
                continue;
            cli_table_add(t, d->names[j]);
            if (!r->bt_app[j]) {
                cli_table_add(t, "-");
                cli_table_add(t, "not tested");
                cli_table_add(t, "has negative values");
                continue;
            }
            cli_table_addf(t, "p = %.4g", r->bt_p[j]);
            cli_table_add(t, r->bt_p[j] < r->alpha ? "not linear" : "linear");
            cli_table_add(t, r->bt_shift[j] ? "tested x+1 (has zeros)" : "tested x");
        }
        cli_table_print(t, fp, "  ");
        cli_table_free(t);
    }

    fprintf(fp, "\nMost influential rows (Cook's distance)\n");
    t = cli_table_new(6);
    static const char *const h[] = {"line", "Cook's D", "leverage", "std Pearson resid",
                                    "y",    "fitted p"};
    for (size_t k = 0; k < 6; k++) {
        cli_table_add(t, h[k]);
        cli_table_align(t, k, 1);
    }
    for (size_t k = 0; k < r->ntop; k++) {
        size_t i = r->top[k];
        cli_table_addf(t, "%ld", ct_frame_row_line(r->f, d->rows[i]));
        cli_table_addf(t, "%.4g", r->cooks[i]);
        cli_table_addf(t, "%.4g", r->hat[i]);
        cli_table_addf(t, "%.4g", r->rstd[i]);
        cli_table_addf(t, "%g", d->y[i]);
        cli_table_addf(t, "%.4g", r->fit->prob[i]);
    }
    cli_table_print(t, fp, "  ");
    cli_table_free(t);
}

static void write_split(FILE *fp, const regress_run *r)
{
    fprintf(fp, "\nHeld-out classification (stratified split, test size %g, seed %lu; ",
            r->test_size, r->seed);
    if (r->balance)
        fprintf(fp,
                "class weights: each training row of class c weighs n/(2*n_c): positive "
                "%.4g, negative %.4g, so both classes count equally in the fit)\n",
                r->w_pos, r->w_neg);
    else
        fprintf(fp, "unweighted: the rare class counts as often as it occurs; --balance=weight "
                    "weighs classes equally)\n");
    if (r->split_status) {
        fprintf(fp, "  not available: %s\n", r->split_msg);
        return;
    }
    const ct_metrics_binary *mt = &r->met;
    char a[32], b[32];
    cli_fmt_count(a, sizeof a, r->ntrain);
    cli_fmt_count(b, sizeof b, r->ntest);
    fprintf(fp, "  train %s rows (%zu positive), test %s rows (%zu positive), threshold %g\n", a,
            r->ntrain_pos, b, r->ntest_pos, mt->threshold);
    fprintf(fp, "  accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  ROC AUC %.4f\n",
            mt->accuracy, mt->precision, mt->recall, mt->f1, mt->auc);
    cli_table *t = cli_table_new(3);
    for (size_t k = 0; k < 3; k++)
        cli_table_align(t, k, k > 0);
    cli_table_add(t, "confusion matrix");
    cli_table_add(t, "predicted 0");
    cli_table_add(t, "predicted 1");
    cli_table_add(t, "actual 0");
    cli_table_addf(t, "%zu", mt->tn);
    cli_table_addf(t, "%zu", mt->fp);
    cli_table_add(t, "actual 1");
    cli_table_addf(t, "%zu", mt->fn);
    cli_table_addf(t, "%zu", mt->tp);
    cli_table_print(t, fp, "  ");
    cli_table_free(t);
    if (mt->tp + mt->fp == 0)
        fprintf(fp, "  no test row reached the threshold, so precision and F1 are reported as 0 "
                    "(sklearn's zero_division=0); ROC AUC does not depend on the threshold\n");
}

static void write_text(FILE *fp, const regress_run *r)
{
    write_rows(fp, r);
    write_summary(fp, r);
    write_checks(fp, r);
    fprintf(fp, "\nInterpretation (%s = '%s'; odds, not probabilities)\n", r->d->target,
            r->d->positive);
    for (size_t k = 0; k < r->ninterp; k++)
        fprintf(fp, "  - %s\n", r->interp[k]);
    write_split(fp, r);
}

/* ------------------------------------------------------------ output: JSON */

static void jnum(ct_json *w, const char *k, double v)
{
    ct_json_key(w, k);
    ct_json_num(w, v);
}

static void juint(ct_json *w, const char *k, uint64_t v)
{
    ct_json_key(w, k);
    ct_json_uint(w, v);
}

static void jstr(ct_json *w, const char *k, const char *v)
{
    ct_json_key(w, k);
    ct_json_str(w, v);
}

static void json_cleaning(ct_json *w, const regress_run *r)
{
    const ct_design *d = r->d;
    ct_json_key(w, "cleaning");
    ct_json_object_begin(w);
    juint(w, "rows_in", d->rows_in);
    juint(w, "dropped_missing", d->dropped_missing);
    juint(w, "dropped_duplicates", d->dropped_duplicate);
    juint(w, "rows_modelled", d->n);
    ct_json_key(w, "caps");
    ct_json_array_begin(w);
    for (size_t k = 0; k < d->ncap; k++) {
        ct_json_object_begin(w);
        jstr(w, "column", d->caps[k].column);
        jnum(w, "q1", d->caps[k].q1);
        jnum(w, "q3", d->caps[k].q3);
        jnum(w, "limit", d->caps[k].limit);
        juint(w, "capped", d->caps[k].ncapped);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void json_model(ct_json *w, const regress_run *r)
{
    const ct_design *d = r->d;
    const ct_logit *m = r->fit;
    ct_json_key(w, "model");
    ct_json_object_begin(w);
    jstr(w, "target", d->target);
    jstr(w, "positive", d->positive);
    juint(w, "n", m->n);
    juint(w, "positives", d->npositive);
    juint(w, "df_model", m->df_model);
    juint(w, "df_resid", m->df_resid);
    juint(w, "iterations", m->iterations);
    ct_json_key(w, "converged");
    ct_json_bool(w, m->converged);
    jnum(w, "beta_tol", r->par.beta_tol);
    jnum(w, "ll_tol", r->par.ll_tol);
    juint(w, "max_iter", r->par.max_iter);
    jnum(w, "llf", m->ll);
    jnum(w, "llnull", m->ll_null);
    jnum(w, "llr", m->llr);
    jnum(w, "llr_pvalue", m->llr_pvalue);
    jnum(w, "prsquared", m->prsquared);
    jnum(w, "aic", m->aic);
    jnum(w, "bic", m->bic);
    jnum(w, "z_crit", m->z_crit);
    ct_json_object_end(w);
    ct_json_key(w, "coefficients");
    ct_json_array_begin(w);
    for (size_t j = 0; j < m->p; j++) {
        ct_json_object_begin(w);
        jstr(w, "name", d->names[j]);
        jstr(w, "kind",
             d->kind[j] == CT_DESIGN_CONST     ? "constant"
             : d->kind[j] == CT_DESIGN_NUMERIC ? "numeric"
                                               : "dummy");
        ct_json_key(w, "reference");
        ct_json_str(w, d->kind[j] == CT_DESIGN_DUMMY ? d->reference[d->feature[j]] : NULL);
        jnum(w, "coef", m->beta[j]);
        jnum(w, "std_err", m->se[j]);
        jnum(w, "z", m->z[j]);
        jnum(w, "p_value", m->pvalue[j]);
        jnum(w, "ci_low", m->ci_lo[j]);
        jnum(w, "ci_high", m->ci_hi[j]);
        jnum(w, "odds_ratio", exp(m->beta[j]));
        jnum(w, "odds_ratio_ci_low", exp(m->ci_lo[j]));
        jnum(w, "odds_ratio_ci_high", exp(m->ci_hi[j]));
        jnum(w, "vif", r->vif[j]);
        ct_json_key(w, "box_tidwell_p");
        if (r->bt_status == CT_OK && r->bt_app && r->bt_app[j])
            ct_json_num(w, r->bt_p[j]);
        else
            ct_json_null(w);
        ct_json_key(w, "box_tidwell_shifted");
        ct_json_bool(w, r->bt_status == CT_OK && r->bt_shift && r->bt_shift[j]);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

static void json_checks(ct_json *w, const regress_run *r)
{
    ct_json_key(w, "checks");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->nchecks; k++) {
        ct_json_object_begin(w);
        jstr(w, "name", r->checks[k].name);
        jstr(w, "verdict", r->checks[k].verdict);
        jstr(w, "reason", r->checks[k].reason);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "engagement_screen");
    if (r->eng_status == CT_OK) {
        ct_json_object_begin(w);
        juint(w, "rows", r->eng->n);
        ct_json_key(w, "vif");
        ct_json_object_begin(w);
        for (size_t j = 1; j < r->eng->p; j++)
            jnum(w, r->eng->names[j], r->eng_vif[j]);
        ct_json_object_end(w);
        ct_json_key(w, "leave_out");
        ct_json_array_begin(w);
        for (size_t k = 0; k < r->ndrops; k++) {
            ct_json_object_begin(w);
            jstr(w, "column", r->drops[k].name);
            jnum(w, "vif", r->drops[k].vif);
            jstr(w, "tracks", r->drops[k].partner);
            jnum(w, "r", r->drops[k].r);
            ct_json_key(w, "in_model");
            ct_json_bool(w, r->drops[k].in_model);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "influence");
    ct_json_object_begin(w);
    jnum(w, "leverage_threshold", LEVERAGE_MULT * (double)r->d->p / (double)r->d->n);
    jnum(w, "cooks_threshold", COOKS_NUM / (double)r->d->n);
    jnum(w, "resid_threshold", RESID_LIMIT);
    juint(w, "high_leverage", r->n_lev);
    juint(w, "high_cooks", r->n_cook);
    juint(w, "cooks_above_1", r->n_cook_major);
    juint(w, "large_resid", r->n_resid);
    ct_json_key(w, "top");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->ntop; k++) {
        size_t i = r->top[k];
        ct_json_object_begin(w);
        ct_json_key(w, "line");
        ct_json_int(w, ct_frame_row_line(r->f, r->d->rows[i]));
        jnum(w, "cooks_d", r->cooks[i]);
        jnum(w, "leverage", r->hat[i]);
        jnum(w, "std_pearson_resid", r->rstd[i]);
        jnum(w, "y", r->d->y[i]);
        jnum(w, "fitted", r->fit->prob[i]);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

static void json_split(ct_json *w, const regress_run *r)
{
    ct_json_key(w, "split");
    ct_json_object_begin(w);
    jnum(w, "test_size", r->test_size);
    juint(w, "seed", r->seed);
    jstr(w, "balance", r->balance ? "weight" : "none");
    if (r->balance) {
        jnum(w, "weight_positive", r->w_pos);
        jnum(w, "weight_negative", r->w_neg);
    }
    ct_json_key(w, "error");
    ct_json_str(w, r->split_status ? r->split_msg : NULL);
    if (!r->split_status) {
        const ct_metrics_binary *mt = &r->met;
        juint(w, "train_rows", r->ntrain);
        juint(w, "train_positive", r->ntrain_pos);
        juint(w, "test_rows", r->ntest);
        juint(w, "test_positive", r->ntest_pos);
        jnum(w, "threshold", mt->threshold);
        jnum(w, "accuracy", mt->accuracy);
        jnum(w, "precision", mt->precision);
        jnum(w, "recall", mt->recall);
        jnum(w, "f1", mt->f1);
        jnum(w, "roc_auc", mt->auc);
        ct_json_key(w, "confusion");
        ct_json_object_begin(w);
        juint(w, "tn", mt->tn);
        juint(w, "fp", mt->fp);
        juint(w, "fn", mt->fn);
        juint(w, "tp", mt->tp);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
}

static int write_json(FILE *fp, const regress_run *r)
{
    ct_json *w = cli_json_begin(fp, "regress", 1);
    if (!w)
        return CLI_EXIT_IO;
    jstr(w, "file", r->path);
    cli_json_rows(w, &r->st);
    json_cleaning(w, r);
    json_model(w, r);
    json_checks(w, r);
    ct_json_key(w, "interpretation");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->ninterp; k++)
        ct_json_str(w, r->interp[k]);
    ct_json_array_end(w);
    json_split(w, r);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_error("write error on standard output");
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* ------------------------------------------------------------ options */

typedef struct regress_opts {
    const char *target, *positive;
    char *features_buf, *cap_buf;
    ct_design_feature features[MAX_FEATURES];
    size_t nfeatures;
    const char *cap[MAX_CAP];
    size_t ncap;
    int have_features, have_cap, json;
} regress_opts;

static int parse_double(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end || errno || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

static char *dup_arg(const char *s)
{
    size_t n = strlen(s) + 1;
    char *r = malloc(n);
    if (r)
        memcpy(r, s, n);
    return r;
}

static int parse_cap(regress_opts *o, const char *arg)
{
    free(o->cap_buf);
    o->cap_buf = NULL;
    o->ncap = 0;
    o->have_cap = 1;
    if (strcmp(arg, "none") == 0)
        return 0;
    if (!(o->cap_buf = dup_arg(arg)))
        return -1;
    char *p = o->cap_buf;
    for (;;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        if (!*p || o->ncap >= MAX_CAP)
            return -1;
        o->cap[o->ncap++] = p;
        if (!comma)
            return 0;
        p = comma + 1;
    }
}

static int parse_args(int argc, char **argv, regress_opts *o, regress_run *r, cli_load *lo,
                      int *done)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"target", required_argument, NULL, OPT_TARGET},
        {"positive", required_argument, NULL, OPT_POSITIVE},
        {"features", required_argument, NULL, OPT_FEATURES},
        {"cap-outliers", required_argument, NULL, OPT_CAP},
        {"test-size", required_argument, NULL, OPT_TEST_SIZE},
        {"seed", required_argument, NULL, OPT_SEED},
        {"balance", required_argument, NULL, OPT_BALANCE},
        {"threshold", required_argument, NULL, OPT_THRESHOLD},
        {"alpha", required_argument, NULL, OPT_ALPHA},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int c, rc;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(regress_help, stdout);
            *done = 1;
            return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case CLI_OPT_JSON: o->json = 1; break;
        case OPT_TARGET: o->target = optarg; break;
        case OPT_POSITIVE: o->positive = optarg; break;
        case OPT_FEATURES:
            free(o->features_buf);
            if (!(o->features_buf = dup_arg(optarg)) ||
                ct_design_parse_features(o->features_buf, o->features, MAX_FEATURES,
                                         &o->nfeatures) != CT_OK)
                return cli_usage("regress",
                                 "bad --features '%s': expected A,B:REF,... (at most "
                                 "%d names)",
                                 optarg, MAX_FEATURES);
            o->have_features = 1;
            break;
        case OPT_CAP:
            if (parse_cap(o, optarg))
                return cli_usage("regress", "bad --cap-outliers '%s': expected A,B,... or none",
                                 optarg);
            break;
        case OPT_TEST_SIZE:
            if (parse_double(optarg, &r->test_size) || !(r->test_size > 0 && r->test_size < 1))
                return cli_usage("regress", "--test-size must be a number in (0, 1), got '%s'",
                                 optarg);
            break;
        case OPT_SEED: {
            char *end;
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (end == optarg || *end || errno || optarg[0] == '-' || v > 0xffffffffull)
                return cli_usage("regress",
                                 "--seed must be an integer in [0, 4294967295], "
                                 "got '%s'",
                                 optarg);
            r->seed = (unsigned long)v;
            break;
        }
        case OPT_BALANCE:
            if (strcmp(optarg, "weight") == 0)
                r->balance = 1;
            else if (strcmp(optarg, "none") == 0)
                r->balance = 0;
            else
                return cli_usage("regress", "--balance must be none or weight, got '%s'", optarg);
            break;
        case OPT_THRESHOLD:
            if (parse_double(optarg, &r->threshold) || !(r->threshold >= 0 && r->threshold <= 1))
                return cli_usage("regress", "--threshold must be a number in [0, 1], got '%s'",
                                 optarg);
            break;
        case OPT_ALPHA:
            if (parse_double(optarg, &r->alpha) || !(r->alpha > 0 && r->alpha < 1))
                return cli_usage("regress", "--alpha must be a number in (0, 1), got '%s'", optarg);
            break;
        case '?':
            return cli_usage("regress", "unknown or incomplete option '%s'", argv[optind - 1]);
        default:
            if ((rc = cli_load_option(lo, "regress", c, optarg)) != 0)
                return rc;
        }
    }
    if (o->target && !o->positive && strcmp(o->target, "verified_status") != 0)
        return cli_usage("regress", "--target=%s needs --positive=VALUE", o->target);
    if (argc - optind != 1)
        return cli_usage("regress",
                         argc - optind ? "expected one FILE, got %d" : "missing FILE%.0d",
                         argc - optind);
    return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ main */

static int analyse(regress_run *r, const ct_frame *f, const ct_design_options *dopt)
{
    ct_diag dg;
    ct_diag_clear(&dg);
    ct_status s = ct_design_build(f, dopt, &r->d, &dg);
    if (s)
        return cli_fail(s, &dg);
    const ct_design *d = r->d;
    for (size_t k = 0; k < dopt->nfeatures; k++)
        if (strcmp(dopt->features[k].column, dopt->target) == 0)
            return cli_usage("regress", "the target '%s' cannot also be a feature", dopt->target);
    r->par = ct_logit_params_default();
    r->par.names = (const char *const *)d->names;
    if ((s = ct_logit_fit(d->x, d->y, d->n, d->p, &r->par, &r->fit, &dg)))
        return cli_fail(s, &dg);
    r->vif = malloc(d->p * sizeof *r->vif);
    if (!r->vif)
        return cli_fail(CT_ENOMEM, NULL);
    if (d->p < 2 || ct_logit_vif(d->x, d->n, d->p, r->vif, &dg) != CT_OK)
        for (size_t j = 0; j < d->p; j++)
            r->vif[j] = NAN;
    box_tidwell(r, &r->par);
    if (influence(r))
        return cli_fail(CT_ENOMEM, NULL);
    engagement_screen(r, f, dopt);
    split_view(r, &r->par);
    make_checks(r, &r->par);
    if (interpret(r))
        return cli_fail(CT_ENOMEM, NULL);
    return CLI_EXIT_OK;
}

int cmd_regress(int argc, char **argv)
{
    regress_opts o;
    memset(&o, 0, sizeof o);
    regress_run r;
    memset(&r, 0, sizeof r);
    r.test_size = 0.25;
    r.seed = 42;
    r.threshold = 0.5;
    r.alpha = 0.05;
    cli_load lo;
    cli_load_init(&lo);
    int done = 0;
    int rc = parse_args(argc, argv, &o, &r, &lo, &done);
    ct_frame *f = NULL;
    if (rc || done)
        goto out;
    r.path = argv[optind];
    rc = cli_load_frame(&lo, r.path, &f, &r.st);
    if (rc)
        goto out;
    cli_note_rows(&r.st);
    r.f = f;
    ct_design_options dopt = ct_design_options_default();
    if (o.target) {
        dopt.target = o.target;
        dopt.positive = o.positive ? o.positive : dopt.positive;
    } else if (o.positive) {
        dopt.positive = o.positive;
    }
    if (o.have_features) {
        dopt.features = o.features;
        dopt.nfeatures = o.nfeatures;
    }
    if (o.have_cap) {
        dopt.cap = o.cap;
        dopt.ncap = o.ncap;
    }
    const char *fn[MAX_FEATURES];
    for (size_t k = 0; k < dopt.nfeatures; k++)
        fn[k] = dopt.features[k].column;
    r.feature_names = fn;
    rc = analyse(&r, f, &dopt);
    if (rc)
        goto out;
    if (o.json)
        rc = write_json(stdout, &r);
    else
        write_text(stdout, &r);
out:
    run_free(&r);
    ct_frame_destroy(f);
    cli_load_free(&lo);
    free(o.features_buf);
    free(o.cap_buf);
    return rc;
}
