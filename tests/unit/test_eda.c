/* test_eda.c — exploratory analysis against pandas 1.5.3 and the course's
 * published figures.
 *
 * Reference values were produced with /usr/bin/python3 (pandas 1.5.3) on
 * df = pd.read_csv(PATH).dropna(); the exact call is given above each block.
 * Tolerance: 1e-9 relative (our sums are pairwise, pandas' grouped sums are
 * Kahan-compensated or Welford updates; both are far tighter than that). */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REL 1e-9

static const char small_csv[] =
    "#,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,"
    "author_ban_status,video_view_count,video_like_count,video_share_count,"
    "video_download_count,video_comment_count\n"
    "1,claim,101,10,h\xc3\xa9"
    "llo w\xc3\xb6"
    "rld,not verified,active,1000,100,10,1,0\n"
    "2,claim,102,20,a b c,verified,banned,2000,100,20,2,1\n"
    "3,opinion,103,30,x,not verified,active,50,5,0,0,0\n"
    "4,opinion,104,40,two  words,not verified,under review,0,0,0,0,0\n"
    "5,claim,105,10,\xc3\xbcn\xc3\xaf"
    "code \xe2\x9c\x93"
    " text,not verified,banned,3000,300,30,3,3\n"
    "6,opinion,106,50,y z,verified,active,60,6,1,0,0\n"
    "7,claim,107,60,p q r s,not verified,active,4000,100,40,4,2\n"
    "8,opinion,108,20,tie,verified,active,50,5,1,1,0\n"
    "9,claim,109,,missing duration,not verified,active,100,1,1,1,1\n";

/* The reports file's groupings, in the order ct_reports_eda_options() asks. */
#define BY_VERIFIED 1
#define BY_CLASS_BAN 3

static ct_eda *run(const ct_frame *f)
{
    ct_eda *r = NULL;
    ct_diag d;
    const ct_eda_options o = ct_reports_eda_options();
    ct_status s = ct_eda_frame(f, &o, &r, &d);
    if (s)
        print_error("ct_eda_frame: %s\n", d.message);
    assert_int_equal(s, CT_OK);
    return r;
}

/* The charts of r with the reports file's names (report layer). */
static ct_eda_charts *charts(const ct_eda *r)
{
    ct_eda_charts *c = NULL;
    ct_diag d;
    const ct_eda_chart_options o = ct_reports_eda_chart_options();
    ct_status s = ct_eda_charts_build(r, &o, &c, &d);
    if (s)
        print_error("ct_eda_charts_build: %s\n", d.message);
    assert_int_equal(s, CT_OK);
    return c;
}

static int metric(const ct_eda *r, const char *name)
{
    const int m = ct_eda_metric_index(r, name);
    assert_true(m >= 0);
    return m;
}

/* Small file: every figure from pandas on the same text (the CSV above saved
 * as small.csv): df = pd.read_csv('small.csv').dropna() */
