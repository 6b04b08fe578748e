/* report_internal.h — internal: the state shared by the executive report's
 * files (src/lib/app/report_*.c). Hidden symbols; not part of the API.
 *   report_build.c     loading the run folder, the page, the two files
 *   report_util.c      JSON lookups, number wording, "missing" sections
 *   report_brief.c     the talking points and the Finance Lead's figures
 *   report_audience.c  the talking points by stakeholder
 *   report_plan.c      the PACE plan (the one boundary with plan.h)
 *   report_plain.c     the plan's reasons in plain words (the PMO's)
 *   report_analysis.c  data quality, EDA, hypothesis test, regression
 *   report_model.c     model comparison, confusion, calibration,
 *                      importance, shortcut audit, triage
 *   report_appendix.c  the technical appendix (commands, hashes)
 *   report_json.c      report.json
 *   report_pdf.c       report.pdf through headless Chromium */
#ifndef CT_REPORT_INTERNAL_H
#define CT_REPORT_INTERNAL_H

#include "claimtriage/html.h"
#include "claimtriage/json.h"
#include "claimtriage/metrics.h"
#include "claimtriage/plan.h"
#include "claimtriage/report_run.h"

#include <stdio.h>

/* The artifacts of a run folder, in the order of the run's stages. */
enum {
    REP_PLAN,
    REP_INSPECT,
    REP_EDA,
    REP_TEST,
    REP_REGRESS,
    REP_TRAIN,
    REP_EVALUATE,
    REP_SCORE,
    REP_QUEUE,
    REP_N
};

typedef struct rep_art {
    const char *file;    /* "inspect.json" */
    const char *command; /* the command that writes it: "inspect" */
    ct_json_doc *doc;
    const ct_json_value *root; /* NULL when missing or refused */
    char why[CT_DIAG_MSG_MAX]; /* why it is missing ("" when present) */
    int changed;               /* its SHA-256 differs from the manifest's record */
    int failed;                /* its stage failed (manifest.json): "not available" */
} rep_art;

#define REP_MAX_POINTS 10
#define REP_MAX_FIGS 8
#define REP_TEXT_MAX 2048

/* A talking point: a sentence and the numbers behind it. */
typedef struct rep_point {
    const char *topic;  /* "model", "queue", "finance", "claims", "test", "caveats", "monitor" */
    const char *source; /* the artifact it comes from */
    char text[REP_TEXT_MAX];
    size_t nfig;
    const char *fig_name[REP_MAX_FIGS];
    double fig[REP_MAX_FIGS];
    const char *fig_why[REP_MAX_FIGS]; /* why fig is null (NaN): report.json's
                                          <name>_undefined, or NULL */
} rep_point;

/* The Finance Lead's figures (report_brief.c). */
/* rep_baseline_random_waits' result */
typedef struct rep_rank_sum {
    double u, p;           /* U1 of the claims' places; two-sided p */
    double claims, others; /* C and n - C */
    int exact;             /* the exact distribution, else the normal approximation */
} rep_rank_sum;

typedef struct rep_finance {
    int ok;                    /* computed (queue_eval.json present and usable) */
    char why[CT_DIAG_MSG_MAX]; /* why not, when !ok (the artifact's own why when it is not used) */
    double day_reviews;        /* reviews in one day: the run's --capacity, else R x hours */
    char day_how[256];         /* how day_reviews was set, for people */
    int day_is_capacity;       /* day_reviews is the run's --capacity as it was set, and the
                                report's hours per day are not used */
    char note[768];            /* why the saving is 0 by construction ("" otherwise), in
                                plain words: no test statistic (rep_chance_said without
                                its p; the Data Scientist's point has it) */
    char lead[160];            /* what that means for the reviewers, said before note:
                                "Working the queue in the model's order finds claims no
                                sooner than random order here" (since 2026-12-05, in place
                                of "No review hours are saved per day in this run":
                                tests/cli/report_no_gain_plain) */
    char lead_short[160];      /* the same for the finance box's headline, with the reason */
    double n;                  /* labelled rows in the queue */
    double claims;             /* claims among them */
    double recall_queue;       /* share of claims found in the first day, queue order */
    int recall_exact;          /* recall_queue is queue-eval's at_capacity figure (the day is
                                its capacity), not read off the curve by interpolation */
    int recall_counted;        /* not at capacity, recall_queue counted exactly from
                                queue_eval.json's claim_places (not the curve) */
    double recall_random;      /* the same, arrival (random) order, expected */
    double reviews_random;     /* reviews random order needs, expected, for the queue's day's
                                claims: r K (n + 1) / (K + 1) (report_brief.c) */
    double reviews_saved;      /* reviews_random - day_reviews (>= 0) */
    double hours_saved;        /* reviews_saved / R */
    double cost_saved;         /* hours_saved x cost per hour */
    double reviews_per_hour;   /* the report's rate: one review, 1 / it hours, is the
                                  resolution of the waits (rep_waits_cmp) */
    double hours_queue_mean;   /* mean hours to review a claim at capacity, queue */
    double hours_random_mean;
    double hours_views_mean;  /* the same, views alone (NaN without views) */
    double recall_views;      /* share of claims found in the first day, views alone (NaN
                                without views); exact at capacity as recall_queue */
    double wrecall_queue;     /* share of claims' views found at capacity, queue (NaN when the
                                day is not the capacity queue-eval measured) */
    double wrecall_views;     /* the same, views alone */
    double hours_saved_views; /* the hours views alone saves against random order */
    double recall_prob;       /* share of claims found in the first day, the model's probability
                                 alone (NaN when absent); exact at capacity as recall_queue */
    int baselines_counted;    /* not at capacity, recall_views and recall_prob counted exactly
                                 from queue_eval.json's tied groups (not the curve) */
    /* the paired test of the day (since 2026-12-07, docs/report.md): the
     * claims in the queue's day but not views alone's ([0]) and the
     * reverse ([1]), rounded to whole claims (rep_baseline_paired), and
     * McNemar's exact p on them (ct_htest_mcnemar_exact); p NaN when not
     * tested (no claim_groups in queue_eval.json, or the day holds the
     * queue). The same against the probability alone. */
    double pair_views[2], p_views;
    double pair_prob[2], p_prob;
    /* the paired test of the waits (since 2026-12-07, docs/report.md):
     * Wilcoxon's signed-rank p on each claim's place in the queue less its
     * expected place in views alone's order (rep_baseline_waits), NaN when
     * not tested; wait_exact: its exact distribution (else the normal
     * approximation) */
    double p_wait_views;
    int wait_exact;
    /* the direction the signed ranks give (-1: claims wait less in the
     * queue's order, R- > R+; 1: longer; 0: even) and the claims that wait
     * less and longer in it, which can disagree with the means' direction
     * (a few claims far earlier lower a mean that most claims' places
     * raise: the reports file, 800 claims earlier against 1,085 later) */
    int wait_dir;
    double wait_less, wait_more;
    /* its statistic, min(R+, R-), and the two sums (report.json) */
    double wait_stat, wait_r_plus, wait_r_minus;
    /* the queue's day against random order's (since 2026-12-07): P(X >=
     * the day's claims), X ~ Hypergeometric(rows n, claims, day's reviews),
     * the claims random order puts in the day (ct_htest_hypergeom_sf); NaN
     * when not tested (the day holds the queue, or its count is not whole) */
    double p_random;
    /* the other tail, P(X <= the day's claims): with p_random, the test of
     * a short day's count in the direction it lies (rep_day_blind_to;
     * since 2026-12-07); NaN when p_random is */
    double p_random_below;
    /* the whole queue's wait against random order's, claim by claim
     * (rep_baseline_random_waits; p NaN when not tested) */
    rep_rank_sum wait_random;
    int prob_is_queue; /* queue-eval's probability_order_is_queue or
                                 priority_is_probability: the probability order is the
                                 queue's own, nothing to compare */
    double capacity;   /* queue-eval's capacity (reviews) */
    int at_chance;     /* the queue's figures show a gain (rep_queue_gain) but
                                 evaluate.json says the model ranks no better than chance
                                 (rep_chance_model): the gain is not counted as the model's */
    char chance_p[32]; /* its one-sided Mann-Whitney p, as the page shows it */
    /* queue_eval.json's with_views (since 2026-12-06): the queue and views
     * alone on the day counted again on the reports with a view count, the
     * labelled rows without one (views alone places them last) taken out.
     * wv_lead: REP_LEAD_ALL when the queue beats views alone on the day
     * (rep_views_decision) but not on those reports, REP_LEAD_MOST when it
     * does by at most REP_LEAD_MOST_SHARE of its whole lead there, else
     * REP_LEAD_NONE (also without with_views) */
    int wv_lead;
    double wv_rows, wv_without; /* the reports with a view count; the labelled without */
    double wv_recall_queue, wv_recall_views; /* their day's shares of their claims */
    /* the Finance Lead's point: the summary's finance point without its
     * opening decision, and with the day that holds the whole queue, the
     * day's counts and shares and the whole queue's waits (the summary
     * leaves them to the queue point: since 2026-12-08 it says each figure
     * once, tests/cli/report_summary_figure_once) */
    char lead_point[REP_TEXT_MAX];
    /* with note: what the order still changes within the day, the note's
     * last clause, for the summary's finance point, which leaves the day
     * holding the queue to the queue point (since 2026-12-06:
     * tests/cli/report_summary_decision_first), and the waits too (the
     * note gives them) */
    char gain[480];
} rep_finance;
enum { REP_LEAD_NONE, REP_LEAD_ALL, REP_LEAD_MOST };
/* The queue's lead over views alone on the reports with a view count, as a
 * share of its lead on the day, at or under which the lead is said to come
 * mostly from the reports without one. */
