/* cmd_regress.c — `claimtriage regress FILE`: the course's logistic
 * regression of verified_status, with its assumptions checked, plain-language
 * interpretation and a held-out classification view. Parses options, calls
 * the library (the design: claimtriage/design.h; the analysis:
 * claimtriage/regress.h; the course's defaults: claimtriage/reports_model.h)
 * and prints the row accounting, then the result through the library's
 * writers (ct_regress_write_text, or ct_regress_write_json under the header
 * every --json output carries). */
#include "cli.h"
#include "claimtriage/reports_train.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char regress_help[] =
    "usage: claimtriage regress FILE [options]\n\n"
    "Logistic regression of a binary target on video features, fitted by\n"
    "Newton/IRLS on every cleaned row, reported like statsmodels' Logit summary\n"
    "(coefficients, standard errors, z, p-values, confidence intervals at\n"
    "1 - alpha (95% by default), odds ratios), with its\n"
    "assumptions checked (binary outcome, independence, multicollinearity with an\n"
    "engagement-column screen, Box-Tidwell linearity, influential rows, events\n"
    "per predictor, separation), plain-language interpretation, and the same\n"
    "model's accuracy, precision, recall, F1 and ROC AUC on a stratified held-out\n"
    "split.\n\n"
    "Cleaning (the course's): rows missing any used column and exact duplicate\n"
    "rows are dropped; capped columns are limited to Q3 + 1.5*IQR.\n\n"
    "Options:\n"
    "  --target=COL            outcome column (default verified_status)\n"
    "  --positive=VALUE        outcome value coded 1 (default verified; required\n"
    "                          with --target)\n"
    "  --features=A,B:REF,...  predictors; a categorical one is one-hot encoded\n"
    "                          against REF (default: first level in byte order).\n"
    "                          Default: video_duration_sec, claim_status:claim,\n"
    "                          author_ban_status:active, video_view_count,\n"
    "                          video_share_count, video_download_count,\n"
    "                          video_comment_count\n"
    "  --cap-outliers=A,B|none columns capped at Q3 + 1.5*IQR (default\n"
    "                          video_like_count,video_comment_count); in both\n"
    "                          lists a name holding ',' is in double quotes\n"
    "  --screen=A,B,...|none   the engagement screen's columns, their VIFs together\n"
    "                          (default the five engagement counts: views, likes,\n"
    "                          shares, downloads, comments; those absent left out)\n"
    "  --views=COL, --shares=COL  the file's names for the view and share counts\n"
    "                          (default features and screen; negative values said)\n"
    "  --id=COL                the id column whose repeats the independence check\n"
    "                          counts (default video_id, else the file's first id)\n"
    "  --test-size=F           held-out fraction, 0 < F < 1 (default 0.25)\n"
    "  --seed=S                split seed (default 42)\n"
    "  --balance=none|weight   class weights n/(2*n_class) in the split fit\n"
    "                          (default none)\n"
    "  --threshold=T           classify positive when p >= T (default 0.5)\n"
    "  --alpha=A               significance level of the coefficients and the\n"
    "                          interpretation, 1e-15 <= A < 1 (default 0.05); every\n"
    "                          confidence interval is at level 1 - A (90% at 0.1);\n"
    "                          the linearity check stays at 0.05\n"
    "  --json                  machine-readable output (keys in docs/regress.md)\n" CLI_LOAD_HELP
        CLI_COMMON_HELP
    "\nExit codes: 0 ok, 1 bad data (bad rows, an absent or wrong-typed column,\n"
    "separation, no kept row with the positive value, a default reference level\n"
    "that is not in its column), 2 usage error (also a reference level named in\n"
    "--features that is not in its column), 3 I/O error.\n"
    "\nExample:\n  claimtriage regress tiktok_dataset.csv\n";

enum {
    OPT_TARGET = CLI_OPT_FIRST_FREE,
    OPT_POSITIVE,
    OPT_FEATURES,
    OPT_CAP,
    OPT_TEST_SIZE,
    OPT_SEED,
    OPT_BALANCE,
    OPT_THRESHOLD,
    OPT_ALPHA,
    OPT_SCREEN,
    OPT_ID,
    OPT_VIEWS,
    OPT_SHARES
};

#define MAX_FEATURES 64
#define MAX_CAP 64
#define MAX_SCREEN 64

typedef struct regress_opts {
    ct_design_options design; /* the course's defaults, then the options */
    ct_regress_options analysis;
    char *features_buf, *cap_buf, *screen_buf;
    ct_encoder_feature features[MAX_FEATURES];
    const char *cap[MAX_CAP], *screen[MAX_SCREEN];
    int json;
    int target_given, positive_given, features_given, cap_given, screen_given, id_given;
    cli_counts counts; /* --views, --shares */
} regress_opts;

/* The default feature claim_status absent but its values held by another
 * column ('label' holding 'claim'): a->tail says so and how to name it,
 * as eda, test, train and evaluate say where the labels may be (before
 * 2026-12-07 regress named the absent column alone:
 * tests/cli/regress_label_renamed_hint). */
static void label_feature_hint(const regress_opts *o, const ct_frame *f, cli_absent *a)
{
    const ct_train_options t = ct_reports_train_options();
    size_t j;
    int used = 0;
    for (size_t k = 0; k < o->design.nfeatures && k < MAX_FEATURES; k++)
        used |= strcmp(o->design.features[k].column, t.target) == 0;
    char near[CT_DIAG_MSG_MAX]; /* 'CLAIM_STATUS': the "did you mean" says it */
    if (o->features_given || !used || ct_frame_find(f, t.target, &j, NULL) == CT_OK ||
        (ct_frame_near_name(f, t.target, near, sizeof near), near[0]))
        return;
    char held[CT_DIAG_MSG_MAX / 2];
    const size_t k = ct_frame_value_column(f, t.positive, held, sizeof held);
    if (k == SIZE_MAX)
        return;
    char col[300];
    ct_shell_option_value(col, sizeof col, ct_column_name(ct_frame_col(f, k)));
    const size_t at = strlen(a->tail);
    snprintf(a->tail + at, sizeof a->tail - at,
             "%s%s: if it is %s, name it in --features in %s's place (%s:%s, %s the reference "
             "level)",
             at ? "; " : "", held, t.target, t.target, col, t.positive, t.positive);
}