static void test_small_against_pandas(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load(small_csv, NULL, CT_OK, NULL);
    ct_eda *r = run(f);
    ct_frame_destroy(f);
    assert_int_equal(r->rows_in, 9);
    assert_int_equal(r->rows_used, 8); /* len(df) == 8 */
    assert_int_equal(r->rows_dropped, 1);
    const int v = metric(r, "video_view_count"), l = metric(r, "video_like_count"),
              sh = metric(r, "video_share_count");
    const size_t p = r->nmetrics;
    /* df.groupby('claim_status')['video_view_count'].agg(['count','mean','std','median']) */
    const ct_eda_grouping *g = &r->groupings[CT_EDA_BY_CLASS];
    assert_int_equal(g->ngroups, 2);
    assert_string_equal(g->groups[0].labels[0], "claim");
    assert_string_equal(g->groups[1].labels[0], "opinion");
    assert_int_equal(g->groups[0].metrics[v].count, 4);
    assert_rel(g->groups[0].metrics[v].mean, 2500.0, REL);
    assert_rel(g->groups[0].metrics[v].std, 1290.9944487358057, REL);
    assert_rel(g->groups[0].metrics[v].median, 2500.0, REL);
    assert_rel(g->groups[1].metrics[v].mean, 40.0, REL);
    assert_rel(g->groups[1].metrics[v].std, 27.080128015453205, REL);
    assert_rel(g->groups[1].metrics[v].median, 50.0, REL);
    /* df[cols].corr().loc['video_view_count','video_like_count'] */
    assert_rel(r->pearson[v * p + l], 0.7342492729809441, REL);
    assert_rel(r->pearson[l * p + v], 0.7342492729809441, REL);
    /* df[cols].corr(method='spearman'): views-likes, likes-shares (ties) */
    assert_rel(r->spearman[v * p + l], 0.926208306513743, REL);
    assert_rel(r->spearman[l * p + sh], 0.8945652518467673, REL);
    assert_rel(r->spearman[v * p + v], 1.0, REL);
    /* df.video_transcription_text.str.len().groupby(df.claim_status).mean():
     * code points, not bytes */
    assert_int_equal(r->ntext, 2);
    assert_rel(r->text[0].chars.mean, 9.25, REL);
    assert_rel(r->text[1].chars.mean, 4.25, REL);
    /* ....str.split().str.len().groupby(df.claim_status).mean() */
    assert_rel(r->text[0].words.mean, 3.0, REL);
    assert_rel(r->text[1].words.mean, 1.5, REL);
    /* r = df.video_like_count / df.video_view_count;
     * r.groupby(df.claim_status).median(), .count() (0/0 is NaN, skipped) */
    assert_string_equal(r->rate_names[0], "likes_per_view");
    assert_rel(g->groups[0].rate_median[0], 0.07500000000000001, REL);
    assert_rel(g->groups[1].rate_median[0], 0.1, REL);
    assert_int_equal(g->groups[0].rate_count[0], 4);
    assert_int_equal(g->groups[1].rate_count[0], 3);
    /* q1, q3 = df[c].quantile([.25,.75]); m = df[c].median();
     * (df[c] > q3 + 1.5*(q3-q1)).sum(), (df[c] > m + 1.5*(q3-q1)).sum() */
    static const size_t tukey[] = {0, 0, 1, 0, 0, 0}, course[] = {0, 1, 1, 1, 0, 2};
    for (size_t m = 0; m < p; m++) {
        assert_int_equal(r->outliers[m].tukey, tukey[m]);
        assert_int_equal(r->outliers[m].course, course[m]);
    }
    /* df.groupby(['claim_status','author_ban_status']).size(): observed only */
    const ct_eda_grouping *cb = &r->groupings[BY_CLASS_BAN];
    assert_int_equal(cb->ngroups, 4);
    static const char *const want[4][2] = {{"claim", "active"},
                                           {"claim", "banned"},
                                           {"opinion", "active"},
                                           {"opinion", "under review"}};
    static const size_t wn[4] = {2, 2, 3, 1};
    for (size_t k = 0; k < 4; k++) {
        assert_string_equal(cb->groups[k].labels[0], want[k][0]);
        assert_string_equal(cb->groups[k].labels[1], want[k][1]);
        assert_int_equal(cb->groups[k].n, wn[k]);
    }
    ct_eda_free(r);
}

static void test_errors(void **state)
{
    (void)state;
    ct_diag d;
    ct_eda *r = NULL;
    /* absent column: named in the message */
    ct_load_options o = ct_load_options_default();
    o.use_schema = 0;
    ct_frame *f = ct_test_load("claim_status,verified_status\nclaim,verified\n", &o, CT_OK, NULL);
    const ct_eda_options ro = ct_reports_eda_options();
    assert_int_equal(ct_eda_frame(f, &ro, &r, &d), CT_ECOLUMN);
    assert_null(r);
    assert_non_null(strstr(d.message, "author_ban_status"));
    ct_frame_destroy(f);
    /* every row has a missing value */
    char csv[1024];
    const char *nl = strchr(small_csv, '\n');
    snprintf(csv, sizeof csv, "%.*s\n9,claim,109,,x,not verified,active,1,1,1,1,1\n",
             (int)(nl - small_csv), small_csv);
    f = ct_test_load(csv, NULL, CT_OK, NULL);
    assert_int_equal(ct_eda_frame(f, &ro, &r, &d), CT_EEMPTY);
    /* bad options; the defaults name no column */
    assert_int_equal(ct_eda_frame(f, NULL, &r, &d), CT_EINVAL);
    ct_eda_options eo = ct_reports_eda_options();
    eo.iqr_k = -1;
    assert_non_null(ct_eda_options_check(&eo));
    assert_int_equal(ct_eda_frame(f, &eo, &r, &d), CT_EINVAL);
    eo = ct_reports_eda_options();
    eo.rate_denominator = "video_id";
    assert_int_equal(ct_eda_frame(f, &eo, &r, &d), CT_EINVAL);
    eo = ct_reports_eda_options();
    eo.cross_col = "claim_status";
    assert_int_equal(ct_eda_frame(f, &eo, &r, &d), CT_EINVAL);
    assert_null(ct_eda_options_check(NULL) ? NULL : "x");
    ct_frame_destroy(f);
    ct_eda_free(NULL);
}

