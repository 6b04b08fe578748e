/* cmd_train.c — `claimtriage train FILE -m MODEL`: the claim classifier
 * trained with honest model selection (claimtriage/train.h), saved as a
 * model file (claimtriage/model_file.h). Parses options with
 * scikit-learn's names, takes the reports file's defaults from app/
 * (claimtriage/reports_train.h), calls the library and prints what comes
 * back: the CV table, the chosen configuration, validation and test
 * metrics, the calibration, the threshold and the shortcut audit, or the
 * same as JSON (docs/formats.md, "train --json"). */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char train_help[] =
    "usage: claimtriage train FILE -m MODEL [options]\n\n"
    "Train the claim classifier (TF-IDF n-grams of the transcription plus the other\n"
    "columns; logistic regression, gradient boosting or a random forest) on a\n"
    "stratified 60/20/20 split: k-fold CV of the grid on the training part (each\n"
    "fold fits its own features), the champion refitted, calibrated and given its\n"
    "threshold on the validation part, the test part used once. Then a shortcut\n"
    "audit: each feature alone, and text, engagement and all-features models\n"
    "compared. Unlabelled rows are counted, left out. docs/train.md explains all.\n\n"
    "Options:\n"
    "  -m, --model-file=PATH   write the model here (atomically); without it\n"
    "                          nothing is saved\n"
    "  --model=FAMILY          lr (default), gbdt, rf, or auto: every family on the\n"
    "                          same folds, the champion chosen on validation rows\n"
    "                          (ties to the simpler: lr < gbdt < rf)\n"
    "  --features=SET          all (default), text, engagement, or A,B,... (a name\n"
    "                          holding ',' in double quotes; docs/cli.md)\n"
    "  --target=COL            label column (default claim_status)\n"
    "  --positive=VALUE        its value that means a claim (default claim;\n"
    "                          required with --target)\n"
    "  --text=COL              transcription column (default video_transcription_text)\n"
    "  --id=COL                row id column (default video_id)\n"
    "  --engagement=A,B,...    the engagement set: --features=engagement and the\n"
    "                          audit's engagement model (default the five counts,\n"
    "                          video_view_count ... video_comment_count)\n"
    "  --C=C                   inverse regularisation strength: this C alone\n"
    "                          (without it, lr's grid below; 1 with --holdout none)\n"
    "  --class-weight=none|balanced  class weights (default none)\n"
    "  --ngrams=MIN,MAX        word n-gram range (default 1,2)\n"
    "  --min-df=N              n-grams in N+ documents or a share (0.01); default 2\n"
    "  --max-features=N        keep the N most frequent n-grams (default 20000; 0: all)\n"
    "  --weighting=tfidf|binary  n-gram weights (without it, lr's grid below; tfidf\n"
    "                          with --C or --holdout none; trees binary)\n"
    "  --grid=SPEC             the family's grid, e.g. 'C=0.1,1,10;ngrams=1-2,1-3'\n"
    "                          (lr: 'C=0.1,1,10,100;weighting=tfidf,binary' unless\n"
    "                          --C or --holdout none, its C part with --weighting);\n"
    "                          gbdt and rf take XGBoost's and scikit-learn's names\n"
    "                          (docs/train.md); '' is refused\n"
    "  --grid-lr|--grid-gbdt|--grid-rf=SPEC  one family's grid (for --model auto)\n"
    "  --early-stopping=N      gbdt: stop after N rounds without a better validation\n"
    "                          log loss, keep the best round (default off)\n"
    "  --oob-score             rf: the chosen forest's out-of-bag accuracy\n"
    "                          (scikit-learn's oob_score=True; default off)\n"
    "  --select-tolerance=T    auto: scores within T of the best tie (default 0.0005)\n"
    "  --select-se=K           auto: a simpler family also ties when the best leads it by\n"
    "                          at most K standard errors (paired bootstrap of the\n"
    "                          validation rows; default 1; 0: the tolerance alone)\n"
    "  --folds=K               cross-validation folds (default 5)\n"
    "  --metric=ap|auc|logloss|recall|f1  CV score (default ap; also every metric's\n"
    "                          --json name, e.g. balanced_accuracy, brier_score)\n"
    "  --seed=S                split and folds seed (default 42)\n"
    "  --holdout=none|F,F,F    train,validation,test fractions (default\n"
    "                          0.6,0.2,0.2); none: fit on every labelled row, no\n"
    "                          selection, calibration or audit\n";
/* the rest of --help (one string would pass C's 4,095-byte limit) */
static const char train_help_tail[] =
    "  --calibration=platt|isotonic|none  default isotonic, Platt below 1,000\n"
    "                          calibration rows\n"
    "  --calibration-rows=pooled|validation  fitted on the validation rows and the\n"
    "                          training rows' out-of-fold scores (default pooled),\n"
    "                          or on the validation rows alone (pooled falls back\n"
    "                          to them, saying why, if its fit misfits them)\n"
    "  --target-recall=R       threshold: the highest reaching recall R on the\n"
    "                          calibration rows (the precision paid is shown)\n"
    "  --cost-ratio=K          threshold 1/(1+K): a missed claim costs K reviews\n"
    "  --no-audit              skip the shortcut audit (three extra fits)\n"
    "  --threads=N             threads (default 0: all); results do not depend on it\n"
    "  --json                  machine-readable output (docs/formats.md)\n" CLI_LOAD_HELP
        CLI_COMMON_HELP
    "\nExit codes: 0 ok, 1 bad data (bad rows, an absent column, a third label value,\n"
    "one class only, too few rows for the folds), 2 usage error, 3 I/O error (the\n"
    "model not written).\n"
    "\nExample:\n  claimtriage train tiktok_dataset.csv -m claims.ctm\n";

enum {
    OPT_MODEL = CLI_OPT_FIRST_FREE,
    OPT_FEATURES,
    OPT_TARGET,
    OPT_POSITIVE,
    OPT_TEXT,
    OPT_ID,
    OPT_C,
    OPT_CLASS_WEIGHT,
    OPT_NGRAMS,
    OPT_MIN_DF,
    OPT_MAX_FEATURES,
    OPT_WEIGHTING,
    OPT_GRID,
    OPT_FOLDS,
    OPT_METRIC,
    OPT_SEED,
    OPT_HOLDOUT,
    OPT_CALIBRATION,
    OPT_CALIBRATION_ROWS,
    OPT_TARGET_RECALL,
    OPT_COST_RATIO,
    OPT_THREADS,
    OPT_NO_AUDIT,
    OPT_GRID_LR,
    OPT_GRID_GBDT,
    OPT_GRID_RF,
    OPT_EARLY_STOPPING,
    OPT_SELECT_TOLERANCE,
    OPT_SELECT_SE,
    OPT_OOB_SCORE,
    OPT_ENGAGEMENT
};

typedef struct train_opts {
    ct_train_options t;
    const char *model_path;
    int json, target_given, positive_given, text_given, id_given, threads, grid_given, c_given,
        weighting_given;
    int lr_option_given; /* --C or --class-weight */
    int grid_lr_given;
    int calibration_given;                          /* --calibration platt or isotonic */
    int calibration_rows_given;                     /* --calibration-rows */
    int folds_given, metric_given, tolerance_given; /* --folds, --metric, --select-tolerance
                                                    * (1) or --select-se (2) */
    int grids_given[CT_TRAIN_NFAMILIES];            /* --grid-lr, --grid-gbdt, --grid-rf */
    const char *given[8]; /* the grid keys set by an option (--C: "C"), for conflicts */
    const char *given_opt[8];
    size_t ngiven;
    char *engagement_buf; /* --engagement's list, split in place */
    const char **engagement;
} train_opts;

/* Option opt set grid key key (lr's names; max_features also as the trees'
 * vectorizer__max_features): a grid naming it too is refused. */
static void given_key(train_opts *o, const char *key, const char *opt)
{
    for (size_t k = 0; k < o->ngiven; k++)
        if (strcmp(o->given[k], key) == 0)
            return;
    if (o->ngiven < sizeof o->given / sizeof o->given[0]) {
        o->given[o->ngiven] = key;
        o->given_opt[o->ngiven++] = opt;
    }
}

/* ------------------------------------------------------------ parsing */

static int parse_ngrams(train_opts *o, const char *s)
{
    unsigned a, b;
    char c, extra;
    if (sscanf(s, "%u%c%u%c", &a, &c, &b, &extra) != 3 || (c != ',' && c != '-') || a < 1 ||
        b < a || b > 8)
        return cli_usage("train", "--ngrams must be MIN,MAX with 1 <= MIN <= MAX <= 8, got '%s'",
                         s);
    o->t.vectorizer.ngram_min = a;
    o->t.vectorizer.ngram_max = b;
    return CLI_OPT_NEXT;
}

static int parse_holdout(train_opts *o, const char *s)
{
    if (strcmp(s, "none") == 0) {
        o->t.holdout = 0;
        return CLI_OPT_NEXT;
    }
    double f[3];
    char extra;
    if (sscanf(s, "%lf,%lf,%lf%c", &f[0], &f[1], &f[2], &extra) != 3 ||
        !(f[0] > 0 && f[1] > 0 && f[2] > 0) || fabs(f[0] + f[1] + f[2] - 1) > 1e-9)
        return cli_usage("train",
                         "--holdout must be none or three fractions > 0 summing to 1 "
                         "(train,validation,test), got '%s'",
                         s);
    o->t.holdout = 1;
    memcpy(o->t.fractions, f, sizeof f);
    return CLI_OPT_NEXT;
}

/* Whether the list (docs/cli.md "Lists in options") names col; 0 for a
 * list with a fault (check_roles said so first). */
static int list_names(const char *list, const char *col)
{
    char *buf = strdup(list);
    const size_t cap = ct_list_max_items(list);
    const char **it = calloc(cap, sizeof *it);
    size_t n = 0;
    int found = 0;
    if (buf && it && ct_list_split(buf, 0, it, cap, &n, NULL) == CT_OK)
        for (size_t k = 0; k < n && !found; k++)
            found = strcmp(it[k], col) == 0;
    free(it);
    free(buf);
    return found;
}

/* --engagement=A,B,...: the columns of --features=engagement and of the
 * shortcut audit's engagement-only model (default the reports file's five
 * counts). A file naming its view count otherwise gives its own name here,
 * as run's --views does (before 2026-12-05 the audit of such a file said
 * "engagement-only not fitted (required column 'video_view_count' is
 * absent)": tests/cli/run_columns_renamed_all). */
static int parse_engagement(train_opts *o, const char *arg)
{
    free(o->engagement_buf);
    free((void *)o->engagement);
    o->engagement_buf = NULL;
    o->engagement = NULL;
    if (!*arg)
        return cli_usage("train", "--engagement takes COL,COL,..., got an empty value");
    const size_t cap = ct_list_max_items(arg);
    o->engagement_buf = strdup(arg);
    o->engagement = calloc(cap, sizeof *o->engagement);
    size_t n = 0;
    int rc = o->engagement_buf && o->engagement
                 ? cli_split_list("train", "engagement", arg, o->engagement_buf, 0, o->engagement,
                                  cap, &n)
                 : cli_usage("train", "out of memory");
    for (size_t k = 0; k < n && !rc; k++)
        for (size_t q = 0; q < k && !rc; q++)
            if (strcmp(o->engagement[q], o->engagement[k]) == 0) {
                char item[CT_DIAG_MSG_MAX / 2];
                rc = cli_usage("train", "--engagement: '%s' is listed twice",
                               cli_list_item(item, sizeof item, o->engagement[k]));
            }
    if (rc)
        return rc;
    o->t.engagement = o->engagement;
    o->t.nengagement = n;
    return CLI_OPT_NEXT;
}

/* A grid given on the command line names at least one key: an empty one
 * ('' or blanks only) would silently run one candidate of defaults, as
 * no grid does, where an empty item (';') is refused. */
