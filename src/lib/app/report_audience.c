/* report_audience.c — the talking points by stakeholder (plan milestone 8:
 * "Prepare talking points for each stakeholder"): the six stakeholders of
 * docs/PROPOSAL.md section 4, each with the points they act on, in their
 * register — the data roles technical (concise, specific: methods, metrics,
 * files), the others plain (the decision, its cost, done or not done).
 * Every figure comes from this run's artifacts (train.json, evaluate.json,
 * test.json, regress.json, inspect.json, queue_eval.json through the
 * Finance figures, the plan's statuses, the manifest); a point whose
 * artifact is missing is not written, and a stakeholder left with none says
 * so. */
#include "app/report_internal.h"
#include "base/headline.h"
#include "claimtriage/htest.h"
#include "claimtriage/logit.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/reports_defaults.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

static const struct {
    const char *who, *style;
    int technical;
} people[REP_AUD_N] = {
    {"Data Science Lead", "technical: methods, metrics and limits", 1},
    {"Data Science Manager", "technical summary: delivery, the decision, risks", 1},
    {"Data Scientist", "technical: commands, files, what to rerun", 1},
    {"Project Management Officer", "plain language: milestones, done or not done", 0},
    {"Finance Lead (Americas)", "plain language: the decision and its cost", 0},
    {"Operations Lead", "plain language: the queue, its errors, the threshold", 0},
};

static void line_add(rep_audience *a, const char *source, const char *fmt, ...) CT_PRINTF(3, 4);
static void line_add(rep_audience *a, const char *source, const char *fmt, ...)
{
    if (a->n >= REP_AUD_LINES)
        return;
    char *b = a->line[a->n];
    const size_t cap = sizeof a->line[0];
    va_list ap;
    va_start(ap, fmt);
    const int k = vsnprintf(b, cap, fmt, ap);
    va_end(ap);
    if (k >= 0 && (size_t)k >= cap) {
        /* cut whole characters (report.json must stay UTF-8) and say so */
        size_t end = cap - 4;
        while (end > 0 && ((unsigned char)b[end] & 0xC0) == 0x80)
            end--;
        memcpy(b + end, "...", 4);
    }
    a->source[a->n++] = source;
}

/* The plan's milestones done once this report is written, as plan --status
 * counts them (report_plan.c's rows: "done", "this report", "this run" only
 * where its rules count them); *open_ the first of the others, NULL when
 * none. */
static size_t plan_done(const rep_ctx *c, const rep_milestone **open_)
{
    size_t done = 0;
    *open_ = NULL;
    for (size_t i = 0; i < c->nplan; i++) {
        const char *s = c->plan[i].status;
        if (strcmp(s, "done") == 0 || strncmp(s, "this ", 5) == 0)
            done++;
        else if (!*open_)
            *open_ = &c->plan[i];
    }
    return done;
}

/* The summary's point of that topic, or NULL. */
static const rep_point *point_of(const rep_ctx *c, const char *topic)
{
    for (size_t i = 0; i < c->npt; i++)
        if (strcmp(c->pt[i].topic, topic) == 0)
            return &c->pt[i];
    return NULL;
}

static void ds_lead(rep_ctx *c, rep_audience *a)
{
    const ct_json_value *tr = rep_root(c, REP_TRAIN);
    if (tr && rep_str(tr, "chosen.family") && isfinite(rep_num(tr, "metrics.test.n"))) {
        /* a metric that does not exist is said so with its reason: before
         * 2026-12-03 this line read "recall 0.0000, precision 0.0000" where
         * no report was flagged (train.json's 0 is zero_division's), beside
         * the summary's "precision is 0 of 0, undefined"
         * (tests/cli/report_undefined_metrics_said) */
        const ct_json_value *test = rep_get(tr, "metrics.test");
        char r[96], p[96], auc[96], ap[96], ece[96], th[32];
        rep_metric_said(test, "recall", 4, r, sizeof r);
        rep_metric_said(test, "precision", 4, p, sizeof p);
        rep_metric_said(test, "roc_auc", 4, auc, sizeof auc);
        rep_metric_said(test, "average_precision", 4, ap, sizeof ap);
        rep_metric_said(test, "ece", 4, ece, sizeof ece);
        ct_numfmt_prob(th, sizeof th, rep_num(tr, "threshold.value"));
        char n[32], folds[16] = "k";
        rep_count(n, sizeof n, rep_num(tr, "metrics.test.n"));
        if (isfinite(rep_num(tr, "cv.folds")))
            snprintf(folds, sizeof folds, "%.0f", rep_num(tr, "cv.folds"));
        const char *cal = rep_str(tr, "calibration.method");
        char bins[32] = ""; /* the reliability table's bins, as train.json says */
        if (isfinite(rep_num(tr, "calibration.bins")))
            snprintf(bins, sizeof bins, " (%.0f bins)", rep_num(tr, "calibration.bins"));
        /* train's family comparison (or that none was made), in the
         * same point: the lead has three (tests/cli/plan_status_task_pending) */
        char fam[768] = "";
        if (rep_get(tr, "selection"))
            rep_families_said(tr, fam, sizeof fam);
        /* a default threshold that flags few claims, as train's own
         * low-recall note says it (tests/cli/report_threshold_flags_few) */
        double lauc;
        char lw[640], thw[384] = "";
        const int low = rep_threshold_low(c, 0, &lauc, lw, sizeof lw);
        if (low == REP_THRESHOLD_NO_RANKING) {
            /* rows too few to tell are said with their counts
             * (rep_ranking_few): no threshold is shown to help, nor not to */
            const int none = rep_no_ranking(c, &lauc);
            char few[96], why[160];
            if (none == REP_RANKING_FEW && rep_ranking_few(c, few, sizeof few))
                snprintf(why, sizeof why, " on %s, too few to tell,", few);
            else
                snprintf(why, sizeof why, " (%s),",
                         none == REP_RANKING_CHANCE ? "no better than chance"
                                                    : "ROC AUC below 0.6");
            snprintf(thw, sizeof thw,
                     ", at which the test recall is below 0.5; the ranking is not clearly above "
                     "chance%s so no threshold %s it: better data or features do",
                     why, none == REP_RANKING_FEW ? "can be shown to fix" : "fixes");
        } else if (low)
            snprintf(thw, sizeof thw,
                     ", at which the test recall is below 0.5, as train's low-recall note "
                     "warns: run's --target-recall R or --cost-ratio K chooses another");
        char cfg[512];
        rep_config_plain(c, tr, cfg, sizeof cfg); /* text_rounds said in words */
        line_add(a, "train.json",
                 "Champion %s on features '%s' (%s), chosen by %s over %s-fold cross-validation "
                 "and the validation split; test split (n = %s, used once): recall %s, precision "
                 "%s, ROC AUC %s, average precision %s; calibration %s, test ECE %s%s; "
                 "threshold %s (%s%s).%s%s",
                 rep_str(tr, "chosen.family"),
                 rep_str(tr, "chosen.features") ? rep_str(tr, "chosen.features") : "?", cfg,
                 rep_str(tr, "cv.metric") ? rep_str(tr, "cv.metric") : "its metric", folds, n, r, p,
                 auc, ap, cal ? cal : "none", ece, bins, th,
                 rep_str(tr, "threshold.rule") ? rep_str(tr, "threshold.rule") : "default", thw,
                 fam[0] ? " " : "", fam);
    }
    if (tr) {
        const ct_json_value *feats = rep_get(tr, "audit.features");
        char names[512] = "";
        size_t len = 0, nflag = 0;
        for (size_t i = 0; i < ct_json_size(feats); i++) {
            const ct_json_value *f = ct_json_at(feats, i);
            const ct_json_value *fl = rep_get(f, "flagged");
            if (!fl || !ct_json_bool_value(fl) || !rep_str(f, "name"))
                continue;
            nflag++;
            if (nflag <= 3) {
                const int k = snprintf(names + len, sizeof names - len, "%s%s %.4f",
                                       len ? ", " : "", rep_str(f, "name"), rep_num(f, "roc_auc"));
                if (k > 0 && (size_t)k < sizeof names - len)
                    len += (size_t)k;
                else
                    names[len] = '\0'; /* a name that does not fit whole is left out */
            }
        }
        /* the single-set models' validation average precision, or why one
         * was not fitted (a file without a count column has no engagement
         * model): never an "undefined" in place of a reason */
        char sets[400] = "";
        size_t at = 0;
        const ct_json_value *models = rep_get(tr, "audit.models");
        for (size_t i = 0; i < ct_json_size(models); i++) {
            const ct_json_value *m = ct_json_at(models, i);
            const char *f = rep_str(m, "features");
            if (!f || strcmp(f, "all") == 0)
                continue;
            const char *apwhy;
            const double ap = rep_metric(rep_get(m, "validation"), "average_precision", &apwhy);
            char v[200];
            const ct_json_value *fitted = rep_get(m, "fitted");
            if (isfinite(ap))
                snprintf(v, sizeof v, "%.4f", ap);
            else if (apwhy && !rep_str(m, "why") && !(fitted && !ct_json_bool_value(fitted)))
                /* fitted, on validation rows without a claim */
                snprintf(v, sizeof v, "%s (%s)", CT_NUMFMT_UNDEFINED, apwhy);
            else if (rep_str(m, "why")) {
                /* at most 150 bytes of the reason, cut between characters
                 * ("%.150s" could split one, and report.json must stay
                 * UTF-8) */
                const char *why = rep_audit_why(c, m);
                size_t wl = strlen(why);
                if (wl > 150) {
                    wl = 150;
                    while (wl > 0 && ((unsigned char)why[wl] & 0xC0) == 0x80)
                        wl--;
                }
                snprintf(v, sizeof v, "not fitted (%.*s%s)", (int)wl, why,
                         wl < strlen(why) ? "..." : "");
            } else
                snprintf(v, sizeof v, "not fitted");
            const int k =
                snprintf(sets + at, sizeof sets - at, "%s%s-only %s", at ? ", " : "", f, v);
            if (k < 0 || (size_t)k >= sizeof sets - at) {
                sets[at] = '\0';
                break;
            }
            at += (size_t)k;
        }
        /* rows too few to tell, as train's text says (rep_audit_too_few) */
        char tft[256], tfv[256];
        rep_audit_too_few(tr, 0, tft, sizeof tft);
        rep_audit_too_few(tr, 1, tfv, sizeof tfv);
        char ap[1024] = "";
        if (sets[0])
            snprintf(ap, sizeof ap, "; validation average precision %s%s%s%s", sets,
                     tfv[0] ? ", on " : "", tfv,
                     tfv[0] ? " and the models' differences may be noise" : "");
        /* train.json always gives flag_at; an older or edited one may not */
        double flag_at = rep_num(tr, "audit.flag_at");
        if (!isfinite(flag_at))
            flag_at = 0.95;
        if (rep_get(tr, "audit.features") && nflag)
            line_add(a, "train.json",
                     "Shortcut audit: %zu feature%s alone %s ROC AUC >= %.2f on the training "
                     "rows (%s%s)%s%s%s%s: decide knowingly whether a production model may lean "
                     "on %s.",
                     nflag, nflag == 1 ? "" : "s", nflag == 1 ? "reaches" : "reach", flag_at, names,
                     nflag > 3 ? ", ..." : "", tft[0] ? ", " : "", tft,
                     tft[0] ? " and one that high need not hold on more data" : "", ap,
                     nflag == 1 ? "it" : "them");
        else if (rep_get(tr, "audit.features"))
            line_add(a, "train.json",
                     "Shortcut audit: no single feature reaches ROC AUC %.2f on its own%s%s%s.",
                     flag_at, tft[0] ? " on the training rows, " : "", tft, ap);
    }
    const rep_point *t = point_of(c, "test");
    if (t) {
        /* the summary's plain sentence, with the test that backs it, its
         * p and its effect size, as the hypothesis test's section gives
         * them (test.json's comparisons[0], the point's source): a
         * technical reader is owed the test. Before 2026-12-07 the Data
         * Science Lead read "a medium gap that is very unlikely to be
         * chance" with neither (tests/cli/report_ds_lead_test_named) */
        const ct_json_value *cmp = rep_get(rep_root(c, REP_TEST), "comparisons.0");
        const char *method = rep_str(cmp, "primary.method");
        const char *es = rep_str(cmp, "effect_size.measure");
        const double p = rep_num(cmp, "primary.p"), e = rep_num(cmp, "effect_size.value");
        size_t tl = strlen(t->text);
        if (method && isfinite(p) && tl > 0 && t->text[tl - 1] == '.') {
            char pv[64], ev[64] = "";
            ct_numfmt_pvalue(pv, sizeof pv, p, rep_num(cmp, "primary.log10_p"));
            if (es && isfinite(e)) {
                char eb[32];
                ct_numfmt_fixed(eb, sizeof eb, e, 2);
                snprintf(ev, sizeof ev, "; %s = %s", es, eb);
            }
            line_add(a, t->source, "%.*s (%s, %s%s).", (int)(tl - 1), t->text, method, pv, ev);
        } else
            line_add(a, t->source, "%s", t->text);
    }
}