/* One metric (before 2026-12-05 two were needed): its summaries and
 * class test, the 1x1 correlations of pandas' df[['views']].corr()
 * ([[1.0]]), text lengths (whose workspaces outnumbered one column's), and
 * charts without a heat map or scatter, also when the options ask for
 * one of the column; a constant column's matrix is [[NaN]]. */
static void test_one_metric(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load(small_csv, NULL, CT_OK, NULL);
    ct_eda_options o = ct_reports_eda_options();
    const char *const one[] = {"video_view_count"};
    o.metrics = one;
    o.nmetrics = 1;
    o.nrates = 0;
    o.rate_denominator = NULL;
    assert_null(ct_eda_options_check(&o));
    o.nmetrics = 0;
    assert_non_null(ct_eda_options_check(&o));
    o.nmetrics = 1;
    ct_eda *r = NULL;
    ct_diag d;
    assert_int_equal(ct_eda_frame(f, &o, &r, &d), CT_OK);
    assert_int_equal(r->nmetrics, 1);
    /* df.dropna().groupby('claim_status')['video_view_count'].median(): claim 2500 */
    assert_rel(r->groupings[0].groups[0].metrics[0].median, 2500, REL);
    assert_rel(r->pearson[0], 1, REL);
    assert_rel(r->spearman[0], 1, REL);
    assert_int_equal(r->class_k, 2);
    assert_int_equal(r->ntext, 2);
    ct_eda_charts *c = NULL;
    assert_int_equal(ct_eda_charts_build(r, NULL, &c, NULL), CT_OK);
    assert_int_equal(c->n, 2 + (ct_eda_nkeys(r) - 1));
    for (size_t k = 0; k < c->n; k++) {
        assert_string_not_equal(c->charts[k].kind, "heatmap");
        assert_string_not_equal(c->charts[k].kind, "scatter");
    }
    ct_eda_charts_free(c);
    ct_eda_chart_options co = ct_eda_chart_options_default();
    co.scatter_x = co.scatter_y = "video_view_count";
    assert_int_equal(ct_eda_charts_build(r, &co, &c, NULL), CT_OK);
    assert_int_equal(c->n, 2 + (ct_eda_nkeys(r) - 1));
    ct_eda_charts_free(c);
    ct_eda_free(r);
    ct_frame_destroy(f);
    f = ct_test_load("claim_status,verified_status,author_ban_status,video_transcription_text,k\n"
                     "claim,verified,active,a,5\nopinion,verified,active,b c,5\n"
                     "claim,not verified,banned,d,5\n",
                     NULL, CT_OK, NULL);
    const char *const k[] = {"k"};
    o.metrics = k;
    o.cross_col = NULL;
    assert_int_equal(ct_eda_frame(f, &o, &r, &d), CT_OK);
    assert_true(isnan(r->pearson[0]) && isnan(r->spearman[0]));
    ct_eda_free(r);
    ct_frame_destroy(f);
}

/* Every allocation failure is reported as CT_ENOMEM and leaks nothing. */
static void test_alloc_failures(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load(small_csv, NULL, CT_OK, NULL);
    int ok = 0;
    for (long n = 0; n < 5000 && !ok; n++) {
        ct_eda *r = NULL;
        ct_diag d;
        const ct_eda_options o = ct_reports_eda_options();
        ct_alloc_fail_after(n);
        ct_status s = ct_eda_frame(f, &o, &r, &d);
        ct_alloc_fail_after(-1);
        if (s == CT_OK) {
            ok = 1;
            ct_eda_free(r);
        } else {
            assert_int_equal(s, CT_ENOMEM);
            assert_null(r);
        }
    }
    assert_true(ok);
    ct_frame_destroy(f);
}