static int grid_not_empty(const char *opt, const char *arg)
{
    for (const char *p = arg; *p; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            return CLI_OPT_NEXT;
    return cli_usage("train",
                     "%s: the grid is empty: give KEY=VALUES[;KEY=VALUES...] (e.g. 'C=0.1,1,10'), "
                     "or leave the option out for the default grid",
                     opt);
}

/* A --features list's own faults, as the grid's, before FILE is read (they
 * were found after it, as "claimtriage: error: ..."): its syntax, and a
 * name given twice. 0 or the usage error's exit status. */
static int check_feature_list(const char *fs)
{
    char *buf = strdup(fs);
    const size_t cap = ct_list_max_items(fs);
    const char **it = calloc(cap, sizeof *it);
    size_t n = 0;
    int rc = buf && it ? cli_split_list("train", "features", fs, buf, 0, it, cap, &n)
                       : cli_usage("train", "out of memory");
    for (size_t k = 0; k < n && !rc; k++)
        for (size_t q = 0; q < k && !rc; q++)
            if (strcmp(it[q], it[k]) == 0) {
                char item[CT_DIAG_MSG_MAX / 2];
                rc = cli_usage("train", "--features: '%s' is listed twice",
                               cli_list_item(item, sizeof item, it[k]));
            }
    free(it);
    free(buf);
    return rc;
}

/* The columns' roles, before FILE is read: the target is never a feature
 * (a model given its own label scores 1 on every test and nothing on an
 * unlabelled backlog), the id is never a feature nor the target nor the
 * text, and the text is not the target. user_engagement: --engagement was
 * given, its list checked as --features' (the default list is the
 * library's, which refuses the target in it). */
static int check_roles(const ct_train_options *t, int user_engagement)
{
    const char *fs = t->features;
    if (fs && strcmp(fs, "all") && strcmp(fs, "text") && strcmp(fs, "engagement")) {
        int rc = check_feature_list(fs);
        if (rc)
            return rc;
        char item[CT_DIAG_MSG_MAX / 2];
        if (t->target && list_names(fs, t->target))
            return cli_usage("train",
                             "--features: '%s' is the target (--target): a model given the "
                             "label to predict learns nothing it can use on unlabelled reports",
                             cli_list_item(item, sizeof item, t->target));
        if (t->id && list_names(fs, t->id))
            return cli_usage("train",
                             "--features: '%s' is the id column (--id): an id names a report, "
                             "it tells nothing about it",
                             cli_list_item(item, sizeof item, t->id));
    }
    /* the same of --engagement's list, given: it is a feature set too
     * (--features=engagement, the audit's engagement model); before
     * 2026-12-07 --engagement=claim_status fitted the label itself
     * (tests/cli/train_engagement_target_refused) */
    for (size_t k = 0; user_engagement && k < t->nengagement; k++) {
        char item[CT_DIAG_MSG_MAX / 2];
        if (t->target && strcmp(t->engagement[k], t->target) == 0)
            return cli_usage("train",
                             "--engagement: '%s' is the target (--target): a model given the "
                             "label to predict learns nothing it can use on unlabelled reports",
                             cli_list_item(item, sizeof item, t->target));
        if (t->id && strcmp(t->engagement[k], t->id) == 0)
            return cli_usage("train",
                             "--engagement: '%s' is the id column (--id): an id names a report, "
                             "it tells nothing about it",
                             cli_list_item(item, sizeof item, t->id));
    }
    if (t->id && t->target && strcmp(t->id, t->target) == 0)
        return cli_usage("train", "--id and --target name the same column '%s'", t->id);
    if (t->id && t->text && strcmp(t->id, t->text) == 0)
        return cli_usage("train", "--id and --text name the same column '%s'", t->id);
    if (t->text && t->target && strcmp(t->text, t->target) == 0)
        return cli_usage("train", "--text and --target name the same column '%s'", t->text);
    return CLI_OPT_NEXT;
}

static int train_option(int c, train_opts *o, char **argv, cli_load *lo)
{
    const char *arg = optarg;
    ct_train_options *t = &o->t;
    double v;
    unsigned long long u;
    int rc;
    /* an empty name is no column and no class: said here, as any empty
     * argument, not after FILE is read ("required column '' is absent",
     * "claimtriage: error: no positive value of the target") */
    if ((c == OPT_TARGET || c == OPT_POSITIVE || c == OPT_TEXT || c == OPT_ID) && !*arg)
        return cli_usage("train", "--%s takes a %s, got an empty value",
                         c == OPT_TARGET     ? "target"
                         : c == OPT_POSITIVE ? "positive"
                         : c == OPT_TEXT     ? "text"
                                             : "id",
                         c == OPT_POSITIVE ? "value of the target (the positive class)"
                                           : "column name");
    switch (c) {
    case 'm': o->model_path = arg; break;
    case CLI_OPT_JSON: o->json = 1; break;
    case OPT_MODEL: t->model = arg; break;
    case OPT_FEATURES:
        if (!*arg) /* a usage error like any other empty argument, not a library refusal */
            return cli_usage("train", "--features takes all, text, engagement or COL,COL,...");
        t->features = arg;
        break;
    case OPT_TARGET:
        t->target = arg;
        o->target_given = 1;
        break;
    case OPT_POSITIVE:
        t->positive = arg;
        o->positive_given = 1;
        break;
    case OPT_TEXT:
        t->text = arg;
        o->text_given = 1;
        break;
    case OPT_ID:
        t->id = arg;
        o->id_given = 1;
        break;
    case OPT_ENGAGEMENT: return parse_engagement(o, arg);
    case OPT_C:
        if ((rc = cli_number_arg("train", "C", arg, 0, 1, CT_LR_C_MAX, &v)) != CLI_OPT_NEXT)
            return rc;
        t->lr.C = v;
        o->c_given = 1;
        given_key(o, "C", "--C");
        o->lr_option_given = 1;
        break;
    case OPT_CLASS_WEIGHT:
        if (strcmp(arg, "balanced") && strcmp(arg, "none"))
            return cli_usage("train", "--class-weight must be none or balanced, got '%s'", arg);
        t->lr.class_weight_balanced = strcmp(arg, "balanced") == 0;
        given_key(o, "class_weight", "--class-weight");
        o->lr_option_given = 1;
        break;
    case OPT_GRID_LR:
        if ((rc = grid_not_empty("--grid-lr", arg)) != CLI_OPT_NEXT)
            return rc;
        t->grids[CT_TRAIN_LR] = arg;
        o->grid_lr_given = o->grids_given[CT_TRAIN_LR] = 1;
        break;
    case OPT_GRID_GBDT:
        if ((rc = grid_not_empty("--grid-gbdt", arg)) != CLI_OPT_NEXT)
            return rc;
        t->grids[CT_TRAIN_GBDT] = arg;
        o->grids_given[CT_TRAIN_GBDT] = 1;
        break;
    case OPT_GRID_RF:
        if ((rc = grid_not_empty("--grid-rf", arg)) != CLI_OPT_NEXT)
            return rc;
        t->grids[CT_TRAIN_RF] = arg;
        o->grids_given[CT_TRAIN_RF] = 1;
        break;
    case OPT_EARLY_STOPPING:
        if ((rc = cli_count_arg("train", "early-stopping", arg, 0, 100000, &u)) != CLI_OPT_NEXT)
            return rc;
        t->early_stopping = (int)u;
        break;
    case OPT_SELECT_TOLERANCE:
        if ((rc = cli_number_arg("train", "select-tolerance", arg, 0, 0, 1e12, &v)) != CLI_OPT_NEXT)
            return rc;
        t->select_tolerance = v;
        o->tolerance_given = 1;
        break;
    case OPT_SELECT_SE:
        if ((rc = cli_number_arg("train", "select-se", arg, 0, 0, 1e6, &v)) != CLI_OPT_NEXT)
            return rc;
        t->select_se = v;
        o->tolerance_given = 2;
        break;
    case OPT_NGRAMS: given_key(o, "ngrams", "--ngrams"); return parse_ngrams(o, arg);
    case OPT_MIN_DF:
        given_key(o, "min_df", "--min-df");
        /* as the grid's min_df and scikit-learn's: a count written whole,
         * a fraction in [0, 1] written with a point (1.0: every document) */
        {
            const char *why = ct_vectorizer_min_df_parse(&t->vectorizer, arg);
            if (why)
                return cli_usage("train", "--min-df: %s, got '%s'", why, arg);
        }
        break;
    case OPT_MAX_FEATURES:
        /* 0: no limit, as the grid's max_features=0 (the vectorizer's 0) */
        if ((rc = cli_count_arg("train", "max-features", arg, 0, 100000000, &u)) != CLI_OPT_NEXT)
            return rc;
        t->vectorizer.max_features = (size_t)u;
        given_key(o, "max_features", "--max-features");
        break;
    case OPT_WEIGHTING:
        if (strcmp(arg, "tfidf") && strcmp(arg, "binary"))
            return cli_usage("train", "--weighting must be tfidf or binary, got '%s'", arg);
        t->vectorizer.weighting =
            strcmp(arg, "binary") == 0 ? CT_VECTORIZER_BINARY : CT_VECTORIZER_TFIDF;
        t->tree_weighting = t->vectorizer.weighting; /* as asked, for every family */
        o->weighting_given = 1;
        given_key(o, "weighting", "--weighting");
        break;
    case OPT_GRID:
        if ((rc = grid_not_empty("--grid", arg)) != CLI_OPT_NEXT)
            return rc;
        t->grid = arg;
        o->grid_given = 1;
        break;
    case OPT_NO_AUDIT: t->audit = 0; break;
    case OPT_OOB_SCORE: t->rf.oob_score = 1; break;
    case OPT_FOLDS:
        if ((rc = cli_count_arg("train", "folds", arg, 2, 100, &u)) != CLI_OPT_NEXT)
            return rc;
        t->folds = (size_t)u;
        o->folds_given = 1;
        break;
    case OPT_METRIC:
        o->metric_given = 1;
        if (ct_metric_parse(arg, &t->metric) != CT_OK)
            return cli_usage("train",
                             "--metric must be ap, auc, logloss, recall, f1 or another metric's "
                             "name (accuracy, balanced_accuracy, precision, brier_score, ece, "
                             "neg_log_loss, ...; docs/train.md), got '%s'",
                             arg);
        break;
    case OPT_SEED:
        if ((rc = cli_count_arg("train", "seed", arg, 0, 0xffffffffull, &u)) != CLI_OPT_NEXT)
            return rc;
        t->seed = u;
        break;
    case OPT_HOLDOUT: return parse_holdout(o, arg);
    case OPT_CALIBRATION:
        if (ct_calib_method_parse(arg, &t->calibration) != CT_OK)
            return cli_usage("train", "--calibration must be platt, isotonic or none, got '%s'",
                             arg);
        t->isotonic_min_rows = 0; /* as asked */
        o->calibration_given = t->calibration != CT_CALIB_NONE;
        break;
    case OPT_CALIBRATION_ROWS:
        if (strcmp(arg, "pooled") && strcmp(arg, "validation"))
            return cli_usage("train", "--calibration-rows must be pooled or validation, got '%s'",
                             arg);
        t->calibration_oof = strcmp(arg, "pooled") == 0;
        o->calibration_rows_given = 1;
        break;
    case OPT_TARGET_RECALL:
        if ((rc = cli_number_arg("train", "target-recall", arg, 0, 1, 1, &v)) != CLI_OPT_NEXT)
            return rc;
        if (t->threshold.rule == CT_THRESHOLD_COST_RATIO)
            return cli_usage("train", "--target-recall and --cost-ratio are two ways to choose "
                                      "the threshold: give one");
        t->threshold.rule = CT_THRESHOLD_TARGET_RECALL;
        t->threshold.target_recall = v;
        break;
    case OPT_COST_RATIO:
        if ((rc = cli_number_arg("train", "cost-ratio", arg, 0, 1, 1e12, &v)) != CLI_OPT_NEXT)
            return rc;
        if (t->threshold.rule == CT_THRESHOLD_TARGET_RECALL)
            return cli_usage("train", "--target-recall and --cost-ratio are two ways to choose "
                                      "the threshold: give one");
        t->threshold.rule = CT_THRESHOLD_COST_RATIO;
        t->threshold.cost_ratio = v;
        break;
    case OPT_THREADS:
        if ((rc = cli_count_arg("train", "threads", arg, 0, 1024, &u)) != CLI_OPT_NEXT)
            return rc;
        o->threads = (int)u;
        break;
    case 'h':
        fputs(train_help, stdout);
        fputs(train_help_tail, stdout);
        return CLI_EXIT_OK;
    default: return cli_shared_option(c, "train", train_help, lo, argv);
    }
    return CLI_OPT_NEXT;
}

/* A grid the user gave that does not parse, or names a key or value its
 * family does not take, is a usage error naming the option (exit 2),
 * found before the file is read. */
static int check_grid(const train_opts *o, ct_train_family fam, const char *spec, const char *opt,
                      int user)
{
    ct_diag d;
    ct_diag_clear(&d);
    const ct_status s = ct_train_grid_check(&o->t, fam, spec, &d);
    if (s == CT_OK && !user)
        return CLI_EXIT_OK; /* a default grid: the options apply beside it */
    if (s == CT_OK) {
        /* a key set both by an option and by the grid: the grid's values
         * would silently replace the option's (--C 10 --grid 'C=1,100'
         * never tried 10), so the two are refused together */
        ct_grid *g = NULL;
        if (ct_grid_parse(spec, &g, NULL) != CT_OK)
            return CLI_EXIT_OK;
        int rc = CLI_EXIT_OK;
        for (size_t j = 0; j < ct_grid_nkeys(g) && rc == CLI_EXIT_OK; j++) {
            const char *key = ct_grid_key(g, j);
            if (strcmp(key, "vectorizer__max_features") == 0)
                key = "max_features";
            else if (fam != CT_TRAIN_LR && strcmp(key, "max_features") == 0)
                continue; /* the trees': columns per split */
            for (size_t k = 0; k < o->ngiven && rc == CLI_EXIT_OK; k++)
                if (strcmp(o->given[k], key) == 0)
                    rc = cli_usage("train",
                                   "%s and %s both set %s: give it in one place (the grid "
                                   "searches the values it lists)",
                                   o->given_opt[k], opt, ct_grid_key(g, j));
        }
        ct_grid_destroy(g);
        return rc;
    }
    if (s != CT_EINVAL)
        return cli_fail(s, &d);
    /* "grid key 'x' is not ...": the option stands for the word "grid" */
    if (strncmp(d.message, "grid ", 5) == 0)
        return cli_usage("train", "%s %s", opt, d.message + 5);
    return cli_usage("train", "%s: %s", opt, d.message);
}

static int check_grids(const train_opts *o, int is_auto, ct_train_family fam)
{
    static const char *const opt[CT_TRAIN_NFAMILIES] = {"--grid-lr", "--grid-gbdt", "--grid-rf"};
    int rc = CLI_EXIT_OK;
    if (!is_auto && o->grid_given)
        rc = check_grid(o, fam, o->t.grid, "--grid", 1);
    for (int k = 0; k < CT_TRAIN_NFAMILIES && rc == CLI_EXIT_OK; k++)
        if (o->t.grids[k])
            rc = check_grid(o, (ct_train_family)k, o->t.grids[k], opt[k], o->grids_given[k]);
    if (rc == CLI_EXIT_OK && !is_auto && !o->t.holdout) {
        /* one configuration fitted: a grid of several is a usage error,
         * said before the file is read (the library said it after) */
        const char *spec = o->t.grid ? o->t.grid : o->t.grids[fam]; /* as ct_train_run */
        ct_grid *g = NULL;
        /* gbdt's default grid, not given: ct_train_run fits its one
         * candidate that ties win (CT_TRAIN_DEFAULT_GRID_GBDT_ONE) */
        if (!o->grid_given && !o->grids_given[fam] && spec &&
            strcmp(spec, CT_TRAIN_DEFAULT_GRID_GBDT) == 0)
            spec = NULL;
        if (spec && ct_grid_parse(spec, &g, NULL) == CT_OK && ct_grid_ncandidates(g) > 1)
            rc = cli_usage("train",
                           "--holdout none fits one configuration, and %s has %zu candidates "
                           "(give one value per key)",
                           o->t.grid ? "--grid" : opt[fam], ct_grid_ncandidates(g));
        ct_grid_destroy(g);
    }
    return rc;
}

/* Returns CLI_EXIT_OK to run, -1 after --help, else an exit code. */
static int parse_args(int argc, char **argv, train_opts *o, cli_load *lo)
{
    static const struct option longopts[] = {
        {"model-file", required_argument, NULL, 'm'},
        {"model", required_argument, NULL, OPT_MODEL},
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"features", required_argument, NULL, OPT_FEATURES},
        {"target", required_argument, NULL, OPT_TARGET},
        {"positive", required_argument, NULL, OPT_POSITIVE},
        {"text", required_argument, NULL, OPT_TEXT},
        {"id", required_argument, NULL, OPT_ID},
        {"C", required_argument, NULL, OPT_C},
        {"class-weight", required_argument, NULL, OPT_CLASS_WEIGHT},
        {"ngrams", required_argument, NULL, OPT_NGRAMS},
        {"min-df", required_argument, NULL, OPT_MIN_DF},
        {"max-features", required_argument, NULL, OPT_MAX_FEATURES},
        {"weighting", required_argument, NULL, OPT_WEIGHTING},
        {"grid", required_argument, NULL, OPT_GRID},
        {"folds", required_argument, NULL, OPT_FOLDS},
        {"metric", required_argument, NULL, OPT_METRIC},
        {"seed", required_argument, NULL, OPT_SEED},
        {"holdout", required_argument, NULL, OPT_HOLDOUT},
        {"calibration", required_argument, NULL, OPT_CALIBRATION},
        {"calibration-rows", required_argument, NULL, OPT_CALIBRATION_ROWS},
        {"target-recall", required_argument, NULL, OPT_TARGET_RECALL},
        {"cost-ratio", required_argument, NULL, OPT_COST_RATIO},
        {"threads", required_argument, NULL, OPT_THREADS},
        {"no-audit", no_argument, NULL, OPT_NO_AUDIT},
        {"grid-lr", required_argument, NULL, OPT_GRID_LR},
        {"grid-gbdt", required_argument, NULL, OPT_GRID_GBDT},
        {"grid-rf", required_argument, NULL, OPT_GRID_RF},
        {"early-stopping", required_argument, NULL, OPT_EARLY_STOPPING},
        {"select-tolerance", required_argument, NULL, OPT_SELECT_TOLERANCE},
        {"select-se", required_argument, NULL, OPT_SELECT_SE},
        {"oob-score", no_argument, NULL, OPT_OOB_SCORE},
        {"engagement", required_argument, NULL, OPT_ENGAGEMENT},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int c, rc;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "m:hq", longopts, NULL)) != -1)
        if ((rc = train_option(c, o, argv, lo)) != CLI_OPT_NEXT)
            return c == 'h' ? -1 : rc;
    if (o->target_given && !o->positive_given)
        return cli_usage("train", "--target=%s needs --positive=VALUE", o->t.target);
    if (argc - optind != 1)
        return cli_operands_usage("train", argc, argv, optind);
    if ((rc = check_roles(&o->t, o->engagement != NULL)) != CLI_OPT_NEXT)
        return rc;
    const char *model = o->t.model ? o->t.model : "lr";
    ct_train_family fam = CT_TRAIN_LR;
    const int is_auto = strcmp(model, "auto") == 0;
    if (!is_auto && ct_train_family_parse(model, &fam) != CT_OK)
        return cli_usage("train", "--model must be lr, gbdt, rf or auto, got '%s'%s", model,
                         strchr(model, '.') || strchr(model, '/')
                             ? " (--model names the family here; the model file is "
                               "-m/--model-file, as in evaluate and score)"
                             : "");
    if (is_auto && o->grid_given)
        return cli_usage("train", "--model auto searches one grid per family: give "
                                  "--grid-lr, --grid-gbdt or --grid-rf instead of --grid");
    if (!is_auto && fam != CT_TRAIN_LR && o->lr_option_given)
        return cli_usage("train",
                         "--C and --class-weight are lr's hyperparameters; %s takes "
                         "its own through --grid",
                         model);
    if (is_auto && !o->t.holdout)
        return cli_usage("train", "--model auto chooses a family on validation rows: not with "
                                  "--holdout none");
    /* One family fitted: another family's grid was ignored without a word
     * (--model gbdt --grid-rf ...), and --grid silently replaced the
     * family's own --grid-F */
    static const char *const gopt[CT_TRAIN_NFAMILIES] = {"--grid-lr", "--grid-gbdt", "--grid-rf"};
    for (int k = 0; k < CT_TRAIN_NFAMILIES && !is_auto; k++) {
        if (o->grids_given[k] && (ct_train_family)k != fam)
            return cli_usage("train",
                             "%s sets %s's grid, and --model %s fits %s alone: give --grid, "
                             "or --model auto to compare the families",
                             gopt[k], ct_train_family_name((ct_train_family)k), model, model);
        if (o->grids_given[k] && o->grid_given)
            return cli_usage("train", "--grid and %s both set %s's grid: give one", gopt[k], model);
    }
    /* found here, before the file is read, as the other usage errors (the
     * library's check said it after loading, without the --help line) */
    if (!is_auto && fam == CT_TRAIN_RF && o->t.calibration == CT_CALIB_PLATT)
        return cli_usage("train", "--calibration platt fits the log-odds, and a random forest "
                                  "has none (it averages probabilities, often exactly 0 or 1): "
                                  "calibrate rf with isotonic or none");
    if (o->t.early_stopping && ((!is_auto && fam != CT_TRAIN_GBDT) || !o->t.holdout))
        return cli_usage("train", "--early-stopping watches gbdt's validation log loss: it "
                                  "needs --model gbdt or auto and a validation split");
    if (o->t.rf.oob_score && !is_auto && fam != CT_TRAIN_RF)
        return cli_usage("train", "--oob-score is a random forest's out-of-bag accuracy: it "
                                  "needs --model rf or auto");
    /* the default grid searches C: not when C is given, nor for --holdout
     * none, which fits one configuration (the forest's default grid holds
     * one candidate; gbdt's is cut to one by ct_train_run) */
    if (!o->grid_given && !o->grid_lr_given && !is_auto && fam == CT_TRAIN_LR &&
        (o->c_given || !o->t.holdout))
        o->t.grid = ""; /* (not over a --grid-lr given: it was dropped unsaid) */
    if (is_auto && o->c_given && !o->grid_lr_given)
        o->t.grids[CT_TRAIN_LR] = "";
    /* a --weighting given is kept: the default grid then searches C alone */
    if (o->weighting_given && !o->grid_given && !o->grid_lr_given && !is_auto &&
        fam == CT_TRAIN_LR && !o->c_given && o->t.holdout)
        o->t.grid = CT_TRAIN_DEFAULT_GRID_C;
    if (o->weighting_given && is_auto && !o->c_given && !o->grid_lr_given)
        o->t.grids[CT_TRAIN_LR] = CT_TRAIN_DEFAULT_GRID_C;
    /* no calibration, no rows to choose: refused as with --holdout none
     * (before 2026-12-05 accepted without a word:
     * tests/cli/train_rf_fallback_counts) */
    if (o->calibration_rows_given && o->t.calibration == CT_CALIB_NONE)
        return cli_usage("train", "--calibration-rows chooses the calibration's rows: not with "
                                  "--calibration none, which fits no calibration");
    if (!o->t.holdout && (o->calibration_given || o->calibration_rows_given))
        return cli_usage("train", "%s: not with --holdout none, which fits no calibration",
                         o->calibration_given
                             ? "--calibration is fitted on held-out rows"
                             : "--calibration-rows chooses the calibration's rows");
    if (!o->t.holdout && o->t.threshold.rule == CT_THRESHOLD_TARGET_RECALL)
        return cli_usage("train", "--target-recall is chosen on validation rows: not with "
                                  "--holdout none");
    /* options that would change nothing were taken without a word (a
     * tester's --holdout none --folds 3 --metric logloss): refused as the
     * dropped requests above are (tests/cli/train_options_without_effect) */
    if (!o->t.holdout && (o->folds_given || o->metric_given))
        return cli_usage("train",
                         "%s sets the cross-validation, which --holdout none does not "
                         "run (it fits one configuration on every labelled row)",
                         o->folds_given ? "--folds" : "--metric");
    /* before the advice to add --model auto, which --holdout none refuses
     * (before 2026-12-04 the one led to the other:
     * tests/cli/train_tolerance_holdout_none) */
    const char *tol_opt = o->tolerance_given == 2 ? "--select-se" : "--select-tolerance";
    if (!o->t.holdout && o->tolerance_given)
        return cli_usage("train", "%s ties families on validation rows: not with --holdout none",
                         tol_opt);
    if (!is_auto && o->tolerance_given)
        return cli_usage("train",
                         "%s ties families within a tolerance: it needs --model auto (--model %s "
                         "fits one family)",
                         tol_opt, model);
    return check_grids(o, is_auto, fam);
}

