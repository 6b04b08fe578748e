/* report_evidence.c — what the report says of the reports the model
 * scores without its evidence (score's no_evidence rule,
 * claimtriage/evidence.h) and of a model that read no text: the model's
 * errors when they are those rows' (evaluate.json's no_evidence and
 * with_evidence), the backlog of unlabelled rows when they hold no
 * evidence (inspect.json's missing-value patterns), the model family's
 * words for what stands in for a missing value (train.json), and a
 * transcription column empty in every row (inspect.json). Added
 * 2026-12-05 (tester AO F4, F8, F15, F18). */
#include "app/report_internal.h"

#include "claimtriage/evidence.h"
#include "claimtriage/numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* A tree model (gbdt, rf): a missing value follows each tree's learned
 * path, where a linear model reads the training mean (score's own words,
 * score.json drift.no_evidence_note). The family from train.json, else
 * evaluate.json. */
int rep_model_trees(const rep_ctx *c)
{
    const char *f = rep_str(rep_root(c, REP_TRAIN), "chosen.family");
    if (!f)
        f = rep_str(rep_root(c, REP_EVALUATE), "model.family");
    return f && (strcmp(f, "rf") == 0 || strcmp(f, "gbdt") == 0);
}

const char *rep_missing_stand_in(const rep_ctx *c)
{
    return rep_model_trees(c) ? "each tree's learned path for a missing value"
                              : "training averages";
}

/* The model's text column: X of its length features len(X) / words(X)
 * in train.json's audit, else the reports file's default. */
static int text_column(const rep_ctx *c, char *buf, size_t n)
{
    const ct_json_value *fs = rep_get(rep_root(c, REP_TRAIN), "audit.features");
    for (size_t i = 0; i < ct_json_size(fs); i++) {
        const char *nm = rep_str(ct_json_at(fs, i), "name");
        const char *k = rep_str(ct_json_at(fs, i), "kind");
        if (!nm || !k || strcmp(k, "length") != 0)
            continue;
        const char *open = strchr(nm, '(');
        const size_t l = strlen(nm);
        if (open && l > 0 && nm[l - 1] == ')') {
            snprintf(buf, n, "%.*s", (int)(l - 1 - (size_t)(open + 1 - nm)), open + 1);
            return 1;
        }
    }
    return 0;
}

/* inspect.json's profile of column name, or NULL. */
static const ct_json_value *profile(const rep_ctx *c, const char *name)
{
    const ct_json_value *ps = rep_get(rep_root(c, REP_INSPECT), "column_profiles");
    for (size_t i = 0; i < ct_json_size(ps); i++) {
        const char *nm = rep_str(ct_json_at(ps, i), "name");
        if (nm && strcmp(nm, name) == 0)
            return ct_json_at(ps, i);
    }
    return NULL;
}

int rep_text_empty(const rep_ctx *c, char *col, size_t n)
{
    if (!text_column(c, col, n))
        return 0;
    const ct_json_value *p = profile(c, col);
    const double rows = rep_num(rep_root(c, REP_INSPECT), "rows");
    return p && rows > 0 && rep_num(p, "missing") == rows;
}