/* The whole-queue waits the Data Science Manager's decision compares, the
 * queue's (hq), views alone's (hv) and random order's (hr), n bytes each,
 * with the page's 2 decimals (rep_hours2_said); when two said together
 * (views alone's only when views) differ yet read alike, those said with the
 * decimals that tell them apart (ct_numfmt_places_apart). Before 2026-12-05
 * "a claim waits 0.01 hours of review on average, against 0.01 sorted by
 * views alone and 0.01 in random order" (tests/cli/report_wait_same_shown). */
static void waits_apart(const rep_finance *f, int views, char *hq, char *hv, char *hr, size_t n)
{
    const double all[3] = {f->hours_queue_mean, f->hours_views_mean, f->hours_random_mean};
    const double v[3] = {all[0], views ? all[1] : NAN, all[2]}; /* the waits said */
    char *b[3] = {hq, hv, hr};
    for (int i = 0; i < 3; i++)
        rep_hours2_said(b[i], n, all[i]);
    int alike = 0;
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            /* waits less than one review apart are the same (rep_waits_cmp):
             * not told apart with more decimals (3.285 against 3.283) */
            alike |= isfinite(v[i]) && isfinite(v[j]) && rep_waits_cmp(f, v[i], v[j]) != 0 &&
                     strcmp(b[i], b[j]) == 0;
    if (!alike)
        return;
    double w[3];
    size_t m = 0;
    for (int i = 0; i < 3; i++)
        if (isfinite(v[i]))
            w[m++] = v[i];
    const int d = ct_numfmt_places_apart(w, m, 2);
    for (int i = 0; i < 3; i++)
        if (isfinite(v[i]))
            ct_numfmt_places(b[i], n, v[i], d);
}