/* A string id: bytes of the mapped file, not NUL-terminated. */
typedef struct id_span {
    const char *p;
    size_t len;
} id_span;

static int cmp_span(const void *a, const void *b)
{
    const id_span *x = a, *y = b;
    const size_t k = x->len < y->len ? x->len : y->len;
    const int c = memcmp(x->p, y->p, k);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static int cmp_i64(const void *a, const void *b)
{
    const int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Rows whose id repeats an earlier row's: copies of a report on both
 * sides of the split would flatter the test metrics, so the split keeps
 * each id's rows in one set (claimtriage/folds.h, groups; since
 * 2026-12-05, before which this note said they "can fall on both sides");
 * said, as the rows are kept: inspect counts the duplicates, the user
 * decides. */
static void note_duplicate_ids(const ct_frame *f, const char *id, int holdout)
{
    size_t j;
    if (!id || ct_frame_find(f, id, &j, NULL) != CT_OK)
        return;
    const ct_column *c = ct_frame_col(f, j);
    const size_t n = ct_frame_nrows(f);
    const uint8_t *miss = ct_column_missing(c);
    size_t m = 0, dup = 0;
    char example[64] = "";
    if (ct_column_i64(c)) {
        /* ids beyond 2^53: distinct values can share a double, so the exact
         * ones are compared */
        int64_t *x = malloc((n ? n : 1) * sizeof *x);
        if (x) {
            for (size_t i = 0; i < n; i++)
                if (!miss[i])
                    x[m++] = ct_column_i64(c)[i];
            qsort(x, m, sizeof *x, cmp_i64);
            for (size_t i = 1; i < m; i++)
                if (x[i] == x[i - 1] && dup++ == 0)
                    snprintf(example, sizeof example, "%lld", (long long)x[i]);
        }
        free(x);
    } else if (ct_column_is_numeric(c)) {
        double *x = malloc((n ? n : 1) * sizeof *x), *tmp = malloc((n ? n : 1) * sizeof *tmp);
        if (x && tmp) {
            for (size_t i = 0; i < n; i++)
                if (!miss[i])
                    x[m++] = ct_column_f64(c)[i];
            ct_sort_f64(x, m, tmp);
            for (size_t i = 1; i < m; i++)
                if (x[i] == x[i - 1] && dup++ == 0)
                    snprintf(example, sizeof example, "%.17g", x[i]);
        }
        free(x);
        free(tmp);
    } else {
        /* ct_column_str's bytes are not NUL-terminated (a field of the
         * mapped file): compared by their length, never by strcmp */
        id_span *s = malloc((n ? n : 1) * sizeof *s);
        if (s) {
            for (size_t i = 0; i < n; i++) {
                size_t len = 0;
                const char *v = miss[i] ? NULL : ct_column_str(c, i, &len);
                if (v) {
                    s[m].p = v;
                    s[m++].len = len;
                }
            }
            qsort(s, m, sizeof *s, cmp_span);
            for (size_t i = 1; i < m; i++)
                if (cmp_span(&s[i], &s[i - 1]) == 0 && dup++ == 0)
                    snprintf(example, sizeof example, "%.*s", (int)(s[i].len < 60 ? s[i].len : 60),
                             s[i].p);
        }
        free(s);
    }
    if (!dup)
        return;
    char a[32];
    cli_fmt_count(a, sizeof a, dup);
    /* ids a spreadsheet rounded (the load's note, ct_frame_ids_rounded):
     * the repeats are different reports sharing a rounded id, and
     * dropping them would delete reports, as regress's independence check
     * judges them (before 2026-12-05 train advised dropping them:
     * tests/cli/train_rounded_ids_not_duplicates) */
    if (ct_frame_ids_rounded(f, j))
        cli_note("%s row%s repeat%s an earlier row's '%s' (e.g. %s), but the ids look rounded by "
                 "a spreadsheet (the load's note): rows of different reports share a rounded id, "
                 "so the repeats are no duplicate reports and dropping them would delete reports; "
                 "%s (export the column as text or whole numbers to tell the reports apart)",
                 a, dup == 1 ? "" : "s", dup == 1 ? "s" : "", id, example,
                 holdout ? "the split keeps each rounded id's rows in one set"
                         : "with --holdout none every row is trained on");
    else
        cli_note("%s row%s repeat%s an earlier row's '%s' (e.g. %s): %s; drop duplicates first "
                 "if they are copies",
                 a, dup == 1 ? "" : "s", dup == 1 ? "s" : "", id, example,
                 holdout ? "the split keeps each id's rows in one set, so that no report is both "
                           "trained and tested on"
                         : "with --holdout none every row is trained on");
}

/* Whether feature set `features` reads text column `text`: "all", "text",
 * or a list naming it. */
static int reads_text(const char *features, const char *text)
{
    if (!features || strcmp(features, "all") == 0 || strcmp(features, "text") == 0)
        return 1;
    return list_names(features, text);
}

/* The columns of f of type `type` (but skip), "LEAD'a', 'b'", appended to
 * hint[0..cap): a named column's way out when no near name is found. */
static void columns_of_type(const ct_frame *f, ct_type type, const char *skip, const char *lead,
                            char *hint, size_t cap)
{
    size_t len = strlen(hint), n = 0;
    for (size_t k = 0; k < ct_frame_ncols(f) && len < cap; k++) {
        const ct_column *c = ct_frame_col(f, k);
        if (ct_column_type(c) != type || (skip && strcmp(ct_column_name(c), skip) == 0))
            continue;
        int w = snprintf(hint + len, cap - len, "%s'%s'", n++ ? ", " : lead, ct_column_name(c));
        len += w > 0 ? (size_t)w : 0;
    }
}

static void note_absent_features(const train_opts *o, const ct_frame *f, const char *text_absent,
                                 char delim, int gzip);

/* --engagement's names the file lacks: refused as a named --text or --id
 * the file lacks is (exit 1, the option and the name said, the library's
 * "did you mean" kept, else the file's numeric columns) when the set is
 * read (--features engagement, or the shortcut audit's engagement model),
 * else noted. Before 2026-12-07 a misspelt name trained (exit 0) and only
 * the audit's table said "engagement not fitted: required column ... is
 * absent" (tests/cli/train_engagement_absent_refused). Returns 0 or -1
 * (said). */
static int check_engagement(const train_opts *o, const ct_frame *f)
{
    const int eng_set = o->t.features && strcmp(o->t.features, "engagement") == 0;
    for (size_t k = 0; k < o->t.nengagement; k++) {
        size_t j;
        ct_diag d;
        ct_diag_clear(&d);
        const char *name = o->t.engagement[k];
        if (ct_frame_find(f, name, &j, &d) == CT_OK)
            continue;
        char hint[CT_DIAG_MSG_MAX];
        snprintf(hint, sizeof hint, "%s", d.hint);
        ct_diag_clear(&d);
        if (!eng_set && !o->t.audit) {
            cli_note("no '%s' column (--engagement): neither --features %s nor the audit (off: "
                     "--no-audit) reads the engagement set, so none is needed%s%s",
                     name, o->t.features ? o->t.features : "all", hint[0] ? "; " : "", hint);
            continue;
        }
        const int near = hint[0] != '\0'; /* the library's "did you mean" */
        for (size_t c = 0, len = 0, n = 0; !near && c < ct_frame_ncols(f); c++) {
            const ct_column *col = ct_frame_col(f, c);
            const ct_type t = ct_column_type(col);
            if ((t != CT_TYPE_INT && t != CT_TYPE_FLOAT) || len >= sizeof hint ||
                strcmp(ct_column_name(col), o->t.target) == 0)
                continue;
            const int w =
                snprintf(hint + len, sizeof hint - len, "%s'%s'",
                         n++ ? ", " : "the file's numeric columns: ", ct_column_name(col));
            len += w > 0 ? (size_t)w : 0;
        }
        snprintf(d.message, sizeof d.message, "no '%s' column (--engagement): %s reads it", name,
                 eng_set ? "--features engagement" : "the shortcut audit's engagement model");
        snprintf(d.hint, sizeof d.hint, "%s", hint);
        snprintf(d.file, sizeof d.file, "%s", ct_frame_source(f));
        d.status = CT_ECOLUMN;
        d.kind = CT_DIAG_CAUSE_COLUMN_ABSENT;
        snprintf(d.cause_column, sizeof d.cause_column, "%s", name);
        cli_print_diag(&d);
        return -1;
    }
    return 0;
}

/* The hint for a transcription column the file lacks, when no column is
 * near its name (a header renamed unrelatedly: 'transcript'): the file's
 * free-text columns, else its columns train does not read (the target and
 * the id aside), with the option that names it (before 2026-12-07 "name
 * the file's text column with --text=COL" alone, or nothing:
 * tests/cli/train_text_renamed_unread). */
static void text_hint(const train_opts *o, const ct_frame *f, char *hint, size_t cap)
{
    hint[0] = '\0';
    columns_of_type(f, CT_TYPE_TEXT, o->t.target, "the file's free-text columns: ", hint, cap);
    if (!hint[0]) {
        const char *used[] = {o->t.target, o->t.id};
        char list[CT_DIAG_MSG_MAX / 2];
        const size_t n = ct_frame_unread_columns(f, used, 2, 12, list, sizeof list);
        if (n)
            snprintf(hint, cap, "the file's column%s train does not read: %s", n == 1 ? "" : "s",
                     list);
    }
    const size_t len = strlen(hint);
    if (len < cap)
        snprintf(hint + len, cap - len, "%sname the transcription with --text=COL",
                 len ? "; " : "");
}

/* The reports file's default columns the file lacks: the target is
 * needed; a default text or id column that is absent is simply not used.
 * delim, gzip: how the file was read (for a hint's command). */
static int resolve_defaults(train_opts *o, const ct_frame *f, char delim, int gzip)
{
    size_t j;
    ct_diag d;
    ct_diag_clear(&d);
    if (ct_frame_find(f, o->t.target, &j, &d) != CT_OK) {
        /* the library's hint kept: "did you mean 'CLAIM_STATUS'?" when the
         * header differs in letter case or spaces */
        char hint[CT_DIAG_MSG_MAX];
        snprintf(hint, sizeof hint, "%s", d.hint);
        /* no near name: a column holding the positive value, the label
         * under another name (before 2026-12-06 no hint:
         * tests/cli/label_column_renamed) */
        if (!hint[0])
            cli_label_elsewhere(f, o->t.positive, o->t.target, 0, hint, sizeof hint);
        ct_diag_clear(&d);
        /* a --target the file lacks named as the option (before 2026-12-06
         * "required column 'label' is absent", from the library:
         * tests/cli/train_json_failure_defaults) */
        if (o->target_given)
            snprintf(d.message, sizeof d.message,
                     "no '%s' column (--target): train needs the label's column as "
                     "--target=COL and its positive value as --positive=VALUE",
                     o->t.target);
        else
            snprintf(d.message, sizeof d.message,
                     "no '%s' column (the reports file's label); train needs "
                     "--target=COL --positive=VALUE",
                     o->t.target);
        snprintf(d.hint, sizeof d.hint, "%s", hint);
        /* its cause for --json's failure document (cli_json_cause) */
        d.status = CT_ECOLUMN;
        d.kind = CT_DIAG_CAUSE_COLUMN_ABSENT;
        snprintf(d.cause_column, sizeof d.cause_column, "%s", o->t.target);
        /* a queue score wrote (before 2026-12-05 only its missing label
         * was said: tests/cli/train_queue_named) */
        snprintf(d.file, sizeof d.file, "%s", ct_frame_source(f));
        ct_queue_given_diag(f, "a reports file",
                            "train on the reports file (the labelled reports the queue was "
                            "scored from)",
                            &d);
        cli_print_diag(&d);
        return CLI_EXIT_DATA;
    }
    const char *text_absent = NULL;
    if (!o->text_given && o->t.text && ct_frame_find(f, o->t.text, &j, &d) != CT_OK) {
        if (o->t.features && strcmp(o->t.features, "text") == 0) {
            /* the set asked for is the text alone: the file lacks what it
             * needs (bad data, exit 1), not a usage error */
            char hint[CT_DIAG_MSG_MAX];
            snprintf(hint, sizeof hint, "%s", d.hint);
            if (!hint[0])
                text_hint(o, f, hint, sizeof hint);
            ct_diag_clear(&d);
            snprintf(d.message, sizeof d.message,
                     "no '%s' column: --features text needs the transcription", o->t.text);
            snprintf(d.hint, sizeof d.hint, "%s", hint);
            snprintf(d.file, sizeof d.file, "%s", ct_frame_source(f));
            d.status = CT_ECOLUMN;
            d.kind = CT_DIAG_CAUSE_COLUMN_ABSENT;
            snprintf(d.cause_column, sizeof d.cause_column, "%s", o->t.text);
            cli_print_diag(&d);
            return CLI_EXIT_DATA;
        }
        /* the library's hint kept: "did you mean 'Video_Transcription_Text'?"
         * (a header in other case trains a model without its text) */
        char hint[CT_DIAG_MSG_MAX];
        snprintf(hint, sizeof hint, "%s", d.hint);
        if (!hint[0]) /* its free-text columns, as --features text's error says them */
            columns_of_type(f, CT_TYPE_TEXT, o->t.target, "the file's free-text columns: ", hint,
                            sizeof hint);
        cli_note("no '%s' column: no text features (name one with --text)%s%s", o->t.text,
                 hint[0] ? "; " : "", hint);
        ct_diag_clear(&d);
        text_absent = o->t.text; /* said here: not again as a feature it lacks */
        o->t.text = NULL;
    } else if (o->text_given && o->t.text && reads_text(o->t.features, o->t.text) &&
               ct_frame_find(f, o->t.text, &j, &d) != CT_OK) {
        /* the features read the named text: refused here, before any note
         * that names it as the text (before 2026-12-04 a misspelt --text
         * printed "... the n-grams of 'nosuch' alone" first:
         * tests/cli/train_text_absent_refused_first); the hint names the
         * file's free-text columns when no near name does */
        char hint[CT_DIAG_MSG_MAX];
        snprintf(hint, sizeof hint, "%s", d.hint);
        if (!d.hint[0])
            columns_of_type(f, CT_TYPE_TEXT, o->t.target, "the file's free-text columns: ", hint,
                            sizeof hint);
        ct_diag_clear(&d);
        snprintf(d.message, sizeof d.message, "no '%s' column (--text): --features %s reads it",
                 o->t.text, o->t.features ? o->t.features : "all");
        snprintf(d.hint, sizeof d.hint, "%s",
                 hint[0] ? hint
                         : "the file has no free-text column; drop --text, or --features "
                           "engagement for a model without text");
        snprintf(d.file, sizeof d.file, "%s", ct_frame_source(f));
        d.status = CT_ECOLUMN;
        d.kind = CT_DIAG_CAUSE_COLUMN_ABSENT;
        snprintf(d.cause_column, sizeof d.cause_column, "%s", o->t.text);
        cli_print_diag(&d);
        return CLI_EXIT_DATA;
    } else if (o->text_given && o->t.text && !reads_text(o->t.features, o->t.text) &&
               ct_frame_find(f, o->t.text, &j, &d) != CT_OK) {
        /* features that read no text need no text column (all, text or a
         * list naming it do: refused there); said, as a misspelt --text
         * would otherwise pass unseen */
        cli_note("no '%s' column (--text): --features %s reads no text, so none is needed%s%s%s",
                 o->t.text, o->t.features,
                 o->t.audit ? "; the shortcut audit's text and all models are not fitted" : "",
                 d.hint[0] ? "; " : "", d.hint);
        ct_diag_clear(&d);
    }
    if (o->id_given && o->t.id && ct_frame_find(f, o->t.id, &j, &d) != CT_OK) {
        /* train fits without an id (a file without the default one trains,
         * noted below), but a column named with --id is the one the model
         * records for score to name reports by: a misspelt one is refused
         * as a named --text the features read is, naming the option and
         * the file's identifier columns (before 2026-12-04 "required
         * column 'videoid' is absent": tests/cli/train_id_absent_named) */
        char hint[CT_DIAG_MSG_MAX];
        snprintf(hint, sizeof hint, "%s", d.hint);
        if (!d.hint[0])
            columns_of_type(f, CT_TYPE_ID, o->t.target, "the file's identifier columns: ", hint,
                            sizeof hint);
        /* leaving --id out takes the default id column when the file has
         * it: only without one does the model then record none (before
         * 2026-12-04 that was said of every file: tests/cli/train_id_absent_default_hint) */
        const char *def = ct_reports_train_options().id;
        ct_diag_clear(&d);
        const int has_def = def && ct_frame_find(f, def, &j, &d) == CT_OK;
        ct_diag_clear(&d);
        const size_t len = strlen(hint);
        if (len < sizeof hint && has_def)
            snprintf(hint + len, sizeof hint - len,
                     "%sor leave --id out: train then records the default id column '%s'",
                     len ? "; " : "", def);
        else if (len < sizeof hint)
            snprintf(hint + len, sizeof hint - len,
                     "%sor leave --id out: train fits without an id, but the model then records "
                     "none, and score names its queue's reports by it",
                     len ? "; " : "");
        snprintf(d.message, sizeof d.message,
                 "no '%s' column (--id): the id column the model records for score", o->t.id);
        snprintf(d.hint, sizeof d.hint, "%s", hint);
        snprintf(d.file, sizeof d.file, "%s", ct_frame_source(f));
        cli_print_diag(&d);
        return CLI_EXIT_DATA;
    }
    if (o->engagement && check_engagement(o, f) != 0)
        return CLI_EXIT_DATA;
    if (!o->id_given && o->t.id && ct_frame_find(f, o->t.id, &j, &d) != CT_OK) {
        /* said, as an absent feature is: the model records no id, so score
         * cannot name this file's rows, and a renamed id column is read as a
         * number (a feature) */
        cli_note("no '%s' column (the reports file's id): the model has no id column, which "
                 "score needs, and ids under another name are read as a feature: name them "
                 "with --id=COL%s%s",
                 o->t.id, d.hint[0] ? "; " : "", d.hint);
        ct_diag_clear(&d);
        o->t.id = NULL;
    }
    note_duplicate_ids(f, o->t.id, o->t.holdout);
    /* a count column read as strings for a few cells ('1e400', 'n/a?')
     * drops out of the numeric features or turns into a categorical one:
     * said with its line and the way out, as inspect says it (before
     * 2026-12-04 only "free text, not a feature", and nothing with
     * --features LIST: tests/cli/train_count_column_read_as_text) */
    cli_note_mostly_numeric(f, ct_frame_source(f), "not a numeric feature");
    /* free-text columns other than the transcription are no features of
     * the set "all": said, so that a column a data scientist added (a date,
     * a comment) does not vanish from the model unnoticed */
    if (!o->t.features || strcmp(o->t.features, "all") == 0) {
        char list[400] = "";
        size_t len = 0, nfree = 0;
        for (size_t k = 0; k < ct_frame_ncols(f); k++) {
            const ct_column *c = ct_frame_col(f, k);
            const char *nm = ct_column_name(c);
            if (ct_column_type(c) != CT_TYPE_TEXT || (o->t.text && strcmp(nm, o->t.text) == 0) ||
                strcmp(nm, o->t.target) == 0)
                continue;
            nfree++;
            int w = snprintf(list + len, sizeof list - len, "%s'%s'", nfree > 1 ? ", " : "", nm);
            if (w > 0 && (size_t)w < sizeof list - len)
                len += (size_t)w;
        }
        if (nfree && o->t.text)
            cli_note("%s %s free text, not %s: --features all takes the numeric and "
                     "categorical columns and the n-grams of '%s' alone",
                     list, nfree == 1 ? "is" : "are", nfree == 1 ? "a feature" : "features",
                     o->t.text);
        else if (nfree)
            cli_note("%s %s free text, not %s: --features all takes the numeric and "
                     "categorical columns alone (name the transcription with --text=COL)",
                     list, nfree == 1 ? "is" : "are", nfree == 1 ? "a feature" : "features");
    }
    /* columns empty in every row are no features of "all" (nothing to
     * learn, and the model would require them of every file it reads: an
     * export's trailing delimiter makes one); said beside the loader's note */
    if ((!o->t.features || strcmp(o->t.features, "all") == 0) && ct_frame_nrows(f)) {
        char list[400] = "";
        size_t len = 0, nempty = 0;
        for (size_t k = 0; k < ct_frame_ncols(f); k++) {
            const ct_column *c = ct_frame_col(f, k);
            const char *nm = ct_column_name(c);
            if (ct_column_nmissing(c) != ct_frame_nrows(f) || strcmp(nm, o->t.target) == 0 ||
                (o->t.id && strcmp(nm, o->t.id) == 0) || (o->t.text && !strcmp(nm, o->t.text)))
                continue;
            nempty++;
            int w = snprintf(list + len, sizeof list - len, "%s'%s'", nempty > 1 ? ", " : "", nm);
            if (w > 0 && (size_t)w < sizeof list - len)
                len += (size_t)w;
        }
        if (nempty)
            cli_note("%s: empty in every row, so not %s: the model does not need %s", list,
                     nempty == 1 ? "a feature" : "features", nempty == 1 ? "it" : "them");
        size_t jt, worded = 1;
        const ct_column *tc = o->t.text && ct_frame_find(f, o->t.text, &jt, NULL) == CT_OK
                                  ? ct_frame_col(f, jt)
                                  : NULL;
        if (tc && ct_column_nmissing(tc) == ct_frame_nrows(f))
            cli_note("'%s' (the text): empty in every row, so its n-grams and length are not "
                     "features (no word to learn from): the model uses the other columns",
                     o->t.text);
        /* text in every row but no word (a batch of emoji-only captions)
         * is left out as empty text is (ct_feature_set_resolve) */
        else if (tc && ct_feature_text_words(tc, NULL, ct_frame_nrows(f), 1, &worded) == CT_OK &&
                 !worded)
            cli_note("'%s' (the text): no word of two or more letters or digits in any row "
                     "(punctuation, symbols or one-letter words only), so its n-grams and length "
                     "are not features: the model uses the other columns",
                     o->t.text);
    }
    /* the reports file's feature columns this file lacks: with the default
     * features the model is trained without them, which must be said (a
     * column renamed by a spreadsheet would otherwise vanish unnoticed) */
    if (!o->target_given && (!o->t.features || strcmp(o->t.features, "all") == 0))
        note_absent_features(o, f, text_absent, delim, gzip);
    return CLI_EXIT_OK;
}

/* Whether column `name` is among fs's features. */
static int in_feature_set(const ct_feature_set *fs, const char *name)
{
    for (size_t k = 0; k < fs->nnumeric; k++)
        if (strcmp(fs->numeric[k], name) == 0)
            return 1;
    for (size_t k = 0; k < fs->ncategorical; k++)
        if (strcmp(fs->categorical[k], name) == 0)
            return 1;
    return 0;
}

/* The reports file's feature columns f lacks (resolve_defaults). One the
 * file holds under a near name (letter case, word separators, spaces:
 * ct_frame_near_name's rule, never taken for the reports file's column
 * here as nowhere else) is no missing feature: "all" trains on it under
 * the file's name, an extra feature, so the note says that, what it
 * costs (every file the model reads needs that name; the engagement
 * features and score's reach read the reports file's names), and the
 * command that renames the header. Before 2026-12-05 each such column
 * was said to be one "the model is trained without", while the model
 * read it (tests/cli/train_near_names_used_as_named). */
static void note_absent_features(const train_opts *o, const ct_frame *f, const char *text_absent,
                                 char delim, int gzip)
{
    ct_feature_set all;
    memset(&all, 0, sizeof all);
    const char *excl[2] = {o->t.target, o->t.id};
    const int have_all = ct_feature_set_resolve(f, "all", o->t.text, excl, o->t.id ? 2 : 1, NULL, 0,
                                                &all, NULL) == CT_OK;
    const char *from[16], *to[16];
    size_t nnear = 0;
    {
        size_t j;
        const ct_schema *sc = ct_reports_schema();
        for (size_t k = 0; k < sc->ncolumns; k++) {
            const char *nm = sc->columns[k].name;
            /* identifiers are never features (with --id=vid, 'video_id' is
             * not a column the model lacks) */
            if (strcmp(nm, "#") == 0 || sc->columns[k].type == CT_TYPE_ID ||
                strcmp(nm, o->t.target) == 0 || (o->t.id && strcmp(nm, o->t.id) == 0) ||
                (text_absent && strcmp(nm, text_absent) == 0) ||
                (o->t.text && !strcmp(nm, o->t.text)))
                continue;
            ct_diag dg;
            ct_diag_clear(&dg);
            if (ct_frame_find(f, nm, &j, &dg) == CT_OK)
                continue;
            const size_t near = ct_frame_near_index(f, nm);
            const char *fname = near == SIZE_MAX ? NULL : ct_column_name(ct_frame_col(f, near));
            if (have_all && fname && in_feature_set(&all, fname) &&
                nnear < sizeof from / sizeof from[0]) {
                from[nnear] = fname;
                to[nnear++] = nm;
                continue;
            }
            cli_note("no '%s' column (a feature of the reports file): the model is trained "
                     "without it%s%s",
                     nm, dg.hint[0] ? "; " : "", dg.hint);
        }
    }
    ct_feature_set_free(&all);
    if (!nnear)
        return;
    char pairs[1200] = "", cmd[CT_DIAG_MSG_MAX];
    size_t w = 0;
    int counts = 0; /* a count score's reach reads (views, shares) */
    int eng = 0;    /* a column of the audit's engagement model */
    const ct_score_options so = ct_reports_score_options();
    for (size_t k = 0; k < nnear && w < sizeof pairs; k++) {
        const int q =
            snprintf(pairs + w, sizeof pairs - w, "%s'%s' for '%s'", k ? ", " : "", from[k], to[k]);
        w += q > 0 ? (size_t)q : 0;
        for (size_t e = 0; e < o->t.nengagement; e++)
            eng |= strcmp(to[k], o->t.engagement[e]) == 0;
        counts |= (so.views_column && !strcmp(to[k], so.views_column)) ||
                  (so.shares_column && !strcmp(to[k], so.shares_column));
    }
    const int have_cmd = ct_shell_rename_header(cmd, sizeof cmd, ct_frame_source(f), gzip,
                                                delim ? delim : ',', from, to, nnear);
    const int one = nnear == 1;
    const char *it = one ? "it" : "them";
    char reach[120] = "";
    if (counts)
        snprintf(reach, sizeof reach, "%s read %s (--views, --shares name other columns)",
                 o->t.audit && eng ? ", nor does score's reach" : ", and score's reach does not",
                 it);
    cli_note("the file holds %s of the reports file's features under %s (%s): the model is "
             "trained on %s under the file's %s, as %s, not as the reports file's %s, so every "
             "file it scores or evaluates needs %s%s%s; to train on %s as the reports file's %s, "
             "rename %s in the header%s%s",
             one ? "one" : "some", one ? "another name" : "other names", pairs, it,
             one ? "name" : "names", one ? "an extra feature" : "extra features",
             one ? "column" : "columns", one ? "that name" : "those names",
             o->t.audit && eng ? ", and the shortcut audit's engagement model, which reads the "
                                 "reports file's names, is not fitted"
                               : "",
             reach, it, one ? "column" : "columns", it, have_cmd ? ": " : " first",
             have_cmd ? cmd : "");
}

/* ----------------------------------------------------------- progress */

typedef struct progress_state {
    char stage[16];
    struct timespec t0;
    char label[64];
} progress_state;

static double since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

/* The bar is cli_progress's; the label carries the stage, the elapsed time
 * and, once a unit is done, the estimated time left. */
static int train_progress(void *user, const char *stage, uint64_t done, uint64_t total)
{
    progress_state *p = user;
    if (strcmp(p->stage, stage) != 0) {
        snprintf(p->stage, sizeof p->stage, "%s", stage);
        clock_gettime(CLOCK_MONOTONIC, &p->t0);
    }
    const double el = since(&p->t0);
    if (done > 0 && total > done)
        snprintf(p->label, sizeof p->label, "%s %.0fs eta %.0fs", stage, el,
                 el * (double)(total - done) / (double)done);
    else
        snprintf(p->label, sizeof p->label, "%s %.0fs", stage, el);
    return cli_progress(p->label, done, total);
}

/* ------------------------------------------------------------- output */

/* A metric for people: "undefined" where it does not exist. */
static const char *fmt(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "undefined");
    else
        ct_numfmt_metric(buf, n, v); /* no "1.8e-19" among 6 decimals */
    return buf;
}

