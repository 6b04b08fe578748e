/* evaluate_by.c — the evaluation's errors within each level of a
 * categorical column (verified and unverified accounts), from the result's
 * probabilities and labels (see claimtriage/evaluate.h). */
#include "claimtriage/evaluate.h"
#include "claimtriage/list.h"
#include "claimtriage/train.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void ct_evaluate_by_free(ct_evaluate_by *b)
{
    if (!b)
        return;
    for (size_t k = 0; k < b->n_groups; k++)
        ct_free(b->groups[k].level);
    ct_free(b->groups);
    ct_free(b->column);
    ct_free(b);
}

/* Group k's metrics over its labelled rows (ord[0..m)). */
static ct_status group_metrics(const ct_evaluate_result *r, const size_t *ord, size_t m,
                               ct_evaluate_group *g, double *y, double *p, ct_diag *diag)
{
    size_t n = 0;
    for (size_t i = 0; i < m; i++) {
        const size_t row = ord[i];
        if (isnan(r->label[row]))
            continue;
        y[n] = r->label[row];
        p[n++] = r->proba[row];
    }
    g->n_labelled = n;
    if (!n)
        return CT_OK;
    ct_status s = ct_metrics_binary_compute(y, p, n, r->threshold, &g->metrics, diag);
    g->n_positive = g->metrics.npos;
    return s;
}

/* "--by=NAME" as a shell takes it: in single quotes unless NAME is plain. */
static int by_arg(char *out, size_t cap, const char *name)
{
    const int plain = name[strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                        "0123456789_.-/")] == '\0' &&
                      !strchr(name, '\'');
    return snprintf(out, cap, plain ? "--by=%s" : "--by='%s'", name);
}

/* --by takes one column, its name as written. An absent name that is a
 * list (claimtriage/list.h): of columns ("verified_status,author_ban_status",
 * as eda's --by takes): the hint says --by takes one and names the runs
 * that give each; of one quoted column ("\"views, total\"", as a list
 * writes a name holding ','): the hint says to give it without quotes. */
static void by_list_hint(const ct_frame *f, const char *name, ct_diag *diag)
{
    char buf[CT_DIAG_MSG_MAX], runs[CT_DIAG_MSG_MAX / 2] = "";
    const char *items[16];
    size_t n = 0, w = 0, j;
    snprintf(buf, sizeof buf, "%s", name);
    if (ct_list_split(buf, 0, items, 16, &n, NULL) != CT_OK || n > 16)
        return;
    /* the list cut into columns, each the longest run of items that joined
     * by ',' names one ("account, status,region": 'account, status' and
     * 'region', a name holding ',' that the list split) */
    size_t parts = 0;
    for (size_t i = 0; i < n; parts++) {
        char col[CT_DIAG_MSG_MAX];
        size_t end = n;
        for (; end > i; end--) {
            size_t at = 0;
            for (size_t q = i; q < end && at < sizeof col; q++)
                at +=
                    (size_t)snprintf(col + at, sizeof col - at, "%s%s", q > i ? "," : "", items[q]);
            if (at < sizeof col && ct_frame_find(f, col, &j, NULL) == CT_OK)
                break;
        }
        if (end == i)
            return;
        if (parts)
            w += (size_t)snprintf(runs + w, sizeof runs - w, ", then ");
        if (w < sizeof runs)
            w += (size_t)by_arg(runs + w, sizeof runs - w, col);
        if (w >= sizeof runs)
            return;
        i = end;
    }
    if (parts > 1)
        snprintf(diag->hint, sizeof diag->hint,
                 "--by takes one column, and each of these is one: run evaluate once per "
                 "column (%s)",
                 runs);
    else if (parts == 1 && strcmp(items[0], name) != 0)
        snprintf(diag->hint, sizeof diag->hint,
                 "--by takes one column, its name as written: the quotes of a list are not "
                 "needed (%s)",
                 runs);
}

/* The columns --by can take, those of the frame with levels (the first
 * 8), into the hint of an absent one that is near none of them: a typo
 * ('verifed_status', which since 2026-12-07 gets ct_frame_near_name's
 * "did you mean") had no hint before 2026-12-07, where test's --by and
 * inspect's --target list the file's columns
 * (tests/cli/evaluate_by_absent_lists_columns). */
static void by_columns_hint(const ct_frame *f, ct_diag *diag)
{
    size_t at = 0, shown = 0, more = 0;
    const size_t cap = sizeof diag->hint;
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *c = ct_frame_col(f, j);
        if (!ct_column_codes(c))
            continue;
        if (shown == 8) {
            more++;
            continue;
        }
        at += (size_t)snprintf(diag->hint + at, at < cap ? cap - at : 0, "%s'%s'",
                               shown ? ", " : "the file's categorical columns are ",
                               ct_column_name(c));
        shown++;
    }
    if (!shown)
        snprintf(diag->hint, cap,
                 "the file has no categorical column to count the errors by (--by=COL)");
    else if (at < cap)
        snprintf(diag->hint + at, cap - at, "%s (--by=COL)", more ? ", ..." : "");
}

