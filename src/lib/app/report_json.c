/* report_json.c — report.json: the executive report's talking points, the
 * Finance Lead's figures, the plan's milestones with their dates and status,
 * and the state of each artifact, as data (docs/formats.md, "report.json"). Like the page, it carries no
 * transcription and no id: the misclassified examples are only in the
 * page, and only when not redacted. */
#include "app/report_internal.h"
#include "claimtriage/artifact.h"

#include <math.h>

#define REP_JSON_SCHEMA 1

static void num_or_null(ct_json *w, const char *key, double v, int ok)
{
    ct_json_key(w, key);
    if (ok)
        ct_json_num(w, v);
    else
        ct_json_null(w);
}

/* the tests the page's verdicts on the orders rest on (docs/formats.md,
 * "report.json"; since 2026-12-07): each an object, or null when not made
 * (p NaN); test_open writes the key and, when made, opens the object with
 * the test's name and p, and returns 1 */
static int test_open(ct_json *w, const char *key, const char *test, double p)
{
    ct_json_key(w, key);
    if (!isfinite(p)) {
        ct_json_null(w);
        return 0;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "test");
    ct_json_str(w, test);
    ct_json_key(w, "p_value");
    ct_json_num(w, p);
    return 1;
}

static void write_tests(const rep_finance *f, ct_json *w)
{
    ct_json_key(w, "tests");
    ct_json_object_begin(w);
    /* the day against random order: P(X >= found), X hypergeometric */
    if (test_open(w, "day_vs_arrival", "hypergeometric upper tail", f->ok ? f->p_random : NAN)) {
        num_or_null(w, "p_value_lower_tail", f->p_random_below, 1);
        num_or_null(w, "claims_found", round(f->recall_queue * f->claims), 1);
        num_or_null(w, "claims_expected", f->recall_random * f->claims, 1);
        ct_json_object_end(w);
    }
    /* the day against views alone: McNemar's exact test on the claims in
     * one order's day and not the other's */
    if (test_open(w, "day_vs_views", "exact McNemar", f->ok ? f->p_views : NAN)) {
        num_or_null(w, "claims_queue_only", f->pair_views[0], 1);
        num_or_null(w, "claims_views_only", f->pair_views[1], 1);
        ct_json_object_end(w);
    }
    /* the whole queue's waits against views alone's: Wilcoxon's signed
     * rank test on each claim's place less its place sorted by views */
    if (test_open(w, "wait_vs_views", "Wilcoxon signed-rank", f->ok ? f->p_wait_views : NAN)) {
        num_or_null(w, "statistic", f->wait_stat, 1);
        num_or_null(w, "r_plus", f->wait_r_plus, 1);
        num_or_null(w, "r_minus", f->wait_r_minus, 1);
        num_or_null(w, "claims_less", f->wait_less, 1);
        num_or_null(w, "claims_more", f->wait_more, 1);
        ct_json_key(w, "exact");
        ct_json_bool(w, f->wait_exact);
        ct_json_object_end(w);
    }
    /* the whole queue's waits against random order's: Mann-Whitney U on
     * the claims' places against the other rows' */
    if (test_open(w, "wait_vs_arrival", "Mann-Whitney U", f->ok ? f->wait_random.p : NAN)) {
        num_or_null(w, "statistic", f->wait_random.u, 1);
        num_or_null(w, "claims", f->wait_random.claims, 1);
        num_or_null(w, "others", f->wait_random.others, 1);
        ct_json_key(w, "exact");
        ct_json_bool(w, f->wait_random.exact);
        ct_json_object_end(w);
    }
    ct_json_object_end(w);
}