static void print_metrics(const char *const *heads, const ct_metrics_binary *const *m, size_t k)
{
    ct_table *t = ct_table_create(k + 1);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    char b[64];
    ct_table_add(t, "");
    for (size_t c = 0; c < k; c++) {
        ct_table_add(t, heads[c]);
        /* numbers, "undefined" and the 'tp / fp / tn / fn' row all
         * right-aligned under the right-aligned header: one edge per
         * column (on their points, a whole "1" stood left of its header
         * and the counts' row under neither; before 2026-12-03) */
        ct_table_align(t, c + 1, 1);
    }
    ct_table_add(t, "threshold");
    for (size_t c = 0; c < k; c++)
        ct_table_add(t, (ct_numfmt_prob(b, sizeof b, m[c]->threshold), b));
    for (int q = 0; q < CT_METRIC_COUNT; q++) {
        ct_table_add(t, ct_metric_name((ct_metric)q));
        for (size_t c = 0; c < k; c++)
            ct_table_add(t, fmt(b, sizeof b, ct_metrics_get(m[c], (ct_metric)q)));
    }
    ct_table_add(t, "tp / fp / tn / fn");
    for (size_t c = 0; c < k; c++) {
        char q[4][32];
        cli_fmt_count(q[0], sizeof q[0], m[c]->tp);
        cli_fmt_count(q[1], sizeof q[1], m[c]->fp);
        cli_fmt_count(q[2], sizeof q[2], m[c]->tn);
        cli_fmt_count(q[3], sizeof q[3], m[c]->fn);
        ct_table_addf(t, "%s / %s / %s / %s", q[0], q[1], q[2], q[3]);
    }
    ct_table_print(t, stdout, "  ");
    ct_table_destroy(t);
    for (size_t c = 0; c < k; c++)
        cli_metric_notes(k > 1 ? heads[c] : NULL, m[c]);
}

