/* report_brief.c — the executive summary's talking points, written from
 * this run's numbers (evaluate.json, queue_eval.json, eda.json, test.json,
 * train.json, inspect.json, the manifest), and the Finance Lead's box: the
 * review hours the queue saves at the stated capacity and cost. */
#include "app/report_internal.h"
#include "base/headline.h"
#include "claimtriage/htest.h"
#include "claimtriage/metrics.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/reports_defaults.h"
#include "claimtriage/textwidth.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Share of claims the queue has reviewed after k reviews, exactly, from
 * queue_eval.json's claim_places (the claims' places in the queue); NaN
 * when it has none (a run before 2026-12-05): then read off the curve. */
static double places_recall(const ct_json_value *qe, double k)
{
    const ct_json_value *pl = ct_json_get(qe, "claim_places");
    const size_t n = ct_json_size(pl);
    const double claims = rep_num(qe, "claims");
    if (!pl || ct_json_type_of(pl) != CT_JSON_ARRAY || !(claims > 0) || (double)n != claims)
        return NAN;
    size_t hits = 0;
    for (size_t i = 0; i < n; i++) {
        const double p = ct_json_number(ct_json_at(pl, i));
        if (!isfinite(p))
            return NAN;
        hits += p <= k;
    }
    return (double)hits / claims;
}

/* Share of claims the queue has reviewed after k reviews, read off the
 * queue-eval curve (101 points) by linear interpolation between points. */
static double curve_recall(const ct_json_value *qe, const char *order, double k)
{
    const ct_json_value *cv = ct_json_get(qe, "curve");
    const size_t n = ct_json_size(cv);
    double pk = 0, pr = 0;
    char path[64];
    snprintf(path, sizeof path, "%s.recall", order);
    for (size_t i = 0; i < n; i++) {
        const ct_json_value *p = ct_json_at(cv, i);
        const double rk = rep_num(p, "reviews"), rr = rep_num(p, path);
        if (!isfinite(rk) || !isfinite(rr))
            return NAN;
        if (rk >= k)
            return rk > pk ? pr + (rr - pr) * (k - pk) / (rk - pk) : rr;
        pk = rk;
        pr = rr;
    }
    return n ? pr : NAN;
}

/* The reviews random order needs, in expectation, to find the claims an
 * order finds in the day (the share `recall` of the queue's K claims, m =
 * recall x K): the K claims fall at a uniformly random K-subset of the n
 * places, and the m-th of them (an order statistic) comes on average at
 * m (n + 1) / (K + 1), as queue-eval's mean positions (queue_eval.c).
 * Before 2026-12-05 it was recall x n, the claims found at the rate K / n,
 * which overstates it when the day finds all of a few claims: 600 for 8
 * claims among 600 reports, where the expectation is 534.2
 * (tests/cli/report_random_reviews_expected). */
static double random_reviews(const rep_finance *f, double recall)
{
    return recall * f->claims * (f->n + 1) / (f->claims + 1);
}

int rep_lead_without_views_said(const rep_finance *f, char *buf, size_t n)
{
    buf[0] = 0;
    if (f->wv_lead == REP_LEAD_NONE)
        return 0;
    char nw[32], nv[32], q[32], v[32];
    rep_count(nw, sizeof nw, f->wv_without);
    rep_count(nv, sizeof nv, f->wv_rows);
    rep_pct_near_from(q, sizeof q, f->wv_recall_queue, 2);
    rep_pct_near_from(v, sizeof v, f->wv_recall_views, 2);
    snprintf(buf, n,
             "%s lead comes from the %s report%s without a view count, which sorting by views "
             "alone ranks last: on the %s with one, a day finds %s of their claims in the "
             "queue's order and %s sorted by views alone. So review the reports without a view "
             "count in the model's order, and the rest in either order.",
             f->wv_lead == REP_LEAD_ALL ? "That" : "Most of that", nw, rep_s(f->wv_without), nv, q,
             v);
    return 1;
}

/* rep_views_verdict's rule on the reports with a view count
 * (queue_eval.json's with_views): the day's k reviews on those m rows. */
static int wv_verdict(double q, double v, double k, double m)
{
    if (k >= m)
        return REP_VIEWS_SAME; /* the day holds them all: every order finds every claim */
    const double r = k / m, diff = q - v, big = fmax(fabs(q - r), fabs(v - r));
    if (fabs(diff) <= REP_VIEWS_SAME_POINTS && fabs(diff) <= REP_VIEWS_SAME_SHARE * big)
        return REP_VIEWS_SAME;
    return diff > 0 ? REP_VIEWS_QUEUE_BETTER : REP_VIEWS_BETTER;
}

/* Where the queue's lead over views alone on the day comes from: the
 * same day counted on queue_eval.json's with_views, the queue without the
 * labelled rows that have no view count, which views alone places last
 * (exact: its at_capacity at queue-eval's capacity, else counted from its
 * claim_places and views_groups, as the whole queue's figures). Before
 * 2026-12-06 a lead made by those rows alone read "Work the queue from the
 * top" (tests/cli/report_lead_without_views). */
static void with_views_compute(rep_finance *f, const ct_json_value *qe, double k)
{
    f->wv_lead = REP_LEAD_NONE;
    f->wv_recall_queue = f->wv_recall_views = NAN;
    const ct_json_value *wv = ct_json_get(qe, "with_views");
    if (!wv || ct_json_type_of(wv) != CT_JSON_OBJECT || f->at_chance ||
        rep_queue_gain(f) != REP_GAIN_YES || f->day_reviews >= f->n ||
        rep_views_verdict(f) != REP_VIEWS_QUEUE_BETTER ||
        rep_views_decision(f) != REP_VIEWS_QUEUE_BETTER)
        return;
    const double m = rep_num(wv, "rows"), cap = rep_num(wv, "capacity");
    if (!(m >= 1) || !(rep_num(wv, "claims") > 0) || !(m < f->n))
        return;
    const double kw = fmin(floor(k + 1e-9), m);
    double q, v;
    if (f->recall_exact && kw == cap) {
        q = rep_num(wv, "at_capacity.queue.recall");
        v = rep_num(wv, "at_capacity.views.recall");
    } else {
        q = places_recall(wv, kw);
        v = rep_baseline_recall(wv, "views_groups", kw);
    }
    if (!isfinite(q) || !isfinite(v))
        return;
    f->wv_rows = m;
    f->wv_without = f->n - m;
    f->wv_recall_queue = q;
    f->wv_recall_views = v;
    const int vd = wv_verdict(q, v, kw, m);
    if (vd != REP_VIEWS_QUEUE_BETTER)
        f->wv_lead = REP_LEAD_ALL;
    else if (q - v <= REP_LEAD_MOST_SHARE * (f->recall_queue - f->recall_views))
        f->wv_lead = REP_LEAD_MOST;
}

/* The paired test of the day against the baseline of groups key: the
 * discordant claims (rep_baseline_paired) rounded to whole claims, and
 * McNemar's exact p on them; p NaN when the file has no claim_groups or
 * the day holds the queue (every order finds every claim). */
static void paired_test(const ct_json_value *qe, const char *key, const rep_finance *f, double k,
                        double pair[2], double *p)
{
    pair[0] = pair[1] = NAN;
    *p = NAN;
    if (!(k >= 1) || k >= f->n ||
        !rep_baseline_paired(qe, key, floor(k + 1e-9), &pair[0], &pair[1]))
        return;
    pair[0] = round(pair[0]);
    pair[1] = round(pair[1]);
    *p = ct_htest_mcnemar_exact((uint64_t)pair[0], (uint64_t)pair[1]).p;
}

/* The paired test of the waits against views alone: Wilcoxon's
 * signed-rank test (ct_htest_signed_rank) on each claim's place in the
 * queue less its expected place in views alone's order
 * (rep_baseline_waits). A claim's place is its wait times the rate, so
 * the test compares the waits claim by claim, as McNemar's compares the
 * day's claims; the signed-rank test, not the sign test, as the
 * differences have sizes (a claim 5,000 places earlier is not one 1 place
 * earlier) and are paired on one claim. p_wait_views NaN when not made
 * (no claim_groups, every view the same, or every difference 0). Before
 * 2026-12-07 "a claim waits less in the queue's order" rested on two means,
 * 16.03 hours against 16.14 on the reports file, untested
 * (tests/cli/report_wait_paired_test). */
static void wait_test(const ct_json_value *qe, rep_finance *f)
{
    f->p_wait_views = NAN;
    f->wait_exact = 0;
    if (ct_json_bool_value(ct_json_get(qe, "views_constant")) == 1 || !(f->claims >= 1) ||
        !(f->claims <= (double)(SIZE_MAX / sizeof(double))))
        return;
    const size_t cap = (size_t)f->claims;
    double *d = ct_malloc(cap * sizeof *d);
    size_t m = 0;
    ct_htest_signed_rank_result r;
    if (d && rep_baseline_waits(qe, "views_groups", d, cap, &m) && m &&
        ct_htest_signed_rank(d, m, &r) == CT_OK) {
        f->p_wait_views = r.p.p;
        f->wait_exact = r.exact;
        f->wait_stat = r.statistic;
        f->wait_r_plus = r.r_plus;
        f->wait_r_minus = r.r_minus;
        f->wait_dir = r.r_minus > r.r_plus ? -1 : r.r_minus < r.r_plus ? 1 : 0;
        for (size_t i = 0; i < m; i++) {
            f->wait_less += d[i] < 0;
            f->wait_more += d[i] > 0;
        }
    }
    ct_free(d);
}

/* The queue's day against random order: under random order the claims
 * among the first k reviews of the n are hypergeometric (n rows, the
 * claims among them, k drawn), so p = P(X >= the queue's count), GSL's
 * upper tail (ct_htest_hypergeom_sf). Before 2026-12-07 the queue was said
 * to find more claims than random order on any count above K / n
 * (tests/cli/report_random_test). */
/* a day's count of claims (recall x claims, a ratio of counts) is whole
 * within this; one read off the curve between two points is not */
#define REP_COUNT_WHOLE_TOL 1e-6

static void random_test(rep_finance *f, double k)
{
    f->p_random = f->p_random_below = NAN;
    const double found = f->recall_queue * f->claims;
    if (!(k >= 1) || k >= f->n || !isfinite(found) || f->n > UINT32_MAX ||
        fabs(found - round(found)) > REP_COUNT_WHOLE_TOL)
        return;
    const uint64_t x = (uint64_t)round(found);
    f->p_random =
        ct_htest_hypergeom_sf(x, (uint64_t)f->n, (uint64_t)f->claims, (uint64_t)floor(k + 1e-9)).p;
    /* P(X <= x) = 1 - P(X >= x + 1) */
    f->p_random_below = 1 - ct_htest_hypergeom_sf(x + 1, (uint64_t)f->n, (uint64_t)f->claims,
                                                  (uint64_t)floor(k + 1e-9))
                                .p;
}

static int gain_of_figures(const rep_finance *f);

static void finance_compute(rep_ctx *c)
{
    rep_finance *f = &c->fin;
    const ct_json_value *qe = rep_root(c, REP_QUEUE);
    memset(f, 0, sizeof *f);
    /* a model at chance level: whatever its queue finds sooner than random
     * order is luck or the view counts, not a saving (before 2026-12-05 the
     * page said "Work the queue from the top" and counted 0.31 review hours
     * beside the decision not to present the queue as an order:
     * tests/cli/report_chance_model_no_order); a queue whose figures show
     * no gain is said so by them (rep_queue_gain), so at_chance is set
     * last, for a gain the figures show and the model cannot explain */
    const int chance = rep_chance_model(c, f->chance_p, sizeof f->chance_p);
    f->recall_views = f->wrecall_queue = f->wrecall_views = f->recall_prob = NAN;
    f->hours_views_mean = f->hours_saved_views = NAN;
    f->p_wait_views = f->p_random = f->p_random_below = NAN;
    f->wait_random.p = f->wait_random.u = NAN;
    if (!qe) {
        /* why the file is not used, as load_artifacts says it (not there,
         * its stage failed, changed after the run ...), once: before
         * 2026-12-05 an edited file read "queue_eval.json is missing"
         * beside "changed after the run" (tests/cli/report_changed_not_missing) */
        const char *why = c->a[REP_QUEUE].why;
        size_t n = strlen(why);
        while (n && why[n - 1] == '.')
            n--;
        if (n) /* after "Not computed: ", "The queue-eval stage failed" reads "the ..." */
            snprintf(f->why, sizeof f->why, "%s%.*s", strncmp(why, "The ", 4) == 0 ? "t" : "",
                     (int)(strncmp(why, "The ", 4) == 0 ? n - 1 : n),
                     strncmp(why, "The ", 4) == 0 ? why + 1 : why);
        else
            snprintf(f->why, sizeof f->why, "queue_eval.json is missing");
        return;
    }
    const double R = c->opt.reviews_per_hour;
    f->reviews_per_hour = R;
    /* one review day everywhere in the report: the run's capacity when the
     * run was given one (queue-eval measured at_capacity with it); when the
     * run derived it (8 hours at its rate) and this report is asked another
     * rate or day length, the day is this report's R reviews an hour over
     * its hours (the curve gives the recall at any day); else, with no
     * capacity recorded, R reviews an hour over the review day's hours */
    const double mcap = rep_num(c->man, "options.capacity");
    /* run records its capacity always: its --capacity, else 8 hours at its
     * rate, at least 1 review (docs/run.md) */
    const double mr = rep_num(c->man, "options.reviews_per_hour");
    const double dflt = floor(8 * mr + 0.5);
    /* derived: run chose it, as manifest.json's options.capacity_by says
     * ("default"; "option": --capacity); a manifest written before
     * 2026-12-05 has no capacity_by, and a capacity equal to the default
     * counts as derived. Before, --capacity 1 at 0.1 reviews an hour read
     * "the run judged the queue at its least, 1 review"
     * (tests/cli/report_capacity_given_said) */
    const char *by = rep_str(c->man, "options.capacity_by");
    const int derived =
        by ? strcmp(by, "default") == 0 : isfinite(mr) && mcap == (dflt >= 1 ? dflt : 1);
    /* a day length given to this report rules over the run's capacity too:
     * before 2026-12-05 --hours-per-day was named in the appendix ("4-hour
     * review day") and report.json while the day stayed the run's
     * --capacity (tests/cli/report_hours_per_day_over_capacity) */
    const int restated =
        c->opt.hours_per_day_set || (derived && (R != mr || c->opt.hours_per_day != 8));
    char rb[32], hb[32];
    ct_numfmt_auto(rb, sizeof rb, R); /* a rate: 0.001 stays 0.001 */
    ct_numfmt_headline(hb, sizeof hb, rep_shown(c->opt.hours_per_day));
    if (isfinite(mcap) && mcap > 0 && !restated) {
        f->day_reviews = mcap;
        char mrb[32];
        ct_numfmt_auto(mrb, sizeof mrb, mr); /* a rate: 0.001 stays 0.001 */
        if (derived && floor(8 * mr + 1e-9) < 1)
            /* run judged the queue at its least capacity, 1 review (queue-eval's
             * --capacity=1): the report's day is that one, where before
             * 2026-12-03 it was "a review day of 0 reviews" beside the run's
             * capacity of 1 (tests/cli/report_day_run_capacity_least) */
            snprintf(f->day_how, sizeof f->day_how,
                     "the run's capacity: %s review%s an hour over an 8-hour day hold no whole "
                     "review, so the run judged the queue at its least, 1 review",
                     mrb, rep_s_shown(mrb));
        else if (derived)
            snprintf(f->day_how, sizeof f->day_how,
                     "the run's capacity: %s review%s an hour over an 8-hour day", mrb,
                     rep_s_shown(mrb));
        else {
            snprintf(f->day_how, sizeof f->day_how, "the run's capacity, set with --capacity");
            f->day_is_capacity = 1;
        }
    } else {
        f->day_reviews = floor(R * c->opt.hours_per_day + 1e-9); /* whole reviews */
        char over[128] = "";
        if (isfinite(mcap) && mcap > 0 && !derived) {
            char cb[32];
            rep_count(cb, sizeof cb, mcap);
            snprintf(over, sizeof over,
                     ", this report's --hours-per-day in place of the run's "
                     "--capacity of %s review%s",
                     cb, rep_s(mcap));
        }
        snprintf(f->day_how, sizeof f->day_how, "%s review%s an hour over %s hour%s%s%s", rb,
                 rep_s_shown(rb), hb, rep_s_shown(hb),
                 f->day_reviews < 1 ? " hold no whole review" : "", over);
    }
    f->n = rep_num(qe, "rows.queue"); /* the reviews the curve counts, labelled or not */
    f->claims = rep_num(qe, "claims");
    f->capacity = rep_num(qe, "capacity");
    /* queue-eval's mean hours are mean positions / its own rate: restated at
     * this report's rate when the two differ (exact: hours scale as 1 / R) */
    const double r_qe = rep_num(qe, "reviews_per_hour");
    const double scale = r_qe > 0 ? r_qe / R : 1;
    f->hours_queue_mean = rep_num(qe, "at_capacity.queue.mean_hours_to_review") * scale;
    f->hours_random_mean = rep_num(qe, "at_capacity.random.mean_hours_to_review") * scale;
    f->hours_views_mean = rep_num(qe, "at_capacity.views.mean_hours_to_review") * scale;
    if (!(f->n > 0) || !(f->claims > 0)) {
        snprintf(f->why, sizeof f->why, "the queue holds no labelled claims to count");
        return;
    }
    const double k = fmin(f->day_reviews, f->n);
    char nb[32], db[32];
    rep_count(nb, sizeof nb, f->n);
    rep_count(db, sizeof db, f->day_reviews);
    if (k < 1) {
        /* a day that holds no whole review: no day to compare orders on */
        snprintf(f->lead, sizeof f->lead, "No review day can be compared in this run");
        snprintf(f->lead_short, sizeof f->lead_short,
                 "No review day to compare: a review day holds no whole review");
        snprintf(f->note, sizeof f->note,
                 "%s, so there is no day of review in which one order could find more claims "
                 "than another",
                 f->day_how);
        f->ok = 1;
        return;
    }
    if (f->day_reviews >= f->n) {
        const char *split = rep_str(rep_root(c, REP_EVALUATE), "split");
        /* the gain in the day is the wait, when the queue's is shorter
         * (rep_queue_gain) */
        /* what working in the model's order means for the reviewers, in
         * plain words and without the chance test's statistic (the Data
         * Scientist's point gives it): before 2026-12-05 "No review hours
         * are saved per day in this run: ... (one-sided Mann-Whitney p =
         * 0.1278)", a saving the page says the queue never makes and a
         * test the Finance Lead does not read (tests/cli/report_no_gain_plain) */
        /* brief: the gain as the summary's finance point says it, without
         * the waits the queue point gives just after it (since 2026-12-08:
         * tests/cli/report_summary_figure_once) */
        char hq[32], hr[32], gain[480], brief[480] = "";
        rep_hours2_said(hq, sizeof hq, f->hours_queue_mean);
        rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
        const char *lead = "Working the queue in the model's order finds no more claims in a "
                           "review day here";
        if (chance && f->hours_queue_mean < f->hours_random_mean) {
            char said[160];
            rep_chance_said(c, "its model", NULL, said, sizeof said);
            snprintf(gain, sizeof gain, "%s, so its order gains nothing to count on", said);
        } else if (!isfinite(f->hours_queue_mean) || !isfinite(f->hours_random_mean))
            snprintf(gain, sizeof gain, "only the order within the day differs");
        else if (f->hours_queue_mean < f->hours_random_mean && strcmp(hq, hr) == 0) {
            /* a gain below the page's 2 decimals is said as such, not as
             * "reviewed earlier" beside two equal figures */
            snprintf(gain, sizeof gain,
                     "a claim waits %s hours of review on average in either order%s, so the "
                     "queue's order reviews claims barely earlier in the day",
                     hq, strncmp(hq, "less", 4) == 0 ? "" : ", to 2 decimals");
            snprintf(brief, sizeof brief,
                     "the queue's order reviews claims barely earlier in the day");
            lead = "Working the queue in the model's order finds claims hardly sooner than "
                   "random order here";
        } else if (f->hours_queue_mean < f->hours_random_mean) {
            /* the waits are the queue point's, said just before it in the
             * summary (tests/cli/report_day_holds_queue) */
            snprintf(gain, sizeof gain,
                     "the queue's gain is that claims are reviewed earlier in the day (see the "
                     "review queue section)");
            lead = "Working the queue in the model's order finds no more claims in a review "
                   "day here, only earlier in it";
        } else {
            /* two waits that print alike said so, not "0.33 in it, 0.33 in
             * random order" (rep_wait_same_shown) */
            char same[64], either[128], waits[256];
            if (rep_wait_same_shown(f, same, sizeof same, either, sizeof either))
                snprintf(waits, sizeof waits, "%s (%s)", same, either);
            else
                snprintf(waits, sizeof waits,
                         "%s hours of review on average in it, %s in random order", hq, hr);
            snprintf(gain, sizeof gain,
                     "nor are claims reviewed earlier in the queue's order: a claim waits %s; so "
                     "the model's order gives the reviewers no head start on claims, and with "
                     "every report still reviewed the work and its cost stay the same",
                     waits);
            snprintf(brief, sizeof brief,
                     "nor are claims reviewed earlier in the queue's order; so the model's order "
                     "gives the reviewers no head start on claims, and with every report still "
                     "reviewed the work and its cost stay the same");
            lead = "Working the queue in the model's order finds claims no sooner than random "
                   "order here";
        }
        snprintf(f->lead, sizeof f->lead, "%s", lead);
        snprintf(f->lead_short, sizeof f->lead_short,
                 "%s: the whole queue fits in one review day, so every order reviews every "
                 "report within it",
                 f->hours_queue_mean < f->hours_random_mean ? "No more claims found in a day"
                                                            : "No claim found sooner");
        snprintf(f->note, sizeof f->note,
                 "the %squeue (%s report%s) fits in one review day (%s reviews), so either "
                 "order reviews every report within the day; %s",
                 split && strcmp(split, "test") == 0 ? "held-out " : "", nb, f->n == 1 ? "" : "s",
                 db, gain);
        snprintf(f->gain, sizeof f->gain, "%s", brief[0] ? brief : gain);
    }
    /* the day queue-eval measured at_capacity with: its exact figure (the
     * curve's 101 points would only approximate it); any other day is read
     * off the curve by interpolation, and the page says which */
    const double at_cap = rep_num(qe, "at_capacity.queue.recall");
    if (k == f->capacity && isfinite(at_cap)) {
        f->recall_queue = at_cap;
        f->recall_exact = 1;
        /* views alone (null without a video_view_count column): queue-eval's
         * exact figures at its capacity, as the queue's */
        f->recall_views = rep_num(qe, "at_capacity.views.recall");
        f->wrecall_queue = rep_num(qe, "at_capacity.queue.weighted_recall");
        f->wrecall_views = rep_num(qe, "at_capacity.views.weighted_recall");
        f->recall_prob = rep_num(qe, "at_capacity.probability.recall");
    } else {
        f->recall_queue = places_recall(qe, floor(k + 1e-9));
        f->recall_counted = isfinite(f->recall_queue);
        if (!f->recall_counted)
            f->recall_queue = curve_recall(qe, "queue", k);
        /* the baselines counted from their tied groups, as queue-eval
         * --capacity counts them; the curve only for a file without them
         * (before 2026-12-05: tests/cli/report_day_baselines_exact). An
         * order by probability that is the queue's own has its figures. */
        const double kw = floor(k + 1e-9);
        const int prob_queue =
            ct_json_bool_value(ct_json_get(qe, "probability_order_is_queue")) == 1;
        f->recall_views = rep_baseline_recall(qe, "views_groups", kw);
        f->recall_prob = prob_queue && f->recall_counted
                             ? f->recall_queue
                             : rep_baseline_recall(qe, "probability_groups", kw);
        f->baselines_counted = isfinite(f->recall_views) || isfinite(f->recall_prob);
        if (!isfinite(f->recall_views))
            f->recall_views = curve_recall(qe, "views", k);
        if (!isfinite(f->recall_prob))
            f->recall_prob = curve_recall(qe, "probability", k);
    }
    f->prob_is_queue = ct_json_bool_value(ct_json_get(qe, "probability_order_is_queue")) == 1 ||
                       ct_json_bool_value(ct_json_get(qe, "priority_is_probability")) == 1;
    /* every view the same: views alone is random order, which the page
     * compares the queue with as such (views_constant), not as views */
    if (ct_json_bool_value(ct_json_get(qe, "views_constant")) == 1)
        f->p_views = f->pair_views[0] = f->pair_views[1] = NAN;
    else
        paired_test(qe, "views_groups", f, k, f->pair_views, &f->p_views);
    if (f->prob_is_queue)
        f->p_prob = NAN;
    else
        paired_test(qe, "probability_groups", f, k, f->pair_prob, &f->p_prob);
    f->recall_random = k / f->n; /* random order: expected K / n (queue-eval) */
    wait_test(qe, f);
    random_test(f, k);
    rep_baseline_random_waits(qe, &f->wait_random);
    if (!isfinite(f->recall_queue)) {
        snprintf(f->why, sizeof f->why, "queue_eval.json has no usable curve");
        return;
    }
    f->reviews_random = random_reviews(f, f->recall_queue);
    f->reviews_saved = fmax(0, f->reviews_random - k);
    f->hours_saved = f->reviews_saved / R;
    f->cost_saved = f->hours_saved * c->opt.cost_per_hour;
    if (isfinite(f->recall_views))
        f->hours_saved_views = fmax(0, random_reviews(f, f->recall_views) - k) / R;
    f->ok = 1;
    /* on the figures' gain, before the test of the day (a gain the model
     * cannot explain is said as such, whatever the day's test) */
    f->at_chance = chance && gain_of_figures(f) == REP_GAIN_YES;
    with_views_compute(f, qe, k);
}

