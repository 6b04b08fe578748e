/* report_analysis.c — the report's analysis sections: data quality
 * (inspect.json), the key EDA charts (eda.json, the SVG files in charts/), the
 * hypothesis tests (test.json) and the regression table with its
 * assumption verdicts (regress.json). */
#include "app/report_internal.h"
#include "claimtriage/numfmt.h"

#include <math.h>
#include <string.h>

/* --------------------------------------------------------- data quality */

/* regress.json: col is a term of the fitted model (coefficients[].name);
 * true when the file lists no coefficients (nothing tells otherwise). */
static int regress_uses(const ct_json_value *reg, const char *col)
{
    const ct_json_value *co = rep_get(reg, "coefficients");
    if (!col || ct_json_size(co) == 0)
        return 1;
    for (size_t i = 0; i < ct_json_size(co); i++) {
        const char *nm = rep_str(ct_json_at(co, i), "name");
        if (nm && strcmp(nm, col) == 0)
            return 1;
    }
    return 0;
}

/* regress.json: col is one the engagement screen left out
 * (engagement_screen.leave_out[].column). */
static int regress_screened(const ct_json_value *reg, const char *col)
{
    const ct_json_value *lo = rep_get(reg, "engagement_screen.leave_out");
    for (size_t i = 0; col && i < ct_json_size(lo); i++) {
        const char *nm = rep_str(ct_json_at(lo, i), "column");
        if (nm && strcmp(nm, col) == 0)
            return 1;
    }
    return 0;
}

