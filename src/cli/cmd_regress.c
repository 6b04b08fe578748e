/* cmd_regress.c — `claimtriage regress FILE`: the course's logistic
 * regression of verified_status, with its assumptions checked, plain-language
 * interpretation and a held-out classification view. Parses options, calls
 * the library (the design: claimtriage/design.h; the analysis:
 * claimtriage/regress.h; the course's defaults: claimtriage/reports_model.h)
 * and prints the result as text or --json. */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
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

typedef struct regress_opts {
    ct_design_options design; /* the course's defaults, then the options */
    ct_regress_options analysis;
    char *features_buf, *cap_buf;
    ct_encoder_feature features[MAX_FEATURES], capped[MAX_CAP];
    const char *cap[MAX_CAP];
    int json;
} regress_opts;

/* ------------------------------------------------------------ output: text */

/* Add one table row: cells separated by '\x1f' (the ASCII unit separator,
 * which no column name or level holds) in the formatted text. */
static void row(cli_table *t, const char *fmt, ...) CT_PRINTF(2, 3);
static void row(cli_table *t, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    for (char *p = buf, *e;; p = e + 1) {
        if ((e = strchr(p, '\x1f')))
            *e = '\0';
        cli_table_add(t, p);
        if (!e)
            return;
    }
}

/* A table with columns right-aligned from column `right` on. */
static cli_table *table(size_t ncols, size_t right)
{
    cli_table *t = cli_table_new(ncols);
    for (size_t k = right; k < ncols; k++)
        cli_table_align(t, k, 1);
    return t;
}

static void print_table(cli_table *t, FILE *fp, const char *indent)
{
    cli_table_print(t, fp, indent);
    cli_table_free(t);
}

static void write_rows(FILE *fp, const char *path, const ct_load_stats *st, const ct_design *d)
{
    char a[32], b[32], c[32], e[32];
    cli_fmt_count(a, sizeof a, st->rows_read);
    cli_fmt_count(b, sizeof b, st->rows_used);
    cli_fmt_count(c, sizeof c, st->rows_skipped);
    fprintf(fp, "%s: rows read %s, used %s, skipped %s\n", path, a, b, c);
    cli_fmt_count(a, sizeof a, d->kept.dropped_missing);
    cli_fmt_count(b, sizeof b, d->kept.dropped_duplicate);
    cli_fmt_count(c, sizeof c, d->n);
    cli_fmt_count(e, sizeof e, d->npositive);
    fprintf(fp,
            "cleaning: %s rows dropped for a missing value in a used column, %s exact "
            "duplicates dropped; %s rows modelled (%s with %s = '%s')\n",
            a, b, c, e, d->target, d->positive);
    for (size_t k = 0; k < d->clean->ncap; k++) {
        const ct_clean_cap *cp = &d->clean->caps[k];
        cli_fmt_num(a, sizeof a, cp->q1);
        cli_fmt_num(b, sizeof b, cp->q3);
        cli_fmt_num(c, sizeof c, cp->limit);
        cli_fmt_count(e, sizeof e, d->kept.ncapped[k]);
        fprintf(fp, "capped %s at Q3 + 1.5*IQR = %s (Q1 %s, Q3 %s): %s values lowered\n",
                cp->column, c, a, b, e);
    }
    fputc('\n', fp);
}

/* statsmodels' Logit summary, two key/value columns then the coefficients. */
#define KV "%-21s%16s   %-21s%16zu\n"
#define KG "%-21s%16.6g   %-21s%16.6g\n"
static void write_summary(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    static const char rule[] =
        "==============================================================================\n";
    fprintf(fp, "Logit Regression Results (%s = '%s' coded 1)\n%s", d->target, d->positive, rule);
    fprintf(fp, KV, "Dep. Variable:", d->target, "No. Observations:", m->n);
    fprintf(fp, KV, "Model:", "Logit", "Df Residuals:", m->df_resid);
    fprintf(fp, KV, "Method:", "MLE (Newton)", "Df Model:", m->df_model);
    fprintf(fp, "%-21s%16zu   %-21s%16.4g\n", "Iterations:", m->iterations, "Pseudo R-squ.:",
            m->prsquared);
    fprintf(fp, KG, "AIC:", m->aic, "Log-Likelihood:", m->ll);
    fprintf(fp, KG, "BIC:", m->bic, "LL-Null:", m->ll_null);
    fprintf(fp, "%-21s%16s   %-21s%16.4g\n", "converged:", m->converged ? "True" : "False",
            "LLR p-value:", m->llr_pvalue);
    fputs(rule, fp);
    cli_table *t = table(9, 1);
    row(t, "\x1f"
           "coef\x1fstd err\x1fz\x1fP>|z|\x1f[0.025\x1f"
           "0.975]\x1fodds ratio\x1fOR 95%% CI");
    for (size_t j = 0; j < m->p; j++)
        row(t, "%s\x1f%.4g\x1f%.4g\x1f%.3f\x1f%.3g\x1f%.4g\x1f%.4g\x1f%.7g\x1f%.7g-%.7g",
            d->x->names[j], m->beta[j], m->se[j], m->z[j], m->pvalue[j], m->ci_lo[j], m->ci_hi[j],
            exp(m->beta[j]), exp(m->ci_lo[j]), exp(m->ci_hi[j]));
    print_table(t, fp, "");
    fputs(rule, fp);
    fprintf(fp,
            "Convergence: stop when max_j |step_j|*max_i|x_ij| <= %g and |dLL| <= %g*(1+|LL|);"
            "\nCI = coef +/- %.16g*se; odds ratio = exp(coef).\n",
            r->par.beta_tol, r->par.ll_tol, m->z_crit);
}

