/* reports_defaults.c — the reports file's columns, chart names and words
 * for the generic analyses (see claimtriage/reports_defaults.h). Every
 * column name of the reports file that eda, inspect and test use by
 * default is in this file. */
#include "claimtriage/reports_defaults.h"

#include <string.h>

static const char *const eda_by[] = {"verified_status", "author_ban_status"};
static const char *const eda_metrics[] = {"video_duration_sec",   "video_view_count",
                                          "video_like_count",     "video_share_count",
                                          "video_download_count", "video_comment_count"};
static const char *const eda_rate_cols[] = {"video_like_count", "video_comment_count",
                                            "video_share_count", "video_download_count"};
static const char *const eda_rate_names[] = {"likes_per_view", "comments_per_view",
                                             "shares_per_view", "downloads_per_view"};

/* column, name, noun, unit, stem, level noun */
static const ct_chart_label labels[] = {
    {"video_duration_sec", "duration (s)", "video duration", " s", NULL, NULL},
    {"video_view_count", "views", NULL, NULL, "views", NULL},
    {"video_like_count", "likes", NULL, NULL, "likes", NULL},
    {"video_share_count", "shares", NULL, NULL, "shares", NULL},
    {"video_download_count", "downloads", NULL, NULL, "downloads", NULL},
    {"video_comment_count", "comments", NULL, NULL, "comments", NULL},
    {"claim_status", "claim status", NULL, NULL, "class", NULL},
    {"verified_status", "verified status", NULL, NULL, "verified", "authors"},
    {"author_ban_status", "author ban status", NULL, NULL, "ban", "authors"},
    {"video_transcription_text", "transcript", NULL, NULL, "transcript", NULL},
};
#define NLABELS (sizeof labels / sizeof labels[0])

ct_eda_options ct_reports_eda_options(void)
{
    ct_eda_options o = ct_eda_options_default();
    o.class_col = "claim_status";
    o.by_cols = eda_by;
    o.nby = sizeof eda_by / sizeof eda_by[0];
    o.cross_col = "author_ban_status";
    o.text_col = "video_transcription_text";
    o.metrics = eda_metrics;
    o.nmetrics = sizeof eda_metrics / sizeof eda_metrics[0];
    o.rate_denominator = "video_view_count";
    o.rate_cols = eda_rate_cols;
    o.rate_names = eda_rate_names;
    o.nrates = sizeof eda_rate_cols / sizeof eda_rate_cols[0];
    return o;
}

ct_eda_chart_options ct_reports_eda_chart_options(void)
{
    ct_eda_chart_options o = ct_eda_chart_options_default();
    o.labels = labels;
    o.nlabels = NLABELS;
    o.unit = "video";
    o.unit_plural = "videos";
    o.scatter_x = "video_view_count";
    o.scatter_y = "video_like_count";
    o.positive = "claim";
    return o;
}

const char *ct_reports_pretty(const char *column)
{
    const ct_chart_label *l = ct_chart_label_find(labels, NLABELS, column);
    return l && l->name ? l->name : column;
}

ct_inspect_options ct_reports_inspect_options(void)
{
    ct_inspect_options o = ct_inspect_options_default();
    o.target = "claim_status";
    return o;
}

const char *const *ct_reports_nonnegative_columns(size_t *n)
{
    static const char *const cols[] = {"video_duration_sec",   "video_view_count",
                                       "video_like_count",     "video_share_count",
                                       "video_download_count", "video_comment_count"};
    *n = sizeof cols / sizeof cols[0];
    return cols;
}

ct_reports_tests ct_reports_default_tests(void)
{
    ct_reports_tests t;
    memset(&t, 0, sizeof t);
    t.measure = "video_view_count";
    t.by = "verified_status";
    t.pairs[0][0] = "claim_status";
    t.pairs[0][1] = "author_ban_status";
    t.pairs[1][0] = "claim_status";
    t.pairs[1][1] = "verified_status";
    t.npairs = 2;
    return t;
}

ct_htest_text_options ct_reports_htest_text_options(void)
{
    ct_htest_text_options o = ct_htest_text_options_default();
    o.unit = "video";
    o.unit_plural = "videos";
    o.positive = "claim";
    return o;
}