int rep_evidence_errors(const rep_ctx *c, char *buf, size_t n)
{
    buf[0] = 0;
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    const double fn = rep_num(ev, "metrics.confusion.fn"), fp = rep_num(ev, "metrics.confusion.fp");
    const double nfn = rep_num(ev, "no_evidence.fn"), nfp = rep_num(ev, "no_evidence.fp");
    const double nrows = rep_num(ev, "no_evidence.labelled");
    if (!isfinite(fn) || !isfinite(fp) || !isfinite(nfn) || !isfinite(nfp) || !(nrows > 0))
        return 0;
    const double all = fn + fp, mine = nfn + nfp;
    if (!(all > 0) || !(2 * mine > all))
        return 0;
    char a[32], m[32], r[32], w[32], rec[32], prec[32], parts[128];
    rep_count(a, sizeof a, all);
    rep_count(m, sizeof m, mine);
    rep_count(r, sizeof r, nrows);
    rep_count(w, sizeof w, rep_num(ev, "with_evidence.labelled"));
    rep_pct_near(rec, sizeof rec, rep_num(ev, "with_evidence.metrics.recall"));
    rep_pct_near(prec, sizeof prec, rep_num(ev, "with_evidence.metrics.precision"));
    char b1[32], b2[32];
    rep_count(b1, sizeof b1, nfn);
    rep_count(b2, sizeof b2, nfp);
    if (nfn > 0 && nfp > 0)
        snprintf(parts, sizeof parts, "%s missed claim%s, %s flagged opinion%s", b1, rep_s(nfn), b2,
                 rep_s(nfp));
    else if (nfn > 0)
        snprintf(parts, sizeof parts, "%s missed claim%s", b1, rep_s(nfn));
    else
        snprintf(parts, sizeof parts, "%s flagged opinion%s", b2, rep_s(nfp));
    const int every = mine == all;
    char on[256] = "", rest[160] = "";
    if (isfinite(rep_num(ev, "with_evidence.metrics.recall")))
        snprintf(on, sizeof on,
                 " On the %s reports with their data it catches %s of claims, %s of its flags "
                 "being claims.",
                 w, rec, prec);
    if (!every) {
        char o[32];
        rep_count(o, sizeof o, all - mine);
        snprintf(rest, sizeof rest, " (the other %s %s among reports with their data)", o,
                 all - mine == 1 ? "is" : "are");
    }
    char lead[96];
    if (every && all == 1)
        snprintf(lead, sizeof lead, "The model's one error");
    else if (every)
        snprintf(lead, sizeof lead, "All of the model's %s errors", a);
    else
        snprintf(lead, sizeof lead, "%s of the model's %s errors", m, a);
    snprintf(buf, n,
             "%s (%s) %s among the %s labelled reports scored without their data (no transcript "
             "and most counts missing), whose scores come from %s, not from the report.%s Those "
             "reports need their data, or a person, to be judged; lowering the threshold is not "
             "the fix for them%s: it would flag more reports whose scores cannot be trusted.",
             lead, parts, mine == 1 ? "is" : "are", r, rep_missing_stand_in(c), on, rest);
    return every ? 2 : 1;
}

int rep_backlog_without_evidence(const rep_ctx *c)
{
    const ct_json_value *tr = rep_root(c, REP_TRAIN), *in = rep_root(c, REP_INSPECT);
    const double nu = rep_num(tr, "rows.unlabelled");
    const char *target = rep_str(in, "target.column");
    const ct_json_value *fs = rep_get(tr, "audit.features"),
                        *pats = rep_get(in, "missing_patterns");
    char text[256];
    if (!(nu > 0) || !target || !ct_json_size(fs) || !ct_json_size(pats))
        return 0;
    const int has_text = text_column(c, text, sizeof text);
    size_t nnum = 0;
    for (size_t i = 0; i < ct_json_size(fs); i++) {
        const char *k = rep_str(ct_json_at(fs, i), "kind");
        nnum += k && strcmp(k, "numeric") == 0;
    }
    /* every pattern missing the label: lacking evidence by score's rule */
    double covered = 0;
    for (size_t p = 0; p < ct_json_size(pats); p++) {
        const ct_json_value *cols = rep_get(ct_json_at(pats, p), "columns");
        int has_target = 0, tm = 0;
        size_t nm = 0;
        for (size_t j = 0; j < ct_json_size(cols); j++) {
            const char *cn = ct_json_string(ct_json_at(cols, j), NULL);
            if (!cn)
                continue;
            has_target |= strcmp(cn, target) == 0;
            tm |= has_text && strcmp(cn, text) == 0;
            for (size_t i = 0; i < ct_json_size(fs); i++) {
                const char *k = rep_str(ct_json_at(fs, i), "kind");
                const char *fn = rep_str(ct_json_at(fs, i), "name");
                nm += k && fn && strcmp(k, "numeric") == 0 && strcmp(fn, cn) == 0;
            }
        }
        if (!has_target)
            continue;
        if (ct_evidence_lacking(has_text ? 1 : 0, nnum, (size_t)tm, nm) != 1)
            return 0;
        covered += rep_num(ct_json_at(pats, p), "count");
    }
    return covered == nu;
}