static void print_reliability(const char *title, const ct_reliability *r)
{
    char a[32], b[32];
    printf("  %s (10 equal-width bins; ECE %s):\n", title, fmt(a, sizeof a, r->ece));
    ct_table *t = ct_table_create(4);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    ct_table_add(t, "bin");
    ct_table_add(t, "rows");
    ct_table_add(t, "mean predicted");
    ct_table_add(t, "observed");
    for (size_t c = 1; c < 4; c++)
        ct_table_align(t, c, CT_TABLE_DECIMAL);
    for (size_t k = 0; k < r->n_bins; k++) {
        const ct_reliability_bin *e = &r->bin[k];
        if (!e->count)
            continue;
        ct_table_addf(t, "%s%.1f, %.1f]", k ? "(" : "[", e->lo, e->hi);
        cli_fmt_count(a, sizeof a, e->count);
        ct_table_add(t, a);
        ct_table_add(t, fmt(b, sizeof b, e->mean_pred));
        ct_table_add(t, fmt(b, sizeof b, e->observed));
    }
    ct_table_print(t, stdout, "    ");
    ct_table_destroy(t);
}

/* The width of the CV table's hyperparameters column. */
#define HP_WIDTH 60

/* Grid key key's "key=value" as candidate g's configuration writes it
 * (ct_train_config_describe: the chosen line and train.json's config), so
 * that one setting reads one way wherever it is printed: before
 * 2026-12-04 the table wrote the grid's text, max_samples=None, beside
 * the chosen line's max_samples=1.0 (tests/cli/train_rf_none_table_as_chosen).
 * The grid's text when the configuration does not write the key. */
static void config_word(const ct_train_config *g, const char *key, const char *text, char *out,
                        size_t cap)
{
    char desc[512];
    ct_train_config_describe(g, desc, sizeof desc);
    const char *k = strcmp(key, "ngram_range") == 0 ? "ngrams" : key;
    const size_t kl = strlen(k);
    for (const char *p = desc; *p; p += strspn(p, " ")) {
        const size_t wl = strcspn(p, " ");
        if (wl > kl && strncmp(p, k, kl) == 0 && p[kl] == '=') {
            snprintf(out, cap, "%.*s", (int)wl, p);
            return;
        }
        p += wl;
    }
    snprintf(out, cap, "%s=%s", key, text);
}

/* A tree candidate's hyperparameters in short: the main ones, then every
 * other key of its family's grid. When that is wider than the column, the
 * keys the grid varies come first, so that the cut never hides what tells
 * two candidates apart (the constant ones are on the "chosen" line); their
 * width goes to *vary_width (0 when the whole fits): when they alone are
 * wider than the column, the table wraps them. */
static void tree_short(const ct_train_result *r, size_t c, char *buf, size_t size,
                       size_t *vary_width)
{
    const ct_train_config *g = &r->configs[c];
    enum { MAXP = 24 };
    char part[MAXP][64];
    int varies[MAXP];
    size_t np = 0;
    const char *mainkey[3];
    if (g->family == CT_TRAIN_GBDT) {
        mainkey[0] = "n_estimators", mainkey[1] = "learning_rate", mainkey[2] = "max_depth";
        snprintf(part[0], sizeof part[0], "n_estimators=%d", g->gbdt.n_estimators);
        snprintf(part[1], sizeof part[1], "learning_rate=%.6g", g->gbdt.learning_rate);
        snprintf(part[2], sizeof part[2], "max_depth=%d", g->gbdt.max_depth);
    } else {
        mainkey[0] = "n_estimators", mainkey[1] = "max_depth", mainkey[2] = "max_features";
        snprintf(part[0], sizeof part[0], "n_estimators=%d", g->rf.n_estimators);
        if (g->rf.max_depth)
            snprintf(part[1], sizeof part[1], "max_depth=%d", g->rf.max_depth);
        else
            snprintf(part[1], sizeof part[1], "max_depth=None");
        char mf[32]; /* a count "1", a fraction "1.0", as scikit-learn reads them */
        ct_rf_max_features_text(&g->rf, mf, sizeof mf);
        snprintf(part[2], sizeof part[2], "max_features=%s", mf);
    }
    np = 3;
    memset(varies, 0, sizeof varies);
    for (size_t k = 0; k < r->n_families; k++) {
        const ct_train_family_result *fr = &r->families[k];
        if (fr->family != g->family || c < fr->first || c >= fr->first + fr->count)
            continue;
        const ct_grid *gr = r->fgrids[k];
        for (size_t j = 0; j < ct_grid_nkeys(gr); j++) {
            const char *key = ct_grid_key(gr, j);
            const int many = ct_grid_nvalues(gr, j) > 1;
            size_t m = 0;
            while (m < 3 && strcmp(key, mainkey[m]) != 0)
                m++;
            if (m < 3) {
                varies[m] |= many;
                continue;
            }
            if (np == MAXP)
                continue;
            config_word(g, key, ct_grid_value_at(gr, c - fr->first, j), part[np], sizeof part[np]);
            varies[np++] = many;
        }
    }
    size_t width = 0;
    for (size_t i = 0; i < np; i++)
        width += strlen(part[i]) + (i > 0);
    size_t at = 0;
    buf[0] = '\0';
    *vary_width = 0;
    /* pass 0: the varying keys when the whole does not fit; pass 1: the rest */
    for (int pass = width > HP_WIDTH ? 0 : 1; pass < 2; pass++) {
        for (size_t i = 0; i < np && at < size; i++) {
            if (width > HP_WIDTH && (pass == 0) != (varies[i] != 0))
                continue;
            int q = snprintf(buf + at, size - at, "%s%s", at ? " " : "", part[i]);
            at += q > 0 ? (size_t)q : 0;
        }
        if (pass == 0)
            *vary_width = at < size ? at : size - 1;
    }
}

/* The next line of at most HP_WIDTH bytes of s[0 .. n) (ASCII keys and
 * values), cut at a space; its length, and *next where the rest starts. */
static size_t hp_line(const char *s, size_t n, size_t *next)
{
    if (n <= HP_WIDTH) {
        *next = n;
        return n;
    }
    size_t cut = HP_WIDTH;
    while (cut > 0 && s[cut] != ' ')
        cut--;
    if (cut == 0) /* one key=value wider than the column: cut it */
        cut = HP_WIDTH;
    *next = cut < n && s[cut] == ' ' ? cut + 1 : cut;
    return cut;
}

/* The CV table when a tree family is among the candidates. */
static void print_cv_families(const ct_train_result *r)
{
    const ct_cv_result *cv = r->cv;
    ct_table *t = ct_table_create(5);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    const char *h[] = {"#", "family", "hyperparameters", "mean", "std"};
    for (size_t k = 0; k < 5; k++)
        ct_table_add(t, h[k]);
    ct_table_align(t, 0, 1);
    ct_table_align(t, 3, CT_TABLE_DECIMAL);
    ct_table_align(t, 4, CT_TABLE_DECIMAL);
    char b[64], hp[320];
    for (size_t c = 0; c < cv->n_candidates; c++) {
        const ct_train_config *g = &r->configs[c];
        ct_table_addf(t, "%s%zu", c == r->champion ? "*" : "", c + 1);
        ct_table_add(t, ct_train_family_name(g->family));
        size_t vary = 0;
        if (g->family == CT_TRAIN_LR) /* no weighting without n-grams: nothing weighs */
            snprintf(hp, sizeof hp, "C=%.6g%s%s class_weight=%s", g->C,
                     g->no_ngrams ? "" : " weighting=",
                     g->no_ngrams                                      ? ""
                     : g->vectorizer.weighting == CT_VECTORIZER_BINARY ? "binary"
                                                                       : "tfidf",
                     g->class_weight_balanced ? "balanced" : "none");
        else
            tree_short(r, c, hp, sizeof hp, &vary);
        if (vary > HP_WIDTH) {
            /* the keys the grid varies do not fit the column: on lines of
             * their own below the candidate's, since cut they hid what
             * tells candidates apart ('--grid' of six varying keys: four
             * rows read the same) */
            size_t next, len = hp_line(hp, vary, &next);
            ct_table_addf(t, "%.*s", (int)len, hp);
            ct_table_add(t, fmt(b, sizeof b, cv->mean[c]));
            ct_table_add(t, fmt(b, sizeof b, cv->std[c]));
            for (size_t at = next; at < vary; at += next) {
                len = hp_line(hp + at, vary - at, &next);
                ct_table_add(t, "");
                ct_table_add(t, "");
                ct_table_addf(t, "  %.*s", (int)len, hp + at);
                ct_table_add(t, "");
                ct_table_add(t, "");
            }
            continue;
        }
        /* what does not fit (settings every candidate shares; the chosen
         * one's are printed in full below) is cut after a whole key=value
         * and marked: cut inside a value, 'learning_rate=0.3' read
         * 'learning_rate=0.' and 'max_features=sqrt' 'max_features=sqr' */
        const size_t hn = strlen(hp);
        if (hn <= HP_WIDTH)
            ct_table_add(t, hp);
        else {
            size_t cut = HP_WIDTH - 4; /* room for " ..." */
            while (cut > 0 && hp[cut] != ' ')
                cut--;
            if (cut < vary) /* the keys that vary come first and are kept whole */
                ct_table_addf(t, "%.*s", (int)vary, hp);
            else if (cut == 0) /* one key=value wider than the column */
                ct_table_addf(t, "%.*s", HP_WIDTH, hp);
            else
                ct_table_addf(t, "%.*s ...", (int)cut, hp);
        }
        ct_table_add(t, fmt(b, sizeof b, cv->mean[c]));
        ct_table_add(t, fmt(b, sizeof b, cv->std[c]));
    }
    /* the continuation lines' empty mean and std cells are padding: the
     * lines are written without their trailing blanks */
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        ct_table_print(t, stdout, "  ");
        ct_table_destroy(t);
        return;
    }
    ct_table_print(t, mem, "  ");
    ct_table_destroy(t);
    if (fclose(mem) == 0 && text)
        for (size_t a = 0; a < len;) {
            size_t e = a;
            while (e < len && text[e] != '\n')
                e++;
            size_t end = e;
            while (end > a && text[end - 1] == ' ')
                end--;
            printf("%.*s\n", (int)(end - a), text + a);
            a = e + 1;
        }
    free(text);
}

/* auto: the families' champions on the validation rows, and why one won. */
static void print_selection(const ct_train_result *r)
{
    char b[64];
    printf("\nfamilies: each one's CV champion refitted on the training rows, scored on the "
           "validation rows\n(uncalibrated, threshold 0.5)\n");
    /* the selection metric's column, then ROC AUC, recall and precision
     * but the one the metric already is ('--metric recall' printed two
     * recall columns) */
    const char *metric = ct_metric_name(r->metric);
    const char *more[] = {"roc_auc", "recall", "precision"};
    int show[3];
    size_t ncol = 4;
    for (size_t k = 0; k < 3; k++)
        ncol += (size_t)(show[k] = strcmp(more[k], metric) != 0);
    ct_table *t = ct_table_create(ncol);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    const char *h[] = {"family", "candidate", "cv mean", metric};
    for (size_t k = 0; k < 4; k++)
        ct_table_add(t, h[k]);
    for (size_t k = 0; k < 3; k++)
        if (show[k])
            ct_table_add(t, more[k]);
    for (size_t k = 0; k < ncol; k++)
        ct_table_align(t, k, k > 0); /* numbers right-aligned under their headers */
    for (size_t k = 0; k < r->n_families; k++) {
        const ct_train_family_result *fr = &r->families[k];
        ct_table_addf(t, "%s%s", ct_train_family_name(fr->family),
                      fr->family == r->chosen.family ? " *" : "");
        ct_table_addf(t, "%zu", fr->champion + 1);
        ct_table_add(t, fmt(b, sizeof b, fr->cv_mean));
        ct_table_add(t, fmt(b, sizeof b, fr->score));
        const double v[] = {fr->validation.auc, fr->validation.recall, fr->validation.precision};
        for (size_t j = 0; j < 3; j++)
            if (show[j])
                ct_table_add(t, fmt(b, sizeof b, fr->fitted ? v[j] : NAN));
    }
    ct_table_print(t, stdout, "  ");
    ct_table_destroy(t);
    /* a 0 that is scikit-learn's convention (no row over 0.5 on imbalanced
     * rows: precision 0) is said, as below the audit's and the metrics
     * tables; only the metrics this table shows */
    for (size_t k = 0; k < r->n_families; k++) {
        const ct_train_family_result *fr = &r->families[k];
        if (!fr->fitted)
            continue;
        ct_metrics_binary shown = fr->validation;
        for (int q = 0; q < CT_METRIC_COUNT; q++)
            if (q != (int)r->metric && q != CT_METRIC_ROC_AUC && q != CT_METRIC_RECALL &&
                q != CT_METRIC_PRECISION)
                shown.note[q] = CT_NOTE_NONE;
        cli_metric_notes(ct_train_family_name(fr->family), &shown);
    }
    ct_text_wrap(stdout, "  champion ", 4, 100, r->selection);
}

/* Candidates that could not be fitted on some folds: scored undefined and
 * passed over (as scikit-learn's error_score=nan), each with why. */
static void print_cv_failures(const ct_cv_result *cv)
{
    for (size_t c = 0; c < cv->n_candidates; c++) {
        if (!cv->n_failed[c])
            continue;
        char lead[64], says[CT_DIAG_MSG_MAX + 160];
        snprintf(lead, sizeof lead, "  candidate %zu: ", c + 1);
        snprintf(says, sizeof says,
                 "undefined: its fit failed on %zu of %zu folds (%s); passed over", cv->n_failed[c],
                 cv->n_folds, cv->fit_error[c]);
        ct_text_wrap(stdout, lead, 4, 100, says);
    }
}

/* "<head> on features <list> (<n> columns; <fit>)" wrapped at 100 columns.
 * A list given as --features A,B,... is written "A, B, ..." (a quoted
 * name as given, its commas kept) so that it
 * wraps between names: before 2026-12-03 six column names stood as one
 * 113-column word. The --json's chosen.features keeps it as given. */
static void print_model_line(const char *head, const char *features, const char *nf, size_t ncols,
                             const char *fit)
{
    const size_t fl = strlen(features);
    const size_t cap = 2 * fl + strlen(head) + strlen(nf) + strlen(fit) + 64;
    char *list = malloc(2 * fl + 1), *line = malloc(cap);
    if (!list || !line) {
        free(list);
        free(line);
        ct_text_wrap(stdout, "", 2, 100, NULL); /* prints (out of memory) */
        return;
    }
    size_t at = 0;
    int quoted = 0; /* inside a quoted name ("views,total"): kept as written */
    for (const char *c = features; *c; c++) {
        list[at++] = *c;
        if (*c == '"')
            quoted = !quoted;
        else if (*c == ',' && !quoted && c[1] && c[1] != ' ')
            list[at++] = ' ';
    }
    list[at] = 0;
    snprintf(line, cap, "%s on features %s (%s column%s; %s)", head, list, nf,
             ncols == 1 ? "" : "s", fit);
    ct_text_wrap(stdout, "", 2, 100, line);
    free(list);
    free(line);
}

/* The chosen values at the grid's edge, the score still improving there,
 * with the next value to try (the library's step out, inside the key's
 * valid values). */
static void print_grid_edges(const ct_train_result *r)
{
    for (size_t k = 0; k < r->n_edges; k++) {
        const ct_train_grid_edge *e = &r->edges[k];
        char line[800];
        if (e->rounds_kept) {
            char kept[32];
            cli_fmt_count(kept, sizeof kept, e->rounds_kept);
            snprintf(line, sizeof line,
                     "note: %s=%s is the largest %s tried and scored better than %s=%s in "
                     "cross-validation, whose fits run every round, but early stopping kept %s of "
                     "its rounds: the limit did not bind, and more rounds would go unused",
                     e->key, e->value_text, e->key, e->key, e->neighbour_text, kept);
            ct_text_wrap(stdout, "  ", 4, 100, line);
            continue;
        }
        /* the value out beside the two compared, as a grid: a run of the
         * value out alone with the chosen one can pick the chosen one at
         * its other edge and send the user back (ct_train_grid_edge) */
        snprintf(line, sizeof line,
                 "note: %s=%s is the %s %s tried and scored better than %s=%s%s, so the best "
                 "%s may lie %s it: try %s (%s=%s beside the two compared, so that the next run "
                 "brackets %s=%s)",
                 e->key, e->value_text, e->side < 0 ? "smallest" : "largest", e->key, e->key,
                 e->neighbour_text, isfinite(e->neighbour) ? "" : " (no limit)", e->key,
                 e->side < 0 ? "below" : "above", e->try_grid, e->key, e->beyond_text, e->key,
                 e->value_text);
        ct_text_wrap(stdout, "  ", 4, 100, line);
    }
}

/* --oob-score: the chosen forest's out-of-bag accuracy on its training
 * rows, and the rows it leaves out (every tree drew them), which
 * scikit-learn warns of (claimtriage/trees.h). */