/* rep_views_verdict's rule for the queue's day against another order's
 * recall on the same day (views alone, probability alone), p the paired
 * test's (NaN: not made). */
static int day_verdict(const rep_finance *f, double other, double p)
{
    if (!f->ok || !isfinite(other) || !isfinite(f->recall_queue) || f->day_reviews < 1 ||
        f->day_reviews >= f->n)
        return REP_VIEWS_NONE;
    /* a difference of a few claims on a day where both orders find most
     * of them is no difference the data can show (rep_paired_said) */
    if (isfinite(p) && p >= REP_PAIRED_ALPHA)
        return REP_VIEWS_SAME;
    /* a short day whose two counts of claims are too close for it to tell
     * the orders apart: a tie the whole queue's waits break (rep_day_blind,
     * rep_day_counts_close, rep_views_decision); counts that differ clearly
     * are told as on any day */
    if (rep_day_blind(f) == REP_DAY_SHORT && !isfinite(p) &&
        rep_day_counts_close(f->recall_queue * f->claims, other * f->claims, 0))
        return REP_VIEWS_SAME;
    const double diff = f->recall_queue - other;
    /* the gains over random order, which the review hours saved are
     * proportional to: "as well" means the other order saves within a
     * tenth of the queue's hours */
    const double big =
        fmax(fabs(f->recall_queue - f->recall_random), fabs(other - f->recall_random));
    if (fabs(diff) <= REP_VIEWS_SAME_POINTS && fabs(diff) <= REP_VIEWS_SAME_SHARE * big)
        return REP_VIEWS_SAME;
    return diff > 0 ? REP_VIEWS_QUEUE_BETTER : REP_VIEWS_BETTER;
}

/* queue_eval.json's views_constant: every row has the same views, so
 * views alone is random order (ties at random, docs/queue-eval.md) */
static int views_constant(const rep_ctx *c)
{
    return ct_json_bool_value(ct_json_get(rep_root(c, REP_QUEUE), "views_constant")) == 1;
}

/* The views column empty in every row of the file (inspect.json's profile
 * of it: no value), a case of views_constant that is no "same view
 * count": score counts each missing count 0, so the queue's reach counts
 * the shares alone (tester AO F16: before 2026-12-05 "Every report has the
 * same view count" where no report had one: tests/cli/report_views_all_missing). */
static int views_empty(const rep_ctx *c)
{
    const ct_json_value *prof = rep_get(rep_root(c, REP_INSPECT), "column_profiles");
    const char *views = rep_column(c, "views");
    for (size_t i = 0; i < ct_json_size(prof); i++) {
        const ct_json_value *p = ct_json_at(prof, i);
        if (rep_str(p, "name") && strcmp(rep_str(p, "name"), views) == 0)
            return rep_num(p, "non_null") == 0;
    }
    return 0;
}

/* What views_constant's sentence opens with: the file has no view counts,
 * or every report the same one; into buf[n]. */
static void views_constant_said(const rep_ctx *c, char *buf, size_t n)
{
    if (!views_empty(c)) {
        snprintf(buf, n, "Every report has the same view count, so views carry no ranking");
        return;
    }
    const char *pri = rep_str(rep_root(c, REP_SCORE), "priority");
    snprintf(buf, n,
             "The file has no view counts (its %s column is empty in every row), so views "
             "cannot rank%s",
             rep_column(c, "views"),
             pri && strcmp(pri, "reach") == 0
                 ? " and the queue's reach counts the shares alone (a missing count counts 0)"
                 : "");
}

int rep_views_verdict(const rep_finance *f) { return day_verdict(f, f->recall_views, f->p_views); }

int rep_prob_verdict(const rep_finance *f)
{
    return f->prob_is_queue ? REP_VIEWS_NONE : day_verdict(f, f->recall_prob, f->p_prob);
}

int rep_paired_said(const rep_finance *f, int prob, int plain, char *buf, size_t n)
{
    buf[0] = 0;
    const double p = prob ? f->p_prob : f->p_views;
    const double *pair = prob ? f->pair_prob : f->pair_views;
    if (!isfinite(p) || p < REP_PAIRED_ALPHA ||
        (prob ? rep_prob_verdict(f) : rep_views_verdict(f)) != REP_VIEWS_SAME)
        return 0;
    char a[32], b[32], pv[64];
    rep_count(a, sizeof a, pair[0]);
    rep_count(b, sizeof b, pair[1]);
    const char *other = prob ? "the probability alone" : "views alone";
    if (plain) {
        /* the test's outcome in words, as the waits' (wait_said): the
         * claims each day finds that the other misses, and whether the
         * split is one chance could make (since 2026-12-07: before, the
         * summary and the Operations Lead read "exact McNemar test, p =
         * 0.1524": tests/cli/report_mcnemar_plain) */
        snprintf(buf, n,
                 "no difference the data can show (the queue's day finds %s claim%s that %s's "
                 "misses and misses %s that it finds, a split chance could make)",
                 a, pair[0] == 1 ? "" : "s", other, b);
        return 1;
    }
    ct_numfmt_pvalue(pv, sizeof pv, p, NAN);
    snprintf(buf, n,
             "no difference the data can show (%s claim%s in the queue's day alone, %s in %s's; "
             "exact McNemar test, %s)",
             a, pair[0] == 1 ? "" : "s", b, other, pv);
    return 1;
}

const char *rep_views_same_words(const rep_finance *f, int by_wait)
{
    /* the figures as shown: recall as a percentage, waits as hours, both
     * with 2 decimals */
    if (by_wait && rep_waits_cmp(f, f->hours_queue_mean, f->hours_views_mean) == 0)
        return "as well"; /* less than one review apart */
    const double q = by_wait ? -f->hours_queue_mean : 100 * f->recall_queue;
    const double v = by_wait ? -f->hours_views_mean : 100 * f->recall_views;
    return round(100 * v) < round(100 * q) ? "nearly as well" : "as well";
}

/* -1, 0, 1 as the queue's figure as shown (a, by fmt) is below, equal to
 * or above the other's (b) */
static int shown_cmp(double a, double b, void (*fmt)(char *, size_t, double))
{
    char x[32], y[32];
    fmt(x, sizeof x, a);
    fmt(y, sizeof y, b);
    return strcmp(x, y) == 0 ? 0 : a < b ? -1 : 1;
}

static void pct2(char *buf, size_t n, double v) { rep_pct(buf, n, v, 2); }

size_t rep_hours2_len(char *buf, size_t n, double v)
{
    rep_hours2(buf, n, v);
    return strlen(buf);
}

static size_t tie_add(char *buf, size_t n, size_t used, const char *text)
{
    if (used >= n)
        return used;
    return used + (size_t)snprintf(buf + used, n - used, "%s%s", used ? "; " : "", text);
}

static int wait_said(const rep_finance *f, int means, int plain, char *buf, size_t n);

void rep_views_tie_words(const rep_finance *f, int flags, char *buf, size_t n)
{
    const int with_figures = (flags & REP_TIE_FIGURES) != 0;
    char part[512], q[32], v[32];
    size_t used = 0;
    buf[0] = 0;
    const int whole = f->day_reviews >= f->n;
    if (!whole && isfinite(f->recall_views)) {
        const int cc = shown_cmp(f->recall_queue, f->recall_views, pct2);
        pct2(q, sizeof q, f->recall_queue);
        pct2(v, sizeof v, f->recall_views);
        char said[320];
        if (cc == 0 && (flags & REP_TIE_SAID_DAY))
            part[0] = 0; /* the figures said so */
        else if (cc == 0)
            snprintf(part, sizeof part, "it finds as many claims in the day as views alone");
        else if (rep_paired_said(f, 0, (flags & REP_TIE_PLAIN) != 0, said, sizeof said)) {
            /* a difference the paired test cannot tell from chance: the
             * counts, then the test in a clause of its own (a sentence of
             * its own for the plain readers, rep_split_clauses), not
             * "slightly more" (since 2026-12-07) */
            char a[32], b[32];
            rep_count(a, sizeof a, round(f->recall_queue * f->claims));
            rep_count(b, sizeof b, round(f->recall_views * f->claims));
            if (flags & REP_TIE_SAID_DAY) /* the day's figures said: not the queue's count
                                           * again (until 2026-12-08 "reaches 202 claims
                                           * ... It finds 202 claims in the day and views
                                           * alone 199": tests/cli/report_summary_figure_once) */
                snprintf(part, sizeof part, "the gap is %s", said);
            else {
                snprintf(part, sizeof part, "it finds %s claims in the day and views alone %s", a,
                         b);
                used = tie_add(buf, n, used, part);
                snprintf(part, sizeof part, "that is %s", said);
            }
        } else if (cc > 0)
            snprintf(part, sizeof part,
                     "it finds slightly more claims in the day than views "
                     "alone%s%s%s%s%s",
                     with_figures ? " (" : "", with_figures ? q : "",
                     with_figures ? " against " : "", with_figures ? v : "",
                     with_figures ? ")" : "");
        else
            snprintf(part, sizeof part,
                     "views alone finds slightly more claims in the day%s%s%s%s%s",
                     with_figures ? " (" : "", with_figures ? v : "",
                     with_figures ? " against the queue's " : "", with_figures ? q : "",
                     with_figures ? ")" : "");
        if (part[0])
            used = tie_add(buf, n, used, part);
        if (isfinite(f->wrecall_queue) && isfinite(f->wrecall_views) &&
            !(flags & REP_TIE_SAID_REACH)) {
            /* the two shares of the claims' views, measured on this
             * queue, and no more: no test of this run compares them (the
             * reports in the two days overlap, and a claim's views are
             * not a count a test of the day's claims covers), so a gap
             * between them is not said to make one order reach more.
             * Before 2026-12-07 "views alone reaches more of the claims'
             * views (43.35% against the queue's 43.17%)" stood on the
             * reports file for a gap of 0.18 points that nothing tested
             * (tests/cli/report_reach_gap_untested) */
            pct2(q, sizeof q, f->wrecall_queue);
            pct2(v, sizeof v, f->wrecall_views);
            const int rc = shown_cmp(f->wrecall_queue, f->wrecall_views, pct2);
            if (rc == 0)
                snprintf(part, sizeof part, "both reach as much of the claims' views");
            else
                snprintf(part, sizeof part,
                         "of the claims' views, views alone reaches %s and the queue %s, a gap "
                         "no test of this run checks, so neither is said to reach more",
                         v, q);
            used = tie_add(buf, n, used, part);
        }
    }
    if (isfinite(f->hours_queue_mean) && isfinite(f->hours_views_mean)) {
        /* a shorter wait is the better figure; equal or not by the exact
         * waits, and printed with the digits that tell them apart
         * (ct_numfmt_pair): before 2026-12-05 waits of 16.03 and 16.14
         * minutes (0.0096 and 0.0097 hours at 100,000 reviews an hour)
         * read "a claim waits as long in either order", as both showed
         * 0.01 (tester AO F13: tests/cli/report_wait_tie_exact) */
        const double hq = f->hours_queue_mean, hv = f->hours_views_mean;
        const int ch = -rep_waits_cmp(f, hq, hv); /* less than a review apart: alike */
        ct_numfmt_pair(q, v, sizeof q, hq, hv, rep_hours2_len);
        char said[320];
        const int wsaid = (flags & REP_TIE_SAID_WAIT) != 0;
        if (ch == 0)
            snprintf(part, sizeof part, "a claim waits as long in either order");
        else if (wait_said(f, !wsaid, (flags & REP_TIE_PLAIN) != 0, said, sizeof said))
            /* the figures and the test, not "a claim waits less in the
             * queue's order" on means the paired test cannot tell apart
             * (since 2026-12-07: tests/cli/report_wait_paired_test) */
            snprintf(part, sizeof part, "%s", said);
        else
            snprintf(part, sizeof part, "a claim waits less in %s order%s%s%s%s%s",
                     ch > 0 ? "the queue's" : "views alone's", with_figures ? " (" : "",
                     with_figures ? (ch > 0 ? q : v) : "", with_figures ? " hours against " : "",
                     with_figures ? (ch > 0 ? v : q) : "", with_figures ? ")" : "");
        used = tie_add(buf, n, used, part);
    }
    (void)used;
}

double rep_review_hours(const rep_finance *f)
{
    return f->reviews_per_hour > 0 ? 1 / f->reviews_per_hour : 0;
}

int rep_waits_cmp(const rep_finance *f, double a, double b)
{
    if (a == b || fabs(a - b) < rep_review_hours(f))
        return 0;
    return a < b ? -1 : 1;
}

int rep_views_wait_verdict(const rep_finance *f)
{
    if (!f->ok || f->day_reviews < 1 || f->day_reviews < f->n || !isfinite(f->hours_views_mean) ||
        !isfinite(f->hours_queue_mean) || !isfinite(f->hours_random_mean))
        return REP_VIEWS_NONE;
    const double diff = f->hours_views_mean - f->hours_queue_mean; /* > 0: the queue waits less */
    const double big = fmax(fabs(f->hours_random_mean - f->hours_queue_mean),
                            fabs(f->hours_random_mean - f->hours_views_mean));
    /* within a tenth of the gains, or less than one review apart: a
     * review's time is the waits' resolution (before 2026-12-06 0.22 hours
     * against 0.23, under a minute at 60 reviews an hour, read "the queue
     * does better by that wait": tests/cli/report_wait_below_one_review) */
    if (fabs(diff) <= REP_VIEWS_SAME_SHARE * big ||
        rep_waits_cmp(f, f->hours_queue_mean, f->hours_views_mean) == 0 || !rep_wait_shown(f))
        return REP_VIEWS_SAME;
    return diff > 0 ? REP_VIEWS_QUEUE_BETTER : REP_VIEWS_BETTER;
}

int rep_wait_shown(const rep_finance *f)
{
    if (!isfinite(f->p_wait_views) || f->wait_less + f->wait_more == 0)
        return 1; /* not made (a rep_finance zeroed, not computed, too) */
    const int means = f->hours_queue_mean < f->hours_views_mean   ? -1
                      : f->hours_queue_mean > f->hours_views_mean ? 1
                                                                  : 0;
    return f->p_wait_views < REP_PAIRED_ALPHA && f->wait_dir == means;
}

/* rep_wait_said (means: 1), or only its test (means: 0: the means said
 * before, REP_TIE_SAID_WAIT); plain: the
 * test's outcome in words, without its name and p-value (the Operations
 * Lead's point) */
static int wait_said(const rep_finance *f, int means, int plain, char *buf, size_t n)
{
    buf[0] = 0;
    if (rep_wait_shown(f) || !isfinite(f->hours_queue_mean) || !isfinite(f->hours_views_mean) ||
        rep_waits_cmp(f, f->hours_queue_mean, f->hours_views_mean) == 0)
        return 0;
    char q[32], v[32], pv[64], a[32], b[32], m[160] = "", test[160];
    ct_numfmt_pair(q, v, sizeof q, f->hours_queue_mean, f->hours_views_mean, rep_hours2_len);
    ct_numfmt_pvalue(pv, sizeof pv, f->p_wait_views, NAN);
    if (means)
        snprintf(m, sizeof m,
                 "a claim waits %s hours on average in the queue's order and %s in views "
                 "alone's; ",
                 q, v);
    const int qless = f->hours_queue_mean < f->hours_views_mean;
    if (f->p_wait_views < REP_PAIRED_ALPHA) {
        /* the ranks side against the means: neither order is shown to
         * make claims wait less */
        rep_count(a, sizeof a, f->wait_more);
        rep_count(b, sizeof b, f->wait_less);
        if (plain)
            snprintf(test, sizeof test, ", a split too lopsided to be chance");
        else
            snprintf(test, sizeof test, ": Wilcoxon signed-rank test on each claim's wait, %s", pv);
        snprintf(buf, n,
                 "%s%sclaim by claim the waits side with %s (%s claims wait longer in "
                 "the queue's order, %s less%s); so neither order is shown to make claims wait "
                 "less",
                 m, means ? "but " : "", qless ? "views alone's order" : "the queue's order", a, b,
                 test);
    } else {
        if (plain)
            test[0] = 0;
        else
            snprintf(test, sizeof test, " (%sWilcoxon signed-rank test on each claim's wait, %s)",
                     f->wait_exact ? "exact " : "", pv);
        snprintf(buf, n, "%s%s%s", m,
                 means ? "that is no difference the data can show"
                       : "the data cannot tell those waits apart",
                 test);
    }
    return 1;
}

int rep_wait_said(const rep_finance *f, char *buf, size_t n) { return wait_said(f, 1, 0, buf, n); }

int rep_views_decision(const rep_finance *f)
{
    const int vw = rep_views_wait_verdict(f);
    if (vw != REP_VIEWS_NONE)
        return vw;
    const int v = rep_views_verdict(f);
    /* the day's shares tie: the whole queue's mean wait breaks the tie, on
     * any day short of the whole queue, by one review's time (before
     * 2026-12-06 only on a day covering most of the queue: at --hours-per-day
     * 4 the decision was "a choice between two orders that do as well"
     * beside a wait far shorter in views alone's order:
     * tests/cli/report_decision_tie_wait_breaks) */
    if (v == REP_VIEWS_SAME && isfinite(f->hours_queue_mean) && isfinite(f->hours_views_mean)) {
        /* a difference of waits the paired test cannot show breaks no tie */
        const int c =
            rep_wait_shown(f) ? rep_waits_cmp(f, f->hours_queue_mean, f->hours_views_mean) : 0;
        return c == 0 ? REP_VIEWS_SAME : c < 0 ? REP_VIEWS_QUEUE_BETTER : REP_VIEWS_BETTER;
    }
    return v;
}

int rep_decision(const rep_ctx *c)
{
    const rep_finance *f = &c->fin;
    char pch[64];
    double auc;
    /* a gain the page does not count as the model's (at_chance: the
     * finance point's "its order gains nothing to count on", the
     * Operations Lead's "no order of priority") is no order to work in
     * either, weak model or not: before 2026-12-06 a model at ROC AUC 1 on
     * 13 held-out reports, one of them a claim, read "The decision: work
     * the backlog in the model's queue order" in the same point as "its
     * order gains nothing to count on" (tests/cli/report_decision_chance_gain) */
    /* a short day whose count of claims is too close to random order's
     * for it to tell them apart (rep_day_blind_to): the queue's gain over
     * random order is its whole-queue wait, shorter by one review's time or
     * more (rep_waits_cmp), not the day's share (since 2026-12-06:
     * tests/cli/report_day_too_short); a count that differs clearly is the
     * day's gain (tests/cli/report_short_day_tells) */
    const int short_day = (rep_day_blind_to(f) & REP_BLIND_RANDOM) != 0;
    const int waits = isfinite(f->hours_queue_mean) && isfinite(f->hours_random_mean);
    const int no_gain = short_day && waits
                            ? rep_waits_cmp(f, f->hours_queue_mean, f->hours_random_mean) >= 0 ||
                                  !rep_wait_random_shown(f)
                            : rep_queue_gain(f) == REP_GAIN_NO;
    if ((rep_chance_model(c, pch, sizeof pch) && rep_weak_model(c, &auc)) || f->at_chance ||
        no_gain)
        return REP_DECIDE_NO_ORDER;
    switch (rep_views_wait_verdict(f)) {
    case REP_VIEWS_SAME: return REP_DECIDE_CHOICE;
    case REP_VIEWS_BETTER: return REP_DECIDE_VIEWS;
    case REP_VIEWS_QUEUE_BETTER: return REP_DECIDE_QUEUE;
    default: break;
    }
    const int v = rep_views_verdict(f), vd = rep_views_decision(f);
    if (v == REP_VIEWS_SAME && vd == REP_VIEWS_BETTER)
        return REP_DECIDE_VIEWS;
    if (v == REP_VIEWS_SAME && (f->recall_queue > f->recall_random || short_day) &&
        vd == REP_VIEWS_QUEUE_BETTER)
        return REP_DECIDE_QUEUE;
    if (v == REP_VIEWS_SAME)
        return REP_DECIDE_CHOICE;
    return v == REP_VIEWS_BETTER ? REP_DECIDE_VIEWS : REP_DECIDE_QUEUE;
}

/* an expected count ("about N"): whole above 10; below, one decimal when it
 * is not whole, so 0.50 expected claims does not read "about 1" */
static void about_count(char *buf, size_t n, double v)
{
    if (isfinite(v) && v < 10 && fabs(v - round(v)) >= 0.05)
        ct_numfmt_fixed(buf, n, v, 1);
    else
        rep_count(buf, n, v);
}

/* The money beside the hours random order needs more: " (review time
 * worth about 315 USD at 40 USD an hour)" (rate) or " (review time worth
 * about 315 USD)": the value of that time, not money saved (every report
 * is still reviewed; before 2026-12-05 "about 315 USD, saved per day of
 * review" read as a cash saving: tests/cli/report_finance_not_a_saving);
 * nothing when the report was given --cost-per-hour 0, whose "about 0 USD"
 * read as no gain at all (tests/cli/report_cost_per_hour_zero). */
static void money_clause(char *out, size_t cap, const rep_ctx *c, int rate)
{
    if (!(c->opt.cost_per_hour > 0)) {
        snprintf(out, cap, "%s", "");
        return;
    }
    char cs[64], cph[32];
    rep_saved_money(cs, sizeof cs, c->fin.cost_saved, c->opt.currency);
    ct_numfmt_headline(cph, sizeof cph, c->opt.cost_per_hour);
    if (rate)
        snprintf(out, cap, " That review time is worth %s at %s %s an hour.", cs, cph,
                 c->opt.currency);
    else
        snprintf(out, cap, " That review time is worth %s.", cs);
}

/* The claims the queue's first review day finds, as the object of "random
 * order would need ... to find": "the 480 claims", "the one claim", or,
 * read off the curve (not a count), "the claims". */
static void day_claims(char *buf, size_t n, const rep_finance *f)
{
    const double q = f->recall_queue * f->claims;
    char qb[32];
    rep_count(qb, sizeof qb, q);
    if (!(f->recall_exact || f->recall_counted))
        snprintf(buf, n, "the claims");
    else if (strcmp(qb, "1") == 0)
        snprintf(buf, n, "the one claim");
    else
        snprintf(buf, n, "the %s claims", qb);
}

/* A count of reviews in expectation: below 10 with 2 decimals unless
 * whole, so the 0.98 reviews a 1-review day gains do not read "1 review"
 * beside "9.80 review hours at 0.1 an hour"; whole above. */
static void reviews_count(char *buf, size_t n, double v)
{
    if (isfinite(v) && v < 10 && fabs(v - round(v)) >= 0.005)
        ct_numfmt_fixed(buf, n, v, 2);
    else
        rep_count(buf, n, v);
}

/* A review day whose reviews take longer than the day's hours (a rate
 * whose day holds no whole review is judged at 1 review): how long it is
 * and the reviews random order needs, so that "9.80 more review hours" of
 * a 1-review day reads as what it is; "" otherwise. Before 2026-12-05 the
 * box read "per day of review" beside the 8-hour day
 * (tests/cli/report_auc_beside_cutoff). */
