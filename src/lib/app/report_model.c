/* report_model.c — the report's model and queue sections: the model
 * comparison (train.json: cross-validation, audit models), the confusion
 * matrix, calibration (a reliability diagram drawn here), permutation
 * importance (a bar chart drawn here), the shortcut audit, misclassified
 * examples (left out when redacted), and the triage curve
 * (queue_eval.json, charts/queue_recall.svg). */
#include "app/report_internal.h"
#include "base/headline.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define REP_MAX_BARS 30

/* Inline a chart drawn into memory by draw(fp, arg, d). */
static void inline_drawn(rep_ctx *c, ct_status (*draw)(FILE *, const void *, ct_diag *),
                         const void *arg, const char *caption)
{
    char *buf = NULL;
    size_t len = 0;
    ct_diag d;
    ct_diag_clear(&d);
    FILE *mem = open_memstream(&buf, &len);
    ct_status s = mem ? draw(mem, arg, &d) : CT_ENOMEM;
    if (mem && fclose(mem) != 0 && s == CT_OK)
        s = CT_EIO;
    if (s == CT_OK)
        s = ct_html_svg(c->h, buf, len, caption, &d);
    free(buf); /* open_memstream's buffer comes from malloc */
    if (s != CT_OK)
        ct_html_paraf(c->h, "missing", "Chart not drawn: %s",
                      d.message[0] ? d.message : ct_status_str(s));
}

static ct_status draw_bars(FILE *fp, const void *arg, ct_diag *d)
{
    return ct_html_write_bars(fp, NULL, arg, d);
}

static ct_status draw_reliability(FILE *fp, const void *arg, ct_diag *d)
{
    return ct_html_write_reliability(fp, NULL, arg, d);
}

/* ------------------------------------------------- model comparison */

typedef struct cand_key {
    double rank; /* train's rank, INFINITY when it has none */
    size_t i;    /* train.json's order */
} cand_key;