#define REP_LEAD_MOST_SHARE 0.5
/* The summary's sentences on it into buf[n] ("That lead comes from the 103
 * reports without a view count, ...: on the 880 with one, ... So review the
 * reports without a view count in the model's order, and the rest in
 * either order."); 0 and "" when wv_lead is REP_LEAD_NONE. */
int rep_lead_without_views_said(const rep_finance *f, char *buf, size_t n);

/* One stakeholder's talking points (report_audience.c). */
#define REP_AUD_N 6
#define REP_AUD_LINES 3
typedef struct rep_audience {
    const char *who;   /* "Data Science Lead": docs/PROPOSAL.md section 4 */
    const char *style; /* the register: "technical: ..." or "plain language: ..." */
    int technical;
    size_t n;
    char line[REP_AUD_LINES][REP_TEXT_MAX];
    const char *source[REP_AUD_LINES]; /* the artifact(s) each line comes from */
} rep_audience;

/* What a milestone's reason says, as codes and facts (ct_plan_status's
 * reason_kind, reason_stage, reason_stopped, cause and its facts), for
 * the plain words (report_plain.c). */
typedef struct rep_reason {
    ct_plan_reason kind;
    char stage[32], stopped[32];
    ct_diag_cause cause;
    char column[256], value[256];
    uint64_t rows;       /* 0: not said */
    char stopped_by[16]; /* the signal that stopped the run, "" (ct_plan_status) */
} rep_reason;

/* One milestone of the plan as the report shows it (report_plan.c). */
#define REP_MAX_DEPS 8 /* at least CT_PLAN_MAX_NEEDS (checked in report_plan.c) */
typedef struct rep_milestone {
    const char *id, *title, *stage, *owner, *stakeholders, *artifact;
    const char *deliverable;      /* what is handed over (the plan's) */
    size_t nblocked;              /* milestones it waits on, not done */
    size_t blocked[REP_MAX_DEPS]; /* their rows, 0-based (plan --status's blocked by) */
    const char *stopped_at;       /* the stage of it the run failed at (stopping it), or NULL */
    char dates[96];               /* "2026-01-05 to 2026-01-06" or "working days 1 to 2" */
    char status[32];              /* "done", "missing", "not done", "this report" */
    char reason[CT_DIAG_MSG_MAX]; /* why not done ("" when done) */
    char separation[24];          /* its stage's kind of separation (ct_plan_status), "" */
    rep_reason why;               /* the reason's kind and facts (ct_plan_status) */
    const char *pending_task;     /* a task of it not done (ct_plan_status), or NULL */
    char pending[512];            /* why, with the command that does it */
} rep_milestone;
#define REP_MAX_MS 32

/* run's column options, as manifest.json's options.columns names them */
#define REP_NCOLUMNS 7
typedef struct rep_ctx {
    const char *dir;
    ct_report_options opt;
    ct_json_doc *mdoc;
    const ct_json_value *man; /* manifest.json's root, NULL when not a run */
    char man_why[CT_DIAG_MSG_MAX];
    int man_bad; /* manifest.json is there but not valid (man is NULL) */
    /* the manifest says "running" but no run holds the folder
     * (ct_plan_run_live): a run killed before it recorded its end, reported
     * as interrupted, not as the run this report is the last stage of */
    int run_interrupted;
    rep_art a[REP_N];
    ct_html *h;
    rep_point pt[REP_MAX_POINTS];
    size_t npt;
    rep_finance fin;
    rep_audience aud[REP_AUD_N];
    /* the column options of a manifest without options.columns (one
     * written before 2026-12-05), as the run gave them to its stages
     * (rep_columns_recover): "" where none was given */
    char old_columns[REP_NCOLUMNS][256];
    rep_milestone *plan; /* nplan rows (owned), from rep_plan_compute */
    size_t nplan;
    char plan_why[256]; /* why there are none */
    ct_report_result res;
} rep_ctx;

/* ---- report_plain.c */
/* A run stage's name as a step of the work ("train": "model training");
 * the name itself when not one of run's. A static string. */
const char *rep_step_words(const char *stage);
/* A milestone's reason in plain words into buf (n bytes), by its kind and
 * facts (r, as plan --status carries them: never by the reason's text):
 * the step, the cause when it is one the report words ("the file has too
 * few claims ...", "every report ... has the same verified status"), no
 * file, column header or command. Returns 1, or 0 with buf untouched when
 * r is of no kind the report words (CT_PLAN_REASON_OTHER: an older run's
 * files, a reason of another form); the caller then uses the reason as it
 * is. */
int rep_reason_words(char *buf, size_t n, const rep_reason *r);
/* The cause alone of a failed stage's reason in plain words ("all 1,000
 * labelled reports have the claim status 'claim', ..."), into buf (n
 * bytes): 1 when r's cause is one the report words, else 0 (buf ""); 0
 * for a run someone stopped (nothing failed). */
int rep_cause_words(char *buf, size_t n, const rep_reason *r);
/* A regression's separation (a stage's `separation` in manifest.json,
 * ct_logit_separation_name) in plain words ("one factor alone decides the
 * outcome for a group of the reports"), a static string; NULL for none or
 * an unknown name. */
const char *rep_separation_words(const char *separation);
/* A pending task of a done milestone in plain words: "'TASK' (what is not
 * done)", the task without its option; 1, or 0 (buf untouched) when
 * pending is not one the report words. */
int rep_pending_words(char *buf, size_t n, const char *task, const char *pending);

/* ---- report_util.c */
/* Split a run-on text into sentences for readers of plain language: each
 * "; " outside parentheses and quotes becomes ". ", the next word
 * capitalised when it begins with a lower-case letter. Not split (the "; "
 * kept) where the next clause begins with a number, a quote (a quoted
 * literal or identifier such as 'not verified' or `video_id`, whose case is
 * its own) or a bare identifier holding '_': capitalised, it would be
 * another name, and a sentence should not begin with a lower-case one.
 * Quotes: "...", `...`, the curly ones, and '...' opened at a word's start
 * and closed before a non-letter (an apostrophe, don't, opens none); a
 * quote not closed in the text is none. Before 2026-12-06 quotes were not
 * tracked ("; " inside one split) and a clause beginning with a quote or a
 * number was split, its sentence beginning in lower case. In place; the
 * text keeps its length. */
void rep_split_clauses(char *s);
/* train's family comparison in plain words, from train.json's selection:
 * with two families or more (train --model auto), each family's validation
 * score and which won ("Model families compared on the validation rows
 * (average precision, higher is better): logistic regression (lr) 0.9999,
 * ...; lr won: ..."); with one, that no comparison was made and the
 * command that makes it (before 2026-12-03 the report did not say either:
 * tests/cli/plan_status_task_pending). */
void rep_families_said(const ct_json_value *tr, char *buf, size_t n);

/* v at a dotted path ("metrics.confusion.tp"; "a.0.b" indexes arrays). */
const ct_json_value *rep_get(const ct_json_value *v, const char *path);
/* The number at path, NaN when absent or not a number. */
double rep_num(const ct_json_value *v, const char *path);
/* The string at path, NULL when absent. */
const char *rep_str(const ct_json_value *v, const char *path);
/* The artifact's root when present, else NULL. */
const ct_json_value *rep_root(const rep_ctx *c, int which);
/* Why the report's artifacts give no talking point, after "the artifacts
 * they come from ": "are missing", or, when some changed after the run
 * (hash differs from the manifest), "are not used: queue_eval.json changed
 * after the run" ("are missing or not used: ..." when others are missing
 * too): an edited file is not called missing (before 2026-12-05 it was:
 * tests/cli/report_changed_not_missing). Into buf[n]. */