void rep_write_data(rep_ctx *c)
{
    rep_section(c, "data", "Data quality: missing values and what was done");
    const ct_json_value *ins = rep_root(c, REP_INSPECT);
    if (rep_missing(c, REP_INSPECT, "the inspection of the reports file (inspect.json)")) {
        ct_html_section_end(c->h);
        return;
    }
    char rr[32], ru[32], rs[32], rm[32], dup[32];
    rep_count(rr, sizeof rr, rep_num(ins, "rows_read"));
    rep_count(ru, sizeof ru, rep_num(ins, "rows_used"));
    rep_count(rs, sizeof rs, rep_num(ins, "rows_skipped"));
    rep_count(rm, sizeof rm, rep_num(ins, "rows_with_missing"));
    rep_count(dup, sizeof dup, rep_num(ins, "duplicate_rows"));
    const double nrr = rep_num(ins, "rows_read"), nrm = rep_num(ins, "rows_with_missing"),
                 nd = rep_num(ins, "duplicate_rows");
    ct_html_paraf(c->h, NULL,
                  "%s row%s read, %s used, %s skipped as malformed; %s row%s %s at least one "
                  "missing value; %s row%s %s exact duplicate%s.",
                  rr, nrr == 1 ? "" : "s", ru, rs, rm, nrm == 1 ? "" : "s",
                  nrm == 1 ? "has" : "have", dup, nd == 1 ? "" : "s", nd == 1 ? "is an" : "are",
                  nd == 1 ? "" : "s");
    char skipped[REP_TEXT_MAX];
    if (rep_skipped_said(ins, skipped, sizeof skipped))
        ct_html_paraf(c->h, NULL, "%s.", skipped);
    /* the class balance: inspect.json target.classes [{value, count, pct}];
     * the claims are the model's positive value, the other value the
     * opinions (an export may spell them yes / no: rep_label) */
    const ct_json_value *cls = rep_get(ins, "target.classes");
    const char *lab_col, *lab_pos;
    rep_label(c, &lab_col, &lab_pos);
    const int own = strcmp(lab_pos, "claim") != 0;
    double nc = 0, no = 0, nu = 0;
    for (size_t i = 0; i < ct_json_size(cls); i++) {
        const ct_json_value *k = ct_json_at(cls, i);
        const char *v = rep_str(k, "value");
        const double n = rep_num(k, "count");
        if (!isfinite(n))
            continue;
        if (v && strcmp(v, lab_pos) == 0)
            nc += n;
        else if (v && (own || strcmp(v, "opinion") == 0))
            no += n;
        else
            nu += n;
    }
    if (nc + no > 0) {
        char pc[32], cb[32], ob[32], lb[32], ub[32];
        rep_pct(pc, sizeof pc, nc / (nc + no), 1);
        rep_count(cb, sizeof cb, nc);
        rep_count(ob, sizeof ob, no);
        rep_count(lb, sizeof lb, nc + no);
        rep_count(ub, sizeof ub, nu);
        ct_html_paraf(c->h, NULL,
                      "Balance: %s of labelled reports are claims (%s claim%s, %s opinion%s, %s "
                      "labelled); %s report%s %s no claim status.",
                      pc, cb, nc == 1 ? "" : "s", ob, no == 1 ? "" : "s", lb, ub,
                      nu == 1 ? "" : "s", nu == 1 ? "has" : "have");
    }
    static const char *const head[] = {"Column", "Type", "Missing", "Missing %", "Distinct"};
    ct_html_table_begin(c->h, "Missing values by column", 5, head, "llrrr");
    const ct_json_value *cols = ct_json_get(ins, "column_profiles");
    for (size_t i = 0; i < ct_json_size(cols); i++) {
        const ct_json_value *col = ct_json_at(cols, i);
        char m[32], p[32], d[32];
        rep_count(m, sizeof m, rep_num(col, "missing"));
        ct_numfmt_pct_within(p, sizeof p, rep_num(col, "missing_pct"), 2);
        rep_count(d, sizeof d, rep_num(col, "distinct"));
        const char *cells[5] = {rep_str(col, "name"), rep_str(col, "type"), m, p, d};
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h, NULL);
    /* what was done: each stage's own count of rows left out */
    ct_html_heading(c->h, 3, "What was done about it");
    ct_html_list_begin(c->h, NULL);
    const ct_json_value *pats = ct_json_get(ins, "missing_patterns");
    if (ct_json_size(pats) == 1) {
        char n[32];
        const double np = rep_num(ct_json_at(pats, 0), "count");
        rep_count(n, sizeof n, np);
        ct_html_raw(c->h, "<li>");
        ct_html_textf(c->h, "The missing values come in one pattern: the same %s row%s lack%s ", n,
                      rep_s(np), np == 1 ? "s" : "");
        const ct_json_value *pc = rep_get(ct_json_at(pats, 0), "columns");
        for (size_t k = 0; k < ct_json_size(pc); k++) {
            ct_html_text(c->h, k ? ", " : "");
            ct_html_text(c->h, ct_json_string(ct_json_at(pc, k), NULL));
        }
        ct_html_raw(c->h, ".</li>\n");
    }
    const ct_json_value *reg = rep_root(c, REP_REGRESS), *te = rep_root(c, REP_TEST),
                        *tr = rep_root(c, REP_TRAIN);
    char b[32];
    if (reg) {
        rep_count(b, sizeof b, rep_num(reg, "cleaning.dropped_missing"));
        ct_html_raw(c->h, "<li>");
        const double dm = rep_num(reg, "cleaning.dropped_missing");
        ct_html_textf(c->h,
                      "Regression: %s row%s with a missing value dropped (listwise deletion, as "
                      "statsmodels' missing='drop'); ",
                      b, dm == 1 ? "" : "s");
        /* cleaning.caps: [{column, q1, q3, limit, capped}] (regress --json) */
        const ct_json_value *caps = rep_get(reg, "cleaning.caps");
        if (ct_json_size(caps) == 0)
            ct_html_text(c->h, "no outlying engagement count capped");
        /* the columns the fitted model uses first; one capped and then
         * left out of the model (the engagement screen's collinear count)
         * is said so after them: before 2026-12-05 "video_like_count (1,726
         * rows ...)" read as capped in a model without it
         * (tests/cli/report_said_once) */
        size_t said = 0;
        for (int pass = 0; pass < 2; pass++)
            for (size_t k = 0; k < ct_json_size(caps); k++) {
                const char *col = rep_str(ct_json_at(caps, k), "column");
                if (regress_uses(reg, col) != (pass == 0))
                    continue;
                char n[32], lim[32];
                const double ncap = rep_num(ct_json_at(caps, k), "capped");
                rep_count(n, sizeof n, ncap);
                ct_numfmt_auto(lim, sizeof lim, rep_shown(rep_num(ct_json_at(caps, k), "limit")));
                if (pass == 0)
                    ct_html_textf(c->h, "%s %s (%s row%s, above %s)",
                                  said ? ";" : "outlying engagement counts capped at Q3 + 1.5 IQR:",
                                  col ? col : "?", n, ncap == 1 ? "" : "s", lim);
                else
                    ct_html_textf(c->h,
                                  "%s %s was capped%s (%s row%s, above %s), then left out of "
                                  "the model%s",
                                  said ? ";" : "outlying engagement counts capped at Q3 + 1.5 IQR:",
                                  col ? col : "?", said ? " too" : "", n, ncap == 1 ? "" : "s", lim,
                                  regress_screened(reg, col) ? " by the engagement screen" : "");
                said++;
            }
        ct_html_raw(c->h, ".</li>\n");
    }
    if (te) {
        /* rows_dropped_missing exists only where a comparison ran */
        const double ntd = rep_num(te, "comparisons.0.rows_dropped_missing");
        ct_html_raw(c->h, "<li>");
        if (isfinite(ntd)) {
            rep_count(b, sizeof b, ntd);
            ct_html_textf(c->h,
                          "Hypothesis tests: %s row%s with a missing value left out of each "
                          "test.",
                          b, rep_s(ntd));
        } else {
            /* test.json's skipped: [{test, columns, reason}] */
            const char *why = NULL;
            const ct_json_value *sk = ct_json_get(te, "skipped");
            for (size_t k = 0; k < ct_json_size(sk) && !why; k++) {
                const char *kind = rep_str(ct_json_at(sk, k), "test");
                if (kind && strcmp(kind, "comparison") == 0)
                    why = rep_str(ct_json_at(sk, k), "reason");
            }
            ct_html_textf(c->h,
                          "Hypothesis tests: no comparison of groups ran, so no count of rows "
                          "left out for missing values exists%s%s.",
                          why ? ": " : " (test.json lists none)", why ? why : "");
        }
        ct_html_raw(c->h, "</li>\n");
    }
    if (tr) {
        const double nun = rep_num(tr, "rows.unlabelled");
        rep_count(b, sizeof b, nun);
        ct_html_raw(c->h, "<li>");
        ct_html_textf(c->h,
                      "Claim model: %s row%s without a claim status cannot be learned from or "
                      "checked, and %s left out of training and evaluation.",
                      b, rep_s(nun), nun == 1 ? "was" : "were");
        /* the model's own handling of a missing number (docs/train.md):
         * before 2026-12-06 not in this list (tests/cli/report_views_missing_lower) */
        const double nmn = rep_num(tr, "rows.missing_numeric");
        if (nmn > 0) {
            rep_count(b, sizeof b, nmn);
            const ct_json_value *qe = rep_root(c, REP_QUEUE);
            const int views = qe && rep_num(qe, "rows.labelled_without_views") > 0;
            if (rep_model_trees(c))
                ct_html_textf(c->h,
                              " It keeps the %s missing number%s of the labelled rows%s missing: "
                              "each tree sends a missing value down the side it learned for it "
                              "(docs/train.md).",
                              b, rep_s(nmn), views ? " (view counts among them)" : "");
            else
                ct_html_textf(c->h,
                              " It fills in the %s missing number%s of the labelled rows%s with "
                              "the column's training mean (imputation: docs/train.md).",
                              b, rep_s(nmn), views ? " (view counts among them)" : "");
        }
        ct_html_raw(c->h, "</li>\n");
    }
    ct_html_list_end(c->h);
    ct_html_section_end(c->h);
}

/* ------------------------------------------------------------------ EDA */

