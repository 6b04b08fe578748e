/* reports_model.c — the course's default model of the reports file: target,
 * features and references, capped columns, id column, engagement screen
 * (see claimtriage/reports_model.h). */
#include "claimtriage/reports_model.h"

static const ct_encoder_feature course_features[] = {
    {"video_duration_sec", NULL, 0},    {"claim_status", "claim", 0},
    {"author_ban_status", "active", 0}, {"video_view_count", NULL, 0},
    {"video_share_count", NULL, 0},     {"video_download_count", NULL, 0},
    {"video_comment_count", NULL, 0},
};
static const char *const course_cap[] = {"video_like_count", "video_comment_count"};
static const char *const engagement_cols[] = {"video_view_count", "video_like_count",
                                              "video_share_count", "video_download_count",
                                              "video_comment_count"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void ct_reports_regress_options(ct_design_options *design, ct_regress_options *regress)
{
    if (design) {
        *design = ct_design_options_default();
        design->target = "verified_status";
        design->positive = "verified";
        design->features = course_features;
        design->nfeatures = COUNT(course_features);
        design->cap = course_cap;
        design->ncap = COUNT(course_cap);
        design->id_column = "video_id";
    }
    if (regress) {
        *regress = ct_regress_options_default();
        regress->screen = engagement_cols;
        regress->nscreen = COUNT(engagement_cols);
        regress->screen_name = "engagement screen";
        regress->screen_noun = "engagement";
        regress->independence_note = "one video per row (authors are not identified, so "
                                     "clustering by author cannot be checked)";
    }
}