void rep_unused_sources(const rep_ctx *c, char *buf, size_t n);
/* A saving as the page says it: hours with 2 decimals (rep_hours2), and
 * money in whole units after "about"; a saving above 0 that rounds to
 * nothing is "less than 0.01" hours and "less than 1 USD", never "0.00
 * review hours, about 0 USD" beside a queue that finds more claims (before
 * 2026-12-05: tests/cli/report_saving_below_rounding). */
void rep_saved_hours(char *buf, size_t n, double v);
void rep_saved_money(char *buf, size_t n, double v, const char *currency);
/* When artifact `which` is missing: a paragraph saying what and why, the
 * count of missing sections incremented; returns 1. 0 when present. */
int rep_missing(rep_ctx *c, int which, const char *what);
/* rep_missing with plain (NULL: none), the cause in plain words, said
 * before the stage's exact message ("... In plain words: PLAIN. The exact
 * message: WHY"). */
int rep_missing_plain(rep_ctx *c, int which, const char *what, const char *plain);
/* The label column and its claim value, as the model was trained
 * (evaluate.json's model.target / model.positive; an export of one's own
 * names them otherwise: run --target/--positive), else the reports file's
 * "claim_status" and "claim". Valid while c is. */
void rep_label(const rep_ctx *c, const char **target, const char **positive);
/* The file's name of a column run's column options rename ("target",
 * "text", "id", "views", "shares", "status"): the name run was given
 * (manifest.json's options.columns), else the reports file's
 * ("video_view_count"). Before 2026-12-05 the report looked the stages'
 * figures up under the reports file's names alone, so a run with
 * --views=views lost the engagement headline and most EDA charts
 * (tester AO F11: tests/cli/report_columns_renamed). Valid while c is. */
const char *rep_column(const rep_ctx *c, const char *option);
/* A manifest.json without options.columns (written before 2026-12-05, when
 * a run could already rename the label, text, id and views columns): the
 * names run gave its stages, from the --OPTION=VALUE words of their
 * recorded commands (manifest.json's stages[].command), into
 * c->old_columns, so that rep_column finds a renamed column there too
 * (before, such a folder's report said eda.json had no median of the views
 * column, as if it were absent: tests/cli/report_manifest_without_columns). */
void rep_columns_recover(rep_ctx *c);
/* A review day whose counts of claims cannot tell the orders apart
 * (rep_day_blind), short of the whole queue (said elsewhere):
 * - REP_DAY_MOST_OF_QUEUE: it covers most of the queue (random order's
 *   expected share of claims found in it at least REP_DAY_MOST), so it finds
 *   nearly every claim in any order; every comparison on it is decided by
 *   the whole queue's mean waits. Before 2026-12-05 a day of 480 reviews over
 *   593 queued reports (random order 80.94%) read "the model adds little or
 *   nothing over views alone", where the mean wait (3.31 hours against
 *   3.46) tells them apart (tester AO F6: tests/cli/report_views_not_flagged).
 * - REP_DAY_SHORT: it is short, random order's expected NUMBER of claims
 *   found in it (K / n x claims) below REP_DAY_FEW_CLAIMS, where one claim
 *   more or less moves a share by a fifth of random order's or more. Such a
 *   day is judged per COMPARISON (rep_day_blind_to): the queue against random
 *   order, the queue against views alone (and against its probability
 *   alone, rep_prob_verdict), whose two counts of claims found in the day
 *   are too close for the day's size to tell (rep_day_counts_close), is
 *   decided by the whole queue's mean waits; a comparison whose counts
 *   differ clearly is told by the day as on any other day. Since
 *   2026-12-06: before, a run at --capacity 1 read "keep the backlog's
 *   current order ... the model gives the reviewers no head start on
 *   claims" because its one review was an opinion (0 claims against random
 *   order's 0.5), beside a whole-queue wait of 2.49 hours against random
 *   order's 3.28 (tests/cli/report_day_too_short), while a 16-review day
 *   whose queue finds 16 claims against random order's 4.1 tells the queue
 *   from random order, however short (tests/cli/report_short_day_tells).
 * A day of REP_DAY_FEW_CLAIMS or more expected claims is judged by its
 * shares and their tolerance (REP_VIEWS_SAME_POINTS, REP_VIEWS_SAME_SHARE).
 * rep_day_blind_said writes the sentence that says the day cannot decide
 * (on a short day: which comparison, with the counts, "One day of 16
 * reviews holds too few claims to tell the queue from views alone: it
 * finds 16 claims in the queue's order and 14 sorted by views alone, a
 * difference a day's luck can make") and compares the whole queue's mean waits of the queue,
 * views alone and random order (exact, printed apart: ct_numfmt_pair), and
 * returns 1; 0 (buf untouched) when the day decides every comparison and
 * its shares do not tie, or holds the whole queue, or a wait is missing
 * (views alone's only where the day can tell the queue from random order).
 * On a day that decides them with tied shares, the tie-break sentence
 * ("The day's shares of claims tie, ..."), 0 when the waits tie too. */
#define REP_DAY_MOST 0.5
#define REP_DAY_FEW_CLAIMS 5
enum { REP_DAY_TELLS, REP_DAY_SHORT, REP_DAY_MOST_OF_QUEUE };
int rep_day_blind(const rep_finance *f);
/* 1 when two counts of claims found in a short day, a and b, are too close
 * for the day to tell apart: |a - b| <= REP_DAY_SPREADS x sqrt(b) when b is
 * random order's expected count (b_expected), |a - b| <= REP_DAY_SPREADS x
 * sqrt(a + b) when both are counted. Source: a day's count of claims is
 * about a Poisson count, whose standard deviation is the square root of
 * its mean (the hypergeometric count of a random day, K draws from n with
 * few claims among them, is close to it); the difference of two counts has
 * the sum of their variances; two standard deviations is the normal
 * approximation's two-sided 95% (Poisson test with a known mean; for two
 * counts, the conditional test of two Poisson counts). The counts of the
 * queue and views alone share reports and are not independent: the rule is
 * the plain one, not exact. 0 when a count is not finite. */
#define REP_DAY_SPREADS 2.0
int rep_day_counts_close(double a, double b, int b_expected);
/* The comparisons a short day (rep_day_blind: REP_DAY_SHORT) cannot decide,
 * a mask: REP_BLIND_RANDOM the queue against random order, REP_BLIND_VIEWS
 * the queue against views alone (rep_day_counts_close); 0 on any other day
 * or when its counts decide both. */
enum { REP_BLIND_RANDOM = 1, REP_BLIND_VIEWS = 2 };
int rep_day_blind_to(const rep_finance *f);
/* form: REP_MOST_FIGURES the sentence with random order's share and the
 * three waits; where the paragraph has given them (the executive
 * summary's queue point, since 2026-12-05: tests/cli/report_summary_wait_said_once),
 * REP_MOST_VERDICT without the figures, "over the whole queue, the model's
 * queue reviews claims sooner than views alone", or REP_MOST_BARE, where the
 * comparison of the waits is said too, "the whole queue's waits above do". */
/* REP_MOST_DAY, where the paragraph gives the waits and compares them
 * with views alone's itself: what the day cannot tell and, when it cannot
 * tell the queue from random order, the whole queue's verdict against
 * random order alone (the executive summary's queue point on a short day,
 * since 2026-12-08). */
enum { REP_MOST_FIGURES, REP_MOST_VERDICT, REP_MOST_BARE, REP_MOST_DAY };
/* or'd into form: the plain readers' words (the executive summary, the
 * Finance and Operations Leads' points), the day's outcome without the
 * test that decided it ("a difference a day's luck can make", not
 * "(hypergeometric test of the day's claims, p = 0.1276)"), and the whole
 * queue's waits "claim by claim", not "the paired test of each claim's
 * wait"; without it the technical sections' words name the test and its p.
 * Since 2026-12-07: before, the plain sections named the tests
 * (tests/cli/report_short_day_plain). */
#define REP_MOST_PLAIN 0x10
/* or'd into form on a short day: the paragraph gave the day's size and its
 * counts (the executive summary's queue point), so the sentence says what
 * they cannot tell, "A day this short holds too few claims to tell the
 * orders apart: the differences of its counts are ones a day's luck can
 * make", without them (since 2026-12-08: before, the summary gave the
 * counts and the waits in its finance point and again in its queue point:
 * tests/cli/report_summary_figure_once) */