/* Whether the default features hold col and the file lacks it, with no
 * near name (a header in other letter case gets its "did you mean"). */
static int default_feature_absent(const regress_opts *o, const ct_frame *f, const char *col)
{
    size_t j;
    ct_diag d;
    ct_diag_clear(&d);
    if (o->features_given || !col || ct_frame_find(f, col, &j, &d) == CT_OK ||
        strncmp(d.hint, "did you mean", 12) == 0)
        return 0;
    for (size_t k = 0; k < o->design.nfeatures; k++)
        if (strcmp(o->design.features[k].column, col) == 0)
            return 1;
    return 0;
}

/* Why the default features are named, with --views and --shares when the
 * file lacks the reports file's view or share count: an export calling
 * them otherwise names them so (before 2026-12-07 only --features was
 * said, where test and eda named --views too:
 * tests/cli/files_absent_defaults_unread_named). */
static const char *features_why(const regress_opts *o, const ct_frame *f, char *buf, size_t cap)
{
    const ct_score_options q = ct_reports_score_options();
    const int v = default_feature_absent(o, f, q.views_column);
    const int s = default_feature_absent(o, f, q.shares_column);
    snprintf(buf, cap, "default features: --features=A,B,...%s%s", v || s ? ", or " : "",
             v && s ? "--views=COL and --shares=COL for the file's view and share counts"
             : v    ? "--views=COL for the file's view count"
             : s    ? "--shares=COL for the file's share count"
                    : "");
    return buf;
}

/* A file without columns regress uses: one message naming every absent
 * one with the option that picks others (cli_absent), the reports file's
 * defaults and the columns named in --features and --cap-outliers alike,
 * instead of one error per attempt. A single column the user named is
 * left to the design's message ("feature column 'x' is not in the
 * file"). Returns an exit code, or CLI_EXIT_OK to go on. */
static int columns_absent(const regress_opts *o, const ct_frame *f, const char *path)
{
    cli_absent a;
    cli_absent_init(&a, f);
    const char *cols[MAX_FEATURES]; /* --features' columns, as a list */
    const size_t nf = o->design.nfeatures < MAX_FEATURES ? o->design.nfeatures : MAX_FEATURES;
    for (size_t k = 0; k < nf; k++)
        cols[k] = o->design.features[k].column;
    cli_absent_add(&a, o->design.target, NULL, 0, 0);
    cli_absent_group(&a,
                     o->target_given ? "named in --target"
                                     : "the default target: --target=COL --positive=VALUE",
                     o->target_given);
    for (size_t k = 0; k < nf; k++)
        cli_absent_add(&a, cols[k], o->features_given ? cols : NULL, nf, k);
    char why[CT_DIAG_MSG_MAX / 4];
    cli_absent_group(
        &a, o->features_given ? "named in --features" : features_why(o, f, why, sizeof why),
        o->features_given);
    for (size_t k = 0; k < o->design.ncap; k++)
        cli_absent_add(&a, o->design.cap[k], o->cap_given ? o->design.cap : NULL, o->design.ncap,
                       k);
    cli_absent_group(&a,
                     o->cap_given ? "named in --cap-outliers"
                                  : "default capped columns: --cap-outliers=none or columns of "
                                    "this file",
                     o->cap_given);
    /* the screen's and the id's columns only when named: the defaults the
     * file lacks are left out (screen_absent_note, the id's fallback) */
    for (size_t k = 0; o->screen_given && k < o->analysis.nscreen; k++)
        cli_absent_add(&a, o->analysis.screen[k], o->analysis.screen, o->analysis.nscreen, k);
    size_t unchecked = cli_absent_group(&a, "named in --screen", 1); /* by no design */
    if (o->id_given)
        cli_absent_add(&a, o->design.id_column, NULL, 0, 0);
    unchecked += cli_absent_group(&a, "named in --id", 1);
    if (a.n == 1 && !a.ndefault && !unchecked)
        return CLI_EXIT_OK;
    label_feature_hint(o, f, &a);
    return cli_absent_fail(&a, path, "regress");
}

/* Append to d's hint (after "; ") the sentence fmt makes. */
static void hint_append(ct_diag *d, const char *fmt, ...) CT_PRINTF(2, 3);
static void hint_append(ct_diag *d, const char *fmt, ...)
{
    size_t w = strlen(d->hint);
    if (w && w + 2 < sizeof d->hint)
        w += (size_t)snprintf(d->hint + w, sizeof d->hint - w, "; ");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->hint + w, sizeof d->hint - w, fmt, ap);
    va_end(ap);
}

/* The user's command with --features, --cap-outliers and --positive
 * replaced by features, caps and positive (each when not NULL), after
 * "$ " as every hint with a command (cli_hint_command). */
static void hint_command(ct_diag *d, int argc, char **argv, const char *features, const char *caps,
                         const char *positive)
{
    static const char *const names[3] = {"features", "cap-outliers", "positive"};
    const char *values[3] = {features, caps, positive};
    cli_hint_command(d->hint, sizeof d->hint, "regress", argc, argv, optind, names, values, 3);
}

/* The column of feature k when it is categorical and its reference names
 * no level of it (anywhere in the file), else NULL. */