static void ds_manager(rep_ctx *c, rep_audience *a)
{
    char untold[256]; /* rep_random_said */
    if (c->nplan) {
        char said[160];
        rep_plan_done_said(c, said, sizeof said);
        line_add(a, "plan --status",
                 "Delivery: %s, as claimtriage plan --status counts them on this folder (the "
                 "plan's section says which and why).",
                 said);
    }
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    const double rec = rep_num(ev, "metrics.recall"), prec = rep_num(ev, "metrics.precision");
    if (isfinite(rec) && isfinite(prec)) {
        /* as the summary says them: counts of few claims or flags, no
         * precision of a model that flags nothing, where before 2026-12-03
         * this point read "recall 0.0%, precision 0.0%" for 0 of 2 claims
         * and no report flagged (tests/cli/report_monitor_few_claims) */
        char r[96], p[96];
        rep_recall_said(ev, r, sizeof r);
        rep_precision_said(ev, p, sizeof p);
        const char *on = strcmp(rep_str(ev, "split") ? rep_str(ev, "split") : "", "test") == 0
                             ? "held-out"
                             : "labelled";
        /* the decision follows the queue's comparisons (the queue point's
         * and the finance box's verdict): before, it was "work the backlog
         * in the model's queue order" even where views alone does as well */
        const rep_finance *f = &c->fin;
        const int v = rep_views_verdict(f);
        /* the verdict on the figure the decision compares (the day's share,
         * or the whole queue's wait): views alone doing as well or better is
         * no reason to work the model's queue (since 2026-12-06:
         * tests/cli/report_decision_views_better) */
        const int vd = rep_views_decision(f);
        /* a weak model (the summary's rule) is presented as such: before
         * 2026-12-02 the decision read the same for a held-out ROC AUC of
         * 0.70 as for 1.00 (tests/cli/report_weak_model_said) */
        double auc;
        char weak[1280] = "", pch[64];
        const int chance = rep_chance_model(c, pch, sizeof pch);
        if (rep_weak_model(c, &auc)) {
            char ab[32], advice[640];
            rep_auc_fixed(ab, sizeof ab, auc);
            /* a ranking no better than chance is no order to review in
             * (before 2026-12-04 advised at ROC AUC 0.51 on shuffled
             * labels: tests/cli/report_chance_model_no_order) */
            /* on rows too few to tell (rep_ranking_few) the band is what
             * the model looks, beside the counts that cannot tell */
            char ranks[256] = "its ranking is no better than chance";
            if (chance == REP_RANKING_FEW)
                rep_chance_said(c, "it", NULL, ranks, sizeof ranks);
            if (chance)
                snprintf(advice, sizeof advice,
                         "%s (one-sided Mann-Whitney %s), so do not present its queue as an "
                         "order to review in: every report is still reviewed, and more or "
                         "cleaner labels are the way to a better model.",
                         ranks, pch);
            else if (vd == REP_VIEWS_SAME || vd == REP_VIEWS_BETTER)
                /* views alone does as well or better: the queue is no order
                 * to present (the decision below says so) */
                snprintf(advice, sizeof advice,
                         "more or cleaner labels are the way to a better model.");
            else
                snprintf(advice, sizeof advice,
                         "present its queue as an order to review in, with every report still "
                         "reviewed, and more or cleaner labels as the way to a better model.");
            snprintf(weak, sizeof weak,
                     " The model %s %s (ROC AUC %s on %s reports; on Hosmer and Lemeshow's "
                     "scale below 0.7 is poor, 0.7 to 0.8 acceptable, excellent from %.1f)%s %s",
                     chance == REP_RANKING_FEW ? "looks" : "is", rep_auc_word(auc), ab, on,
                     REP_WEAK_AUC, chance == REP_RANKING_FEW ? ", but" : ":", advice);
        }
        /* the flag at the default threshold catching few claims: its
         * cause and the run option, beside the recall it explains
         * (tests/cli/report_threshold_flags_few) */
        double lauc;
        char lw[640];
        const int low = rep_threshold_low(c, 0, &lauc, lw, sizeof lw);
        if (low == REP_THRESHOLD_NO_RANKING) {
            const size_t wl = strlen(weak);
            const int none = rep_no_ranking(c, &lauc);
            char said[256];
            rep_no_ranking_said(c, none, "the model", said, sizeof said);
            snprintf(weak + wl, sizeof weak - wl,
                     " Its flag catches few claims, and no threshold %s that: %s, so the fix "
                     "is better data or features, not a threshold.",
                     none == REP_RANKING_FEW ? "can be shown to fix" : "fixes", said);
        } else if (low) {
            const size_t wl = strlen(weak);
            snprintf(weak + wl, sizeof weak - wl,
                     " Its flag is what keeps recall low: the default threshold flags few claims"
                     "%s; before presenting the flag, rerun with run's --target-recall R or "
                     "--cost-ratio K.",
                     isfinite(lauc) && lauc >= 0.8 ? ", while the ranking the queue follows is "
                                                     "good"
                                                   : "");
        }
        /* one day holding the whole queue: the summary compares the mean
         * wait, and so does the decision (before 2026-12-04 it read "work
         * the backlog in the model's queue order" beside views alone's
         * shorter wait: tests/cli/report_manager_decision_views_whole_day) */
        const int vw = rep_views_wait_verdict(f);
        char hq[32], hv[32], hr[32]; /* the mean waits, for the whole-day cases */
        char blind[1280];            /* a short day that cannot tell two orders apart */
        /* a model at chance level, or a queue no better than random on the
         * run's own figures: no order to present, said with the figure that
         * fits the day (the whole-day wait or the first day's share; before
         * 2026-12-05 the chance sentence gave the whole-day waits on a day
         * that held 480 of the reports, and "undefined sorted by views
         * alone": tests/cli/report_queue_no_better_than_random) */
        const int chance_said = chance && weak[0];
        /* views alone's wait is said beside the other two only where the
         * queue has a gain to compare it with (the branches below) */
        /* the decision's kind is rep_decision's, the rule the summary's
         * first point follows too; the branches below word it */
        const int no_order = rep_decision(c) == REP_DECIDE_NO_ORDER;
        waits_apart(f, !no_order, hq, hv, hr, sizeof hq);
        if (no_order) {
            char qd[32], rd[32], dd[32];
            rep_pct_near_from(qd, sizeof qd, f->recall_queue, 2);
            rep_pct_near_from(rd, sizeof rd, f->recall_random, 2);
            rep_count(dd, sizeof dd, f->day_reviews);
            /* the queue's own figures show no gain over random order: no
             * order to present (rep_queue_gain) */
            char by[256];
            if (f->day_reviews >= f->n)
                snprintf(by, sizeof by,
                         "a claim waits %s hours of review on average in its order, %s in random "
                         "order",
                         hq, hr);
            else
                snprintf(by, sizeof by,
                         "a day of %s review%s finds %s of the claims in its order, about %s in "
                         "random order",
                         dd, rep_s(f->day_reviews), qd, rd);
            /* the weak model's sentence presents the queue as an order to
             * review in: here its ROC AUC alone */
            char ab[64] = "";
            if (weak[0])
                rep_auc_fixed(ab, sizeof ab, auc);
            double wauc;
            if (f->at_chance && !rep_weak_model(c, &wauc)) {
                /* a gain at chance, the model not weak (rep_decision): not
                 * "does no better than random order" of a queue whose
                 * figures are better (tests/cli/report_decision_chance_gain) */
                char said[256];
                rep_chance_said(c, "its model", NULL, said, sizeof said);
                line_add(a, "evaluate.json, queue_eval.json",
                         "The decision to present: the model's queue (recall %s, precision %s "
                         "on %s reports) is not yet an order to work in: %s (one-sided "
                         "Mann-Whitney %s), so what its order gains here (%s) may be luck; more "
                         "or cleaner labels are the way to a better model.%s",
                         r, p, on, said, pch, by, weak);
            } else if (chance_said) /* the weak sentence says why, with its test */
                line_add(a, "evaluate.json, queue_eval.json",
                         "The decision to present: the model's queue (recall %s, precision %s on "
                         "%s reports) is no order to review in (%s).%s",
                         r, p, on, by, weak);
            else if (rep_random_said(f, 0, untold, sizeof untold))
                /* a lead the day's test cannot tell from chance: "not
                 * shown", not "no better" (since 2026-12-07:
                 * tests/cli/report_random_test) */
                line_add(a, "evaluate.json, queue_eval.json",
                         "The decision to present: the model's queue (recall %s, precision %s%s%s "
                         "on %s reports) is not shown to do better than random order on these "
                         "reports (%s, %s), so it is not yet an order to work in; more or cleaner "
                         "labels are the way to a better model.",
                         r, p,
                         !ab[0]                            ? ""
                         : p[0] && p[strlen(p) - 1] == ',' ? " ROC AUC "
                                                           : ", ROC AUC ",
                         ab, on, by, untold);
            else
                line_add(a, "evaluate.json, queue_eval.json",
                         "The decision to present: the model's queue (recall %s, precision %s%s%s "
                         "on %s reports) does no better than random order on these reports (%s), "
                         "so it is not yet an order to work in; more or cleaner labels are the way "
                         "to a better model.",
                         /* p "undefined, with no report flagged," ends in its
                          * own comma (before 2026-12-06 "flagged,, ROC AUC":
                          * tests/cli/report_views_hardly_more) */
                         r, p,
                         !ab[0]                            ? ""
                         : p[0] && p[strlen(p) - 1] == ',' ? " ROC AUC "
                                                           : ", ROC AUC ",
                         ab, on, by);
        } else if (vw == REP_VIEWS_SAME) {
            /* as well as views alone: the queue is worse than no order
             * compared, so it is the decision (the Operations Lead's point
             * follows it); before 2026-12-05 "the choice is between the
             * two" (tests/cli/report_ops_follow_when_views_tie) */
            /* the two waits said just before: the tie words add their
             * test (until 2026-12-08 the waits again:
             * tests/cli/report_summary_figure_once) */
            char tie[640];
            rep_views_tie_words(f, REP_TIE_SAID_WAIT, tie, sizeof tie);
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: a choice between two orders that do as well, "
                     "not a case for the model; one review day holds the whole queue, and in "
                     "the model's queue (recall %s, precision %s on %s reports) a claim waits "
                     "%s hours of review on average (random order %s); sorting by views alone, "
                     "with no model, does %s (%s hours): the queue matches %s, and %s; the "
                     "model's value over views alone is not shown on these "
                     "reports. " REP_VIEWS_NEW_SENTENCE "%s",
                     r, p, on, hq, hr, rep_views_same_words(f, 1), hv, rep_views_match(c), tie,
                     weak);
        } else if (vw == REP_VIEWS_BETTER) {
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: sort the reports by views alone, with no model, "
                     "the better order today; one review day holds the whole queue, so every "
                     "order reviews every report within it, and sorted by views alone a claim "
                     "waits %s hours of review on average, against %s in the model's queue "
                     "(recall %s, precision %s on %s reports) and %s in random order; the "
                     "model's value over views alone is not shown on these "
                     "reports. " REP_VIEWS_NEW_SENTENCE "%s",
                     hv, hq, r, p, on, hr, weak);
        } else if (vw == REP_VIEWS_QUEUE_BETTER) { /* the wait is the benefit, not hours saved */
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: review in the model's queue order "
                     "(recall %s, precision %s on %s reports); one review day holds the whole "
                     "queue, and in its order a claim waits %s hours of review on average, "
                     "against %s sorted by views alone and %s in random order.%s",
                     r, p, on, hq, hv, hr, weak);
        } else if (v == REP_VIEWS_SAME && rep_day_blind_to(f) &&
                   rep_day_blind_said(f, REP_MOST_FIGURES, blind, sizeof blind)) {
            /* a short day whose counts cannot tell two orders apart: the
             * whole queue's waits decide (rep_day_blind_to; since
             * 2026-12-06: tests/cli/report_day_too_short) */
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: %s (the model's queue: recall %s, precision %s "
                     "on %s reports). %s%s%s",
                     vd == REP_VIEWS_QUEUE_BETTER ? "review in the model's queue order"
                     : vd == REP_VIEWS_BETTER
                         ? "sort the reports by views alone, with no model, the better order "
                           "today; the model's value over views alone is not shown on these "
                           "reports"
                         : "a choice between two orders that do as well, not a case for the "
                           "model",
                     r, p, on, blind,
                     vd == REP_VIEWS_QUEUE_BETTER ? "" : " " REP_VIEWS_NEW_SENTENCE, weak);
        } else if (v == REP_VIEWS_SAME && vd == REP_VIEWS_BETTER) {
            /* the day cannot tell the orders apart (rep_day_blind_said), or
             * its shares tie, and views alone's whole-queue wait is shorter:
             * the wait breaks the tie (rep_views_decision) */
            char ra[32], wq[32], wv[32], wr[32], day[192];
            rep_pct_near_from(ra, sizeof ra, f->recall_random, 2);
            ct_numfmt_pair(wq, wv, sizeof wq, f->hours_queue_mean, f->hours_views_mean,
                           rep_hours2_len);
            rep_hours2_said(wr, sizeof wr, f->hours_random_mean);
            if (f->recall_random >= REP_DAY_MOST)
                snprintf(day, sizeof day,
                         "a review day covers so much of the queue that random order already "
                         "finds about %s of its claims in it",
                         ra);
            else
                snprintf(day, sizeof day,
                         "the two orders find about as many claims in a review day, so the "
                         "whole queue's wait breaks the tie");
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: sort the reports by views alone, with no model, "
                     "the better order today; %s, and over the whole queue a claim waits %s "
                     "hours of review on average sorted by views alone, against %s in the "
                     "model's queue (recall %s, precision %s on %s reports) and %s in random "
                     "order; the model's value over views alone is not shown on these "
                     "reports. " REP_VIEWS_NEW_SENTENCE "%s",
                     day, wv, wq, r, p, on, wr, weak);
        } else if (v == REP_VIEWS_SAME && f->recall_queue > f->recall_random &&
                   vd == REP_VIEWS_QUEUE_BETTER) {
            char tie[640];
            rep_views_tie_words(f, REP_TIE_FIGURES, tie, sizeof tie);
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: review in the model's queue order "
                     "(recall %s, precision %s on %s reports); it finds claims sooner than "
                     "random order, and sorting by views alone, with no model, does %s on "
                     "these reports (the Finance Lead's point gives both in review hours): the "
                     "queue matches %s; %s; the whole queue's wait breaks the tie.%s",
                     r, p, on, rep_views_same_words(f, 0), rep_views_match(c), tie, weak);
        } else if (v == REP_VIEWS_SAME && f->recall_queue > f->recall_random) {
            char tie[640];
            rep_views_tie_words(f, REP_TIE_FIGURES, tie, sizeof tie);
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: a choice between two orders that do as well, "
                     "not a case for the model; the model's queue (recall %s, precision %s on "
                     "%s reports) finds claims sooner than random order, and sorting by views "
                     "alone, with no model, does %s on these reports (the Finance Lead's point "
                     "gives both in review hours): the queue matches %s; %s; the model's value "
                     "over views alone is not shown on these reports. " REP_VIEWS_NEW_SENTENCE "%s",
                     r, p, on, rep_views_same_words(f, 0), rep_views_match(c), tie, weak);
        } else if (v == REP_VIEWS_BETTER) {
            char qd[32], vd2[32];
            rep_pct_near_from(qd, sizeof qd, f->recall_queue, 2);
            rep_pct_near_from(vd2, sizeof vd2, f->recall_views, 2);
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: sort the reports by views alone, with no model, "
                     "the better order today; a review day finds %s of the claims sorted by "
                     "views alone, against %s in the model's queue (recall %s, precision %s on "
                     "%s reports; the Finance Lead's point gives both in review hours); the "
                     "model's value over views alone is not shown on these "
                     "reports. " REP_VIEWS_NEW_SENTENCE "%s",
                     vd2, qd, r, p, on, weak);
        } else if (v == REP_VIEWS_SAME)
            line_add(a, "evaluate.json, queue_eval.json",
                     "The decision to present: the model's queue (recall %s, precision %s on %s "
                     "reports) %s sorting by views alone, with no model, does %s on these "
                     "reports; the choice is between the two (the Finance Lead's point gives "
                     "both in review hours).%s",
                     r, p, on,
                     f->recall_queue > f->recall_random
                         ? "finds claims sooner than random order, but"
                         : "finds no more claims in a day than random order, and",
                     rep_views_same_words(f, 0), weak);
        else
            line_add(a, "evaluate.json",
                     "The decision to present: review in the model's queue order "
                     "(recall %s, precision %s on %s reports); its benefit in review hours is "
                     "the Finance Lead's point.%s",
                     r, p, on, weak);
    }
    /* the queue's priority against the probability alone it weights by
     * reach, where the day's counts differ but the paired test cannot tell
     * them apart: the summary says the outcome in plain words, this point
     * the test's name and p (since 2026-12-07: tests/cli/report_mcnemar_plain) */
    char tie[320];
    if (c->fin.ok && rep_paired_said(&c->fin, 1, 0, tie, sizeof tie)) {
        char qn[32], pn[32];
        rep_count(qn, sizeof qn, round(c->fin.recall_queue * c->fin.claims));
        rep_count(pn, sizeof pn, round(c->fin.recall_prob * c->fin.claims));
        if (strcmp(qn, pn) != 0)
            line_add(a, "queue_eval.json",
                     "The reach weighting of the queue's priority against the probability "
                     "alone: %s claims in the day against %s, %s.",
                     qn, pn, tie);
    }
    const rep_point *cv = point_of(c, "caveats");
    if (cv) {
        const char *t = cv->text;
        if (strncmp(t, "Caveats: ", 9) == 0)
            t += 9;
        line_add(a, cv->source, "Risks to state: %s", t);
    }
}