static void write_screen(FILE *fp, const ct_regress *r)
{
    const ct_regress_screen *s = &r->screen;
    char nb[32];
    cli_fmt_count(nb, sizeof nb, s->design->n);
    fprintf(fp, "\n%c%s (every %s column together, with a constant; %s rows)\n",
            toupper((unsigned char)r->screen_name[0]), r->screen_name + 1, r->screen_noun, nb);
    cli_table *t = table(2, 1);
    for (size_t j = 1; j < s->design->p; j++)
        row(t, "%s\x1f%.4f", s->design->x->names[j], s->vif[j]);
    print_table(t, fp, "  ");
    for (size_t k = 0; k < s->ndrops; k++)
        fprintf(fp, "  leave out %s: VIF %.3g >= %g; it tracks %s (Pearson r = %.3f)\n",
                s->drops[k].column, s->drops[k].vif, r->vif_flag, s->drops[k].tracks,
                s->drops[k].r);
}

static void write_linearity(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_regress_linearity *l = &r->linearity;
    fprintf(fp, "\nBox-Tidwell linearity (all x*ln(x) terms added at once, Wald p-values)\n");
    cli_table *t = table(4, 1);
    cli_table_align(t, 2, 0);
    cli_table_align(t, 3, 0);
    for (size_t j = 0; j < d->p; j++) {
        if (ct_encoder_column(d->enc, j)->kind != CT_ENCODER_NUMERIC)
            continue;
        if (!l->applicable[j])
            row(t, "%s\x1f-\x1fnot tested\x1fhas negative values", d->x->names[j]);
        else
            row(t, "%s\x1fp = %.4g\x1f%s\x1f%s", d->x->names[j], l->pvalue[j],
                l->pvalue[j] < r->alpha ? "not linear" : "linear",
                l->shifted[j] ? "tested x+1 (has zeros)" : "tested x");
    }
    print_table(t, fp, "  ");
}

static void write_checks(FILE *fp, const ct_regress *r)
{
    const ct_design *d = r->design;
    fprintf(fp, "\nAssumption checks\n");
    for (size_t k = 0; k < r->nchecks; k++)
        fprintf(fp, "  [%-4s] %s: %s\n", r->checks[k].verdict, r->checks[k].name,
                r->checks[k].reason);
    fprintf(fp,
            "\nVariance inflation factors (statsmodels' variance_inflation_factor on the "
            "design with its constant; flag >= %g)\n",
            r->vif_flag);
    cli_table *t = table(3, 1);
    cli_table_align(t, 2, 0);
    for (size_t j = 0; j < d->p; j++)
        row(t, "%s\x1f%.4f\x1f%s", d->x->names[j], r->vif[j],
            j == 0                     ? "constant, not a predictor"
            : r->vif[j] >= r->vif_flag ? "high"
                                       : "ok");
    print_table(t, fp, "  ");
    if (r->screen.status == CT_OK)
        write_screen(fp, r);
    if (r->linearity.status == CT_OK)
        write_linearity(fp, r);
    fprintf(fp, "\nMost influential rows (Cook's distance)\n");
    const ct_regress_influence *in = &r->influence;
    t = table(6, 0);
    row(t, "line\x1f"
           "Cook's D\x1fleverage\x1fstd Pearson resid\x1fy\x1f"
           "fitted p");
    for (size_t k = 0; k < in->ntop; k++) {
        size_t i = in->top[k];
        row(t, "%ld\x1f%.4g\x1f%.4g\x1f%.4g\x1f%g\x1f%.4g", in->top_line[k], in->cooks[i],
            in->hat[i], in->std_resid[i], d->y[i], r->fit->prob[i]);
    }
    print_table(t, fp, "  ");
}