#define REP_MOST_COUNTS_SAID 0x20
int rep_day_blind_said(const rep_finance *f, int form, char *buf, size_t n);
/* 1 when train's shortcut audit flags the views column (rep_column) as
 * separating the classes alone (audit.features' flagged), else 0. Only
 * then is the views-alone order called the data's shortcut: before
 * 2026-12-05 "the queue matches views alone, the data's known shortcut"
 * stood beside an audit that flagged none (tester AO F6:
 * tests/cli/report_views_not_flagged). rep_views_match gives what the
 * queue matches after "the queue matches ": "that shortcut of the data"
 * or "that order". */
int rep_views_flagged(const rep_ctx *c);

/* The fewest claim rows a group's share is said of (base/headline.h's
 * ct_headline_group_min) over evaluate.json's "by.groups" array: the rule
 * over all the groups' held-out claim rows that the Operations Lead's point,
 * the model section's errors by group and rep_group_lag share. */
double rep_groups_claims_min(const ct_json_value *groups);

/* The group of evaluate.json's by.groups whose recall lags behind, by the
 * Operations Lead's rule: among the groups holding the claims a
 * conclusion needs (base/headline.h over the held-out claims), the lowest
 * recall 1 percentage point or more below the highest, and the model not
 * at chance. Returns REP_GROUP_LAGS (also in g->kind) with g->worst and g->best set when one
 * lags by a gap Fisher's exact test on their caught and missed claims
 * tells from chance (two-sided p < REP_GROUP_ALPHA), REP_GROUP_GAP_CHANCE
 * (g->worst and g->best set) when the gap is one chance could make (before
 * 2026-12-07 'verified' "lags behind (18.18% against 'not verified'
 * 35.89%)" on 2 of 11 claims against 173 of 482, Fisher p = 0.34:
 * tests/cli/report_group_lag_chance), else 0;
 * g->top is the highest recall of any group with claims (small ones too).
 * The summary's monitor point and the Operations Lead's point name the
 * same group (before 2026-12-06 the summary said "a group falling behind
 * needs more labelled reports" whatever the figures:
 * tests/cli/report_monitor_group_lag_named). */
#define REP_GROUP_LAGS 1
#define REP_GROUP_GAP_CHANCE 2
#define REP_GROUP_ALPHA 0.05
/* rep_group_lag's result: the groups and, when one lags (kind not 0), the
 * two recalls as every section says them (rep_cell_pct2, "20.72%") with
 * their levels, computed here once for the Operations Lead's point and the
 * summary's monitor point, which word them each for its reader (before
 * 2026-12-07 each built the percentages with its own copy of the code:
 * tests/unit/test_report_lag.c). */
typedef struct rep_group_gap {
    int kind; /* 0, REP_GROUP_LAGS or REP_GROUP_GAP_CHANCE (rep_group_lag's return) */
    const ct_json_value *worst, *best, *top;
    const char *worst_level, *best_level; /* borrowed from ev; NULL when kind is 0 */
    char worst_pct[32], best_pct[32];     /* "" when kind is 0 */
} rep_group_gap;
int rep_group_lag(const rep_ctx *c, const ct_json_value *ev, rep_group_gap *g);
/* evaluate.json's by.column in words for a reader ("verified status" for
 * verified_status; "group" without one), into col[n]. */
void rep_by_column_words(const ct_json_value *ev, char *col, size_t n);
const char *rep_views_match(const rep_ctx *c);
/* Fisher's exact test (two-sided, as scipy.stats.fisher_exact) of two of
 * evaluate.json's by.groups: their caught (confusion.tp) and missed
 * (positives - tp) claims; NaN when a count is not a whole number or a
 * catch exceeds its claims. rep_group_gap_p_counts from the counts. */
double rep_group_gap_p(const ct_json_value *a, const ct_json_value *b);
double rep_group_gap_p_counts(double tp_a, double pos_a, double tp_b, double pos_b);
/* The claim value as prose names its rows: "claim" (claim rows), any other
 * value quoted as a label ("'yes'" rows), so that an export's labels read
 * as labels ("flags more 'yes' rows"), not as words ("a yes"); a label
 * longer than REP_LABEL_WORD_MAX bytes is cut, with "...". */
#define REP_LABEL_WORD_MAX 64
void rep_label_word(const char *positive, char *buf, size_t n);
/* The manifest's stage object of that name, or NULL. */
const ct_json_value *rep_stage(const rep_ctx *c, const char *name);
/* Numbers in words: "12.3%" of a fraction, grouped counts, auto cells. */
void rep_pct(char *buf, size_t n, double frac, int decimals);
/* v with `decimals` decimals, or more (up to 6) until the printed value
 * falls on the same side of `cut` as v: a value compared with a printed
 * cut-off must not round across it (0.6955 beside "below 0.7 poor" reads
 * 0.696, not 0.70: tests/cli/report_auc_beside_cutoff) */
void rep_fixed_beside(char *buf, size_t n, double v, double cut, int decimals);
/* A model's configuration (train.json's config: "C=1 ngrams=1-2 ...") as
 * the page prints it: train.json's keys as they are, max_features for lr's
 * vocabulary cap and vectorizer__max_features for the trees' (scikit-learn's
 * names; before 2026-12-06 "vocabulary_max_features" in every family:
 * tests/cli/report_config_vocabulary_name). Into buf[n]. */
void rep_config_said(char *buf, size_t n, const char *family, const char *config);
/* The chosen configuration (train.json's chosen.config) as the page says
 * it to people: rep_config_said's keys, but gbdt's text_rounds=K said in
 * words ("...; the first 50 boosting rounds read the transcript's words
 * alone, the later rounds every input"), the key itself left to train.json
 * and the candidates' table (before 2026-12-06 the raw key:
 * tests/cli/report_config_vocabulary_name). Into buf[n]. */
void rep_config_plain(const rep_ctx *c, const ct_json_value *tr, char *buf, size_t n);
/* A ROC AUC as the page prints it: rep_fixed_beside from 2 decimals for
 * every cut-off the report cites beside one (0.5 a coin toss; 0.7, 0.8,
 * 0.9 on Hosmer and Lemeshow's scale), so that no printed AUC rounds
 * across a word it is given: a held-out 0.6951 reads 0.695, "poor"
 * (before 2026-12-05 "0.70" and "only acceptable" beside "below 0.7 is
 * poor": tests/cli/report_model_auc_beside_cutoff). */
void rep_auc_fixed(char *buf, size_t n, double auc);
void rep_count(char *buf, size_t n, double v);
/* A figure of counts (a median, a mean) in a plain-language sentence: a
 * whole value as rep_count, any other rounded half up to a whole count
 * with "about" ("about 7,071" for the median 7070.5 of an even number of
 * counts); the technical tables and the JSON keep the exact value. */
void rep_count_plain(char *buf, size_t n, double v);
/* A share as a percentage with 1 decimal, more (up to 4) when 1 would
 * show a share below 100% as "100.0%" or above 0% as "0.0%". */
void rep_pct_near(char *buf, size_t n, double frac);
/* the same from `dec` decimals up (2: the day's shares of claims) */
void rep_pct_near_from(char *buf, size_t n, double frac, int dec);
void rep_cell(char *buf, size_t n, double v);
/* The cell of a table for a value that does not exist (null in the
 * artifact): REP_NONE; the table's note says why. */
#define REP_NONE "\xe2\x80\x94" /* an em dash */
/* A table cell for v formatted by fmt(buf, n, v) (NULL: rep_cell), or
 * REP_NONE when v does not exist (NaN); adds 1 to *absent then. */
void rep_cell_or_none(char *buf, size_t n, double v, void (*fmt)(char *, size_t, double),
                      int *absent);
/* Fixed-point and percentage cells for rep_cell_or_none. */
/* A confusion matrix of class POS (rows actual, columns predicted), left
 * open: the caller ends it with ct_html_table_end and its note. */
/* The other class's name beside pos (ct_label_negative_name): root's
 * model.negative (evaluate.json since 2026-12-05), else "not <pos>". */
void rep_negative(const ct_json_value *root, const char *pos, char *buf, size_t n);
void rep_confusion_begin(rep_ctx *c, const char *pos, const char *neg, double tp, double fn,
                         double fp, double tn);
/* Hours of review as the page shows every one of them: 2 decimals, half
 * up ("16.03", never "16.0" beside "16.03" or "16.025" beside "31.8167"). */
