/* claimtriage/reports_defaults.h — what the analyses use by default on the
 * reports file (the course's TikTok claims data): its columns for eda,
 * inspect and test, its chart names and headline words ("videos", "views"),
 * and the word for its rows in test sentences. The generic modules below
 * app/ take all of this as options; the CLI passes these.
 * Layer: app (docs/design.md).
 *
 * Every function returns a struct by value whose strings and arrays are
 * static (valid for the whole process, never to be freed). Thread-safety:
 * reentrant.
 */
#ifndef CLAIMTRIAGE_REPORTS_DEFAULTS_H
#define CLAIMTRIAGE_REPORTS_DEFAULTS_H

#include "claimtriage/common.h"
#include "claimtriage/eda.h"
#include "claimtriage/eda_charts.h"
#include "claimtriage/htest_text.h"
#include "claimtriage/inspect.h"

#ifdef __cplusplus
extern "C" {
#endif

/* eda: class claim_status; groupings by verified_status and
 * author_ban_status, and claim_status x author_ban_status; text
 * video_transcription_text; metrics video_duration_sec and the five
 * engagement counts (views, likes, shares, downloads, comments); rates
 * likes, comments, shares and downloads per view (denominator
 * video_view_count); iqr_k 1.5. */
CT_API ct_eda_options ct_reports_eda_options(void);

/* eda charts: short names ("video_view_count" -> "views", "claim_status"
 * -> "claim status"), the headline noun and unit of video_duration_sec
 * ("video duration", " s"), file stems ("class", "verified", "ban",
 * "views", "likes"), "authors" for the levels of verified_status and
 * author_ban_status, rows are "video"/"videos", the scatter is views
 * against likes; the titles' shares are of 'claim' (positive). */
CT_API ct_eda_chart_options ct_reports_eda_chart_options(void);

/* The short name of a column of the reports file ("views"), the column
 * name itself for any other. Never NULL; static or the argument. */
CT_API const char *ct_reports_pretty(const char *column);

/* inspect: the class balance of claim_status, left out quietly when the
 * file has no such column. */
CT_API ct_inspect_options ct_reports_inspect_options(void);

/* The reports file's columns that cannot be negative (the duration and
 * the engagement counts), *n of them; a static array. inspect notes a
 * negative value in any of them as a data error. */
CT_API const char *const *ct_reports_nonnegative_columns(size_t *n);

/* `claimtriage test` without --by/--pair: video_view_count compared across
 * verified_status, then the associations claim_status x author_ban_status
 * and claim_status x verified_status. */
typedef struct ct_reports_tests {
    const char *measure, *by;
    const char *pairs[2][2];
    size_t npairs;
} ct_reports_tests;
CT_API ct_reports_tests ct_reports_default_tests(void);

/* Test sentences: the rows are "videos"; shares are of 'claim' (positive). */
CT_API ct_htest_text_options ct_reports_htest_text_options(void);

#ifdef __cplusplus
}
#endif
#endif