static void ds_scientist(rep_ctx *c, rep_audience *a)
{
    const char *cmd = rep_str(c->man, "command_line");
    const char *sha = rep_str(c->man, "input.sha256");
    const double seed = rep_num(c->man, "seed");
    if (cmd) {
        char s[32] = "";
        if (isfinite(seed))
            snprintf(s, sizeof s, "seed %.0f, ", seed);
        line_add(a, "manifest.json",
                 "Rerun: %s (%sinput %.19s...); every figure of this page is in the folder's "
                 "JSON files (docs/formats.md) and the manifest holds their SHA-256.",
                 cmd, s, sha ? sha : "hash not recorded");
    }
    const ct_json_value *in = rep_root(c, REP_INSPECT), *ev = rep_root(c, REP_EVALUATE);
    if (in) {
        char rows[32], miss[32];
        rep_count(rows, sizeof rows, rep_num(in, "rows_read"));
        rep_count(miss, sizeof miss, rep_num(in, "rows_with_missing"));
        line_add(a, "inspect.json",
                 "Data: %s row%s read, %s with a missing value (inspect.json's "
                 "missing_patterns says which columns go missing together).",
                 rows, rep_s(rep_num(in, "rows_read")), miss);
    }
    /* the chance test's statistic, which the plain-language points leave
     * out (since 2026-12-05: before, the Finance Lead's and the Operations
     * Lead's points carried "one-sided Mann-Whitney p = 0.1278";
     * tests/cli/report_no_gain_plain) */
    if (ev && ct_json_bool_value(rep_get(ev, "chance.at_chance")) == 1) {
        char pv[64], auc[32], rows[32], pos[32], few[96], least[160] = "";
        const double p = rep_num(ev, "chance.p_value");
        ct_numfmt_pvalue(pv, sizeof pv, p, log10(p));
        /* 4 decimals, as the Data Science Lead's model line */
        ct_numfmt_fixed(auc, sizeof auc, rep_num(ev, "chance.roc_auc"), 4);
        rep_count(rows, sizeof rows, rep_num(ev, "metrics.n"));
        rep_count(pos, sizeof pos, rep_num(ev, "metrics.positives"));
        if (rep_ranking_few(c, few, sizeof few)) {
            const double np = rep_num(ev, "metrics.positives"), nn = rep_num(ev, "metrics.n") - np;
            const double al = rep_num(ev, "chance.alpha");
            const double dv = ct_metrics_roc_auc_detectable(
                (size_t)np, (size_t)nn, isfinite(al) ? al : CT_AUC_CHANCE_ALPHA);
            char db[32]; /* rounded up: the AUC told from chance is at least it */
            ct_numfmt_fixed(db, sizeof db, ceil(dv * 1e4) / 1e4, 4);
            if (dv > 1)
                snprintf(least, sizeof least,
                         "; on so few no ROC AUC, not even 1, would be told from chance, so the "
                         "test cannot tell a useful ranking from none");
            else
                snprintf(least, sizeof least,
                         "; on so few only a ROC AUC of %s or more would be told from chance, so "
                         "the test cannot tell a useful ranking from none",
                         db);
        }
        const char *split = rep_str(ev, "split");
        const double al = rep_num(ev, "chance.alpha");
        char ab[32];
        ct_numfmt_shortest(ab, sizeof ab, isfinite(al) ? al : CT_AUC_CHANCE_ALPHA);
        line_add(a, "evaluate.json",
                 "Chance test: the %s ranking (ROC AUC %s on %s reports, %s of them claims) "
                 "against chance, one-sided Mann-Whitney %s, not below %s (evaluate.json's "
                 "chance)%s.",
                 split && strcmp(split, "test") == 0 ? "held-out" : "evaluated", auc, rows, pos, pv,
                 ab, least);
    }
    if (ev && rep_num(ev, "misclassified_total") == 0)
        line_add(a, "evaluate.json",
                 "Errors to study: none; no row of the evaluation is misclassified at the "
                 "threshold (evaluate.json).");
    else if (ev && isfinite(rep_num(ev, "misclassified_total"))) {
        const double total = rep_num(ev, "misclassified_total");
        const double shown = (double)ct_json_size(rep_get(ev, "misclassified"));
        char mis[32], fp[32], fn[32], sh[32], listed[96] = "listed";
        rep_count(mis, sizeof mis, total);
        rep_count(fp, sizeof fp, rep_num(ev, "metrics.confusion.fp"));
        rep_count(fn, sizeof fn, rep_num(ev, "metrics.confusion.fn"));
        rep_count(sh, sizeof sh, shown);
        if (shown < total)
            snprintf(listed, sizeof listed, "the %s most confident listed", sh);
        line_add(a, "evaluate.json",
                 "Errors to study: %s misclassified row%s (fp %s, fn %s), %s by line and id "
                 "in evaluate.json, beside permutation importance on the same rows.",
                 mis, rep_s(total), fp, fn, listed);
    }
}

/* A milestone's reason for plain readers: the regression's separation in
 * plain words, else the stage's message without its command-line hint (" / hint: ... --columns=COL,COL,...") and without a
 * closing period, as the sentence that carries it ends with its own; a
 * reason cut at a space keeps its " ..." (plan --status's cut). Returns 1
 * when it ends so (the sentence then adds no period after it: before
 * 2026-12-04 a reason cut inside a word read "(5 row.",
 * tests/cli/plan_status_reason_cut_at_space). */
static int plain_reason(char *buf, size_t n, const rep_milestone *m)
{
    /* the regression's separation (models/logit.c, CT_ESEPARATION) in
     * plain words, by its kind as the manifest records it (the stage's
     * `separation`, ct_logit_separation); the plan's section and the
     * appendix keep the exact message. Before 2026-12-05 the PMO read it as
     * it is (tests/cli/report_pmo_separation_plain), then the kind was found
     * by matching the message's words, which a rewording would have lost
     * (tests/cli/report_pmo_separation_kinds). */
    const char *plain = rep_separation_words(m->separation);
    if (plain) {
        snprintf(buf, n,
                 "the regression could not be fitted on this file: %s (the plan's table and the "
                 "technical appendix give the exact message)",
                 plain);
        return 0;
    }
    snprintf(buf, n, "%s", m->reason);
    char *h = strstr(buf, " / hint");
    if (h)
        *h = '\0';
    size_t len = strlen(buf);
    if (len >= 4 && strcmp(buf + len - 4, " ...") == 0)
        return 1;
    while (len > 0 && (buf[len - 1] == '.' || buf[len - 1] == ' '))
        buf[--len] = '\0';
    return 0;
}

/* A milestone's reason for the PMO: plain_reason's, then, when its kind
 * is one the report words, its file, stage and column words made plain
 * (rep_reason_words, by the kind and facts plan --status carries; before
 * 2026-12-05 by matching the reason's text: tests/cli/report_pmo_reason_kinds).
 * Returns plain_reason's "ends with ' ...'". */
static int pmo_why(char *buf, size_t n, const rep_milestone *m)
{
    buf[0] = '\0';
    if (!m || !m->reason[0])
        return 0;
    const int cut = plain_reason(buf, n, m);
    if (ct_logit_separation_from_name(m->separation) != CT_LOGIT_SEP_UNKNOWN)
        return cut; /* plain_reason worded it by its separation */
    char words[CT_DIAG_MSG_MAX];
    if (!rep_reason_words(words, sizeof words, &m->why))
        return cut;
    snprintf(buf, n, "%s", words);
    return 0;
}

static int ms_done(const rep_milestone *m)
{
    return strcmp(m->status, "done") == 0 || strncmp(m->status, "this ", 5) == 0;
}

static void pmo(rep_ctx *c, rep_audience *a)
{
    if (!c->nplan)
        return;
    const rep_milestone *open_;
    const size_t still = c->nplan - plan_done(c, &open_);
    const rep_milestone *pend = NULL; /* a done milestone with a task not done */
    for (size_t i = 0; i < c->nplan && !pend; i++)
        if (c->plan[i].pending_task)
            pend = &c->plan[i];
    /* the milestone whose stage stopped the run: said first, with what
     * waits on it (before 2026-12-05 the first milestone not done came
     * first, a side analysis, and the stop was not said:
     * tests/cli/report_pmo_run_stopped) */
    const rep_milestone *stop = NULL;
    for (size_t i = 0; i < c->nplan && !stop; i++)
        if (c->plan[i].stopped_at && !ms_done(&c->plan[i]))
            stop = &c->plan[i];
    if (still == 0 && pend) {
        /* before 2026-12-03 "nothing blocks" was said while milestone 6's
         * comparison of families was not made (tests/cli/plan_status_task_pending) */
        char task[700], said[160];
        if (!rep_pending_words(task, sizeof task, pend->pending_task, pend->pending))
            snprintf(task, sizeof task, "'%s' (%s)", pend->pending_task, pend->pending);
        rep_plan_done_said(c, said, sizeof said);
        said[0] = (char)toupper((unsigned char)said[0]);
        line_add(a, "plan --status", "%s: %s.", said, task);
    } else if (still == 0)
        line_add(a, "plan --status",
                 "All %zu milestones are done once this report is written: nothing blocks the "
                 "go or no-go decision for a pilot.",
                 c->nplan);
    else if (stop) {
        char why[sizeof stop->reason];
        (void)pmo_why(why, sizeof why, stop);
        const size_t at = (size_t)(stop - c->plan) + 1;
        size_t after = 0;
        for (size_t i = at; i < c->nplan; i++)
            after += !ms_done(&c->plan[i]);
        char wait[160] = "";
        if (after == 1)
            snprintf(wait, sizeof wait, "; the milestone after it, %zu, waits on it", at + 1);
        else if (after)
            snprintf(wait, sizeof wait, "; the %zu milestones after it wait on it", after);
        line_add(a, "plan --status",
                 "The run stopped at milestone %zu (%s): %s%s, so %zu of %zu milestones are "
                 "not done until a new run gets past it.",
                 at, stop->title, why[0] ? why : "see the plan's table", wait, still, c->nplan);
        if (open_ && open_ != stop) { /* a side analysis before it, not done either */
            const size_t before = still - 1 - after;
            char more[96] = "";
            if (before > 1)
                snprintf(more, sizeof more, " (and %zu more before milestone %zu)", before - 1, at);
            const int cut2 = pmo_why(why, sizeof why, open_);
            line_add(a, "plan --status", "Also not done: milestone %zu (%s)%s: %s%s",
                     (size_t)(open_ - c->plan) + 1, open_->title, more,
                     why[0] ? why : "see the plan's table", cut2 ? "" : ".");
        }
    } else {
        char why[sizeof open_->reason] = "";
        const int cut = pmo_why(why, sizeof why, open_);
        /* the milestone by its number in the plan's table, as a plain
         * reader finds it there: before 2026-12-02 by its stage's name,
         * "milestone eda", a word of the command line
         * (tests/cli/report_pmo_reason_plain) */
        char num[32] = "?";
        if (open_)
            snprintf(num, sizeof num, "%zu", (size_t)(open_ - c->plan) + 1);
        line_add(a, "plan --status",
                 "%zu of %zu milestone%s %s not done; the first is milestone %s (%s): %s%s", still,
                 c->nplan, c->nplan == 1 ? "" : "s", still == 1 ? "is" : "are", num,
                 open_ ? open_->title : "?", why[0] ? why : "see the plan's table", cut ? "" : ".");
    }
    line_add(a, "plan --status",
             "Each milestone's deliverable, owner, stakeholders, dates and the milestones it "
             "waits on are in the plan's table; the same check runs at any time with claimtriage "
             "plan --status on this folder.");
}

