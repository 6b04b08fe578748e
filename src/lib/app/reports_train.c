/* reports_train.c — the reports file's defaults for training the claim
 * classifier (claimtriage/reports_train.h). */
#include "claimtriage/reports_train.h"

static const char *const engagement[] = {
    "video_view_count",     "video_like_count",    "video_share_count",
    "video_download_count", "video_comment_count",
};

ct_train_options ct_reports_train_options(void)
{
    ct_train_options o = ct_train_options_default();
    o.target = "claim_status";
    o.positive = "claim";
    o.text = "video_transcription_text";
    o.id = "video_id";
    o.engagement = engagement;
    o.nengagement = sizeof engagement / sizeof engagement[0];
    return o;
}