/* The charts the page shows, in order, each with a one-sentence caption on
 * how to read it (the chart's own title states the finding, from eda.json).
 * A chart is found by its file name, or, where eda names it after the
 * file's columns, by its kind: the views' box plot under the views column
 * run was given (rep_column), the stacked bars and the scatter whatever
 * columns they name (before 2026-12-05 a run with renamed columns showed 2
 * of its 17 charts: tester AO F11, tests/cli/report_columns_renamed). */
enum { EDA_FILE, EDA_VIEWS_BOX, EDA_KIND };
static const struct {
    int match; /* EDA_FILE: file; EDA_VIEWS_BOX; EDA_KIND: every chart of kind `file`
                          whose name ends in `suffix` ("" any) not shown yet */
    const char *file, *suffix, *caption;
    /* the caption when eda found one class of the label only (a file of
     * claims alone): NULL when the caption holds for one class too */
    const char *one_class;
} eda_key_charts[] = {
    {EDA_VIEWS_BOX, NULL, NULL,
     "Each box holds the middle half of one class's videos and its line is the median, so the "
     "gap between the boxes is the typical difference in views between claims and opinions.",
     "The box holds the middle half of the videos and its line is the median. There is one "
     "class only, so no gap between claims and opinions to read."},
    {EDA_KIND, "stacked", "_by_verified.svg",
     "Each bar splits the videos of verified and of unverified authors into claims and "
     "opinions.",
     "Each bar shows the videos of verified or of unverified authors. All are of one class, so "
     "no bar is split into claims and opinions."},
    {EDA_KIND, "stacked", "",
     "Each bar splits the videos of active, under-review and banned authors into claims and "
     "opinions.",
     "Each bar shows the videos of active, under-review or banned authors. All are of one "
     "class, so no bar is split into claims and opinions."},
    {EDA_FILE, "scatter_views_likes.svg", NULL,
     "Each dot is a video coloured by its class, on logarithmic axes; where the colours "
     "separate, engagement alone tells claims from opinions.",
     "Each dot is a video, on logarithmic axes. All are of one class, one colour, so the chart "
     "cannot show whether engagement tells claims from opinions."},
    {EDA_KIND, "scatter", "",
     "Each dot is a video coloured by its class; where the colours separate, the two columns "
     "alone tell claims from opinions.",
     "Each dot is a video. All are of one class, one colour, so the chart cannot show whether "
     "the two columns tell claims from opinions."},
    {EDA_FILE, "corr_spearman.svg", NULL,
     "The darker a cell, the more two counts rise and fall together (Spearman's rank "
     "correlation).",
     NULL},
    {EDA_FILE, "hist_video_duration_sec.svg", NULL,
     "Bar heights count videos by duration, split by class: an even split means duration says "
     "little about claims.",
     "Bar heights count videos by duration. All are of one class, so the chart cannot show "
     "whether duration says anything about claims."},
};

/* The groups eda.json counts for the label column (its grouping by the run's
 * target alone), or 0 when it has no such grouping. */
static size_t eda_label_groups(const rep_ctx *c, const ct_json_value *eda)
{
    const char *target = rep_column(c, "target");
    const ct_json_value *gs = ct_json_get(eda, "groupings");
    for (size_t i = 0; i < ct_json_size(gs); i++) {
        const ct_json_value *g = ct_json_at(gs, i), *by = ct_json_get(g, "by");
        const char *col = ct_json_string(ct_json_at(by, 0), NULL);
        if (ct_json_size(by) == 1 && col && strcmp(col, target) == 0)
            return ct_json_size(ct_json_get(g, "groups"));
    }
    return 0;
}

/* Whether chart ch is the key chart k (views: the views column's box). */
static int eda_chart_is(const ct_json_value *ch, size_t k, const char *views)
{
    const char *f = rep_str(ch, "file"), *kind = rep_str(ch, "kind");
    if (!f)
        return 0;
    switch (eda_key_charts[k].match) {
    case EDA_VIEWS_BOX: {
        char box[320];
        snprintf(box, sizeof box, "box_%s.svg", views);
        return strcmp(f, box) == 0;
    }
    case EDA_KIND: {
        const size_t fl = strlen(f), sl = strlen(eda_key_charts[k].suffix);
        return kind && strcmp(kind, eda_key_charts[k].file) == 0 && fl >= sl &&
               strcmp(f + fl - sl, eda_key_charts[k].suffix) == 0;
    }
    default: return strcmp(f, eda_key_charts[k].file) == 0;
    }
}