static void slow_day(char *buf, size_t n, const rep_ctx *c)
{
    const rep_finance *f = &c->fin;
    const double d = fmin(f->day_reviews, f->n), R = c->opt.reviews_per_hour;
    buf[0] = '\0';
    if (!(d / R > c->opt.hours_per_day * (1 + 1e-9)))
        return;
    char rb[32], hd[32], hb[32], rr[32];
    ct_numfmt_auto(rb, sizeof rb, R);
    rep_hours2(hd, sizeof hd, d / R);
    ct_numfmt_headline(hb, sizeof hb, rep_shown(c->opt.hours_per_day));
    reviews_count(rr, sizeof rr, f->reviews_random);
    snprintf(buf, n,
             " (that day's review%s take%s %s hours at %s review%s an hour, more than the %s-hour "
             "day; random order needs %s%s reviews on average to find as many)",
             d == 1 ? "" : "s", d == 1 ? "s" : "", hd, rb, rep_s_shown(rb), hb,
             fabs(f->reviews_random - round(f->reviews_random)) < 1e-9 ? "" : "about ", rr);
}

void rep_lead_said(const rep_ctx *c, char *buf, size_t n)
{
    const rep_finance *f = &c->fin;
    const double days = f->n / fmin(f->day_reviews, f->n);
    char nb[32], db[32];
    rep_count(nb, sizeof nb, f->n);
    about_count(db, sizeof db, days);
    snprintf(buf, n,
             "the lead lasts only until the held-out queue (%s report%s) is worked through, "
             "%s%s review day%s, after which both orders have found every claim",
             nb, rep_s(f->n), fabs(days - round(days)) < 1e-9 ? "" : "about ", db,
             strcmp(db, "1") == 0 ? "" : "s");
}

/* hours saved as every wait: 2 decimals, half up; none saved is "0", a
 * saving that rounds to nothing "less than 0.01" (rep_saved_hours) */
static void hours_saved_text(char *buf, size_t n, double v)
{
    if (rep_shown(v) == 0)
        snprintf(buf, n, "0");
    else
        rep_saved_hours(buf, n, v);
}

/* rep_queue_gain by the figures alone, without the day's test */
static int gain_of_figures(const rep_finance *f)
{
    if (!f->ok || f->day_reviews < 1)
        return REP_GAIN_NONE;
    if (f->day_reviews >= f->n)
        return !isfinite(f->hours_queue_mean) || !isfinite(f->hours_random_mean) ? REP_GAIN_NONE
               : f->hours_queue_mean < f->hours_random_mean                      ? REP_GAIN_YES
                                                                                 : REP_GAIN_NO;
    if (!isfinite(f->recall_queue) || !isfinite(f->recall_random))
        return REP_GAIN_NONE;
    return f->recall_queue > f->recall_random && f->reviews_saved > 0 ? REP_GAIN_YES : REP_GAIN_NO;
}

int rep_random_untold(const rep_finance *f)
{
    return gain_of_figures(f) == REP_GAIN_YES &&
           (f->day_reviews < f->n ? !rep_random_shown(f) : !rep_wait_random_shown(f));
}

int rep_random_said(const rep_finance *f, int plain, char *buf, size_t n)
{
    buf[0] = 0;
    if (!rep_random_untold(f))
        return 0;
    if (plain) {
        snprintf(buf, n, "a lead random order reaches by chance too often to count");
        return 1;
    }
    char pv[128];
    if (f->day_reviews >= f->n) {
        /* the day holds the queue: the lead is the whole queue's wait */
        rep_wait_random_test_said(f, pv, sizeof pv);
        snprintf(buf, n, "a lead random order reaches by chance too often to count (%s)", pv);
        return 1;
    }
    ct_numfmt_pvalue(pv, sizeof pv, f->p_random, NAN);
    snprintf(buf, n,
             "a lead random order reaches by chance too often to count (hypergeometric test of "
             "the day's claims, %s)",
             pv);
    return 1;
}

int rep_queue_gain(const rep_finance *f)
{
    if (!f->ok || f->day_reviews < 1)
        return REP_GAIN_NONE;
    if (f->day_reviews >= f->n) {
        if (!isfinite(f->hours_queue_mean) || !isfinite(f->hours_random_mean))
            return REP_GAIN_NONE;
        /* a shorter mean wait the rank-sum test of the claims' places
         * shows (rep_wait_random_shown; since 2026-12-07:
         * tests/cli/report_wait_random_test) */
        return f->hours_queue_mean < f->hours_random_mean && rep_wait_random_shown(f) ? REP_GAIN_YES
                                                                                      : REP_GAIN_NO;
    }
    if (!isfinite(f->recall_queue) || !isfinite(f->recall_random))
        return REP_GAIN_NONE;
    /* a share above random order's K / n by less than random order's own
     * expected reviews for as many claims, m (n + 1) / (K + 1), exceed the
     * day: random order finds them within the day too, and the page's
     * figure is 0 hours; before 2026-12-05 such a day read "random order
     * would need 0 more review hours" beside "finds claims sooner"
     * (tests/cli/report_no_gain_plain) */
    /* and a count the hypergeometric test tells from random order's
     * (random_test; since 2026-12-07: tests/cli/report_random_test) */
    return f->recall_queue > f->recall_random && f->reviews_saved > 0 && rep_random_shown(f)
               ? REP_GAIN_YES
               : REP_GAIN_NO;
}

int rep_random_shown(const rep_finance *f)
{
    return !(isfinite(f->p_random) && f->p_random >= REP_PAIRED_ALPHA);
}

int rep_wait_random_shown(const rep_finance *f)
{
    return !(isfinite(f->wait_random.p) && f->wait_random.p >= REP_PAIRED_ALPHA);
}

void rep_wait_random_test_said(const rep_finance *f, char *buf, size_t n)
{
    char pv[48];
    ct_numfmt_pvalue(pv, sizeof pv, f->wait_random.p, NAN);
    snprintf(buf, n, "%sMann-Whitney test of the claims' places against the others', %s",
             f->wait_random.exact ? "exact " : "", pv);
}

int rep_wait_same_shown(const rep_finance *f, char *same, size_t n, char *either, size_t m)
{
    if (!isfinite(f->hours_queue_mean) || !isfinite(f->hours_random_mean))
        return 0;
    char hq[32], hr[32];
    rep_hours2_said(hq, sizeof hq, f->hours_queue_mean);
    rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
    if (strcmp(hq, hr) != 0)
        return 0;
    const double q = f->hours_queue_mean, r = f->hours_random_mean;
    snprintf(same, n, "%s in random order",
             q < r   ? "barely less time than"
             : q > r ? "barely longer than"
                     : "as long as");
    /* "less than 0.01" already says how far it is read */
    snprintf(either, m, "%s hours of review on average either way%s", hq,
             strncmp(hq, "less", 4) == 0 ? "" : ", to 2 decimals");
    return 1;
}

const char *rep_no_more_than(double share, double random_share)
{
    return share > random_share ? "hardly more than" : "no more than";
}

/* the queue's share of the day's claims against random order's */
static const char *no_more_than(const rep_finance *f)
{
    return rep_no_more_than(f->recall_queue, f->recall_random);
}

int rep_views_no_gain(const rep_finance *f)
{
    char vh[32];
    rep_hours2(vh, sizeof vh, f->hours_saved_views);
    /* a saving that rounds to 0.00 is none only when views alone finds no
     * more claims than random order: a day of 100 reviews at 100,000 an
     * hour saves minutes, not nothing (tests/cli/report_saving_below_rounding) */
    return isfinite(f->recall_views) && strcmp(vh, "0.00") == 0 &&
           !(f->hours_saved_views > 0 && f->recall_views > f->recall_random);
}

int rep_weak_model(const rep_ctx *c, double *auc)
{
    *auc = rep_num(rep_root(c, REP_EVALUATE), "metrics.roc_auc");
    return isfinite(*auc) && *auc < REP_WEAK_AUC;
}

int rep_ranking_few(const rep_ctx *c, char *buf, size_t n)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    if (n)
        buf[0] = 0;
    if (!ct_json_bool_value(rep_get(ev, "chance.at_chance")))
        return 0;
    const double rows = rep_num(ev, "metrics.n"), pos = rep_num(ev, "metrics.positives");
    const double a = rep_num(ev, "chance.alpha");
    if (!(pos >= 1) || !(rows - pos >= 1))
        return 0;
    /* the rule of train's and evaluate's own notes (ct_metrics_roc_auc_too_few) */
    if (!ct_metrics_roc_auc_too_few((size_t)pos, (size_t)(rows - pos),
                                    isfinite(a) ? a : CT_AUC_CHANCE_ALPHA))
        return 0;
    const char *split = rep_str(ev, "split");
    char rb[32], pb[32];
    rep_count(rb, sizeof rb, rows);
    rep_count(pb, sizeof pb, pos);
    snprintf(buf, n, "%s %s report%s (%s of them %s)", rb,
             split && strcmp(split, "test") == 0 ? "held-out" : "labelled", rep_s(rows), pb,
             pos == 1 ? "a claim" : "claims");
    return 1;
}

int rep_chance_model(const rep_ctx *c, char *p, size_t n)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    if (!ct_json_bool_value(rep_get(ev, "chance.at_chance")))
        return 0;
    const double pv = rep_num(ev, "chance.p_value");
    ct_numfmt_pvalue(p, n, pv, log10(pv));
    char few[96];
    return rep_ranking_few(c, few, sizeof few) ? REP_RANKING_FEW : REP_RANKING_CHANCE;
}

void rep_chance_said(const rep_ctx *c, const char *who, const char *p, char *buf, size_t n)
{
    char few[96], test[64] = "";
    if (p)
        snprintf(test, sizeof test, " (one-sided Mann-Whitney %s)", p);
    if (rep_ranking_few(c, few, sizeof few))
        snprintf(buf, n, "the %s are too few to show that %s ranks better than chance%s", few, who,
                 test);
    else
        snprintf(buf, n, "%s ranks no better than chance%s", who, test);
}

const char *rep_auc_word(double auc)
{
    /* the exact value, printed by rep_auc_fixed so that the figure agrees:
     * 0.6951 reads 0.695, poor (before 2026-12-05 "0.70", "only acceptable":
     * tests/cli/report_model_auc_beside_cutoff) */
    return auc < 0.7 ? "poor" : "only acceptable";
}

int rep_no_ranking(const rep_ctx *c, double *auc)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    *auc = rep_num(ev, "metrics.roc_auc");
    if (!ev)
        return 0;
    if (ct_json_bool_value(rep_get(ev, "chance.at_chance"))) {
        char few[96];
        return rep_ranking_few(c, few, sizeof few) ? REP_RANKING_FEW : REP_RANKING_CHANCE;
    }
    return isfinite(*auc) && *auc < REP_RANKING_MIN_AUC ? REP_RANKING_WEAK : 0;
}

void rep_no_ranking_said(const rep_ctx *c, int kind, const char *who, char *buf, size_t n)
{
    char few[96];
    if (kind == REP_RANKING_FEW && rep_ranking_few(c, few, sizeof few))
        snprintf(buf, n, "the %s are too few to show that %s separates claims from opinions", few,
                 who);
    else
        snprintf(buf, n, "%s %s claims from opinions", who,
                 kind == REP_RANKING_CHANCE ? "does not separate" : "hardly separates");
}

int rep_threshold_low(const rep_ctx *c, int plain, double *auc, char *buf, size_t n)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE), *tr = rep_root(c, REP_TRAIN);
    *auc = NAN;
    if (n)
        buf[0] = 0;
    if (!ev)
        return 0;
    const char *erule = rep_str(ev, "model.threshold_rule");
    const char *trule = tr ? rep_str(tr, "threshold.rule") : NULL;
    const int dflt =
        erule ? strncmp(erule, "default", 7) == 0 : trule && strcmp(trule, "default") == 0;
    const double rec = rep_num(ev, "metrics.recall");
    const double claims = rep_num(ev, "metrics.confusion.tp") + rep_num(ev, "metrics.confusion.fn");
    if (!dflt || !isfinite(rec) || !(rec < 0.5) || !(claims >= 1))
        return 0;
    char th[32] = "0.5";
    const double tv = rep_num(ev, "model.threshold");
    if (isfinite(tv))
        ct_numfmt_prob(th, sizeof th, tv);
    *auc = rep_num(ev, "metrics.roc_auc");
    double nauc;
    const int none = rep_no_ranking(c, &nauc);
    if (none) {
        /* a threshold moves the cut along the ranking: one that orders
         * claims no better than chance gains recall only as it flags more
         * of everything, so the advice is the model's inputs, not its cut */
        char ab[32] = "", said[256];
        if (isfinite(nauc))
            ct_numfmt_fixed(ab, sizeof ab, plain ? 100 * nauc : nauc, plain ? 0 : 2);
        rep_no_ranking_said(c, none, "the model", said, sizeof said);
        /* rows too few to tell: no cut-off is shown to help, nor not to */
        const int few = none == REP_RANKING_FEW;
        const char *fixes = few ? "can be shown to fix" : "fixes", *would = few ? "may" : "would";
        if (plain) { /* the summary's words: no ROC AUC, "cut-off" */
            char times[160] = "";
            if (ab[0])
                snprintf(times, sizeof times,
                         " (it puts a claim ahead of an opinion about %s times in 100%s, where "
                         "a coin toss would do so 50 times)",
                         ab, few ? " here" : "");
            snprintf(buf, n,
                     "at its default cut-off (a likelihood of %s) it flags %s of them, and no "
                     "cut-off %s that: %s%s, and a lower cut-off %s flag more opinions with "
                     "every claim it finds; the fix is better data or features (more or cleaner "
                     "labels, inputs that tell claims apart), not a cut-off",
                     th, rec < 0.1 ? "almost none" : "fewer than half", fixes, said, times, would);
            return REP_THRESHOLD_NO_RANKING;
        }
        snprintf(buf, n,
                 "at the default threshold %s it flags %s of them, and no threshold %s that: "
                 "%s (%s%s%s), and a lower threshold %s flag more opinions with every claim it "
                 "finds; the fix is better data or features (more or cleaner labels, inputs "
                 "that tell claims apart), not a threshold",
                 th, rec < 0.1 ? "almost none" : "fewer than half", fixes, said,
                 ab[0] ? "held-out ROC AUC " : "", ab,
                 !ab[0]                       ? "its ranking is no better than chance"
                 : none == REP_RANKING_CHANCE ? ", no better than chance"
                 : few                        ? ", not clearly above chance"
                                              : ", below 0.6",
                 would);
        return REP_THRESHOLD_NO_RANKING;
    }
    char rank[160] = "";
    if (isfinite(*auc) && *auc >= 0.8) {
        char ab[32];
        ct_numfmt_fixed(ab, sizeof ab, *auc, 3);
        if (plain) /* the summary: no ROC AUC (the model section gives it) */
            snprintf(rank, sizeof rank,
                     ", though it puts claims ahead of opinions well: the order is good, the "
                     "cut-off is not");
        else
            snprintf(rank, sizeof rank,
                     ", though it ranks claims well (ROC AUC %s): the ranking is good, the "
                     "threshold is not",
                     ab);
    }
    if (plain)
        snprintf(buf, n,
                 "at its default cut-off (a likelihood of %s) it flags %s of them%s; to flag "
                 "more, set a cut-off with %s",
                 th, rec < 0.1 ? "almost none" : "fewer than half", rank, REP_THRESHOLD_ADVICE);
    else
        snprintf(buf, n,
                 "at the default threshold %s it flags %s of them%s; %s sets a threshold that "
                 "flags more",
                 th, rec < 0.1 ? "almost none" : "fewer than half", rank, REP_THRESHOLD_ADVICE);
    return 1;
}

static void point_model(rep_ctx *c)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    if (!ev)
        return;
    const double rec = rep_num(ev, "metrics.recall"), prec = rep_num(ev, "metrics.precision");
    const double n = rep_num(ev, "metrics.n"), fn = rep_num(ev, "metrics.confusion.fn");
    if (!isfinite(rec) || !isfinite(prec) || !isfinite(n))
        return;
    char r[160], p[32], nb[32], w[32];
    rep_pct_near(p, sizeof p, prec);
    rep_count(nb, sizeof nb, n);
    /* a share of fewer rows than a headline needs (base/headline.h) is
     * said as its count: on 12 held-out reports the point read "of every
     * 100 reports it flags as likely claims, 40 are opinions (2 of 5)"
     * (tests/cli/report_model_few_counts) */
    const double minn = (double)ct_headline_group_min((uint64_t)fmax(n, 0));
    const double claims = rep_num(ev, "metrics.confusion.tp") + fn;
    int counted = 0; /* the recall said as "2 of 2 claims" */
    if (claims == 0) /* 0/0: evaluate.json's 0 is zero_division's */
        snprintf(r, sizeof r, "no claim (there is none among them)");
    else if (isfinite(claims) && claims >= 1 && claims < minn) {
        char tb[32], cb[32];
        counted = 1;
        rep_count(tb, sizeof tb, rep_num(ev, "metrics.confusion.tp"));
        rep_count(cb, sizeof cb, claims);
        snprintf(r, sizeof r, "%s of %s claim%s", tb, cb, rep_s(claims));
    } else {
        char pc[32];
        rep_pct_near(pc, sizeof pc, rec);
        snprintf(r, sizeof r, "%s of claims", pc);
    }
    const double wasted = 100 * (1 - prec);
    ct_numfmt_headline(w, sizeof w, rep_shown(wasted));
    /* empty when no claim is there to miss: its separating space goes with
     * it (before 2026-12-06 the point ended with a space:
     * tests/cli/report_model_no_claims_no_trailing_space) */
    char missed[256] = "";
    const double tp = rep_num(ev, "metrics.confusion.tp");
    if (fn == 0 && tp >= 1) {
        /* none missed is a sample's fact: the exact one-sided 95% upper
         * bound of the miss rate, 1 - 0.05^(1/N) (about 3/N, the rule of
         * three), says how small the rate is proven to be */
        char nc[32], ub[32];
        rep_count(nc, sizeof nc, tp);
        ct_numfmt_headline(ub, sizeof ub, 100 * (1 - pow(0.05, 1 / tp)));
        /* the count once: after "catches 5 of 5 claims", "It flags all 5
         * of these claims" said it again (before 2026-12-06:
         * tests/cli/report_monitor_few_claims) */
        if (counted)
            snprintf(missed, sizeof missed,
                     "With 95%% confidence, it would leave fewer than %s%% of such claims "
                     "unflagged.",
                     ub);
        else
            snprintf(missed, sizeof missed,
                     "It flags all %s of these claims: with 95%% confidence, it would leave "
                     "fewer than %s%% of such claims unflagged.",
                     nc, ub);
    } else if (fn == 0 && claims > 0)
        snprintf(missed, sizeof missed, "It flags every claim.");
    else if (isfinite(fn) && claims > 0) {
        char fb[32];
        rep_count(fb, sizeof fb, fn);
        snprintf(missed, sizeof missed,
                 "It leaves %s claim%s unflagged (still in the queue, not marked as likely).", fb,
                 rep_s(fn));
    }
    /* evaluate --split test marks its rows as the model's held-out ones */
    const char *split = rep_str(ev, "split");
    const int held_out = split && strcmp(split, "test") == 0;
    char waste[256];
    const double flagged =
        rep_num(ev, "metrics.confusion.tp") + rep_num(ev, "metrics.confusion.fp");
    if (flagged == 0)
        /* nothing flagged: precision is 0/0 (evaluate's 0 is scikit-learn's
         * zero_division=0), so no share of the flagged is an opinion; the
         * point read "of every 100 reports it flags as likely claims, 100 are
         * opinions (0 of 0; precision 0.0%)"
         * (tests/cli/report_model_flags_none) */
        snprintf(waste, sizeof waste,
                 "it flags none of them as a likely claim, so none of its flags is an "
                 "opinion");
    else if (flagged < minn) {
        char fpb[32], ppb[32];
        const double fp = rep_num(ev, "metrics.confusion.fp");
        rep_count(fpb, sizeof fpb, fp);
        rep_count(ppb, sizeof ppb, flagged);
        if (flagged == 1)
            snprintf(waste, sizeof waste,
                     "the one report it flags as a likely claim is %san opinion",
                     fp == 0 ? "not " : "");
        else if (fp == 0)
            snprintf(waste, sizeof waste,
                     "none of the %s reports it flags as likely claims is an opinion", ppb);
        else
            /* "of the 5 ..., 2 are": the clause, a sentence once split,
             * begins with no number (rep_split_clauses) */
            snprintf(waste, sizeof waste, "of the %s reports it flags as likely claims, %s %s", ppb,
                     fpb, fp > 1 ? "are opinions" : "is an opinion");
    } else if (w[0] == '0' && w[1] == '\0')
        snprintf(waste, sizeof waste,
                 "none of the reports it flags as likely claims is an opinion");
    else {
        char fpb[32], ppb[32];
        rep_count(fpb, sizeof fpb, rep_num(ev, "metrics.confusion.fp"));
        rep_count(ppb, sizeof ppb,
                  rep_num(ev, "metrics.confusion.tp") + rep_num(ev, "metrics.confusion.fp"));
        /* a whole count of every 100, as people say it: before
         * 2026-12-04 "of every 100 reports it flags as likely claims, 20.8
         * are opinions" (tests/cli/report_waste_whole_count) */
        const double k = floor(wasted + 0.5);
        /* whole as shown to 3 significant digits (w): "25", not "about 25" */
        const int exact = strchr(w, '.') == NULL && strchr(w, 'e') == NULL;
        char kb[32], lead[64];
        ct_numfmt_fixed(kb, sizeof kb, k, 0);
        if (k < 1)
            snprintf(lead, sizeof lead, "fewer than 1");
        else if (k >= 100)
            snprintf(lead, sizeof lead, "more than 99");
        else
            snprintf(lead, sizeof lead, "%s%s", exact ? "" : "about ", kb);
        snprintf(waste, sizeof waste,
                 "%s of every 100 reports it flags as likely claims %s (%s of %s)", lead,
                 k <= 1 ? "is an opinion" : "are opinions", fpb, ppb);
    }
    /* a weak model is said to be weak: before 2026-12-02 the point gave its
     * recall and precision alone, in the same confident words whatever the
     * model, and on noisy data (held-out ROC AUC 0.70) the page never said
     * that it tells claims from opinions poorly
     * (tests/cli/report_weak_model_said) */
    double auc;
    char weak[800] = "", pch[64];
    /* a ranking no better than chance orders nothing (before 2026-12-04
     * "its queue can order the reviews" at ROC AUC 0.51 on shuffled
     * labels: tests/cli/report_chance_model_no_order) */
    const int chance = rep_chance_model(c, pch, sizeof pch);
    /* on rows too few to tell (rep_ranking_few) the band is what the model
     * looks, and the test's silence is the rows', not the model's: before
     * 2026-12-05 12 held-out reports read "only acceptable ...: it puts
     * claims first no more often than chance would"
     * (tests/cli/report_ranking_too_few_rows) */
    char order[320];
    const int too_few = chance == REP_RANKING_FEW; /* the counts are the sentence's own */
    const char *is = too_few ? "looks" : "is";
    const char *tell = too_few ? ", but they are too few to tell whether it beats chance" : "";
    if (too_few)
        snprintf(order, sizeof order,
                 ", which chance alone could give on so few, so its queue cannot be counted on "
                 "to order the reviews, nor to decide which reports need none.");
    else if (chance)
        snprintf(order, sizeof order,
                 "; it puts claims first no more often than chance would on these reports, so "
                 "its queue neither orders the reviews nor decides which reports need none.");
    else
        snprintf(order, sizeof order,
                 "; its queue can order the reviews, not decide which reports need none.");
    const double pairs = claims * (n - claims);
    if (rep_weak_model(c, &auc) && (claims < minn || n - claims < minn) && pairs >= 1) {
        /* few claims or opinions: the pairs they make, counted */
        char pb[32], hb[32];
        rep_count(pb, sizeof pb, pairs);
        rep_count(hb, sizeof hb, auc * pairs);
        snprintf(weak, sizeof weak,
                 " The model %s %s on these reports%s; of the %s pair%s of a claim and an "
                 "opinion here, it ranks the claim higher in about %s (a coin toss would do so in "
                 "half of them)%s",
                 is, rep_auc_word(auc), tell, pb, rep_s(pairs), hb, order);
    } else if (rep_weak_model(c, &auc)) {
        char times[32];
        /* "about 70 times in 100" beside "below 0.7 is poor" at 0.6951 would
         * round across the cut-off too: 69.5 */
        rep_fixed_beside(times, sizeof times, 100 * auc, auc < 0.7 ? 70 : auc < 0.8 ? 80 : 90, 0);
        snprintf(weak, sizeof weak,
                 " The model %s %s on these reports%s; shown a claim and an opinion, it ranks "
                 "the claim higher about %s times in 100 (50 in 100 is a coin toss)%s",
                 is, rep_auc_word(auc), tell, times, order);
    }
    /* the cause of a low recall when it is the default threshold's, and
     * the run option that sets another (rep_threshold_low) */
    char low[768] = "";
    double lauc;
    char lw[640];
    if (rep_threshold_low(c, 1, &lauc, lw, sizeof lw)) {
        lw[0] = (char)toupper((unsigned char)lw[0]);
        snprintf(low, sizeof low, " %s.", lw);
    }
    rep_point *pt =
        rep_point_add(c, "model", "evaluate.json", "The model catches %s on %s %s; %s.%s%s%s%s", r,
                      nb, held_out ? "held-out reports it did not learn from" : "labelled reports",
                      waste, missed[0] ? " " : "", missed, low, weak);
    /* a metric that does not exist is null with its reason in report.json,
     * never the 0 evaluate.json records by zero_division's convention
     * (tests/cli/report_undefined_metrics_said) */
    const char *rwhy, *pwhy;
    rep_metric(rep_get(ev, "metrics"), "recall", &rwhy);
    rep_metric(rep_get(ev, "metrics"), "precision", &pwhy);
    if (rwhy)
        rep_fig_undefined(pt, "recall", rwhy);
    else
        rep_fig(pt, "recall", rec);
    if (pwhy)
        rep_fig_undefined(pt, "precision", pwhy);
    else
        rep_fig(pt, "precision", prec);
    if (flagged > 0)
        rep_fig(pt, "opinions_per_100_reviews", wasted);
    rep_fig(pt, "rows", n);
    /* the optional key last, where formats.md lists it, so the others keep
     * their places (before 2026-12-05 it came after recall, only in a poor
     * model's report: tests/cli/report_model_figures_order) */
    if (weak[0])
        rep_fig(pt, "roc_auc", auc);
}