static void write_split(FILE *fp, const ct_regress_holdout *h)
{
    fprintf(fp, "\nHeld-out classification (stratified split, test size %g, seed %lu; ",
            h->test_size, h->seed);
    if (h->balance)
        fprintf(fp,
                "class weights: each training row of class c weighs n/(2*n_c): positive "
                "%.4g, negative %.4g, so both classes count equally in the fit)\n",
                h->w_pos, h->w_neg);
    else
        fprintf(fp, "unweighted: the rare class counts as often as it occurs; --balance=weight "
                    "weighs classes equally)\n");
    if (h->status) {
        fprintf(fp, "  not available: %s\n", h->message);
        return;
    }
    const ct_metrics_binary *mt = &h->metrics;
    char a[32], b[32];
    cli_fmt_count(a, sizeof a, h->ntrain);
    cli_fmt_count(b, sizeof b, h->ntest);
    fprintf(fp, "  train %s rows (%zu positive), test %s rows (%zu positive), threshold %g\n", a,
            h->ntrain_pos, b, h->ntest_pos, mt->threshold);
    fprintf(fp, "  accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  ROC AUC %.4f\n",
            mt->accuracy, mt->precision, mt->recall, mt->f1, mt->auc);
    cli_table *t = table(3, 1);
    row(t, "confusion matrix\x1fpredicted 0\x1fpredicted 1");
    row(t, "actual 0\x1f%zu\x1f%zu", mt->tn, mt->fp);
    row(t, "actual 1\x1f%zu\x1f%zu", mt->fn, mt->tp);
    print_table(t, fp, "  ");
    if (mt->tp + mt->fp == 0)
        fprintf(fp, "  no test row reached the threshold, so precision and F1 are reported as 0 "
                    "(sklearn's zero_division=0); ROC AUC does not depend on the threshold\n");
}

static int write_output(const regress_opts *o, const char *path, const ct_load_stats *st,
                        const ct_regress *r)
{
    if (o->json) {
        ct_json *w = cli_json_begin(stdout, "regress", 1);
        if (!w)
            return CLI_EXIT_IO;
        ct_json_key(w, "file");
        ct_json_str(w, path);
        cli_json_rows(w, st);
        ct_regress_write_json(r, w);
        ct_json_object_end(w);
        ct_status s = ct_json_finish(w);
        if (s == CT_EIO)
            cli_error("write error on standard output");
        return s ? CLI_EXIT_IO : CLI_EXIT_OK;
    }
    write_rows(stdout, path, st, r->design);
    write_summary(stdout, r);
    write_checks(stdout, r);
    printf("\nInterpretation (%s = '%s'; odds, not probabilities)\n", r->design->target,
           r->design->positive);
    for (size_t k = 0; k < r->ninterpretation; k++)
        printf("  - %s\n", r->interpretation[k]);
    write_split(stdout, &r->holdout);
    return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ options */

/* The numeric options: range and whether its ends are excluded. */
static const struct {
    int id;
    const char *name, *range;
    int open;
} num_opts[] = {{OPT_TEST_SIZE, "--test-size", "(0, 1)", 1},
                {OPT_THRESHOLD, "--threshold", "[0, 1]", 0},
                {OPT_ALPHA, "--alpha", "(0, 1)", 1}};

static int parse_number(int c, const char *s, ct_regress_options *a)
{
    double *out = c == OPT_TEST_SIZE   ? &a->test_size
                  : c == OPT_THRESHOLD ? &a->threshold
                                       : &a->alpha;
    size_t k = c == OPT_TEST_SIZE ? 0 : c == OPT_THRESHOLD ? 1 : 2;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end || errno || !(v >= 0 && v <= 1) ||
        (num_opts[k].open && (v == 0 || v == 1)))
        return cli_usage("regress", "%s must be a number in %s, got '%s'", num_opts[k].name,
                         num_opts[k].range, s);
    *out = v;
    return CLI_OPT_NEXT;
}

/* "A,B,..." or "none": the columns capped (parsed as a feature list
 * without references). */
static int parse_cap(regress_opts *o, const char *arg)
{
    free(o->cap_buf);
    o->design.cap = o->cap;
    o->design.ncap = 0;
    if (strcmp(arg, "none") == 0)
        return (o->cap_buf = NULL), 0;
    size_t n = 0;
    if (!(o->cap_buf = strdup(arg)) ||
        ct_encoder_parse_features(o->cap_buf, o->capped, MAX_CAP, &n) != CT_OK)
        return -1;
    for (size_t k = 0; k < n; k++)
        if (o->capped[k].reference || !(o->cap[k] = o->capped[k].column))
            return -1;
    o->design.ncap = n;
    return 0;
}