static char *chart_bytes(const ct_eda *r, const ct_eda_charts *c, size_t k, size_t *len)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, len);
    assert_non_null(fp);
    ct_diag d;
    ct_status s = ct_eda_chart_write(r, c, k, NULL, fp, &d);
    if (s)
        print_error("chart %zu: %s\n", k, d.message);
    assert_int_equal(s, CT_OK);
    fclose(fp);
    return buf;
}

/* Charts: same bytes for the same input, screen-reader title/desc, data
 * text escaped. */
static void test_charts_deterministic_and_escaped(void **state)
{
    (void)state;
    char csv[4096];
    snprintf(csv, sizeof csv, "%s", small_csv);
    /* a class label that needs escaping */
    for (char *q = csv; (q = strstr(q, ",opinion,")) != NULL; q += 8)
        memcpy(q + 1, "op<&>'x", 7);
    ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
    ct_eda *a = run(f), *b = run(f);
    ct_frame_destroy(f);
    ct_eda_charts *ca = charts(a), *cb = charts(b);
    assert_int_equal(ca->n, 2 * a->nmetrics + 5);
    for (size_t k = 0; k < ca->n; k++) {
        size_t la, lb;
        char *x = chart_bytes(a, ca, k, &la), *y = chart_bytes(b, cb, k, &lb);
        assert_int_equal(la, lb);
        assert_memory_equal(x, y, la);
        assert_non_null(strstr(x, "<title id=\"ct-title\">"));
        assert_non_null(strstr(x, "<desc id=\"ct-desc\">"));
        assert_null(strstr(x, "op<&"));
        if (strcmp(ca->charts[k].kind, "heatmap") != 0 && !strstr(x, "op&lt;&amp;&gt;&#39;x")) {
            print_error("chart %s lacks the escaped label\n", ca->charts[k].file);
            fail();
        }
        free(x);
        free(y);
    }
    ct_diag d;
    assert_int_equal(ct_eda_chart_write(a, ca, ca->n, NULL, stdout, &d), CT_EINVAL);
    ct_eda_charts_free(ca);
    ct_eda_charts_free(cb);
    ct_eda_free(a);
    ct_eda_free(b);
}

/* The charts with no labels or words given: columns by their names, rows
 * are "rows", no scatter; nothing says "video". */
static void test_charts_generic_words(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load(small_csv, NULL, CT_OK, NULL);
    ct_eda *r = run(f);
    ct_frame_destroy(f);
    ct_eda_charts *c = NULL;
    assert_int_equal(ct_eda_charts_build(r, NULL, &c, NULL), CT_OK);
    assert_int_equal(c->n, 2 * r->nmetrics + 4);
    assert_string_equal(c->charts[2 * r->nmetrics].file,
                        "stacked_claim_status_by_verified_status.svg");
    for (size_t k = 0; k < c->n; k++) {
        assert_null(strstr(c->charts[k].title, "videos"));
        assert_null(strstr(c->charts[k].subtitle, "videos"));
        size_t len;
        char *x = chart_bytes(r, c, k, &len);
        assert_null(strstr(x, "videos"));
        free(x);
    }
    assert_non_null(strstr(c->charts[r->nmetrics].subtitle, "middle half of rows"));
    ct_eda_charts_free(c);
    /* bad options */
    ct_eda_chart_options o = ct_eda_chart_options_default();
    o.scatter_x = "video_view_count";
    assert_non_null(ct_eda_chart_options_check(&o));
    o.scatter_y = "nope";
    assert_null(ct_eda_chart_options_check(&o));
    assert_int_equal(ct_eda_charts_build(r, &o, &c, NULL), CT_EINVAL);
    assert_null(c);
    ct_eda_charts_free(NULL);
    ct_eda_free(r);
}

/* Titles right on any data: a subset with one class (the stacked title
 * never names one group twice), a scatter with nothing above the round
 * threshold (no share of an empty group), a low median (no ratio), quoted
 * labels, no jargon in titles or subtitles. */
