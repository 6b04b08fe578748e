/* claimtriage/reports_triage.h — the review queue of the reports file: its
 * columns (video_id, video_view_count, video_share_count,
 * author_ban_status), the author status order that breaks ties, and the
 * reasons in a moderator's words.
 * Layer: app (docs/design.md).
 *
 * Ownership: static data; the options point at static storage.
 * Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_REPORTS_TRIAGE_H
#define CLAIMTRIAGE_REPORTS_TRIAGE_H

#include "claimtriage/triage.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ct_score_options_default() with the reports file's columns: id
 * video_id, reach from video_view_count and video_share_count, ties broken
 * by author_ban_status (banned, under review, active, then missing), the
 * reports schema (claimtriage/reports_schema.h) and reasons worded by
 * ct_reports_reason; the five engagement counts as count_columns (a
 * negative one the model reads flags its row negative_counts). */
CT_API ct_score_options ct_reports_score_options(void);

/* The author status order: "banned", "under review", "active"; *n = 3. */
CT_API const char *const *ct_reports_status_order(size_t *n);

/* A reason in words (a ct_reason_fn; user unused): an n-gram of the
 * transcript -> transcript says "a friend learned"; a count ->
 * "very high views: 812,000" (standardised value > 2: very high, > 0:
 * high, else low); author_ban_status -> "author under review", "author
 * banned"; verified_status -> "author not verified"; the transcript's
 * length -> "long transcript" / "short transcript"; other columns by
 * their name and level. A tree model's reasons can come from what a row
 * lacks and its numbers are raw (col->raw): an absent n-gram -> transcript
 * lacks "my"; another level -> "author not banned"; a raw count -> "views:
 * 812,000" (no adjective: the value is not standardised); a raw length ->
 * "transcript of 21 words". A row without the value: "no transcript",
 * "views missing", "verified status missing"; a level the model never saw:
 * "verified status unseen in training". */
CT_API size_t ct_reports_reason(void *user, const ct_pipeline_col *col, double phi, double x,
                                double raw, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
