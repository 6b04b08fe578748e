/* reports_triage.c — the reports file's review queue: which columns give
 * the id, the reach and the author status, and the reasons in words a
 * moderator reads. */
#include "claimtriage/numfmt.h"
#include "claimtriage/reports_defaults.h"
#include "claimtriage/reports_schema.h"
#include "claimtriage/reports_triage.h"

#include <math.h>
#include <string.h>

static const char *const status_order[] = {"banned", "under review", "active"};

const char *const *ct_reports_status_order(size_t *n)
{
    *n = sizeof status_order / sizeof status_order[0];
    return status_order;
}

ct_score_options ct_reports_score_options(void)
{
    ct_score_options o = ct_score_options_default();
    o.id_column = "video_id";
    o.views_column = "video_view_count";
    o.shares_column = "video_share_count";
    o.status_column = "author_ban_status";
    o.status_order = ct_reports_status_order(&o.status_nlevels);
    o.reason_fn = ct_reports_reason;
    o.load.schema = ct_reports_schema();
    /* the engagement counts: a negative one the model reads is flagged */
    static const char *const counts[] = {"video_view_count", "video_like_count",
                                         "video_share_count", "video_download_count",
                                         "video_comment_count"};
    o.count_columns = counts;
    o.ncount_columns = sizeof counts / sizeof counts[0];
    return o;
}

static size_t put(size_t cap, int w) { return w > 0 && (size_t)w < cap ? (size_t)w : 0; }

size_t ct_reports_reason(void *user, const ct_pipeline_col *col, double phi, double x, double raw,
                         char *buf, size_t cap)
{
    (void)user;
    (void)phi;
    /* A tree's contribution can come from what a row lacks (a term absent,
     * another level) and its design holds numbers as they are (col->raw):
     * then "high" or "low" is not known here, and the value is named alone. */
    /* the text column by its name in words: "transcript" for the reports
     * file's, a column of another file's (train --text) as it is named */
    const char *text = ct_reports_pretty(col->source);
    if ((col->kind == CT_PIPELINE_NGRAM || col->kind == CT_PIPELINE_LENGTH) && isnan(x))
        return put(cap, snprintf(buf, cap, "no %s", text));
    switch (col->kind) {
    case CT_PIPELINE_NGRAM:
        if (x == 0)
            return put(cap, snprintf(buf, cap, "%s lacks \"%s\"", text, col->detail));
        return put(cap, snprintf(buf, cap, "%s says \"%s\"", text, col->detail));
    case CT_PIPELINE_LENGTH: {
        /* the unit named: the characters' and the words' columns are two
         * reasons, and "long transcript" twice read as a repeat */
        const char *unit = strncmp(col->name, "words(", 6) == 0 ? "words" : "characters";
        char num[48];
        if (col->raw) {
            ct_numfmt_value(num, sizeof num, x);
            return put(cap, snprintf(buf, cap, "%s of %s %.*s", text, num,
                                     (int)strlen(unit) - (x == 1), unit));
        }
        if (isfinite(raw) && raw >= 0 && raw < 1e15) {
            ct_numfmt_value(num, sizeof num, raw);
            return put(cap, snprintf(buf, cap, "%s %s: %s %.*s", x > 0 ? "long" : "short", text,
                                     num, (int)strlen(unit) - (raw == 1), unit));
        }
        return put(cap, snprintf(buf, cap, "%s %s (%s)", x > 0 ? "long" : "short", text, unit));
    }
    case CT_PIPELINE_LEVEL:
        /* the row's value is empty or a level the model never saw: every
         * indicator is 0, and "author not verified" would state what the
         * row does not say (before 2026-12-04: tests/cli/score_reasons_unseen_level) */
        if (isnan(x))
            return put(cap, snprintf(buf, cap, "%s %s", ct_reports_pretty(col->source),
                                     isnan(raw) ? "missing" : "unseen in training"));
        if (strcmp(col->source, "author_ban_status") == 0 ||
            strcmp(col->source, "verified_status") == 0)
            return put(cap, snprintf(buf, cap, "author %s%s", x == 0 ? "not " : "", col->detail));
        return put(cap, snprintf(buf, cap, "%s: %s%s", ct_reports_pretty(col->source),
                                 x == 0 ? "not " : "", col->detail));
    case CT_PIPELINE_NUMERIC: {
        const char *how = col->raw ? "" : x > 2 ? "very high " : x > 0 ? "high " : "low ";
        if (!isfinite(raw))
            return put(cap, snprintf(buf, cap, "%s missing", ct_reports_pretty(col->source)));
        /* as the out-of-range note writes it (ct_pipeline_outside_note) */
        char num[48];
        ct_numfmt_value(num, sizeof num, raw);
        return put(cap, snprintf(buf, cap, "%s%s: %s", how, ct_reports_pretty(col->source), num));
    }
    }
    return 0;
}
