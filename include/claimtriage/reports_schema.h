/* claimtriage/reports_schema.h — the schema of the reports file.
 * Layer: app (docs/design.md).
 *
 * The one place in the library that names the reports file's columns for
 * loading: the frame layer knows no dataset (ct_load_options_default() has
 * no schema), and the CLI passes this schema explicitly unless --no-schema.
 *
 * Ownership: see common.h. Thread-safety: static, immutable data.
 */
#ifndef CLAIMTRIAGE_REPORTS_SCHEMA_H
#define CLAIMTRIAGE_REPORTS_SCHEMA_H

#include "claimtriage/frame.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The reports file's schema, in file order: # (identifier), claim_status
 * (categorical), video_id (identifier), video_duration_sec (int),
 * video_transcription_text (text), verified_status and author_ban_status
 * (categorical), video_view_count, video_like_count, video_share_count,
 * video_download_count, video_comment_count (int). Categorical levels are
 * learned from the data (no fixed dictionary). Static storage; never NULL. */
CT_API const ct_schema *ct_reports_schema(void);

#ifdef __cplusplus
}
#endif
#endif
