/* claimtriage/reports_train.h — what `claimtriage train` uses by default on
 * the reports file: the label, the text, the id and the engagement
 * columns. The training workflow below app/ (claimtriage/train.h) names no
 * column; the CLI passes these.
 * Layer: app (docs/design.md).
 *
 * Ownership: every string and array is static. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_REPORTS_TRAIN_H
#define CLAIMTRIAGE_REPORTS_TRAIN_H

#include "claimtriage/common.h"
#include "claimtriage/train.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library defaults (ct_train_options_default) plus the reports file's
 * columns: target claim_status, positive "claim", text
 * video_transcription_text, id video_id, and the engagement columns
 * video_view_count, video_like_count, video_share_count,
 * video_download_count, video_comment_count. */
CT_API ct_train_options ct_reports_train_options(void);

#ifdef __cplusplus
}
#endif
#endif