static const ct_column *reference_absent(const regress_opts *o, const ct_frame *f, size_t k)
{
    const ct_encoder_feature *ft = &o->design.features[k];
    size_t j;
    if (!ft->reference || ct_frame_find(f, ft->column, &j, NULL) != CT_OK)
        return NULL;
    const ct_column *c = ct_frame_col(f, j);
    return ct_column_type(c) == CT_TYPE_CATEGORY && ct_column_level_find(c, ft->reference) < 0
               ? c
               : NULL;
}

/* The --positive that the command in a reference level's hint needs too,
 * when the target's column holds no value o->design.positive (a re-saved
 * file spelling 'Verified' or True/False): the level differing from it
 * only in letter case or spaces (ct_design_positive_hint, said as the
 * design says it), or, for regress's own default target and positive, the
 * true value of a True/False column (pandas' re-save of a label mapped to
 * a bool). The hint says why; NULL when --positive is fine or no value
 * can be named (the design's error then names the values). Before
 * 2026-12-04 the hinted command failed at once on the positive
 * (tests/cli/regress_reference_hint_positive). */
static const char *positive_way_out(const regress_opts *o, const ct_frame *f, ct_diag *d)
{
    size_t j;
    if (ct_frame_find(f, o->design.target, &j, NULL) != CT_OK)
        return NULL;
    const ct_column *c = ct_frame_col(f, j);
    int both;
    if (!o->target_given && !o->positive_given && ct_column_is_zero_one(c, &both) && both) {
        /* a label re-saved as 0/1 (tester U, 2026-12-05: the hinted
         * command failed on the positive) */
        hint_append(d,
                    "and '%s' holds 0/1 where the course's file writes 'verified' (the default "
                    "positive value): --positive=1 codes 1 as the outcome",
                    o->design.target);
        return "1";
    }
    if (ct_column_type(c) != CT_TYPE_CATEGORY || ct_column_level_find(c, o->design.positive) >= 0)
        return NULL;
    char why[CT_DIAG_MSG_MAX / 2];
    const char *near = ct_design_positive_hint(c, o->design.positive, why, sizeof why);
    if (near) {
        hint_append(d, "%s %s value '%s' is no value of '%s' either: %s",
                    o->positive_given ? "and the" : "and regress's default positive",
                    o->positive_given ? "--positive" : "", o->design.positive, o->design.target,
                    why);
        return near;
    }
    if (o->target_given || o->positive_given || ct_column_nlevels(c) != 2)
        return NULL;
    const char *yes = NULL;
    for (size_t k = 0; k < 2; k++) {
        const char *l = ct_column_level(c, k);
        if (!strcmp(l, "True") || !strcmp(l, "TRUE") || !strcmp(l, "true"))
            yes = l;
        else if (strcmp(l, "False") && strcmp(l, "FALSE") && strcmp(l, "false"))
            return NULL;
    }
    if (!yes)
        return NULL;
    hint_append(d,
                "and '%s' holds True/False where the course's file writes 'verified' (the "
                "default positive value): --positive=%s codes '%s' as 1",
                o->design.target, yes, yes);
    return yes;
}

/* A reference level that is no level of its column (the encoder's
 * CT_EINVAL). Regress's own default ('active' in a file spelling
 * 'ACTIVE') is a fault of the data, exit 1, not of a command line that
 * named no level; a level the user named stays a usage error. Either way
 * the hint ends with the --features list that runs: each such reference
 * replaced by the level differing from it only in case or spaces, or left
 * out (the first level in byte order). Before 2026-12-04 the default's
 * absence exited 2 with the levels alone
 * (tests/cli/regress_default_reference_case). Returns the status. */
static ct_status reference_way_out(const regress_opts *o, const ct_frame *f, ct_status s,
                                   ct_diag *d, int argc, char **argv)
{
    ct_encoder_feature fixed[MAX_FEATURES];
    const size_t n = o->design.nfeatures < MAX_FEATURES ? o->design.nfeatures : MAX_FEATURES;
    size_t nabsent = 0, nbare = 0;
    const char *first = NULL;
    for (size_t k = 0; k < n; k++) {
        fixed[k] = o->design.features[k];
        const ct_column *c = reference_absent(o, f, k);
        if (!c)
            continue;
        if (!nabsent++)
            first = fixed[k].reference;
        fixed[k].reference = NULL;
        for (size_t l = 0; l < ct_column_nlevels(c) && !fixed[k].reference; l++)
            if (ct_textwidth_label_same(ct_column_level(c, l), o->design.features[k].reference))
                fixed[k].reference = ct_column_level(c, l);
        nbare += !fixed[k].reference;
    }
    if (s != CT_EINVAL || !nabsent)
        return s;
    char list[CT_DIAG_MSG_MAX / 2];
    const size_t need = ct_encoder_format_features(list, sizeof list, fixed, n);
    if (need >= sizeof list)
        return o->features_given ? s : CT_EDATA;
    if (!o->features_given)
        hint_append(d,
                    "'%s' is regress's default reference level (the course's file spells it "
                    "so); name this file's with --features",
                    first);
    else
        hint_append(d, "name one of them in --features");
    if (nbare) /* none near: the column alone, its first level the reference */
        hint_append(d, "a column named without ':LEVEL' takes its first level in byte order");
    const char *positive = positive_way_out(o, f, d);
    hint_command(d, argc, argv, list, NULL, positive);
    return o->features_given ? s : CT_EDATA;
}

/* No row left because a column the model uses is empty in every row: the
 * hint says how each such column is used — a feature, or only a capped
 * column through --cap-outliers (whose default caps video_comment_count,
 * a feature no more once --features leaves it out) — and gives the
 * options that leave it out. Before 2026-12-04 it named the column only,
 * and a column left out of --features stayed used through the caps
 * unsaid (tests/cli/regress_empty_capped_column_hint). */