/* The difference of two shares as shown (rep_pct, 2 decimals), in
 * percentage points read back from them, so that a reader subtracting gets
 * it (before 2026-12-04 of the unrounded shares: "59.11% against 57.31%,
 * 1.81 percentage points": tests/cli/report_points_from_shown); diff, the
 * unrounded difference, when a figure is not a number. */
static void points_shown(char *buf, size_t n, const char *a, const char *b, double diff)
{
    char *ea = NULL, *eb = NULL;
    const double sa = strtod(a, &ea), sb = strtod(b, &eb);
    ct_numfmt_fixed(buf, n, ea != a && eb != b ? fabs(sa - sb) : 100 * fabs(diff), 2);
}

/* The queue's priority against the model's probability alone on the
 * queue's day, when the two orders differ: by the rule of views alone
 * (rep_prob_verdict: within a percentage point and a tenth of the gain over
 * random order is no difference) the reach weighting of the priority
 * (docs/score.md) finds more claims, or fewer, than the probability it
 * weights, or as many (a tie, since 2026-12-06). "" when the two orders
 * are one. Before 2026-12-05 the report left
 * queue-eval's probability order unsaid
 * (tests/cli/report_queue_probability_alone). */
static void prob_sentence(char *buf, size_t n, const rep_finance *f)
{
    buf[0] = '\0';
    const int v = rep_prob_verdict(f);
    if (v == REP_VIEWS_NONE)
        return;
    char q[32], p[32], dp[32];
    rep_pct(q, sizeof q, f->recall_queue, 2);
    rep_pct(p, sizeof p, f->recall_prob, 2);
    points_shown(dp, sizeof dp, q, p, f->recall_queue - f->recall_prob);
    const char *at = f->recall_exact ? "at this capacity" : "on this day";
    /* a tie said too (before 2026-12-06 nothing: the reader of the other
     * two cases could not tell a tie from a comparison not made): the
     * shares as shown equal, or within the rule's tolerance */
    char said[320];
    if (v == REP_VIEWS_SAME && strcmp(q, p) == 0)
        snprintf(buf, n,
                 " The queue's priority, the claim probability weighted by reach (views and "
                 "shares), finds as many claims %s as the probability alone. Its reach "
                 "weighting costs no claims here.",
                 at);
    else if (v == REP_VIEWS_SAME && rep_paired_said(f, 1, 1, said, sizeof said)) {
        /* the paired test's tie: the counts and the test (since 2026-12-07;
         * before, "about as many" of 252 claims against 264) */
        char a[32], b[32];
        rep_count(a, sizeof a, round(f->recall_queue * f->claims));
        rep_count(b, sizeof b, round(f->recall_prob * f->claims));
        snprintf(buf, n,
                 " The queue's priority, the claim probability weighted by reach (views and "
                 "shares), finds %s claims %s (%s) and the probability alone %s (%s), %s.",
                 a, at, q, b, p, said);
    } else if (v == REP_VIEWS_SAME)
        snprintf(buf, n,
                 " The queue's priority, the claim probability weighted by reach (views and "
                 "shares), finds about as many claims %s as the probability alone (%s against "
                 "%s). The gap is too small to count as a difference.",
                 at, q, p);
    else if (v == REP_VIEWS_QUEUE_BETTER)
        snprintf(buf, n,
                 " The queue's priority, the claim probability weighted by reach (views and "
                 "shares), finds more claims %s than the probability alone: %s against %s, %s "
                 "percentage points more.",
                 at, q, p, dp);
    else
        snprintf(buf, n,
                 " Ranked by the claim probability alone, without the reach weighting of the "
                 "queue's priority (views and shares), a day finds more claims %s: %s against "
                 "the queue's %s, %s percentage points more; the weighting trades claims for "
                 "reach.",
                 at, p, q, dp);
}

static void point_queue(rep_ctx *c)
{
    const rep_finance *f = &c->fin;
    if (!f->ok || f->day_reviews < 1)
        return;
    char day[32], q[32], a[32], rq[32], ra[32], hq[32], hr[32], nq[32];
    rep_count(day, sizeof day, f->day_reviews);
    rep_count(q, sizeof q, f->recall_queue * f->claims);
    about_count(a, sizeof a, f->recall_random * f->claims);
    /* the day's shares with the 2 decimals of the rest of the paragraph,
     * the finance box and the review queue's table: before 2026-12-02 they
     * were whole percents here, "5% ... against 2%" a sentence before "it
     * finds 4.84% of claims in the day (the queue 4.84%)"
     * (tests/cli/report_shares_same_decimals) */
    rep_pct_near_from(rq, sizeof rq, f->recall_queue, 2);
    rep_pct_near_from(ra, sizeof ra, f->recall_random, 2);
    /* every wait of the paragraph with the same decimals: before
     * 2026-12-02 the queue's read "16.0" here and "16.03" a sentence on */
    rep_hours2_said(hq, sizeof hq, f->hours_queue_mean);
    rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
    rep_count(nq, sizeof nq, f->n);
    char wait[320] = "", R[32];
    ct_numfmt_auto(R, sizeof R, c->opt.reviews_per_hour); /* a rate: 0.001 stays 0.001 */
    /* the wait is counted in review time: position k is reached after k / R
     * hours of review, not k / R hours on the clock */
    char same[64], either[128];
    if (rep_wait_same_shown(f, same, sizeof same, either, sizeof either))
        /* two waits that print alike are said so, not "instead of" the same
         * figure (rep_wait_same_shown) */
        snprintf(wait, sizeof wait,
                 "; working through all %s report%s of the queue, a claim waits %s hours of "
                 "review (at %s review%s an hour) on average before it is reviewed, %s (%s)",
                 nq, rep_s(f->n), hq, R, rep_s_shown(R), same,
                 strncmp(hq, "less", 4) == 0 ? "less than 0.01 either way"
                                             : "the same to 2 decimals");
    else if (isfinite(f->hours_queue_mean) && isfinite(f->hours_random_mean))
        snprintf(wait, sizeof wait,
                 "; working through all %s report%s of the queue, a claim waits %s hours of "
                 "review (at %s review%s an hour) on average before it is reviewed, instead of %s",
                 nq, rep_s(f->n), hq, R, rep_s_shown(R), hr);
    /* the same day in the order of views alone: when it does as well as the
     * queue (recall within 1 point), the queue's gain over random order is
     * the view counts', and the page says so */
    char views[3072] = "";
    int views_wait_said = 0; /* the views alone's whole-queue wait, in `more` */
    int tie_waits = 0;       /* the tie words compare the waits with views alone's */
    if (isfinite(f->recall_views)) {
        char vq[32], vv[32], dp[32], at[64];
        rep_pct(vq, sizeof vq, f->recall_queue, 2);
        rep_pct(vv, sizeof vv, f->recall_views, 2);
        const double diff = f->recall_queue - f->recall_views;
        points_shown(dp, sizeof dp, vq, vv, diff);
        snprintf(at, sizeof at, "%s", f->recall_exact ? "at this capacity" : "on this day");
        char more[320] = "";
        if (isfinite(f->wrecall_queue) && isfinite(f->wrecall_views)) {
            char wq[32], wv[32];
            rep_pct(wq, sizeof wq, f->wrecall_queue, 2);
            rep_pct(wv, sizeof wv, f->wrecall_views, 2);
            /* two shares that show alike said once (since 2026-12-08:
             * tests/cli/report_summary_figure_once) */
            size_t m =
                strcmp(wq, wv) == 0
                    ? (size_t)snprintf(more, sizeof more,
                                       " and %s of the claims' views, as the queue does", wv)
                    : (size_t)snprintf(more, sizeof more,
                                       " and %s of the claims' views (the queue %s)", wv, wq);
            if (isfinite(f->hours_views_mean) && isfinite(f->hours_queue_mean) && m < sizeof more) {
                char hv[32], hq2[32];
                rep_hours2_said(hv, sizeof hv, f->hours_views_mean);
                rep_hours2_said(hq2, sizeof hq2, f->hours_queue_mean);
                /* the queue's own wait only when the sentence before did
                 * not give it (before 2026-12-05 "(the queue 16.03)" a
                 * clause after "a claim waits 16.03 hours":
                 * tests/cli/report_summary_wait_said_once) */
                snprintf(
                    more + m, sizeof more - m,
                    "; in that order, a claim waits %s hours of review on average over the whole "
                    "queue%s%s%s",
                    hv, wait[0] ? "" : " (the queue ", wait[0] ? "" : hq2, wait[0] ? "" : ")");
                views_wait_said = 1;
            }
        }
        if (f->day_reviews >= f->n) {
            /* the day holds the whole queue: every order finds every claim
             * in it, so the day's shares compare nothing; the wait does */
            if (isfinite(f->hours_views_mean) && isfinite(f->hours_queue_mean)) {
                char hv[32], hq2[32];
                rep_hours2_said(hv, sizeof hv, f->hours_views_mean);
                rep_hours2_said(hq2, sizeof hq2, f->hours_queue_mean);
                /* and which order that wait favours, by the rule the
                 * decision follows (rep_views_wait_verdict) */
                const int wv = rep_views_wait_verdict(f);
                /* an order said to do better beside two waits that print
                 * alike: both with the digits that tell them apart
                 * (ct_numfmt_pair), the queue's given again; before
                 * 2026-12-05 "a claim waits 0.06 hours ...: the queue does
                 * better by that wait" of a queue that waited 0.06 hours
                 * (tests/cli/report_wait_same_shown) */
                int own = !wait[0];
                if (wv != REP_VIEWS_SAME && strcmp(hv, hq2) == 0) {
                    ct_numfmt_pair(hq2, hv, sizeof hv, f->hours_queue_mean, f->hours_views_mean,
                                   rep_hours2_len);
                    own = 1;
                }
                snprintf(views, sizeof views,
                         " In the order of views alone, which finds them all within the day too, "
                         "a claim waits %s hours of review on average%s%s%s; %s.",
                         hv, own ? " (the queue " : "", own ? hq2 : "", own ? ")" : "",
                         wv == REP_VIEWS_SAME ? (strcmp(rep_views_same_words(f, 1), "as well") == 0
                                                     ? "sorting by views alone, with no model, "
                                                       "does as well by that wait"
                                                     : "sorting by views alone, with no model, "
                                                       "does nearly as well by that wait")
                         : wv == REP_VIEWS_BETTER ? "sorting by views alone, with no model, does "
                                                    "better by that wait"
                         /* a queue whose model ranks at chance gains by luck (the
                          * decision's words): before 2026-12-06 "the queue does
                          * better by that wait" of a queue ordered by its ids, every
                          * probability the same (tests/cli/report_wait_gain_at_chance) */
                         : f->at_chance ? "the queue's shorter wait is luck, not its model's: "
                                          "the model ranks no better than chance"
                                        : "the queue does better by that wait");
            }
        } else if (views_constant(c)) {
            char vc[320];
            views_constant_said(c, vc, sizeof vc);
            snprintf(views, sizeof views,
                     " %s: sorting by views alone is random order, %s of claims in the day.", vc,
                     vv);
        } else if (rep_views_verdict(f) == REP_VIEWS_SAME) {
            /* the gain is the view counts' only when the model's
             * probability alone, without the reach, does less than the
             * queue; where it does as well the model finds what views
             * alone finds, and "comes from the view counts" was wrong
             * (before 2026-12-05, the real file:
             * tests/cli/report_ops_follow_when_views_tie) */
            char why[768];
            if (rep_prob_verdict(f) == REP_VIEWS_QUEUE_BETTER)
                snprintf(why, sizeof why,
                         "the model's gain over random order comes %sfrom the view counts",
                         strcmp(rep_views_same_words(f, 0), "as well") == 0 ? "" : "mostly ");
            else {
                char tie[640];
                /* the sentence gives views alone's share of the day, and
                 * (in `more`) its share of the claims' views and its wait
                 * beside the queue's: the tie words add only what those
                 * figures do not show, the paired test in plain words (the
                 * test's name and p-value in the review queue's section) */
                const int said =
                    REP_TIE_SAID_DAY |
                    (isfinite(f->wrecall_queue) && isfinite(f->wrecall_views) ? REP_TIE_SAID_REACH
                                                                              : 0) |
                    (views_wait_said ? REP_TIE_SAID_WAIT : 0);
                rep_views_tie_words(f, REP_TIE_PLAIN | said, tie, sizeof tie);
                tie_waits = views_wait_said;
                /* not "the queue matches views alone" after "sorting by
                 * views alone does as well" (until 2026-12-08: the
                 * shortcut is named in that sentence,
                 * tests/cli/report_summary_figure_once) */
                snprintf(why, sizeof why, "%s", tie);
            }
            /* the day covers most of the queue: the waits said above
             * (the queue's and random order's in the first sentence,
             * views alone's in `more`) not said again, nor the
             * comparison the tie words make (before 2026-12-05 the
             * queue's wait was said three times: the test above) */
            int form = REP_MOST_FIGURES;
            if (wait[0] && views_wait_said)
                form = rep_prob_verdict(f) == REP_VIEWS_QUEUE_BETTER ? REP_MOST_VERDICT
                                                                     : REP_MOST_BARE;
            char most[1280] = "";
            /* a short day's sentence: below, after every branch */
            if (!(!f->note[0] && rep_day_blind_to(f)) &&
                rep_day_blind_said(f, form | REP_MOST_PLAIN, most + 1, sizeof most - 1))
                most[0] = ' ';
            /* the queue's share of the day, said in the first sentence */
            /* views alone's share of the day, when it shows as the
             * queue's, "as many" (until 2026-12-08 the queue's figure again:
             * tests/cli/report_summary_figure_once) */
            char vfinds[64];
            if (strcmp(vq, vv) == 0)
                snprintf(vfinds, sizeof vfinds, "as many claims in the day");
            else
                snprintf(vfinds, sizeof vfinds, "%s of claims in the day", vv);
            snprintf(
                views, sizeof views, " Sorting by views alone does %s %s: it finds %s%s%s%s%s.%s",
                rep_views_same_words(f, 0), at, vfinds, more, why[0] ? "; " : "", why,
                rep_views_flagged(c) ? "; views alone is the data's known shortcut" : "", most);
        } else {
            /* the other measure, when it says the reverse: the queue finds
             * more claims yet views alone more of the claims' views (or the
             * other way round); before 2026-12-03 only the count was said
             * (tests/cli/report_views_measures_disagree) */
            char other[320] = "";
            if (isfinite(f->wrecall_queue) && isfinite(f->wrecall_views) &&
                (diff > 0 ? f->wrecall_views > f->wrecall_queue
                          : f->wrecall_queue > f->wrecall_views)) {
                char wq[32], wv[32];
                rep_pct(wq, sizeof wq, f->wrecall_queue, 2);
                rep_pct(wv, sizeof wv, f->wrecall_views, 2);
                /* the shares as measured, not "does better": no test of
                 * this run compares them (rep_views_tie_words; since
                 * 2026-12-07: tests/cli/report_reach_gap_untested) */
                snprintf(other, sizeof other,
                         " Counted by views, the claims %s reaches in the day hold %s of the "
                         "claims' views, %s %s, a gap no test of this run checks.",
                         diff > 0 ? "sorting by views alone" : "the queue", diff > 0 ? wv : wq,
                         diff > 0 ? "the queue's" : "views alone's", diff > 0 ? wq : wv);
            }
            /* a lead made by the reports without a view count, which
             * views alone places last (rep_lead_without_views_said) */
            char lead[640] = "";
            if (diff > 0 && rep_lead_without_views_said(f, lead + 1, sizeof lead - 1))
                lead[0] = ' ';
            if (diff > 0)
                snprintf(views, sizeof views,
                         " The queue does better than sorting by views alone %s: it finds %s of "
                         "claims in the day against %s, %s percentage points more.%s%s",
                         at, vq, vv, dp, other, lead);
            else
                snprintf(views, sizeof views,
                         " Sorting by views alone does better than the queue %s: it finds %s of "
                         "claims in the day against the queue's %s, %s percentage points more.%s",
                         at, vv, vq, dp, other);
        }
    }
    /* a short day that cannot decide a comparison (rep_day_blind_to):
     * what it cannot tell, without the counts and waits the paragraph has
     * given, and the whole queue's verdict. Before 2026-12-07 the finance
     * point and this one both said it, then until 2026-12-08 the finance
     * point alone, with the counts and the three waits this point gives too
     * (tests/cli/report_short_day_plain, tests/cli/report_summary_figure_once) */
    if (!f->note[0] && rep_day_blind_to(f)) {
        const size_t vl = strlen(views);
        if (vl + 1 < sizeof views &&
            rep_day_blind_said(f,
                               (tie_waits ? REP_MOST_DAY : REP_MOST_VERDICT) | REP_MOST_PLAIN |
                                   REP_MOST_COUNTS_SAID,
                               views + vl + 1, sizeof views - vl - 1))
            views[vl] = ' ';
    }
    rep_point *pt;
    if (f->day_reviews >= f->n) {
        /* the day holds the whole queue: every order reaches every claim
         * within it, and the day's shares, 100% against 100%, compare
         * nothing (before 2026-12-02 the summary gave them all the same,
         * as the Operations Lead's point no longer did:
         * tests/cli/report_day_holds_queue) */
        char nc[64];
        if (f->claims == 1)
            snprintf(nc, sizeof nc, "its one claim");
        else if (f->claims == 2) /* not "all 2 of its claims" */
            snprintf(nc, sizeof nc, "both its claims");
        else {
            char cb[32];
            rep_count(cb, sizeof cb, f->claims);
            snprintf(nc, sizeof nc, "all %s of its claims", cb);
        }
        pt = rep_point_add(c, "queue", "queue_eval.json",
                           "A review day of %s review%s (%s) holds the whole queue; so any "
                           "order, the queue's or random, reaches %s within the day%s.%s",
                           day, rep_s(f->day_reviews), f->day_how, nc, wait, views);
    } else {
        char prob[768];
        prob_sentence(prob, sizeof prob, f);
        /* "about" only for a rounded figure: the queue's claims are a
         * count unless read off the curve, random order's an expected value
         * that may be whole (before 2026-12-05 "reaches about 480 claims"
         * of exactly 480: tests/cli/report_said_once) */
        const double ea = f->recall_random * f->claims;
        const int q_exact = f->recall_exact || f->recall_counted;
        const int a_whole = fabs(ea - round(ea)) < 1e-9;
        pt = rep_point_add(
            c, "queue", "queue_eval.json",
            "A review day here is %s review%s (%s). Worked in the queue's order, it reaches %s%s "
            "claim%s (%s of them). Random order reaches %s%s (%s), an expected value: the "
            "file's own arrival order may differ%s.%s%s",
            day, rep_s(f->day_reviews), f->day_how, q_exact ? "" : "about ", q,
            rep_s(round(f->recall_queue * f->claims)), rq, a_whole ? "" : "about ", a, ra, wait,
            views, prob);
    }
    rep_fig(pt, "claims_first_day_queue", f->recall_queue * f->claims);
    rep_fig(pt, "claims_first_day_arrival", f->recall_random * f->claims);
    rep_fig(pt, "mean_hours_to_review_queue", f->hours_queue_mean);
    rep_fig(pt, "mean_hours_to_review_arrival", f->hours_random_mean);
    rep_fig(pt, "recall_first_day_queue", f->recall_queue);
    rep_fig(pt, "recall_first_day_views", f->recall_views);
    rep_fig(pt, "mean_hours_to_review_views", f->hours_views_mean);
}

/* The decision the summary opens with: which order to work the backlog
 * in, by the rule the Data Science Manager's decision follows (no order
 * when the queue shows no gain over random order or its model is at
 * chance; else rep_views_decision: views alone when it does better, a
 * choice when the two do as well, the model's queue otherwise). Before
 * 2026-12-06 the decision stood only under the Data Science Manager, far
 * below the summary, which opened with the model's accuracy
 * (tests/cli/report_summary_decision_first). */
static void decision_said(const rep_ctx *c, char *buf, size_t n)
{
    switch (rep_decision(c)) {
    case REP_DECIDE_NO_ORDER:
        snprintf(buf, n,
                 "The decision: keep the backlog's current order for now; the model's queue is "
                 "not yet an order worth working in.");
        break;
    case REP_DECIDE_VIEWS:
        snprintf(buf, n,
                 "The decision: work the backlog sorted by views alone, with no model. It does "
                 "better than the model's queue on these reports (the review queue point below "
                 "compares them).");
        break;
    case REP_DECIDE_CHOICE:
        snprintf(buf, n,
                 "The decision: a choice between the model's queue order and sorting the "
                 "backlog by views alone. The two do as well on these reports (the review queue "
                 "point below compares them).");
        break;
    default:
        snprintf(buf, n,
                 "The decision: work the backlog in the model's queue order, from the top.");
        break;
    }
}

/* The finance point after its decision, into buf: brief, the summary's
 * words, where the queue point (written before it) gives the day's size,
 * counts and shares and the whole queue's waits, so the point does not
 * give them again; else the Finance Lead's words, which give them all.
 * Before 2026-12-08 the summary said the waits, the day's counts and its
 * shares in both points, "a claim waits 4.17 hours ... and 8.21 in random
 * order" twice (tests/cli/report_summary_figure_once). *src: its sources. */