static void print_oob(const ct_train_result *r, const train_opts *o)
{
    if (!o->t.rf.oob_score || r->chosen.family != CT_TRAIN_RF)
        return;
    char b[64], rows[32], un[32], line[400];
    const size_t n = r->holdout ? r->counts.rows[0] : r->n_labelled;
    cli_fmt_count(rows, sizeof rows, n - r->oob_unscored);
    cli_fmt_count(un, sizeof un, r->oob_unscored);
    if (isnan(r->oob_score))
        snprintf(line, sizeof line,
                 "out-of-bag score: undefined (every tree drew every training row)");
    else
        snprintf(line, sizeof line,
                 "out-of-bag score: %s (accuracy at 0.5 of each training row's mean over the trees "
                 "that did not draw it, on %s rows%s%s%s)",
                 fmt(b, sizeof b, r->oob_score), rows, r->oob_unscored ? "; " : "",
                 r->oob_unscored ? un : "",
                 r->oob_unscored ? (r->oob_unscored == 1
                                        ? " row every tree drew is left out: more trees score it"
                                        : " rows every tree drew are left out: more trees "
                                          "score them")
                                 : "");
    ct_text_wrap(stdout, "  ", 4, cli_wide ? 0 : 100, line);
}

/* Every candidate of one family scored the same mean: the metric did not
 * choose, the first listed won the tie. Said, since the starred row reads
 * as a choice; a threshold metric at 0.5 ties at 0 on imbalanced data,
 * where a model flags no claim in any fold. */
static void print_cv_tie(const ct_train_result *r)
{
    const ct_cv_result *cv = r->cv;
    if (r->n_families != 1 || !cv)
        return;
    size_t defined = 0;
    double v = NAN;
    for (size_t c = 0; c < cv->n_candidates; c++) {
        if (isnan(cv->mean[c]))
            continue;
        if (defined++ && cv->mean[c] != v)
            return;
        v = cv->mean[c];
    }
    if (defined < 2)
        return;
    char b[64], line[640];
    const int thr = ct_metric_uses_threshold(cv->metric);
    snprintf(line, sizeof line,
             "note: all %zu candidates scored the same mean %s, %s, so the metric did not choose "
             "between them: candidate %zu won the tie as the first listed%s",
             defined, ct_metric_name(cv->metric), fmt(b, sizeof b, v), r->champion + 1,
             thr ? ". A threshold metric is scored at 0.5, where a model may flag no row in any "
                   "fold of imbalanced data: --metric ap or auc ranks without a threshold"
                 : "");
    ct_text_wrap(stdout, "  ", 4, cli_wide ? 0 : 100, line);
}

/* A model that gives every validation row one probability learned nothing
 * from features that vary: said, with the settings that can forbid every
 * split or weight, since its metrics alone (recall 1 or 0, ROC AUC 0.5)
 * read like a model that works. */
static void print_flat_note(const ct_train_result *r)
{
    if (!r->flat_scores)
        return;
    char p[32], rows[32], line[640];
    ct_numfmt_prob(p, sizeof p, r->flat_probability);
    cli_fmt_count(rows, sizeof rows, r->counts.rows[0]);
    const char *why =
        r->chosen.family == CT_TRAIN_LR
            ? "its C leaves every weight too small to move a probability: try a larger C"
        : r->chosen.family == CT_TRAIN_GBDT
            ? "its settings leave no split worth making (min_child_weight, gamma, reg_lambda "
              "against the training rows)"
            : "its settings leave no split to make (min_samples_leaf, min_samples_split, "
              "max_samples against the training rows)";
    /* boosting's row draw: a round that draws too few rows for two children
     * of min_child_weight each (a row's hessian is at most 0.25) splits
     * nothing, whatever the other settings (before 2026-12-04 the note
     * named min_child_weight, gamma and reg_lambda at their defaults for
     * subsample=0.0001: tests/cli/train_flat_note_names_subsample) */
    char sub[320];
    const ct_gbdt_params *g = &r->chosen.gbdt;
    const double drawn = g->subsample * (double)r->counts.rows[0];
    if (r->chosen.family == CT_TRAIN_GBDT && g->subsample < 1 &&
        (drawn < 2 || drawn * 0.25 < 2 * g->min_child_weight)) {
        char ss[32], dd[32], mc[32];
        ct_numfmt_shortest(ss, sizeof ss, g->subsample);
        ct_numfmt_sig3(dd, sizeof dd, drawn);
        ct_numfmt_shortest(mc, sizeof mc, g->min_child_weight);
        snprintf(sub, sizeof sub,
                 "subsample=%s draws about %s of the %s training rows a round, too few for a "
                 "split whose sides each weigh min_child_weight=%s (a row's hessian is at most "
                 "0.25): use a larger subsample",
                 ss, dd, rows, mc);
        why = sub;
    }
    /* the trees split, but their leaves are too small to move a
     * probability: learning_rate scaled them away (1), or they were before
     * it (2: -G/(H + reg_lambda)). Before 2026-12-05 learning_rate=1e-300
     * with full depth-6 trees blamed min_child_weight, gamma and reg_lambda
     * at their defaults (tests/cli/train_flat_note_names_learning_rate). */
    char leaves[400];
    if (r->flat_leaves_vanish) {
        char ns[32], lr[32], us[32], rl[32];
        cli_fmt_count(ns, sizeof ns, r->flat_splits);
        ct_numfmt_shortest(lr, sizeof lr, g->learning_rate);
        ct_numfmt_sig3(us, sizeof us, r->flat_leaf_sum);
        ct_numfmt_shortest(rl, sizeof rl, g->reg_lambda);
        if (r->flat_leaves_vanish == 1)
            snprintf(leaves, sizeof leaves,
                     "its trees split (%s split nodes), but learning_rate=%s scales every leaf "
                     "value to almost nothing: together the leaves move a report's log-odds by "
                     "at most %s, which rounds away in the probability: use a larger "
                     "learning_rate",
                     ns, lr, us);
        else
            snprintf(leaves, sizeof leaves,
                     "its trees split (%s split nodes), but their leaf values, -G/(H + "
                     "reg_lambda) with reg_lambda=%s, move a report's log-odds by at most %s, "
                     "which rounds away in the probability: use a smaller reg_lambda",
                     ns, rl, us);
        why = leaves;
    }
    /* the design's fault, not the settings': every column one value */
    char design[400], ncol[32]; /* counts with separators, as every count printed */
    cli_fmt_count(ncol, sizeof ncol, r->n_features);
    if (r->n_features && r->flat_constant_columns == r->n_features) {
        if (r->flat_constant_ngrams && r->flat_constant_ngrams == r->n_features) {
            /* the option that kept so few: --max-features when it cut the
             * vocabulary, else --min-df (before 2026-12-07 always
             * --max-features, also beside --min-df 0.6 and the default
             * 20,000: tests/cli/train_flat_constant_ngrams_min_df) */
            const ct_vectorizer_params *v = &r->chosen.vectorizer;
            char keep[64] = "a larger --max-features";
            if (!v->max_features || r->flat_constant_ngrams < v->max_features) {
                char mdf[32];
                ct_vectorizer_min_df_text(v, mdf, sizeof mdf);
                snprintf(keep, sizeof keep, "a smaller --min-df than %s", mdf);
            }
            snprintf(design, sizeof design,
                     "the design holds one value in every training row: its %s n-gram "
                     "column%s %s constant (a term in every document weighs the same in each), "
                     "so no setting can move a probability: keep more n-grams (%s) or add "
                     "features that vary (--features all)",
                     ncol, r->flat_constant_ngrams == 1 ? "" : "s",
                     r->flat_constant_ngrams == 1 ? "is" : "are", keep);
        } else
            snprintf(design, sizeof design,
                     "the design holds one value in every training row (its %s column%s%s%s "
                     "constant), so no setting can move a probability: give features that vary "
                     "(--features, a larger --max-features)",
                     ncol, r->n_features == 1 ? "" : "s",
                     r->flat_constant_ngrams ? ", n-gram columns among them," : "",
                     r->n_features == 1 ? " is" : " are");
        why = design;
    }
    snprintf(line, sizeof line,
             "note: the model gives every validation row the same probability, %s: it learned "
             "nothing from the features and ranks no report above another (%s training rows); "
             "%s",
             p, rows, why);
    ct_text_wrap(stdout, "  ", 4, cli_wide ? 0 : 100, line);
}

/* The ids on more than one labelled row, under the split line: kept in
 * one set (train.json's split.grouped), or, where that split was not
 * possible, how many straddle the sets. Nothing when no id repeats. */
static void print_repeated_ids(const ct_train_result *r, const char *id)
{
    if (!r->repeated_ids)
        return;
    char a[32], b[32], m[32], x[32], line[800], mixed[160] = "", name[200];
    cli_fmt_count(a, sizeof a, r->repeated_ids);
    cli_fmt_count(b, sizeof b, r->repeated_id_rows);
    cli_fmt_count(m, sizeof m, r->mixed_label_ids);
    cli_fmt_count(x, sizeof x, r->ids_across_sets);
    /* ids a spreadsheet rounded: different reports share one (the load's
     * note; since 2026-12-05: tests/cli/train_rounded_ids_not_duplicates) */
    snprintf(name, sizeof name, "%s%s", id ? id : "ids",
             r->ids_rounded ? " (rounded by a spreadsheet: different reports share an id)" : "");
    if (r->mixed_label_ids)
        snprintf(mixed, sizeof mixed,
                 "; %s carr%s both labels, placed by the label most of "
                 "%s rows carry (a tie: the first row's)",
                 m, r->mixed_label_ids == 1 ? "ies" : "y",
                 r->mixed_label_ids == 1 ? "its" : "their");
    if (r->split_grouped)
        snprintf(line, sizeof line,
                 "repeated %s: %s ids on %s rows, each id's rows kept in one "
                 "set%s",
                 name, a, b, mixed);
    else
        snprintf(line, sizeof line,
                 "repeated %s: %s ids on %s rows, %s of them in more than "
                 "one set (kept together, a set would lack a class)%s",
                 name, a, b, x, mixed);
    ct_text_wrap(stdout, "  ", 4, cli_wide ? 0 : 100, line);
}

static void print_cv(const ct_train_result *r)
{
    const ct_cv_result *cv = r->cv;
    printf("\ncross-validation: %zu stratified folds of the training rows; %s, %s is better\n",
           cv->n_folds, ct_metric_name(cv->metric),
           ct_metric_greater_is_better(cv->metric) ? "higher" : "lower");
    if (r->n_families > 1 || r->chosen.family != CT_TRAIN_LR) {
        print_cv_families(r);
        print_cv_failures(cv);
        return;
    }
    /* without n-grams their settings are not columns: nothing reads them */
    const int ng = !r->chosen.no_ngrams;
    const size_t ncol = ng ? 9 : 5;
    ct_table *t = ct_table_create(ncol);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    const char *h[] = {
        "#", "C", "ngrams", "min_df", "max_features", "weighting", "class_weight", "mean", "std"};
    for (size_t k = 0; k < 9; k++)
        if (ng || k < 2 || k > 5)
            ct_table_add(t, h[k]);
    ct_table_align(t, 0, 1);
    ct_table_align(t, 1, CT_TABLE_DECIMAL);
    for (size_t k = ng ? 3 : 2; k < ncol; k++) /* words: weighting, class_weight */
        ct_table_align(t, k, (ng ? k == 5 || k == 6 : k == 2) ? 0 : CT_TABLE_DECIMAL);
    char b[64];
    for (size_t c = 0; c < cv->n_candidates; c++) {
        const ct_train_config *g = &r->configs[c];
        ct_table_addf(t, "%s%zu", c == r->champion ? "*" : "", c + 1);
        if (g->C < 1e-6) /* a hyperparameter, not a metric: 1e-20, not 0.000000 */
            snprintf(b, sizeof b, "%g", g->C);
        else
            fmt(b, sizeof b, g->C);
        ct_table_add(t, b);
        if (ng) {
            ct_table_addf(t, "%zu-%zu", g->vectorizer.ngram_min, g->vectorizer.ngram_max);
            if (g->vectorizer.min_df_fraction &&
                g->vectorizer.min_df == floor(g->vectorizer.min_df))
                ct_table_addf(t, "%.1f", g->vectorizer.min_df); /* 1.0 (every document), not 1 */
            else
                ct_table_add(t, fmt(b, sizeof b, g->vectorizer.min_df));
            cli_fmt_count(b, sizeof b, g->vectorizer.max_features);
            ct_table_add(t, b);
            ct_table_add(t, g->vectorizer.weighting == CT_VECTORIZER_BINARY ? "binary" : "tfidf");
        }
        ct_table_add(t, g->class_weight_balanced ? "balanced" : "none");
        ct_table_add(t, fmt(b, sizeof b, cv->mean[c]));
        ct_table_add(t, fmt(b, sizeof b, cv->std[c]));
    }
    ct_table_print(t, stdout, "  ");
    ct_table_destroy(t);
    print_cv_failures(cv);
}

/* The classes as the audit's sentences name them: claims and opinions for
 * the reports file's 'claim', else the label's rows and the others. */
static void audit_classes(char *buf, size_t n, const char *positive, size_t pos, size_t neg)
{
    char p[32], q[32];
    cli_fmt_count(p, sizeof p, pos);
    cli_fmt_count(q, sizeof q, neg);
    if (strcmp(positive, "claim") == 0)
        snprintf(buf, n, "%s claim%s and %s opinion%s", p, pos == 1 ? "" : "s", q,
                 neg == 1 ? "" : "s");
    else
        snprintf(buf, n, "%s row%s labelled '%.40s' and %s other%s", p, pos == 1 ? "" : "s",
                 positive, q, neg == 1 ? "" : "s");
}

/* An AUC on fewer rows of a class than a headline's group (min(30, 1%), at
 * least 10: the report's convention for recall with few claims) is said
 * with its counts: trained on 116 rows with 12 claims, the audit flagged
 * four counts at an AUC of 1 reached on 8 claims, and the sentence read as
 * if it held for the data (before 2026-12-03;
 * tests/cli/train_audit_few_claims_counted). Empty when not few. */
static void audit_few(char *buf, size_t n, const char *positive, size_t pos, size_t neg, size_t min,
                      const char *what, int paren)
{
    buf[0] = '\0';
    if (pos >= min && neg >= min)
        return;
    char cls[160], pw[64];
    audit_classes(cls, sizeof cls, positive, pos, neg);
    const int claim = strcmp(positive, "claim") == 0;
    if (claim)
        snprintf(pw, sizeof pw, "claims");
    else
        snprintf(pw, sizeof pw, "rows labelled '%.40s'", positive);
    snprintf(buf, n, "%s%sfewer than the %zu %s %s is said of without its counts", cls,
             paren ? " (" : ", ", min,
             pos < min && neg < min ? "of each class"
             : pos < min            ? pw
             : claim                ? "opinions"
                                    : "other rows",
             what);
    if (paren)
        snprintf(buf + strlen(buf), n - strlen(buf), ")");
}

/* Rows too few to tell a useful ranking from chance (ct_audit's too_few,
 * the chance notes' rule): "the training rows' 14 claims and 22 opinions,
 * so few that an AUC from 0.33 to 0.67 could be chance on them" into buf
 * (the classes, then the band the one-sided test at CT_AUC_CHANCE_ALPHA
 * cannot tell from 0.5 either way); empty when not too few. Before
 * 2026-12-05 the audit's statements on 36 training and 12 validation rows
 * read as firmly as on thousands (tests/cli/train_audit_too_few_rows). */
static void audit_too_few(char *buf, size_t n, const char *positive, const char *rows, size_t pos,
                          size_t neg, int too_few, double detectable, const char *auc)
{
    buf[0] = '\0';
    if (!too_few)
        return;
    char cls[160], band[96];
    audit_classes(cls, sizeof cls, positive, pos, neg);
    if (detectable > 1)
        snprintf(band, sizeof band, "even %s of 1 could be chance", auc);
    else {
        char lo[32], hi[32];
        ct_numfmt_fixed(lo, sizeof lo, 1 - detectable, 2);
        ct_numfmt_fixed(hi, sizeof hi, detectable, 2);
        snprintf(band, sizeof band, "%s from %s to %s could be chance", auc, lo, hi);
    }
    snprintf(buf, n, "the %s rows' %s, so few that %s on them", rows, cls, band);
}