static void write_finance(rep_ctx *c, ct_json *w)
{
    const rep_finance *f = &c->fin;
    ct_json_key(w, "finance");
    ct_json_object_begin(w);
    ct_json_key(w, "computed");
    ct_json_bool(w, f->ok);
    ct_json_key(w, "why_not");
    ct_json_str(w, f->ok ? NULL : f->why);
    ct_json_key(w, "reviews_per_hour");
    ct_json_num(w, c->opt.reviews_per_hour);
    ct_json_key(w, "cost_per_hour");
    ct_json_num(w, c->opt.cost_per_hour);
    ct_json_key(w, "currency");
    ct_json_str(w, c->opt.currency);
    /* null when the day is the run's --capacity, which the report's hours
     * do not change (tests/cli/report_hours_per_day_over_capacity) */
    ct_json_key(w, "hours_per_day");
    ct_json_num(w, f->day_is_capacity ? NAN : c->opt.hours_per_day);
    num_or_null(w, "day_reviews", f->day_reviews, f->ok);
    num_or_null(w, "queue_rows", f->n, f->ok);
    num_or_null(w, "claims", f->claims, f->ok);
    num_or_null(w, "recall_first_day_queue", f->recall_queue, f->ok);
    /* at_capacity: exact; claim_places: counted exactly (2026-12-05); curve: interpolated */
    ct_json_key(w, "recall_first_day_source");
    ct_json_str(w, !f->ok || f->day_reviews < 1 ? NULL
                   : f->recall_exact            ? "at_capacity"
                   : f->recall_counted          ? "claim_places"
                                                : "curve");
    /* the same day in the baselines' orders (null without views, or
     * without a probability order); source: at_capacity, groups (counted
     * from queue_eval.json's tied groups, as queue-eval --capacity D;
     * 2026-12-05) or curve (a queue_eval.json without them) */
    num_or_null(w, "recall_first_day_views", f->recall_views, f->ok);
    num_or_null(w, "recall_first_day_probability", f->recall_prob, f->ok);
    ct_json_key(w, "baselines_first_day_source");
    ct_json_str(w, !f->ok || f->day_reviews < 1 ? NULL
                   : f->recall_exact            ? "at_capacity"
                   : f->baselines_counted       ? "groups"
                                                : "curve");
    num_or_null(w, "recall_first_day_arrival", f->recall_random, f->ok);
    num_or_null(w, "reviews_arrival_needs", f->reviews_random, f->ok);
    num_or_null(w, "reviews_saved", f->reviews_saved, f->ok);
    num_or_null(w, "hours_saved", f->hours_saved, f->ok);
    num_or_null(w, "cost_saved", f->cost_saved, f->ok);
    num_or_null(w, "mean_hours_to_review_queue", f->hours_queue_mean, f->ok);
    num_or_null(w, "mean_hours_to_review_arrival", f->hours_random_mean, f->ok);
    write_tests(f, w);
    ct_json_key(w, "formula");
    /* D is the day capped at the queue; day_reviews is the day itself, as
     * the page says it ("a review day of 5,000 reviews" on a queue of
     * 3,817): before 2026-12-02 the formula said day_reviews was capped,
     * beside a day_reviews of 5000 (tests/cli/report_day_holds_queue) */
    ct_json_str(w, "hours_saved = (reviews_arrival_needs - D) / reviews_per_hour; "
                   "reviews_arrival_needs = recall_first_day_queue * claims * (queue_rows + 1) / "
                   "(claims + 1); cost_saved = hours_saved * cost_per_hour; "
                   "D = min(day_reviews, queue_rows); day_reviews = the run's capacity, unless "
                   "the report was given --hours-per-day (or, when the run derived its capacity "
                   "from 8 hours at its rate, another rate): then floor(reviews_per_hour * "
                   "hours_per_day)");
    ct_json_object_end(w);
}