static void finance_body(const rep_ctx *c, int brief, char *buf, size_t n, const char **src)
{
    const rep_finance *f = &c->fin;
    char hs[32], db[32];
    rep_count(db, sizeof db, f->day_reviews);
    /* the hours with the 2 decimals of every other mention (the Finance
     * Lead's comparison with views alone): before 2026-12-02 "26.2 more
     * review hours" here and "(the model's queue 26.23)" a line below
     * (tests/cli/report_shares_same_decimals) */
    hours_saved_text(hs, sizeof hs, f->hours_saved);
    char money[192];
    money_clause(money, sizeof money, c, 1);
    /* the first review day as the summary says it: its size is the queue
     * point's */
    char day[64];
    if (brief)
        snprintf(day, sizeof day, "its first review day");
    else
        snprintf(day, sizeof day, "a review day of %s review%s", db, rep_s(f->day_reviews));
    *src = "queue_eval.json";
    int shares_said = 0;
    /* the day finds every claim of the queue (fewer claims than the day's
     * reviews): the figure is this queue's, not a day's (as the finance
     * section says) */
    const int all_found = f->recall_queue >= 1 - 1e-12 && f->claims < f->day_reviews;
    char nc[32];
    rep_count(nc, sizeof nc, f->claims);
    if (f->note[0]) {
        /* the lead and what the order changes; that the day holds the
         * whole queue is the queue point's (before 2026-12-06 both points
         * said "fits in one review day": tests/cli/report_summary_decision_first) */
        char none[96];
        if (c->opt.cost_per_hour > 0)
            snprintf(none, sizeof none, "no review, review hour or %s", c->opt.currency);
        else
            snprintf(none, sizeof none, "no review or review hour");
        if (f->day_reviews < 1) {
            /* a day that holds no whole review: not "every report is
             * still reviewed within the day" (before 2026-12-06, at
             * report --reviews-per-hour 0.1, with an empty gain after it),
             * and the whole queue's waits, which still compare the orders
             * (tests/cli/report_day_no_whole_review) */
            char waits[256] = "";
            if (isfinite(f->hours_queue_mean) && isfinite(f->hours_random_mean)) {
                char hq[32], hr[32];
                rep_hours2_said(hq, sizeof hq, f->hours_queue_mean);
                rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
                snprintf(waits, sizeof waits,
                         " Over the whole queue a claim waits %s hours of review on average "
                         "in the queue's order, %s in random order.",
                         hq, hr);
            }
            snprintf(buf, n, "%s: %s.%s", f->lead, f->note, waits);
        } else
            snprintf(buf, n,
                     "%s. Every report is still reviewed within the day in either order, so %s "
                     "is saved. %c%s.",
                     f->lead, none, toupper((unsigned char)f->gain[0]), f->gain + 1);
    } else if (f->at_chance) {
        /* the summary's words: no test named (rep_ranking_few for rows
         * too few to tell) */
        char few[96], said[256];
        const int too_few = rep_ranking_few(c, few, sizeof few);
        if (too_few)
            snprintf(said, sizeof said,
                     "the %s are too few to show that the model puts claims first more often "
                     "than chance would",
                     few);
        else
            snprintf(said, sizeof said,
                     "the model puts claims first no more often than chance would");
        *src = "queue_eval.json, evaluate.json";
        snprintf(buf, n,
                 "No review hours can be counted as saved in this run: %s, so whatever its queue "
                 "finds sooner than random order in %s%s%s%s %s luck or the view counts, not the "
                 "model.",
                 said, day, f->hours_saved > 0 ? " (" : "", f->hours_saved > 0 ? hs : "",
                 f->hours_saved > 0 ? " review hours here)" : "", too_few ? "may be" : "is");
    } else if (all_found && rep_queue_gain(f) != REP_GAIN_NO) {
        /* no gain is said first, as the finance box does: before 2026-12-06
         * a queue finding its 2 claims in a day where random order's
         * expected reviews for them fit too read "The queue finds claims
         * sooner ... Random order would need 0 more review hours"
         * (tests/cli/report_all_found_no_gain) */
        char its[160];
        if (brief)
            snprintf(its, sizeof its, "all its claims come within its first review day");
        else
            snprintf(its, sizeof its,
                     "its %s claim%s all come within its first review day of %s review%s", nc,
                     rep_s(f->claims), db, rep_s(f->day_reviews));
        snprintf(buf, n,
                 "The queue finds claims sooner, not with fewer reviews: %s. Random order would "
                 "need %s more review hours to find them.%s That is a figure of this queue, not "
                 "a rate per day: a larger queue gives a larger one. Every report is still "
                 "reviewed, so review cost does not fall.",
                 its, hs, money);
    } else if (rep_queue_gain(f) == REP_GAIN_NO) {
        char rq[32], ra[32], said[256];
        rep_pct_near_from(rq, sizeof rq, f->recall_queue, 2);
        rep_pct_near_from(ra, sizeof ra, f->recall_random, 2);
        const char *same = "Every report is still reviewed either way, so the work and its cost "
                           "stay the same.";
        shares_said = !brief; /* the day's size and shares, below */
        /* what it means for the reviewers, not "saves no review hours"
         * (since 2026-12-05: tests/cli/report_no_gain_plain) */
        if (rep_day_blind_to(f) & REP_BLIND_RANDOM) {
            /* the day's count is within its luck of random order's
             * (rep_day_blind_to): not "no head start" of a queue whose
             * whole-queue wait may be shorter (the sentence appended below
             * gives it; tests/cli/report_day_too_short); the summary's
             * queue point gives the day's shares and says it */
            if (brief)
                snprintf(buf, n, "%s", same);
            else
                snprintf(buf, n,
                         "The queue's first review day of %s review%s finds %s of the claims, "
                         "against random order's expected %s. %s",
                         db, rep_s(f->day_reviews), rq, ra, same);
        } else if (rep_random_said(f, 1, said, sizeof said)) {
            /* more claims than random order's expectation, by a count the
             * test cannot tell from chance: not "no sooner" (since
             * 2026-12-07: tests/cli/report_random_test) */
            if (brief)
                snprintf(buf, n,
                         "The queue's first review day finds more claims than random order's "
                         "expected count, but by %s. %s",
                         said, same);
            else
                snprintf(buf, n,
                         "The queue's first review day of %s review%s finds %s of the claims, "
                         "against random order's expected %s: %s. %s",
                         db, rep_s(f->day_reviews), rq, ra, said, same);
        } else if (brief)
            snprintf(buf, n,
                     "Working the queue in the model's order finds claims no sooner than random "
                     "order, so the model gives the reviewers no head start on claims. %s",
                     same);
        else
            snprintf(buf, n,
                     "Working the queue in the model's order finds claims no sooner than random "
                     "order: its first review day of %s review%s finds %s of the claims, %s "
                     "random order's expected %s, so the model gives the reviewers no head start "
                     "on claims. %s",
                     db, rep_s(f->day_reviews), rq, no_more_than(f), ra, same);
    } else {
        /* what the figure is, in the sentence that gives it: the review
         * time random order needs more to find the day's claims, valued at
         * the hourly cost; not a saving, as every report is still reviewed
         * (before 2026-12-05 "Finding the claims of a review day ... would
         * take 7.88 more review hours, about 315 USD", which a Finance Lead
         * read as 315 USD saved a day: tests/cli/report_finance_not_a_saving) */
        char what[64], slow[320];
        if (brief)
            snprintf(what, sizeof what, "the claims");
        else
            day_claims(what, sizeof what, f);
        slow_day(slow, sizeof slow, c);
        snprintf(buf, n,
                 "The queue finds claims sooner, not with fewer reviews. Random order would need "
                 "%s more review hours to find %s the queue finds in %s%s.%s Every report is "
                 "still reviewed, so review cost does not fall.",
                 hs, what, day, slow, money);
    }
    /* a short day that cannot decide a comparison (rep_day_blind_to): the
     * decision opening the point rests on the whole queue's waits there,
     * said so with the day's counts (since 2026-12-06:
     * tests/cli/report_day_too_short); in the summary the queue point says
     * it, beside the counts and waits it gives (since 2026-12-08) */
    char blind[1280];
    if (!brief && !f->note[0] && rep_day_blind_to(f) &&
        rep_day_blind_said(
            f, REP_MOST_FIGURES | REP_MOST_PLAIN | (shares_said ? REP_MOST_COUNTS_SAID : 0), blind,
            sizeof blind)) {
        const size_t tl = strlen(buf);
        snprintf(buf + tl, n - tl, " %s", blind);
    }
}

static void point_finance(rep_ctx *c)
{
    rep_finance *f = &c->fin;
    if (!f->ok)
        return;
    char dec[320];
    decision_said(c, dec, sizeof dec);
    /* the queue point, written before, gives the day and the waits */
    int queue_said = 0;
    for (size_t i = 0; i < c->npt; i++)
        queue_said |= strcmp(c->pt[i].topic, "queue") == 0;
    char body[REP_TEXT_MAX];
    const char *src;
    finance_body(c, 0, body, sizeof body, &src);
    /* the Finance Lead's point as it was before the decision opened the
     * summary's (report_audience.c) */
    if (f->note[0])
        snprintf(f->lead_point, sizeof f->lead_point, "%s. %c%s.", f->lead,
                 toupper((unsigned char)f->note[0]), f->note + 1);
    else
        snprintf(f->lead_point, sizeof f->lead_point, "%s", body);
    if (queue_said)
        finance_body(c, 1, body, sizeof body, &src);
    rep_point *pt = rep_point_add(c, "finance", src, "%s %s", dec, body);
    rep_fig(pt, "review_hours_saved", f->hours_saved);
    rep_fig(pt, "cost_saved", f->cost_saved);
}

/* +1 when x is more than 10% above y, -1 when y is more than 10% above x,
 * else 0 (the claims point's band for "about as much") */
static int band_dir(double x, double y) { return x > 1.1 * y ? 1 : y > 1.1 * x ? -1 : 0; }

/* eda.json: the group of the label column with key `cls` (NULL: the first
 * group whose key is not `not`, the other class). */
static const ct_json_value *claim_group(const ct_json_value *eda, const char *target,
                                        const char *cls, const char * not )
{
    const ct_json_value *gs = ct_json_get(eda, "groupings");
    for (size_t i = 0; i < ct_json_size(gs); i++) {
        const ct_json_value *g = ct_json_at(gs, i);
        const char *by = rep_str(g, "by.0");
        if (!by || strcmp(by, target) != 0 || ct_json_size(ct_json_get(g, "by")) != 1)
            continue;
        const ct_json_value *groups = ct_json_get(g, "groups");
        for (size_t k = 0; k < ct_json_size(groups); k++) {
            const char *key = rep_str(ct_json_at(groups, k), "key.0");
            if (key && (cls ? strcmp(key, cls) == 0 : strcmp(key, not ) != 0))
                return ct_json_at(groups, k);
        }
    }
    return NULL;
}

static void point_claims(rep_ctx *c)
{
    const ct_json_value *eda = rep_root(c, REP_EDA);
    /* the claims are the model's positive value; the opinions the other
     * value ("opinion" on the reports file; "no" beside "yes" on an export
     * whose labels are spelled so: rep_label) */
    const char *target, *positive;
    rep_label(c, &target, &positive);
    const ct_json_value *gc = claim_group(eda, target, positive, NULL);
    const ct_json_value *go = strcmp(positive, "claim") == 0
                                  ? claim_group(eda, target, "opinion", NULL)
                                  : claim_group(eda, target, NULL, positive);
    /* under the names run was given (rep_column: tests/cli/report_columns_renamed) */
    const char *vcol = rep_column(c, "views");
    char mpath[320], tpath[320];
    snprintf(mpath, sizeof mpath, "metrics.%s.median", vcol);
    const double mc = rep_num(gc, mpath);
    const double mo = rep_num(go, mpath);
    if (!isfinite(mc) || !isfinite(mo))
        return;
    /* medians of counts in whole counts, as people say them: a half-way
     * median (the median of an even number of counts, 7070.5) reads "about
     * 7,071" here, the exact value in eda's table and eda.json
     * (rep_count_plain; before 2026-12-05 "7,070.5 views" in the summary:
     * tests/cli/report_median_half_kept) */
    char a[48], b[48], ratio[48] = "";
    rep_count_plain(a, sizeof a, mc);
    rep_count_plain(b, sizeof b, mo);
    /* a headline never rests on a tiny group (base/headline.h, as eda's
     * titles and test's sentences): 9 claims among 203 rows read "Claim
     * videos draw less engagement than opinion videos ... (1.6x fewer)"
     * (tests/cli/report_claims_few_not_compared) */
    const double nc = rep_num(gc, "rows"), no = rep_num(go, "rows");
    const double kept = rep_num(eda, "dropna.rows_kept");
    if (isfinite(nc) && isfinite(no) && isfinite(kept) && kept >= 0) {
        const double minn = (double)ct_headline_group_min((uint64_t)kept);
        if (nc < minn || no < minn) {
            char nb[32], mb[32];
            rep_count(nb, sizeof nb, nc < no ? nc : no);
            rep_count(mb, sizeof mb, minn);
            rep_point *pt = rep_point_add(
                c, "claims", "eda.json",
                "There are too few %s videos (%s; a comparison needs %s) to say whether claims "
                "draw more or less engagement than opinions: a median of %s views against %s for "
                "opinions.",
                nc < no ? "claim" : "opinion", nb, mb, a, b);
            rep_fig(pt, "median_views_claim", mc);
            rep_fig(pt, "median_views_opinion", mo);
            return;
        }
    }
    const double lc = rep_num(gc, "metrics.video_like_count.median");
    const double lo = rep_num(go, "metrics.video_like_count.median");
    char la[48], lb[48], likes[128] = "";
    rep_count_plain(la, sizeof la, lc);
    rep_count_plain(lb, sizeof lb, lo);
    if (isfinite(lc) && isfinite(lo)) /* a file without likes: the views alone */
        snprintf(likes, sizeof likes, ", and %s likes against %s", la, lb);
    /* no "far more" where the classes' views do not differ: eda's rank
     * test (class_test) at the headline's alpha, as eda's titles. Views
     * half under 10,000 and half up to 1e6 put the medians in the gap, and
     * labels shuffled at random read "far more engagement (4.5x)" before
     * 2026-12-04 (tests/cli/report_claims_not_different); medians within
     * 10% of each other too, which before 2026-12-05 read "about as much
     * engagement (0.9x)" beside p = 0.82, a ratio and a word for the likes
     * where only the views were tested (tests/cli/report_claims_close_not_different) */
    snprintf(tpath, sizeof tpath, "class_test.%s.p", vcol);
    const double pv = rep_num(eda, tpath);
    if (pv >= CT_HEADLINE_ALPHA) {
        /* in words: the test and its p-value are eda's section's */
        rep_point *pt = rep_point_add(
            c, "claims", "eda.json",
            "Claim videos do not draw detectably more or fewer views than opinion videos: a "
            "median of %s views against %s for opinions%s, but the two classes' views overlap "
            "as chance would have them, so the gap between the medians is no finding.",
            a, b, likes);
        rep_fig(pt, "median_views_claim", mc);
        rep_fig(pt, "median_views_opinion", mo);
        rep_fig(pt, "median_likes_claim", lc);
        rep_fig(pt, "median_likes_opinion", lo);
        rep_fig(pt, "views_p_value", pv);
        return;
    }
    if (mo > 0 && mc > 1.1 * mo) {
        char rb[24];
        ct_numfmt_ratio(rb, sizeof rb, mc / mo);
        snprintf(ratio, sizeof ratio, " (%s)", rb);
    } else if (mc > 0 && mo > 1.1 * mc) {
        /* fewer: the opinions' multiple, not a ratio that rounds to "0.0x" */
        char rb[24];
        ct_numfmt_ratio(rb, sizeof rb, mo / mc);
        snprintf(ratio, sizeof ratio, " (%s fewer)", rb);
    } else if (mo > 0 && mc > 0) {
        char rb[24];
        ct_numfmt_ratio(rb, sizeof rb, mc / mo);
        snprintf(ratio, sizeof ratio, " (%s)", rb);
    }
    /* the sentence follows the numbers: on another file claims may draw as
     * many views as opinions, or fewer (a 10% band counts as the same) */
    const int vdir = band_dir(mc, mo);
    const char *how = mc > 2.0 * mo   ? "far more"
                      : mc > 1.1 * mo ? "more"
                      : mo > 2.0 * mc ? "far less"
                      : mo > 1.1 * mc ? "less"
                                      : "about as much";
    /* medians of two mixtures can differ tenfold while the classes overlap
     * almost whole: on synth --noise 0.45 data claims had ~11x the median
     * views, yet views alone ranked a claim above an opinion 54 times in
     * 100 (train's audit), and the point said "far more engagement" alone
     * (before 2026-12-02: tests/cli/report_claims_overlap_said). When the
     * audit's ROC AUC of the views alone is poor (within 0.2 of a coin
     * toss, Hosmer and Lemeshow's "poor"), the point says so. */
    char overlap[448] = "";
    const ct_json_value *feats = rep_get(rep_root(c, REP_TRAIN), "audit.features");
    for (size_t i = 0; vdir && i < ct_json_size(feats); i++) {
        const ct_json_value *f = ct_json_at(feats, i);
        const double auc = rep_num(f, "roc_auc");
        if (!rep_str(f, "name") || strcmp(rep_str(f, "name"), vcol) != 0 || !isfinite(auc) ||
            fabs(auc - 0.5) >= 0.2)
            continue;
        /* in words that hold whichever way the ROC AUC leans: on noise 0.5
         * the medians say claims draw fewer views while the AUC is 0.51;
         * the AUC itself is the technical sections' (train's audit) */
        char times[32], rows[160] = "";
        ct_numfmt_fixed(times, sizeof times, 100 * auc, 0);
        /* the audit's rows are the model's training rows: named when they
         * are too few for its AUC to be told from chance (the held-out
         * rule, rep_ranking_few), where before 2026-12-05 "about 64 times
         * in 100" on 35 training reports read as a finding of the file
         * (tests/cli/report_ranking_too_few_rows) */
        const ct_json_value *au = rep_get(rep_root(c, REP_TRAIN), "audit");
        const double ap = rep_num(au, "positives"), an = rep_num(au, "negatives");
        if (ap >= 1 && an >= 1 &&
            ct_metrics_roc_auc_too_few((size_t)ap, (size_t)an, CT_AUC_CHANCE_ALPHA)) {
            char tb[32], pb[32];
            rep_count(tb, sizeof tb, ap + an);
            rep_count(pb, sizeof pb, ap);
            snprintf(rows, sizeof rows,
                     ", though only on the %s reports the model was trained on, %s of them "
                     "claims",
                     tb, pb);
        }
        snprintf(overlap, sizeof overlap,
                 "; the two classes overlap widely, though; views alone tell claims from "
                 "opinions poorly (they put a claim ahead of an opinion about %s times in 100, "
                 "where a coin toss would do so 50 times%s)",
                 times, rows);
        break;
    }
    rep_point *pt;
    if (isfinite(lc) && isfinite(lo) && band_dir(lc, lo) != vdir) {
        /* the likes go the other way (or level): "engagement" would claim
         * for both what only the views show ("draw less engagement ... 3,420
         * likes against 3,394"), so the sentence speaks of views */
        const char *hv = mc > 2.0 * mo   ? "far more"
                         : mc > 1.1 * mo ? "more"
                         : mo > 2.0 * mc ? "far fewer"
                         : mo > 1.1 * mc ? "fewer"
                                         : "about as many";
        const int ld = band_dir(lc, lo);
        pt = rep_point_add(c, "claims", overlap[0] ? "eda.json, train.json" : "eda.json",
                           "Claim videos draw %s views %s opinion videos: a median of %s views "
                           "against %s for opinions%s, but %s likes against %s (%s)%s.",
                           hv, vdir ? "than" : "as", a, b, ratio, la, lb,
                           ld > 0   ? "more likes"
                           : ld < 0 ? "fewer likes"
                                    : "about as many likes",
                           overlap);
    } else
        pt = rep_point_add(c, "claims", overlap[0] ? "eda.json, train.json" : "eda.json",
                           "Claim videos draw %s engagement %s opinion videos: a median of "
                           "%s views against %s for opinions%s%s%s.",
                           how, strcmp(how, "about as much") ? "than" : "as", a, b, ratio, likes,
                           overlap);
    rep_fig(pt, "median_views_claim", mc);
    rep_fig(pt, "median_views_opinion", mo);
    rep_fig(pt, "median_likes_claim", lc);
    rep_fig(pt, "median_likes_opinion", lo);
}

/* How sure the summary says a gap is, by the primary test's p: below
 * REP_P_VERY_UNLIKELY "very unlikely to be chance", below REP_P_UNLIKELY
 * "unlikely to be chance", else (a p below the test's alpha) "probably not
 * chance" with how often chance alone gives such a gap. Before 2026-12-05
 * every gap the test called real was "very unlikely to be chance", at
 * p = 0.027 too (tests/cli/report_test_strength_follows_p). */
#define REP_P_VERY_UNLIKELY 0.001
#define REP_P_UNLIKELY 0.01

static void test_strength(char *buf, size_t n, double p)
{
    if (p < REP_P_VERY_UNLIKELY)
        snprintf(buf, n, "very unlikely to be chance");
    else if (p < REP_P_UNLIKELY || !(p >= 0)) /* no p recorded: the test's word */
        snprintf(buf, n, "unlikely to be chance");
    else {
        /* a gap this large, either way, about k times in 100 by chance
         * alone (the two-sided p): 0.0273 reads 3 */
        char k[32];
        ct_numfmt_fixed(k, sizeof k, fmax(1, floor(100 * p + 0.5)), 0);
        snprintf(buf, n,
                 "probably not chance (chance alone would give one this large about %s time%s in "
                 "100)",
                 k, strcmp(k, "1") == 0 ? "" : "s");
    }
}

/* The rank test, test.json's check of a test on means, deciding the other
 * way (test's own decision says so: htest_text.c's rank_disagreement):
 * the caveat, in plain words with the medians, after the sentence on the
 * means; "" when it agrees, when the primary test is the rank test, or
 * when test.json has no rank test. Before 2026-12-05 the summary said "a
 * tiny gap that is very unlikely to be chance" where the rank test found
 * none and the medians were equal (tests/cli/report_test_strength_follows_p). */
static void test_rank_caveat(const ct_json_value *t, const ct_json_value *cmp, int first1,
                             int reject, const char *lh, const char *ll, char *buf, size_t n)
{
    buf[0] = 0;
    const char *method = rep_str(cmp, "chosen");
    const double rp = rep_num(cmp, "mann_whitney_u.p");
    double alpha = rep_num(t, "alpha");
    if (!isfinite(alpha))
        alpha = 0.05; /* test's default (docs/test.md) */
    if (!method || strstr(method, "Mann-Whitney") || !isfinite(rp) || (rp < alpha) == reject)
        return;
    const ct_json_value *gs = rep_get(cmp, "groups");
    const double m0 = rep_num(ct_json_at(gs, first1 ? 1 : 0), "median");
    const double m1 = rep_num(ct_json_at(gs, first1 ? 0 : 1), "median");
    if (!isfinite(m0) || !isfinite(m1))
        return;
    char a[48], b[48], med[128];
    rep_count_plain(a, sizeof a, m0);
    rep_count_plain(b, sizeof b, m1);
    if (strcmp(a, b) == 0)
        snprintf(med, sizeof med, "a median of %s in both", a);
    else
        snprintf(med, sizeof med, "a median of %s against %s", a, b);
    if (reject)
        snprintf(buf, n,
                 "; but the typical videos do not differ clearly (%s), so the gap in the "
                 "averages may come from a few videos far above or below the rest: read it "
                 "with care",
                 med);
    else {
        /* the medians by name: they may go either way of the means */
        char sure[160];
        test_strength(sure, sizeof sure, rp);
        snprintf(buf, n,
                 "; the typical videos do differ, though: a median of %s for '%s' against %s for "
                 "'%s'; that gap is %s; so the groups differ in a way the averages do not "
                 "show",
                 a, lh, b, ll, sure);
    }
}

/* The test's finding in plain words (the executive summary): the two
 * groups' figures, whether the gap could be chance and how large it is,
 * without the test's name, p-value or effect-size statistic, which the
 * hypothesis-test section gives (before 2026-12-05 the summary read
 * "Hypothesis test (Welch's t-test, p = 2.61e-120): ... (Hedges' g = 0.54;
 * Cohen 1988: ...)": tests/cli/report_summary_plain_words). 0 when the
 * comparison is not of two groups with their figures. t is test.json. */