void rep_evidence_point(rep_ctx *c)
{
    char e[REP_TEXT_MAX], t[600] = "", col[256];
    const int errs = rep_evidence_errors(c, e, sizeof e);
    if (rep_text_empty(c, col, sizeof col))
        snprintf(t, sizeof t,
                 "The transcription column (%s) is empty in every report, so the model read no "
                 "text: it ranks on engagement and account status alone, and what the audit "
                 "says of those inputs matters most.",
                 col);
    if (!errs && !t[0])
        return;
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    rep_point *pt = rep_point_add(c, "evidence", errs ? "evaluate.json" : "inspect.json", "%s%s%s",
                                  errs ? e : "", errs && t[0] ? " " : "", t);
    if (pt && errs) {
        rep_fig(pt, "errors",
                rep_num(ev, "metrics.confusion.fn") + rep_num(ev, "metrics.confusion.fp"));
        rep_fig(pt, "errors_without_evidence",
                rep_num(ev, "no_evidence.fn") + rep_num(ev, "no_evidence.fp"));
        rep_fig(pt, "reports_without_evidence", rep_num(ev, "no_evidence.labelled"));
        rep_fig(pt, "recall_with_evidence", rep_num(ev, "with_evidence.metrics.recall"));
        rep_fig(pt, "precision_with_evidence", rep_num(ev, "with_evidence.metrics.precision"));
    }
}

const char *rep_audit_why(const rep_ctx *c, const ct_json_value *m)
{
    const char *f = rep_str(m, "features");
    char col[256];
    if (f && strcmp(f, "text") == 0 && rep_str(m, "why") && rep_text_empty(c, col, sizeof col))
        return "the column is empty in every row";
    return rep_str(m, "why");
}

/* train's own words for it (cmd_train.c's audit_too_few), with the counts
 * the report says rows in */
int rep_audit_too_few(const ct_json_value *tr, int validation, char *buf, size_t n)
{
    buf[0] = '\0';
    if (ct_json_bool_value(
            rep_get(tr, validation ? "audit.validation_too_few_rows" : "audit.too_few_rows")) != 1)
        return 0;
    double pos = NAN, rows = NAN;
    if (validation) { /* the rows the models' validation figures are computed on */
        const ct_json_value *models = rep_get(tr, "audit.models");
        for (size_t i = 0; i < ct_json_size(models) && !isfinite(rows); i++) {
            const ct_json_value *v = rep_get(ct_json_at(models, i), "validation");
            pos = rep_num(v, "positives");
            rows = rep_num(v, "n");
        }
    } else {
        pos = rep_num(tr, "audit.positives");
        rows = pos + rep_num(tr, "audit.negatives");
    }
    char cls[96] = "";
    if (isfinite(pos) && isfinite(rows)) {
        char rb[32], pb[32];
        rep_count(rb, sizeof rb, rows);
        rep_count(pb, sizeof pb, pos);
        snprintf(cls, sizeof cls, "only %s report%s (%s of them %s), ", rb, rep_s(rows), pb,
                 pos == 1 ? "a claim" : "claims");
    }
    const char *auc = validation ? "a ROC AUC" : "an AUC";
    const double d = rep_num(tr, validation ? "audit.validation_detectable_roc_auc"
                                            : "audit.detectable_roc_auc");
    if (!isfinite(d))
        snprintf(buf, n, "%stoo few to tell a useful ranking from chance", cls);
    else if (d > 1)
        snprintf(buf, n, "%sso few that even %s of 1 could be chance on them", cls, auc);
    else {
        char lo[32], hi[32];
        ct_numfmt_fixed(lo, sizeof lo, 1 - d, 2);
        ct_numfmt_fixed(hi, sizeof hi, d, 2);
        snprintf(buf, n, "%sso few that %s from %s to %s could be chance on them", cls, auc, lo,
                 hi);
    }
    return 1;
}