void rep_write_eda(rep_ctx *c)
{
    rep_section(c, "eda", "What the data shows");
    const ct_json_value *eda = rep_root(c, REP_EDA);
    if (rep_missing(c, REP_EDA, "the exploratory analysis (eda.json and its charts)")) {
        ct_html_section_end(c->h);
        return;
    }
    const ct_json_value *charts = ct_json_get(eda, "charts");
    const char *views = rep_column(c, "views");
    size_t shown = 0;
    const size_t nch = ct_json_size(charts);
    /* a file of one class (the first rows of a file sorted by class): the
     * captions on claims against opinions would describe charts that are
     * not there (before 2026-12-06 "the gap between the boxes" under one
     * box: tests/cli/report_eda_one_class_captions) */
    const int one = eda_label_groups(c, eda) == 1;
    if (one) {
        const ct_json_value *g0 = NULL; /* the one group's name and rows, for the note */
        const ct_json_value *gs = ct_json_get(eda, "groupings");
        const char *target = rep_column(c, "target");
        for (size_t i = 0; i < ct_json_size(gs) && !g0; i++) {
            const ct_json_value *by = ct_json_get(ct_json_at(gs, i), "by");
            const char *col = ct_json_string(ct_json_at(by, 0), NULL);
            if (ct_json_size(by) == 1 && col && strcmp(col, target) == 0)
                g0 = ct_json_at(ct_json_get(ct_json_at(gs, i), "groups"), 0);
        }
        const char *lv = ct_json_string(ct_json_at(ct_json_get(g0, "key"), 0), NULL);
        char nb[32], col[256];
        rep_count(nb, sizeof nb, rep_num(g0, "rows"));
        snprintf(col, sizeof col, "%s", target); /* "claim status", as the PMO's words */
        for (char *u = col; *u; u++)
            if (*u == '_')
                *u = ' ';
        ct_html_paraf(c->h, "missing",
                      "All %s videos of these charts have the %s '%s': there is no other "
                      "class, so the charts cannot show what tells claims from opinions.",
                      nb, col, lv ? lv : "?");
    }
    for (size_t k = 0; k < sizeof eda_key_charts / sizeof eda_key_charts[0]; k++) {
        for (size_t i = 0; i < nch; i++) {
            const ct_json_value *ch = ct_json_at(charts, i);
            if (!eda_chart_is(ch, k, views))
                continue;
            int earlier = 0; /* each chart once, under the first key it is */
            for (size_t j = 0; j < k && !earlier; j++)
                earlier = eda_chart_is(ch, j, views);
            if (earlier)
                continue;
            if (ct_json_bool_value(ct_json_get(ch, "written")))
                shown +=
                    rep_chart(c, rep_str(ch, "file"),
                              one && eda_key_charts[k].one_class ? eda_key_charts[k].one_class
                                                                 : eda_key_charts[k].caption) == 0;
            if (eda_key_charts[k].match != EDA_KIND || eda_key_charts[k].suffix[0])
                break;
        }
    }
    if (shown == 0)
        ct_html_para(c->h, "missing",
                     "eda.json lists no chart written to charts/ (eda was run without -o DIR), "
                     "so no chart is shown.");
    size_t written = 0, scatter = 0;
    char maxp[32], sc[128] = "";
    rep_count(maxp, sizeof maxp, CT_SVG_SCATTER_MAX_POINTS);
    for (size_t i = 0; i < ct_json_size(charts); i++) {
        const ct_json_value *ch = ct_json_at(charts, i);
        const int w = ct_json_bool_value(rep_get(ch, "written"));
        const char *kind = rep_str(ch, "kind");
        written += w;
        scatter += w && kind && strcmp(kind, "scatter") == 0;
    }
    /* eda of one numeric column draws no scatter (before 2026-12-05 the
     * note spoke of one regardless: tests/cli/eda_one_column) */
    if (scatter)
        snprintf(sc, sizeof sc,
                 "; the scatter plot draws at most %s points, an even sample of "
                 "the rows",
                 maxp);
    ct_html_paraf(c->h, "note",
                  "%zu of the %zu chart%s eda wrote %s shown; all are in the folder's charts/. "
                  "Charts are aggregated (histograms, box plots, shares)%s.",
                  shown, written, rep_s((double)written), shown == 1 ? "is" : "are", sc);
    ct_html_section_end(c->h);
}

/* ----------------------------------------------------------------- tests */

static void test_comparison(rep_ctx *c, const ct_json_value *cmp)
{
    ct_html_raw(c->h, "<h3>");
    ct_html_textf(c->h, "%s by %s", rep_str(cmp, "measure") ? rep_str(cmp, "measure") : "?",
                  rep_str(cmp, "by") ? rep_str(cmp, "by") : "?");
    ct_html_raw(c->h, "</h3>\n");
    ct_html_para(c->h, NULL, rep_str(cmp, "decision"));
    static const char *const head[] = {"Group", "n", "Mean", "Median", "Std"};
    ct_html_table_begin(c->h, NULL, 5, head, "lrrrr");
    const ct_json_value *gs = ct_json_get(cmp, "groups");
    int absent = 0;
    for (size_t i = 0; i < ct_json_size(gs); i++) {
        const ct_json_value *g = ct_json_at(gs, i);
        char n[32], m[32], md[32], sd[32];
        rep_cell_or_none(n, sizeof n, rep_num(g, "n"), rep_count, &absent);
        rep_cell_or_none(m, sizeof m, rep_num(g, "mean"), NULL, &absent);
        rep_cell_or_none(md, sizeof md, rep_num(g, "median"), NULL, &absent);
        rep_cell_or_none(sd, sizeof sd, rep_num(g, "std"), NULL, &absent);
        const char *cells[5] = {rep_str(g, "label"), n, m, md, sd};
        ct_html_table_row(c->h, cells);
    }
    const char *sum = rep_str(cmp, "summary");
    char note[REP_TEXT_MAX];
    snprintf(note, sizeof note, "%s%s%s", sum ? sum : "", sum && absent ? " " : "",
             absent ? REP_NONE " marks a value that does not exist (a group too small, e.g. the "
                               "standard deviation of one value)."
                    : "");
    ct_html_table_end(c->h, note[0] ? note : NULL);
}

static void test_association(rep_ctx *c, const ct_json_value *as)
{
    const ct_json_value *rl = ct_json_get(as, "row_levels"), *cl = ct_json_get(as, "column_levels");
    const size_t nc = ct_json_size(cl);
    ct_html_raw(c->h, "<h3>");
    ct_html_textf(c->h, "%s and %s", rep_str(as, "rows") ? rep_str(as, "rows") : "?",
                  rep_str(as, "columns") ? rep_str(as, "columns") : "?");
    ct_html_raw(c->h, "</h3>\n");
    ct_html_para(c->h, NULL, rep_str(as, "decision"));
    if (nc == 0 || nc > 12)
        return;
    const char *head[13];
    char align[14];
    head[0] = rep_str(as, "rows");
    align[0] = 'l';
    for (size_t j = 0; j < nc; j++) {
        head[j + 1] = ct_json_string(ct_json_at(cl, j), NULL);
        align[j + 1] = 'r';
    }
    align[nc + 1] = '\0';
    ct_html_table_begin(c->h, "Observed counts", nc + 1, head, align);
    for (size_t i = 0; i < ct_json_size(rl) && i < c->opt.max_rows; i++) {
        char buf[12][32];
        const char *cells[13];
        cells[0] = ct_json_string(ct_json_at(rl, i), NULL);
        for (size_t j = 0; j < nc; j++) {
            char path[48];
            snprintf(path, sizeof path, "observed.%zu.%zu", i, j);
            rep_count(buf[j], sizeof buf[j], rep_num(as, path));
            cells[j + 1] = buf[j];
        }
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h, rep_str(as, "summary"));
}