static int test_plain(const ct_json_value *t, const ct_json_value *cmp, char *buf, size_t n)
{
    const ct_json_value *gs = rep_get(cmp, "groups");
    const char *meas = rep_str(cmp, "measure"), *by = rep_str(cmp, "by");
    const char *method = rep_str(cmp, "chosen");
    if (ct_json_size(gs) != 2 || !meas || !by)
        return 0;
    /* the figure the test compares: medians for a rank test, else means */
    const int ranks = method && strstr(method, "Mann-Whitney") != NULL;
    const char *key = ranks ? "median" : "mean";
    const ct_json_value *g0 = ct_json_at(gs, 0), *g1 = ct_json_at(gs, 1);
    const char *l0 = rep_str(g0, "label"), *l1 = rep_str(g1, "label");
    const double v0 = rep_num(g0, key), v1 = rep_num(g1, key);
    if (!l0 || !l1 || !isfinite(v0) || !isfinite(v1))
        return 0;
    const ct_eda_chart_options co = ct_reports_eda_chart_options();
    const ct_chart_label *bl = ct_chart_label_find(co.labels, co.nlabels, by);
    /* the measure as a noun: "views", "video duration" (not the axis
     * name "duration (s)"), the column name for any other */
    const ct_chart_label *ml = ct_chart_label_find(co.labels, co.nlabels, meas);
    const char *what = ml ? (ml->noun ? ml->noun : ml->name ? ml->name : meas) : meas;
    /* the larger group first: "videos by 'not verified' authors", "those
     * by 'verified' authors" (the level's noun from the reports file's
     * chart labels; "videos with COLUMN 'LEVEL'" for any other column) */
    const int first1 = v1 > v0;
    const char *lh = first1 ? l1 : l0, *ll = first1 ? l0 : l1;
    char a[48], b[48], hi[200], lo[200];
    /* a mean said "on average" is rounded as it stands; a median in whole
     * counts (rep_count_plain) */
    if (ranks) {
        rep_count_plain(a, sizeof a, first1 ? v1 : v0);
        rep_count_plain(b, sizeof b, first1 ? v0 : v1);
    } else {
        rep_count(a, sizeof a, first1 ? v1 : v0);
        rep_count(b, sizeof b, first1 ? v0 : v1);
    }
    if (bl && bl->level_noun) {
        snprintf(hi, sizeof hi, "videos by '%s' %s", lh, bl->level_noun);
        snprintf(lo, sizeof lo, "those by '%s' %s", ll, bl->level_noun);
    } else {
        snprintf(hi, sizeof hi, "videos with %s '%s'", by, lh);
        snprintf(lo, sizeof lo, "those with '%s'", ll);
    }
    const char *avg = ranks ? "a median of" : "on average";
    const int reject = ct_json_bool_value(rep_get(cmp, "reject"));
    const char *size = rep_str(cmp, "effect_size.size");
    char caveat[640];
    test_rank_caveat(t, cmp, first1, reject && v0 != v1, lh, ll, caveat, sizeof caveat);
    if (!reject || v0 == v1) {
        char both[400], W[64];
        if (bl && bl->level_noun)
            snprintf(both, sizeof both, "videos by '%s' and by '%s' %s", lh, ll, bl->level_noun);
        else
            snprintf(both, sizeof both, "videos with %s '%s' and '%s'", by, lh, ll);
        snprintf(W, sizeof W, "%s", what);
        W[0] = (char)toupper((unsigned char)W[0]);
        snprintf(buf, n,
                 "%s do not differ detectably between %s: %s %s against %s, a gap chance could "
                 "make%s.",
                 W, both, avg, a, b, caveat);
        return 1;
    }
    /* a group with fewer rows than a headline needs (base/headline.h, the
     * rule test's own decision applies: htest_text.c's small_group_words):
     * the summary says what test.json's decision says, that the gap cannot
     * be told from chance, where before 2026-12-06 it read "a large gap
     * that is probably not chance" beside the hypothesis-test section's "we
     * cannot tell ... 'verified' has only 6 videos"
     * (tests/cli/report_test_small_group_follows_decision) */
    const double nall = rep_num(cmp, "n");
    const double n0 = rep_num(g0, "n"), n1 = rep_num(g1, "n");
    if (isfinite(nall) && isfinite(n0) && isfinite(n1)) {
        const double minn = (double)ct_headline_group_min((uint64_t)fmax(nall, 0));
        if (n0 < minn || n1 < minn) {
            const int s0 = n0 < minn && (!(n1 < minn) || n0 <= n1);
            char both[400], W[64], ns[32], ms[32];
            if (bl && bl->level_noun)
                snprintf(both, sizeof both, "videos by '%s' and by '%s' %s", lh, ll,
                         bl->level_noun);
            else
                snprintf(both, sizeof both, "videos with %s '%s' and '%s'", by, lh, ll);
            snprintf(W, sizeof W, "%s", what);
            rep_count(ns, sizeof ns, s0 ? n0 : n1);
            rep_count(ms, sizeof ms, minn);
            snprintf(buf, n,
                     "We cannot tell whether %s differ between %s (%s %s against %s): '%s' has "
                     "only %s video%s, fewer than the %s a conclusion needs, too few to rule out "
                     "chance; more data would settle it.",
                     W, both, avg, a, b, s0 ? l0 : l1, ns, (s0 ? n0 : n1) == 1 ? "" : "s", ms);
            return 1;
        }
    }
    /* Cohen's bands of the effect size (test.json's effect_size.size), in
     * the names the hypothesis-test section gives them (htest_text.c's
     * effect_words: "Cohen 1988: small from 0.2, medium 0.5, large 0.8"):
     * before 2026-12-07 the summary called a medium effect "a moderate
     * gap" beside the section's "medium" for the same g
     * (tests/cli/report_summary_plain_words) */
    const char *big = !size                             ? ""
                      : strcmp(size, "negligible") == 0 ? "negligible "
                      : strcmp(size, "small") == 0      ? "small "
                      : strcmp(size, "medium") == 0     ? "medium "
                      : strcmp(size, "large") == 0      ? "large "
                                                        : "";
    hi[0] = (char)toupper((unsigned char)hi[0]); /* opens the sentence */
    if (ct_json_bool_value(rep_get(cmp, "directions_disagree")))
        snprintf(buf, n,
                 "%s and %s differ in %s in a way unlikely to be chance, but not in one clear "
                 "direction (%s %s against %s; the hypothesis-test section says how).",
                 hi, lo, what, avg, a, b);
    else {
        /* the primary test's p; its log10 where p underflows to 0 */
        double p = rep_num(cmp, "primary.p");
        if (!(p > 0))
            p = pow(10, rep_num(cmp, "primary.log10_p"));
        char sure[160];
        test_strength(sure, sizeof sure, p);
        /* a negligible effect: the gap and what it means, not "a tiny
         * gap that is unlikely to be chance", which read as a finding
         * (before 2026-12-06: tests/cli/report_test_strength_follows_p) */
        const char *em = rep_str(cmp, "effect_size.measure");
        const double ev = rep_num(cmp, "effect_size.value");
        const double es = rep_num(cmp, "effect_size.small");
        if (size && strcmp(size, "negligible") == 0 && em && isfinite(ev) && isfinite(es)) {
            char d[48], evs[32], ess[32];
            const double gap = fabs(v0 - v1);
            if (ranks)
                rep_count_plain(d, sizeof d, gap);
            else
                rep_count(d, sizeof d, gap);
            snprintf(evs, sizeof evs, "%.2f", ev);
            snprintf(ess, sizeof ess, "%g", es);
            /* the size in plain words, its figure kept: the statistic's
             * name (Hedges' g, rank-biserial r) and Cohen are the
             * hypothesis-test section's (before 2026-12-06 the summary
             * read "(Hedges' g = 0.11, under the 0.2 that Cohen 1988
             * calls small)": tests/cli/report_test_strength_follows_p) */
            snprintf(buf, n,
                     "%s get more %s than %s (%s %s against %s, a difference of %s), a gap that "
                     "is %s but negligible in size (%s on the usual scale of such gaps, where %s "
                     "counts as small): too small to matter in practice%s.",
                     hi, what, lo, avg, a, b, d, sure, evs, ess, caveat);
        } else
            snprintf(buf, n, "%s get more %s than %s (%s %s against %s), a %sgap that is %s%s.", hi,
                     what, lo, avg, a, b, big, sure, caveat);
    }
    return 1;
}

static void point_test(rep_ctx *c)
{
    const ct_json_value *t = rep_root(c, REP_TEST);
    const ct_json_value *cmp = rep_get(t, "comparisons.0");
    const char *dec = rep_str(cmp, "decision");
    if (!dec)
        return;
    const double p = rep_num(cmp, "primary.p");
    char plain[REP_TEXT_MAX];
    rep_point *pt;
    if (test_plain(t, cmp, plain, sizeof plain))
        pt = rep_point_add(c, "test", "test.json", "%s", plain);
    else {
        /* not two groups with figures: the test's own decision, which
         * names its method */
        size_t dl = strlen(dec);
        while (dl > 0 && (dec[dl - 1] == '.' || dec[dl - 1] == ' '))
            dl--;
        pt = rep_point_add(c, "test", "test.json", "Hypothesis test: %.*s.", (int)dl, dec);
    }
    rep_fig(pt, "p_value", p);
    rep_fig(pt, "effect_size", rep_num(cmp, "effect_size.value"));
}

int rep_day_blind(const rep_finance *f)
{
    if (!f->ok || f->day_reviews < 1 || f->day_reviews >= f->n || !isfinite(f->recall_random))
        return REP_DAY_TELLS;
    if (f->recall_random >= REP_DAY_MOST)
        return REP_DAY_MOST_OF_QUEUE;
    if (f->recall_random * f->claims < REP_DAY_FEW_CLAIMS)
        return REP_DAY_SHORT;
    return REP_DAY_TELLS;
}

int rep_day_counts_close(double a, double b, int b_expected)
{
    if (!isfinite(a) || !isfinite(b))
        return 0;
    /* a count of claims in a day is about Poisson: its spread (standard
     * deviation) is the square root of its mean. Against random order's
     * expected count b, the queue's count a is within the luck of a day
     * when |a - b| <= 2 sqrt(b); two counted orders differ by a difference
     * whose variance is the sum of the two, so |a - b| <= 2 sqrt(a + b)
     * (the normal approximation, two standard deviations, about 95%) */
    const double var = b_expected ? b : a + b;
    return fabs(a - b) <= REP_DAY_SPREADS * sqrt(fmax(var, 0));
}

int rep_day_blind_to(const rep_finance *f)
{
    if (rep_day_blind(f) != REP_DAY_SHORT || !isfinite(f->recall_queue))
        return 0;
    const double q = f->recall_queue * f->claims, e = f->recall_random * f->claims;
    int m = 0;
    /* the test where it is defined, in the direction the count lies
     * (hypergeometric tails; exact McNemar test); a day's spread only where
     * it is not (a queue_eval.json without claim places or groups). Before
     * 2026-12-07 the spread ruled beside the tests, and a day the test
     * told from random order could read "a difference a day's luck can
     * make" (tests/cli/report_short_day_test_rules) */
    const double pr = q > e ? f->p_random : f->p_random_below;
    if (isfinite(pr) ? pr >= REP_PAIRED_ALPHA : rep_day_counts_close(q, e, 1))
        m |= REP_BLIND_RANDOM;
    if (isfinite(f->recall_views) &&
        (isfinite(f->p_views) ? f->p_views >= REP_PAIRED_ALPHA
                              : rep_day_counts_close(q, f->recall_views * f->claims, 0)))
        m |= REP_BLIND_VIEWS;
    return m;
}

/* A count of claims found in the day: whole when counted, "about 0.5"
 * when it is an expected value (views alone's ties at random, a day read
 * off the curve), not rounded to a count it is not */
static void day_count_said(char *buf, size_t n, double v)
{
    if (isfinite(v) && fabs(v - round(v)) > 1e-9) {
        char a[32];
        about_count(a, sizeof a, v);
        snprintf(buf, n, "about %s", a);
    } else
        rep_count(buf, n, v);
}

/* The test that finds a short day's difference luck (rep_day_blind_to),
 * as the sentence names it: " (hypergeometric test of the day's claims,
 * p = 0.31)", " (exact McNemar test, p = 0.50)"; where the test is
 * undefined, why the day's spread judged it instead */
static void day_luck_test(const rep_finance *f, int views, char *buf, size_t n)
{
    const double q = f->recall_queue * f->claims, e = f->recall_random * f->claims;
    const double p = views ? f->p_views : q > e ? f->p_random : f->p_random_below;
    char pv[64];
    ct_numfmt_pvalue(pv, sizeof pv, p, NAN);
    if (isfinite(p))
        snprintf(buf, n, " (%s, %s)",
                 views   ? "exact McNemar test of the claims in one day and not the other"
                 : q > e ? "hypergeometric test of the day's claims"
                         : "hypergeometric test of the day's claims, lower tail",
                 pv);
    else
        snprintf(buf, n, " (judged by the spread of a day's count of claims: %s)",
                 views ? "queue_eval.json does not say which claims each order puts in the day, "
                         "so no exact test can be made"
                       : "the day's count is read off the queue's curve, not counted, so no "
                         "exact test can be made");
}

/* The short day's sentence (rep_day_blind_said): the comparisons its
 * counts cannot decide (blind: rep_day_blind_to's mask) with the counts,
 * then the whole queue's waits or the verdict by form; cmp 2: the waits
 * differ but the paired test of them cannot show it (rep_wait_shown).
 * plain: without the tests' names and p-values (REP_MOST_PLAIN). */
static void day_short_said(const rep_finance *f, int blind, int form, int plain, const char *hq,
                           const char *hv, const char *hr, const char *verdict, int cmp, char *buf,
                           size_t n)
{
    char d[32], q[48], v[48], e[32];
    rep_count(d, sizeof d, f->day_reviews);
    day_count_said(q, sizeof q, f->recall_queue * f->claims);
    day_count_said(v, sizeof v, f->recall_views * f->claims);
    about_count(e, sizeof e, f->recall_random * f->claims);
    const char *cs = strcmp(q, "1") == 0 || strcmp(q, "about 1") == 0 ? "" : "s";
    /* the same count twice is "as many", not "a difference" of 0 */
    const int same = strcmp(q, v) == 0;
    const int counts_said = (form & REP_MOST_COUNTS_SAID) != 0;
    form &= ~REP_MOST_COUNTS_SAID;
    char why[1024], tr[192] = "", tv[192] = "";
    if ((blind & REP_BLIND_RANDOM) && !plain)
        day_luck_test(f, 0, tr, sizeof tr);
    if ((blind & REP_BLIND_VIEWS) && !same && !plain)
        day_luck_test(f, 1, tv, sizeof tv);
    if (counts_said)
    /* the paragraph gave the day's size and counts: the sentence says
         * what they cannot tell, not the figures again (since 2026-12-08:
         * tests/cli/report_summary_figure_once) */
    {
        const int both = (blind & REP_BLIND_RANDOM) && (blind & REP_BLIND_VIEWS);
        snprintf(why, sizeof why, "A day this short holds too few claims to tell %s%s",
                 both                       ? "the orders apart"
                 : blind & REP_BLIND_RANDOM ? "the queue from random order"
                                            : "the queue from views alone",
                 both && !same ? ": the differences of its counts are ones a day's luck can make"
                 : both || (blind & REP_BLIND_RANDOM)
                     ? ": the difference of its count from random order's is one a day's luck "
                       "can make"
                 : same ? ""
                        : ": the difference of its counts is one a day's luck can make");
    } else if ((blind & REP_BLIND_RANDOM) && (blind & REP_BLIND_VIEWS))
        snprintf(why, sizeof why,
                 "One day of %s review%s holds too few claims to tell the orders apart: it finds "
                 "%s claim%s in the queue's order, %s sorted by views alone and about %s in "
                 "random order, differences a day's luck can make%s%s%s",
                 d, rep_s(f->day_reviews), q, cs, same ? "as many" : v, e, tr, tv[0] ? " and" : "",
                 tv);
    else if (blind & REP_BLIND_RANDOM)
        snprintf(why, sizeof why,
                 "One day of %s review%s holds too few claims to tell the queue from random "
                 "order: it finds %s claim%s in the queue's order, random order about %s, a "
                 "difference a day's luck can make%s",
                 d, rep_s(f->day_reviews), q, cs, e, tr);
    else
        snprintf(why, sizeof why,
                 "One day of %s review%s holds too few claims to tell the queue from views "
                 "alone: it finds %s claim%s in the queue's order and %s sorted by views alone%s%s",
                 d, rep_s(f->day_reviews), q, cs, same ? "as many" : v,
                 same ? "" : ", a difference a day's luck can make", tv);
    if (form == REP_MOST_DAY)
        snprintf(buf, n, "%s%s%s.", why, verdict ? "; over the whole queue, " : "",
                 verdict ? verdict : "");
    else if (form == REP_MOST_FIGURES && hv)
        snprintf(buf, n,
                 "%s; over the whole queue, a claim waits %s hours of review on average in the "
                 "model's queue, %s sorted by views alone and %s in random order: %s.",
                 why, hq, hv, hr, verdict);
    else if (form == REP_MOST_FIGURES)
        snprintf(buf, n,
                 "%s; over the whole queue, a claim waits %s hours of review on average in the "
                 "model's queue and %s in random order: %s.",
                 why, hq, hr, verdict);
    else if (form == REP_MOST_VERDICT)
        snprintf(buf, n, "%s; over the whole queue, %s%s.", why, cmp == 0 ? "a claim waits " : "",
                 verdict);
    else
        snprintf(buf, n, "%s; %s.", why,
                 cmp == 2 && plain ? "the whole queue's waits above do not tell them apart "
                                     "either, claim by claim"
                 : cmp == 2        ? "the whole queue's waits above do not tell them apart "
                                     "either (a paired test of each claim's wait)"
                                   : "the whole queue's waits above tell them apart");
}

int rep_day_blind_said(const rep_finance *f, int form, char *buf, size_t n)
{
    const int plain = (form & REP_MOST_PLAIN) != 0;
    form &= ~REP_MOST_PLAIN;
    const int day_only = (form & ~REP_MOST_COUNTS_SAID) == REP_MOST_DAY;
    const int blind = rep_day_blind(f), to = rep_day_blind_to(f);
    /* a short day's comparison with random order needs no views: a file
     * without view counts says it too */
    if (to && f->ok && f->day_reviews < f->n && isfinite(f->hours_queue_mean) &&
        isfinite(f->hours_random_mean) && !isfinite(f->hours_views_mean) &&
        (to & REP_BLIND_RANDOM)) {
        char hq[32], hr[32];
        rep_hours2_said(hq, sizeof hq, f->hours_queue_mean);
        rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
        const int cr = rep_waits_cmp(f, f->hours_queue_mean, f->hours_random_mean);
        day_short_said(f, REP_BLIND_RANDOM, form, plain, hq, NULL, hr,
                       cr >= 0 ? "the model's queue reviews claims no sooner than random order"
                               : "the model's queue reviews claims sooner than random order",
                       1, buf, n);
        return 1;
    }
    if (!f->ok || f->day_reviews >= f->n || !isfinite(f->hours_queue_mean) ||
        !isfinite(f->hours_views_mean))
        return 0;
    char ra[32], hq[32], hv[32], hr[32];
    rep_pct_near_from(ra, sizeof ra, f->recall_random, 2);
    ct_numfmt_pair(hq, hv, sizeof hq, f->hours_queue_mean, f->hours_views_mean, rep_hours2_len);
    rep_hours2_said(hr, sizeof hr, f->hours_random_mean);
    /* less than one review apart: the same (rep_waits_cmp); apart, but
     * not as the paired test of the waits shows (rep_wait_shown): no
     * verdict, and no tie broken (since 2026-12-07:
     * tests/cli/report_wait_paired_test) */
    const int raw = rep_waits_cmp(f, f->hours_queue_mean, f->hours_views_mean);
    const int untold = raw != 0 && !rep_wait_shown(f);
    const int cmp = untold ? 0 : raw;
    const char *verdict =
        untold && plain ? "claim by claim, the waits show neither the queue nor views alone sooner"
        : untold
            ? "the paired test of each claim's wait shows neither the queue nor views alone sooner"
        : cmp == 0 ? "as long in either order"
        : cmp < 0  ? "the model's queue reviews claims sooner than views alone"
                   : "views alone reviews claims sooner than the model's queue";
    if (to) {
        /* a short day whose counts cannot decide a comparison: the whole
         * queue's waits decide that one; against random order the wait
         * decides whether the queue gains at all (rep_decision) */
        const int cr = isfinite(f->hours_random_mean)
                           ? rep_waits_cmp(f, f->hours_queue_mean, f->hours_random_mean)
                           : -1;
        const char *vr = cr >= 0 ? "the model's queue reviews claims no sooner than random order"
                                 : "the model's queue reviews claims sooner than random order";
        /* the verdict of the comparisons the day cannot decide: with both,
         * a queue no sooner than random order is no order to work in
         * (rep_decision), else both verdicts */
        const char *both =
            untold && plain ? "the model's queue reviews claims sooner than random order; "
                              "against views alone, claim by claim, the waits show no "
                              "difference"
            : untold        ? "the model's queue reviews claims sooner than random order; "
                              "against views alone the paired test of each claim's wait "
                              "shows no difference"
            : cmp == 0      ? "the model's queue reviews claims sooner than random order, "
                              "and as soon as views alone"
            : cmp < 0       ? "the model's queue reviews claims sooner than random order and "
                              "than views alone"
                            : "the model's queue reviews claims sooner than random order, but "
                              "views alone sooner than the model's queue";
        /* REP_MOST_DAY: the comparison with random order alone (the
         * paragraph compares the waits with views alone's itself) */
        const char *say = day_only                             ? (to & REP_BLIND_RANDOM ? vr : NULL)
                          : !(to & REP_BLIND_RANDOM)           ? verdict
                          : !(to & REP_BLIND_VIEWS) || cr >= 0 ? vr
                                                               : both;
        day_short_said(f, to, form, plain, hq, hv, hr, say,
                       say != verdict ? 1
                       : untold       ? 2
                                      : cmp,
                       buf, n);
        return 1;
    }
    if (blind != REP_DAY_MOST_OF_QUEUE) {
        /* a day that covers less of the queue, its shares tied (the
         * callers' verdict): the whole queue's wait breaks the tie, as the
         * decision does (rep_views_decision); nothing to say when the
         * waits are the same too */
        if (cmp == 0)
            return 0;
        if (form == REP_MOST_FIGURES)
            snprintf(buf, n,
                     "The day's shares of claims tie, so the whole queue's wait breaks the tie. "
                     "A claim waits %s hours of review on average in the model's queue, %s "
                     "sorted by views alone and %s in random order. So %s.",
                     hq, hv, hr, verdict);
        else if (form == REP_MOST_VERDICT)
            snprintf(buf, n,
                     "The day's shares of claims tie, so the whole queue's wait breaks the tie: "
                     "%s.",
                     verdict);
        else
            snprintf(buf, n,
                     "The day's shares of claims tie, so the whole queue's waits above break the "
                     "tie.");
        return 1;
    }
    if (form == REP_MOST_FIGURES)
        snprintf(buf, n,
                 "The day covers so much of the queue that random order already finds about %s "
                 "of its claims in it, so the day cannot tell the orders apart; over the whole "
                 "queue, a claim waits %s hours of review on average in the model's queue, %s "
                 "sorted by views alone and %s in random order; so %s.",
                 ra, hq, hv, hr, verdict);
    /* where the paragraph gave random order's share (the summary's queue
     * point), not the figure again: before 2026-12-06 "at least half"
     * stood beside it with the figure in the same sentence; until
     * 2026-12-08 the figure was said twice
     * (tests/cli/report_summary_wait_said_once, report_summary_figure_once) */
    else if (form == REP_MOST_VERDICT)
        snprintf(buf, n,
                 "The day covers so much of the queue that random order already finds at least "
                 "half of its claims in it (its share above), so the day cannot tell the orders "
                 "apart; over the whole queue, %s%s.",
                 cmp == 0 && !untold ? "a claim waits " : "", verdict);
    else
        snprintf(buf, n,
                 "The day covers so much of the queue that random order already finds at least "
                 "half of its claims in it (its share above). So the day cannot tell the orders "
                 "apart: the whole queue's waits above do.");
    return 1;
}

int rep_views_flagged(const rep_ctx *c)
{
    const ct_json_value *feats = rep_get(rep_root(c, REP_TRAIN), "audit.features");
    const char *views = rep_column(c, "views");
    for (size_t i = 0; i < ct_json_size(feats); i++) {
        const ct_json_value *f = ct_json_at(feats, i);
        if (rep_str(f, "name") && strcmp(rep_str(f, "name"), views) == 0)
            return ct_json_bool_value(ct_json_get(f, "flagged")) == 1;
    }
    return 0;
}

const char *rep_views_match(const rep_ctx *c)
{
    return rep_views_flagged(c) ? "that shortcut of the data" : "that order";
}

int rep_engagement_shortcut(const ct_json_value *tr, double *ap_eng, double *ap_text,
                            double *auc_eng_out)
{
    const ct_json_value *models = rep_get(tr, "audit.models");
    double auc_eng = NAN;
    *ap_eng = *ap_text = NAN;
    for (size_t i = 0; i < ct_json_size(models); i++) {
        const ct_json_value *m = ct_json_at(models, i);
        const char *f = rep_str(m, "features");
        const double ap = rep_num(m, "validation.average_precision");
        if (f && strcmp(f, "engagement") == 0) {
            *ap_eng = ap;
            auc_eng = rep_num(m, "validation.roc_auc");
        } else if (f && strcmp(f, "text") == 0)
            *ap_text = ap;
    }
    double flag_at = rep_num(tr, "audit.flag_at");
    if (!isfinite(flag_at))
        flag_at = 0.95;
    if (auc_eng_out)
        *auc_eng_out = auc_eng;
    return isfinite(*ap_eng) && isfinite(auc_eng) && auc_eng >= flag_at;
}