static void print_audit(const ct_audit *a, const ct_train_result *r, const char *positive)
{
    char b[64], c[64];
    printf("\nshortcut audit: each feature alone, ROC AUC on the training rows (flagged at >= %s "
           "or <= %s)\n",
           fmt(b, sizeof b, a->flag_at), fmt(c, sizeof c, 1 - a->flag_at));
    ct_table *t = ct_table_create(4);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    ct_table_add(t, "feature");
    ct_table_add(t, "kind");
    ct_table_add(t, "roc_auc");
    ct_table_add(t, "");
    ct_table_align(t, 2, CT_TABLE_DECIMAL);
    for (size_t k = 0; k < a->nfeatures; k++) {
        const ct_audit_feature *e = &a->features[k];
        ct_table_add(t, e->name); /* whole: a long one hangs (ct_table) */
        ct_table_add(t, ct_audit_kind_name(e->kind));
        ct_table_add(t, fmt(b, sizeof b, e->auc));
        ct_table_add(t, e->flagged ? "FLAGGED" : "");
    }
    ct_table_print(t, stdout, "  ");
    ct_table_destroy(t);
    size_t ng = 0;
    for (size_t k = 0; k < a->nfeatures; k++)
        ng += a->features[k].kind == CT_AUDIT_NGRAM;
    if (a->ngrams_scored) {
        char scored[32]; /* 2,567 as every count printed, not 2567 */
        cli_fmt_count(scored, sizeof scored, a->ngrams_scored);
        printf("  (n-grams: the %zu farthest from 0.5 of %s, scored by presence)\n", ng, scored);
    }
    /* a number is scored on the rows that hold it: said when that is not
     * every training row, since a column present in a few rows can reach
     * 0.95 there and be flagged as if it separated the whole file */
    size_t nall = 0, npart = 0;
    for (size_t k = 0; k < a->nfeatures; k++)
        nall = a->features[k].n > nall ? a->features[k].n : nall;
    char part[1024] = "";
    size_t at = 0;
    for (size_t k = 0; k < a->nfeatures && at < sizeof part; k++) {
        const ct_audit_feature *e = &a->features[k];
        if (e->n >= nall)
            continue;
        char cnt[32];
        cli_fmt_count(cnt, sizeof cnt, e->n);
        const int q =
            snprintf(part + at, sizeof part - at, "%s%s on %s", npart++ ? ", " : "", e->name, cnt);
        at += q > 0 ? (size_t)q : 0;
    }
    if (npart) {
        char says[1200], all[32];
        cli_fmt_count(all, sizeof all, nall);
        snprintf(says, sizeof says,
                 "(a number is scored on the rows that hold it: %s of the %s rows)", part, all);
        cli_print_wrapped(stdout, "  ", 3, says);
    }
    char few[320], tf[320];
    audit_few(few, sizeof few, positive, a->positives, a->negatives, a->said_min, "an AUC",
              a->nflagged > 0);
    audit_too_few(tf, sizeof tf, positive, "training", a->positives, a->negatives, a->too_few,
                  a->detectable, "an AUC");
    if (tf[0] && !a->nflagged) { /* too few to tell: said in place of the counts' line */
        char says[400];
        snprintf(says, sizeof says, "(these AUCs rest on %s)", tf);
        cli_print_wrapped(stdout, "  ", 3, says);
    } else if (few[0] && !a->nflagged) {
        char says[400];
        snprintf(says, sizeof says, "(these AUCs rest on the training rows' %s)", few);
        cli_print_wrapped(stdout, "  ", 3, says);
    }
    if (a->nflagged) {
        /* the classes by the label's own name: "claims from opinions" only
         * for the reports file's 'claim' (--target and --positive of
         * another file named spam, or a number) */
        char says[1400], what[400];
        if (strcmp(positive, "claim") == 0)
            snprintf(what, sizeof what, "claims from opinions");
        else
            snprintf(what, sizeof what, "the rows labelled '%s' from the others", positive);
        /* the sentence after the first, kept apart: a label holding ". "
         * ('Dr. Who') must not be taken for its end */
        char rest[400];
        snprintf(rest, sizeof rest,
                 "A model can score well by leaning on %s; if new data are not collected the way "
                 "these were, that accuracy will not carry over. Compare the models below before "
                 "relying on it.",
                 a->nflagged == 1 ? "it" : "them");
        if (tf[0]) /* too few to tell: an AUC that high is no chance, its size is unsure */
            snprintf(says, sizeof says,
                     "%zu feature%s alone nearly separate%s %s: an AUC that high on so few rows "
                     "need not hold on more data. %s",
                     a->nflagged, a->nflagged == 1 ? "" : "s", a->nflagged == 1 ? "s" : "", tf,
                     rest);
        else if (few[0]) /* the AUCs rest on a few rows: said first */
            snprintf(says, sizeof says,
                     "%zu feature%s alone nearly separate%s the training rows' %s: an AUC "
                     "that high on so few rows may be chance and need not hold on more data. %s",
                     a->nflagged, a->nflagged == 1 ? "" : "s", a->nflagged == 1 ? "s" : "", few,
                     rest);
        else
            snprintf(says, sizeof says, "%zu feature%s alone nearly separate%s %s. %s", a->nflagged,
                     a->nflagged == 1 ? "" : "s", a->nflagged == 1 ? "s" : "", what, rest);
        cli_print_wrapped(stdout, "  ", 2, says);
    }
    printf("\n  models on the same split (validation rows, uncalibrated, threshold 0.5):\n");
    t = ct_table_create(6);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    const char *h[] = {"features",          "columns", "roc_auc",
                       "average_precision", "recall",  "precision"};
    for (size_t k = 0; k < 6; k++) {
        ct_table_add(t, h[k]);
        ct_table_align(t, k, k > 0); /* numbers right-aligned under their headers */
    }
    for (int k = 0; k < 3; k++) {
        const ct_audit_model *m = &a->models[k];
        ct_table_add(t, m->set);
        if (!m->fitted) { /* the reason below the table: it would widen it */
            for (int q = 0; q < 5; q++)
                ct_table_add(t, CT_NUMFMT_UNDEFINED);
            continue;
        }
        cli_fmt_count(b, sizeof b, m->ncols);
        ct_table_add(t, b);
        ct_table_add(t, fmt(b, sizeof b, m->validation.auc));
        ct_table_add(t, fmt(b, sizeof b, m->validation.average_precision));
        ct_table_add(t, fmt(b, sizeof b, m->validation.recall));
        ct_table_add(t, fmt(b, sizeof b, m->validation.precision));
    }
    ct_table_print(t, stdout, "    ");
    ct_table_destroy(t);
    const size_t vp = r->counts.positives[1], vr = r->counts.rows[1];
    audit_few(few, sizeof few, positive, vp, vr - (vp < vr ? vp : vr), a->said_min_validation,
              "a score", 0);
    audit_too_few(tf, sizeof tf, positive, "validation", vp, vr - (vp < vr ? vp : vr),
                  a->validation_too_few, a->validation_detectable, "a ROC AUC");
    if (tf[0]) {
        char says[600];
        snprintf(says, sizeof says,
                 "(these scores rest on %s, and the differences between the three models may "
                 "be noise)",
                 tf);
        cli_print_wrapped(stdout, "    ", 5, says);
    } else if (few[0]) {
        char says[400];
        snprintf(says, sizeof says, "(these scores rest on the validation rows' %s)", few);
        cli_print_wrapped(stdout, "    ", 5, says);
    }
    /* a 0 of the table that is scikit-learn's convention, not a measure (no
     * row over 0.5 on imbalanced rows: precision 0), is said, as below the
     * metrics table; only the metrics the table shows */
    for (int k = 0; k < 3; k++)
        if (a->models[k].fitted) {
            ct_metrics_binary shown = a->models[k].validation;
            for (int q = 0; q < CT_METRIC_COUNT; q++)
                if (q != CT_METRIC_ROC_AUC && q != CT_METRIC_AVERAGE_PRECISION &&
                    q != CT_METRIC_RECALL && q != CT_METRIC_PRECISION)
                    shown.note[q] = CT_NOTE_NONE;
            cli_metric_notes(a->models[k].set, &shown);
        }
    for (int k = 0; k < 3; k++)
        if (!a->models[k].fitted) {
            char first[64];
            snprintf(first, sizeof first, "    %s not fitted: ", a->models[k].set);
            ct_text_wrap(stdout, first, 6, cli_wide ? 0 : 100, a->models[k].why);
        }
}

/* "12 Newton iterations", "200 trees", "187 of 300 rounds kept (early
 * stopping: 20 rounds without a better validation log loss)". */
static void fit_summary(const ct_train_result *r, char *buf, size_t size)
{
    /* counts with separators, as every count train prints (before
     * 2026-12-04 "1500 of 2000 rounds kept") */
    char kept[32], asked[32];
    cli_fmt_count(kept, sizeof kept, r->n_trees);
    cli_fmt_count(asked, sizeof asked,
                  r->chosen.gbdt.n_estimators > 0 ? (uint64_t)r->chosen.gbdt.n_estimators : 0);
    if (r->chosen.family == CT_TRAIN_LR)
        snprintf(buf, size, "%d Newton iteration%s%s", r->n_iter, r->n_iter == 1 ? "" : "s",
                 r->converged ? "" : ", NOT converged");
    else if (r->chosen.family == CT_TRAIN_GBDT && r->early_stopping > 0 &&
             r->n_trees >= (size_t)r->chosen.gbdt.n_estimators)
        /* it never stopped: "after 100000 rounds" beside 10 of 10 kept read
         * as if it had */
        snprintf(buf, size,
                 "%s of %s rounds kept: the validation log loss was at its best in the last "
                 "round (early stopping after %d round%s without a better one)",
                 kept, asked, r->early_stopping, r->early_stopping == 1 ? "" : "s");
    else if (r->chosen.family == CT_TRAIN_GBDT && r->early_stopping > 0)
        snprintf(buf, size,
                 "%s of %s rounds kept: early stopping after %d round%s without a better "
                 "validation log loss",
                 kept, asked, r->early_stopping, r->early_stopping == 1 ? "" : "s");
    else if (r->chosen.family == CT_TRAIN_GBDT)
        snprintf(buf, size, "%s round%s", kept, r->n_trees == 1 ? "" : "s");
    else
        snprintf(buf, size, "%s tree%s", kept, r->n_trees == 1 ? "" : "s");
    /* gbdt's text stage said in words where the model is described to
     * people: the key (text_rounds=50) stays in the configuration line and
     * the CV table (2026-12-06: before, the key alone;
     * tests/cli/train_gbdt_text_rounds_said). Not with the n-grams alone
     * (--features text) or none, where the key changes nothing. */
    const ct_train_config *c = &r->chosen;
    const size_t at = strlen(buf);
    if (c->family == CT_TRAIN_GBDT && !c->no_ngrams && c->gbdt.text_rounds > 0 &&
        !(r->features && !strcmp(r->features, "text")) && at < size) {
        if ((size_t)c->gbdt.text_rounds >= r->n_trees)
            snprintf(buf + at, size - at, ", every one on the text's n-grams alone");
        else
            snprintf(buf + at, size - at, ", the first %d on the text's n-grams alone",
                     c->gbdt.text_rounds);
    }
}

/* The default threshold finds fewer than half the validation claims
 * (imbalanced or hard data): say so and name the options that choose it for
 * a goal, since a missed claim usually costs more than a wasted review. */
static void print_low_recall_note(const ct_train_result *r, const char *positive)
{
    const ct_metrics_binary *v = &r->threshold.at;
    if (r->threshold.rule != CT_THRESHOLD_DEFAULT || v->npos == 0 || !(v->recall < 0.5))
        return;
    char note[640], share[32] = "", tp[32], npos[32];
    /* counts with separators, as every other count train prints (before
     * 2026-12-04 "661 of 1993": tests/cli/train_low_recall_counts_separated) */
    cli_fmt_count(tp, sizeof tp, v->tp);
    cli_fmt_count(npos, sizeof npos, v->npos);
    if (r->n_labelled > 0)
        snprintf(share, sizeof share, "%.1f%%",
                 100.0 * (double)r->n_positive / (double)r->n_labelled);
    snprintf(note, sizeof note,
             "at the default threshold 0.5 the model flags %.1f%% of the validation rows labelled "
             "'%s' (%s of %s; they are %s of the labelled rows). When a missed one costs "
             "more than a wasted review, choose the threshold for that: --target-recall R (the "
             "precision it costs is reported) or --cost-ratio K (a miss costs K reviews)",
             100.0 * v->recall, positive, tp, npos, share[0] ? share : "undefined");
    ct_text_wrap(stdout, "note: ", 2, cli_wide ? 0 : 100, note);
}

/* A ranking no better than chance on the validation rows (with --holdout
 * none, even on the rows fitted): said below the metrics, since a recall
 * near 1 from flagging nearly every row reads like skill. A model that
 * gives every row one probability has its own note (print_flat_note). */
static void print_chance_note(const ct_train_result *r, const char *positive)
{
    if (r->flat_scores)
        return;
    const ct_metrics_binary *m = r->holdout ? &r->validation : &r->train;
    char n[32], rows[96];
    cli_fmt_count(n, sizeof n, m->n);
    snprintf(rows, sizeof rows,
             r->holdout ? "the %s validation rows" : "the %s rows it was fitted on", n);
    cli_chance_note(&r->chance, m, rows, positive,
                    r->holdout ? "more labelled rows, or a larger validation share (--holdout), "
                                 "are needed to tell"
                               : "more labelled rows are needed to tell");
}