/* A threshold the model was trained with (train's --target-recall or
 * --cost-ratio, run's too) said as given, with the held-out recall beside
 * a target recall, and the way on in the option that set it: before
 * 2026-12-06 the Operations Lead read "the data team lowers the threshold
 * (run's or train's --target-recall or --cost-ratio)" of a run given
 * --target-recall 0.8 whose held-out recall was 76.7%, below the target,
 * and nothing said so (tests/cli/report_ops_threshold_as_set). Writes
 * ". ..." into buf; returns 0 for train's default threshold. */
static int threshold_set(const rep_ctx *c, double fn, double fp, double pos, char *buf, size_t n)
{
    const ct_json_value *tr = rep_root(c, REP_TRAIN), *ev = rep_root(c, REP_EVALUATE);
    const char *rule = tr ? rep_str(tr, "threshold.rule") : NULL;
    if (!rule || !ev)
        return 0;
    const char *more = "To flag more claims at the cost of flagging more opinions";
    const char *fewer = "To flag fewer opinions at the risk of leaving claims unflagged";
    if (strcmp(rule, "target_recall") == 0) {
        const double t = rep_num(tr, "threshold.target_recall");
        const double rec = rep_num(ev, "metrics.recall");
        if (!(t > 0 && t <= 1) || !isfinite(rec) || !(pos >= 1))
            return 0;
        char tb[32], rb[32], kb[32], pb[32];
        snprintf(tb, sizeof tb, "%.6g", 100 * t);
        rep_pct(rb, sizeof rb, rec, 1);
        rep_count(kb, sizeof kb, pos - fn);
        rep_count(pb, sizeof pb, pos);
        /* below the target by the recall shown, not by a rounding of it */
        const int below = rec < 1 && strcmp(rb, tb) != 0 && rec < t;
        /* where train met it: its calibration (or validation) rows */
        char where[96] = "";
        const char *on = rep_str(tr, "threshold.chosen_on");
        const double on_rows = rep_num(tr, "threshold.chosen_on_rows");
        if (on && isfinite(on_rows) && on_rows >= 1) {
            char ob[32];
            rep_count(ob, sizeof ob, on_rows);
            const double got = rep_num(tr, "threshold.chosen_on_recall");
            snprintf(where, sizeof where, ", %s on the %s %s rows train chose it on",
                     isfinite(got) && got >= t ? "met" : "aimed at", ob, on);
        }
        snprintf(buf, n,
                 ". The threshold was set to catch %s%% of claims (--target-recall %.6g%s); "
                 "here it catches %s (%s of %s)%s. %s, the data team sets a %s --target-recall "
                 "(run's or train's)",
                 tb, t, where, rb, kb, pb, below ? ", below that target" : "",
                 fn > 0 ? more : fewer, fn > 0 ? "higher" : "lower");
        return 1;
    }
    if (strcmp(rule, "cost_ratio") == 0) {
        const double k = rep_num(tr, "threshold.cost_ratio");
        if (!(k > 0) || !isfinite(k))
            return 0;
        /* K in the sentence as a number for people (a whole one grouped,
         * "1,000,000,000"), in the option as typed back (shortest: "1e+09"
         * before 2026-12-06 in both) */
        char kp[64], ko[CT_NUMFMT_SHORTEST_MAX];
        if (k >= 1000 && k < 1e15 && k == floor(k))
            ct_numfmt_count(kp, sizeof kp, (uint64_t)k);
        else
            ct_numfmt_shortest(kp, sizeof kp, k);
        ct_numfmt_shortest(ko, sizeof ko, k);
        snprintf(buf, n,
                 ". The threshold was set for an unflagged claim that costs %s wasted "
                 "review%s (--cost-ratio %s). %s, the data team sets a %s --cost-ratio "
                 "(run's or train's)",
                 kp, k == 1 ? "" : "s", ko, fn > 0 ? more : fewer, fn > 0 ? "higher" : "lower");
        return 1;
    }
    (void)fp;
    return 0;
}

static void finance(rep_ctx *c, rep_audience *a)
{
    const rep_finance *f = &c->fin;
    char untold[256]; /* rep_random_said */
    const rep_point *p = point_of(c, "finance");
    if (!f->ok || !p)
        return;
    /* the summary's finance point without the decision it opens with */
    line_add(a, p->source, "%s", f->lead_point[0] ? f->lead_point : p->text);
    /* after "No review hours are saved per day in this run" (the finance
     * note), a line explaining "what the saving is" contradicted it */
    if (f->note[0] && f->day_reviews < 1) /* no whole review in a day: no "within the day" */
        line_add(a, "queue_eval.json",
                 "What the queue changes here: only the order of the reviews; every report is "
                 "still reviewed, so it means neither fewer reviews nor fewer moderators (the "
                 "finance section gives the assumptions).");
    else if (f->note[0])
        line_add(a, "queue_eval.json",
                 "What the queue changes here: only the order within the day; every report is "
                 "still reviewed, so it means neither fewer reviews nor fewer moderators (the "
                 "finance section gives the assumptions).");
    else if (f->at_chance) { /* no saving to count (finance_compute) */
        char said[256];
        rep_chance_said(c, "its model", NULL, said, sizeof said);
        line_add(a, "queue_eval.json, evaluate.json",
                 "What the queue changes here: nothing to count on; %s, and every report is "
                 "still reviewed either way.",
                 said);
    }
    /* the line above, in these three cases, says what the day finds against
     * random order and that "every report is still reviewed either way":
     * not said again here (until 2026-12-08 it was, in the same words:
     * tests/cli/report_summary_figure_once) */
    else if (rep_queue_gain(f) == REP_GAIN_NO && (rep_day_blind_to(f) & REP_BLIND_RANDOM))
        /* the day's count within its luck of random order's
         * (rep_day_blind_to): the order, not "nothing measurable"
         * (tests/cli/report_day_too_short) */
        line_add(a, "queue_eval.json",
                 "What the queue changes here: only the order of the reviews, which the whole "
                 "queue's waits above compare.");
    else if (rep_queue_gain(f) == REP_GAIN_NO && rep_random_said(f, 1, untold, sizeof untold))
        line_add(a, "queue_eval.json",
                 "What the queue changes here: nothing shown, as its lead above may be chance.");
    else if (rep_queue_gain(f) == REP_GAIN_NO) /* no saving to explain (rep_queue_gain) */
        line_add(a, "queue_eval.json", "What the queue changes here: nothing measurable.");
    else {
        /* what the figure is, for the reader who budgets: review time, not
         * money saved, and how long it lasts (before 2026-12-05 "What the
         * saving is" beside "about 315 USD", read as cash saved a day:
         * tests/cli/report_finance_not_a_saving) */
        char lead[320];
        rep_lead_said(c, lead, sizeof lead);
        lead[0] = (char)toupper((unsigned char)lead[0]); /* opens a sentence */
        /* three sentences, not one of 79 words (before 2026-12-06:
         * tests/cli/report_finance_not_a_saving) */
        /* the line above already says that every report is still reviewed
         * ("..., so review cost does not fall"): not said twice in one point
         * (before 2026-12-07: tests/cli/report_finance_lead_said_once) */
        const char *first = f->lead_point[0] ? f->lead_point : p->text;
        line_add(a, "queue_eval.json",
                 "What the figure is: how much sooner the claims are found, in review "
                 "hours%s.%s %s. The finance section gives the assumptions and the formula.",
                 c->opt.cost_per_hour > 0 ? ", valued at the cost of a review hour" : "",
                 strstr(first, "still reviewed")
                     ? " No review, moderator or dollar is saved."
                     : " The review cost stays the same, as every report is still reviewed in "
                       "either order (no review, moderator or dollar is saved).",
                 lead);
    }
    /* the verdict of the queue point and the finance box: before, the hours
     * were compared here by their own rule, and a day of 8 reviews read
     * "the model's own share is the difference" beside a queue point
     * saying views alone does as well */
    const int v = rep_views_verdict(f);
    if (v != REP_VIEWS_NONE && !f->note[0] && !f->at_chance) {
        char hm[32], hv[32], most[1280];
        rep_saved_hours(hm, sizeof hm, f->hours_saved);
        rep_saved_hours(hv, sizeof hv, f->hours_saved_views);
        if (rep_views_no_gain(f)) {
            /* before 2026-12-02 "would save 0.00 of those hours (the
             * model's queue 5.62)", hiding that it does no better than
             * random order (tests/cli/report_views_no_gain_said) */
            char vv[32], ra[32];
            rep_pct(vv, sizeof vv, f->recall_views, 2);
            rep_pct(ra, sizeof ra, f->recall_random, 2);
            /* the queue saving none too: "saves all 0.00" said nothing
             * (tests/cli/report_views_no_gain_either) */
            if (f->hours_saved == 0) /* on the number, not its text (hm) */
                line_add(a, "queue_eval.json",
                         "Sorting by view counts alone, with no model, would find claims no "
                         "sooner than random order either: in the day it finds %s of the "
                         "claims, %s random order's %s.",
                         vv, rep_no_more_than(f->recall_views, f->recall_random), ra);
            else
                line_add(a, "queue_eval.json",
                         "Sorting by view counts alone, with no model, would gain none of "
                         "those hours: in the day it finds %s of the claims, %s "
                         "random order's %s; the model's queue gains all %s.",
                         vv, rep_no_more_than(f->recall_views, f->recall_random), ra, hm);
        } else {
            /* the model's queue's hours are the first line's figure: not
             * given again, "as many" where views alone's read alike; a
             * short day's sentence (rep_day_blind_to) the first line
             * carries too (point_finance) is not said twice. Before
             * 2026-12-07 "(the model's queue 7.88)" repeated the first
             * line's 7.88, and on a short day the whole sentence came twice
             * (tests/cli/report_finance_lead_said_once) */
            char gain[96];
            const int none = rep_queue_gain(f) == REP_GAIN_NO; /* the first line counts none */
            if (none && v == REP_VIEWS_SAME) {
                /* no hours counted for the queue: none for an order that
                 * does as well, not "would gain 0.05 of those hours (the
                 * model's queue 0.05)" of hours the line above does not
                 * count (before 2026-12-07) */
                line_add(a, "queue_eval.json",
                         "Sorting by view counts alone, with no model, does as well in the day, "
                         "so it counts no review hours either.");
                return;
            }
            if (none)
                snprintf(gain, sizeof gain, "%s review hours over random order", hv);
            else if (strcmp(hv, hm) == 0)
                snprintf(gain, sizeof gain, "as many of those hours");
            else
                snprintf(gain, sizeof gain, "%s of those hours", hv);
            const int day =
                v == REP_VIEWS_SAME &&
                rep_day_blind_said(f, REP_MOST_FIGURES | REP_MOST_PLAIN, most, sizeof most);
            if (day && !rep_day_blind_to(f))
                line_add(a, "queue_eval.json",
                         "Sorting by view counts alone, with no model, would gain %s. %s", gain,
                         most);
            else if (day)
                line_add(a, "queue_eval.json",
                         "Sorting by view counts alone, with no model, would gain %s.", gain);
            else
                line_add(a, "queue_eval.json",
                         "Sorting by view counts alone, with no model, would gain %s: %s.", gain,
                         v == REP_VIEWS_QUEUE_BETTER ? "the model's own share is the difference"
                         : v == REP_VIEWS_BETTER
                             ? "views alone does better on these reports, so the model's queue "
                               "gains nothing over it here"
                             : "the model adds little or nothing over views alone on these "
                               "reports");
        }
    }
}