static void test_titles_any_data(void **state)
{
    (void)state;
    char csv[8192];
    size_t w = (size_t)snprintf(csv, sizeof csv,
                                "claim_status,verified_status,author_ban_status,"
                                "video_transcription_text,video_duration_sec,video_view_count,"
                                "video_like_count,video_share_count,video_download_count,"
                                "video_comment_count\n");
    for (int i = 0; i < 40; i++) /* one class; views all under 1,000 */
        w += (size_t)snprintf(csv + w, sizeof csv - w,
                              "opinion,%s,%s,some text %d,%d,%d,%d,%d,%d,%d\n",
                              i % 3 ? "not verified" : "verified", i % 2 ? "active" : "banned", i,
                              5 + i, 100 + 20 * i, 3 + i, i % 4, i % 2, i % 3);
    ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
    ct_eda *r = run(f);
    ct_frame_destroy(f);
    ct_eda_charts *c = charts(r);
    for (size_t k = 0; k < c->n; k++) {
        const char *t = c->charts[k].title, *sub = c->charts[k].subtitle;
        if (strcmp(c->charts[k].kind, "stacked") == 0) {
            assert_null(strstr(t, "vs"));
            assert_non_null(strstr(t, "'opinion'"));
        }
        if (strcmp(c->charts[k].kind, "scatter") == 0)
            assert_null(strstr(t, "0% of")); /* no share of an empty group */
        static const char *const jargon[] = {"|r|", "|rho|", "IQR", "dropna", "opinions"};
        for (size_t j = 0; j < sizeof jargon / sizeof jargon[0]; j++) {
            assert_null(strstr(t, jargon[j]));
            assert_null(strstr(sub, jargon[j]));
        }
        assert_null(strstr(t, " is spread"));
    }
    ct_eda_charts_free(c);
    ct_eda_free(r);

    /* two classes, medians 286 vs 1: the medians, no "~286x" */
    w = (size_t)snprintf(csv, sizeof csv,
                         "claim_status,verified_status,author_ban_status,video_transcription_text,"
                         "video_duration_sec,video_view_count,video_like_count,video_share_count,"
                         "video_download_count,video_comment_count\n");
    for (int i = 0; i < 30; i++)
        w += (size_t)snprintf(
            csv + w, sizeof csv - w, "%s,verified,active,t %d,%d,%d,%d,%d,%d,%d\n",
            i % 2 ? "claim" : "opinion", i, 10 + i, 1000 + i, 10 + i, i, i, i % 2 ? 286 : 1);
    f = ct_test_load(csv, NULL, CT_OK, NULL);
    r = run(f);
    ct_frame_destroy(f);
    c = charts(r);
    const int cm = metric(r, "video_comment_count");
    const char *bt = c->charts[r->nmetrics + (size_t)cm].title;
    assert_non_null(strstr(bt, "median 286 vs 1"));
    assert_null(strstr(bt, "x the"));
    assert_non_null(strstr(bt, "'claim'"));
    /* one level of verified_status: "All videos are by verified authors" */
    assert_non_null(strstr(c->charts[2 * r->nmetrics].title, "All videos are by verified"));
    ct_eda_charts_free(c);
    ct_eda_free(r);
}

