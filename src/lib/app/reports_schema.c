/* reports_schema.c — the reports file's schema (see
 * claimtriage/reports_schema.h): the column names and types of the TikTok
 * claims dataset, as the course describes it. */
#include "claimtriage/reports_schema.h"

/* no levels: categorical levels are learned from the data */
static const ct_schema_column reports_columns[] = {
    {.name = "#", .type = CT_TYPE_ID},
    {.name = "claim_status", .type = CT_TYPE_CATEGORY},
    {.name = "video_id", .type = CT_TYPE_ID},
    {.name = "video_duration_sec", .type = CT_TYPE_INT},
    {.name = "video_transcription_text", .type = CT_TYPE_TEXT},
    {.name = "verified_status", .type = CT_TYPE_CATEGORY},
    {.name = "author_ban_status", .type = CT_TYPE_CATEGORY},
    {.name = "video_view_count", .type = CT_TYPE_INT},
    {.name = "video_like_count", .type = CT_TYPE_INT},
    {.name = "video_share_count", .type = CT_TYPE_INT},
    {.name = "video_download_count", .type = CT_TYPE_INT},
    {.name = "video_comment_count", .type = CT_TYPE_INT},
};
static const ct_schema reports_schema = {reports_columns,
                                         sizeof reports_columns / sizeof reports_columns[0]};

const ct_schema *ct_reports_schema(void) { return &reports_schema; }