/* The caveat's words for the videos reported more than once (train.json's
 * split: since 2026-12-05 the split keeps each id's reports in one set),
 * appended to buf[*len..cap); nothing when no id repeats or the run made no
 * split. */
static void caveat_repeated_ids(const ct_json_value *tr, char *buf, size_t *len, size_t cap,
                                rep_point *figs)
{
    const double rep = rep_num(tr, "split.repeated_ids");
    if (!(isfinite(rep) && rep > 0) || *len >= cap)
        return;
    char a[32], b[32];
    rep_count(a, sizeof a, rep);
    const int one = rep == 1;
    /* ids a spreadsheet rounded (train.json's split.ids_rounded): their
     * repeats are different reports sharing a rounded id, not videos
     * reported more than once (before 2026-12-05 said so:
     * tests/cli/train_rounded_ids_not_duplicates) */
    const ct_json_value *rd = rep_get(tr, "split.ids_rounded");
    if (rd && ct_json_bool_value(rd)) {
        *len += (size_t)snprintf(buf + *len, cap - *len,
                                 " %s video id%s more than one report, but the ids look "
                                 "rounded by a spreadsheet (different reports share a rounded "
                                 "id), so how many videos were reported more than once is not "
                                 "known: export the ids as text or whole numbers;",
                                 a, one ? " is on" : "s are on");
        rep_fig(figs, "rounded_ids_repeated", rep);
        return;
    }
    const ct_json_value *g = rep_get(tr, "split.grouped");
    const double across = rep_num(tr, "split.ids_across_sets");
    if (g && ct_json_bool_value(g))
        *len += (size_t)snprintf(buf + *len, cap - *len,
                                 " %s video%s reported more than once; each video's reports "
                                 "were kept on one side of the train/test split so the test "
                                 "figures are not flattered;",
                                 a, one ? " was" : "s were");
    else if (isfinite(across) && across > 0) {
        rep_count(b, sizeof b, across);
        *len += (size_t)snprintf(buf + *len, cap - *len,
                                 " %s video%s reported more than once, and %s of them %s reports "
                                 "on both sides of the train/test split (kept together, a part "
                                 "of the split would have had no claims or no opinions), so "
                                 "the test figures may be flattered;",
                                 a, one ? " was" : "s were", b, across == 1 ? "has" : "have");
        rep_fig(figs, "videos_across_split", across);
    } else
        return;
    rep_fig(figs, "videos_reported_more_than_once", rep);
}

/* The caveat's words for every input the shortcut audit flags (train.json
 * audit.features[].flagged: ROC AUC alone >= flag_at or <= 1 - flag_at),
 * by kind, a few of each named (CAVEAT_NAMED of one kind) and the rest
 * counted; appended to
 * buf[*len..cap). Before 2026-12-05 the caveats named only the engagement
 * shortcut (tests/cli/report_caveat_audit_flagged). after_shortcut: the
 * engagement shortcut's clause stands just before, without its ";": the
 * audit's inputs are said as its parenthesis, not as a second sentence
 * that they "almost perfectly tell claims from opinions" (before
 * 2026-12-05 the caveat said it twice: tests/cli/report_said_once), and
 * the ";" is closed here even when nothing is flagged. */
#define CAVEAT_NAMED 5
static void caveat_audit_flagged(const ct_json_value *tr, char *buf, size_t *len, size_t cap,
                                 rep_point *figs, int after_shortcut)
{
    static const char *const kinds[4] = {"numeric", "categorical", "length", "n-gram"};
    static const char *const nouns[4][2] = {{"number", "numbers"},
                                            {"column", "columns"},
                                            {"text length", "text lengths"},
                                            {"word or phrase", "words and phrases"}};
    const ct_json_value *feats = rep_get(tr, "audit.features");
    size_t per[4] = {0, 0, 0, 0}, total = 0;
    for (size_t i = 0; i < ct_json_size(feats); i++) {
        const ct_json_value *f = ct_json_at(feats, i), *fl = rep_get(f, "flagged");
        const char *k = rep_str(f, "kind");
        if (!fl || !ct_json_bool_value(fl) || !k || !rep_str(f, "name"))
            continue;
        for (int j = 0; j < 4; j++)
            if (strcmp(k, kinds[j]) == 0) {
                per[j]++;
                total++;
            }
    }
    if (*len >= cap)
        return;
    if (!total) {
        if (after_shortcut)
            *len += (size_t)snprintf(buf + *len, cap - *len, ";");
        return;
    }
    /* the names shared between the kinds flagged: 5 of one kind, 3 each
     * of two, 2 each of three or four */
    const size_t nkinds = (per[0] > 0) + (per[1] > 0) + (per[2] > 0) + (per[3] > 0);
    const size_t quota = nkinds == 1 ? CAVEAT_NAMED : nkinds == 2 ? 3 : 2;
    double flag_at = rep_num(tr, "audit.flag_at");
    if (!isfinite(flag_at))
        flag_at = 0.95;
    /* "the numbers a, b and 2 more; 12 words and phrases": a name that
     * would not fit whole is counted, never cut (report.json stays UTF-8) */
    char list[1024] = "", fa[32], fb[32], item[300];
    size_t at = 0, groups = 0;
    for (int j = 0; j < 4; j++) {
        if (!per[j])
            continue;
        size_t here = 0;
        char head[64];
        snprintf(head, sizeof head, "%sthe %s ", groups++ ? ", plus " : "", nouns[j][per[j] > 1]);
        for (size_t i = 0; i < ct_json_size(feats) && here < quota; i++) {
            const ct_json_value *f = ct_json_at(feats, i), *fl = rep_get(f, "flagged");
            const char *k = rep_str(f, "kind"), *nm = rep_str(f, "name");
            if (!fl || !ct_json_bool_value(fl) || !k || !nm || strcmp(k, kinds[j]) != 0)
                continue;
            const char *q = j == 3 ? "'" : ""; /* a word of the transcription, quoted */
            const char *sep = !here                ? head
                              : here + 1 == per[j] ? " and " /* the last, all named */
                                                   : ", ";
            const int w = snprintf(item, sizeof item, "%s%s%s%s", sep, q, nm, q);
            if (w < 0 || (size_t)w >= sizeof item || at + (size_t)w >= sizeof list)
                break;
            memcpy(list + at, item, (size_t)w + 1);
            at += (size_t)w;
            here++;
        }
        char m[32];
        rep_count(m, sizeof m, (double)(per[j] - here));
        const int w = here == per[j] ? 0
                      : here         ? snprintf(item, sizeof item, " and %s more", m)
                             : snprintf(item, sizeof item, "%s%s %s", groups > 1 ? ", plus " : "",
                                        m, nouns[j][per[j] - here > 1]);
        if (w > 0 && at + (size_t)w < sizeof list) {
            memcpy(list + at, item, (size_t)w + 1);
            at += (size_t)w;
        }
    }
    ct_numfmt_auto(fa, sizeof fa, flag_at);
    ct_numfmt_auto(fb, sizeof fb, 1 - flag_at);
    char n[32];
    rep_count(n, sizeof n, (double)total);
    if (after_shortcut) /* inputs other than counts: their own risk said */
        *len += (size_t)snprintf(buf + *len, cap - *len,
                                 "; the shortcut audit flags %s input%s that %s so on %s own: "
                                 "%s; %s ROC AUC is at least %s, or at most %s (the same signal "
                                 "reversed)%s;",
                                 n, total == 1 ? "" : "s", total == 1 ? "does" : "each do",
                                 total == 1 ? "its" : "their", list, total == 1 ? "its" : "their",
                                 fa, fb,
                                 per[1] + per[2] + per[3] ? "; a model leaning on the other "
                                                            "inputs may fail where they stop "
                                                            "holding too"
                                                          : "");
    else
        *len += (size_t)snprintf(buf + *len, cap - *len,
                                 " the shortcut audit flags %s input%s that on %s own almost "
                                 "perfectly tell claims from opinions (ROC AUC at least %s, or "
                                 "at most %s, the same signal reversed): %s; a model leaning on "
                                 "%s may fail where %s stop%s holding;",
                                 n, total == 1 ? "" : "s", total == 1 ? "its" : "their", fa, fb,
                                 list, total == 1 ? "it" : "them", total == 1 ? "it" : "they",
                                 total == 1 ? "s" : "");
    rep_fig(figs, "audit_flagged_inputs", (double)total);
}

static void point_caveats(rep_ctx *c)
{
    char buf[REP_TEXT_MAX] = "Caveats:";
    size_t len = strlen(buf);
    rep_point tmp;
    memset(&tmp, 0, sizeof tmp);
    const ct_json_value *ins = rep_root(c, REP_INSPECT), *tr = rep_root(c, REP_TRAIN);
    const double miss = rep_num(ins, "rows_with_missing"), rows = rep_num(ins, "rows_used");
    if (isfinite(miss) && miss > 0 && rows > 0) { /* "0 reports (0.0%) have ..." says nothing */
        char a[32], p[32];
        rep_count(a, sizeof a, miss);
        /* 2 decimals as the data-quality table and inspect give the share
         * (more only where 2 would read 0.00%): "1.5%" beside "1.54%"
         * before 2026-12-05 (tests/cli/report_missing_share_same) */
        rep_pct_near_from(p, sizeof p, miss / rows, 2);
        /* what each analysis left out: the tests drop every row with a
         * missing value (test's dropna), the regression the rows missing one
         * of its columns, the claim model only the rows without a label (it
         * imputes a missing count). On the reports file all are the same
         * rows; on an export with scattered gaps they are not, and "left out
         * of the models" overstated the model's loss (NaN: not run) */
        const double nt = rep_num(rep_root(c, REP_TEST), "comparisons.0.rows_dropped_missing");
        const double nr = rep_num(rep_root(c, REP_REGRESS), "cleaning.dropped_missing");
        const double nu = rep_num(tr, "rows.unlabelled");
        /* only the analyses whose files are in the folder (before
         * 2026-12-04 "the models and tests" on a folder without a model:
         * tests/cli/report_caveat_no_models) */
        const int in_t = rep_root(c, REP_TEST) != NULL, in_r = rep_root(c, REP_REGRESS) != NULL,
                  in_u = tr != NULL;
        const char *which = in_t && (in_r || in_u) ? "the models and tests"
                            : in_t                 ? "the tests"
                            : in_r && in_u         ? "the models"
                            : in_r                 ? "the regression"
                            : in_u                 ? "the claim model"
                                                   : NULL;
        if (!which)
            len += (size_t)snprintf(buf + len, sizeof buf - len,
                                    " %s report%s (%s) %s missing values;", a, rep_s(miss), p,
                                    miss == 1 ? "has" : "have");
        else if ((!isfinite(nt) || nt == miss) && (!isfinite(nr) || nr == miss) &&
                 (!isfinite(nu) || nu == miss))
            len += (size_t)snprintf(buf + len, sizeof buf - len,
                                    " %s report%s (%s) %s missing values and %s left out of %s;", a,
                                    rep_s(miss), p, miss == 1 ? "has" : "have",
                                    miss == 1 ? "was" : "were", which);
        else {
            char t[32], r[32], u[32], parts[160] = "", tcol[256];
            size_t pl = 0;
            rep_count(t, sizeof t, nt);
            rep_count(r, sizeof r, nr);
            rep_count(u, sizeof u, nu);
            if (isfinite(nt))
                pl += (size_t)snprintf(parts + pl, sizeof parts - pl, "%sthe tests %s",
                                       pl ? ", " : "", t);
            if (isfinite(nr) && pl < sizeof parts)
                pl += (size_t)snprintf(parts + pl, sizeof parts - pl, "%sthe regression %s",
                                       pl ? ", " : "", r);
            if (isfinite(nu) && pl < sizeof parts)
                pl +=
                    (size_t)snprintf(parts + pl, sizeof parts - pl,
                                     "%sthe claim model %s (those without a claim status; it "
                                     "fills in a missing count%s)",
                                     pl ? ", " : "", u,
                                     rep_text_empty(c, tcol, sizeof tcol) ? "" : " or transcript");
            len += (size_t)snprintf(buf + len, sizeof buf - len,
                                    " %s report%s (%s) %s missing values; each analysis "
                                    "leaves some of them out: %s;",
                                    a, rep_s(miss), p, miss == 1 ? "has" : "have", parts);
            if (isfinite(nt))
                rep_fig(&tmp, "tests_rows_left_out", nt);
            if (isfinite(nr))
                rep_fig(&tmp, "regression_rows_left_out", nr);
            if (isfinite(nu))
                rep_fig(&tmp, "model_rows_left_out", nu);
        }
        rep_fig(&tmp, "rows_with_missing", miss);
    }
    caveat_repeated_ids(tr, buf, &len, sizeof buf, &tmp);
    char skipped[REP_TEXT_MAX];
    if (rep_skipped_said(ins, skipped, sizeof skipped) && len < sizeof buf) {
        len += (size_t)snprintf(buf + len, sizeof buf - len, " %s;", skipped);
        rep_fig(&tmp, "rows_skipped", rep_num(ins, "rows_skipped"));
        if (isfinite(rep_num(ins, "skipped_lines")))
            rep_fig(&tmp, "skipped_lines", rep_num(ins, "skipped_lines"));
    }
    double ap_eng = NAN, ap_text = NAN;
    const int shortcut = rep_engagement_shortcut(tr, &ap_eng, &ap_text, NULL) && len < sizeof buf;
    if (shortcut) {
        /* in words: the average precisions (4 decimals) are the model
         * section's table of the inputs; before 2026-12-05 the summary
         * gave them, "(average precision 0.9967; the transcription alone
         * 1.0000)", a figure an Operations Lead cannot read */
        const char *how = ap_eng >= 0.99  ? "almost perfectly"
                          : ap_eng >= 0.9 ? "very well"
                                          : "well";
        len += (size_t)snprintf(buf + len, sizeof buf - len,
                                " engagement counts alone already tell claims from opinions %s, "
                                "a shortcut that may not hold for new videos, before views "
                                "accumulate",
                                how);
        rep_fig(&tmp, "engagement_only_average_precision", ap_eng);
    }
    caveat_audit_flagged(tr, buf, &len, sizeof buf, &tmp, shortcut);
    if (ct_json_bool_value(rep_get(c->man, "input.synthetic")) && len < sizeof buf)
        len += (size_t)snprintf(buf + len, sizeof buf - len,
                                " the input is synthetic (the built-in sample), so the numbers "
                                "show the method, not the platform;");
    if (c->opt.redact && len < sizeof buf)
        len += (size_t)snprintf(buf + len, sizeof buf - len,
                                " this copy is redacted: transcriptions and video ids are left "
                                "out;");
    if (!c->man && len < sizeof buf)
        len +=
            (size_t)snprintf(buf + len, sizeof buf - len,
                             " the folder has %s, so the inputs behind these files are not "
                             "proven to be the same;",
                             c->man_bad ? "a manifest.json that is not valid" : "no run manifest");
    if (len < sizeof buf && len > strlen("Caveats:")) {
        buf[len - 1] = '.';
        rep_point *pt =
            rep_point_add(c, "caveats", "inspect.json, train.json, manifest.json", "%s", buf);
        for (size_t i = 0; pt && i < tmp.nfig; i++)
            rep_fig(pt, tmp.fig_name[i], tmp.fig[i]);
    }
}

/* Milestone 8's "what to monitor": the figures to watch once the model
 * runs on new reports, from evaluate.json (today's held-out recall, and by
 * account status where evaluate --by counted it) and train.json (the view
 * counts, only where its audit shows them separating the classes). */
#define REP_IMP_CARRIES 0.01 /* of the importance metric (average precision) */

static void point_monitor(rep_ctx *c)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    const double rec = ev ? rep_num(ev, "metrics.recall") : NAN;
    if (!isfinite(rec))
        return;
    const char *target, *label;
    rep_label(c, &target, &label);
    char pos[REP_LABEL_WORD_MAX]; /* "claim", or the label quoted: "'yes' rows" */
    rep_label_word(label, pos, sizeof pos);
    char r[96], groups[512] = "";
    /* today's recall as the model point says it: a share of fewer claims
     * than a headline needs is said as its count ("0 of 2 claims"), where
     * before 2026-12-03 this point read "0.0% on the held-out reports
     * today" beside the model point's "catches 0 of 2 claims"
     * (tests/cli/report_monitor_few_claims) */
    rep_recall_said(ev, r, sizeof r);
    double ap_eng, ap_text;
    const ct_json_value *tr = rep_root(c, REP_TRAIN);
    const int shortcut = tr && rep_engagement_shortcut(tr, &ap_eng, &ap_text, NULL);
    /* every group said, whole ones only (rep_group_list) */
    rep_group_list(rep_get(ev, "by.groups"), REP_GROUPS_LONG, groups, sizeof groups);
    char by[640] = "";
    if (groups[0]) {
        /* the column in words, as the Operations Lead's point says it
         * ("verified status"): before 2026-12-02 the summary gave the
         * file's header, "verified_status" (tests/cli/report_errors_by_status) */
        char col[REP_TEXT_MAX];
        rep_by_column_words(ev, col, sizeof col);
        /* one group compares nothing (tests/cli/report_errors_one_group) */
        if (ct_json_size(rep_get(ev, "by.groups")) == 1)
            ct_textwidth_snprintf(
                by, sizeof by,
                "; watch that share for the one %s among the held-out reports (%s): "
                "the queue was not checked on any other",
                col, groups);
        else {
            /* the group that lags named with its figures, by the
             * Operations Lead's rule (rep_group_lag), or nothing: before
             * 2026-12-06 "a group falling behind needs more labelled
             * reports of its own" was said whether or not one did */
            rep_group_gap gap;
            char lag[400] = "";
            const int lags = rep_group_lag(c, ev, &gap);
            /* a gap chance could make is said as such (rep_group_lag);
             * the two shares are in the list just before it, so not given
             * again (until 2026-12-08 they were:
             * tests/cli/report_summary_figure_once) */
            if (lags == REP_GROUP_LAGS)
                snprintf(lag, sizeof lag,
                         "; the group '%.80s' falls behind '%.80s' and needs more labelled "
                         "reports of its own",
                         gap.worst_level, gap.best_level);
            else if (lags)
                snprintf(lag, sizeof lag,
                         "; the group '%.80s' catches fewer than '%.80s', a gap chance could "
                         "make on these counts: watch it as labels come in",
                         gap.worst_level, gap.best_level);
            ct_textwidth_snprintf(by, sizeof by, "; watch that share within each %s (here %s)%s",
                                  col, groups, lag);
        }
    }
    /* The transcript's drift only for a model that reads one: score.json's
     * no_known_ngram_share is null when no scored row has a transcript the
     * model reads (a file without one, where before 2026-12-02 the page
     * still said to watch "transcript words the model never saw":
     * tests/cli/report_monitor_without_text) */
    const ct_json_value *sc = rep_root(c, REP_SCORE);
    const int no_text =
        sc && ct_json_type_of(rep_get(sc, "drift.no_known_ngram_share")) == CT_JSON_NULL;
    /* the inputs that carry the model, by evaluate.json's permutation
     * importance: a group whose removal costs at least REP_IMP_CARRIES of
     * the metric and more than twice its spread over the repeats; the
     * transcript's drift only where its n-grams are among them. Before
     * 2026-12-06 every summary said to watch the transcript words "since new
     * wordings are where it misses" rows, at an n-gram importance of 0.00001
     * too (tests/cli/report_monitor_follows_importance) */
    char carry[400] = "";
    int text_carries = ct_json_type_of(rep_get(ev, "importance.groups")) != CT_JSON_ARRAY;
    {
        const ct_json_value *ig = rep_get(ev, "importance.groups");
        const ct_json_value *pick[3] = {NULL, NULL, NULL};
        for (size_t i = 0; i < ct_json_size(ig); i++) {
            const ct_json_value *g = ct_json_at(ig, i);
            const double m = rep_num(g, "mean"), sd = rep_num(g, "std");
            if (!rep_str(g, "group") || !isfinite(m) || m < REP_IMP_CARRIES ||
                !(m > 2 * (isfinite(sd) ? sd : 0)))
                continue;
            if (strncmp(rep_str(g, "group"), "n-grams of ", 11) == 0)
                text_carries = 1;
            for (int k = 0; k < 3; k++)
                if (!pick[k] || m > rep_num(pick[k], "mean")) {
                    for (int j = 2; j > k; j--)
                        pick[j] = pick[j - 1];
                    pick[k] = g;
                    break;
                }
        }
        size_t cl = 0;
        int np = 0;
        for (int k = 0; k < 3; k++)
            np += pick[k] != NULL;
        for (int k = 0; k < np && cl < sizeof carry; k++)
            cl += (size_t)snprintf(carry + cl, sizeof carry - cl, "%s%s",
                                   k == 0        ? ""
                                   : k == np - 1 ? " and "
                                                 : ", ",
                                   ct_reports_pretty(rep_str(pick[k], "group")));
    }
    char text[640] = "";
    if (carry[0])
        snprintf(
            text, sizeof text,
            "; watch for drift in %s, the input%s that carr%s the model (evaluate's permutation "
            "importance)",
            carry, strstr(carry, " and ") ? "s" : "", strstr(carry, " and ") ? "y" : "ies");
    if (!no_text && text_carries) {
        const size_t tl = strlen(text);
        /* "where it misses" only of a model that misses some: before
         * 2026-12-06 said at 0 missed claims too
         * (tests/cli/report_monitor_reason_no_misses) */
        const double mfn = rep_num(ev, "metrics.confusion.fn");
        snprintf(text + tl, sizeof text - tl,
                 "; watch the share of transcript words the model never saw (score's drift line), "
                 "since %s %s rows",
                 isfinite(mfn) && mfn == 0
                     ? "wordings the model has not seen are where it may misjudge"
                     : "new wordings are where it misses",
                 pos);
    }
    /* a recall at 0 cannot fall; one the default threshold keeps low is
     * the threshold's to set first (rep_threshold_low) */
    double lauc;
    char lw[640], watch[400];
    const int low = rep_threshold_low(c, 1, &lauc, lw, sizeof lw);
    if (low == REP_THRESHOLD_NO_RANKING) {
        char said[160];
        const int none = rep_no_ranking(c, &lauc);
        rep_no_ranking_said(c, none, "the model", said, sizeof said);
        snprintf(watch, sizeof watch,
                 "; %s: retrain on better data or features before watching its recall%s", said,
                 none == REP_RANKING_FEW ? "" : ", which no threshold raises");
    } else if (low)
        snprintf(watch, sizeof watch,
                 "; the default cut-off flags few claims: set one with run's --target-recall "
                 "first, then retrain on new labels when that share falls");
    else if (rec == 0)
        snprintf(watch, sizeof watch, "; retrain on new labels while it flags none");
    else
        snprintf(watch, sizeof watch, "; when it falls, retrain on the new labels");
    /* the counts train's audit flags, by name: before 2026-12-05 the
     * point said "view counts, which alone separate the classes" whenever
     * the engagement-only model did, also where the audit flagged likes,
     * downloads, shares and comments and the views were empty in every
     * row (tester AO F16: tests/cli/report_views_all_missing) */
    char eng[512] = "";
    if (shortcut) {
        char names[320] = "";
        size_t nl = 0, nf = 0, total = 0;
        const ct_json_value *feats = rep_get(tr, "audit.features");
        for (size_t i = 0; i < ct_json_size(feats); i++) {
            const ct_json_value *f = ct_json_at(feats, i);
            total += rep_str(f, "kind") && strcmp(rep_str(f, "kind"), "numeric") == 0 &&
                     ct_json_bool_value(ct_json_get(f, "flagged")) == 1;
        }
        for (size_t i = 0; i < ct_json_size(feats) && nl < sizeof names; i++) {
            const ct_json_value *f = ct_json_at(feats, i);
            const char *nm = rep_str(f, "name"), *kind = rep_str(f, "kind");
            if (!nm || !kind || strcmp(kind, "numeric") != 0 ||
                ct_json_bool_value(ct_json_get(f, "flagged")) != 1)
                continue;
            nf++;
            nl += (size_t)snprintf(names + nl, sizeof names - nl, "%s%s",
                                   nf == 1       ? ""
                                   : nf == total ? " and "
                                                 : ", ",
                                   ct_reports_pretty(nm));
        }
        if (nf)
            snprintf(
                eng, sizeof eng,
                "; watch also the %s, which %salone separate%s the classes here (train's audit), "
                "while new videos have little engagement yet",
                names, nf > 1 ? "each " : "", nf > 1 ? "" : "s");
        else
            snprintf(eng, sizeof eng,
                     "; watch also the engagement counts, which together separate the classes here "
                     "(train's audit: the engagement-only model), while new videos have little "
                     "engagement yet");
    }
    /* a report that advises against putting the model to work (no better
     * than chance, no gain over random order, or views alone the better
     * order: the decision's verdicts) gives no advice on watching it */
    char pch[64];
    double wauc; /* the Manager's rule: a chance-level ranking said with its ROC AUC */
    if ((rep_chance_model(c, pch, sizeof pch) && rep_weak_model(c, &wauc)) ||
        rep_queue_gain(&c->fin) == REP_GAIN_NO || rep_views_decision(&c->fin) == REP_VIEWS_BETTER) {
        rep_point_add(c, "monitor", "evaluate.json, queue_eval.json",
                      "What to monitor: nothing yet, as this report does not advise putting the "
                      "model to work on these reports (the Data Science Manager's point says "
                      "why); monitoring starts with a model that is put to work.");
        return;
    }
    /* today's share is the model point's, written before: not given again
     * (until 2026-12-08 "Today it is 100.0% on the held-out reports" a few
     * lines after "The model catches 100.0% of claims":
     * tests/cli/report_summary_figure_once) */
    int model_said = 0;
    for (size_t i = 0; i < c->npt; i++)
        model_said |= strcmp(c->pt[i].topic, "model") == 0;
    char today[160];
    if (model_said)
        snprintf(today, sizeof today, "; the model point above gives today's");
    else
        snprintf(today, sizeof today, "; today it is %s on the held-out reports", r);
    rep_point *pt = rep_point_add(
        c, "monitor", "evaluate.json",
        "What to monitor once the model runs on new reports: the share of claims it catches on "
        "a labelled sample of them each week%s%s%s%s%s.",
        today, watch, by, text, eng);
    const char *rwhy;
    rep_metric(rep_get(ev, "metrics"), "recall", &rwhy);
    if (rwhy)
        rep_fig_undefined(pt, "recall", rwhy);
    else
        rep_fig(pt, "recall", rec);
}