static void empty_column_way_out(const regress_opts *o, const ct_frame *f, ct_status s, ct_diag *d,
                                 int argc, char **argv)
{
    const size_t nr = ct_frame_nrows(f);
    size_t j;
#define EMPTY(col)                                                                                 \
    (ct_frame_find(f, (col), &j, NULL) == CT_OK && ct_column_nmissing(ct_frame_col(f, j)) == nr)
    if (s != CT_EEMPTY || nr == 0 || EMPTY(o->design.target))
        return;
    ct_encoder_feature keep[MAX_FEATURES];
    size_t nkeep = 0, nfeat_empty = 0, ncap_empty = 0, ncap_only = 0;
    const char *capped_only = NULL;
    for (size_t k = 0; k < o->design.nfeatures && k < MAX_FEATURES; k++) {
        if (!EMPTY(o->design.features[k].column))
            keep[nkeep++] = o->design.features[k];
        else
            nfeat_empty++;
    }
    char caps[CT_DIAG_MSG_MAX / 4] = "", all[CT_DIAG_MSG_MAX / 4] = "";
    for (size_t k = 0; k < o->design.ncap; k++) {
        ct_list_append(all, sizeof all, o->design.cap[k]);
        if (!EMPTY(o->design.cap[k])) {
            ct_list_append(caps, sizeof caps, o->design.cap[k]);
            continue;
        }
        ncap_empty++;
        int feature = 0;
        for (size_t q = 0; q < o->design.nfeatures && !feature; q++)
            feature = strcmp(o->design.features[q].column, o->design.cap[k]) == 0;
        ncap_only += !feature;
        if (!feature && !capped_only)
            capped_only = o->design.cap[k];
    }
#undef EMPTY
    if ((!nfeat_empty && !ncap_empty) || (nfeat_empty && !nkeep))
        return;
    char feats[CT_DIAG_MSG_MAX / 2] = "";
    if (nfeat_empty && ct_encoder_format_features(feats, sizeof feats, keep, nkeep) >= sizeof feats)
        return;
    char item[CT_DIAG_MSG_MAX / 4];
    if (capped_only)
        hint_append(d,
                    "'%s' is no feature here but a capped column: --cap-outliers%s%s%s%s "
                    "caps it; leave it out",
                    cli_list_item(item, sizeof item, capped_only), o->cap_given ? "" : " (",
                    o->cap_given ? "" : "its default: ", o->cap_given ? "" : all,
                    o->cap_given ? "" : ")");
    else
        hint_append(d, "leave %s out of the %s", nfeat_empty + ncap_only > 1 ? "them" : "it",
                    ncap_empty ? "features and the capped columns" : "features");
    hint_command(d, argc, argv, nfeat_empty ? feats : NULL,
                 ncap_empty ? (caps[0] ? caps : "none") : NULL, NULL);
}

/* A fit refused for a numeric feature constant (or 0) in every modelled
 * row ("design column 'x' is constant ...; leave it out"): the command
 * that leaves it out of --features. Before 2026-12-07 the message said
 * "leave it out" with no way to (tests/cli/regress_constant_feature_command). */
static void constant_feature_way_out(const regress_opts *o, ct_status s, ct_diag *d, int argc,
                                     char **argv)
{
    static const char key[] = "design column '";
    const char *at = s == CT_ENUMERIC ? strstr(d->message, key) : NULL;
    if (!at || (!strstr(d->message, "' is constant (") && !strstr(d->message, "' is 0 in every")))
        return;
    at += sizeof key - 1;
    ct_encoder_feature keep[MAX_FEATURES];
    size_t nkeep = 0, gone = 0;
    for (size_t k = 0; k < o->design.nfeatures && k < MAX_FEATURES; k++) {
        const char *c = o->design.features[k].column;
        const size_t len = strlen(c);
        if (!o->design.features[k].reference && strncmp(at, c, len) == 0 && at[len] == '\'')
            gone++;
        else
            keep[nkeep++] = o->design.features[k];
    }
    char feats[CT_DIAG_MSG_MAX / 2];
    if (gone != 1 || !nkeep ||
        ct_encoder_format_features(feats, sizeof feats, keep, nkeep) >= sizeof feats)
        return;
    hint_append(d, "a constant tells nothing about the outcome; without it");
    hint_command(d, argc, argv, feats, NULL, NULL);
}

/* ------------------------------------------------------------ output */