/* where each report's reasons are: queue.csv, which a redacted run does not
 * write */
static const char *row_why(const rep_ctx *c)
{
    return c->opt.redact ? "this redacted copy writes no queue.csv, so the reasons per report "
                           "are not in it"
                         : "each row of queue.csv says why it is there (its reasons column)";
}

static void operations(rep_ctx *c, rep_audience *a)
{
    char untold[256]; /* rep_random_said */
    const rep_finance *f = &c->fin;
    /* where views alone does as well as the queue (the verdict the Data
     * Science Manager's decision and the finance box follow), the order to
     * work in is that decision, said so: before 2026-12-05 the Operations
     * Lead read "Work the queue from the top" while the others were told
     * the choice is between the two (tests/cli/report_ops_views_choice) */
    static const char ops_choice[] =
        "which of the two to work in is a choice (the Data Science Manager's point gives it), "
        "and the model's queue is no better an order here; but " REP_VIEWS_NEW_CLAUSE;
    /* views alone doing better on the figure the decision compares
     * (rep_views_decision): the order to follow is views alone's, without
     * the model, as the Data Science Manager's decision says (since
     * 2026-12-06: tests/cli/report_decision_views_better) */
    static const char ops_views[] = "follow that order today: the model's queue is no better an "
                                    "order here; but " REP_VIEWS_NEW_CLAUSE;
    /* only an order that does better than the queue withholds it: where
     * views alone does as well (within the verdict's noise) the queue is
     * worse than no baseline, and the decision is to follow it, said with
     * what it gains; before 2026-12-05 a tie withheld it too, and the real
     * file's Operations Lead got no decision and no figure
     * (tests/cli/report_ops_follow_when_views_tie) */
    const int v = rep_views_verdict(f), vw = rep_views_wait_verdict(f), vd = rep_views_decision(f);
    char gain[384] = "", blind[1280];
    /* no hours where the queue gains none that count (rep_queue_gain: a day
     * whose lead its test cannot tell from chance), as the Finance Lead's
     * point and the finance box say; before 2026-12-07 the Operations Lead
     * read "Random order would need 0.05 more review hours" beside the box's
     * "none counted" (tests/cli/report_short_day_plain) */
    if (f->ok && !f->note[0] && f->hours_saved > 0 && rep_queue_gain(f) != REP_GAIN_NO) {
        char hs[32], cs[96] = "";
        rep_saved_hours(hs, sizeof hs, f->hours_saved);
        if (c->opt.cost_per_hour > 0) {
            char m[64];
            rep_saved_money(m, sizeof m, f->cost_saved, c->opt.currency);
            snprintf(cs, sizeof cs, ", review time worth %s", m);
        }
        /* a queue whose first day finds every claim: the hours are the
         * queue's, not a day's, as the Finance Lead's point and box say
         * (before 2026-12-05 "saves about 24.94 review hours a day" beside
         * the finance point's "not a rate per day": tester AM,
         * tests/cli/report_all_found_one_framing) */
        /* the hours random order needs more and their worth, not a saving
         * (every report is still reviewed): before 2026-12-05 "it saves
         * about 7.88 review hours a day, about 315 USD"
         * (tests/cli/report_finance_not_a_saving) */
        if (f->recall_queue >= 1 - 1e-12 && f->claims < f->day_reviews)
            snprintf(gain, sizeof gain,
                     "; random order would need %s more review hours to find them%s (a "
                     "figure of this queue, not per day; every report is still reviewed)",
                     hs, cs);
        else
            snprintf(gain, sizeof gain,
                     "; random order would need %s more review hours to find as many%s "
                     "(every report is still reviewed either way)",
                     hs, cs);
    }
    if (f->ok && f->day_reviews >= 1 && f->day_reviews >= f->n) {
        /* the day holds the whole queue: every order reviews every claim
         * within it (the day's shares, 100% against 100%, compare nothing);
         * the wait over the queue does */
        char d[32], nq[32], hq[32], hr[32], wait[256] = "", same[64], either[128];
        rep_count(d, sizeof d, f->day_reviews);
        rep_count(nq, sizeof nq, f->n);
        if (rep_wait_same_shown(f, same, sizeof same, either, sizeof either))
            /* two waits that print alike are said so, not "0.67 instead of
             * 0.67" (rep_wait_same_shown) */
            snprintf(wait, sizeof wait, "; from the top, a claim waits %s (%s)", same, either);
        else if (isfinite(f->hours_queue_mean) && isfinite(f->hours_random_mean)) {
            rep_hours2_said(hq, sizeof hq, f->hours_queue_mean);
            rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
            snprintf(wait, sizeof wait,
                     "; from the top, a claim waits %s hours of review on average instead of %s "
                     "in random order",
                     hq, hr);
        }
        if (f->at_chance) { /* no order to advise (finance_compute) */
            char said[256];
            rep_chance_said(c, "the model", NULL, said, sizeof said); /* plain: no statistic */
            line_add(a, "queue_eval.json, evaluate.json",
                     "The whole queue (%s report%s) fits in one review day of %s review%s. "
                     "Every claim is reviewed within the day in any order; %s, so its order is "
                     "no order of priority; %s.",
                     nq, rep_s(f->n), d, rep_s(f->day_reviews), said, row_why(c));
        } else if (rep_queue_gain(f) == REP_GAIN_NO && rep_random_untold(f)) {
            /* shorter on average, but not as the claims' places show it
             * (rep_wait_random_shown): "not shown", not "does not" (since
             * 2026-12-07: tests/cli/report_wait_random_test) */
            char t[128];
            rep_wait_random_test_said(f, t, sizeof t);
            line_add(a, "queue_eval.json",
                     "The whole queue (%s report%s) fits in one review day of %s review%s. "
                     "Every claim is reviewed within the day in any order; the queue's order "
                     "is not shown to review claims sooner%s, a difference random order makes "
                     "by chance too often to count (%s), so it gives no reason to work it from "
                     "the top; %s.",
                     nq, rep_s(f->n), d, rep_s(f->day_reviews), wait, t, row_why(c));
        } else if (rep_queue_gain(f) == REP_GAIN_NO)
            /* the wait is no shorter from the top: no order to advise
             * (rep_queue_gain) */
            line_add(a, "queue_eval.json",
                     "The whole queue (%s report%s) fits in one review day of %s review%s. "
                     "Every claim is reviewed within the day in any order; the queue's order "
                     "does not review claims sooner%s, so it gives no reason to work it from "
                     "the top; %s.",
                     nq, rep_s(f->n), d, rep_s(f->day_reviews), wait, row_why(c));
        else if (vw == REP_VIEWS_SAME) {
            /* as well as views alone: follow it (above) */
            char hv[32], tie[640];
            rep_hours2_said(hv, sizeof hv, f->hours_views_mean);
            /* the two waits said in the sentence before (since 2026-12-08) */
            rep_views_tie_words(f, REP_TIE_SAID_WAIT, tie, sizeof tie);
            line_add(
                a, "queue_eval.json",
                "The queue and views alone do as well: the whole queue (%s report%s) fits in one "
                "review day of %s review%s. Every claim is reviewed within the day in "
                "any order%s; sorted by view counts alone, with no model, %s hours, %s. "
                "The queue matches %s, and %s; %s; %s.",
                nq, rep_s(f->n), d, rep_s(f->day_reviews), wait, hv, rep_views_same_words(f, 1),
                rep_views_match(c), tie, ops_choice, row_why(c));
        } else if (vw == REP_VIEWS_BETTER) {
            char hv[32];
            rep_hours2_said(hv, sizeof hv, f->hours_views_mean);
            line_add(a, "queue_eval.json",
                     "Sort the queue by view counts alone, with no model: the whole queue (%s "
                     "report%s) fits in one review day of %s review%s. Every claim is "
                     "reviewed within the day in any order%s. Sorted by view counts alone, a "
                     "claim waits %s hours: %s; %s.",
                     nq, rep_s(f->n), d, rep_s(f->day_reviews), wait, hv, ops_views, row_why(c));
        } else
            line_add(a, "queue_eval.json",
                     "Work the queue from the top: the whole queue (%s report%s) fits in one "
                     "review day of %s review%s. Every claim is reviewed within the day in "
                     "any order%s; %s.",
                     nq, rep_s(f->n), d, rep_s(f->day_reviews), wait, row_why(c));
    } else if (f->ok && f->day_reviews >= 1) {
        char d[32], q[32], r[32];
        rep_count(d, sizeof d, f->day_reviews);
        /* the summary's, the finance box's and the queue table's 2 decimals:
         * before 2026-12-02 "4.8%" here beside "4.84%" there */
        rep_pct_near_from(q, sizeof q, f->recall_queue, 2);
        rep_pct_near_from(r, sizeof r, f->recall_random, 2);
        if (f->at_chance) { /* no order to advise (finance_compute) */
            char said[256];
            rep_chance_said(c, "the model", NULL, said, sizeof said); /* plain: no statistic */
            said[0] = (char)toupper((unsigned char)said[0]);
            line_add(a, "queue_eval.json, evaluate.json",
                     "%s, so the queue is no order of priority: a day of %s review%s finds %s "
                     "of the claims in its order, against about %s in random order, a "
                     "difference luck or the view counts can make; do not work it from the top "
                     "as an order until the model improves; %s.",
                     said, d, rep_s(f->day_reviews), q, r, row_why(c));
        } else if (rep_day_blind_to(f) &&
                   /* the sentence gives the day's size and shares: the
                    * short day's without its counts (until 2026-12-08
                    * "finds 0.60% ... it finds 3 claims":
                    * tests/cli/report_summary_figure_once) */
                   rep_day_blind_said(f, REP_MOST_FIGURES | REP_MOST_PLAIN | REP_MOST_COUNTS_SAID,
                                      blind, sizeof blind)) {
            /* a short day whose counts cannot tell two orders apart: the
             * order the decision gives by the whole queue's waits (rep_decision;
             * since 2026-12-06: tests/cli/report_day_too_short) */
            const int dec = rep_decision(c);
            char vv[32], why[256];
            rep_pct_near_from(vv, sizeof vv, f->recall_views, 2);
            if (strcmp(vv, q) == 0) /* the queue's share, not said again */
                snprintf(vv, sizeof vv, "as many");
            /* views alone where the file has view counts: without them
             * its share does not exist (until 2026-12-08 "it finds
             * undefined": tests/cli/report_ops_short_day_no_views) */
            char vclause[96] = "";
            if (isfinite(f->recall_views))
                snprintf(vclause, sizeof vclause,
                         "; sorted by view counts alone, with no model, it finds %s", vv);
            snprintf(why, sizeof why, "%s", row_why(c));
            why[0] = (char)toupper((unsigned char)why[0]);
            line_add(
                a, "queue_eval.json",
                "%s: a day of %s review%s finds %s of the claims in the queue's order, "
                "against about %s in random order%s%s. %s%s %s.",
                dec == REP_DECIDE_QUEUE   ? "Work the queue from the top"
                : dec == REP_DECIDE_VIEWS ? "Sort the queue by view counts alone, with no model"
                : dec == REP_DECIDE_CHOICE
                    ? "The queue and views alone do as well"
                    : "Do not work the queue from the top as an order of priority until "
                      "the model improves",
                d, rep_s(f->day_reviews), q, r, gain, vclause, blind,
                dec == REP_DECIDE_VIEWS || dec == REP_DECIDE_CHOICE ? " " REP_VIEWS_NEW_SENTENCE
                                                                    : "",
                why);
        } else if (rep_queue_gain(f) == REP_GAIN_NO && rep_random_said(f, 1, untold, sizeof untold))
            line_add(a, "queue_eval.json",
                     "The queue is not shown to do better than random order here: a day of %s "
                     "review%s finds %s of the claims in its order, against about %s in random "
                     "order, %s; so do not work it from the top as an order of priority until "
                     "the model improves; %s.",
                     d, rep_s(f->day_reviews), q, r, untold, row_why(c));
        else if (rep_queue_gain(f) == REP_GAIN_NO)
            line_add(a, "queue_eval.json",
                     "The queue does no better than random order here: a day of %s review%s "
                     "finds %s of the claims in its order, against about %s in random order, "
                     "so do not work it from the top as an order of priority until the model "
                     "improves; %s.",
                     d, rep_s(f->day_reviews), q, r, row_why(c));
        else if (v == REP_VIEWS_SAME) {
            /* as well as views alone on the day: the queue where its whole
             * wait is shorter (a day covering most of the queue), else the
             * two as a choice, or views alone where its wait is shorter
             * (rep_views_decision) */
            char vv[32], tie[640];
            rep_pct_near_from(vv, sizeof vv, f->recall_views, 2);
            /* the paired test in plain words (the Operations Lead's point);
             * the two shares of the day are the sentence's own figures, so
             * the tie words do not say again that they are as many
             * (REP_TIE_SAID_DAY: before 2026-12-07 "it finds 24.97%, as
             * well. So the queue matches ...: it finds as many claims in the
             * day as views alone": tests/cli/report_ops_day_said_once) */
            rep_views_tie_words(f, REP_TIE_FIGURES | REP_TIE_PLAIN | REP_TIE_SAID_DAY, tie,
                                sizeof tie);
            /* views alone's share as the queue's: "as many", not the
             * figure again (until 2026-12-08 "it finds 96.19%, as well"
             * after the queue's 96.19%: tests/cli/report_summary_figure_once) */
            char vfinds[64];
            if (strcmp(vv, q) == 0)
                snprintf(vfinds, sizeof vfinds, "as many");
            else
                snprintf(vfinds, sizeof vfinds, "%s, %s", vv, rep_views_same_words(f, 0));
            line_add(a, "queue_eval.json",
                     "%s: %sa day of %s review%s finds %s of the claims, "
                     "against about %s in random order%s; sorted by view counts alone, with no "
                     "model, it finds %s. So the queue matches %s%s"
                     "%s; %s%s%s.",
                     vd == REP_VIEWS_QUEUE_BETTER ? "Work the queue from the top"
                     : vd == REP_VIEWS_BETTER     ? "Sort the queue by view counts alone, with no "
                                                    "model"
                                                  : "The queue and views alone do as well",
                     vd == REP_VIEWS_QUEUE_BETTER ? "" : "in the queue's order, ", d,
                     rep_s(f->day_reviews), q, r, gain, vfinds, rep_views_match(c),
                     tie[0] ? "; " : "", tie,
                     vd == REP_VIEWS_QUEUE_BETTER ? ""
                     : vd == REP_VIEWS_BETTER     ? ops_views
                                                  : ops_choice,
                     vd == REP_VIEWS_QUEUE_BETTER ? "" : "; ", row_why(c));
        } else if (v == REP_VIEWS_BETTER) {
            char vv[32];
            rep_pct_near_from(vv, sizeof vv, f->recall_views, 2);
            line_add(a, "queue_eval.json",
                     "Sort the queue by view counts alone, with no model: a day of %s review%s "
                     "finds %s of the claims sorted by view counts alone, against %s in the "
                     "queue's order and about %s in random order: %s; %s.",
                     d, rep_s(f->day_reviews), vv, q, r, ops_views, row_why(c));
        } else if (f->wv_lead != REP_LEAD_NONE) {
            /* the lead over views alone made (mostly) by the reports
             * without a view count, which views alone places last: those
             * in the model's order, the rest in either (before 2026-12-06
             * "Work the queue from the top": tests/cli/report_lead_without_views) */
            char vv[32], nw[32], nv[32], wq[32], wvv[32], why[256];
            rep_pct_near_from(vv, sizeof vv, f->recall_views, 2);
            rep_count(nw, sizeof nw, f->wv_without);
            rep_count(nv, sizeof nv, f->wv_rows);
            rep_pct_near_from(wq, sizeof wq, f->wv_recall_queue, 2);
            rep_pct_near_from(wvv, sizeof wvv, f->wv_recall_views, 2);
            snprintf(why, sizeof why, "%s", row_why(c));
            why[0] = (char)toupper((unsigned char)why[0]);
            line_add(a, "queue_eval.json",
                     "Review the %s report%s without a view count in the queue's order, since "
                     "sorting by view counts ranks them last; work the rest in either order. A "
                     "day of %s review%s finds %s of the claims in the queue's order, against "
                     "about %s in random order and %s sorted by view counts alone. %s lead over "
                     "view counts alone comes from the reports without one: on the %s with a "
                     "view count, a day "
                     "finds %s of their claims in the queue's order, %s by view counts alone. "
                     "%s.",
                     nw, rep_s(f->wv_without), d, rep_s(f->day_reviews), q, r, vv,
                     f->wv_lead == REP_LEAD_ALL ? "The queue's" : "Most of the queue's", nv, wq,
                     wvv, why);
        } else
            line_add(a, "queue_eval.json",
                     "Work the queue from the top: a day of %s review%s finds %s of the claims, "
                     "against about %s in random order; %s.",
                     d, rep_s(f->day_reviews), q, r, row_why(c));
    } else if (f->ok) {
        /* a day that holds no whole review has no day's share to give; the
         * queue's order as score.json records it: a queue ranked by
         * probability puts no weight on views */
        const char *pri = rep_str(rep_root(c, REP_SCORE), "priority");
        if (f->at_chance) {
            char said[256];
            rep_chance_said(c, "the model", NULL, said, sizeof said); /* plain: no statistic */
            said[0] = (char)toupper((unsigned char)said[0]);
            char few[96];
            line_add(a, "queue_eval.json, evaluate.json",
                     "%s, so the top of the queue %s likelier claims than the rest; %s.", said,
                     rep_ranking_few(c, few, sizeof few) ? "cannot be shown to hold" : "holds no",
                     row_why(c));
        } else
            line_add(a, "queue_eval.json",
                     "Work the queue from the top, where the likely claims %s; %s.",
                     pri && strcmp(pri, "prob") == 0 ? "are" : "that many people see are",
                     row_why(c));
    }
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    const double fn = rep_num(ev, "metrics.confusion.fn"), fp = rep_num(ev, "metrics.confusion.fp");
    const double pos = rep_num(ev, "metrics.positives");
    if (ev && isfinite(fn) && isfinite(fp) && isfinite(pos)) {
        char b1[32], b2[32], b3[32];
        rep_count(b1, sizeof b1, fn);
        rep_count(b2, sizeof b2, pos);
        rep_count(b3, sizeof b3, fp);
        const char *split = rep_str(ev, "split");
        const char *on = split && strcmp(split, "test") == 0
                             ? "held-out reports the model never saw"
                             : "the labelled reports evaluated";
        /* "none" for a zero, and the way to move the threshold only in the
         * direction that has something to gain: "to catch more claims"
         * after "missed 0 of 305 claims" promised nothing */
        char missed[96], sent[96], move[REP_TEXT_MAX];
        if (fn == 0)
            snprintf(missed, sizeof missed, "flagged all %s claim%s as likely", b2, rep_s(pos));
        else
            snprintf(missed, sizeof missed, "left %s of %s claim%s unflagged", b1, b2, rep_s(pos));
        if (fp == 0)
            snprintf(sent, sizeof sent, "flagged no opinion");
        else
            snprintf(sent, sizeof sent, "flagged %s opinion%s", b3, rep_s(fp));
        double nauc;
        const int none = fn > 0 || fp > 0 ? rep_no_ranking(c, &nauc) : 0;
        if (none) {
            /* moving the cut along a ranking without signal trades one
             * error for the other at chance's rate (rep_no_ranking); on
             * rows too few to tell, no one can say that it would help */
            char said[256];
            rep_no_ranking_said(c, none, "the model", said, sizeof said);
            snprintf(move, sizeof move,
                     ". Moving the threshold %s: %s, and better data or "
                     "features are the fix",
                     none == REP_RANKING_FEW ? "cannot be shown to help" : "would not help", said);
        } else if ((fn > 0 || fp > 0) && threshold_set(c, fn, fp, pos, move, sizeof move))
            ; /* the threshold the run was given, its result and the way on */
        else if (fn > 0)
            snprintf(move, sizeof move,
                     ". To flag more claims at the cost of flagging more opinions, the data team "
                     "lowers the threshold (run's or train's --target-recall or --cost-ratio)");
        else if (fp > 0)
            snprintf(move, sizeof move,
                     ". To flag fewer opinions at the risk of leaving claims unflagged, the data "
                     "team raises the threshold (run's or train's --target-recall or "
                     "--cost-ratio)");
        else
            snprintf(move, sizeof move, ": no threshold does better on these reports");
        /* errors that are mostly rows scored without their data: what they
         * need, not the threshold (before 2026-12-05 "lowers the
         * threshold" of 30 errors all among such rows: tester AO F4,
         * tests/cli/report_errors_without_evidence) */
        char ne[REP_TEXT_MAX - 512];
        if (rep_evidence_errors(c, ne, sizeof ne))
            snprintf(move, sizeof move, ". %.*s", (int)(strlen(ne) - 1), ne);
        /* the definition of a flag in a sentence of its own, after the
         * figures and what to do (before 2026-12-06 one sentence of 43
         * words: tests/cli/report_ops_sentences_short) */
        line_add(a, "evaluate.json",
                 "On %s, it %s and %s%s. Flagged means marked as a likely claim (%s); unflagged "
                 "reports stay in the queue, in its order.",
                 on, missed, sent, move,
                 c->opt.redact ? "a column of the queue this redacted copy does not write"
                               : "queue.csv's 'predicted' column");
    }
    /* every group said, whole ones only (rep_group_list) */
    char groups[400];
    if (rep_group_list(rep_get(ev, "by.groups"), REP_GROUPS_SHORT, groups, sizeof groups)) {
        /* the column in words for a plain reader: "verified status", not
         * the file's header "verified_status" */
        char col[REP_TEXT_MAX]; /* longer than the line: line_add cuts first */
        rep_by_column_words(ev, col, sizeof col);
        /* one group is no comparison: before 2026-12-05 "a group far
         * behind the others" was said of the only one
         * (tests/cli/report_errors_one_group) */
        if (ct_json_size(rep_get(ev, "by.groups")) == 1)
            line_add(a, "evaluate.json",
                     "Claims caught by %s: %s, the only %s among the held-out reports, so the "
                     "queue was not checked on any other; reports of another %s need their own "
                     "labelled check before the queue is trusted for them.",
                     col, groups, col, col);
        else {
            /* the lagging group named with its figures, by the evaluate
             * section's rule (a recall 1 percentage point or more below the
             * best group's: report_model.c's errors_by_group); nothing of
             * the kind when none lags. Before 2026-12-06 "a group far behind
             * the others needs its own labelled reports" was said whatever
             * the figures, at 100% in both groups too, and never named
             * 'verified' at 20.72% against 79.65%
             * (tests/cli/report_ops_group_lag_named) */
            const ct_json_value *gs = rep_get(ev, "by.groups");
            /* a group is said to lag only when it holds the claims a
             * conclusion needs (base/headline.h's rule over the held-out
             * claims, at least 10, as the hypothesis-test section's); a
             * smaller one is said to be too few to tell, and a model at
             * chance, whose queue the point above calls no order of
             * priority, gets no warning about trusting the queue for one
             * group. Before 2026-12-06 'verified' "lags behind (0.00%
             * against 'not verified' 43.75%)" on 0 of 1 claim, at chance
             * too (tests/cli/report_ops_group_lag_small) */
            rep_group_gap gap;
            const int lags = rep_group_lag(c, ev, &gap);
            const double minn = rep_groups_claims_min(gs);
            /* each clause begins "the group 'LEVEL'", a sentence of its own
             * once split (rep_split_clauses splits no clause beginning with a
             * quoted level: before 2026-12-06 a sentence began "'verified'
             * lags", in lower case) */
            char lag[1024] = "";
            /* a gap chance could make is said as such (rep_group_lag);
             * the two shares are in the list the clause follows, so not
             * given again (until 2026-12-08 they were:
             * tests/cli/report_summary_figure_once) */
            if (lags == REP_GROUP_LAGS)
                snprintf(lag, sizeof lag,
                         "; the group '%s' lags behind '%s' and needs its own labelled reports "
                         "before the queue is trusted for it",
                         gap.worst_level, gap.best_level);
            else if (lags)
                snprintf(lag, sizeof lag,
                         "; the group '%s' catches fewer of its claims than '%s', a gap chance "
                         "could make on these counts; more labelled reports would tell whether "
                         "it lags",
                         gap.worst_level, gap.best_level);
            /* the groups below the minimum that would otherwise read as
             * lagging (a recall 1 point or more below the best's) */
            const ct_json_value *ref = gap.best ? gap.best : gap.top;
            const ct_eda_chart_options co = ct_reports_eda_chart_options();
            const ct_chart_label *bl =
                rep_str(ev, "by.column")
                    ? ct_chart_label_find(co.labels, co.nlabels, rep_str(ev, "by.column"))
                    : NULL;
            for (size_t i = 0; ref && i < ct_json_size(gs); i++) {
                const ct_json_value *g = ct_json_at(gs, i);
                const double p = rep_num(g, "metrics.positives"), r = rep_num(g, "metrics.recall");
                if (!(p > 0) || !(p < minn) || !isfinite(r) || !rep_str(g, "level") ||
                    !(rep_num(ref, "metrics.recall") - r >= 0.01))
                    continue;
                char pn[32], whose[256];
                rep_count(pn, sizeof pn, p);
                if (bl && bl->level_noun)
                    snprintf(whose, sizeof whose, "of '%.80s' %.80s", rep_str(g, "level"),
                             bl->level_noun);
                else
                    snprintf(whose, sizeof whose, "with %.80s '%.80s'", col, rep_str(g, "level"));
                const size_t u = strlen(lag);
                snprintf(lag + u, sizeof lag - u,
                         "; the group '%s' has only %s claim%s among the held-out reports: too few "
                         "to say "
                         "whether it lags; label more reports %s",
                         rep_str(g, "level"), pn, p == 1 ? "" : "s", whose);
            }
            line_add(a, "evaluate.json", "Claims caught by %s: %s%s.", col, groups, lag);
        }
    }
}