static void print_text(const train_opts *o, const char *path, const ct_train_result *r)
{
    char a[32], b[32], c[32], d[32];
    cli_fmt_count(a, sizeof a, r->n_rows);
    cli_fmt_count(b, sizeof b, r->n_labelled);
    cli_fmt_count(c, sizeof c, r->n_positive);
    cli_fmt_count(d, sizeof d, r->n_unlabelled);
    /* "(claim 9,608)"; "(claim_status = 1: 1,533)" for a number */
    char pos[300];
    cli_fmt_label_count(pos, sizeof pos, o->t.target, o->t.positive, c, 0);
    printf("input: %s\n", path);
    {
        /* wrapped: a long positive label ran past 100 columns (before
         * 2026-12-07: tests/cli/train_long_label_wrapped) */
        char line[480];
        snprintf(line, sizeof line,
                 "rows: %s; labelled %s (%s); without a label %s (not trained on)", a, b, pos, d);
        cli_print_wrapped(stdout, "", 2, line);
    }
    if (r->missing_numeric || r->missing_levels || r->missing_text) {
        /* what the model was fed in place of a value, as evaluate says it
         * of a file's rows (before 2026-12-03 train did not say it) */
        char mn[32], ml[32], mt[32], num[160], lev[160], txt[160], line[600];
        cli_fmt_count(mn, sizeof mn, r->missing_numeric);
        cli_fmt_count(ml, sizeof ml, r->missing_levels);
        cli_fmt_count(mt, sizeof mt, r->missing_text);
        /* what the model does not read is undefined, as evaluate says it
         * (before 2026-12-04 "0 rows without text" of a model reading no
         * text: tests/cli/train_inputs_not_read_undefined) */
        const ct_pipeline *p = r->model ? r->model->pipeline : NULL;
        if (!p || ct_pipeline_reads(p, CT_PIPELINE_NUMERIC))
            snprintf(num, sizeof num, "%s missing number%s (%s)", mn,
                     r->missing_numeric == 1 ? "" : "s",
                     strcmp(r->family, "lr") == 0 ? "imputed with the training mean"
                                                  : "kept missing: trees route them as learned");
        else
            snprintf(num, sizeof num, "missing numbers undefined (the model reads no number)");
        if (!p || ct_pipeline_reads(p, CT_PIPELINE_LEVEL))
            snprintf(lev, sizeof lev, "%s missing level%s (no indicator)", ml,
                     r->missing_levels == 1 ? "" : "s");
        else
            snprintf(lev, sizeof lev,
                     "missing levels undefined (the model reads no categorical column)");
        if (!p || ct_pipeline_reads(p, CT_PIPELINE_LENGTH))
            snprintf(txt, sizeof txt, "%s row%s without text", mt, r->missing_text == 1 ? "" : "s");
        else
            snprintf(txt, sizeof txt, "rows without text undefined (the model reads no text)");
        snprintf(line, sizeof line, "inputs of the labelled rows: %s, %s, %s", num, lev, txt);
        ct_text_wrap(stdout, "", 2, cli_wide ? 0 : 100, line);
    }
    char cfg[400], fit[256];
    ct_train_config_describe(&r->chosen, cfg, sizeof cfg);
    fit_summary(r, fit, sizeof fit);
    if (!r->holdout) {
        /* wrapped as every message is: continuation lines indented two
         * (before 2026-12-04 the second line began at column 0) */
        ct_text_wrap(stdout, "", 2, cli_wide ? 0 : 100,
                     "holdout none: one configuration fitted on every labelled row; the metrics "
                     "are on those same rows (optimistic); no selection, calibration or audit");
        char nf[32];
        cli_fmt_count(nf, sizeof nf, r->n_features);
        char head[64];
        snprintf(head, sizeof head, "model: %s", r->family);
        printf("\n");
        print_model_line(head, r->features, nf, r->n_features, fit);
        ct_text_wrap(stdout, "  ", 2, 100, cfg);
        print_oob(r, o);
        const char *heads[] = {"train"};
        const ct_metrics_binary *m[] = {&r->train};
        char lab[200];
        cli_heading(stdout, "metrics (positive: %s)",
                    ct_textwidth_label(lab, sizeof lab, o->t.positive));
        print_metrics(heads, m, 1);
        print_chance_note(r, o->t.positive);
        char th[32];
        ct_numfmt_prob(th, sizeof th, r->threshold.threshold);
        printf("\nthreshold: %s (%s)\n", th, r->model->threshold_rule);
        return;
    }
    cli_fmt_count(a, sizeof a, r->counts.rows[0]);
    cli_fmt_count(b, sizeof b, r->counts.rows[1]);
    cli_fmt_count(c, sizeof c, r->counts.rows[2]);
    printf("split (stratified, seed %llu): train %s, validation %s, test %s\n",
           (unsigned long long)o->t.seed, a, b, c);
    print_repeated_ids(r, o->t.id);
    print_cv(r);
    char nf[32];
    cli_fmt_count(nf, sizeof nf, r->n_features);
    if (r->n_families > 1)
        print_selection(r);
    char head[96];
    snprintf(head, sizeof head, "chosen: candidate %zu, %s", r->champion + 1, r->family);
    printf("%s", r->n_families > 1 ? "\n" : "");
    print_model_line(head, r->features, nf, r->n_features, fit);
    ct_text_wrap(stdout, "  ", 2, 100, cfg);
    print_oob(r, o);
    print_grid_edges(r);
    print_cv_tie(r);
    print_flat_note(r);
    char lab[200]; /* ' claim' quoted, as in the tables */
    cli_heading(stdout,
                "metrics (positive: %s; %s probabilities at the threshold; the test rows used "
                "once)",
                ct_textwidth_label(lab, sizeof lab, o->t.positive),
                r->calibration == CT_CALIB_NONE ? "uncalibrated" : "calibrated");
    const char *heads[] = {"validation", "test"};
    const ct_metrics_binary *m[] = {&r->validation, &r->test};
    print_metrics(heads, m, 2);
    print_chance_note(r, o->t.positive);
    /* the rows it was fitted on, by kind (claimtriage/train.h, step 5;
     * since 2026-12-05 pooled with the training rows' out-of-fold scores:
     * tests/cli/train_calibration_pooled) */
    char fitted[256] = "";
    cli_fmt_count(a, sizeof a, r->calibration_rows[0]);
    cli_fmt_count(b, sizeof b, r->calibration_rows[1]);
    cli_fmt_count(c, sizeof c, r->calibration_rows[0] + r->calibration_rows[1]);
    if (r->calibration_rows[1])
        snprintf(fitted, sizeof fitted,
                 "  fitted on %s rows: %s validation, %s training by their out-of-fold scores\n", c,
                 a, b);
    else if (r->calibration != CT_CALIB_NONE)
        snprintf(fitted, sizeof fitted, "  fitted on the %s validation rows\n", a);
    printf("\ncalibration: %s", ct_calib_method_name(r->calibration));
    if (r->calibration_fallback && r->calibration == CT_CALIB_PLATT) {
        cli_fmt_count(a, sizeof a, o->t.isotonic_min_rows);
        printf(" (not isotonic: it needs %s calibration rows and overfits fewer; %s here)", a, c);
    } else if (r->calibration_fallback && r->calibration_note) {
        printf("\n");
        ct_text_wrap(stdout, "  ", 2, 100, r->calibration_note);
    }
    if (r->calibration == CT_CALIB_PLATT)
        printf("\n  p = 1/(1 + exp(A s + B)), s the log-odds: A = %s, B = %s",
               fmt(a, sizeof a, r->platt_a), fmt(b, sizeof b, r->platt_b));
    else if (r->calibration == CT_CALIB_ISOTONIC)
        printf(" (%zu knots, on the %s)", r->n_knots,
               r->calibration_logodds ? "log-odds" : "probability");
    const int noted = r->calibration_fallback && r->calibration_note &&
                      r->calibration != CT_CALIB_PLATT; /* the note ended its line */
    printf("%s%s", noted ? "" : "\n", r->calibration == CT_CALIB_NONE ? "" : fitted);
    /* pooled rows refused: why (ct_train_pooled_check; since 2026-12-05,
     * tests/cli/train_calibration_pooled_refused) */
    if (r->pooled.refused)
        ct_text_wrap(stdout, "  ", 2, cli_wide ? 0 : 100, r->pooled.cause);
    if (r->calibration == CT_CALIB_NONE) /* nothing fitted: no before and after */
        printf("  validation: brier_score %s, ece %s\n", fmt(a, sizeof a, r->validation_raw.brier),
               fmt(c, sizeof c, r->rel_validation_raw.ece));
    else
        printf("  validation: brier_score %s -> %s, ece %s -> %s\n",
               fmt(a, sizeof a, r->validation_raw.brier), fmt(b, sizeof b, r->validation.brier),
               fmt(c, sizeof c, r->rel_validation_raw.ece),
               fmt(d, sizeof d, r->rel_validation.ece));
    if (r->calibration_few[0]) {
        char says[448];
        snprintf(says, sizeof says, "note: %s", r->calibration_few);
        ct_text_wrap(stdout, "  ", 4, cli_wide ? 0 : 100, says);
    }
    print_reliability("reliability, test rows", &r->rel_test);
    printf("\n");
    ct_text_wrap(stdout, "threshold: ", 2, cli_wide ? 0 : 100, r->threshold.why);
    /* a target recall overshot by a coarse step (since 2026-12-05:
     * tests/cli/train_target_recall_overshoot_said) */
    if (r->threshold.overshoot)
        ct_text_wrap(stdout, "note: ", 2, cli_wide ? 0 : 100, r->threshold.overshoot_note);
    print_low_recall_note(r, o->t.positive);
    if (r->audit.done)
        print_audit(&r->audit, r, o->t.positive);
}

static int write_json(const train_opts *o, const char *path, const ct_load_stats *st,
                      const ct_train_result *r, const ct_repro *rp)
{
    ct_json *w = cli_json_begin(stdout, "train", 1);
    if (!w)
        return CLI_EXIT_IO;
    ct_json_key(w, "file");
    ct_json_str(w, path);
    cli_json_rows(w, st);
    ct_json_key(w, "model_file");
    ct_json_str(w, o->model_path);
    ct_train_write_json(r, w);
    ct_repro_write_json(rp, w);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_stdout_error();
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* With --json, training that fails on the data (exit 1) still writes a
 * document, as regress's: the file, its rows and the failure, its message
 * as on standard error and its cause (cli_json_cause: folds_lack_class
 * ...), so that run's manifest and the report act on the cause without
 * matching the message's words (before 2026-12-05 nothing was written:
 * tests/cli/report_pmo_reason_kinds). The exit status stays the failure's. */
static void write_failure(const train_opts *o, const char *path, const ct_load_stats *st,
                          ct_status s, const ct_diag *d)
{
    if (!o->json || cli_exit_code(s) != CLI_EXIT_DATA)
        return;
    ct_json *w = cli_json_failure_begin("train", 1, path, st, d->message);
    if (!w)
        return;
    cli_json_cause(w, d);
    cli_json_failure_end(w);
}

/* Memory ran out recording the training rows by content: the model is
 * saved without them, said as a warning whatever -q, since evaluate and
 * score then cannot tell a file's training rows (before 2026-12-07 the
 * training failed; test_train's test_alloc_failures). */
static void warn_seen_not_recorded(const ct_train_result *r, const char *model_path)
{
    if (!r->seen_not_recorded)
        return;
    char what[512];
    snprintf(what, sizeof what,
             "out of memory recording the training rows (the model file's seen_rows): %s "
             "without them, so evaluate and score cannot tell which rows of a file the model was "
             "trained on; train again with more memory free to record them",
             model_path ? "the model is saved" : "the model is");
    cli_print_wrapped(stderr, "train: warning: ", 2, what);
}

/* The features that hold one value in every labelled row: said, since
 * they give the model nothing (a filtered file, a column a tool filled). */
static void note_constant(const ct_train_result *r)
{
    if (!r->n_constant) {
        if (r->all_constant) /* every feature empty in every labelled row */
            cli_note("no feature varies (each is missing in every labelled row), so every "
                     "report gets the same probability (about the labelled rows' claim rate)");
        return;
    }
    /* the names while they fit, the rest counted (before 2026-12-04 the
     * list stopped at the buffer's end, about 87 names, with no word of
     * the others: tests/cli/train_constant_many_counted) */
    char list[1024] = "", piece[512];
    size_t len = 0, shown = 0;
    for (size_t k = 0; k < r->n_constant; k++) {
        const ct_train_constant *c = &r->constant[k];
        const char *sep = k == 0 ? "" : k + 1 == r->n_constant ? " and " : ", ";
        int w;
        if (strcmp(c->kind, "text") == 0)
            w = snprintf(piece, sizeof piece, "%sthe text of '%s' (\"%s%s\")", sep, c->name,
                         c->value, c->value_cut ? "..." : "");
        else if (strcmp(c->kind, "categorical") == 0)
            /* a long level cut says so, as the text does (before
             * 2026-12-03 63 of its 80 characters read as the whole level) */
            w = snprintf(piece, sizeof piece, "%s'%s' (one level: '%s%s')", sep, c->name, c->value,
                         c->value_cut ? "..." : "");
        else
            w = snprintf(piece, sizeof piece, "%s'%s' (%s)", sep, c->name, c->value);
        /* room kept for " and N more" */
        if (w < 0 || (size_t)w >= sizeof piece || (size_t)w + 32 >= sizeof list - len)
            break;
        memcpy(list + len, piece, (size_t)w + 1);
        len += (size_t)w;
        shown++;
    }
    if (shown < r->n_constant) {
        char more[32];
        cli_fmt_count(more, sizeof more, r->n_constant - shown);
        if (shown)
            snprintf(list + len, sizeof list - len, " and %s more", more);
        else /* the first name alone is too long to say */
            snprintf(list, sizeof list, "%s feature%s", more, r->n_constant == 1 ? "" : "s");
    }
    cli_note("%s %s one value in every labelled row: the model can learn nothing from %s%s", list,
             r->n_constant == 1 ? "holds" : "hold", r->n_constant == 1 ? "it" : "them",
             r->all_constant ? "; no feature varies, so every report gets the same probability "
                               "(about the labelled rows' claim rate)"
                             : "");
}

/* Without n-gram features, the n-gram settings given (options and grid
 * keys) are said to be unused, as an absent --text is: before 2026-12-04
 * they were taken without a word, and the grid's candidates that differed
 * only in them fitted each (tests/cli/train_ngram_settings_without_text). */
static void note_ngram_settings_unused(const train_opts *o, const ct_train_result *r)
{
    if (!r->chosen.no_ngrams)
        return;
    char opts[160] = "";
    size_t at = 0;
    for (size_t k = 0; k < o->ngiven && at < sizeof opts; k++) {
        const char *key = o->given[k];
        if (strcmp(key, "ngrams") && strcmp(key, "min_df") && strcmp(key, "max_features") &&
            strcmp(key, "weighting"))
            continue;
        int w = snprintf(opts + at, sizeof opts - at, "%s%s", at ? ", " : "", o->given_opt[k]);
        at += w > 0 ? (size_t)w : 0;
    }
    if (!opts[0] && !r->ngram_keys_unused[0])
        return;
    const char *fs = o->t.features ? o->t.features : "all";
    char why[200], dropped[96] = "";
    if (strcmp(fs, "all") && strcmp(fs, "text"))
        snprintf(why, sizeof why, "--features %s reads no text", fs);
    else
        snprintf(why, sizeof why, "no text to read");
    if (r->ngram_candidates_unused)
        snprintf(dropped, sizeof dropped, ": searched without them, %zu repeated candidate%s fewer",
                 r->ngram_candidates_unused, r->ngram_candidates_unused == 1 ? "" : "s");
    cli_note("no n-gram features (%s), so the n-gram settings are not used: %s%s%s%s%s", why, opts,
             opts[0] && r->ngram_keys_unused[0] ? "; " : "",
             r->ngram_keys_unused[0] ? "the grid's " : "", r->ngram_keys_unused, dropped);
}

/* gbdt's text_rounds at or above n_estimators: every round grew on the
 * n-grams alone, so a model on features with other columns reads none of
 * them; said, as it is taken (2026-12-06: silent before;
 * tests/cli/train_gbdt_text_rounds_every_round). Not with the n-grams
 * alone (--features text), where the key changes nothing. */
static void note_text_stage_whole(const ct_train_result *r)
{
    const ct_train_config *c = &r->chosen;
    if (c->family != CT_TRAIN_GBDT || c->no_ngrams || c->gbdt.text_rounds <= 0 ||
        c->gbdt.text_rounds < c->gbdt.n_estimators || (r->features && !strcmp(r->features, "text")))
        return;
    cli_note("text_rounds=%d is not below n_estimators=%d: every round grew on the n-grams alone, "
             "so the model reads none of the other columns (numbers, statuses, lengths); a "
             "text_rounds below n_estimators leaves the later rounds to them",
             c->gbdt.text_rounds, c->gbdt.n_estimators);
}

/* -------------------------------------------------------------- main */

static int run(train_opts *o, const char *path, cli_load *lo, int argc, char **argv)
{
    ct_frame *f = NULL;
    ct_load_stats st;
    ct_train_result *r = NULL;
    ct_repro rp;
    memset(&rp, 0, sizeof rp);
    ct_diag dg;
    ct_diag_clear(&dg);
    /* found before training, not after it (the model is written whole to a
     * temporary, then renamed: claimtriage/atomic_file.h) */
    if (o->model_path && strcmp(o->model_path, "-") == 0)
        return cli_usage("train", "-m needs a file name, not '-': a model is written to a "
                                  "file, never to standard output");
    /* nor to a path that is standard output (/dev/stdout, the file it is
     * redirected to): the model would replace what train prints there
     * (before 2026-12-04 exit 0, the report lost: tests/cli/outputs_dev_stdout) */
    if (o->model_path && cli_is_stdout(o->model_path))
        return cli_usage("train",
                         "-m %s is standard output: a model is written to a file, never to "
                         "standard output",
                         o->model_path);
    int rc = o->model_path ? cli_check_writable(o->model_path) : 0;
    if (rc)
        return rc;
    if ((rc = cli_refuse_same_file("train", "model", o->model_path, path)) != CLI_OPT_NEXT)
        return rc;
    if ((rc = cli_load_frame(lo, path, &f, &st)))
        return rc;
    cli_note_rows(&st, path);
    if ((rc = resolve_defaults(o, f, lo->opt.delimiter, st.gzip))) {
        /* its failure document too, from the error said (before 2026-12-06
         * nothing was written for an absent default target or --text:
         * tests/cli/train_json_failure_defaults) */
        if (rc == CLI_EXIT_DATA)
            write_failure(o, path, &st, CT_EDATA, cli_last_error());
        ct_frame_destroy(f);
        return rc;
    }
    progress_state ps;
    memset(&ps, 0, sizeof ps);
    o->t.progress = train_progress;
    o->t.progress_user = &ps;
    ct_status s = ct_train_run(f, &o->t, &r, &dg);
    cli_progress_end();
    const int train_failed = s != CT_OK;
    if (s == CT_OK)
        warn_seen_not_recorded(r, o->model_path);
    if (s == CT_OK)
        note_constant(r);
    if (s == CT_OK)
        note_ngram_settings_unused(o, r);
    if (s == CT_OK)
        note_text_stage_whole(r);
    /* the command line as run: "claimtriage train ..." */
    if (s == CT_OK)
        s = ct_repro_fill(&rp, path, &st, r->n_labelled, o->t.seed, argc, argv, &dg);
    if (s == CT_OK) /* rows loaded but not trained on: their own key (formats.md) */
        rp.unlabelled = (int64_t)r->n_unlabelled;
    if (s == CT_OK)
        s = ct_repro_to_model(&rp, r->model);
    /* the training rows in any order, so that evaluate knows a shuffled or
     * re-sorted copy of this file (docs/formats.md, rows_digest) */
    if (s == CT_OK)
        ct_frame_rows_digest(f, r->model->rows_digest, sizeof r->model->rows_digest);
    if (s == CT_OK && o->model_path)
        s = ct_model_file_save(o->model_path, r->model, &dg);
    if (s != CT_OK) {
        rc = cli_fail_in(s, &dg, path);
        if (train_failed)
            write_failure(o, path, &st, s, &dg);
    } else if (o->json)
        rc = write_json(o, path, &st, r, &rp);
    else {
        print_text(o, path, r);
        if (o->model_path)
            printf("\nmodel saved to %s\n  input %s\n", o->model_path, rp.input_hash);
        else
            printf("\nmodel not saved (no -m MODEL)\n");
        rc = ferror(stdout) ? CLI_EXIT_IO : CLI_EXIT_OK;
    }
    ct_repro_clear(&rp);
    ct_train_result_free(r);
    ct_frame_destroy(f);
    return rc;
}

int cmd_train(int argc, char **argv)
{
    train_opts o;
    memset(&o, 0, sizeof o);
    o.t = ct_reports_train_options();
    o.threads = -1;
    cli_load lo;
    cli_load_init(&lo);
    char **full = cli_command_line(argc, argv);
    if (!full)
        return CLI_EXIT_IO;
    int rc = parse_args(argc, argv, &o, &lo);
    if (rc == 0) {
        if (o.threads >= 0)
            ct_threads_set(o.threads);
        rc = run(&o, argv[optind], &lo, argc + 1, full);
    }
    free(full);
    free((void *)o.engagement);
    free(o.engagement_buf);
    cli_load_free(&lo);
    return rc < 0 ? CLI_EXIT_OK : rc;
}
