/* reports_schema.c — the reports file's schema (see
 * claimtriage/reports_schema.h): the column names and types of the TikTok
 * claims dataset, as the course describes it. */
#include "claimtriage/reports_schema.h"

#define COL(n, t) {.name = (n), .type = (t), .levels = NULL, .nlevels = 0}

static const ct_schema_column reports_columns[] = {
    COL("#", CT_TYPE_ID),
    COL("claim_status", CT_TYPE_CATEGORY),
    COL("video_id", CT_TYPE_ID),
    COL("video_duration_sec", CT_TYPE_INT),
    COL("video_transcription_text", CT_TYPE_TEXT),
    COL("verified_status", CT_TYPE_CATEGORY),
    COL("author_ban_status", CT_TYPE_CATEGORY),
    COL("video_view_count", CT_TYPE_INT),
    COL("video_like_count", CT_TYPE_INT),
    COL("video_share_count", CT_TYPE_INT),
    COL("video_download_count", CT_TYPE_INT),
    COL("video_comment_count", CT_TYPE_INT),
};
static const ct_schema reports_schema = {reports_columns,
                                         sizeof reports_columns / sizeof reports_columns[0]};

const ct_schema *ct_reports_schema(void) { return &reports_schema; }