void rep_write_test(rep_ctx *c)
{
    rep_section(c, "test", "Hypothesis tests");
    const ct_json_value *t = rep_root(c, REP_TEST);
    if (rep_missing(c, REP_TEST, "the hypothesis tests (test.json)")) {
        ct_html_section_end(c->h);
        return;
    }
    char a[32];
    ct_numfmt_auto(a, sizeof a, rep_shown(rep_num(t, "alpha")));
    ct_html_paraf(c->h, "note",
                  "Significance level %s. The test is chosen from the data's own checks "
                  "(normality, equal variances), and each result comes with its effect size.",
                  a);
    const ct_json_value *cmps = ct_json_get(t, "comparisons");
    for (size_t i = 0; i < ct_json_size(cmps); i++)
        test_comparison(c, ct_json_at(cmps, i));
    const ct_json_value *ass = ct_json_get(t, "associations");
    for (size_t i = 0; i < ct_json_size(ass); i++)
        test_association(c, ct_json_at(ass, i));
    /* a test that could not run is said, with why (an absent column: the
     * executives' question stays open) */
    const ct_json_value *sk = ct_json_get(t, "skipped");
    for (size_t i = 0; i < ct_json_size(sk); i++) {
        const ct_json_value *e = ct_json_at(sk, i);
        const ct_json_value *cols = ct_json_get(e, "columns");
        const char *kind = rep_str(e, "test"), *why = rep_str(e, "reason");
        const char *x = ct_json_string(ct_json_at(cols, 0), NULL),
                   *y = ct_json_string(ct_json_at(cols, 1), NULL);
        const int cmp = kind && strcmp(kind, "comparison") == 0;
        ct_html_paraf(c->h, "note", "The %s of %s %s %s did not run: %s.",
                      cmp ? "comparison" : "association", x ? x : "a column", cmp ? "by" : "and",
                      y ? y : "another", why ? why : "for a reason test.json does not give");
    }
    ct_html_section_end(c->h);
}

/* An odds ratio for the table: as a cell (rep_cell), but one that differs
 * from 1 by less than the cell's 4 decimals shows as many decimals as it
 * takes to keep two significant digits of the difference (1.000004, not
 * "1"): a significant effect of a count never reads as no effect. */
static void or_cell(char *buf, size_t n, double v)
{
    const double d = fabs(v - 1);
    if (!isfinite(v) || d == 0 || d >= 5e-5) {
        rep_cell(buf, n, v);
        return;
    }
    int dec = (int)floor(-log10(d)) + 2;
    if (dec > 15)
        dec = 15;
    snprintf(buf, n, "%.*f", dec, v);
    size_t l = strlen(buf);
    while (l > 0 && buf[l - 1] == '0')
        buf[--l] = '\0';
}

/* ------------------------------------------------------------ regression */

/* Append a sentence to a note (a space between sentences). */
static void rep_append(char *buf, size_t n, const char *text)
{
    const size_t l = strlen(buf);
    if (l + 1 < n)
        snprintf(buf + l, n - l, "%s%s", l ? " " : "", text);
}

/* The interval's two column heads at level cl, as statsmodels' summary
 * heads them, "[0.025" and "0.975]" at 0.95 (regress_text.c): the tails
 * a/2 and 1 - a/2, a = 1 - cl, in the fewest significant digits from 6
 * on that neither rounds to 0 nor to 1 (1 - 0.95 is 0.050000000000000044
 * in binary, whose shortest form the heads would carry). */
static void ci_bound_heads(double cl, char *lo, char *hi, size_t n)
{
    const double a = (1 - cl) / 2;
    char l[32], h[32];
    for (int sig = 6; sig <= 17; sig++) {
        snprintf(l, sizeof l, "%.*g", sig, a);
        snprintf(h, sizeof h, "%.*g", sig, 1 - a);
        if (strcmp(l, "0") != 0 && strcmp(h, "1") != 0)
            break;
    }
    snprintf(lo, n, "[%s", l);
    snprintf(hi, n, "%s]", h);
}

/* The step "In words" gives a numeric term ("each additional 100,000 of
 * NAME" : 100000), read from regress.json's interpretation, when the
 * term's per-unit odds ratio is within 0.001 of 1 and so reads as many
 * nines; else 0 (before 2026-12-06 "0.99999984" for the views:
 * tests/cli/report_regress_table_read). */
static double or_step(const ct_json_value *r, const ct_json_value *k)
{
    const char *nm = rep_str(k, "name"), *kind = rep_str(k, "kind");
    const double orr = rep_num(k, "odds_ratio");
    if (!nm || !kind || strcmp(kind, "numeric") != 0 || !isfinite(orr) || fabs(orr - 1) >= 1e-3)
        return 0;
    const ct_json_value *in = ct_json_get(r, "interpretation");
    char want[300];
    snprintf(want, sizeof want, " of %s is associated", nm);
    for (size_t i = 0; i < ct_json_size(in); i++) {
        const char *t = ct_json_string(ct_json_at(in, i), NULL);
        static const char lead[] = "each additional ";
        const char *at = t ? strstr(t, want) : NULL;
        if (!at || strncmp(t, lead, sizeof lead - 1) != 0)
            continue;
        double v = 0;
        int digits = 0;
        for (const char *q = t + sizeof lead - 1; q < at; q++) {
            if (*q >= '0' && *q <= '9') {
                v = 10 * v + (*q - '0');
                digits++;
            } else if (*q != ',')
                return 0; /* a unit word ("10 seconds"): not a plain count */
        }
        return digits && v > 1 && v <= 1e15 ? v : 0;
    }
    return 0;
}

/* The value a predictor was capped at before the fit (regress.json's
 * cleaning.caps), or NaN. */
