/* claimtriage/reports_model.h — the course's default model of the reports
 * file: what `claimtriage regress` fits when told nothing else.
 * Layer: app (docs/design.md).
 *
 * Everything the regression knows about the reports file lives here, not in
 * the generic layers below (features/, models/, select/ name no column):
 *   - target verified_status, positive value "verified";
 *   - seven features: video_duration_sec, claim_status (reference "claim"),
 *     author_ban_status (reference "active"), video_view_count,
 *     video_share_count, video_download_count, video_comment_count;
 *   - capped columns (Q3 + 1.5·IQR): video_like_count, video_comment_count;
 *   - the id column whose repeats the independence check counts: video_id;
 *   - the engagement screen: video_view_count, video_like_count,
 *     video_share_count, video_download_count, video_comment_count, and the
 *     sentence the independence check ends with.
 *
 * Ownership: every string and array is static. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_REPORTS_MODEL_H
#define CLAIMTRIAGE_REPORTS_MODEL_H

#include "claimtriage/common.h"
#include "claimtriage/design.h"
#include "claimtriage/regress.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fill *design and *regress (either may be NULL) with the course's model:
 * the library defaults (ct_design_options_default,
 * ct_regress_options_default) plus the columns above. */
CT_API void ct_reports_regress_options(ct_design_options *design, ct_regress_options *regress);

#ifdef __cplusplus
}
#endif
#endif