void rep_audience_compute(rep_ctx *c)
{
    for (int k = 0; k < REP_AUD_N; k++) {
        rep_audience *a = &c->aud[k];
        memset(a, 0, sizeof *a);
        a->who = people[k].who;
        a->style = people[k].style;
        a->technical = people[k].technical;
    }
    ds_lead(c, &c->aud[0]);
    ds_manager(c, &c->aud[1]);
    ds_scientist(c, &c->aud[2]);
    pmo(c, &c->aud[3]);
    finance(c, &c->aud[4]);
    operations(c, &c->aud[5]);
    /* the Finance and Operations Leads read plain language: their points'
     * clauses are sentences (before 2026-12-06 one Operations point ran to
     * 147 words: tests/cli/report_ops_sentences_short) */
    for (int k = 4; k <= 5; k++)
        for (size_t i = 0; i < c->aud[k].n; i++)
            rep_split_clauses(c->aud[k].line[i]);
}

void rep_write_audience(rep_ctx *c)
{
    rep_section(c, "audience", "Talking points by stakeholder");
    ct_html_para(c->h, "note",
                 "The same findings for each stakeholder of the plan, in their terms: the data "
                 "roles get methods and numbers, the others the decision, its cost and what to "
                 "do. Every figure is this run's.");
    for (int k = 0; k < REP_AUD_N; k++) {
        const rep_audience *a = &c->aud[k];
        ct_html_raw(c->h, "<h3>");
        ct_html_text(c->h, a->who);
        ct_html_raw(c->h, " <span class=\"note\">(");
        ct_html_text(c->h, a->style);
        ct_html_raw(c->h, ")</span></h3>\n");
        if (a->n == 0) {
            c->res.missing++;
            char why[512];
            rep_unused_sources(c, why, sizeof why);
            ct_html_paraf(c->h, "missing",
                          "No talking point: the artifacts they come from %s (see the sections "
                          "below).",
                          why);
            continue;
        }
        ct_html_list_begin(c->h, "points");
        for (size_t i = 0; i < a->n; i++)
            ct_html_item(c->h, a->line[i]);
        ct_html_list_end(c->h);
    }
    ct_html_section_end(c->h);
}