static int write_output(const regress_opts *o, const char *path, const ct_load_stats *st,
                        const ct_regress *r)
{
    if (o->json) {
        ct_json *w = cli_json_begin(stdout, "regress", 1);
        if (!w)
            return CLI_EXIT_IO;
        ct_json_key(w, "file");
        ct_json_str(w, path);
        cli_json_rows(w, st);
        ct_regress_write_json(r, w);
        ct_json_object_end(w);
        ct_status s = ct_json_finish(w);
        if (s == CT_EIO)
            cli_stdout_error();
        return s ? CLI_EXIT_IO : CLI_EXIT_OK;
    }
    /* rows read / used / skipped: once, on stderr (cli_note_rows) */
    char *tb; /* control bytes from the data shown visibly */
    size_t tl;
    FILE *out = cli_text_open(&tb, &tl);
    const int bad = ct_regress_write_text(r, out) != 0;
    cli_text_close(out, &tb, &tl);
    return bad ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* With --json, a run that fails on the data (exit 1) still writes a
 * document: the file, its rows and the failure, its message as on
 * standard error (d: the last error said, cli_last_error) and, for a
 * separation, its kind (ct_logit_separation's name), so that a program
 * (run's manifest, the report) acts on the kind without matching the
 * message's words (before 2026-12-05 nothing was written:
 * tests/cli/regress_json_separation_kind; before 2026-12-06 nothing for a
 * failure before the fit, no rows, one target level, an absent column:
 * tests/cli/json_failure_said_checks). The exit status stays the
 * failure's; a write error on standard output is said after it. */
static void write_failure(const regress_opts *o, const char *path, const ct_load_stats *st,
                          ct_status s, const ct_diag *d)
{
    if (!o->json || cli_json_failure_written())
        return;
    ct_json *w = cli_json_failure_begin("regress", 1, path, st, d->message);
    if (!w)
        return;
    ct_json_key(w, "separation");
    ct_json_str(w, s == CT_ESEPARATION ? ct_logit_separation_name(d->kind) : NULL);
    cli_json_cause(w, s == CT_ESEPARATION ? NULL : d); /* since 2026-12-06 */
    cli_json_failure_end(w);
}

/* ------------------------------------------------------------ options */

/* A column name holding ':' ("score: raw"): the --features parser took
 * what follows the first ':' as a reference level. A feature whose column
 * the file lacks is read again once the file is loaded: the longest part
 * of "column:reference" before a ':' (or the whole) that names a column is
 * the column, the rest its reference. The parser wrote NUL over the ':'s,
 * so the text is contiguous in the options' buffer. */
static void rejoin_colon_names(regress_opts *o, const ct_frame *f)
{
    size_t j;
    for (size_t k = 0; k < o->design.nfeatures; k++) {
        ct_encoder_feature *ft = &o->features[k];
        if (!ft->reference || ct_frame_find(f, ft->column, &j, NULL) == CT_OK)
            continue;
        char *whole = o->features_buf + (ft->column - o->features_buf);
        char *cut = whole + strlen(whole);
        *cut = ':';
        if (ct_frame_find(f, whole, &j, NULL) == CT_OK) {
            ft->reference = NULL;
            continue;
        }
        char *c = cut + strlen(cut);
        for (c = c - 1; c > cut; c--) {
            if (*c != ':' || !c[1])
                continue;
            *c = '\0';
            if (ct_frame_find(f, whole, &j, NULL) == CT_OK)
                break;
            *c = ':';
        }
        if (c > cut)
            ft->reference = c + 1;
        else
            *cut = '\0'; /* none names a column: as typed, for the message */
    }
}

/* --test-size (open interval) and --threshold (closed) in [0, 1]; --alpha
 * is cli_alpha_arg's, as test's. */
static int parse_unit(const char *name, const char *s, double *out, int open)
{
    double v = NAN;
    const int r = cli_decimal_value(s, &v);
    char hint[96];
    if (r != CLI_NUM_OK || !(v >= 0 && v <= 1) || (open && (v == 0 || v == 1)))
        return cli_usage("regress", "--%s must be a number in %s, got '%s'%s%s", name,
                         open ? "(0, 1)" : "[0, 1]", s, cli_decimal_why(r),
                         cli_fraction_hint(s, hint, sizeof hint));
    *out = v;
    return CLI_OPT_NEXT;
}

/* "A,B,..." or "none": the columns of --NAME (--cap-outliers, --screen), a
 * list (docs/cli.md "Lists in options"; a ':' is part of a name here) split
 * in *buf into out[0..max), each named once (capped once, screened once,
 * said once); *n of them. 0 or an exit status. */
static int parse_names(const char *name, const char *arg, char **buf, const char **out, size_t max,
                       size_t *n)
{
    free(*buf);
    *buf = NULL;
    *n = 0;
    if (strcmp(arg, "none") == 0)
        return 0;
    if (!(*buf = strdup(arg)))
        return cli_usage("regress", "out of memory");
    size_t got = 0;
    int rc = cli_split_list("regress", name, arg, *buf, 0, out, max, &got);
    if (!rc && got > max)
        rc = cli_usage("regress", "--%s: %zu names, at most %zu: '%s'", name, got, max, arg);
    char item[CT_DIAG_MSG_MAX / 2]; /* a listed name as typed in the list */
    for (size_t k = 0; !rc && k < got; k++)
        for (size_t q = 0; !rc && q < k; q++)
            if (strcmp(out[q], out[k]) == 0)
                rc = cli_usage("regress", "--%s names '%s' twice", name,
                               cli_list_item(item, sizeof item, out[k]));
    if (!rc)
        *n = got;
    return rc;
}

/* One option; returns CLI_OPT_NEXT or an exit code. */
static int regress_option(int c, const char *name, regress_opts *o, char **argv, cli_load *lo)
{
    ct_regress_options *a = &o->analysis;
    const char *arg = optarg;
    char item[CT_DIAG_MSG_MAX / 2]; /* a listed name as typed in the list */
    int rc;
    switch (c) {
    case CLI_OPT_JSON: o->json = 1; break;
    case OPT_TARGET:
        o->design.target = arg;
        o->target_given = 1;
        break;
    case OPT_POSITIVE:
        o->design.positive = arg;
        o->positive_given = 1;
        break;
    case OPT_FEATURES:
        free(o->features_buf);
        if (!(o->features_buf = strdup(arg)))
            return cli_usage("regress", "out of memory");
        ct_diag d;
        ct_diag_clear(&d);
        if (ct_encoder_parse_features(o->features_buf, o->features, MAX_FEATURES,
                                      &o->design.nfeatures, &d) != CT_OK)
            return cli_usage("regress", "--features: %s: '%s' (expected A,B:REF,...)", d.message,
                             arg);
        o->design.features = o->features;
        o->features_given = 1;
        for (size_t k = 0; k < o->design.nfeatures; k++) /* the column named, not "a column" */
            for (size_t q = 0; q < k; q++)
                if (strcmp(o->features[q].column, o->features[k].column) == 0)
                    return cli_usage("regress", "--features names '%s' twice",
                                     cli_list_item(item, sizeof item, o->features[k].column));
        break;
    case OPT_CAP:
        o->cap_given = 1;
        o->design.cap = o->cap;
        if ((rc = parse_names("cap-outliers", arg, &o->cap_buf, o->cap, MAX_CAP, &o->design.ncap)))
            return rc;
        break;
    case OPT_SCREEN:
        o->screen_given = 1;
        a->screen = o->screen;
        if ((rc = parse_names("screen", arg, &o->screen_buf, o->screen, MAX_SCREEN, &a->nscreen)))
            return rc;
        break;
    case OPT_ID:
        o->design.id_column = arg;
        o->id_given = 1;
        break;
    case OPT_VIEWS: o->counts.views = arg; break;
    case OPT_SHARES: o->counts.shares = arg; break;
    case OPT_TEST_SIZE: return parse_unit(name, arg, &a->test_size, 1);
    case OPT_ALPHA: return cli_alpha_arg("regress", arg, &a->alpha);
    case OPT_THRESHOLD: return parse_unit(name, arg, &a->threshold, 0);
    case OPT_SEED: { /* as every count option: 1e3 or 1,000 get "write 1000" (since 2026-12-07) */
        unsigned long long v = 0;
        if ((rc = cli_count_arg("regress", "seed", arg, 0, 0xffffffffull, &v)) != CLI_OPT_NEXT)
            return rc;
        a->seed = (unsigned long)v;
        break;
    }
    case OPT_BALANCE:
        if (strcmp(arg, "weight") && strcmp(arg, "none"))
            return cli_usage("regress", "--balance must be none or weight, got '%s'", arg);
        a->balance = strcmp(arg, "weight") == 0;
        break;
    default: return cli_shared_option(c, "regress", regress_help, lo, argv);
    }
    return CLI_OPT_NEXT;
}

/* Returns CLI_EXIT_OK to run, -1 after --help, else an exit code. */
static int parse_args(int argc, char **argv, regress_opts *o, cli_load *lo)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"target", required_argument, NULL, OPT_TARGET},
        {"positive", required_argument, NULL, OPT_POSITIVE},
        {"features", required_argument, NULL, OPT_FEATURES},
        {"cap-outliers", required_argument, NULL, OPT_CAP},
        {"screen", required_argument, NULL, OPT_SCREEN},
        {"id", required_argument, NULL, OPT_ID},
        {"views", required_argument, NULL, OPT_VIEWS},
        {"shares", required_argument, NULL, OPT_SHARES},
        {"test-size", required_argument, NULL, OPT_TEST_SIZE},
        {"seed", required_argument, NULL, OPT_SEED},
        {"balance", required_argument, NULL, OPT_BALANCE},
        {"threshold", required_argument, NULL, OPT_THRESHOLD},
        {"alpha", required_argument, NULL, OPT_ALPHA},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    ct_design_options def;
    ct_reports_regress_options(&def, NULL);
    int c, k = 0, rc, target_given = 0, positive_given = 0, id_given = 0;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hq", longopts, &k)) != -1) {
        target_given |= c == OPT_TARGET;
        positive_given |= c == OPT_POSITIVE;
        id_given |= c == OPT_ID;
        if ((rc = regress_option(c, longopts[k].name, o, argv, lo)) != CLI_OPT_NEXT)
            return c == 'h' ? -1 : rc;
    }
    if ((rc = cli_name_arg("regress", "target", target_given ? o->design.target : NULL,
                           "column name")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("regress", "positive", positive_given ? o->design.positive : NULL,
                           "value of the target (the class coded 1)")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("regress", "id", id_given ? o->design.id_column : NULL,
                           "column name")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("regress", "views", o->counts.views, "column name")) != CLI_OPT_NEXT ||
        (rc = cli_name_arg("regress", "shares", o->counts.shares, "column name")) != CLI_OPT_NEXT)
        return rc;
    if (target_given && !positive_given && strcmp(o->design.target, def.target) != 0)
        return cli_usage("regress", "--target=%s needs --positive=VALUE", o->design.target);
    /* the id column as a predictor, refused as train refuses it: before
     * 2026-12-07 regress fitted 'each additional 1,000,000,000 of
     * video_id ...' while its independence check counted the same column's
     * repeats as ids (tests/cli/regress_id_feature_refused) */
    for (size_t q = 0; o->design.id_column && q < o->design.nfeatures; q++)
        if (strcmp(o->design.features[q].column, o->design.id_column) == 0) {
            char item[CT_DIAG_MSG_MAX / 2];
            return cli_usage("regress",
                             "--features: '%s' is the id column (--id%s): an id names a report, "
                             "it tells nothing about it",
                             cli_list_item(item, sizeof item, o->design.id_column),
                             id_given ? "" : ", by default");
        }
    if (argc - optind != 1)
        return cli_operands_usage("regress", argc, argv, optind);
    return CLI_EXIT_OK;
}