/* One command option; returns CLI_OPT_NEXT or an exit code. */
static int regress_option(int c, regress_opts *o, char **argv, cli_load *lo)
{
    ct_regress_options *a = &o->analysis;
    const char *arg = optarg;
    char *end;
    switch (c) {
    case CLI_OPT_JSON: o->json = 1; break;
    case OPT_TARGET: o->design.target = arg; break;
    case OPT_POSITIVE: o->design.positive = arg; break;
    case OPT_FEATURES:
        free(o->features_buf);
        if (!(o->features_buf = strdup(arg)) ||
            ct_encoder_parse_features(o->features_buf, o->features, MAX_FEATURES,
                                      &o->design.nfeatures) != CT_OK)
            return cli_usage("regress",
                             "bad --features '%s': expected A,B:REF,... (at most %d names)", arg,
                             MAX_FEATURES);
        o->design.features = o->features;
        break;
    case OPT_CAP:
        if (parse_cap(o, arg))
            return cli_usage("regress", "bad --cap-outliers '%s': expected A,B,... or none", arg);
        break;
    case OPT_TEST_SIZE:
    case OPT_THRESHOLD:
    case OPT_ALPHA: return parse_number(c, arg, a);
    case OPT_SEED: {
        errno = 0;
        unsigned long long v = strtoull(arg, &end, 10);
        if (end == arg || *end || errno || arg[0] == '-' || v > 0xffffffffull)
            return cli_usage("regress", "--seed must be an integer in [0, 4294967295], got '%s'",
                             arg);
        a->seed = (unsigned long)v;
        break;
    }
    case OPT_BALANCE:
        if (strcmp(arg, "weight") && strcmp(arg, "none"))
            return cli_usage("regress", "--balance must be none or weight, got '%s'", arg);
        a->balance = strcmp(arg, "weight") == 0;
        break;
    default: return cli_shared_option(c, "regress", regress_help, lo, argv);
    }
    return CLI_OPT_NEXT;
}

/* Returns CLI_EXIT_OK to run, -1 after --help, else an exit code. */
static int parse_args(int argc, char **argv, regress_opts *o, cli_load *lo)
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
    ct_design_options def;
    ct_reports_regress_options(&def, NULL);
    int c, rc, target_given = 0, positive_given = 0;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
        target_given |= c == OPT_TARGET;
        positive_given |= c == OPT_POSITIVE;
        if ((rc = regress_option(c, o, argv, lo)) != CLI_OPT_NEXT)
            return c == 'h' ? -1 : rc;
    }
    if (target_given && !positive_given && strcmp(o->design.target, def.target) != 0)
        return cli_usage("regress", "--target=%s needs --positive=VALUE", o->design.target);
    if (argc - optind != 1)
        return cli_usage("regress",
                         argc - optind ? "expected one FILE, got %d" : "missing FILE%.0d",
                         argc - optind);
    return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ main */

static int run(const regress_opts *o, const char *path, cli_load *lo)
{
    ct_frame *f = NULL;
    ct_load_stats st;
    ct_design *d = NULL;
    ct_regress *r = NULL;
    ct_diag dg;
    ct_diag_clear(&dg);
    int rc = cli_load_frame(lo, path, &f, &st);
    if (rc)
        return rc;
    cli_note_rows(&st);
    ct_status s = ct_design_build(f, &o->design, &d, &dg);
    for (size_t k = 0; !s && k < o->design.nfeatures; k++)
        if (strcmp(o->design.features[k].column, o->design.target) == 0)
            s = CT_EINVAL;
    if (s == CT_EINVAL && d) /* the design is fine: the target is a feature */
        rc = cli_usage("regress", "the target '%s' cannot also be a feature", o->design.target);
    else if (s || (s = ct_regress_analyse(f, d, &o->design, &o->analysis, &r, &dg)))
        rc = cli_fail(s, &dg);
    else
        rc = write_output(o, path, &st, r);
    ct_regress_free(r);
    ct_design_free(d);
    ct_frame_destroy(f);
    return rc;
}

int cmd_regress(int argc, char **argv)
{
    regress_opts o;
    memset(&o, 0, sizeof o);
    ct_reports_regress_options(&o.design, &o.analysis);
    cli_load lo;
    cli_load_init(&lo);
    int rc = parse_args(argc, argv, &o, &lo);
    if (rc == 0)
        rc = run(&o, argv[optind], &lo);
    else if (rc < 0)
        rc = CLI_EXIT_OK; /* --help */
    cli_load_free(&lo);
    free(o.features_buf);
    free(o.cap_buf);
    return rc;
}