/* The real file: the course's published figures and pandas' values. */
static void test_real_file(void **state)
{
    (void)state;
    const char *path = ct_test_data_path();
    if (!path)
        skip();
    ct_load_options o = ct_load_options_default();
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load(path, &o, &f, NULL, NULL), CT_OK);
    ct_eda *r = run(f);
    ct_frame_destroy(f);
    /* len(df) after dropna(): 19084 of 19382 */
    assert_int_equal(r->rows_in, 19382);
    assert_int_equal(r->rows_used, 19084);
    assert_int_equal(r->rows_dropped, 298);
    const int du = metric(r, "video_duration_sec"), v = metric(r, "video_view_count"),
              l = metric(r, "video_like_count"), sh = metric(r, "video_share_count"),
              dl = metric(r, "video_download_count"), c = metric(r, "video_comment_count");
    const size_t p = r->nmetrics;
    /* Course figures: outliers above median + 1.5 IQR, and pandas:
     * q1, q3 = df[c].quantile([.25,.75]); (df[c] > df[c].median() + 1.5*(q3-q1)).sum()
     * and Tukey: (df[c] > q3 + 1.5*(q3-q1)).sum() */
    assert_int_equal(r->outliers[v].course, 2343);
    assert_int_equal(r->outliers[l].course, 3468);
    assert_int_equal(r->outliers[sh].course, 3732);
    assert_int_equal(r->outliers[dl].course, 3733);
    assert_int_equal(r->outliers[c].course, 3882);
    assert_int_equal(r->outliers[du].course, 0);
    assert_int_equal(r->outliers[du].tukey, 0);
    assert_int_equal(r->outliers[v].tukey, 0);
    assert_int_equal(r->outliers[l].tukey, 1726);
    assert_int_equal(r->outliers[sh].tukey, 2508);
    assert_int_equal(r->outliers[dl].tukey, 2450);
    assert_int_equal(r->outliers[c].tukey, 2789);
    /* Course: mean transcription length in characters by class;
     * df.video_transcription_text.str.len().groupby(df.claim_status).mean() */
    assert_string_equal(r->text[0].label, "claim");
    assert_rel(r->text[0].chars.mean, 95.37697751873439, REL);
    assert_rel(r->text[1].chars.mean, 82.72256226255804, REL);
    assert_true(fabs(r->text[0].chars.mean - 95.376978) < 5e-7);
    assert_true(fabs(r->text[1].chars.mean - 82.722562) < 5e-7);
    /* ....str.len() std; ....str.split().str.len() mean */
    assert_rel(r->text[0].chars.std, 19.60081111430931, REL);
    assert_rel(r->text[1].chars.std, 19.782014208397527, REL);
    assert_rel(r->text[0].words.mean, 17.22741465445462, REL);
    assert_rel(r->text[1].words.mean, 14.878535246939636, REL);
    /* df.groupby('claim_status')[cols].agg(['mean','std','median']) */
    static const double gm[6][2][3] = {{{32.48688592839301, 16.172409374752814, 32.0},
                                        {32.359856479527224, 16.281705062004477, 32.0}},
                                       {{501029.4527477102, 291349.23982497933, 501555.0},
                                        {4956.43224989447, 2885.907219347356, 4953.0}},
                                       {{166373.33118234805, 147623.37088797212, 123649.0},
                                        {1092.7298438159562, 964.0998157413073, 823.0}},
                                       {{33026.41621565362, 38781.676824504975, 17997.5},
                                        {217.14563106796118, 252.2695833713744, 121.0}},
                                       {{2070.9522273105745, 2424.381845649394, 1139.5},
                                        {13.677289995778809, 16.200651971658942, 7.0}},
                                       {{691.1648626144879, 1017.2168344842922, 286.0},
                                        {2.69744617982271, 4.089288126597016, 1.0}}};
    const int order[6] = {du, v, l, sh, dl, c};
    const ct_eda_grouping *g = &r->groupings[CT_EDA_BY_CLASS];
    for (int m = 0; m < 6; m++)
        for (int k = 0; k < 2; k++) {
            const ct_eda_stat *s = &g->groups[k].metrics[order[m]];
            assert_rel(s->mean, gm[m][k][0], REL);
            assert_rel(s->std, gm[m][k][1], REL);
            assert_rel(s->median, gm[m][k][2], REL);
        }
    /* Course: median views by class 501,555 vs 4,953 (above) */
    assert_int_equal(g->groups[0].metrics[v].count, 9608);
    assert_int_equal(g->groups[1].metrics[v].count, 9476);
    /* df.groupby('verified_status')['video_view_count'].agg(['mean','std']) */
    const ct_eda_grouping *gv = &r->groupings[BY_VERIFIED];
    assert_string_equal(gv->groups[0].labels[0], "not verified");
    assert_rel(gv->groups[0].metrics[v].mean, 265663.78533885034, REL);
    assert_rel(gv->groups[0].metrics[v].std, 325681.8819145746, REL);
    assert_rel(gv->groups[1].metrics[v].mean, 91439.16416666667, REL);
    assert_rel(gv->groups[1].metrics[v].std, 221138.76492639165, REL);
    /* df.groupby(['claim_status','author_ban_status'])['video_share_count']
     *   .agg(['count','mean','std','median']) */
    static const double cb[6][4] = {{6566, 32769.1018885166, 38606.08615268401, 17774.5},
                                    {1439, 34056.58095899931, 39227.4316387981, 19018.0},
                                    {1603, 33155.623206487835, 39104.06150829734, 18084.0},
                                    {8817, 217.16695020982195, 252.27074241451, 121.0},
                                    {196, 208.4234693877551, 250.4308067806849, 108.5},
                                    {463, 220.43196544276458, 253.47844844184212, 124.0}};
    const ct_eda_grouping *gcb = &r->groupings[BY_CLASS_BAN];
    assert_int_equal(gcb->ngroups, 6);
    for (int k = 0; k < 6; k++) {
        const ct_eda_stat *s = &gcb->groups[k].metrics[sh];
        assert_int_equal(s->count, (size_t)cb[k][0]);
        assert_rel(s->mean, cb[k][1], REL);
        assert_rel(s->std, cb[k][2], REL);
        assert_rel(s->median, cb[k][3], REL);
    }
    /* df[cols].corr() and df[cols].corr(method='spearman') */
    assert_rel(r->pearson[v * p + l], 0.8043221351779166, REL);
    assert_rel(r->pearson[du * p + c], 0.000615147266721176, 1e-7);
    assert_rel(r->spearman[v * p + l], 0.9098132679603751, REL);
    assert_rel(r->spearman[dl * p + c], 0.9509442337813809, REL);
    assert_rel(r->spearman[du * p + c], -0.0058449492699907705, 1e-7);
    /* (df.video_like_count / df.video_view_count).groupby(df.claim_status).median() */
    assert_rel(g->groups[0].rate_median[0], 0.3297339086917894, REL);
    assert_rel(g->groups[1].rate_median[0], 0.2181268550361674, REL);
    /* the box-plot headline states the course's medians */
    ct_eda_charts *ch = charts(r);
    const ct_eda_chart *bx = &ch->charts[p + (size_t)v];
    assert_string_equal(bx->file, "box_video_view_count.svg");
    assert_non_null(strstr(bx->title, "median 501,555 vs 4,953"));
    ct_eda_charts_free(ch);
    ct_eda_free(r);
}