static double term_cap(const ct_json_value *r, const char *name)
{
    const ct_json_value *caps = rep_get(r, "cleaning.caps");
    for (size_t i = 0; name && i < ct_json_size(caps); i++) {
        const ct_json_value *cp = ct_json_at(caps, i);
        const char *col = rep_str(cp, "column");
        if (col && strcmp(col, name) == 0 && rep_num(cp, "capped") > 0)
            return rep_num(cp, "limit");
    }
    return NAN;
}

/* For each capped predictor in the fit: that its coefficient is on capped
 * values, with how many rows were capped. Before 2026-12-06 the page did
 * not say that 2,789 comment counts (15%) were capped at 728.5
 * (tests/cli/report_regress_table_read). */
static void caps_said(const ct_json_value *r, char *buf, size_t n)
{
    const ct_json_value *caps = rep_get(r, "cleaning.caps"), *co = ct_json_get(r, "coefficients");
    const double rows = rep_num(r, "cleaning.rows_modelled");
    for (size_t i = 0; i < ct_json_size(caps); i++) {
        const ct_json_value *cp = ct_json_at(caps, i);
        const char *col = rep_str(cp, "column");
        const double k = rep_num(cp, "capped");
        int in_fit = 0;
        for (size_t j = 0; col && j < ct_json_size(co); j++)
            in_fit |= rep_str(ct_json_at(co, j), "name") &&
                      strcmp(rep_str(ct_json_at(co, j), "name"), col) == 0;
        if (!in_fit || !(k > 0))
            continue;
        char lim[32], nk[32], nr[32], pc[32], text[400];
        ct_numfmt_auto(lim, sizeof lim, rep_num(cp, "limit"));
        rep_count(nk, sizeof nk, k);
        if (isfinite(rows) && rows > 0) {
            rep_count(nr, sizeof nr, rows);
            ct_numfmt_pct_within(pc, sizeof pc, 100 * k / rows, 100 * k / rows < 10 ? 1 : 0);
            snprintf(text, sizeof text,
                     "%s was capped at %s (Q3 + 1.5 x IQR) in %s of the %s modelled rows (%s) "
                     "before the fit, so its coefficient and odds ratio describe the capped "
                     "values, not the counts above %s.",
                     col, lim, nk, nr, pc, lim);
        } else
            snprintf(text, sizeof text,
                     "%s was capped at %s (Q3 + 1.5 x IQR) in %s rows before the fit, so its "
                     "coefficient and odds ratio describe the capped values.",
                     col, lim, nk);
        rep_append(buf, n, text);
    }
}

/* The regression checked on its held-out rows (regress.json's split): its
 * accuracy beside the no-information rate, its confusion matrix, and in
 * words when it predicts one class for every row, so that the odds ratios
 * are not read as a classifier that picks such rows out (regress's text
 * output warns "single class"; the page said nothing before 2026-12-02:
 * tests/cli/report_regress_held_out). */
static void regress_holdout(rep_ctx *c, const ct_json_value *r)
{
    const ct_json_value *sp = ct_json_get(r, "split");
    if (!sp || ct_json_type_of(sp) != CT_JSON_OBJECT)
        return;
    ct_html_heading(c->h, 3, "On held-out rows");
    if (rep_str(sp, "error")) {
        ct_html_paraf(c->h, "missing", "No held-out check: %s.", rep_str(sp, "error"));
        return;
    }
    const char *t = rep_str(r, "model.target") ? rep_str(r, "model.target") : "?";
    const char *p = rep_str(r, "model.positive") ? rep_str(r, "model.positive") : "?";
    const double ntr = rep_num(sp, "train_rows"), nte = rep_num(sp, "test_rows"),
                 tp = rep_num(sp, "confusion.tp"), fp = rep_num(sp, "confusion.fp"),
                 auc = rep_num(sp, "roc_auc"), one = rep_num(sp, "single_class_predicted");
    char a[32], b[32], pc[32], ts[32], sd[32], thr[32], acc[32], nir[32], ba[96], rec[96];
    rep_count(a, sizeof a, ntr);
    rep_count(b, sizeof b, nte);
    rep_count(pc, sizeof pc, rep_num(sp, "test_positive"));
    rep_pct(ts, sizeof ts, rep_num(sp, "test_size"), 0);
    rep_count(sd, sizeof sd, rep_num(sp, "seed"));
    ct_numfmt_prob(thr, sizeof thr, rep_num(sp, "threshold"));
    rep_pct(acc, sizeof acc, rep_num(sp, "accuracy"), 1);
    rep_pct(nir, sizeof nir, rep_num(sp, "no_information_rate"), 1);
    /* balanced accuracy and recall of held-out rows of one class do not
     * exist: said undefined with the reason, never a convention's 0
     * (rep_metric; tests/cli/report_undefined_metrics_said) */
    rep_metric_said(sp, "balanced_accuracy", 3, ba, sizeof ba);
    rep_metric_said(sp, "recall", 3, rec, sizeof rec);
    /* precision with no row predicted positive does not exist (the JSON's
     * 0 is sklearn's zero_division=0): said, not printed as a number */
    char prec[160], au[96], auv[32] = "";
    if (tp + fp > 0) {
        char v[32];
        ct_numfmt_fixed(v, sizeof v, rep_num(sp, "precision"), 3);
        snprintf(prec, sizeof prec, "precision %s", v);
    } else
        snprintf(prec, sizeof prec, "no precision (no row was predicted %s)", p);
    if (isfinite(auc)) {
        ct_numfmt_fixed(auv, sizeof auv, auc, 3);
        snprintf(au, sizeof au, "ROC AUC %s", auv);
    } else
        snprintf(au, sizeof au, "no ROC AUC (one class among the held-out rows)");
    const char *bal = rep_str(sp, "balance");
    const char *weighed =
        bal && strcmp(bal, "weight") == 0 ? ", both classes weighed equally in the fit" : "";
    ct_html_paraf(c->h, NULL,
                  "A second fit, separate from the one above: the same model fitted on %s "
                  "row%s and checked on %s held-out row%s (%s of the rows, "
                  "stratified, seed %s%s; %s of them %s = %s), at threshold %s: accuracy %s, "
                  "against %s for always answering the larger class (the no-information rate); "
                  "balanced accuracy %s, %s, recall %s, %s.",
                  a, rep_s(ntr), b, rep_s(nte), ts, sd, weighed, pc, t, p, thr, acc, nir, ba, prec,
                  rec, au);
    char neg[256];
    rep_negative(r, p, neg, sizeof neg);
    rep_confusion_begin(c, p, neg, tp, rep_num(sp, "confusion.fn"), fp,
                        rep_num(sp, "confusion.tn"));
    char note[768] = "";
    if (one == 0 || one == 1) {
        char says[256], rank[96] = "";
        if (one == 1)
            snprintf(says, sizeof says, "predicts %s = %s for every held-out row", t, p);
        else
            snprintf(says, sizeof says, "predicts no held-out row to have %s = %s", t, p);
        if (auv[0])
            snprintf(rank, sizeof rank, "; its ROC AUC (%s) says how well its scores rank them",
                     auv);
        snprintf(note, sizeof note,
                 "The model %s, so at this threshold it tells no row apart: read it for which "
                 "factors go with %s = %s (the odds ratios above), not as a way to pick such "
                 "rows out%s.",
                 says, t, p, rank);
    }
    ct_html_table_end(c->h, note[0] ? note : NULL);
}