static int cand_cmp(const void *a, const void *b)
{
    const cand_key *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Most decimals the comparison table shows: past them, scores read alike
 * and the note says they are tied to that many. */
#define CAND_PLACES_MOST 10

/* The decimals of the CV mean (*dm) and CV std (*ds) columns over the
 * first `shown` candidates in order: 4, or the fewest past 4 that tell
 * different values apart (ct_numfmt_places_apart), at most
 * CAND_PLACES_MOST (*tied set when values still read alike there).
 * Before 2026-12-06 four decimals were fixed, so on the reports file
 * candidates ranked 1, 4, 5 and 6 (1, 0.9999991, 0.9999963, 0.99995)
 * all read "1.0000" with a CV std of "0.0000". */
static void cand_places(const ct_json_value *cands, const cand_key *ord, size_t shown, int *dm,
                        int *ds, int *tied)
{
    double *v = shown ? malloc(shown * sizeof *v) : NULL;
    if (!v)
        return;
    const char *key[2] = {"mean", "std"};
    int *out[2] = {dm, ds};
    for (int j = 0; j < 2; j++) {
        size_t n = 0;
        for (size_t i = 0; i < shown; i++) {
            const double x = rep_num(ct_json_at(cands, ord ? ord[i].i : i), key[j]);
            if (isfinite(x))
                v[n++] = x;
        }
        const int d = ct_numfmt_places_apart(v, n, 4);
        *out[j] = d > CAND_PLACES_MOST ? CAND_PLACES_MOST : d;
        if (j == 0 && d > CAND_PLACES_MOST)
            *tied = 1;
    }
    free(v);
}

/* One score cell with d decimals, or REP_NONE (counted in *absent). */
static void cand_cell(char *buf, size_t n, double v, int d, int *absent)
{
    if (isnan(v)) {
        rep_cell_or_none(buf, n, v, NULL, absent);
        return;
    }
    ct_numfmt_places(buf, n, v, d);
}

static void model_comparison(rep_ctx *c, const ct_json_value *tr)
{
    ct_html_heading(c->h, 3, "Model comparison");
    char metric[64];
    snprintf(metric, sizeof metric, "CV mean %s",
             rep_str(tr, "cv.metric") ? rep_str(tr, "cv.metric") : "score");
    const char *head[] = {"Rank", "Family", "Configuration", metric, "CV std"};
    ct_html_table_begin(c->h, "Cross-validated candidates (train.json)", 5, head, "rllrr");
    const ct_json_value *cands = rep_get(tr, "cv.candidates");
    const size_t nc = ct_json_size(cands);
    /* best first, in train's rank (its CV mean; tied means share a rank and
     * keep train's order); a candidate without a rank (0) comes last */
    cand_key *ord = nc ? malloc(nc * sizeof *ord) : NULL;
    for (size_t i = 0; ord && i < nc; i++) {
        const double rk = rep_num(ct_json_at(cands, i), "rank");
        ord[i].rank = rk > 0 ? rk : INFINITY;
        ord[i].i = i;
    }
    if (ord)
        qsort(ord, nc, sizeof *ord, cand_cmp);
    int absent = 0;
    const size_t shown = nc < c->opt.max_rows * 3 ? nc : c->opt.max_rows * 3;
    int dm = 4, ds = 4, tied = 0;
    cand_places(cands, ord, shown, &dm, &ds, &tied);
    for (size_t i = 0; i < shown; i++) {
        const ct_json_value *k = ct_json_at(cands, ord ? ord[i].i : i);
        char r[16], m[48], s[48];
        const double rank = rep_num(k, "rank"); /* 0: undefined (formats.md) */
        rep_cell_or_none(r, sizeof r, rank > 0 ? rank : NAN, rep_count, &absent);
        cand_cell(m, sizeof m, rep_num(k, "mean"), dm, &absent);
        cand_cell(s, sizeof s, rep_num(k, "std"), ds, &absent);
        const char *fam =
            rep_str(k, "family") ? rep_str(k, "family") : rep_str(tr, "chosen.family");
        char cfg[512];
        rep_config_said(cfg, sizeof cfg, fam, rep_str(k, "config"));
        const char *cells[5] = {r, fam, rep_str(k, "config") ? cfg : NULL, m, s};
        ct_html_table_row(c->h, cells);
    }
    free(ord);
    char note[384] = "";
    if (nc > c->opt.max_rows * 3) {
        char fb[32], nb[32];
        rep_count(fb, sizeof fb, (double)(c->opt.max_rows * 3));
        rep_count(nb, sizeof nb, (double)nc);
        snprintf(note, sizeof note,
                 "The best %s of %s candidates by rank are shown (train.json has all).", fb, nb);
    }
    if (tied)
        snprintf(note + strlen(note), sizeof note - strlen(note),
                 "%sScores that read alike differ only past %d decimals (train.json has them "
                 "in full).",
                 note[0] ? " " : "", CAND_PLACES_MOST);
    if (absent)
        snprintf(note + strlen(note), sizeof note - strlen(note),
                 "%s" REP_NONE " marks a candidate without a cross-validated score (train.json "
                 "records none), so it has no rank.",
                 note[0] ? " " : "");
    ct_html_table_end(c->h, note[0] ? note : NULL);
    char ccfg[512];
    rep_config_plain(c, tr, ccfg, sizeof ccfg); /* text_rounds said in words */
    ct_html_paraf(c->h, NULL, "Chosen: %s, %s (features: %s).",
                  rep_str(tr, "chosen.family") ? rep_str(tr, "chosen.family") : "?",
                  rep_str(tr, "chosen.config") ? ccfg : "?",
                  rep_str(tr, "chosen.features") ? rep_str(tr, "chosen.features") : "?");
    char fam[768];
    rep_families_said(tr, fam, sizeof fam);
    ct_html_paraf(c->h, NULL, "%s", fam);
}

/* ---------------------------------------------------------- confusion */

static void confusion(rep_ctx *c, const ct_json_value *ev)
{
    ct_html_heading(c->h, 3, "Confusion matrix");
    const char *pos = rep_str(ev, "model.positive") ? rep_str(ev, "model.positive") : "positive";
    char neg[256];
    rep_negative(ev, pos, neg, sizeof neg);
    rep_confusion_begin(c, pos, neg, rep_num(ev, "metrics.confusion.tp"),
                        rep_num(ev, "metrics.confusion.fn"), rep_num(ev, "metrics.confusion.fp"),
                        rep_num(ev, "metrics.confusion.tn"));
    /* a threshold evaluate.json does not give as a number is said so, never
     * printed as "undefined" */
    char thr[32];
    const double tv = rep_num(ev, "metrics.threshold");
    if (isfinite(tv))
        ct_numfmt_auto(thr, sizeof thr, rep_shown(tv));
    else
        snprintf(thr, sizeof thr, "not in evaluate.json");
    static const char *const mnames[] = {
        "accuracy", "balanced_accuracy", "precision",         "recall",
        "f1",       "roc_auc",           "average_precision", "brier_score"};
    char note[1024];
    size_t len = (size_t)snprintf(
        note, sizeof note, "Threshold %s (%s).", thr,
        rep_str(ev, "model.threshold_rule") ? rep_str(ev, "model.threshold_rule") : "as trained");
    for (size_t i = 0; i < sizeof mnames / sizeof mnames[0] && len < sizeof note; i++) {
        /* a metric that does not exist here (precision with no report
         * flagged, ROC AUC of one class) is said undefined with its reason,
         * never its convention's 0: before 2026-12-03 this line read
         * "precision 0.0000" with no report flagged
         * (tests/cli/report_undefined_metrics_said) */
        char v[96];
        rep_metric_said(rep_get(ev, "metrics"), mnames[i], 4, v, sizeof v);
        if (strcmp(v, "not recorded") == 0)
            snprintf(v, sizeof v, "does not exist");
        len += (size_t)snprintf(note + len, sizeof note - len, " %s %s;", mnames[i], v);
    }
    if (len < sizeof note)
        note[len - 1] = '.';
    ct_html_table_end(c->h, note);
    /* the trade-off the threshold sets, in words for the Operations Lead */
    /* the label as a label: "calls a report 'yes'", not "a yes" */
    char word[REP_LABEL_WORD_MAX];
    rep_label_word(pos, word, sizeof word);
    const int claim = strcmp(word, "claim") == 0;
    ct_html_paraf(
        c->h, "note",
        "The model calls a report %s%s when its probability is at least the "
        "threshold%s%s%s. The threshold trades the two kinds of error: a lower one "
        "flags more %s rows and more of the others too, a higher one the reverse (the flag "
        "is the queue's 'predicted' column; every report stays in the queue). "
        "'claimtriage run FILE -o DIR --target-recall R' (or train's) sets it for a stated "
        "recall and reports "
        "the precision paid; '--cost-ratio K' for an unflagged %s%s that costs K wasted "
        "reviews.",
        claim ? "a " : "", word, isfinite(tv) ? " (" : "", isfinite(tv) ? thr : "",
        isfinite(tv) ? ")" : "", word, word, claim ? "" : " row");
    /* a threshold moves the cut along the ranking: one not clearly above
     * chance (rep_no_ranking) gains nothing from it, said beside the option */
    double nauc;
    const int none = rep_no_ranking(c, &nauc);
    if (none) {
        /* rows too few to tell (rep_ranking_few): their counts say why */
        char said[256];
        rep_no_ranking_said(c, none, "this model", said, sizeof said);
        said[0] = (char)toupper((unsigned char)said[0]);
        ct_html_paraf(c->h, "note",
                      "%s (held-out ranking %s), so no threshold %s its flag useful: better "
                      "data or features come first.",
                      said,
                      none == REP_RANKING_CHANCE ? "no better than chance"
                      : none == REP_RANKING_FEW  ? "not clearly above chance"
                                                 : "ROC AUC below 0.6",
                      none == REP_RANKING_FEW ? "can be shown to make" : "makes");
    }
}

/* ------------------------------------------------ errors by group */

/* Milestone 8's "check errors separately for verified and unverified
 * accounts": evaluate --by's groups (run passes --by=verified_status when
 * the file has that categorical column), or why they are absent. */
static void errors_by_group(rep_ctx *c, const ct_json_value *ev)
{
    const char *target, *label;
    rep_label(c, &target, &label);
    char pos[REP_LABEL_WORD_MAX]; /* "claim", or the label quoted: "'yes' rows" */
    rep_label_word(label, pos, sizeof pos);
    const ct_json_value *by = rep_get(ev, "by");
    if (ct_json_type_of(by) != CT_JSON_OBJECT) {
        ct_html_heading(c->h, 3, "Errors by account status");
        /* evaluate.json without "by": run found no categorical
         * verified_status in the file, or evaluate ran without --by */
        ct_html_para(c->h, "missing",
                     "Not checked: evaluate.json has no errors by group, so the model's errors "
                     "are not compared between verified and unverified accounts here (run adds "
                     "them when the file has a categorical verified_status column; evaluate --by "
                     "COL makes them for any categorical column).");
        return;
    }
    /* the column's and the levels' names whole (user text of any length:
     * a fixed buffer cut them, so long levels looked alike, and could cut
     * a character in two) */
    const char *col = rep_str(by, "column") ? rep_str(by, "column") : "?";
    char *head = ct_malloc(strlen(col) + sizeof "Errors by ");
    if (head) {
        memcpy(head, "Errors by ", sizeof "Errors by " - 1);
        memcpy(head + sizeof "Errors by " - 1, col, strlen(col) + 1);
    }
    ct_html_heading(c->h, 3, head ? head : "Errors by group");
    ct_free(head);
    char hpos[96], hmiss[112], hfa[64];
    snprintf(hpos, sizeof hpos, "%s rows", pos);
    snprintf(hmiss, sizeof hmiss, "%s rows missed", pos);
    snprintf(hfa, sizeof hfa, "false alarms");
    const char *hdr[] = {col, "labelled reports", hpos, "recall", hmiss, "precision", hfa};
    ct_html_table_begin(c->h, NULL, 7, hdr, "lrrrrrr");
    const ct_json_value *g = rep_get(by, "groups");
    int absent = 0, unread = 0; /* a share that does not exist; a count not a number */
    double worst = INFINITY, best = -INFINITY, worst_n[2] = {0, 0}, best_n[2] = {0, 0};
    const char *worst_name = NULL, *best_name = NULL;
    for (size_t i = 0; i < ct_json_size(g); i++) {
        const ct_json_value *v = ct_json_at(g, i);
        char cell[7][64];
        const char *level = rep_str(v, "level") ? rep_str(v, "level") : "(missing)";
        rep_cell_or_none(cell[1], sizeof cell[1], rep_num(v, "labelled"), rep_count, &unread);
        const ct_json_value *m = rep_get(v, "metrics");
        const int has = ct_json_type_of(m) == CT_JSON_OBJECT;
        /* recall and precision do not exist where their denominator is 0
         * (the JSON's *_note): shown as a dash, said below */
        const double npos = has ? rep_num(m, "positives") : 0;
        const double recall = has && npos > 0 ? rep_num(m, "recall") : NAN;
        const double fp = has ? rep_num(m, "confusion.fp") : 0;
        const double tp = has ? rep_num(m, "confusion.tp") : 0;
        const double precision = has && tp + fp > 0 ? rep_num(m, "precision") : NAN;
        rep_cell_or_none(cell[2], sizeof cell[2], npos, rep_count, &unread);
        rep_cell_or_none(cell[3], sizeof cell[3], recall, rep_cell_pct2, &absent);
        rep_cell_or_none(cell[4], sizeof cell[4], has ? rep_num(m, "confusion.fn") : 0, rep_count,
                         &unread);
        rep_cell_or_none(cell[5], sizeof cell[5], precision, rep_cell_pct2, &absent);
        rep_cell_or_none(cell[6], sizeof cell[6], fp, rep_count, &unread);
        const char *row[7] = {level, cell[1], cell[2], cell[3], cell[4], cell[5], cell[6]};
        ct_html_table_row(c->h, row);
        if (isfinite(recall) && recall < worst) {
            worst = recall;
            worst_name = level;
            worst_n[0] = rep_num(m, "confusion.tp");
            worst_n[1] = npos;
        }
        if (isfinite(recall) && recall > best) {
            best = recall;
            best_name = level;
            best_n[0] = rep_num(m, "confusion.tp");
            best_n[1] = npos;
        }
    }
    /* sized for the names it quotes, so none is cut */
    const size_t cap = 1024 + 2 * strlen(col) + 4 * strlen(pos) +
                       (worst_name ? strlen(worst_name) : 0) + (best_name ? strlen(best_name) : 0);
    char *note = ct_malloc(cap);
    if (!note) {
        ct_html_table_end(c->h, NULL);
        return;
    }
    size_t len = (size_t)snprintf(
        note, cap,
        "The held-out reports of each %s value, at the model's threshold: recall is the share of "
        "the group's %s rows the model catches, precision the share of its alarms that are right.",
        col, pos);
    if (absent && len < cap)
        len += (size_t)snprintf(note + len, cap - len,
                                " A dash: the share does not exist (no %s row, or no alarm, "
                                "in the group).",
                                pos);
    if (unread && len < cap)
        len += (size_t)snprintf(note + len, cap - len,
                                " A dash in a count: evaluate.json does not give it as a number.");
    if (ct_json_size(g) == 1 && len < cap) /* one group: no gap to watch, nothing compared */
        len += (size_t)snprintf(note + len, cap - len,
                                " The held-out reports hold one %s value only, so the model's "
                                "errors are not compared between groups here: how it does on "
                                "any other %s value is not known.",
                                col, col);
    if (worst_name && best_name && best - worst >= 0.01 && len < cap) {
        /* the shares with the counts behind them: a recall of 0% on 4 claim
         * rows is one claim from 25%, and the reader should see that */
        char a[32], b[32], wc[2][32], bc[2][32]; /* as the table shows them */
        rep_cell_pct2(a, sizeof a, worst);
        rep_cell_pct2(b, sizeof b, best);
        for (int k = 0; k < 2; k++) {
            rep_count(wc[k], sizeof wc[k], worst_n[k]);
            rep_count(bc[k], sizeof bc[k], best_n[k]);
        }
        /* a weaker group with fewer claim rows than a conclusion needs
         * (base/headline.h's rule over the held-out claim rows, as the
         * Operations Lead's point and the hypothesis tests use it) is too
         * few to tell, not "worth watching": before 2026-12-06 this note
         * called 0 of 3 a gap worth watching beside the Operations Lead's
         * "too few to say whether it lags" (tests/cli/report_group_errors_small) */
        const double minn = rep_groups_claims_min(g);
        if (worst_n[1] < minn) {
            char mn[32];
            rep_count(mn, sizeof mn, minn);
            snprintf(note + len, cap - len,
                     " The model catches %s of %s %s row%s from '%s' (%s) against %s of %s from "
                     "'%s' (%s), but %s %s row%s %s too few to tell whether it lags there (a "
                     "conclusion needs %s): more labelled reports of '%s' would tell.",
                     wc[0], wc[1], pos, worst_n[1] == 1 ? "" : "s", worst_name, a, bc[0], bc[1],
                     best_name, b, wc[1], pos, worst_n[1] == 1 ? "" : "s",
                     worst_n[1] == 1 ? "is" : "are", mn, worst_name);
        } else {
            /* a gap Fisher's exact test cannot tell from chance is not
             * called one to watch (rep_group_lag's rule, the summary's and
             * the Operations Lead's: tests/cli/report_group_lag_chance) */
            const double p = rep_group_gap_p_counts(worst_n[0], worst_n[1], best_n[0], best_n[1]);
            if (isfinite(p) && p >= REP_GROUP_ALPHA) {
                char pv[64];
                ct_numfmt_pvalue_vs(pv, sizeof pv, p, log10(p), REP_GROUP_ALPHA);
                snprintf(note + len, cap - len,
                         " The model catches %s of %s %s rows from '%s' (%s) against %s of %s "
                         "from '%s' (%s), a gap chance could make on these counts (Fisher's "
                         "exact test, %s): more labelled reports of '%s' would tell whether it "
                         "lags.",
                         wc[0], wc[1], pos, worst_name, a, bc[0], bc[1], best_name, b, pv,
                         worst_name);
            } else
                snprintf(note + len, cap - len,
                         " The model catches %s of %s %s rows from '%s' (%s) against %s of %s "
                         "from '%s' (%s): the gap is worth watching, and more labelled reports "
                         "of the weaker group are the remedy.",
                         wc[0], wc[1], pos, worst_name, a, bc[0], bc[1], best_name, b);
        }
    }
    ct_html_table_end(c->h, note);
    ct_free(note);
}

/* ------------------------------------------------------- calibration */

/* A bin whose observed claim share is this far from its mean predicted
 * probability (10 percentage points) is named in the title, whatever the
 * report-weighted ECE. */
#define CAL_FAR_OFF 0.10

static void calibration(rep_ctx *c, const ct_json_value *ev)
{
    ct_html_heading(c->h, 3, "Calibration");
    const ct_json_value *bins = rep_get(ev, "reliability.bins");
    const size_t n = ct_json_size(bins);
    if (n == 0 || n > 100) {
        ct_html_para(c->h, "missing", "evaluate.json has no reliability table.");
        return;
    }
    double x[100], y[100], cnt[100];
    for (size_t i = 0; i < n; i++) {
        const ct_json_value *b = ct_json_at(bins, i);
        cnt[i] = rep_num(b, "count");
        x[i] = cnt[i] > 0 ? rep_num(b, "mean_predicted") : NAN;
        y[i] = cnt[i] > 0 ? rep_num(b, "observed") : NAN;
    }
    /* bins that hold reports, those off the diagonal, and the one furthest
     * off. A bin is off when its gap is CAL_FAR_OFF or more and beyond
     * chance for its size: more than two binomial standard errors,
     * sqrt(p (1 - p) / n) at the bin's mean prediction p (before
     * 2026-12-06 a bin of one report, 0.36 predicted and a claim, was "10
     * or more points off": tests/cli/report_calibration_bins_said) */
    size_t held = 0, far = 0, worst = n;
    for (size_t i = 0; i < n; i++) {
        if (!(cnt[i] > 0) || !isfinite(x[i]) || !isfinite(y[i]))
            continue;
        held++;
        const double gap = fabs(y[i] - x[i]);
        const double se = sqrt(x[i] * (1 - x[i]) / cnt[i]);
        if (gap < CAL_FAR_OFF || gap <= 2 * se)
            continue;
        far++;
        if (worst == n || gap > fabs(y[worst] - x[worst]))
            worst = i;
    }
    char ece[32], pp[32], title[320], sub[320], nh[32], nb[32];
    rep_count(nh, sizeof nh, (double)held);
    rep_count(nb, sizeof nb, (double)n);
    const double e = rep_shown(rep_num(ev, "reliability.ece"));
    ct_numfmt_sig3(ece, sizeof ece, e);
    /* in percentage points for people: "to within 0.0412" read as a
     * probability, and an ECE of 0 as "to within 0" (the reports file).
     * The ECE is a report-weighted average over the bins that hold
     * reports: before 2026-12-06 the title said "in every bin" where 2 of
     * 10 held reports (the reports file), and "to within 0.59 percentage
     * points on average" beside a bin of 10 reports at 0.55 predicted and
     * 0.90 observed (tests/cli/report_calibration_bins_said) */
    ct_numfmt_headline(pp, sizeof pp, 100 * e);
    if (isfinite(e) && e == 0 && held == n)
        snprintf(title, sizeof title,
                 "Predicted probabilities match observed claim rates in every bin (ECE 0)");
    else if (isfinite(e) && e == 0)
        snprintf(title, sizeof title,
                 "Predicted probabilities match observed claim rates in the %s of %s bins that "
                 "hold reports (ECE 0)",
                 nh, nb);
    else if (isfinite(e) && far) {
        char nf[32];
        rep_count(nf, sizeof nf, (double)far);
        snprintf(title, sizeof title,
                 "Predicted probabilities are within %s percentage point%s of observed claim "
                 "rates on a report-weighted average (ECE %s), but %s bin%s %s %d or more "
                 "points off",
                 pp, rep_s_shown(pp), ece,
                 far == held ? (far == 1 ? "its one" : "every")
                 : far == 1  ? "one"
                             : nf,
                 far == 1 || far == held ? "" : "s", far == 1 ? "is" : "are",
                 (int)(100 * CAL_FAR_OFF));
    } else if (isfinite(e))
        snprintf(title, sizeof title,
                 "Predicted probabilities match observed claim rates to within %s percentage "
                 "point%s on a report-weighted average (ECE %s)",
                 pp, rep_s_shown(pp), ece);
    else
        snprintf(title, sizeof title, "Predicted probabilities against observed claim rates");
    char hold[96];
    if (held == n)
        snprintf(hold, sizeof hold, "all %s bins hold reports", nb);
    else
        snprintf(hold, sizeof hold, "%s of %s bins hold%s reports", nh, nb, held == 1 ? "s" : "");
    size_t at = (size_t)snprintf(sub, sizeof sub,
                                 "Held-out reports binned by predicted probability; %s; dot "
                                 "area: reports in the bin",
                                 hold);
    if (far && worst < n && at < sizeof sub) {
        char px[32], py[32], pc[32];
        ct_numfmt_fixed(px, sizeof px, x[worst], 2);
        ct_numfmt_fixed(py, sizeof py, y[worst], 2);
        rep_count(pc, sizeof pc, cnt[worst]);
        snprintf(sub + at, sizeof sub - at,
                 ". Furthest off: %s predicted, %s observed (%s report%s)", px, py, pc,
                 rep_s(cnt[worst]));
    }
    ct_html_reliability r = {
        {title, sub, "mean predicted probability of a claim", "observed share of claims",
         "Source: evaluate.json reliability table (expected calibration error, equal-width bins)",
         NULL},
        n,
        x,
        y,
        cnt};
    inline_drawn(c, draw_reliability, &r,
                 "A dot on the dashed diagonal means the model's probability is what it says: "
                 "of reports given 0.8, eight in ten are claims.");
}

/* ------------------------------------------------------- importance */

typedef struct imp_item {
    const char *name;
    double mean, std;
} imp_item;

static int imp_cmp(const void *a, const void *b)
{
    const imp_item *x = a, *y = b;
    if (x->mean != y->mean)
        return x->mean < y->mean ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* Whether the score permutation importance starts from is at chance, so
 * no shuffle can lower it: average precision at or below the held-out
 * prevalence, ROC AUC at or below 0.5; 0 when not known. */
static int imp_at_chance(const ct_json_value *ev)
{
    const char *m = rep_str(ev, "importance.metric");
    const double base = rep_num(ev, "importance.baseline");
    if (!m || !isfinite(base))
        return 0;
    if (strcmp(m, "average_precision") == 0) {
        const double prev = rep_num(ev, "metrics.prevalence");
        return isfinite(prev) && base <= prev;
    }
    return strcmp(m, "roc_auc") == 0 && base <= 0.5;
}

static void importance(rep_ctx *c, const ct_json_value *ev, int audit_below)
{
    ct_html_heading(c->h, 3, "What the model relies on");
    const ct_json_value *g = rep_get(ev, "importance.groups");
    size_t n = ct_json_size(g);
    if (n == 0) {
        ct_html_para(c->h, "missing", "evaluate.json has no permutation importance.");
        return;
    }
    imp_item it[REP_MAX_BARS];
    size_t k = 0;
    for (size_t i = 0; i < n && k < REP_MAX_BARS; i++) {
        const ct_json_value *v = ct_json_at(g, i);
        it[k].name = rep_str(v, "group") ? rep_str(v, "group") : "?";
        /* signed, as evaluate.json has it: before 2026-12-03 a drop below
         * 0 was drawn and printed as 0.0000 beside evaluate.json's -0.000919
         * (tests/cli/report_importance_negative_shown) */
        it[k].mean = rep_num(v, "mean");
        it[k].std = rep_num(v, "std");
        if (isfinite(it[k].mean))
            k++;
    }
    qsort(it, k, sizeof it[0], imp_cmp);
    const char *labels[REP_MAX_BARS];
    double val[REP_MAX_BARS], err[REP_MAX_BARS];
    for (size_t i = 0; i < k; i++) {
        labels[i] = it[i].name;
        val[i] = it[i].mean;
        err[i] = it[i].std;
    }
    char title[256];
    /* no drop above 0: no input to name, and why. Before 2026-12-06 "Shuffling
     * no input costs the model anything", read as "the model uses nothing",
     * on a file whose inputs all separate the classes alone
     * (tests/cli/report_importance_none_said) */
    const int chance = imp_at_chance(ev);
    if (k && it[0].mean > 0)
        snprintf(title, sizeof title, "Shuffling %s costs the model the most", it[0].name);
    else if (chance)
        snprintf(title, sizeof title,
                 "The model ranks claims no better than chance, so shuffling an input costs it "
                 "nothing");
    else if (k > 1)
        snprintf(title, sizeof title,
                 "Shuffling any one input alone costs the model nothing: the others carry the "
                 "same signal");
    else
        snprintf(title, sizeof title, "Shuffling %s costs the model nothing", k ? it[0].name : "?");
    const char *metric =
        rep_str(ev, "importance.metric") ? rep_str(ev, "importance.metric") : "score";
    char sub[160];
    snprintf(sub, sizeof sub, "Drop in %s when one input is shuffled (mean of repeats, +-1 std)",
             metric);
    ct_html_bars b = {{title, sub, "drop in score", NULL,
                       "Source: evaluate.json (permutation importance, Breiman 2001; "
                       "sklearn.inspection.permutation_importance)",
                       NULL},
                      k,
                      labels,
                      val,
                      err,
                      4};
    size_t nneg = 0;
    for (size_t i = 0; i < k; i++)
        nneg += it[i].mean < 0;
    char cap[640];
    snprintf(cap, sizeof cap,
             "The longer the bar, the more the model's ranking of claims depends on that "
             "input.%s%s%s",
             nneg ? " A bar left of 0 (a drop below 0) means the model scored as well or better "
                    "with that input shuffled: it does not rely on it, and the value is noise."
                  : "",
             k > 1 && it[0].mean <= 0 && !chance
                 ? " No bar is above 0: with any one input shuffled the others still rank "
                   "claims as well, as inputs that carry the same signal (correlated counts, "
                   "or text and counts that both mark claims) stand in for one another. This "
                   "chart cannot say which of them the model uses."
                 : "",
             k > 1 && it[0].mean <= 0 && !chance && audit_below
                 ? " The shortcut audit below compares models on subsets of the inputs."
                 : "");
    inline_drawn(c, draw_bars, &b, cap);
}

/* ----------------------------------------------------- shortcut audit */

static void audit(rep_ctx *c, const ct_json_value *tr)
{
    ct_html_heading(c->h, 3, "Shortcut audit: could engagement alone do it?");
    const ct_json_value *models = rep_get(tr, "audit.models");
    static const char *const head[] = {"Features", "Columns", "Validation average precision",
                                       "Recall", "Precision"};
    ct_html_table_begin(c->h, "The same model family on subsets of the inputs", 5, head, "lrrrr");
    char note[REP_TEXT_MAX] = "";
    size_t nlen = 0;
    int absent = 0;
    for (size_t i = 0; i < ct_json_size(models); i++) {
        const ct_json_value *m = ct_json_at(models, i);
        char col[32], ap[32], re[32], pr[32];
        int here = 0;
        rep_cell_or_none(col, sizeof col, rep_num(m, "columns"), rep_count, &here);
        /* a metric that does not exist on the validation rows (precision
         * with no report flagged: train.json's 0 is zero_division's) is a
         * dash, its reason in the note (tests/cli/report_undefined_metrics_said) */
        const ct_json_value *val = rep_get(m, "validation");
        const char *why_m[3];
        rep_cell_or_none(ap, sizeof ap, rep_metric(val, "average_precision", &why_m[0]),
                         rep_cell_fixed4, &here);
        rep_cell_or_none(re, sizeof re, rep_metric(val, "recall", &why_m[1]), rep_cell_fixed4,
                         &here);
        rep_cell_or_none(pr, sizeof pr, rep_metric(val, "precision", &why_m[2]), rep_cell_fixed4,
                         &here);
        static const char *const which[3] = {"average precision", "recall", "precision"};
        char undef[256] = "";
        for (size_t k = 0, ul = 0; k < 3 && ul < sizeof undef; k++)
            if (why_m[k])
                ul += (size_t)snprintf(undef + ul, sizeof undef - ul, "%s%s undefined (%s)",
                                       ul ? ", " : "", which[k], why_m[k]);
        const char *feat = rep_str(m, "features") ? rep_str(m, "features") : "?";
        const char *cells[5] = {feat, col, ap, re, pr};
        ct_html_table_row(c->h, cells);
        const char *why = rep_audit_why(c, m);
        if (here && nlen < sizeof note) {
            /* a model the audit could not fit has no columns and no metrics */
            const int unfitted =
                ct_json_get(m, "fitted") && !ct_json_bool_value(ct_json_get(m, "fitted"));
            char what[320];
            if (unfitted || !undef[0])
                snprintf(what, sizeof what, "%s",
                         unfitted ? "was not fitted"
                                  : "has a metric undefined on the validation rows");
            else
                snprintf(what, sizeof what, "on the validation rows: %s", undef);
            nlen += (size_t)snprintf(
                note + nlen, sizeof note - nlen, "%sthe %s model%s%s%s%s",
                absent ? "; " : REP_NONE " marks a value that does not exist: ", feat,
                what[0] == 'o' ? ", " : " ", what, why ? " (" : "", why ? why : "");
            if (why && nlen < sizeof note)
                nlen += (size_t)snprintf(note + nlen, sizeof note - nlen, ")");
            absent += here;
        }
    }
    if (absent && nlen + 1 < sizeof note)
        snprintf(note + nlen, sizeof note - nlen, ".");
    ct_html_table_end(c->h, absent ? note : NULL);
    const ct_json_value *feats = rep_get(tr, "audit.features");
    size_t flagged = 0;
    ct_html_raw(c->h, "<p>");
    for (size_t i = 0; i < ct_json_size(feats); i++) {
        const ct_json_value *f = ct_json_at(feats, i);
        if (!ct_json_bool_value(ct_json_get(f, "flagged")))
            continue;
        char auc[32];
        /* 4 decimals, as the Data Science Lead's shortcut audit gives them
         * (before 2026-12-05 0.996 here beside 0.9956 there) */
        rep_cell_or_none(auc, sizeof auc, rep_num(f, "roc_auc"), rep_cell_fixed4, NULL);
        if (flagged < c->opt.max_rows)
            ct_html_textf(c->h, "%s%s (ROC AUC %s alone)",
                          flagged ? "; " : "Inputs that separate the classes on their own: ",
                          rep_str(f, "name") ? rep_str(f, "name") : "?", auc);
        flagged++;
    }
    if (flagged == 0)
        ct_html_text(c->h, "No single input separates claims from opinions on its own.");
    else if (flagged > c->opt.max_rows) {
        char mb[32];
        rep_count(mb, sizeof mb, (double)(flagged - c->opt.max_rows));
        ct_html_textf(c->h, "; and %s more (train.json).", mb);
    } else
        ct_html_text(c->h, ".");
    ct_html_raw(c->h, "</p>\n");
    char fa[32];
    ct_numfmt_auto(fa, sizeof fa, rep_shown(rep_num(tr, "audit.flag_at")));
    /* what engagement does here, from the audit's engagement-only model:
     * before 2026-12-02 the note said "High engagement marks claims in this
     * data" on every file, also where that model ranked claims little better
     * than a coin toss (ROC AUC 0.55 on noisy data:
     * tests/cli/report_audit_engagement_said) */
    double ap_eng, ap_text, auc_eng;
    const int shortcut = rep_engagement_shortcut(tr, &ap_eng, &ap_text, &auc_eng);
    char eng[480] = "", ab[32];
    ct_numfmt_fixed(ab, sizeof ab, auc_eng, 3);
    if (shortcut)
        snprintf(eng, sizeof eng,
                 " Engagement alone separates claims from opinions in this data (the "
                 "engagement-only model's validation ROC AUC %s); a new video has few views yet, "
                 "so the transcription must carry the model for fresh reports.",
                 ab);
    /* rows too few to tell, as train's text and the Data Science Lead's
     * line say (rep_audit_too_few) */
    char tft[256], tfv[256];
    rep_audit_too_few(tr, 0, tft, sizeof tft);
    const int vfew = rep_audit_too_few(tr, 1, tfv, sizeof tfv);
    if (!shortcut && isfinite(auc_eng) && vfew)
        /* validation rows too few to tell (the sentence below gives their
         * band): no verdict on engagement. Before 2026-12-06 "Engagement
         * alone does not separate claims from opinions in this data (ROC
         * AUC 0.522)" on 2 validation claims, a band of 0.16 to 0.84, right
         * after the four counts flagged as separating the classes on the
         * training rows (tests/cli/report_audit_engagement_few_rows) */
        snprintf(eng, sizeof eng,
                 " The engagement-only model's validation ROC AUC is %s (0.5 is a coin toss, 1 a "
                 "perfect ranking), on rows too few to show whether engagement alone separates "
                 "claims from opinions in this data.",
                 ab);
    else if (!shortcut && isfinite(auc_eng)) {
        /* how far it separates, by the AUC's distance from 0.5 (either
         * way): before 2026-12-06 every AUC under the flag read "does not
         * separate", 0.899 too, and 0.111, a ranking in reverse
         * (tests/cli/report_audit_engagement_bands) */
        const double flag = rep_num(tr, "audit.flag_at");
        const double d = fabs(auc_eng - 0.5), top = (isfinite(flag) ? flag : 0.95) - 0.5;
        const int rev = auc_eng < 0.5, well = !rev && d >= 0.3 && d < top;
        if (d < 0.05)
            snprintf(eng, sizeof eng,
                     " Engagement alone does not separate claims from opinions in this data (the "
                     "engagement-only model's validation ROC AUC %s, where 0.5 is a coin toss and "
                     "1 a perfect ranking).",
                     ab);
        else
            snprintf(eng, sizeof eng,
                     " Engagement alone separates claims from opinions %s in this data%s (the "
                     "engagement-only model's validation ROC AUC %s, where 0.5 is a coin toss and "
                     "1 a perfect ranking%s%s).",
                     d < 0.2   ? "weakly"
                     : d < 0.3 ? "moderately"
                     : d < top ? "well"
                               : "nearly perfectly",
                     rev    ? ", but in reverse: it ranks opinions above claims"
                     : well ? ", though not nearly perfectly"
                            : "",
                     ab, well ? "; the audit flags a shortcut from " : "", well ? fa : "");
    }
    ct_html_paraf(c->h, "note",
                  "An input is flagged when its ROC AUC alone reaches %s on the "
                  "training rows%s%s.%s%s%s%s",
                  fa, tft[0] ? ", here " : "", tft, eng,
                  tfv[0] ? " The models above are compared on the validation rows, " : "", tfv,
                  tfv[0] ? ", and their differences may be noise." : "");
}

/* ------------------------------------------------------ misclassified */

static void misclassified(rep_ctx *c, const ct_json_value *ev)
{
    ct_html_heading(c->h, 3, "Reports the model got wrong");
    const double total = rep_num(ev, "misclassified_total");
    char t[32];
    rep_count(t, sizeof t, total);
    /* none wrong: nothing to show, redacted or not (before 2026-12-02 a
     * redacted copy read "0 held-out reports were misclassified. Examples
     * redacted", as if there were some: tests/cli/report_redacted_none_wrong) */
    if (c->opt.redact && total != 0) {
        ct_html_paraf(c->h, NULL,
                      "%s held-out report%s %s misclassified. Examples redacted: this copy "
                      "carries no transcription and no video id.",
                      t, rep_s(total), total == 1 ? "was" : "were");
        return;
    }
    const ct_json_value *m = ct_json_get(ev, "misclassified");
    const size_t n = ct_json_size(m);
    if (total == 0 && (n == 0 || c->opt.redact)) {
        /* nothing to show because nothing was wrong, not because of --show 0 */
        ct_html_paraf(c->h, NULL,
                      "No held-out report was misclassified: there is no example "
                      "to show.");
        return;
    }
    if (n == 0) {
        ct_html_paraf(c->h, NULL,
                      "%s held-out report%s %s misclassified; evaluate.json lists "
                      "no example (evaluate --show 0).",
                      t, rep_s(total), total == 1 ? "was" : "were");
        return;
    }
    static const char *const head[] = {"Line", "Video id", "Actual", "P(claim)", "Transcription"};
    const size_t shown = n < c->opt.max_rows ? n : c->opt.max_rows;
    /* The transcription may break anywhere: a long word wraps (no
     * horizontal scrollbar on a phone, nothing cut in print). An id breaks
     * only when it is longer than an id column can hold (REP_ID_WHOLE
     * columns): before 2026-12-02 it broke anywhere too, and the browser
     * gave the column less than a 10-digit id, split over two lines
     * ("108422349" / "7": tests/cli/report_ids_kept_whole). A string id is
     * shown whole, not cut at 63 bytes. */
    enum { REP_ID_WHOLE = 24 };
    size_t id_cols = 0;
    for (size_t i = 0; i < shown; i++) {
        const ct_json_value *idv = ct_json_get(ct_json_at(m, i), "id");
        if (ct_json_type_of(idv) == CT_JSON_STRING) {
            size_t len = 0;
            const char *s = ct_json_string(idv, &len);
            const size_t w = ct_textwidth(s, len);
            id_cols = w > id_cols ? w : id_cols;
        }
    }
    ct_html_table_begin(c->h, NULL, 5, head, id_cols > REP_ID_WHOLE ? "rwlrw" : "rrlrw");
    size_t no_text = 0;
    for (size_t i = 0; i < shown; i++) {
        const ct_json_value *r = ct_json_at(m, i);
        char line[32], num[64], p[32];
        rep_count(line, sizeof line, rep_num(r, "line"));
        const ct_json_value *idv = ct_json_get(r, "id");
        const char *id = num;
        if (ct_json_type_of(idv) == CT_JSON_STRING)
            id = ct_json_string(idv, NULL);
        else if (ct_json_type_of(idv) == CT_JSON_NUMBER)
            snprintf(num, sizeof num, "%.17g", ct_json_number(idv));
        else /* the row has no id */
            snprintf(num, sizeof num, "(none)");
        ct_numfmt_fixed(p, sizeof p, rep_num(r, "probability"), 3);
        /* a report without a transcription is "—" with the note, as every
         * absent value (before 2026-12-02 an empty cell, unexplained:
         * tests/cli/report_monitor_without_text) */
        const char *text = rep_str(r, "text");
        no_text += !text;
        const char *cells[5] = {line, id, rep_num(r, "label") == 1 ? "claim" : "opinion", p,
                                text ? text : REP_NONE};
        ct_html_table_row(c->h, cells);
    }
    char note[320], sb[32], mb[32];
    rep_count(sb, sizeof sb, (double)shown);
    rep_count(mb, sizeof mb, (double)c->opt.max_rows);
    snprintf(note, sizeof note, "%s of %s misclassified report%s shown (at most %s).%s", sb, t,
             rep_s(total), mb,
             no_text ? " " REP_NONE " marks a report without a transcription (missing in the "
                       "file, or the file has no transcription column)."
                     : "");
    ct_html_table_end(c->h, note);
}

void rep_write_model(rep_ctx *c)
{
    rep_section(c, "model", "The claim model");
    const ct_json_value *tr = rep_root(c, REP_TRAIN), *ev = rep_root(c, REP_EVALUATE);
    if (!rep_missing(c, REP_TRAIN, "the model's training record (train.json)"))
        model_comparison(c, tr);
    if (!rep_missing(c, REP_EVALUATE, "the held-out evaluation (evaluate.json)")) {
        confusion(c, ev);
        errors_by_group(c, ev);
        calibration(c, ev);
        importance(c, ev, tr != NULL);
    }
    if (tr)
        audit(c, tr);
    if (ev)
        misclassified(c, ev);
    ct_html_section_end(c->h);
}

/* ------------------------------------------------------------ triage */

/* The rows scored with a data flag, each kind with its own count and words
 * (a "data warning" on the page: "flagged" is the model's mark of a likely
 * claim, queue.csv's predicted column; before 2026-12-06 "5 are flagged in
 * the queue: 5 had a number ..." beside it: tests/cli/report_data_warning_words)
 * (score.json's rows.flag_rows, docs/formats.md). Before 2026-12-05 every
 * flagged row was "scored from incomplete data (a missing transcript or
 * count, or a category the model never saw)", also the reports file's 4
 * rows flagged out_of_range alone (tests/cli/report_flag_kinds). A
 * score.json without the counts (written before) names no kind. */
static void flag_kinds(const rep_ctx *c, char *buf, size_t n, const ct_json_value *sc, double nf,
                       const char *fl)
{
    static const struct {
        const char *key, *words;
    } kinds[] = {
        {"missing_text", "had no transcript"},
        {"missing_counts", "had a view or share count missing"},
        {"missing_values", "had another value the model reads missing (filled in)"},
        {"unseen_category", "held a category the model never saw"},
        {"negative_counts", "had a count below 0"},
        {"out_of_range", "had a number or transcript length beyond anything in training"},
        {"no_known_words", "had a transcript holding no word the model knows (read as an empty "
                           "one)"},
        {"invalid_utf8", "held bytes that are not UTF-8 (another encoding), read as missing"},
        {"no_evidence", "had neither a transcript nor most of the numbers the model reads, so "
                        "their scores come from training averages and are not to be trusted"},
    };
    /* a tree model fills nothing in: a missing value follows each tree's
     * learned path, as score.json's no_evidence_note says (before
     * 2026-12-05 "training averages" and "filled in" of a forest: tester
     * AO F8, tests/cli/report_no_evidence_trees_words) */
    const int trees = rep_model_trees(c);
    if (!(nf > 0)) {
        snprintf(buf, n,
                 "No report carries a data warning (a missing transcript or count, a category "
                 "the model never saw, a number beyond anything in training).");
        return;
    }
    const ct_json_value *fr = rep_get(sc, "rows.flag_rows");
    if (ct_json_type_of(fr) != CT_JSON_OBJECT) {
        snprintf(buf, n, "%s carr%s a data warning (the queue's flags column says why).", fl,
                 nf == 1 ? "ies" : "y");
        return;
    }
    size_t used = (size_t)snprintf(
        buf, n, "%s carr%s a data warning (the queue's flags column):", fl, nf == 1 ? "ies" : "y");
    double sum = 0;
    int said = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0] && used < n; k++) {
        const double v = rep_num(fr, kinds[k].key);
        if (!(v > 0))
            continue;
        char cnt[32];
        rep_count(cnt, sizeof cnt, v);
        const char *words = kinds[k].words;
        if (trees && strcmp(kinds[k].key, "missing_values") == 0)
            words = "had another value the model reads missing (routed down each tree's learned "
                    "path for a missing value)";
        else if (trees && strcmp(kinds[k].key, "no_evidence") == 0)
            words = "had neither a transcript nor most of the numbers the model reads, so their "
                    "scores come from each tree's learned path for a missing value and are not to "
                    "be trusted";
        used += (size_t)snprintf(buf + used, n - used, "%s %s %s", said ? ";" : "", cnt, words);
        sum += v;
        said++;
    }
    if (used < n)
        snprintf(buf + used, n - used, "%s.",
                 sum > nf ? " (a report may carry more than one warning)" : "");
}