/* The column's codes, or its status: absent, or not categorical. */
static ct_status by_column(const ct_frame *f, const char *column, const ct_column **c,
                           ct_diag *diag)
{
    ct_status s = ct_frame_find_as(f, column, "--by", c, diag);
    if (s == CT_ECOLUMN && diag && !diag->hint[0] && strpbrk(column, ",\""))
        by_list_hint(f, column, diag);
    if (s == CT_ECOLUMN && diag && !diag->hint[0])
        by_columns_hint(f, diag);
    if (s)
        return s;
    if (!ct_column_codes(*c)) {
        ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                    "column '%s' is of type %s, not categorical: errors are counted by the "
                    "levels of a categorical column (as verified_status)",
                    column, ct_type_name(ct_column_type(*c)));
        /* why it is not categorical, as eda and test say it (before
         * 2026-12-06 no hint: 3 long levels read as text were a mystery:
         * tests/cli/evaluate_by_text_column_hint) */
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s", ct_column_category_hint(*c));
        return CT_ETYPE;
    }
    return CT_OK;
}

ct_status ct_evaluate_by_check(const ct_frame *f, const char *column, ct_diag *diag)
{
    if (!f || !column)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "evaluate by group: a frame and a column "
                           "are needed");
    const ct_column *c;
    return by_column(f, column, &c, diag);
}

ct_status ct_evaluate_by_run(const ct_evaluate_result *r, const ct_frame *f, const char *column,
                             ct_evaluate_by **out, ct_diag *diag)
{
    *out = NULL;
    if (!r || !f || !column || ct_frame_nrows(f) != r->n_rows)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "evaluate by group: a result, its frame and a column are needed");
    const ct_column *c;
    ct_status s = by_column(f, column, &c, diag);
    if (s)
        return s;
    const int32_t *code = ct_column_codes(c);
    const size_t nl = ct_column_nlevels(c), n = r->n_rows;
    size_t nmiss = 0;
    for (size_t i = 0; i < n; i++)
        nmiss += code[i] < 0;
    const size_t ng = nl + (nmiss > 0);
    ct_evaluate_by *b = ct_calloc(1, sizeof *b);
    size_t *start = ct_calloc(ng + 1, sizeof *start), *ord = ct_malloc((n ? n : 1) * sizeof *ord);
    double *y = ct_malloc((n ? n : 1) * sizeof *y), *p = ct_malloc((n ? n : 1) * sizeof *p);
    if (!b || !start || !ord || !y || !p || !(b->column = ct_strdup(column)) ||
        !(b->groups = ct_calloc(ng ? ng : 1, sizeof *b->groups))) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the errors by group");
        goto done;
    }
    b->n_groups = ng;
    /* rows by group (levels in the column's order, missing last; rows in
     * order within each): a counting sort */
    for (size_t i = 0; i < n; i++)
        start[(code[i] < 0 ? nl : (size_t)code[i]) + 1]++;
    for (size_t k = 0; k < ng; k++)
        start[k + 1] += start[k];
    for (size_t i = 0; i < n; i++)
        ord[start[code[i] < 0 ? nl : (size_t)code[i]]++] = i;
    for (size_t k = ng; k > 0; k--) /* each start moved to its group's end: back */
        start[k] = start[k - 1];
    start[0] = 0;
    for (size_t k = 0; k < ng && !s; k++) {
        ct_evaluate_group *g = &b->groups[k];
        g->missing = k == nl;
        if (!(g->level = ct_strdup(g->missing ? "" : ct_column_level(c, k)))) {
            s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the errors by group");
            break;
        }
        g->n_rows = start[k + 1] - start[k];
        s = group_metrics(r, ord + start[k], g->n_rows, g, y, p, diag);
    }
done:
    ct_free(start);
    ct_free(ord);
    ct_free(y);
    ct_free(p);
    if (s) {
        ct_evaluate_by_free(b);
        return s;
    }
    *out = b;
    return CT_OK;
}

void ct_evaluate_by_write_json(const ct_evaluate_by *b, ct_json *w)
{
    ct_json_key(w, "by");
    ct_json_object_begin(w);
    ct_json_key(w, "column");
    ct_json_str(w, b->column);
    ct_json_key(w, "groups");
    ct_json_array_begin(w);
    for (size_t k = 0; k < b->n_groups; k++) {
        const ct_evaluate_group *g = &b->groups[k];
        ct_json_object_begin(w);
        ct_json_key(w, "level");
        if (g->missing)
            ct_json_null(w);
        else
            ct_json_str(w, g->level);
        ct_json_key(w, "rows");
        ct_json_uint(w, g->n_rows);
        ct_json_key(w, "labelled");
        ct_json_uint(w, g->n_labelled);
        ct_json_key(w, "metrics");
        if (g->n_labelled) {
            ct_json_object_begin(w);
            ct_train_write_metrics_json(&g->metrics, w);
            ct_json_object_end(w);
        } else
            ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}