/* The features run left out of regress's model (manifest.json's
 * options.regress_left_out), each with why: empty in every row, or one
 * value in every row that has one (options.constant_columns); before
 * 2026-12-06 a single-level author_ban_status failed the regression
 * (tests/cli/run_regress_single_level). */
static void regress_left_out(rep_ctx *c)
{
    const ct_json_value *lo = rep_get(c->man, "options.regress_left_out");
    const ct_json_value *cc = rep_get(c->man, "options.constant_columns");
    char words[1536] = "";
    const size_t n = ct_json_size(lo);
    for (size_t i = 0; i < n; i++) {
        const char *col = ct_json_string(ct_json_at(lo, i), NULL);
        if (!col)
            continue;
        int one = 0;
        for (size_t k = 0; k < ct_json_size(cc) && !one; k++) {
            const char *cn = ct_json_string(ct_json_at(cc, k), NULL);
            one = cn && strcmp(cn, col) == 0;
        }
        const size_t at = strlen(words);
        snprintf(words + at, sizeof words - at, "%s%s, %s", i == 0 ? "" : "; ", col,
                 one ? "which holds one value in every row that has one, so there is nothing to "
                       "compare it with"
                     : "which is empty in every row");
    }
    if (words[0])
        ct_html_paraf(c->h, NULL, "Left out of the model by run: %s.", words);
}