void rep_hours2(char *buf, size_t n, double v);
/* Hours as a sentence says them: rep_hours2's, but hours above 0 that it
 * rounds to "0.00" are "less than 0.01" (a mean wait at --reviews-per-hour
 * 100000: before 2026-12-05 "a claim waits 0.00 hours of review",
 * tests/cli/report_wait_below_rounding). Text for people only: compare
 * the numbers, never this text. */
void rep_hours2_said(char *buf, size_t n, double v);
/* Hours in a table cell: rep_hours2's, but hours above 0 that it rounds
 * to "0.00" are "<0.01", as the sentences' "less than 0.01" (before
 * 2026-12-05 the queue table's mean wait read "0.00" beside "a claim
 * waits less than 0.01 hours": tests/cli/report_wait_below_rounding).
 * Its two decimals keep the column's points lined up. */
void rep_hours2_cell(char *buf, size_t n, double v);
void rep_cell_fixed3(char *buf, size_t n, double v);
void rep_cell_fixed4(char *buf, size_t n, double v);
void rep_cell_pct2(char *buf, size_t n, double v);
/* v as text for people shows it: 0 when |v| < 1e-12 (rounding residue), else v
 * (NaN stays NaN). Not for report.json. */
double rep_shown(double v);
/* The plural ending of a count: "" for exactly 1, else "s" ("1 row", "2 rows"). */
const char *rep_s(double n);
/* The malformed rows --on-bad-row=skip left out, as inspect.json's loader
 * knows them (rows_skipped, skipped_lines, skipped_records): "1 malformed
 * record was skipped: lines 1501 to 1513 of the file, 13 lines read as
 * that one record ..." into buf, without a closing full stop; 0 (buf "")
 * when none was skipped. The Data quality section and the caveats say
 * it (before 2026-12-04 "1 skipped as malformed" hid the 12 good rows a
 * quote missing its pair had swallowed: tests/cli/report_skipped_record_lines). */
int rep_skipped_said(const ct_json_value *ins, char *buf, size_t n);
/* evaluate.json's recall and precision as a sentence says them: a share
 * of fewer rows than a headline needs (base/headline.h, as the summary's
 * model point) as its count ("0 of 2 claims", "1 of 5 flagged"), the
 * precision of a model that flags nothing as "undefined, with no report
 * flagged," and the recall of rows without a claim as "undefined, with no
 * claim" (evaluate.json records scikit-learn's zero_division 0), else the
 * share ("86.7%"). */
void rep_recall_said(const ct_json_value *ev, char *buf, size_t n);
void rep_precision_said(const ct_json_value *ev, char *buf, size_t n);
const char *rep_s_shown(const char *shown);
/* A metric of a metrics object m (evaluate.json's "metrics", train.json's
 * "metrics.test", an audit model's "validation", regress.json's split):
 * its value when it exists, else NaN with *why (when why is not NULL) the
 * reason in a few words ("no report flagged"). A metric does not exist when
 * m records it null (<name>_undefined), or as a convention's 0 (<name>_note:
 * scikit-learn's zero_division=0, e.g. precision with no report flagged), or
 * when m's confusion counts make its denominator 0 (precision tp + fp,
 * recall and average precision tp + fn, f1 tp + fp + fn, specificity
 * tn + fp, ROC AUC and balanced accuracy either class). *why is NULL when the
 * metric exists, or m does not have it or has it null without a reason (NaN
 * then too). The page never prints
 * such a value as a number (docs/report.md; tests/cli/report_undefined_metrics_said). */
double rep_metric(const ct_json_value *m, const char *name, const char **why);
/* The same as text into buf (n bytes): the value with `decimals` decimals,
 * "undefined (no report flagged)", "undefined" (null without a reason), or
 * "not recorded" when m has no such metric. */
void rep_metric_said(const ct_json_value *m, const char *name, int decimals, char *buf, size_t n);
/* evaluate.json's by.groups (each account-status group's recall) as one
 * list for people, into buf (n bytes): every group said, whole groups only
 * (cutting one could split a character, and report.json must stay UTF-8;
 * one that does not fit is counted in " and N more"). A group without a
 * claim is "'L' no claim among its N reports"; one with claims gives its
 * share with the claims counted (0.00% may be 0 of 12), as
 * "'L' 20.00%, 1 of 5 claims" (REP_GROUPS_LONG: the summary's monitor
 * point, pieces joined by "; ") or "'L' 20.00% (1 of 5)"
 * (REP_GROUPS_SHORT: the Operations Lead's point, joined by ", ").
 * Returns the number of groups listed (0: buf is ""). Tests:
 * tests/cli/report_group_without_claims_said, report_group_recall_counts. */
enum { REP_GROUPS_SHORT, REP_GROUPS_LONG };
size_t rep_group_list(const ct_json_value *groups, int form, char *buf, size_t n);
/* Open a section (counted). */
/* The reason a file of the run folder that is not a regular file (a
 * FIFO, a device, a folder) is not used: such a file is never opened, since
 * opening a FIFO blocks and /dev/zero never ends. */
extern const char rep_not_regular[];
void rep_section(rep_ctx *c, const char *id, const char *heading);
/* A chart file of DIR/charts inlined with its caption; 0 when inlined,
 * else a note saying why not (missing or refused). */
int rep_chart(rep_ctx *c, const char *file, const char *caption);
/* Add a talking point (text formatted); returns it for its figures, or
 * NULL when the list is full. */
rep_point *rep_point_add(rep_ctx *c, const char *topic, const char *source, const char *fmt, ...)
    CT_PRINTF(4, 5);
void rep_fig(rep_point *p, const char *name, double v);
/* A figure that does not exist (null in report.json) with its reason, written
 * as <name>_undefined after it. */
void rep_fig_undefined(rep_point *p, const char *name, const char *why);

/* How the queue's first review day compares with views alone's (the same
 * day in the order of view counts), for every section that says it:
 * REP_VIEWS_NONE without a views figure or when the day holds the whole
 * queue (every order finds every claim); REP_VIEWS_SAME when the two
 * recalls are within REP_VIEWS_SAME_POINTS (1 percentage point) and their
 * gains over random order (the review hours each saves) within
 * REP_VIEWS_SAME_SHARE (a tenth) of the larger, so 0.30% against 0.41% on a
 * day of 8 reviews (random 0.20%) is not "as well"; else which finds more. */
enum { REP_VIEWS_NONE, REP_VIEWS_SAME, REP_VIEWS_QUEUE_BETTER, REP_VIEWS_BETTER };
/* A verdict that one order finds more claims in the day needs the paired
 * test to show it: McNemar's exact p (rep_finance.p_views, p_prob) below
 * REP_PAIRED_ALPHA; at or above it the verdict is REP_VIEWS_SAME, said as
 * "no difference the data can show" with the counts and p
 * (rep_paired_said). Before 2026-12-07 "the queue does better than
 * sorting by views alone" rested on 288 claims against 285 of 292 (4 in
 * the queue's day alone, 1 in views alone's: p = 0.375), where random
 * order finds 81% (tests/cli/report_views_paired_test). */
#define REP_PAIRED_ALPHA 0.05
/* rep_finance's paired test against views alone (prob 0) or the
 * probability alone (prob 1) in words, lower case, no final stop, when it
 * was made and is not significant: "no difference the data can show (4
 * claims in the queue's day alone, 1 in views alone's; exact McNemar test,
 * p = 0.3750)"; plain (the executive summary's and the Operations Lead's
 * words, since 2026-12-07): the outcome without the test's name and p, "no
 * difference the data can show (the queue's day finds 4 claims that views
 * alone's misses and misses 1 that it finds, a split chance could make)";
 * else "" and 0. */
int rep_paired_said(const rep_finance *f, int prob, int plain, char *buf, size_t n);
#define REP_VIEWS_SAME_POINTS 0.01
#define REP_VIEWS_SAME_SHARE 0.1
int rep_views_verdict(const rep_finance *f);
/* The same verdict for the order by the model's probability alone
 * (queue-eval's `probability` order) against the queue's priority (the
 * probability weighted by reach, docs/score.md): REP_VIEWS_NONE also when
 * the two orders are one (rep_finance.prob_is_queue); REP_VIEWS_BETTER
 * when probability alone finds more. Since 2026-12-05
 * (tests/cli/report_queue_probability_alone). */