/* ------------------------------------------------------------ main */

/* The default features and screen with the view and share counts under
 * the file's names (--views, --shares; added 2026-12-05 with the
 * negative-count note under those names: tests/cli/negative_counts_renamed).
 * Lists the user gave are kept as given. */
static void rename_defaults(regress_opts *o)
{
    const ct_score_options q = ct_reports_score_options();
    const char *const from[2] = {q.views_column, q.shares_column};
    const char *const to[2] = {o->counts.views, o->counts.shares};
    if (!to[0] && !to[1])
        return;
    if (!o->features_given && o->design.nfeatures <= MAX_FEATURES) {
        for (size_t k = 0; k < o->design.nfeatures; k++) {
            o->features[k] = o->design.features[k];
            for (size_t r = 0; r < 2; r++)
                if (to[r] && from[r] && strcmp(o->features[k].column, from[r]) == 0)
                    o->features[k].column = to[r];
        }
        o->design.features = o->features;
    }
    ct_regress_options *a = &o->analysis;
    if (!o->screen_given && a->nscreen <= MAX_SCREEN) {
        for (size_t k = 0; k < a->nscreen; k++) {
            o->screen[k] = a->screen[k];
            for (size_t r = 0; r < 2; r++)
                if (to[r] && from[r] && strcmp(o->screen[k], from[r]) == 0)
                    o->screen[k] = to[r];
        }
        a->screen = o->screen;
    }
}

/* A --target that is one of the default features (claim_status) is left
 * out of that default list, with a note; only a --features list the user
 * typed is refused for holding the target. */