void rep_write_regress(rep_ctx *c)
{
    rep_section(c, "regress", "Regression: what goes with a verified account");
    const ct_json_value *r = rep_root(c, REP_REGRESS);
    /* a failed regression's cause in plain words first, then the stage's
     * message (before 2026-12-06 its message alone, "quasi-complete
     * separation ... the maximum likelihood estimates do not exist":
     * tests/cli/report_regress_failed_plain) */
    char plain[900] = "";
    for (size_t i = 0; !r && c->a[REP_REGRESS].failed && i < c->nplan; i++) {
        const rep_milestone *m = &c->plan[i];
        if (!m->artifact || strcmp(m->artifact, "regress.json") != 0)
            continue; /* the regression's milestone (its stage is its PACE stage) */
        char cause[700];
        const char *sep = rep_separation_words(m->separation);
        if (sep || rep_cause_words(cause, sizeof cause, &m->why))
            snprintf(plain, sizeof plain, "The regression could not be fitted on this file: %s.",
                     sep ? sep : cause);
    }
    if (rep_missing_plain(c, REP_REGRESS, "the logistic regression (regress.json)", plain)) {
        ct_html_section_end(c->h);
        return;
    }
    char n[32], pr2[96], llr[128];
    const double nm = rep_num(r, "model.n"), r2 = rep_num(r, "model.prsquared"),
                 lp = rep_num(r, "model.llr_pvalue"),
                 llp = rep_num(r, "model.log10_llr_pvalue"); /* NaN in older files */
    rep_count(n, sizeof n, nm);
    if (isfinite(r2)) {
        char v[32];
        ct_numfmt_fixed(v, sizeof v, r2, 3);
        snprintf(pr2, sizeof pr2, "McFadden's pseudo R-squared %s", v);
    } else
        snprintf(pr2, sizeof pr2, "McFadden's pseudo R-squared does not exist for this fit");
    if (isfinite(lp)) {
        char v[64];
        ct_numfmt_pvalue(v, sizeof v, lp, llp); /* an underflowed 0: "p < 1e-300 (...)" */
        snprintf(llr, sizeof llr, "likelihood-ratio test against no predictors %s", v);
    } else
        snprintf(llr, sizeof llr, "no likelihood-ratio test against no predictors could be made");
    ct_html_paraf(
        c->h, NULL,
        "Logistic regression of %s = %s on %s row%s (statsmodels Logit; the coefficients, "
        "checks and words below are from this fit on every modelled row): %s; %s.",
        rep_str(r, "model.target") ? rep_str(r, "model.target") : "?",
        rep_str(r, "model.positive") ? rep_str(r, "model.positive") : "?", n, rep_s(nm), pr2, llr);
    regress_left_out(c);
    /* the odds ratio's interval in two columns, headed as regress's
     * terminal table and statsmodels' summary(alpha=a) head them, '[' +
     * str(a/2) and str(1 - a/2) + ']', at the level the file gives (regress
     * --alpha; files before 2026-12-03 have none: 95%); before 2026-12-07
     * one "lo to hi" cell under "OR 95% CI" (tests/cli/report_regress_ci_columns) */
    char clo[40], chi[40];
    const double cl = rep_num(r, "model.ci_level");
    ci_bound_heads(isfinite(cl) ? cl : 0.95, clo, chi, sizeof clo);
    const char *const head[] = {"Term",       "Coef", "Std err", "z",  "P>|z|",
                                "Odds ratio", clo,    chi,       "VIF"};
    ct_html_table_begin(c->h, "Coefficients", 9, head, "lrrrrrrrr");
    const ct_json_value *co = ct_json_get(r, "coefficients");
    int absent = 0, const_vif = 0, per_step = 0;
    for (size_t i = 0; i < ct_json_size(co); i++) {
        const ct_json_value *k = ct_json_at(co, i);
        char b[6][48];
        rep_cell_or_none(b[0], sizeof b[0], rep_num(k, "coef"), NULL, &absent);
        rep_cell_or_none(b[1], sizeof b[1], rep_num(k, "std_err"), NULL, &absent);
        rep_cell_or_none(b[2], sizeof b[2], rep_num(k, "z"), NULL, &absent);
        const double p = rep_num(k, "p_value");
        if (isnan(p))
            rep_cell_or_none(b[3], sizeof b[3], p, NULL, &absent);
        else
            ct_numfmt_pvalue_cell(b[3], sizeof b[3], p, rep_num(k, "log10_p_value"));
        rep_cell_or_none(b[4], sizeof b[4], rep_num(k, "odds_ratio"), or_cell, &absent);
        const char *tname = rep_str(k, "name");
        /* a per-unit odds ratio within 0.001 of 1 ("0.99999984") is given
         * per the step "In words" uses ("each additional 100,000"):
         * exp(coef x step), the Term column naming the step */
        const double step = or_step(r, k);
        char term[160];
        snprintf(term, sizeof term, "%s", tname ? tname : "?");
        if (step > 1) {
            char st[32];
            rep_count(st, sizeof st, step);
            snprintf(term, sizeof term, "%s (odds ratio per %s)", tname ? tname : "?", st);
            rep_cell(b[4], sizeof b[4], exp(rep_num(k, "coef") * step));
            per_step = 1;
        }
        const double cap = term_cap(r, tname);
        if (isfinite(cap)) {
            char cv[32];
            ct_numfmt_auto(cv, sizeof cv, cap);
            if (step > 1) /* "(odds ratio per 100; capped at 728.5)" */
                snprintf(term + strlen(term) - 1, sizeof term - strlen(term) + 1, "; capped at %s)",
                         cv);
            else
                snprintf(term + strlen(term), sizeof term - strlen(term), " (capped at %s)", cv);
        }
        /* const's VIF measures the predictors' distance from 0, not
         * collinearity, and the check reads the predictors' only: before
         * 2026-12-06 it stood as 13.53 beside "largest predictor VIF 3.59
         * < 5" (tests/cli/report_regress_table_read) */
        const int is_const = tname && strcmp(tname, "const") == 0;
        if (is_const && isfinite(rep_num(k, "vif"))) {
            snprintf(b[5], sizeof b[5], "not read");
            const_vif = 1;
        } else
            rep_cell_or_none(b[5], sizeof b[5], rep_num(k, "vif"), NULL, &absent);
        double l = rep_num(k, "odds_ratio_ci_low"), h = rep_num(k, "odds_ratio_ci_high");
        if (step > 1) {
            l = exp(rep_num(k, "ci_low") * step);
            h = exp(rep_num(k, "ci_high") * step);
        }
        char lo[48], hi[48];
        if (isnan(l) || isnan(h)) {
            rep_cell_or_none(lo, sizeof lo, NAN, NULL, &absent);
            rep_cell_or_none(hi, sizeof hi, NAN, NULL, &absent);
        } else {
            or_cell(lo, sizeof lo, l);
            or_cell(hi, sizeof hi, h);
            ct_numfmt_interval(lo, hi, sizeof lo, l, h);
        }
        const char *cells[9] = {term, b[0], b[1], b[2], b[3], b[4], lo, hi, b[5]};
        ct_html_table_row(c->h, cells);
    }
    char tnote[1536] = "", lvl[32];
    ct_numfmt_level_pct(lvl, sizeof lvl, isfinite(cl) ? cl : 0.95);
    snprintf(tnote, sizeof tnote,
             "%s and %s bound the odds ratio's %s%% confidence interval (statsmodels' "
             "conf_int, exponentiated), as regress heads them.",
             clo, chi, lvl);
    if (absent)
        rep_append(tnote, sizeof tnote,
                   REP_NONE " marks a value that does not exist for this term (regress.json "
                            "gives the reason beside it).");
    if (per_step)
        rep_append(tnote, sizeof tnote,
                   "An odds ratio within 0.001 of 1 per unit is given per the step named beside "
                   "the term, as \"In words\" says it (exp(coef x step)); Coef and Std err are "
                   "per unit, as statsmodels gives them.");
    if (const_vif)
        rep_append(tnote, sizeof tnote,
                   "The intercept's VIF is not read: it measures how far the predictors sit "
                   "from 0, not collinearity, and the multicollinearity check reads the "
                   "predictors' VIFs only.");
    caps_said(r, tnote, sizeof tnote);
    ct_html_table_end(c->h, tnote[0] ? tnote : NULL);
    static const char *const chead[] = {"Assumption", "Verdict", "Why"};
    ct_html_table_begin(c->h, "Assumption checks", 3, chead, "lll");
    const ct_json_value *ch = ct_json_get(r, "checks");
    for (size_t i = 0; i < ct_json_size(ch); i++) {
        const ct_json_value *k = ct_json_at(ch, i);
        const char *cells[3] = {rep_str(k, "name"), rep_str(k, "verdict"), rep_str(k, "reason")};
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h, NULL);
    const ct_json_value *in = ct_json_get(r, "interpretation");
    if (ct_json_size(in)) {
        ct_html_heading(c->h, 3, "In words");
        ct_html_list_begin(c->h, NULL);
        for (size_t i = 0; i < ct_json_size(in); i++)
            ct_html_item(c->h, ct_json_string(ct_json_at(in, i), NULL));
        ct_html_list_end(c->h);
    }
    regress_holdout(c, r);
    ct_html_section_end(c->h);
}