int rep_prob_verdict(const rep_finance *f);
/* The same verdict when one day holds the whole queue (every order finds
 * every claim within it): by the mean wait of a claim over the queue, the
 * one figure the summary then compares. REP_VIEWS_SAME when the two waits'
 * gains over random order (hours of review) are within REP_VIEWS_SAME_SHARE
 * of the larger; else which waits less; REP_VIEWS_NONE when the day does
 * not hold the queue or a wait is missing. Before 2026-12-04 the Data
 * Science Manager's decision ignored views alone there, 0.93 hours against
 * the queue's 1.04 (tests/cli/report_manager_decision_views_whole_day). */
int rep_views_wait_verdict(const rep_finance *f);
/* One review's time in hours at the report's rate (0 without a rate), the
 * resolution of two mean waits: rep_waits_cmp is -1, 0, 1 as wait a is
 * shorter than, within one review of, or longer than b (since 2026-12-06:
 * 0.22 hours against 0.23, under a minute at 60 reviews an hour, read as a
 * difference; tests/cli/report_wait_below_one_review). */
double rep_review_hours(const rep_finance *f);
/* rep_hours2 into buf[n], returning its length (ct_numfmt_pair's form). */
size_t rep_hours2_len(char *buf, size_t n, double v);
int rep_waits_cmp(const rep_finance *f, double a, double b);
/* The verdict the Data Science Manager's decision and the Operations Lead's
 * order follow, on the figure they compare: the whole-queue wait when one
 * day holds the queue (rep_views_wait_verdict); the day's share of claims
 * (rep_views_verdict), except where the shares tie (REP_VIEWS_SAME) on a
 * day short of the whole queue, where the whole queue's mean waits break
 * the tie: the shorter by at least one review's time (rep_waits_cmp)
 * wins, waits less than one review apart stay a tie; as rep_day_blind_said
 * says them (before 2026-12-06 the tie was broken only on a day covering
 * most of the queue, REP_DAY_MOST: tests/cli/report_decision_tie_wait_breaks). Since 2026-12-06:
 * before, the decision was "work the backlog in the model's queue order"
 * beside "a claim waits less in views alone's order (0.08 hours against
 * 0.23)" (tests/cli/report_decision_views_better). */
int rep_views_decision(const rep_finance *f);
/* The decision itself, the one rule the Data Science Manager's "The
 * decision to present" and the summary's first point ("The decision: ...")
 * both follow, so the two cannot disagree: no order (a weak model whose
 * ranking is at chance, rep_chance_model and rep_weak_model, or a queue no
 * better than random order, rep_queue_gain); else on a day holding the
 * whole queue the wait's verdict (rep_views_wait_verdict); else the day's
 * share (rep_views_verdict) with its tie broken by rep_views_decision, a
 * tie the queue's gain over random order does not break a choice; on a
 * short day whose count cannot tell the queue from random order
 * (rep_day_blind_to: REP_BLIND_RANDOM) the queue's gain over random order
 * is its whole-queue wait, shorter by one review's time or more, not the
 * day's share. Before
 * 2026-12-06 the summary copied these branches and differed from them on a
 * model at chance that was not weak (tests/cli/report_summary_decision_first). */
enum { REP_DECIDE_NO_ORDER, REP_DECIDE_VIEWS, REP_DECIDE_CHOICE, REP_DECIDE_QUEUE };
int rep_decision(const rep_ctx *c);
/* The shortcut's caveat, wherever the report advises sorting by views
 * alone or offers it as a choice (the Data Science Manager's decision, the
 * Operations Lead's order): view counts accumulate after posting, so views
 * alone cannot rank new reports. As a sentence, and as a clause after
 * "but ". Since 2026-12-06 (before, "sort the reports by views alone ...
 * the better order today" stood without it:
 * tests/cli/report_views_order_new_videos). */
#define REP_VIEWS_NEW_SENTENCE                                                                     \
    "View counts build up after a video is posted, so a new video has few views whatever it "      \
    "says: views alone cannot rank new reports, which need the model's order."
#define REP_VIEWS_NEW_CLAUSE                                                                       \
    "view counts build up after a video is posted, so a new video has few views whatever it "      \
    "says. Sorting by views cannot rank new reports, which need the model's order"
/* The words for a REP_VIEWS_SAME verdict, by the figure the sentence shows
 * (the day's recall, or with by_wait the mean wait): "as well" when views
 * alone's figure, as shown (2 decimals), equals the queue's or beats it,
 * "nearly as well" when it falls short. Before 2026-12-05 "does as well"
 * stood beside 99.23% of claims against the queue's 100.00% (tester AA:
 * tests/cli/report_day_holds_queue,
 * report_manager_decision_views_whole_day). A static string. */
const char *rep_views_same_words(const rep_finance *f, int by_wait);
/* What a REP_VIEWS_SAME verdict means, measure by measure, as the figures
 * are shown (2 decimals): which order finds more claims in the day, reaches
 * more of the claims' views, and has a claim wait less, or that the two
 * are level. When the day holds the whole queue, the wait alone.
 * REP_TIE_FIGURES adds the two figures where an order is ahead. Lower
 * case, no final stop, into buf. Before 2026-12-05 every such sentence read
 * "and is worse than no order compared" (meant: no worse than any), false
 * where views alone reaches more of the claims' views
 * (tests/cli/report_views_tie_words); before 2026-12-05 "no order compared
 * finds more claims in the day" was said in four places of the page, and
 * until 2026-12-08 in the summary's queue point (REP_TIE_ALL_ORDERS, value
 * 2, now unused), which gives every order's share of the day itself and
 * opens with views alone doing as well (tests/cli/report_said_once,
 * tests/cli/report_summary_figure_once). REP_TIE_SAID_DAY, REP_TIE_SAID_REACH and
 * REP_TIE_SAID_WAIT: the sentence before gave both orders' share of the
 * day, share of the claims' views, or whole-queue mean wait with figures;
 * a measure so given is not compared again where the two read alike or the
 * figures already show which is ahead (the wait keeps its paired test,
 * which the figures do not show). Before 2026-12-07 the summary said each
 * figure twice, as a number and then as a comparison
 * (tests/cli/report_summary_tie_unrepeated). */
enum {
    REP_TIE_FIGURES = 1,
    REP_TIE_SAID_DAY = 4,
    REP_TIE_SAID_REACH = 8,
    REP_TIE_SAID_WAIT = 16,
    REP_TIE_PLAIN = 32 /* the paired test's outcome in words, without its name or p-value */
};
void rep_views_tie_words(const rep_finance *f, int flags, char *buf, size_t n);

/* The model flags few of the claims at train's default threshold: the
 * threshold rule is the default (evaluate.json's model.threshold_rule, else
 * train.json's threshold.rule) and the held-out recall is below a half with
 * claims among the reports. 0 when not; else 1, with *auc the held-out ROC
 * AUC (NaN when none), and buf the cause in words for the summary, lower
 * case, no final stop: "at the default threshold 0.5 it flags almost none
 * of them, though it ranks claims well (held-out ROC AUC 0.84): the ranking
 * is good, the threshold is not; ...". Before 2026-12-05 the page built on
 * recall 0% never said why, nor how run sets another threshold (tester AN:
 * tests/cli/report_threshold_flags_few).
 * plain: the executive summary's words, without the ROC AUC and with
 * "cut-off" for threshold (since 2026-12-05). */
int rep_threshold_low(const rep_ctx *c, int plain, double *auc, char *buf, size_t n);
/* rep_threshold_low's 2: the flag catches few claims, but the held-out
 * ranking carries no signal a threshold could use (rep_no_ranking), so buf
 * says that the model does not separate claims and that the fix is better
 * data or features, not a threshold; the callers then advise no threshold
 * option (before 2026-12-05 a model at ROC AUC 0.54 was advised run's
 * --target-recall: tests/cli/report_chance_no_threshold_advice). */
#define REP_THRESHOLD_NO_RANKING 2
/* The rule for "the ranking is not clearly above chance": evaluate.json's
 * chance test does not reject chance (chance.at_chance: one-sided
 * Mann-Whitney p at least 0.05), or the held-out ROC AUC is below
 * REP_RANKING_MIN_AUC (0.6: a claim ranked above an opinion fewer than 6
 * times in 10, which a large test set can tell from 0.5 while no threshold
 * makes it a useful flag). REP_RANKING_CHANCE or REP_RANKING_WEAK when
 * so, with the AUC in *auc (NaN when none); else 0. docs/report.md, "The model's ranking". */
#define REP_RANKING_MIN_AUC CT_AUC_USEFUL_MIN
/* rep_no_ranking's kinds: at chance by the test, or above it but weak, or
 * not told from chance on rows too few to tell (REP_RANKING_FEW,
 * rep_ranking_few) */