/* Render every chart of the real file to PNG in headless Chromium and check
 * each is a 900 x 560 image (a person still has to look at them: see
 * tests/render_svg.sh). Skips visibly when chromium or the data are absent;
 * never installs anything. */
static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

static void test_render_charts(void **state)
{
    (void)state;
    const char *chrome = "/usr/bin/chromium";
    if (access(chrome, X_OK) != 0) {
        fprintf(stderr, "SKIP: %s not installed; charts not rendered\n", chrome);
        skip();
    }
    const char *path = ct_test_data_path();
    if (!path)
        skip();
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load(path, NULL, &f, NULL, NULL), CT_OK);
    ct_eda *r = run(f);
    ct_frame_destroy(f);
    ct_eda_charts *ch = charts(r);
    char dir[] = "/tmp/ct_eda_render_XXXXXX";
    assert_non_null(mkdtemp(dir));
    for (size_t k = 0; k < ch->n; k++) {
        char svg[256], png[300], cmd[1200];
        snprintf(svg, sizeof svg, "%s/%s", dir, ch->charts[k].file);
        snprintf(png, sizeof png, "%s.png", svg);
        FILE *fp = fopen(svg, "w");
        assert_non_null(fp);
        assert_int_equal(ct_eda_chart_write(r, ch, k, NULL, fp, NULL), CT_OK);
        fclose(fp);
        snprintf(cmd, sizeof cmd,
                 "timeout 60 %s --headless --no-sandbox --disable-gpu "
                 "--disable-background-networking --disable-component-update --disable-sync "
                 "--no-first-run --hide-scrollbars --user-data-dir=%s/profile "
                 "--screenshot=%s --window-size=900,560 file://%s >/dev/null 2>&1",
                 chrome, dir, png, svg);
        assert_int_equal(system(cmd), 0);
        unsigned char head[24];
        fp = fopen(png, "rb");
        assert_non_null(fp);
        assert_int_equal(fread(head, 1, sizeof head, fp), sizeof head);
        fclose(fp);
        assert_memory_equal(head + 1, "PNG", 3);
        assert_int_equal(be32(head + 16), 900);
        assert_int_equal(be32(head + 20), 560);
        remove(png);
        remove(svg);
    }
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
    ct_eda_charts_free(ch);
    ct_eda_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_against_pandas),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_one_metric),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_charts_deterministic_and_escaped),
        cmocka_unit_test(test_charts_generic_words),
        cmocka_unit_test(test_titles_any_data),
        cmocka_unit_test(test_real_file),
        cmocka_unit_test(test_render_charts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