void rep_brief_compute(rep_ctx *c)
{
    finance_compute(c);
    point_model(c);
    rep_evidence_point(c);
    point_queue(c);
    point_finance(c);
    point_claims(c);
    point_test(c);
    point_caveats(c);
    point_monitor(c);
    /* the decision and its cost first, the model's accuracy after it: the
     * finance point opens with the decision (decision_said) */
    for (size_t i = 1; i < c->npt; i++)
        if (strcmp(c->pt[i].topic, "finance") == 0) {
            rep_point fp = c->pt[i];
            memmove(&c->pt[1], &c->pt[0], i * sizeof c->pt[0]);
            c->pt[0] = fp;
            break;
        }
    /* the summary's clauses as sentences, for the plain readers: before
     * 2026-12-06 its queue point ran to 86 words in one sentence and the
     * monitoring point to 122 (tests/cli/report_ops_sentences_short) */
    for (size_t i = 0; i < c->npt; i++)
        rep_split_clauses(c->pt[i].text);
    rep_split_clauses(c->fin.lead_point);
}

/* Why a talking point is not written although its file is there. */
static void point_missing_why(const rep_ctx *c, int which, char *buf, size_t n)
{
    const ct_json_value *r = rep_root(c, which);
    switch (which) {
    case REP_TEST: {
        const ct_json_value *sk = rep_get(r, "skipped.0");
        const char *col = rep_str(sk, "columns.0"), *grp = rep_str(sk, "columns.1");
        if (sk && rep_str(sk, "reason") && col && grp)
            snprintf(buf, n, "the comparison of %s by %s did not run: %s.", col, grp,
                     rep_str(sk, "reason"));
        else
            snprintf(buf, n,
                     "test.json holds no comparison of groups (a test of --pair runs that "
                     "association alone; it is in the hypothesis tests section).");
        break;
    }
    case REP_EDA:
        snprintf(buf, n,
                 "eda.json has no median %s for both classes of the label column "
                 "(the column absent, or a class without values).",
                 rep_column(c, "views"));
        break;
    case REP_QUEUE:
        /* a day of no whole review is no missing figure
         * (tests/cli/report_day_no_whole_review) */
        if (!c->fin.why[0] && c->fin.ok && c->fin.day_reviews < 1)
            snprintf(buf, n, "%s (the review queue section gives the whole queue's waits).",
                     c->fin.note);
        else
            snprintf(buf, n, "%s", c->fin.why[0] ? c->fin.why : "no figures.");
        break;
    default:
        snprintf(buf, n, "evaluate.json has no recall and precision (no labelled row?).");
        break;
    }
}

void rep_write_summary(rep_ctx *c)
{
    rep_section(c, "summary", "Executive summary");
    if (c->npt == 0) {
        char why[512];
        rep_unused_sources(c, why, sizeof why);
        ct_html_paraf(c->h, "missing",
                      "The summary has no talking point: the artifacts they come from %s (see "
                      "each section below%s).",
                      why,
                      /* a run stopped early still has stakeholders' points */
                      c->res.aud_points ? "; the talking points by stakeholder say what stands"
                                        : "");
    }
    ct_html_list_begin(c->h, "points");
    for (size_t i = 0; i < c->npt; i++)
        ct_html_item(c->h, c->pt[i].text);
    ct_html_list_end(c->h);
    static const struct {
        int which;
        const char *topic, *what;
    } need[] = {{REP_EVALUATE, "model", "how well the model catches claims (evaluate.json)"},
                {REP_QUEUE, "queue", "what the queue gains (queue_eval.json)"},
                {REP_EDA, "claims", "what distinguishes claim videos (eda.json)"},
                {REP_TEST, "test", "the hypothesis test (test.json)"}};
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
        int have = 0;
        for (size_t k = 0; k < c->npt && !have; k++)
            have = strcmp(c->pt[k].topic, need[i].topic) == 0;
        if (have)
            continue;
        /* the file missing, or there without what the point needs: both
         * said (before 2026-12-02 only a missing file was, so a test.json
         * whose comparison was skipped dropped its point in silence) */
        char why[CT_DIAG_MSG_MAX + 160];
        if (!rep_root(c, need[i].which))
            snprintf(why, sizeof why, "%s", c->a[need[i].which].why);
        else
            point_missing_why(c, need[i].which, why, sizeof why);
        ct_html_raw(c->h, "<p class=\"note\">No talking point on ");
        ct_html_text(c->h, need[i].what);
        ct_html_raw(c->h, ": ");
        ct_html_text(c->h, why);
        ct_html_raw(c->h, "</p>\n");
    }
    ct_html_section_end(c->h);
}

/* A paragraph of the finance box, its clauses as sentences for the
 * Finance Lead (before 2026-12-06 they ran to 48 words:
 * tests/cli/report_ops_sentences_short). */
static void box_para(rep_ctx *c, const char *fmt, ...) CT_PRINTF(2, 3);
static void box_para(rep_ctx *c, const char *fmt, ...)
{
    char buf[2 * REP_TEXT_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    rep_split_clauses(buf);
    ct_html_paraf(c->h, NULL, "%s", buf);
}

/* The finance box's formula, its terms, this run's figures and what the
 * figure is: for a queue that finds claims sooner (rep_write_finance). */
static void box_formula(rep_ctx *c, const char *DR, const char *rr, int all_found, int no_gain)
{
    /* the formula as a formula, its terms in short sentences (before
     * 2026-12-06 one block of 165 words: tests/cli/report_ops_sentences_short) */
    ct_html_para(c->h, "formula",
                 "hours sooner = (r_queue(D) x K x (n + 1) / (K + 1) - D) / R;  their value = "
                 "hours sooner x C");
    ct_html_para(c->h, NULL,
                 "Where D is one review day in reviews. It is the run's capacity, unless this "
                 "report was given --hours-per-day: then it is R x hours per day, in whole "
                 "reviews. It is capped at n, the number of reports (reviews) in the queue. K is "
                 "the number of claims among them. The share of claims the queue has reached "
                 "after D reviews is r_queue(D), from queue_eval.json. It is queue_eval.json's "
                 "at_capacity figure when D is the capacity it measured. Otherwise it is counted "
                 "from its places of the claims, claim_places. For a run without them, it is "
                 "read off its curve by linear interpolation. In expectation, random order needs "
                 "r_queue(D) x K x (n + 1) / (K + 1) reviews to find as many claims. The "
                 "m-th of K claims at random places among n reports comes on average at "
                 "m (n + 1) / (K + 1). The file's own arrival order may differ.");
    const rep_finance *f = &c->fin;
    char nb[32], cb[32], rq[32], cap[32];
    rep_count(nb, sizeof nb, f->n);
    rep_count(cb, sizeof cb, f->claims);
    rep_count(cap, sizeof cap, f->capacity);
    rep_pct(rq, sizeof rq, f->recall_queue, 2);
    char how[256];
    if (f->recall_exact)
        snprintf(how, sizeof how, "queue_eval.json's figure at its capacity of %s review%s", cap,
                 rep_s(f->capacity));
    else if (f->recall_counted)
        snprintf(how, sizeof how,
                 "counted from queue_eval.json's places of the claims, as queue-eval "
                 "--capacity gives it for this day; its own capacity was %s review%s",
                 cap, rep_s(f->capacity));
    else
        snprintf(how, sizeof how,
                 "interpolated on queue_eval.json's curve: queue-eval measured its exact figure "
                 "at %s review%s, not at this day's",
                 cap, rep_s(f->capacity));
    ct_html_paraf(c->h, "note",
                  "This run: n = %s report%s in the queue, %s claim%s, r_queue(D) = %s (%s). "
                  "The figures count the reports this run scored (the held-out rows when the "
                  "run scores --split test).",
                  nb, rep_s(f->n), cb, rep_s(f->claims), rq, how);
    /* what the figure is: r_queue(D) x n is the claims the day finds divided
     * by the share of claims in the queue, so it does not grow with n */
    char per_day[512];
    if (all_found)
        snprintf(per_day, sizeof per_day,
                 "Here the first day finds every claim of the queue (%s claim%s, fewer than the "
                 "day's %s reviews), so the figure is this queue's, not a rate per review day. "
                 "Random order needs most of the queue to find them. A larger queue "
                 "with the same share of claims, holding more claims for the day to find, gives "
                 "a larger figure.",
                 cb, rep_s(f->claims), DR);
    else
        snprintf(per_day, sizeof per_day,
                 "It is a figure per review day, not per queue. A larger queue with the same "
                 "share of claims gives about the same figure. The day still reviews the "
                 "same number of reports, and random order still needs as many reviews per claim "
                 "found.");
    if (!f->note[0] && !no_gain) {
        char lead[320];
        rep_lead_said(c, lead, sizeof lead);
        box_para(
            c,
            "What the figure is: claims found earlier, not a saving. Every report is reviewed "
            "in either order, so the review hours and their cost are the same, and no review, "
            "moderator or dollar is saved; the queue puts the likely claims first, so its first "
            "day finds claims that random order would reach only after about %s reviews. The "
            "figure is that time-to-find in review hours%s; %s. It assumes that every report "
            "is reviewed, at the stated rate, and that random order is the alternative. %s",
            rr, c->opt.cost_per_hour > 0 ? ", valued at the cost of a review hour" : "", lead,
            per_day);
    }
}

void rep_write_finance(rep_ctx *c)
{
    const rep_finance *f = &c->fin;
    rep_section(c, "finance",
                "For the Finance Lead (Americas): claims found sooner, in review hours");
    ct_html_raw(c->h, "<div class=\"box\">\n");
    char R[32], C[32], H[32];
    ct_numfmt_auto(R, sizeof R, c->opt.reviews_per_hour); /* a rate: 0.001 stays 0.001 */
    ct_numfmt_headline(C, sizeof C, c->opt.cost_per_hour);
    ct_numfmt_headline(H, sizeof H, rep_shown(c->opt.hours_per_day));
    char DR[32], cost[96];
    rep_count(DR, sizeof DR, f->day_reviews);
    if (c->opt.cost_per_hour > 0)
        snprintf(cost, sizeof cost, "a review hour costs %s %s", C, c->opt.currency);
    else
        snprintf(cost, sizeof cost, "no cost is set for a review hour (--cost-per-hour 0)");
    if (f->ok)
        box_para(c,
                 "Assumptions: a moderator reviews %s report%s an hour; %s; a review day is "
                 "%s review%s (%s).",
                 R, rep_s_shown(R), cost, DR, rep_s(f->day_reviews), f->day_how);
    else
        box_para(c,
                 "Assumptions: a moderator reviews %s report%s an hour; %s; a review day is "
                 "%s hour%s.",
                 R, rep_s_shown(R), cost, H, rep_s_shown(H));
    /* each assumption with the command and option that change it: before
     * 2026-12-05 the box named --hours-per-day as if run took it, and no
     * way to change the currency, which only report takes
     * (tests/cli/report_finance_options_named) */
    box_para(
        c,
        "To restate them on this page, run claimtriage report DIR (this run's folder) "
        "with --reviews-per-hour R, --cost-per-hour C, --currency CODE and "
        "--hours-per-day H. CODE is the cost's currency, an ISO 4217 code such as EUR. "
        "H gives a day of R x H reviews%s. A new run (claimtriage run) takes --reviews-per-hour, "
        "--cost-per-hour (its cost is in US dollars) and --capacity (the day in "
        "reviews), not --currency or --hours-per-day.",
        f->day_is_capacity ? ", in place of the run's --capacity" : "");
    if (!f->ok) {
        c->res.missing++;
        ct_html_paraf(c->h, "missing", "Not computed: %s.", f->why);
        ct_html_raw(c->h, "</div>\n");
        ct_html_section_end(c->h);
        return;
    }
    char hs[32], money[192], rs[32], d[32], rr[32];
    hours_saved_text(hs, sizeof hs, f->hours_saved);
    money_clause(money, sizeof money, c, 0);
    reviews_count(rs, sizeof rs, f->reviews_saved);
    rep_count(d, sizeof d, fmin(f->day_reviews, f->n));
    reviews_count(rr, sizeof rr, f->reviews_random);
    /* the day finds every claim of the queue (fewer claims than the day's
     * reviews): then random order needs K (n + 1) / (K + 1) reviews, most of
     * the queue, and the figure grows with the queue instead of staying per
     * day; the headline says so as the paragraph below and the summary do */
    const int all_found = f->recall_queue >= 1 - 1e-12 && f->claims < f->day_reviews;
    /* a queue that finds no more claims in the day than random order saves
     * nothing: said so, in place of "0.00 review hours saved ... in
     * finding the claims sooner" and "the queue puts the likely claims
     * first" (rep_queue_gain) */
    const int chance = !f->note[0] && f->at_chance;
    const int no_gain = !f->note[0] && (chance || rep_queue_gain(f) == REP_GAIN_NO);
    char ra_day[32], rq_day[32], untold[256];
    rep_pct_near_from(rq_day, sizeof rq_day, f->recall_queue, 2);
    rep_pct_near_from(ra_day, sizeof ra_day, f->recall_random, 2);
    ct_html_raw(c->h, "<p><strong>");
    if (f->note[0])
        /* zero by construction, said so and why, not "0 review hours,
         * about 0 USD, saved per day of review" (before 2026-12-05:
         * tests/cli/report_finance_whole_queue_headline); what the order
         * changes, not "No review hours saved" (since 2026-12-05:
         * tests/cli/report_no_gain_plain) */
        ct_html_textf(c->h, "%s.", f->lead_short);
    else if (chance) {
        /* plain words: the test's statistic is the Data Scientist's */
        char said[160];
        rep_chance_said(c, "the model", NULL, said, sizeof said);
        ct_html_textf(c->h, "No review hours can be counted as saved: %s.", said);
    } else if (no_gain && rep_random_said(f, 0, untold, sizeof untold))
        ct_html_textf(c->h,
                      "No claim shown to be found sooner: the queue's first review day of %s "
                      "review%s finds %s of the claims, against random order's expected %s, %s.",
                      d, strcmp(d, "1") == 0 ? "" : "s", rq_day, ra_day, untold);
    else if (no_gain)
        ct_html_textf(c->h,
                      "No claim found sooner: the queue's first review day of %s review%s finds "
                      "%s of the claims, %s random order's expected %s.",
                      d, strcmp(d, "1") == 0 ? "" : "s", rq_day, no_more_than(f), ra_day);
    else if (all_found)
        ct_html_textf(c->h,
                      "Claims found sooner, not a cut in review cost. Random order would need "
                      "%s more review hours to find all this queue's claims, which its first "
                      "review day finds (a figure of this queue, not a rate per day).%s Every "
                      "report is still reviewed either way.",
                      hs, money);
    else {
        /* the hours of finding claims, not of reviewing, and their value,
         * not money saved: said in the headline itself (before 2026-12-03
         * it read as a budget saving beside "every report is still
         * reviewed"; before 2026-12-05 "7.88 review hours, about 315 USD,
         * saved per day of review": tests/cli/report_finance_not_a_saving);
         * a day whose reviews take longer than its hours says how long it
         * is (slow_day) */
        char what[64], slow[320];
        day_claims(what, sizeof what, f);
        slow_day(slow, sizeof slow, c);
        ct_html_textf(c->h,
                      "Claims found sooner, not a cut in review cost. Random order would need "
                      "%s more review hours to find %s the queue finds in a review day of %s "
                      "review%s%s.%s Every report is still reviewed either way.",
                      hs, what, d, strcmp(d, "1") == 0 ? "" : "s", slow, money);
    }
    ct_html_raw(c->h, "</strong></p>\n");
    /* a short day that cannot decide a comparison: the whole queue's waits
     * decide it, said with the day's counts (rep_day_blind_to; since
     * 2026-12-06: tests/cli/report_day_too_short) */
    char blind[1280];
    const int blind_said = !f->note[0] && !chance && rep_day_blind_to(f) &&
                           rep_day_blind_said(f, REP_MOST_FIGURES, blind, sizeof blind);
    if (blind_said)
        box_para(c, "%s", blind);
    if (f->note[0])
        box_para(c, "Why: %s.", f->note);
    else if (chance)
        box_para(c,
                 "The queue's first review day of %s review%s finds %s of the claims, "
                 "against random order's expected %s: a difference luck or the view counts "
                 "can make, not a saving of the model; its queue is not an order worth "
                 "working in until the model improves (more or cleaner labels).",
                 d, strcmp(d, "1") == 0 ? "" : "s", rq_day, ra_day);
    else if (no_gain && (rep_day_blind_to(f) & REP_BLIND_RANDOM))
        /* the day's count within its luck of random order's: no saving,
         * but no verdict on the order either (rep_day_blind_to) */
        box_para(c, "A day this short counts no saving in either order; the whole queue's "
                    "waits above decide which order to work in.");
    else if (no_gain && rep_random_untold(f))
        box_para(c, "The queue is not shown to do better than random order on these reports "
                    "(its first day's lead is one chance gives too often), so there is no "
                    "saving to count; the model's queue is not an order worth working in until "
                    "the model improves (more or cleaner labels).");
    else if (no_gain)
        box_para(c, "The queue does no better than random order on these reports, so there "
                    "is no saving to count; the model's queue is not an order worth working "
                    "in until the model improves (more or cleaner labels).");
    else
        box_para(c,
                 "The queue's first review day of %s review%s finds claims that random "
                 "order would need about %s review%s to find (its expected value); the "
                 "difference, %s review%s (%s review hours at %s an hour), is how much "
                 "sooner the queue finds them.",
                 d, strcmp(d, "1") == 0 ? "" : "s", rr, strcmp(rr, "1") == 0 ? "" : "s", rs,
                 strcmp(rs, "1") == 0 ? "" : "s", hs, R);
    /* no saving to count: said plainly, not a formula that works out to
     * zero or less (before 2026-12-06 a queue within one review day showed
     * the formula alone, about -0.017 hours worked through:
     * tests/cli/report_summary_decision_first) */
    if (f->day_reviews < 1)
        /* no whole review in a day: no day to count hours on, not "the
         * whole queue is reviewed within one review day"
         * (tests/cli/report_day_no_whole_review) */
        box_para(c, "Hours sooner here: none to count, as a review day holds no whole review "
                    "at this rate; the review queue section compares the orders by the whole "
                    "queue's mean wait of a claim.");
    else if (!f->note[0] && no_gain && rep_random_untold(f)) {
        /* a lead the day's test cannot tell from chance: its hours are
         * not counted, not "random order needs no more reviews" (since
         * 2026-12-07: tests/cli/report_random_test) */
        rep_random_said(f, 0, untold, sizeof untold);
        box_para(c,
                 "Hours sooner here: none counted. The queue's first review day finds more "
                 "claims than random order's expected count, %s, so the %s review hours the "
                 "formula would give are not counted as the model's.",
                 untold, hs);
    } else if (f->note[0] || no_gain || !(f->hours_saved > 0))
        box_para(c,
                 "Hours sooner here: 0, and so is their value. %s. So random order needs no "
                 "more reviews than the queue to find the claims: there is no formula to work "
                 "through.",
                 f->note[0]             ? "The whole queue is reviewed within one review day in "
                                          "either order"
                 : rep_random_untold(f) ? "The queue is not shown to find claims sooner than "
                                          "random order in its first review day"
                                        : "The queue finds claims no sooner than random order "
                                          "in its first review day");
    else
        box_formula(c, DR, rr, all_found, no_gain);
    char rq[32];
    rep_pct(rq, sizeof rq, f->recall_queue, 2);
    if (!f->note[0] && isfinite(f->recall_views)) {
        char vv[32], vh[48], ra[32];
        rep_pct(vv, sizeof vv, f->recall_views, 2);
        rep_pct(ra, sizeof ra, f->recall_random, 2);
        char vs[32];
        rep_saved_hours(vs, sizeof vs, f->hours_saved_views);
        snprintf(vh, sizeof vh, "%s%s", strncmp(vs, "less", 4) == 0 ? "" : "about ", vs);
        if (views_constant(c)) {
            char vc[320];
            views_constant_said(c, vc, sizeof vc);
            box_para(c,
                     "%s: sorting by views alone is random order, %s of claims in the same "
                     "day (the queue %s), and finds claims no sooner than it.",
                     vc, vv, rq);
        } else if (rep_views_no_gain(f))
            /* views alone finds no more claims in the day than random
             * order: before 2026-12-02 it "would save about 0 review hours
             * a day", a figure that hid that it does worse */
            box_para(c,
                     "Sorting by views alone, with no model, finds %s of claims in the "
                     "same day (the queue %s), %s random order's expected %s: "
                     "it finds claims no sooner than random order.",
                     vv, rq, rep_no_more_than(f->recall_views, f->recall_random), ra);
        else if (rep_views_verdict(f) == REP_VIEWS_SAME) {
            char tie[640], most[1280] = "";
            /* the sentence gives both shares of the day: the tie words do
             * not say again that they are as many (REP_TIE_SAID_DAY; before
             * 2026-12-07 "Views alone finds 24.97% ... (the queue 24.97%)
             * ... it finds as many claims in the day as views alone":
             * tests/cli/report_ops_day_said_once) */
            rep_views_tie_words(f, REP_TIE_FIGURES | REP_TIE_SAID_DAY, tie, sizeof tie);
            const int from_views = rep_prob_verdict(f) == REP_VIEWS_QUEUE_BETTER;
            /* the day cannot tell them apart; a short day's sentence the
             * box gave after its headline (blind) is not given again, as
             * before 2026-12-07, cut at 511 bytes
             * (tests/cli/report_short_day_plain) */
            if (!blind_said)
                rep_day_blind_said(f, REP_MOST_FIGURES, most, sizeof most);
            box_para(c,
                     "Against sorting by views alone, not random order, the model gains "
                     "little or nothing. Views alone finds %s of claims in the same day "
                     "(the queue %s). By itself it would be %s review hours ahead of "
                     "random order. %s%s%s.%s%s",
                     vv, rq, vh,
                     from_views             ? "The gain comes from the view counts"
                     : rep_views_flagged(c) ? "The queue matches that shortcut of the data"
                                            : "The queue matches that order",
                     !from_views && tie[0] ? "; " : "", from_views ? "" : tie, most[0] ? " " : "",
                     most);
        } else
            box_para(c,
                     "Sorting by views alone, with no model, finds %s of claims in the "
                     "same day (the queue %s) and would be %s review hours ahead of "
                     "random order.",
                     vv, rq, vh);
    }
    ct_html_raw(c->h, "</div>\n");
    ct_html_section_end(c->h);
}