static int group_lag_kind(const rep_ctx *c, const ct_json_value *ev, const ct_json_value **worst,
                          const ct_json_value **best, const ct_json_value **top)
{
    const ct_json_value *gs = rep_get(ev, "by.groups");
    const double minn = rep_groups_claims_min(gs);
    *worst = *best = *top = NULL;
    for (size_t i = 0; i < ct_json_size(gs); i++) {
        const ct_json_value *g = ct_json_at(gs, i);
        const double r = rep_num(g, "metrics.recall");
        if (!(rep_num(g, "metrics.positives") > 0) || !isfinite(r) || !rep_str(g, "level"))
            continue;
        if (!*top || r > rep_num(*top, "metrics.recall"))
            *top = g;
        if (rep_num(g, "metrics.positives") < minn)
            continue;
        if (!*worst || r < rep_num(*worst, "metrics.recall"))
            *worst = g;
        if (!*best || r > rep_num(*best, "metrics.recall"))
            *best = g;
    }
    const int chance = c->fin.ok && c->fin.at_chance;
    if (chance || !*worst || !*best ||
        !(rep_num(*best, "metrics.recall") - rep_num(*worst, "metrics.recall") >= 0.01))
        return 0;
    const double p = rep_group_gap_p(*worst, *best);
    return isfinite(p) && p >= REP_GROUP_ALPHA ? REP_GROUP_GAP_CHANCE : REP_GROUP_LAGS;
}

int rep_group_lag(const rep_ctx *c, const ct_json_value *ev, rep_group_gap *g)
{
    memset(g, 0, sizeof *g);
    g->kind = group_lag_kind(c, ev, &g->worst, &g->best, &g->top);
    if (g->kind) {
        g->worst_level = rep_str(g->worst, "level");
        g->best_level = rep_str(g->best, "level");
        rep_cell_pct2(g->worst_pct, sizeof g->worst_pct, rep_num(g->worst, "metrics.recall"));
        rep_cell_pct2(g->best_pct, sizeof g->best_pct, rep_num(g->best, "metrics.recall"));
    }
    return g->kind;
}

void rep_by_column_words(const ct_json_value *ev, char *col, size_t n)
{
    snprintf(col, n, "%s", rep_str(ev, "by.column") ? rep_str(ev, "by.column") : "group");
    for (char *u = col; *u; u++)
        if (*u == '_')
            *u = ' ';
}

double rep_group_gap_p_counts(double tp_a, double pos_a, double tp_b, double pos_b)
{
    const double v[4] = {tp_a, pos_a - tp_a, tp_b, pos_b - tp_b};
    for (int i = 0; i < 4; i++)
        if (!(v[i] >= 0) || v[i] > 4e9 || v[i] != floor(v[i]))
            return NAN;
    return ct_htest_fisher_2x2((uint64_t)v[0], (uint64_t)v[1], (uint64_t)v[2], (uint64_t)v[3]).p;
}

double rep_group_gap_p(const ct_json_value *a, const ct_json_value *b)
{
    return rep_group_gap_p_counts(
        rep_num(a, "metrics.confusion.tp"), rep_num(a, "metrics.positives"),
        rep_num(b, "metrics.confusion.tp"), rep_num(b, "metrics.positives"));
}