static void drop_target_from_defaults(regress_opts *o)
{
    if (o->features_given)
        return;
    size_t m = 0;
    for (size_t k = 0; k < o->design.nfeatures && m < MAX_FEATURES; k++)
        if (strcmp(o->design.features[k].column, o->design.target) != 0)
            o->features[m++] = o->design.features[k];
    if (m == o->design.nfeatures)
        return;
    cli_note("%s is the target, so it is left out of the default features", o->design.target);
    o->design.features = o->features;
    o->design.nfeatures = m;
}

/* The default screen's columns the file lacks, when it has others of
 * them: the screen leaves them out, said, with the option that names the
 * file's own (before 2026-12-05 silently: a run naming the view and share
 * counts otherwise screened likes, downloads and comments alone and found
 * no column to leave out: tests/cli/run_columns_renamed_results). */
static void screen_absent_note(const regress_opts *o, const ct_frame *f, const char *path)
{
    const ct_regress_options *a = &o->analysis;
    char gone[CT_DIAG_MSG_MAX / 2] = "";
    size_t ngone = 0, j, at = 0;
    for (size_t k = 0; !o->screen_given && k < a->nscreen; k++)
        if (ct_frame_find(f, a->screen[k], &j, NULL) != CT_OK && at < sizeof gone)
            at += (size_t)snprintf(gone + at, sizeof gone - at, "%s%s", ngone++ ? ", " : "",
                                   a->screen[k]);
    if (ngone && ngone < a->nscreen)
        cli_note("%s: the %s leaves out %s, which the file lacks (--screen=A,B,... names the "
                 "columns to screen)",
                 path, a->screen_name, gone);
    /* an identifier column (a row number '#') is no feature: the screen
     * leaves it out, said (regress_screen.c; since 2026-12-07, when
     * --features refuses it as train does:
     * tests/cli/regress_identifier_feature_refused) */
    char ids[CT_DIAG_MSG_MAX / 2] = "";
    size_t nid = 0;
    at = 0;
    for (size_t k = 0; k < a->nscreen; k++)
        if (ct_frame_find(f, a->screen[k], &j, NULL) == CT_OK &&
            ct_column_type(ct_frame_col(f, j)) == CT_TYPE_ID && at < sizeof ids)
            at += (size_t)snprintf(ids + at, sizeof ids - at, "%s'%s'", nid++ ? ", " : "",
                                   a->screen[k]);
    if (nid)
        cli_note("%s: the %s leaves out %s, %s (identifiers are not features)", path,
                 a->screen_name, ids, nid == 1 ? "an identifier column" : "identifier columns");
}

/* A fit that failed on the rows cleaning kept, when rows missing a used
 * column were dropped (at least CLI_DROPNA_UNUSED_SHARE of them): the
 * cleaning line is not printed then, so the hint says how many rows the
 * fit had, how many went and the used column missing in most rows (before
 * 2026-12-06 "10 of 10 rows get a fitted probability of 0 or 1" of 300
 * read, the 290 dropped for a sparse feature unsaid:
 * tests/cli/regress_failure_rows_dropped). */
static void dropped_hint(const regress_opts *o, const ct_frame *f, const ct_design *d, char *hint,
                         size_t cap)
{
    const ct_clean_rows *k = &d->kept;
    if (!k->dropped_missing ||
        (double)k->dropped_missing < CLI_DROPNA_UNUSED_SHARE * (double)k->rows_in)
        return;
    const char *worst = NULL;
    size_t worstn = 0, j;
    for (size_t i = 0; i <= o->design.nfeatures + o->design.ncap; i++) {
        const char *c = i == 0                     ? o->design.target
                        : i <= o->design.nfeatures ? o->design.features[i - 1].column
                                                   : o->design.cap[i - 1 - o->design.nfeatures];
        if (c && ct_frame_find(f, c, &j, NULL) == CT_OK &&
            ct_column_nmissing(ct_frame_col(f, j)) > worstn)
            worst = c, worstn = ct_column_nmissing(ct_frame_col(f, j));
    }
    char a[32], b[32], c[32], m[32];
    cli_fmt_count(a, sizeof a, k->n);
    cli_fmt_count(b, sizeof b, k->rows_in);
    cli_fmt_count(c, sizeof c, k->dropped_missing);
    cli_fmt_count(m, sizeof m, worstn);
    char given[CT_DIAG_MSG_MAX]; /* the failure's own hint, said after */
    snprintf(given, sizeof given, "%s", hint);
    if (!worst)
        return;
    char out[2 * CT_DIAG_MSG_MAX + 512];
    snprintf(out, sizeof out,
             "the fit had %s of the file's %s rows: %s were dropped for a missing value in a "
             "column the model uses, most often '%s' (missing in %s rows); %s%s%s",
             a, b, c, worst, m,
             worst == o->design.target ? "a row without the outcome cannot be modelled"
                                       : "leave it out of the model, or fill it in, to model "
                                         "more rows",
             given[0] ? "; and " : "", given);
    ct_textwidth_snprintf(hint, cap, "%s", out);
}

/* The fit of the loaded file f; a failure is said on standard error and
 * its status, when the fit's, left in *failed (a separation's kind is the
 * fit's alone). */