static void write_audience(rep_ctx *c, ct_json *w)
{
    ct_json_key(w, "stakeholder_points");
    ct_json_array_begin(w);
    for (int k = 0; k < REP_AUD_N; k++) {
        const rep_audience *a = &c->aud[k];
        ct_json_object_begin(w);
        ct_json_key(w, "stakeholder");
        ct_json_str(w, a->who);
        ct_json_key(w, "register");
        ct_json_str(w, a->technical ? "technical" : "plain");
        ct_json_key(w, "points");
        ct_json_array_begin(w);
        for (size_t i = 0; i < a->n; i++) {
            ct_json_object_begin(w);
            ct_json_key(w, "text");
            ct_json_str(w, a->line[i]);
            ct_json_key(w, "source");
            ct_json_str(w, a->source[i]);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

static void write_plan(rep_ctx *c, ct_json *w)
{
    ct_json_key(w, "plan");
    ct_json_object_begin(w);
    ct_json_key(w, "why_not");
    ct_json_str(w, c->nplan ? NULL : c->plan_why);
    ct_json_key(w, "milestones");
    ct_json_array_begin(w);
    for (size_t i = 0; i < c->nplan; i++) {
        const rep_milestone *m = &c->plan[i];
        ct_json_object_begin(w);
        ct_json_key(w, "id");
        ct_json_str(w, m->id);
        ct_json_key(w, "title");
        ct_json_str(w, m->title);
        ct_json_key(w, "stage");
        ct_json_str(w, m->stage);
        ct_json_key(w, "owner");
        ct_json_str(w, m->owner);
        ct_json_key(w, "stakeholders");
        ct_json_str(w, m->stakeholders);
        ct_json_key(w, "dates");
        ct_json_str(w, m->dates);
        ct_json_key(w, "status");
        ct_json_str(w, m->status);
        ct_json_key(w, "why_not");
        ct_json_str(w, m->reason[0] ? m->reason : NULL);
        /* a done milestone with a task the run did not do, as plan --json's
         * status.pending_task and the HTML's plan table (before 2026-12-04
         * absent here: tests/cli/report_json_pending_task) */
        ct_json_key(w, "pending_task");
        if (m->pending_task) {
            ct_json_object_begin(w);
            ct_json_key(w, "task");
            ct_json_str(w, m->pending_task);
            ct_json_key(w, "why");
            ct_json_str(w, m->pending);
            ct_json_object_end(w);
        } else
            ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}

ct_status rep_write_json(rep_ctx *c, FILE *fp)
{
    ct_json *w = ct_json_new(fp);
    if (!w)
        return CT_ENOMEM;
    ct_artifact_begin(w, "report", REP_JSON_SCHEMA);
    ct_json_key(w, "folder");
    ct_json_str(w, c->dir);
    ct_json_key(w, "is_run");
    ct_json_bool(w, c->man != NULL);
    ct_json_key(w, "redacted");
    ct_json_bool(w, c->opt.redact);
    ct_json_key(w, "start");
    ct_json_str(w, c->opt.start);
    ct_json_key(w, "max_rows");
    ct_json_uint(w, c->opt.max_rows);
    ct_json_key(w, "talking_points");
    ct_json_array_begin(w);
    for (size_t i = 0; i < c->npt; i++) {
        const rep_point *p = &c->pt[i];
        ct_json_object_begin(w);
        ct_json_key(w, "topic");
        ct_json_str(w, p->topic);
        ct_json_key(w, "text");
        ct_json_str(w, p->text);
        ct_json_key(w, "source");
        ct_json_str(w, p->source);
        ct_json_key(w, "figures");
        ct_json_object_begin(w);
        for (size_t k = 0; k < p->nfig; k++) {
            ct_json_key(w, p->fig_name[k]);
            ct_json_num(w, p->fig[k]);
            if (p->fig_why[k]) { /* a metric that does not exist: null and why */
                char key[64];
                snprintf(key, sizeof key, "%s_undefined", p->fig_name[k]);
                ct_json_key(w, key);
                ct_json_str(w, p->fig_why[k]);
            }
        }
        ct_json_object_end(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    write_audience(c, w);
    write_finance(c, w);
    write_plan(c, w);
    ct_json_key(w, "artifacts");
    ct_json_array_begin(w);
    for (int i = 0; i < REP_N; i++) {
        ct_json_object_begin(w);
        ct_json_key(w, "file");
        ct_json_str(w, c->a[i].file);
        ct_json_key(w, "used");
        ct_json_bool(w, c->a[i].root != NULL);
        ct_json_key(w, "why_not");
        ct_json_str(w, c->a[i].root ? NULL : c->a[i].why);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "sections");
    ct_json_uint(w, c->res.sections);
    ct_json_key(w, "sections_missing");
    ct_json_uint(w, c->res.missing);
    ct_json_key(w, "charts_refused");
    ct_json_uint(w, c->res.charts_refused);
    ct_json_key(w, "html");
    ct_json_str(w, "report.html");
    ct_json_object_end(w);
    return ct_json_finish(w);
}