void rep_write_triage(rep_ctx *c)
{
    rep_section(c, "triage", "The review queue");
    const ct_json_value *qe = rep_root(c, REP_QUEUE), *sc = rep_root(c, REP_SCORE);
    if (sc) {
        char rd[32], fl[32];
        const double nw = rep_num(sc, "rows.written"), nf = rep_num(sc, "rows.flagged");
        rep_count(rd, sizeof rd, nw);
        rep_count(fl, sizeof fl, rep_num(sc, "rows.flagged"));
        /* the priority in words (docs/score.md), not its option value
         * alone: "by priority (reach)" said nothing to the Operations Lead */
        const char *pri = rep_str(sc, "priority") ? rep_str(sc, "priority") : "?";
        char pw[256];
        if (strcmp(pri, "reach") == 0)
            snprintf(pw, sizeof pw,
                     "reach: the chance a report is a claim times ln(1 + views + shares), so "
                     "likely claims that many people see come first");
        else if (strcmp(pri, "prob") == 0)
            snprintf(pw, sizeof pw, "prob: the chance a report is a claim, most likely first");
        else
            snprintf(pw, sizeof pw, "%s", pri);
        /* why the queue is not in the order asked (score.json's
         * priority_note: the file has neither count column, so it is ranked
         * by probability), said beside the order (before 2026-12-04 the
         * page said "likely claims that many people see come first" of a
         * queue at reach 0 in tie order: tests/cli/run_reach_without_counts_said) */
        const char *pnote = rep_str(sc, "priority_note");
        char flw[1024];
        flag_kinds(c, flw, sizeof flw, sc, nf, fl);
        /* the drift check counts no value beyond the training range: a
         * large share of such rows (the drift rule's own share) is said
         * beside its verdict, so "no drift" does not read as all is well
         * (before 2026-12-06 "no drift" beside 5 of 12 rows out of range:
         * tests/cli/report_data_warning_words) */
        char oor[512] = "";
        const double noor = rep_num(sc, "rows.out_of_range"), nsc = rep_num(sc, "rows.scored");
        const double share = rep_num(sc, "drift.share_threshold");
        if (noor > 0 && nsc > 0 && isfinite(share) && noor / nsc >= share) {
            char ob[32], sb[32], pb[32], tb[32];
            rep_count(ob, sizeof ob, noor);
            rep_count(sb, sizeof sb, nsc);
            rep_pct_near(pb, sizeof pb, noor / nsc);
            rep_pct_near(tb, sizeof tb, share);
            snprintf(oor, sizeof oor,
                     " The drift check does not count values beyond the training range: %s of "
                     "the %s scored report%s (%s, at least the drift rule's share of %s) hold "
                     "one, so their scores are extrapolated; check %s by hand (the queue's flags "
                     "column marks %s out_of_range).",
                     ob, sb, rep_s(nsc), pb, tb, noor == 1 ? "it" : "them",
                     noor == 1 ? "it" : "them");
        }
        /* a redacted run writes no queue.csv (its ids are the file's) */
        ct_html_paraf(c->h, NULL,
                      "The held-out queue (%s) orders %s report%s by priority (%s). %s Drift "
                      "check: %s.%s",
                      c->opt.redact ? "not written: this copy is redacted" : "queue.csv", rd,
                      rep_s(nw), pw, flw,
                      rep_str(sc, "drift.verdict") ? rep_str(sc, "drift.verdict")
                                                   : "score.json records none",
                      oor);
        if (pnote)
            ct_html_paraf(c->h, "note", "Why by probability: %s.", pnote);
        /* rows without a view count sit lower in a reach queue (the count
         * read as 0), said with where and how many claims, from
         * queue_eval.json (before 2026-12-06 never said:
         * tests/cli/report_views_missing_lower) */
        const double nwv = qe ? rep_num(qe, "rows.labelled_without_views") : NAN;
        const double wvc = qe ? rep_num(qe, "rows.labelled_without_views_claims") : NAN;
        const double wvf = qe ? rep_num(qe, "rows.labelled_without_views_first_place") : NAN;
        if (!pnote && strcmp(pri, "reach") == 0 && nwv > 0 && isfinite(wvc) && isfinite(wvf)) {
            char nb[32], cb[32], fb[32];
            rep_count(nb, sizeof nb, nwv);
            rep_count(cb, sizeof cb, wvc);
            rep_count(fb, sizeof fb, wvf);
            ct_html_paraf(c->h, "note",
                          "%s report%s of this queue %s no view count: the priority counts a "
                          "missing count as 0, so %s lower in the queue than %s chance of being "
                          "a claim alone would put %s (the first at place %s; %s of %s %s "
                          "claim%s). Check reports without a view count separately, not in the "
                          "queue's order (the queue's flags column marks %s missing_counts).",
                          nb, rep_s(nwv), nwv == 1 ? "has" : "have",
                          nwv == 1 ? "it sits" : "they sit", nwv == 1 ? "its" : "their",
                          nwv == 1 ? "it" : "them", fb, cb, nwv == 1 ? "it" : "them",
                          wvc == 1 ? "is" : "are", rep_s(wvc), nwv == 1 ? "it" : "them");
        }
        /* run scores the held-out rows so their labels can measure the
         * queue; the backlog proper (the rows without a label) is not in
         * it, and the page says so with the command that ranks it */
        const char *split = rep_str(sc, "split");
        const ct_json_value *tr = rep_root(c, REP_TRAIN);
        const double nu = tr ? rep_num(tr, "rows.unlabelled") : NAN;
        if (split && strcmp(split, "test") == 0) {
            char un[32];
            rep_count(un, sizeof un, nu);
            /* the model by the run folder's path and the queue under a name
             * of its own: before 2026-12-05 "-m model.ctm -o queue.csv",
             * which works only from inside DIR, where it overwrote the
             * run's queue.csv and undid milestone 7
             * (tests/cli/report_rank_all_advice) */
            const char *in = rep_str(c->man, "input.file");
            /* a backlog whose rows hold none of the model's evidence (the
             * reports file's 298: no transcript, no count) gets no ranking
             * from score: every row "predicted claim" at priority 0, the
             * queue's bottom (before 2026-12-05 the page gave the command
             * to rank them: tester AO F18, tests/cli/report_backlog_without_evidence) */
            if (nu > 0 && rep_backlog_without_evidence(c)) {
                /* the pattern cited from inspect.json's missing_patterns,
                 * which cover the whole file, with their count: before
                 * 2026-12-06 "(score's no_evidence rows)", from score.json,
                 * which scores the test split only and holds none of these
                 * rows (tests/cli/report_backlog_without_evidence) */
                char all[48];
                if (nu == 1)
                    snprintf(all, sizeof all, "It has");
                else if (nu == 2)
                    snprintf(all, sizeof all, "Both have");
                else
                    snprintf(all, sizeof all, "All %s have", un);
                ct_html_paraf(c->h, "note",
                              "The held-out queue holds the model's held-out test reports only, "
                              "whose labels measure it below. The file's %s report%s without a "
                              "label (the backlog: reports waiting for review) %s not in it, and "
                              "this run does not score %s. %s no transcript and most of the "
                              "numbers the model reads missing (inspect.json's missing-value "
                              "patterns, which cover the whole file), so %s nothing the model "
                              "can judge: a score would come from %s, not from the report, and "
                              "ranking %s would give no order. %s, or a person, first.",
                              un, rep_s(nu), nu == 1 ? "is" : "are", nu == 1 ? "it" : "them", all,
                              nu == 1 ? "it holds" : "they hold", rep_missing_stand_in(c),
                              nu == 1 ? "it" : "them",
                              /* "It needs their data" before 2026-12-05
                               * (tests/cli/report_said_once) */
                              nu == 1 ? "It needs its data" : "They need their data");
            } else
                ct_html_paraf(
                    c->h, "note",
                    "The held-out queue holds the model's held-out test reports only, whose "
                    "labels measure it below%s%s%s. To rank every report of the file: claimtriage "
                    "score FILE -m DIR/model.ctm -o DIR/all_reports_queue.csv, with FILE "
                    "the reports file%s%s%s and DIR this run's folder; the new queue has a "
                    "name of its own, as -o queue.csv would overwrite the run's queue "
                    "measured here (docs/score.md).",
                    nu > 0 ? "; the file's " : "", nu > 0 ? un : "",
                    nu > 0 ? (nu == 1 ? " report without a label (the backlog: reports "
                                        "waiting for review) is not in it, and this run does "
                                        "not score it"
                                      : " reports without a label (the backlog: reports "
                                        "waiting for review) are not in it, and this run does "
                                        "not score them")
                           : "",
                    in ? " (" : "", in ? in : "", in ? ", as the run was given it)" : "");
        }
    } else {
        rep_missing(c, REP_SCORE, "the scoring record (score.json)");
    }
    if (rep_missing(c, REP_QUEUE, "the queue's evaluation (queue_eval.json)")) {
        ct_html_section_end(c->h);
        return;
    }
    /* random order is the expected value, not the file's arrival order (as
     * the summary says), the chart draws views alone only when the labels
     * give views, and two lines are dashed: before 2026-12-02 the caption
     * said "arrival (random) order" and "the dashed line is the capacity"
     * (tests/cli/report_queue_chart_caption) */
    const int views_drawn =
        ct_json_type_of(rep_get(qe, "at_capacity.views.recall")) == CT_JSON_NUMBER;
    /* a capacity that holds the whole queue (queue-eval caps it at the
     * queue's rows) is said so, with the day the run was given: before
     * 2026-12-05 the line at the queue's 40 reviews was "the capacity" and
     * the table "the first 40 reviews", a page after "a review day of 480
     * reviews" (tests/cli/queue_eval_chart_whole_queue) */
    const double qcapacity = rep_num(qe, "capacity"), qrows = rep_num(qe, "rows.queue");
    const int whole = qcapacity >= qrows;
    char asked[128] = "";
    const double mcap = rep_num(c->man, "options.capacity");
    if (whole && isfinite(mcap) && mcap > qrows) {
        char mb[32];
        rep_count(mb, sizeof mb, mcap);
        snprintf(asked, sizeof asked, ", the run's capacity of %s review%s holding all of it", mb,
                 rep_s(mcap));
    }
    char qcap[896], qb[32], where[256] = "";
    rep_count(qb, sizeof qb, qrows);
    if (whole)
        snprintf(where, sizeof where, ", here the end of the queue (%s review%s%s)", qb,
                 rep_s(qrows), asked);
    /* the report's review day when it is not the capacity queue-eval
     * measured (a report given another --hours-per-day or rate): the chart
     * and the table stay queue-eval's, and say so, with the day's own
     * figures the summary and the finance section use; before 2026-12-05
     * "At capacity: the first 480 reviews" stood beside a summary of a
     * 240-review day (tests/cli/report_queue_day_differs) */
    const rep_finance *f = &c->fin;
    const int day_differs = f->ok && f->day_reviews >= 1 && fmin(f->day_reviews, f->n) != qcapacity;
    char dayb[32], qcb[32];
    rep_count(dayb, sizeof dayb, fmin(f->day_reviews, f->n));
    rep_count(qcb, sizeof qcb, qcapacity);
    char other[192] = "";
    if (day_differs)
        snprintf(other, sizeof other,
                 " of the run, %s review%s, as queue-eval measured it (this report's review day "
                 "is %s review%s)",
                 qcb, rep_s(qcapacity), dayb, strcmp(dayb, "1") == 0 ? "" : "s");
    snprintf(qcap, sizeof qcap,
             "Share of claims reviewed against reviews done: the queue's order, random order "
             "(the expected value, dashed; the file's own arrival order may differ)%s; the "
             "vertical dashed line marks the capacity%s%s.",
             views_drawn ? " and views alone" : "", other, where);
    rep_chart(c, "queue_recall.svg", qcap);
    /* the claims found are the first `capacity` reviews'; the mean wait is
     * queue-eval's over the whole queue (every claim's position / R) */
    static const char *const head[] = {"Order", "Claims found in these reviews",
                                       "Claims' views found in these reviews",
                                       "Mean wait of a claim over the whole queue (hours of "
                                       "review)"};
    char cap[32], cap_caption[256];
    rep_count(cap, sizeof cap, qcapacity);
    if (whole)
        snprintf(cap_caption, sizeof cap_caption, "At capacity: all %s review%s of the queue%s",
                 cap, rep_s(qcapacity), asked);
    else
        snprintf(cap_caption, sizeof cap_caption, "At %scapacity: the first %s review%s",
                 day_differs ? "the run's " : "", cap, rep_s(qcapacity));
    /* the waits at this report's rate, as the summary states them (a
     * report rebuilt with another --reviews-per-hour restated the summary's
     * wait but kept queue-eval's here): exact, waits scale as 1 / R */
    const double r_qe = rep_num(qe, "reviews_per_hour"), r_rep = c->opt.reviews_per_hour;
    const double wait_scale = r_qe > 0 ? r_qe / r_rep : 1;
    ct_html_table_begin(c->h, cap_caption, 4, head, "lrrr");
    static const struct {
        const char *key, *name;
    } orders[] = {
        {"queue", "queue"}, {"random", "random order (expected)"}, {"views", "views alone"}};
    int absent = 0;
    for (size_t i = 0; i < 3; i++) {
        char p1[64], p2[64], p3[64];
        char path[96];
        snprintf(path, sizeof path, "at_capacity.%s.recall", orders[i].key);
        rep_cell_or_none(p1, sizeof p1, rep_num(qe, path), rep_cell_pct2, &absent);
        snprintf(path, sizeof path, "at_capacity.%s.weighted_recall", orders[i].key);
        rep_cell_or_none(p2, sizeof p2, rep_num(qe, path), rep_cell_pct2, &absent);
        snprintf(path, sizeof path, "at_capacity.%s.mean_hours_to_review", orders[i].key);
        rep_cell_or_none(p3, sizeof p3, rep_num(qe, path) * wait_scale, rep_hours2_cell, &absent);
        const char *cells[4] = {orders[i].name, p1, p2, p3};
        ct_html_table_row(c->h, cells);
    }
    char R[32], Rq[32], note[2048], by[128] = "queue-eval --reviews-per-hour";
    ct_numfmt_auto(R, sizeof R, wait_scale != 1 ? r_rep : r_qe); /* a rate: 0.001 stays 0.001 */
    if (wait_scale != 1) {
        ct_numfmt_auto(Rq, sizeof Rq, r_qe);
        snprintf(by, sizeof by, "this report's rate; queue-eval measured at %s an hour", Rq);
    }
    int n = snprintf(note, sizeof note,
                     "The claims found count the first reviews only; the mean wait counts every "
                     "claim of the whole queue, not only those of the first reviews. At %s "
                     "review%s an hour (%s), a claim at position k waits k / R hours of review "
                     "(review time, not hours on the clock).",
                     R, rep_s_shown(R), by);
    if (absent && n > 0 && (size_t)n < sizeof note) {
        /* queue-eval writes null where a figure does not exist (docs/formats.md) */
        const int no_views = ct_json_type_of(ct_json_get(qe, "claims_views")) == CT_JSON_NULL;
        /* claims whose views sum to 0 (a views column empty in every row:
         * score counts a missing count 0) give no share of the claims'
         * views; before 2026-12-05 the note read "the figure does not exist
         * for this queue", no reason (tester AO F16:
         * tests/cli/report_views_all_missing) */
        const int zero_views = !no_views && rep_num(qe, "claims_views") == 0;
        const double claims = rep_num(qe, "claims");
        char vw[160];
        snprintf(vw, sizeof vw,
                 "the labels file has no %s column, so the claims' views and the views-alone "
                 "order cannot be counted",
                 rep_column(c, "views"));
        const char *why_views =
            no_views     ? vw
            : zero_views ? "the claims' view counts add up to 0 (missing counts count 0), so no "
                           "share of the claims' views exists"
                         : "";
        if (why_views[0] || !(claims > 0)) {
            snprintf(note + n, sizeof note - (size_t)n,
                     " " REP_NONE " marks a figure that does not exist: %s%s%s.", why_views,
                     why_views[0] && !(claims > 0) ? "; " : "",
                     !(claims > 0) ? "the queue holds no labelled claim, so no share of claims "
                                     "exists"
                                   : "");
        }
    }
    if (day_differs) {
        const size_t at = strlen(note);
        char rq[32], ra[32], rv[64] = "";
        rep_pct_near_from(rq, sizeof rq, f->recall_queue, 2);
        rep_pct_near_from(ra, sizeof ra, f->recall_random, 2);
        if (isfinite(f->recall_views)) {
            char v[32];
            rep_pct_near_from(v, sizeof v, f->recall_views, 2);
            snprintf(rv, sizeof rv, ", views alone %s", v);
        }
        snprintf(note + at, sizeof note - at,
                 " This report's review day is %s review%s (%s), not the %s of this table: in "
                 "its first %s review%s the queue finds %s of the claims, random order %s%s; "
                 "the summary, the talking points and the finance section use that day.",
                 dayb, strcmp(dayb, "1") == 0 ? "" : "s", f->day_how, qcb, dayb,
                 strcmp(dayb, "1") == 0 ? "" : "s", rq, ra, rv);
    }
    ct_html_table_end(c->h, note);
    ct_html_section_end(c->h);
}