#define REP_RANKING_CHANCE 1
#define REP_RANKING_WEAK 2
#define REP_RANKING_FEW 3
int rep_no_ranking(const rep_ctx *c, double *auc);
/* The chance test does not reject, but on so few rows that it could not:
 * the smallest ROC AUC it would call better than chance on evaluate.json's
 * claims and opinions (ct_metrics_roc_auc_detectable at chance.alpha) is
 * above REP_RANKING_MIN_AUC, so even a ranking the report calls useful
 * would go untold; "too few to tell", not "no better than chance". 1 with
 * "12 held-out reports (5 of them claims)" in buf, else 0. Before
 * 2026-12-05 12 held-out reports with 5 claims at ROC AUC 0.71 (p 0.13)
 * read "no better than chance" beside "only acceptable"
 * (tests/cli/report_ranking_too_few_rows). */
int rep_ranking_few(const rep_ctx *c, char *buf, size_t n);
/* WHO's held-out ranking not shown to beat chance (rep_no_ranking's kind):
 * "the model does not separate claims from opinions" (REP_RANKING_CHANCE),
 * "the model hardly separates claims from opinions" (REP_RANKING_WEAK),
 * "the 12 held-out reports (5 of them claims) are too few to show that the
 * model separates claims from opinions" (REP_RANKING_FEW); WHO "the model"
 * or "this model". */
void rep_no_ranking_said(const rep_ctx *c, int kind, const char *who, char *buf, size_t n);
/* A ranking evaluate.json's chance test does not reject (rep_chance_model),
 * said of WHO ("the model", "its model"): "WHO ranks no better than chance
 * (one-sided Mann-Whitney p = 0.31)", or on rows too few to tell
 * (rep_ranking_few) "the 12 held-out reports (5 of them claims) are too
 * few to show that WHO ranks better than chance (...)"; p ("p = 0.31", as
 * rep_chance_model writes it) NULL leaves the test out. */
void rep_chance_said(const rep_ctx *c, const char *who, const char *p, char *buf, size_t n);
/* The run options that choose the threshold, as the report advises them. */
#define REP_THRESHOLD_ADVICE                                                                       \
    "claimtriage run FILE -o DIR --target-recall R (the share of claims to flag, 0.8 for four "    \
    "in five; or --cost-ratio K, a missed claim costing K reviews)"

/* A model whose held-out ROC AUC is below REP_WEAK_AUC (the exact value;
 * printed by rep_auc_fixed, so that the figure shown stays on its side) is said to be so in the summary and in the decision, in the
 * word of the scale the sentence cites (Hosmer and Lemeshow: below 0.7
 * poor, 0.7 to 0.8 acceptable, 0.8 to 0.9 excellent): rep_auc_word gives
 * "poor" or "only acceptable" (before 2026-12-03 "weak" beside "0.7 to 0.8
 * acceptable": tests/cli/report_auc_word_follows_scale). rep_weak_model
 * gives 1 and the AUC in *auc when evaluate.json says so, else 0. */
#define REP_WEAK_AUC 0.8
int rep_weak_model(const rep_ctx *c, double *auc);
const char *rep_auc_word(double auc);
/* Nonzero when evaluate.json's chance test does not show the held-out
 * ranking to be better than chance (chance.at_chance: one-sided
 * Mann-Whitney p at least 0.05), with "p = 0.31" in p: REP_RANKING_FEW when
 * the rows are too few to tell (rep_ranking_few), else REP_RANKING_CHANCE;
 * 0 otherwise. Such a model's queue is no order to
 * review in: before 2026-12-04 the decision advised presenting it as one
 * at ROC AUC 0.51 on shuffled labels (tests/cli/report_chance_model_no_order). */
int rep_chance_model(const rep_ctx *c, char *p, size_t n);
/* The queue against random order on the run's own figures
 * (queue_eval.json), for every sentence that says what the queue gains:
 * REP_GAIN_YES when its first review day finds more of the claims than
 * random order's expected share and random order would need more reviews
 * than the day to find as many (reviews_saved > 0; since 2026-12-05), or,
 * the day holding the whole queue, when
 * a claim waits less on average over it; REP_GAIN_NO when not (the page
 * then says the queue does no better than random order and does not advise
 * working it as an order); REP_GAIN_NONE without the figures. Before
 * 2026-12-04 the page said "the queue puts the likely claims first" and
 * "work the queue from the top" of a queue that found 79.69% where random
 * order found 75.47% and the model's own order all, and "the queue's gain
 * is that claims are reviewed earlier" where a claim waited longer than in
 * random order (tests/cli/report_queue_no_better_than_random). */
enum { REP_GAIN_NONE, REP_GAIN_YES, REP_GAIN_NO };
int rep_queue_gain(const rep_finance *f);
/* 0 when the hypergeometric test of the queue's day against random order
 * (rep_finance.p_random) was made and cannot show the difference (p at or
 * above REP_PAIRED_ALPHA): then rep_queue_gain is REP_GAIN_NO; else 1. */
int rep_random_shown(const rep_finance *f);
/* 0 when the rank-sum test of the whole queue's wait against random
 * order's (rep_finance.wait_random) was made and cannot show the
 * difference (p at or above REP_PAIRED_ALPHA): a day that holds the queue
 * then gains nothing (rep_queue_gain), nor does a short day that cannot
 * tell the queue from random order (rep_decision); else 1 (since
 * 2026-12-07). rep_wait_random_test_said: the test as the page names it,
 * "Mann-Whitney test of the claims' places against the others', p =
 * 0.0123", into buf[n]. */
int rep_wait_random_shown(const rep_finance *f);
void rep_wait_random_test_said(const rep_finance *f, char *buf, size_t n);
/* 1 when the queue's day finds more claims than random order's expected
 * count and saves review time by the figures, but the test cannot show it
 * (rep_random_shown 0): rep_queue_gain is then REP_GAIN_NO, said "not
 * shown", never "no sooner". rep_random_said: then "a lead random order
 * reaches by chance too often to count (hypergeometric test of the day's
 * claims, p = 0.1259)" into buf[n] and 1; else "" and 0. */
int rep_random_untold(const rep_finance *f);
/* plain (the summary, the Finance and Operations Leads' points, since
 * 2026-12-07): the outcome without the test's name and p-value,
 * "a lead random order reaches by chance too often to count"
 * (tests/cli/report_short_day_plain). */
int rep_random_said(const rep_finance *f, int plain, char *buf, size_t n);
/* 0 when the signed-rank test of the waits (rep_finance.p_wait_views) was
 * made and cannot show the difference: the waits then make no verdict
 * (rep_views_wait_verdict, rep_views_decision); else 1. */
int rep_wait_shown(const rep_finance *f);
/* Whether the test shows the waits' difference in the means' direction:
 * made, p below REP_PAIRED_ALPHA and the signed ranks on the side of the
 * shorter mean wait. 1 also when not made (an older queue_eval.json). */
/* When the waits differ by a review or more but the test cannot show it:
 * "a claim waits 16.03 hours in the queue's order and 16.14 in views
 * alone's, no difference the data can show (Wilcoxon signed-rank test on
 * each claim's wait, p = 0.41)" into buf[n] (lower case, no stop), 1;
 * else "" and 0. */
int rep_wait_said(const rep_finance *f, char *buf, size_t n);

/* Whether a sentence that gives the queue's whole-queue wait and random
 * order's would print the same figure twice (rep_hours2_said: "0.67
 * instead of 0.67"). When they read the same, *same (n bytes) gets the
 * words that compare them, said plainly: "barely less time than in random
 * order", "as long as in random order" or "barely longer than in random
 * order", by the unrounded waits; *either gets the figure as it reads for
 * both, "0.67 hours of review on average either way, to 2 decimals" ("less
 * than 0.01 hours ... either way"), and 1 is returned. 0 (buffers
 * untouched) when the two read apart or either wait is missing. Before
 * 2026-12-05 the Operations Lead read "a claim waits 0.67 hours of review on
 * average instead of 0.67 in random order" (tests/cli/report_wait_same_shown). */
int rep_wait_same_shown(const rep_finance *f, char *same, size_t n, char *either, size_t m);

/* 1 when views alone saves no review hour against random order in the day
 * (its share of claims found no more than random order's, to the hundredth
 * of an hour the page shows), whether the queue saves some or none: the
 * page says so instead of "0.00 hours" (before 2026-12-05 only when the
 * queue saved some, and "would save 0.00 of those hours (the model's queue
 * 0.00)" stood where both saved none: tests/cli/report_views_no_gain_either) */
int rep_views_no_gain(const rep_finance *f);