static int fit(regress_opts *o, const char *path, const ct_frame *f, const ct_load_stats *st,
               int argc, char **argv, ct_status *failed)
{
    ct_design *d = NULL;
    ct_regress *r = NULL;
    ct_diag dg;
    ct_diag_clear(&dg);
    int rc;
    /* a queue given for the reports file, read by the default columns:
     * said first and alone (tests/cli/files_queue_given_named) */
    if ((!(o->target_given || o->features_given) &&
         (rc = cli_fail_queue_given(f, "a reports file",
                                    "give the reports file the queue was scored from; regress "
                                    "reads a queue's own columns when named (--target, "
                                    "--features)"))) ||
        (rc = cli_fail_no_rows(f, st, path)))
        return rc;
    if ((rc = cli_counts_check(f, path, &o->counts)))
        return rc;
    cli_note_negative(f, path, &o->counts);
    cli_note_level_variants(f, path);
    if (o->features_given)
        rejoin_colon_names(o, f);
    rename_defaults(o);
    drop_target_from_defaults(o);
    if ((rc = columns_absent(o, f, path)))
        return rc;
    screen_absent_note(o, f, path);
    /* the reports file's id column and its "one video per row" note apply
     * to that file only: on another file the check says what it can check
     * (--id names the column: run's --id, since 2026-12-05; before, a
     * renamed id column left the check counting another column's repeats,
     * '#': tests/cli/run_columns_renamed_results) */
    size_t idj;
    if (o->id_given && o->target_given)
        o->analysis.independence_note = "one row per observation is assumed beyond that (the "
                                        "--id column is the one counted)";
    else if (!o->id_given && o->design.id_column &&
             ct_frame_find(f, o->design.id_column, &idj, NULL) != CT_OK) {
        /* another file's identifier column is the one whose repeats are
         * counted: the first typed as one (all distinct), else the first
         * named like one ("id", "*_id": repeats make it an int column);
         * only without either is nothing checked */
        o->design.id_column = NULL;
        for (size_t j = 0; j < ct_frame_ncols(f) && !o->design.id_column; j++)
            if (ct_column_type(ct_frame_col(f, j)) == CT_TYPE_ID)
                o->design.id_column = ct_column_name(ct_frame_col(f, j));
        for (size_t j = 0; j < ct_frame_ncols(f) && !o->design.id_column; j++)
            if (ct_name_is_id(ct_column_name(ct_frame_col(f, j))))
                o->design.id_column = ct_column_name(ct_frame_col(f, j));
        o->analysis.independence_note =
            o->design.id_column ? "one row per observation is assumed beyond that (the "
                                  "file's identifier column is the one counted)"
                                : "one row per observation is assumed (the file has no "
                                  "id column, so repeated observations cannot be checked)";
    }
    /* a feature read as categories although most of its values are
     * numbers (one '1,234' or '2 kg'): one-hot encoded, as pandas'
     * get_dummies would, but said, with the value and line that did it */
    for (size_t k = 0; k < o->design.nfeatures; k++) {
        size_t fj;
        if (ct_frame_find(f, o->design.features[k].column, &fj, NULL) != CT_OK)
            continue;
        const ct_column *fc = ct_frame_col(f, fj);
        char why[CT_DIAG_MSG_MAX];
        const size_t bad = ct_frame_explain_not_numeric(f, fj, why, sizeof why);
        if (bad && bad * 2 >= ct_column_len(fc) - ct_column_nmissing(fc) && ct_column_codes(fc) &&
            ct_frame_explain_number_format(f, fj, NULL, 0))
            cli_note("%s: feature '%s' is read as categories and one-hot encoded: %s", path,
                     o->design.features[k].column, why);
        else if (bad && bad * 2 < ct_column_len(fc) - ct_column_nmissing(fc))
            cli_note("%s: feature '%s' is read as categories and one-hot encoded, though most "
                     "of its values are numbers: %s",
                     path, o->design.features[k].column, why);
    }
    ct_status s = ct_design_build(f, &o->design, &d, &dg);
    for (size_t k = 0; !s && k < o->design.nfeatures; k++)
        if (strcmp(o->design.features[k].column, o->design.target) == 0)
            s = CT_EINVAL;
    if (s == CT_EINVAL && d) /* the design is fine: the target is a feature */
        rc = cli_usage("regress", "the target '%s' cannot also be a feature", o->design.target);
    else if (s) {
        empty_column_way_out(o, f, s, &dg, argc, argv);
        rc = cli_fail_in(reference_way_out(o, f, s, &dg, argc, argv), &dg, path);
    } else if ((s = ct_regress_analyse(f, d, &o->design, &o->analysis, &r, &dg))) {
        dropped_hint(o, f, d, dg.hint, sizeof dg.hint);
        constant_feature_way_out(o, s, &dg, argc, argv);
        rc = cli_fail_in(s, &dg, path);
        *failed = s;
    } else {
        /* a screen column empty in every row: left out, or the screen not
         * applied, said (before 2026-12-05 dropped unsaid:
         * tests/cli/regress_screen_empty_column) */
        char why[CT_DIAG_MSG_MAX];
        if (ct_regress_screen_empty_note(r, why, sizeof why))
            cli_note("%s: %s", path, why);
        rc = write_output(o, path, st, r);
    }
    ct_regress_free(r);
    ct_design_free(d);
    return rc;
}

static int run(regress_opts *o, const char *path, cli_load *lo, int argc, char **argv)
{
    ct_frame *f = NULL;
    ct_load_stats st;
    int rc = cli_load_frame(lo, path, &f, &st);
    if (rc)
        return rc;
    cli_note_rows(&st, path);
    ct_status failed = CT_EDATA;
    rc = fit(o, path, f, &st, argc, argv, &failed);
    if (rc == CLI_EXIT_DATA)
        write_failure(o, path, &st, failed, cli_last_error());
    ct_frame_destroy(f);
    return rc;
}

int cmd_regress(int argc, char **argv)
{
    regress_opts o;
    memset(&o, 0, sizeof o);
    ct_reports_regress_options(&o.design, &o.analysis);
    cli_load lo;
    cli_load_init(&lo);
    int rc = parse_args(argc, argv, &o, &lo);
    if (rc == 0)
        rc = run(&o, argv[optind], &lo, argc, argv);
    cli_load_free(&lo);
    free(o.features_buf);
    free(o.cap_buf);
    free(o.screen_buf);
    return rc < 0 ? CLI_EXIT_OK : rc; /* -1: --help was shown */
}