/* "no more than" random order's expected share of the day's claims, or
 * "hardly more than" when share is above it (random order still finds as
 * many within the day in expectation: rep_queue_gain, rep_views_no_gain),
 * for the queue's share and views alone's alike. Before 2026-12-06 views
 * alone's read "finds 100.00% of the claims, no more than random order's
 * 80.00%" (tests/cli/report_views_hardly_more). */
const char *rep_no_more_than(double share, double random_share);

/* How long the queue's lead over random order lasts, for the Finance Lead's
 * point and the finance box: "the lead lasts only while the backlog does
 * (this queue: 3,817 reports, about 8 review days), after which both
 * orders have found every claim" (lower case, no stop; needs fin.ok and a
 * day of at least 1 review). The figure is review time, not money saved:
 * tests/cli/report_finance_not_a_saving. */
void rep_lead_said(const rep_ctx *c, char *buf, size_t n);

/* 1 when train.json's audit shows the engagement counts alone separating
 * the classes: the engagement-only model reaches the audit's flag (ROC AUC
 * >= audit.flag_at, 0.95 when absent); on other data they may be no better
 * than chance. *ap_eng and *ap_text: the engagement-only and text-only
 * models' validation average precision (NaN when not fitted); *auc_eng
 * (when not NULL) the engagement-only model's validation ROC AUC. */
int rep_engagement_shortcut(const ct_json_value *tr, double *ap_eng, double *ap_text,
                            double *auc_eng);

/* ---- the parts of the page */
/* The share of claims the baseline order of queue_eval.json's groups `key`
 * ("views_groups", "probability_groups") finds in the first k reviews (k a
 * whole number, at most the queue's rows), as `queue-eval --capacity k`
 * computes it (report_baseline.c); NaN when the file has no such groups
 * (written before 2026-12-05, or the order undefined) or they do not fit
 * it. qe may be queue_eval.json's with_views object too (its rows a number,
 * the rows of that shorter queue). */
double rep_baseline_recall(const ct_json_value *qe, const char *key, double k);
/* The day's claims compared claim by claim between the queue's first k
 * reviews and the baseline order of groups `key` (McNemar's pairs: each
 * claim is in either order's day or not): *queue_only the claims in the
 * queue's day but not the baseline's, *base_only the reverse, expected
 * values where tied groups (and, with rows that have no place in the
 * baseline, their random places among the others: hypergeometric, as
 * queue_baseline.h) put a claim in the day by chance. From
 * queue_eval.json's claim_places and the groups' claim_groups (since
 * 2026-12-07); 0 (both NaN) when the file has no claim_groups or they do
 * not fit it, else 1. queue_only - base_only is the two recalls'
 * difference in claims. docs/report.md, "The paired test of the day". */
int rep_baseline_paired(const ct_json_value *qe, const char *key, double k, double *queue_only,
                        double *base_only);
/* Each claim's place in the queue less its expected place in the baseline
 * order of groups `key` (a tied group's middle, stretched as
 * queue_baseline.h's mean position where rows without a place stand at
 * random among the others), in claim_places' order, into diff[0..*nclaims)
 * (cap entries at most): the paired differences of the waits, in reviews,
 * whose mean is the two mean waits' difference times the rate. 0 when
 * queue_eval.json has no claim_groups or they do not fit it, else 1
 * (since 2026-12-07: docs/report.md, "The paired test of the waits"). */
int rep_baseline_waits(const ct_json_value *qe, const char *key, double *diff, size_t cap,
                       size_t *nclaims);
/* The whole queue's wait against random order's, claim by claim: under
 * random order the claims' places are C of the n places drawn at random,
 * so the claims' places against the other n - C places is the
 * Mann-Whitney U test (ct_htest_compare_groups, two-sided, as
 * scipy.stats.mannwhitneyu(claims, others) with its defaults); u the
 * claims' U1, whose mean under random order is C (n - C) / 2, below it
 * when the queue's claims wait less (their mean place, the queue's mean
 * wait times the rate, below random order's (n + 1) / 2). 0 (p and u
 * NaN) when queue_eval.json has no claim_places, or they do not fit it
 * (two claims at one place), or every row is a claim; else 1 (since
 * 2026-12-07: docs/report.md, "The test of the waits against random
 * order"). */
/* (rep_rank_sum: above rep_finance) */
int rep_baseline_random_waits(const ct_json_value *qe, rep_rank_sum *out);
void rep_brief_compute(rep_ctx *c);
void rep_plan_compute(rep_ctx *c);
/* The plan's count as every part of the report says it, one definition of
 * done (plan --status's, the report's and the run's milestones counted once
 * this report is written) and one wording: "all 9 milestones are done once
 * this report is written, milestone 6 with a task pending" or "7 of 9
 * milestones are done ..." (lower case: the caller starts its sentence).
 * A done milestone with a task not done is never said "done" without it:
 * before 2026-12-05 the Data Science Manager read "9 of 9 milestones are
 * done" beside the PMO's "but one task is pending" and the plan's "7 of 9
 * ... done in this folder" (tests/cli/report_plan_done_one_wording).
 * Returns the milestones done. */
size_t rep_plan_done_said(const rep_ctx *c, char *buf, size_t n);
/* A --start the plan can be scheduled from: a calendar date YYYY-MM-DD
 * whose schedule ends by 9999-12-31 (ct_plan_schedule; report_plan.c). */
int rep_start_valid(const char *start);
/* After rep_brief_compute and rep_plan_compute (it reads both). */
void rep_audience_compute(rep_ctx *c);
void rep_write_summary(rep_ctx *c);
void rep_write_audience(rep_ctx *c);
void rep_write_finance(rep_ctx *c);
void rep_write_plan(rep_ctx *c);
void rep_write_data(rep_ctx *c);
void rep_write_eda(rep_ctx *c);
void rep_write_test(rep_ctx *c);
void rep_write_regress(rep_ctx *c);
void rep_write_model(rep_ctx *c);
void rep_write_triage(rep_ctx *c);
void rep_write_appendix(rep_ctx *c);
/* report.json on fp. */
ct_status rep_write_json(rep_ctx *c, FILE *fp);

/* report_evidence.c: rows scored without the model's evidence (score's
 * no_evidence rule) and a model that read no text. */
/* 1 for a tree model (train.json's chosen.family, else evaluate.json's
 * model.family: gbdt or rf). */
int rep_model_trees(const rep_ctx *c);
/* What the model puts in place of a missing value, in words: "training
 * averages", or "each tree's learned path for a missing value". */
const char *rep_missing_stand_in(const rep_ctx *c);
/* 1 when the model's text column (named into col) is missing in every row
 * of inspect.json's file. */
int rep_text_empty(const rep_ctx *c, char *col, size_t n);
/* The audit's reason a single-set model m (train.json audit.models) was
 * not fitted: the text-only model's "the column is empty in every row"
 * when rep_text_empty, else its own why (NULL: none). */
const char *rep_audit_why(const rep_ctx *c, const ct_json_value *m);
/* The caveat of train's shortcut audit on rows too few to tell a useful
 * ranking from chance, as train's text says it (train.json's
 * audit.too_few_rows for the training rows the features' AUCs rest on,
 * validation 0; audit.validation_too_few_rows for the validation rows the
 * models are compared on, validation 1; the band from detectable_roc_auc or
 * its validation twin): "only 36 reports (14 of them claims), so few that an
 * AUC from 0.33 to 0.67 could be chance on them" into buf (n bytes). 0, buf
 * empty, when train.json does not say too few, an older one without the
 * keys included. Before 2026-12-05 the Data Science Lead's audit line and
 * the shortcut audit's note read as firmly on 12 validation rows as on
 * thousands (tests/cli/report_audit_too_few_rows). */
int rep_audit_too_few(const ct_json_value *tr, int validation, char *buf, size_t n);
/* When more than half of the model's errors on evaluate.json's labelled
 * rows (fn + fp) are rows without evidence (no_evidence.fn, .fp): the
 * sentence saying so (what they need; not the threshold) into buf, 2 when
 * every error is theirs, 1 when most are; 0 (buf "") otherwise. */
int rep_evidence_errors(const rep_ctx *c, char *buf, size_t n);
/* 1 when every row without a label (train.json rows.unlabelled) lies in
 * one of inspect.json's missing-value patterns that lacks the model's
 * evidence by score's rule (ct_evidence_lacking). */
int rep_backlog_without_evidence(const rep_ctx *c);
/* The summary's "evidence" point: the errors of rep_evidence_errors, the
 * text column of rep_text_empty; none when neither. */
void rep_evidence_point(rep_ctx *c);

#endif
