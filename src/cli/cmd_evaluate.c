/* cmd_evaluate.c — `claimtriage evaluate FILE -m MODEL`: a saved claim
 * classifier (claimtriage/model_file.h) applied to any CSV with the columns
 * it needs (claimtriage/evaluate.h): every metric where FILE has labels,
 * the confusion matrix, the reliability table, permutation importance by
 * feature group, the misclassified rows; --predictions writes one row per
 * input row. Parses options, calls the library, prints. */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char evaluate_help[] =
    "usage: claimtriage evaluate FILE -m MODEL [options]\n\n"
    "Apply a model written by 'claimtriage train' to FILE (any CSV with the\n"
    "columns the model uses). Every row gets a calibrated probability of the\n"
    "positive class and a decision at the model's threshold. Where FILE has the\n"
    "label column: accuracy, balanced accuracy, precision, recall, F1, ROC AUC,\n"
    "average precision, log loss, Brier score, ECE, the confusion matrix\n"
    "(tp/fp/tn/fn), the reliability table, permutation importance by feature\n"
    "group, and the misclassified rows (line, id, text), most confident first.\n"
    "Evaluate on rows the model was not trained on: docs/evaluate.md.\n\n"
    "Options:\n"
    "  -m, --model-file=PATH   the model file (required); --model=PATH (score's\n"
    "                          older spelling) works too\n"
    "  --split=test            only the rows train held out as its test set (or\n"
    "                          validation, train): FILE must be the training file\n"
    "                          (same content, .gz or not); the split is made again\n"
    "                          from the model's seed and fractions\n"
    "  --predictions=OUT.csv   write line, id, probability, predicted and\n"
    "                          seen_in_training (1: a row the model was trained\n"
    "                          on) for every row (atomically; '-' for standard\n"
    "                          output)\n"
    "  --id=COL                FILE's id column, naming the misclassified rows and\n"
    "                          the --predictions rows (default: the model's id\n"
    "                          column, train's --id)\n"
    "  --by=COL                errors within each level of the categorical column COL\n"
    "                          (as verified_status): recall, precision, missed\n"
    "                          positives and false alarms per group\n"
    "  --show=N                misclassified rows listed (default 10; JSON: 1000)\n"
    "  --repeats=N             permutations per feature group (default 5)\n"
    "  --no-importance         skip permutation importance\n"
    "  --seed=S                permutation seed (default 42)\n"
    "  --threads=N             threads (default 0: all); results do not depend on it\n"
    "  --json                  machine-readable output (docs/formats.md)\n" CLI_LOAD_HELP
        CLI_COMMON_HELP
    "\nExit codes: 0 ok, 1 bad data or model (bad rows, an absent column, labels\n"
    "that are not the model's, not a model file), 2 usage error, 3 I/O error.\n"
    "\nExample:\n  claimtriage evaluate new_reports.csv -m claims.ctm --predictions scores.csv\n";

enum {
    OPT_PREDICTIONS = CLI_OPT_FIRST_FREE,
    OPT_SHOW,
    OPT_REPEATS,
    OPT_NO_IMPORTANCE,
    OPT_SEED,
    OPT_THREADS,
    OPT_SPLIT,
    OPT_BY,
    OPT_ID
};

typedef struct eval_opts {
    ct_evaluate_options e;
    const char *model_path, *predictions;
    const char *by; /* --by: the errors by this column's levels, or NULL */
    const char *id; /* --id: FILE's id column where it is not the model's, or NULL */
    unsigned long long show;
    int json, show_given, threads;
    int split; /* CT_ROLE_*, CT_ROLE_NONE: every row */
    size_t split_rows, split_of;
    /* the rows evaluated include the model's training rows (--split train,
     * or FILE is the training file and no --split): its figures are
     * optimistic, said on stdout whatever -q (and "optimistic" in --json) */
    int optimistic;
    /* optimistic as the training rows in another order or form
     * (cli_training_rows), not as the training file's bytes */
    int same_rows;
    /* rows of FILE the model was trained on, by content (ct_model_seen_count:
     * a file holding some of the training rows, a concatenation or a
     * subset); seen_checked 0 when not counted (a model recording no seen
     * rows, --split) */
    int seen_checked, seen_part; /* seen_part: optimistic for those rows alone */
    size_t seen;
    /* with seen_part: the labelled rows seen and not seen, the positives
     * of the latter, and every metric on them (unseen_has_metrics) */
    size_t seen_labelled, unseen_labelled, unseen_positive;
    int unseen_has_metrics;
    ct_metrics_binary unseen;
    /* --split validation: what train chose on these rows, said on stdout
     * whatever -q and as "in_sample_for" in --json */
    cli_in_sample in_sample;
} eval_opts;

static int parse_args(int argc, char **argv, eval_opts *o, cli_load *lo)
{
    static const struct option longopts[] = {
        {"model-file", required_argument, NULL, 'm'},
        {"model", required_argument, NULL, 'm'}, /* score's older spelling */
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"predictions", required_argument, NULL, OPT_PREDICTIONS},
        {"show", required_argument, NULL, OPT_SHOW},
        {"repeats", required_argument, NULL, OPT_REPEATS},
        {"no-importance", no_argument, NULL, OPT_NO_IMPORTANCE},
        {"seed", required_argument, NULL, OPT_SEED},
        {"threads", required_argument, NULL, OPT_THREADS},
        {"split", required_argument, NULL, OPT_SPLIT},
        {"by", required_argument, NULL, OPT_BY},
        {"id", required_argument, NULL, OPT_ID},
        CLI_LOAD_LONGOPTS,
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int c, rc = CLI_OPT_NEXT;
    unsigned long long u;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "m:hq", longopts, NULL)) != -1) {
        switch (c) {
        case 'm': o->model_path = optarg; break;
        case CLI_OPT_JSON: o->json = 1; break;
        case OPT_PREDICTIONS: o->predictions = optarg; break;
        case OPT_SHOW:
            rc = cli_count_arg("evaluate", "show", optarg, 0, 1000000000, &o->show);
            o->show_given = 1;
            break;
        case OPT_REPEATS:
            if ((rc = cli_count_arg("evaluate", "repeats", optarg, 1, 1000, &u)) == CLI_OPT_NEXT)
                o->e.n_repeats = (size_t)u;
            break;
        case OPT_NO_IMPORTANCE: o->e.importance = 0; break;
        case OPT_SEED:
            if ((rc = cli_count_arg("evaluate", "seed", optarg, 0, 0xffffffffull, &u)) ==
                CLI_OPT_NEXT)
                o->e.seed = u;
            break;
        case OPT_THREADS:
            if ((rc = cli_count_arg("evaluate", "threads", optarg, 0, 1024, &u)) == CLI_OPT_NEXT)
                o->threads = (int)u;
            break;
        case OPT_SPLIT: rc = cli_split_option("evaluate", optarg, &o->split); break;
        case OPT_BY:
            if (!*optarg)
                rc = cli_usage("evaluate", "--by needs a column name");
            o->by = optarg;
            break;
        /* FILE's id column where it is not the model's (train --id), as
         * score's --id: an export naming it otherwise had its rows without
         * ids, with no option to name it (before 2026-12-06:
         * tests/cli/evaluate_id_column_named) */
        case OPT_ID:
            if (!*optarg)
                rc = cli_usage("evaluate", "--id takes a column name");
            o->id = optarg;
            break;
        default: rc = cli_shared_option(c, "evaluate", evaluate_help, lo, argv);
        }
        if (rc != CLI_OPT_NEXT)
            return c == 'h' ? -1 : rc;
    }
    if (argc - optind != 1)
        return cli_operands_usage("evaluate", argc, argv, optind);
    if (!o->model_path) { /* the one operand a model: the reports file is missing */
        char why[600];
        cli_operand_model_hint("evaluate", argc, argv, optind, why, sizeof why);
        return cli_usage("evaluate", "missing -m MODEL (a file written by 'claimtriage train')%s%s",
                         why, why[0] ? ", and the reports to evaluate as FILE" : "");
    }
    if (o->predictions && cli_is_stdout(o->predictions) && o->json)
        return cli_usage("evaluate", "--predictions=%s and --json both write to standard output",
                         o->predictions);
    if (strcmp(o->model_path, "-") == 0 && strcmp(argv[optind], "-") == 0)
        return cli_usage("evaluate", "-m - and FILE - both read standard input: give one a file");
    int rs = cli_refuse_path_through_file(o->predictions);
    if (rs == CLI_OPT_NEXT)
        rs = cli_refuse_same_file("evaluate", "predictions file", o->predictions, argv[optind]);
    /* the model is named the model, as score names it (before 2026-12-04
     * "the input": tests/cli/evaluate_predictions_is_model) */
    if (rs == CLI_OPT_NEXT)
        rs = cli_refuse_same_file_as("evaluate", "predictions file", o->predictions, o->model_path,
                                     "model");
    return rs == CLI_OPT_NEXT ? CLI_EXIT_OK : rs;
}

/* ------------------------------------------------------------- output */

static const char *fmt(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "undefined");
    else
        ct_numfmt_metric(buf, n, v); /* no "1.8e-19" among 6 decimals */
    return buf;
}

/* One line of text: control characters as spaces, cut to `width` display
 * columns on a grapheme boundary (ct_textwidth_prefix) with "..." */
static void print_snippet(FILE *out, const char *s, size_t len, size_t width)
{
    const size_t keep = ct_textwidth_prefix(s, len, width, SIZE_MAX, NULL);
    for (size_t i = 0; i < keep; i++) {
        const unsigned char ch = (unsigned char)s[i];
        fputc(ch < 0x20 || ch == 0x7f ? ' ' : ch, out);
    }
    if (keep < len)
        fputs("...", out);
}

/* Labelled rows of which none is the model's positive value: the metrics
 * then count every row as a negative, which is true only when the file
 * really holds no claim. Its label values are named, with the one that
 * differs from the positive only in letter case or spaces ('claim '). */
static void note_no_positive(const ct_model *m, const ct_frame *f, const ct_evaluate_result *r)
{
    if (!r->n_labelled || r->n_positive || !m->target)
        return;
    char vals[400], near[160];
    if (cli_label_values(f, m->target, m->positive, vals, sizeof vals, near, sizeof near) != 0)
        return;
    cli_note("%s: no labelled row of '%s' is '%s', the model's positive class (its values: "
             "%s), so every labelled row counts as a negative%s",
             ct_frame_source(f), m->target, m->positive, vals, near);
}

/* A group's recall or precision: "undefined" where its denominator is 0
 * (no positive row, no row predicted positive). */
static const char *group_rate(char *b, size_t cap, const ct_metrics_binary *mb, ct_metric q)
{
    if (mb->note[q] != CT_NOTE_NONE)
        return "undefined";
    return fmt(b, cap, ct_metrics_get(mb, q));
}

/* evaluate --by: each group's errors at the model's threshold. */
static void print_by(const ct_model *m, const ct_evaluate_by *by, double threshold,
                     const char *negative)
{
    char a[32];
    /* sized for the names, so a long column name is not cut (with the
     * words after it); cli_print_wrapped says "(out of memory)" on NULL */
#define BY_HEAD "errors by %s (threshold %s; missed: %s rows predicted %s)"
    ct_numfmt_prob(a, sizeof a, threshold);
    const int hn = snprintf(NULL, 0, BY_HEAD, by->column, a, m->positive, negative);
    char *h = hn >= 0 ? malloc((size_t)hn + 1) : NULL;
    if (h)
        snprintf(h, (size_t)hn + 1, BY_HEAD, by->column, a, m->positive, negative);
#undef BY_HEAD
    printf("\n");
    cli_print_wrapped(stdout, "", 2, h);
    free(h);
    ct_table *t = ct_table_create(8);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    /* the positive class's column named as the heading above names it
     * whole, cut in the middle to 30 columns unless --wide: a longer
     * label made every row pass 100 columns (before 2026-12-07:
     * tests/cli/evaluate_long_names_wrapped) */
    char pcol[256];
    if (!cli_wide)
        ct_textwidth_fit_middle(pcol, sizeof pcol, m->positive, strlen(m->positive), 30, "...");
    const char *head[] = {by->column, "rows",      "labelled", cli_wide ? m->positive : pcol,
                          "recall",   "precision", "missed",   "false alarms"};
    for (size_t k = 0; k < 8; k++) {
        ct_table_add(t, head[k]);
        ct_table_align(t, k, k > 0 ? CT_TABLE_DECIMAL : 0);
    }
    for (size_t k = 0; k < by->n_groups; k++) {
        const ct_evaluate_group *g = &by->groups[k];
        /* a level with spaces around it quoted, so that 'Verified ' does
         * not read as a second 'Verified' (ct_textwidth_label) */
        char lab[1024];
        ct_table_add(t, ct_textwidth_label(lab, sizeof lab, g->missing ? NULL : g->level));
        cli_fmt_count(a, sizeof a, g->n_rows);
        ct_table_add(t, a);
        cli_fmt_count(a, sizeof a, g->n_labelled);
        ct_table_add(t, a);
        if (!g->n_labelled) {
            for (int q = 0; q < 5; q++) /* counts 0, rates undefined */
                ct_table_add(t, q == 1 || q == 2 ? "undefined" : "0");
            continue;
        }
        cli_fmt_count(a, sizeof a, g->n_positive);
        ct_table_add(t, a);
        ct_table_add(t, group_rate(a, sizeof a, &g->metrics, CT_METRIC_RECALL));
        ct_table_add(t, group_rate(a, sizeof a, &g->metrics, CT_METRIC_PRECISION));
        cli_fmt_count(a, sizeof a, g->metrics.fn);
        ct_table_add(t, a);
        cli_fmt_count(a, sizeof a, g->metrics.fp);
        ct_table_add(t, a);
    }
    ct_table_print(t, stdout, "  ");
    ct_table_destroy(t);
}

/* "in-sample: train chose this model's calibration and threshold ...":
 * one line under the heading (stdout, so -q keeps it, as the heading's
 * "optimistic"). */
static void print_in_sample(const eval_opts *o)
{
    char line[512];
    if (cli_in_sample_line(&o->in_sample, "these figures", line, sizeof line))
        cli_print_wrapped(stdout, "", 2, line);
}

/* The figures on the labelled rows with evidence, when a row lacks it:
 * the headline metrics without the rows scored from the model's stand-ins
 * for missing values, and the errors those rows hold (before 2026-12-05 a
 * recall of 93.0% whose 27 misses were all rows without data read as the
 * model's: tests/cli/evaluate_no_evidence_split). */
static void print_with_evidence(const ct_evidence_split *ev)
{
    if (!ev->no_evidence || !ev->no_evidence_labelled)
        return;
    char a[32], line[1024];
    cli_fmt_count(a, sizeof a, ev->no_evidence_labelled);
    printf("\n");
    if (!ev->has_metrics) {
        snprintf(line, sizeof line,
                 "every labelled row lacks the model's evidence (%s): the metrics above are "
                 "those of rows scored without their data",
                 a);
        cli_print_wrapped(stdout, "", 2, line);
        return;
    }
    const ct_metrics_binary *w = &ev->with;
    char n[32], rc[32], pr[32], ac[32], fnw[32], fpw[32], fnn[32], fpn[32];
    cli_fmt_count(n, sizeof n, ev->with_labelled);
    fmt(rc, sizeof rc, w->recall);
    fmt(pr, sizeof pr, w->precision);
    fmt(ac, sizeof ac, w->accuracy);
    cli_fmt_count(fnw, sizeof fnw, w->fn);
    cli_fmt_count(fpw, sizeof fpw, w->fp);
    cli_fmt_count(fnn, sizeof fnn, ev->no_evidence_fn);
    cli_fmt_count(fpn, sizeof fpn, ev->no_evidence_fp);
    snprintf(line, sizeof line,
             "on the %s labelled row%s with evidence (the %s without it left out): recall %s, "
             "precision %s, accuracy %s, fn %s, fp %s; the rows without evidence hold fn %s and "
             "fp %s of the errors above",
             n, ev->with_labelled == 1 ? "" : "s", a, rc, pr, ac, fnw, fpw, fnn, fpn);
    cli_print_wrapped(stdout, "", 2, line);
}

/* Every unseen level of f's rows (NULL when out of memory: no table, the
 * JSON's columns empty). */
static ct_unseen_tally *unseen_tally(const ct_model *m, const ct_frame *f)
{
    ct_unseen_tally *t = NULL;
    if (ct_unseen_tally_create(m->pipeline, &t) == CT_OK && ct_unseen_tally_add(t, f, NULL, 0)) {
        ct_unseen_tally_free(t);
        t = NULL;
    }
    return t;
}

/* The headline figures on the labelled rows the model was not trained
 * on, when FILE holds some it was (o->seen_part). */
static void print_unseen(const eval_opts *o)
{
    if (!o->seen_part || !o->seen_labelled)
        return;
    char a[32], b[32], line[1024];
    cli_fmt_count(a, sizeof a, o->unseen_labelled);
    cli_fmt_count(b, sizeof b, o->seen_labelled);
    printf("\n");
    if (!o->unseen_has_metrics) {
        snprintf(line, sizeof line,
                 "every labelled row is one the model was trained on or tuned on (%s): the "
                 "metrics above are optimistic, and no labelled row here tells how it does on "
                 "new rows",
                 b);
        cli_print_wrapped(stdout, "", 2, line);
        return;
    }
    const ct_metrics_binary *w = &o->unseen;
    char rc[32], pr[32], ac[32], auc[32], ap[32];
    /* a zero denominator said as such, not as scikit-learn's 0 */
    fmt(rc, sizeof rc, w->tp + w->fn ? w->recall : NAN);
    fmt(pr, sizeof pr, w->tp + w->fp ? w->precision : NAN);
    fmt(ac, sizeof ac, w->accuracy);
    fmt(auc, sizeof auc, w->auc);
    fmt(ap, sizeof ap, w->average_precision);
    snprintf(line, sizeof line,
             "on the %s labelled row%s the model was not trained on (the %s it was trained or "
             "tuned on left out): recall %s, precision %s, accuracy %s, roc_auc %s, "
             "average_precision %s",
             a, o->unseen_labelled == 1 ? "" : "s", b, rc, pr, ac, auc, ap);
    cli_print_wrapped(stdout, "", 2, line);
}

static void print_text(const eval_opts *o, const char *path, const ct_model *m, const ct_frame *f,
                       const ct_evaluate_result *r, const ct_evaluate_by *by,
                       const ct_evidence_split *ev)
{
    char a[32], b[32], c[32], d[32];
    cli_fmt_count(a, sizeof a, r->n_rows);
    cli_fmt_count(b, sizeof b, r->n_labelled);
    cli_fmt_count(c, sizeof c, r->n_positive);
    cli_fmt_count(d, sizeof d, r->n_predicted_positive);
    {
        char head[3 * CT_DIAG_FILE_MAX], th[32];
        ct_numfmt_prob(th, sizeof th, m->threshold);
        /* which rows, in the heading: -q silences the notes on stderr,
         * and before 2026-12-03 the training rows' figures then read as
         * held-out ones */
        char which[160] = "";
        if (o->split == CT_ROLE_TRAIN)
            snprintf(which, sizeof which,
                     ", the training rows (--split train; optimistic: the model was fitted on "
                     "them)");
        else if (o->in_sample.n)
            /* held out of the fit, not of the calibration or threshold
             * train chose on them, which the next line names (before
             * 2026-12-05 "the validation rows train held out":
             * tests/cli/evaluate_split_validation_in_sample) */
            snprintf(which, sizeof which,
                     ", the validation rows (--split validation; held out of the fit, not of "
                     "the choices below)");
        else if (o->split != CT_ROLE_NONE)
            snprintf(which, sizeof which, ", the %s rows train held out (--split %s)",
                     ct_split_role_name(o->split), ct_split_role_name(o->split));
        else if (o->seen_part) {
            char k[32];
            cli_fmt_count(k, sizeof k, o->seen);
            if (o->seen >= r->n_rows)
                snprintf(which, sizeof which,
                         ", all of them the model's training rows (optimistic: seen in "
                         "training)");
            else
                snprintf(which, sizeof which,
                         ", %s of them the model's training rows (optimistic: seen in training)",
                         k);
        } else if (o->same_rows)
            snprintf(which, sizeof which,
                     ", the model's training rows (optimistic: its training file's rows, in "
                     "another order or form)");
        else if (o->optimistic)
            snprintf(which, sizeof which,
                     ", the model's training file (optimistic: its training rows included)");
        snprintf(head, sizeof head,
                 "%s: %s row%s%s; model %s (%s, calibration %s, threshold %s: %s)", path, a,
                 r->n_rows == 1 ? "" : "s", which, o->model_path, m->type->name, m->calibration, th,
                 m->threshold_rule);
        cli_print_wrapped(stdout, "", 2, head);
    }
    print_in_sample(o);
    cli_fmt_count(b, sizeof b, r->n_labelled);
    char plab[200]; /* ' claim' quoted, as in the tables */
    {
        /* wrapped: a long positive label ran past 100 columns (before
         * 2026-12-07: tests/cli/evaluate_long_names_wrapped) */
        char line[320];
        snprintf(line, sizeof line, "predicted %s: %s of %s row%s",
                 ct_textwidth_label(plab, sizeof plab, m->positive), d, a,
                 r->n_rows == 1 ? "" : "s");
        cli_print_wrapped(stdout, "", 2, line);
    }
    /* rows without a known n-gram, counted and judged as score's drift
     * share (ct_score_ngram_counts, ct_score_share_drifts): a file whose
     * text is outside the model's vocabulary (953 of 1,000 transcripts in
     * another script) said nothing here before 2026-12-05, where score
     * called it drift (tests/cli/evaluate_text_outside_vocabulary) */
    const char *text = cli_model_text_column(m);
    uint64_t text_rows = 0, without = 0;
    if (text)
        ct_score_ngram_counts(&r->stats, &text_rows, &without);
    if (r->stats.unseen_levels || r->stats.missing_numeric || r->stats.missing_text ||
        r->stats.missing_levels || without || r->stats.outside_rows) {
        /* the linear model's design imputes a missing number with the
         * training mean; a tree's raw design keeps it missing, and the
         * tree sends it the way it learned */
        int raw = 0;
        for (size_t j = 0; j < ct_pipeline_ncols(m->pipeline); j++)
            raw |= ct_pipeline_column(m->pipeline, j)->raw;
        char mn[32], ul[32], ml[32], mt[32];
        cli_fmt_count(mn, sizeof mn, r->stats.missing_numeric);
        cli_fmt_count(ul, sizeof ul, r->stats.unseen_levels);
        cli_fmt_count(ml, sizeof ml, r->stats.missing_levels);
        cli_fmt_count(mt, sizeof mt, r->stats.missing_text);
        /* what the model does not read is undefined, said as score says
         * it (before 2026-12-04 "0 rows without text" of a model reading
         * no text: tests/cli/evaluate_inputs_not_read_undefined) */
        const ct_pipeline *p = m->pipeline;
        char num[160], lev[160], txt[160], line[1200];
        if (!p || ct_pipeline_reads(p, CT_PIPELINE_NUMERIC))
            snprintf(num, sizeof num, "%s missing number%s (%s)", mn,
                     r->stats.missing_numeric == 1 ? "" : "s",
                     raw ? "kept missing: trees route them as learned"
                         : "imputed with the training mean");
        else
            snprintf(num, sizeof num, "missing numbers undefined (the model reads no number)");
        if (!p || ct_pipeline_reads(p, CT_PIPELINE_LEVEL))
            snprintf(lev, sizeof lev, "%s unseen and %s missing levels (no indicator)", ul, ml);
        else
            snprintf(lev, sizeof lev,
                     "unseen and missing levels undefined (the model reads no categorical column)");
        if (!p || ct_pipeline_reads(p, CT_PIPELINE_LENGTH))
            snprintf(txt, sizeof txt, "%s row%s without text", mt,
                     r->stats.missing_text == 1 ? "" : "s");
        else
            snprintf(txt, sizeof txt, "rows without text undefined (the model reads no text)");
        char label[300], share[512] = "";
        if (text) {
            char none[300], w[32], t[32], pct[32];
            cli_text_share_words(text, label, sizeof label, none, sizeof none);
            cli_fmt_count(w, sizeof w, without);
            cli_fmt_count(t, sizeof t, text_rows);
            if (text_rows) { /* as score's share: "transcripts without a known n-gram" */
                cli_fmt_pct(pct, sizeof pct, 100.0 * (double)without / (double)text_rows);
                snprintf(share, sizeof share, ", %s %s of %s (%s)", label, w, t, pct);
            }
        }
        /* rows without evidence, by score's rule (claimtriage/evidence.h),
         * said when there are some (before 2026-12-05 never: score's
         * "without evidence: 10 rows" had no counterpart here) */
        char noev[200] = "";
        if (ev->no_evidence) {
            char ne[32];
            cli_fmt_count(ne, sizeof ne, ev->no_evidence);
            /* what they lack, in the inputs the model reads (before
             * 2026-12-07 "no text and most numbers missing" of a model of
             * the text alone or of the counts alone too:
             * tests/cli/evaluate_no_evidence_said_per_model) */
            const int rt = !p || ct_pipeline_reads(p, CT_PIPELINE_LENGTH);
            const int rn = !p || ct_pipeline_reads(p, CT_PIPELINE_NUMERIC);
            const char *lack = rt && rn ? "no text and most numbers missing"
                               : rt     ? "no text the model can read"
                                        : "most numbers missing";
            snprintf(noev, sizeof noev, ", %s row%s without evidence (%s: score's no_evidence)", ne,
                     ev->no_evidence == 1 ? "" : "s", lack);
        }
        snprintf(line, sizeof line, "inputs: %s, %s, %s%s%s", num, lev, txt, share, noev);
        cli_print_wrapped(stdout, "", 2, line);
        char note[1024];
        ct_pipeline_unseen_note(&r->stats, note, sizeof note);
        if (note[0])
            cli_print_wrapped(stdout, "  ", 2, note);
        if (r->stats.unseen_levels) { /* each level, as score's summary lists them */
            ct_unseen_tally *t = unseen_tally(m, f);
            cli_unseen_print(stdout, "  ", "    ", t);
            ct_unseen_tally_free(t);
        }
        if (r->stats.outside_rows) { /* as score says it (out_of_range) */
            char oc[32], on[1200];
            cli_fmt_count(oc, sizeof oc, r->stats.outside_rows);
            ct_pipeline_outside_note(&r->stats, note, sizeof note);
            snprintf(on, sizeof on, "outside what the model was trained on: %s row%s; %s", oc,
                     r->stats.outside_rows == 1 ? "" : "s", note);
            cli_print_wrapped(stdout, "  ", 2, on);
        }
        const ct_score_options so = ct_score_options_default();
        if (text_rows && ct_score_share_drifts(&so, (double)without / (double)text_rows)) {
            char pct[32], dn[1024];
            cli_fmt_pct(pct, sizeof pct, 100.0 * (double)without / (double)text_rows);
            /* a model of the n-grams alone has no other input: each such
             * row is an empty text's (before 2026-12-07 "on their other
             * inputs alone" of every model:
             * tests/cli/evaluate_text_only_outside_vocabulary) */
            const char *how = cli_model_reads_ngrams_only(m)
                                  ? "scored as an empty text (the model reads nothing else: "
                                    "each of them at one probability)"
                                  : "scored on their other inputs alone";
            snprintf(dn, sizeof dn,
                     "note: drift, as score calls it: %s %s, beyond the threshold (share > %g): "
                     "the file's text is outside the model's vocabulary (another language or "
                     "other words), so those rows are %s and the figures below are not those "
                     "of text like the training file's",
                     label, pct, so.drift_share, how);
            cli_print_wrapped(stdout, "", 2, dn);
        }
    }
    if (!r->n_labelled) {
        if (r->has_target || !m->target)
            printf("no metrics: %s\n",
                   r->has_target ? "no row has a label" : "the file has no label column");
        else {
            char line[3 * CT_DIAG_MSG_MAX], held[CT_DIAG_MSG_MAX] = "";
            /* no near name: a column holding the positive value, the label
             * under another name (before 2026-12-06 not said:
             * tests/cli/label_column_renamed) */
            if (!r->target_near[0] && m->positive)
                cli_label_elsewhere(f, m->positive, m->target, 1, held, sizeof held);
            snprintf(line, sizeof line, "no metrics: the file has no label column '%s'%s%s%s%s",
                     m->target, r->target_near[0] ? "; " : "", r->target_near, held[0] ? "; " : "",
                     held);
            cli_print_wrapped(stdout, "", 2, line);
        }
        if (by) /* asked for: said, not left out in silence */
            cli_print_wrapped(stdout, "", 2,
                              "no errors by group (--by): they need labelled rows; --json's "
                              "\"by\" has each group's row count");
        return;
    }
    char ul2[32];
    cli_fmt_count(ul2, sizeof ul2, r->n_unlabelled);
    /* "(18 claim)"; a number as train says it, "(claim_status = 1: 18)":
     * "(18 1)" read as two counts (before 2026-12-03;
     * tests/cli/evaluate_numeric_positive_count) */
    char pos[300];
    cli_fmt_label_count(pos, sizeof pos, m->target, m->positive, c, 1);
    {
        char line[400];
        snprintf(line, sizeof line, "labelled rows: %s (%s), without a label: %s", b, pos, ul2);
        cli_print_wrapped(stdout, "", 2, line);
    }
    ct_numfmt_prob(a, sizeof a, r->threshold);
    cli_heading(stdout, "metrics (positive: %s, threshold %s)",
                ct_textwidth_label(plab, sizeof plab, m->positive), a);
    ct_table *t = ct_table_create(2);
    cli_table_fit(t); /* long names hang, wide tables in blocks */
    /* metrics and the counts right-aligned to one edge (on their points,
     * the counts ended left of the values; before 2026-12-03) */
    ct_table_align(t, 1, 1);
    for (int q = 0; q < CT_METRIC_COUNT; q++) {
        ct_table_add(t, ct_metric_name((ct_metric)q));
        ct_table_add(t, fmt(a, sizeof a, ct_metrics_get(&r->metrics, (ct_metric)q)));
    }
    const char *cm[4] = {"tp", "fp", "tn", "fn"};
    const size_t cv[4] = {r->metrics.tp, r->metrics.fp, r->metrics.tn, r->metrics.fn};
    for (int q = 0; q < 4; q++) {
        ct_table_add(t, cm[q]);
        cli_fmt_count(a, sizeof a, cv[q]);
        ct_table_add(t, a);
    }
    ct_table_print(t, stdout, "  ");
    ct_table_destroy(t);
    cli_metric_notes(NULL, &r->metrics);
    {
        /* a ranking no better than chance on these rows, said (before
         * 2026-12-04 recall 0.992 on shuffled labels went without a word:
         * tests/cli/evaluate_chance_level_said) */
        char n[32], rows[96];
        cli_fmt_count(n, sizeof n, r->n_labelled);
        if (o->split != CT_ROLE_NONE)
            snprintf(rows, sizeof rows, "the %s labelled %s rows", n, ct_split_role_name(o->split));
        else
            snprintf(rows, sizeof rows, "the %s labelled rows", n);
        cli_chance_note(&r->chance, &r->metrics, rows, m->positive,
                        "evaluate it on more labelled rows it was not trained on to tell");
    }
    print_with_evidence(ev);
    print_unseen(o);
    if (by)
        print_by(m, by, r->threshold, r->negative);
    if (r->importance) {
        printf("\npermutation importance (loss of %s when a group is shuffled; mean and std of "
               "%zu\n  repeat%s; baseline %s)\n",
               ct_metric_name(r->importance->metric), r->importance->n_repeats,
               r->importance->n_repeats == 1 ? "" : "s", fmt(a, sizeof a, r->importance->baseline));
        t = ct_table_create(3);
        cli_table_fit(t); /* long names hang, wide tables in blocks */
        ct_table_add(t, "feature group");
        ct_table_add(t, "mean");
        ct_table_add(t, "std");
        ct_table_align(t, 1, CT_TABLE_DECIMAL);
        ct_table_align(t, 2, CT_TABLE_DECIMAL);
        for (size_t g = 0; g < r->n_groups; g++) {
            ct_table_add(t, r->group_names[g]); /* whole: a long one hangs (ct_table) */
            ct_table_add(t, fmt(a, sizeof a, r->importance->mean[g]));
            ct_table_add(t, fmt(a, sizeof a, r->importance->std[g]));
        }
        ct_table_print(t, stdout, "  ");
        ct_table_destroy(t);
    } else {
        char line[192];
        snprintf(line, sizeof line, "permutation importance: not computed (%s)",
                 r->why_no_importance);
        printf("\n");
        cli_print_wrapped(stdout, "", 2, line);
    }
    const size_t show = o->show_given ? (size_t)o->show : 10;
    char nm[32];
    cli_fmt_count(nm, sizeof nm, r->n_misclassified);
    /* a list cut at --show says how many it shows, and how to see more */
    char sh[32]; /* with separators, as every count printed */
    cli_fmt_count(sh, sizeof sh, show);
    if (r->n_misclassified > show && show > 0)
        printf("\nmisclassified rows: %s (the %s most confident shown; --show=N for more)\n", nm,
               sh);
    else if (r->n_misclassified > show)
        printf("\nmisclassified rows: %s (none shown: --show=0)\n", nm);
    else
        printf("\nmisclassified rows: %s\n", nm);
    size_t jt = 0, ji = 0;
    const int has_id = m->id && *m->id && ct_frame_find(f, m->id, &ji, NULL) == CT_OK;
    int has_text = 0;
    for (size_t j = 0; j < ct_pipeline_ncols(m->pipeline) && !has_text; j++) {
        const ct_pipeline_col *pc = ct_pipeline_column(m->pipeline, j);
        if (pc->kind == CT_PIPELINE_NGRAM || pc->kind == CT_PIPELINE_LENGTH)
            has_text = ct_frame_find(f, pc->source, &jt, NULL) == CT_OK;
    }
    size_t jl = 0;
    const int has_label =
        m->target && *m->target && ct_frame_find(f, m->target, &jl, NULL) == CT_OK;
    char *tb; /* ids and texts from the data shown visibly */
    size_t tl;
    FILE *out = cli_text_open(&tb, &tl);
    for (size_t k = 0; k < r->n_misclassified && k < show; k++) {
        const size_t i = r->misclassified[k];
        /* the row's heading, wrapped: the id column's name is the
         * file's, of any length (before 2026-12-07 a 90-character name
         * ran the line past 100 columns: tests/cli/evaluate_long_names_wrapped) */
        char head[1024];
        size_t hl = (size_t)snprintf(head, sizeof head, "line %ld", ct_frame_row_line(f, i));
        /* the id's text as the predictions file and --json give it
         * (exact past 2^53; a level too) */
        char idb[CT_CSV_NUM_MAX];
        size_t idlen;
        const char *id = has_id ? ct_evaluate_row_id(m, f, i, idb, &idlen) : NULL;
        if (id && hl < sizeof head)
            hl += (size_t)snprintf(head + hl, sizeof head - hl, ", %s %.*s", m->id,
                                   (int)ct_textwidth_prefix(id, idlen, 40, SIZE_MAX, NULL), id);
        /* the file's own label ("labelled opinion"), as the row holds it;
         * the other class's name (r->negative: "0" beside "1", else "not
         * claim") when the cell is no text (a numeric label column). Before 2026-12-03 always "labelled not claim", which
         * read oddly beside a file whose label is "opinion"
         * (tests/cli/evaluate_misclassified_own_label). */
        const ct_column *lc = has_label ? ct_frame_col(f, jl) : NULL;
        size_t ll = 0;
        const char *lv = lc ? ct_column_str(lc, i, &ll) : NULL;
        /* as a label is shown (ct_textwidth_label): 'opinion ' quoted, a
         * no-break space as <U+00A0> (before 2026-12-04 "labelled opinion ,
         * p = 1": tests/cli/evaluate_label_nbsp_shown) */
        char raw[256], lab[512];
        /* a probability as everywhere (ct_numfmt_prob): never "1" or "0"
         * unless exactly that (before 2026-12-05 "p = 1" for
         * 0.99999999997: tests/cli/evaluate_misclassified_p_never_one) */
        char pb[48];
        ct_numfmt_prob(pb, sizeof pb, r->proba[i]);
        if (lv) {
            const size_t keep = ct_textwidth_prefix(lv, ll, 40, sizeof raw - 1, NULL);
            memcpy(raw, lv, keep);
            raw[keep] = 0;
        }
        if (hl < sizeof head)
            snprintf(head + hl, sizeof head - hl, ": labelled %s, p = %s",
                     lv                 ? ct_textwidth_label(lab, sizeof lab, raw)
                     : r->label[i] == 1 ? m->positive
                                        : r->negative,
                     pb);
        cli_print_wrapped(out, "  ", 6, head);
        if (has_text) {
            size_t len;
            const char *s = ct_column_str(ct_frame_col(f, jt), i, &len);
            fputs("    ", out);
            s ? print_snippet(out, s, len, 90) : (void)fputs("(no text)", out);
            fputc('\n', out);
        }
    }
    cli_text_close(out, &tb, &tl);
}

/* "no_evidence" and "with_evidence" (docs/formats.md): null when the
 * model reads neither text nor a number, and with_evidence null when no
 * labelled row lacks evidence or none has it. */
static void write_evidence_json(ct_json *w, const ct_evidence_split *ev)
{
    ct_json_key(w, "no_evidence");
    if (!ev->defined)
        ct_json_null(w);
    else {
        ct_json_object_begin(w);
        ct_json_key(w, "rows");
        ct_json_uint(w, ev->no_evidence);
        ct_json_key(w, "labelled");
        ct_json_uint(w, ev->no_evidence_labelled);
        ct_json_key(w, "positives");
        ct_json_uint(w, ev->no_evidence_positive);
        ct_json_key(w, "predicted_positive");
        ct_json_uint(w, ev->no_evidence_predicted);
        ct_json_key(w, "fn");
        ct_json_uint(w, ev->no_evidence_fn);
        ct_json_key(w, "fp");
        ct_json_uint(w, ev->no_evidence_fp);
        ct_json_object_end(w);
    }
    ct_json_key(w, "with_evidence");
    if (!ev->has_metrics)
        ct_json_null(w);
    else {
        ct_json_object_begin(w);
        ct_json_key(w, "labelled");
        ct_json_uint(w, ev->with_labelled);
        ct_json_key(w, "positives");
        ct_json_uint(w, ev->with_positive);
        ct_json_key(w, "metrics");
        ct_json_object_begin(w);
        ct_train_write_metrics_json(&ev->with, w);
        ct_json_object_end(w);
        ct_json_object_end(w);
    }
}

/* The rows of f the model was trained on (ct_model_seen_count), and
 * every metric on the labelled rows it was not, so that a file holding
 * some training rows shows the figures of the others beside the
 * optimistic ones. Skipped when f is the training file (already noted as
 * such). */
static ct_status seen_split(eval_opts *o, const ct_frame *f, const ct_evaluate_result *r,
                            ct_diag *dg)
{
    const size_t n = ct_frame_nrows(f);
    const uint8_t *flags = r->seen; /* NULL: not checked (ct_evaluate_run) */
    o->seen_checked = flags != NULL;
    o->seen = r->n_seen;
    double *y = ct_malloc((n ? n : 1) * sizeof *y);
    double *p = ct_malloc((n ? n : 1) * sizeof *p);
    ct_status s = y && p ? CT_OK : ct_diag_set(dg, CT_ENOMEM, NULL, 0, 0, "out of memory");
    if (s == CT_OK && flags && !o->optimistic && o->seen) {
        o->optimistic = o->seen_part = 1;
        size_t k = 0;
        for (size_t i = 0; i < n && i < r->n_rows; i++) {
            if (!r->label || isnan(r->label[i]))
                continue;
            if (flags[i]) {
                o->seen_labelled++;
                continue;
            }
            y[k] = r->label[i];
            p[k++] = r->proba[i];
            o->unseen_positive += r->label[i] == 1;
        }
        o->unseen_labelled = k;
        if (k && o->seen_labelled) {
            s = ct_metrics_binary_compute(y, p, k, r->threshold, &o->unseen, dg);
            o->unseen_has_metrics = s == CT_OK;
        }
    }
    ct_free(y);
    ct_free(p);
    return s;
}

/* "FILE: 100 of its 500 rows are rows the model was trained on ...": the
 * rows of a file that holds some of the training rows, and what that does
 * to the figures. */
static void note_seen(const eval_opts *o, const char *path, const ct_evaluate_result *r)
{
    char k[32], n[32], rest[32];
    cli_fmt_count(k, sizeof k, o->seen);
    cli_fmt_count(n, sizeof n, r->n_rows);
    cli_fmt_count(rest, sizeof rest, r->n_rows - o->seen);
    const char *how = "the model was trained on or tuned on (its train or validation rows, "
                      "matched by the label and the columns the model reads)";
    if (o->seen >= r->n_rows)
        cli_note("%s: %s%s %s one %s: these figures are optimistic; "
                 "evaluate rows the model has not seen for figures that tell how it does on "
                 "new rows",
                 path, r->n_rows == 1 ? "its one row" : "every one of its ",
                 r->n_rows == 1 ? "" : n, r->n_rows == 1 ? "is" : "rows is", how);
    else
        cli_note("%s: %s of its %s rows %s %s: these figures include %s (optimistic); "
                 "evaluate the other %s rows alone for figures that tell how the model does on "
                 "new rows",
                 path, k, n, o->seen == 1 ? "is a row" : "are rows", how,
                 o->seen == 1 ? "it" : "them", rest);
}

/* FILE lacks a column the training rows are keyed on (the label): no row
 * can be matched, so whether some are training rows is said to be unknown
 * rather than counted as none (before 2026-12-07 silent, and --json's
 * seen_in_training null: tests/cli/evaluate_seen_unchecked_said). */
static void note_seen_unchecked(const eval_opts *o, const ct_model *m, const char *path,
                                const char *absent)
{
    const int label = m->target && strcmp(absent, m->target) == 0;
    cli_note("%s has no '%s' column (%s): whether its rows are among the rows the model was "
             "trained or tuned on cannot be checked, as the model records those rows by their "
             "label and the columns it reads%s",
             strcmp(path, "-") ? path : "the input", absent,
             label ? "the model's label" : "a column the model's training rows are keyed on",
             o->predictions ? "; the predictions' seen_in_training is left empty" : "");
}

static int write_json(const eval_opts *o, const char *path, const ct_load_stats *st,
                      const ct_model *m, const ct_frame *f, const ct_evaluate_result *r,
                      const ct_evaluate_by *by, const ct_repro *rp, const ct_evidence_split *ev)
{
    ct_json *w = cli_json_begin(stdout, "evaluate", 1);
    if (!w)
        return CLI_EXIT_IO;
    ct_json_key(w, "file");
    ct_json_str(w, path);
    cli_json_rows(w, st);
    ct_json_key(w, "model_file");
    ct_json_str(w, o->model_path);
    ct_json_key(w, "predictions_file");
    ct_json_str(w, o->predictions);
    ct_json_key(w, "split");
    if (o->split == CT_ROLE_NONE)
        ct_json_null(w);
    else
        ct_json_str(w, ct_split_role_name(o->split));
    ct_json_key(w, "split_rows");
    ct_json_uint(w, o->split_rows);
    ct_json_key(w, "optimistic");
    ct_json_bool(w, o->optimistic);
    ct_json_key(w, "seen_in_training"); /* rows the model was trained on, by content */
    if (o->seen_checked)
        ct_json_uint(w, o->seen);
    else
        ct_json_null(w);
    /* the labelled rows it was not trained on, and their metrics */
    ct_json_key(w, "not_seen");
    if (o->seen_part && o->seen_labelled) {
        ct_json_object_begin(w);
        ct_json_key(w, "labelled");
        ct_json_uint(w, o->unseen_labelled);
        ct_json_key(w, "positives");
        ct_json_uint(w, o->unseen_positive);
        ct_json_key(w, "metrics");
        if (o->unseen_has_metrics) {
            ct_json_object_begin(w);
            ct_train_write_metrics_json(&o->unseen, w);
            ct_json_object_end(w);
        } else
            ct_json_null(w);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    cli_in_sample_json(&o->in_sample, w); /* what the validation rows chose */
    ct_evaluate_write_json(m, f, r, o->show_given ? (size_t)o->show : 1000, w);
    write_evidence_json(w, ev);
    {
        /* every unseen level, its rows and first line, as score's (added
         * 2026-12-06) */
        ct_unseen_tally *t = unseen_tally(m, f);
        cli_unseen_json(w, t);
        ct_unseen_tally_free(t);
    }
    if (by)
        ct_evaluate_by_write_json(by, w);
    else {
        ct_json_key(w, "by");
        ct_json_null(w);
    }
    ct_repro_write_json(rp, w);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_stdout_error();
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* The predictions file holds one record per row evaluated: the rows read,
 * less the bad rows skipped and, with --split, the rows of the other sets.
 * Fewer records than rows read is said, with why (before 2026-12-04 the
 * file's count was left to be found: tests/cli/evaluate_predictions_records_said). */
static void note_prediction_records(const eval_opts *o, const ct_load_stats *st, size_t records)
{
    if (records >= st->rows_read)
        return;
    char a[32], b[32], c[32], d[32], why[192] = "";
    cli_fmt_count(a, sizeof a, records);
    cli_fmt_count(b, sizeof b, (size_t)st->rows_read);
    const uint64_t left = st->rows_read - st->rows_used;
    const size_t other = st->rows_used > records ? (size_t)st->rows_used - records : 0;
    cli_fmt_count(c, sizeof c, (size_t)left);
    cli_fmt_count(d, sizeof d, other);
    size_t w = 0;
    if (left) {
        int q = snprintf(why, sizeof why, "%s bad row%s skipped", c, left == 1 ? "" : "s");
        w = q > 0 && (size_t)q < sizeof why ? (size_t)q : 0;
    }
    if (other && o->split != CT_ROLE_NONE)
        snprintf(why + w, sizeof why - w, "%s%s row%s outside --split=%s", w ? ", " : "", d,
                 other == 1 ? "" : "s", ct_split_role_name(o->split));
    cli_note("%s: %s record%s for the %s rows read (%s); each record's line is its row's line in "
             "the input",
             strcmp(o->predictions, "-") == 0 ? "predictions" : o->predictions, a,
             records == 1 ? "" : "s", b, why);
}

/* ---------------------------------------------------------------- main */

static int importance_progress(void *user, uint64_t done, uint64_t total)
{
    return cli_progress(user, done, total);
}

/* Rows read with bytes that are not UTF-8, their values missing: said,
 * as score says it (its rows flagged invalid_utf8 there). */
static void note_invalid_utf8(const ct_load_stats *st, const char *path)
{
    if (!st->bad_utf8_rows)
        return;
    char n[32], cmd[768], line[CT_DIAG_MSG_MAX + 1024];
    cli_fmt_count(n, sizeof n, st->bad_utf8_rows);
    /* other rows holding valid UTF-8 beyond ASCII: the file mixes
     * encodings, and the whole-file iconv would garble them; the advice
     * inspect gives (ct_load_mixed_encoding; before 2026-12-07 evaluate
     * gave the iconv: tests/cli/score_mixed_encoding_hint) */
    char mixed[CT_DIAG_MSG_MAX], fix[CT_DIAG_MSG_MAX + 32];
    if (ct_load_mixed_encoding(path, st, mixed, sizeof mixed))
        snprintf(fix, sizeof fix, "%c%s",
                 mixed[0] >= 'a' && mixed[0] <= 'z' ? mixed[0] - 32 : mixed[0], mixed + 1);
    else {
        ct_shell_filter(cmd, sizeof cmd, "iconv -f cp1252 -t utf-8", 1, path, st->gzip, "utf8");
        snprintf(fix, sizeof fix, "Re-save the file as UTF-8 to read them whole: $ %s", cmd);
    }
    snprintf(line, sizeof line,
             "%s row%s hold%s bytes that are not UTF-8 (another encoding, such as Windows-1252), "
             "read as missing: evaluated as without those values, as score scores them "
             "(flagged invalid_utf8 there); the first, %s:%ld, field %zu. %s",
             n, st->bad_utf8_rows == 1 ? "" : "s", st->bad_utf8_rows == 1 ? "s" : "",
             strcmp(path, "-") ? path : "-", st->bad_utf8_line, st->bad_utf8_field, fix);
    ct_text_wrap(stderr, "evaluate: warning: ", 2, 100, line);
}

/* --id: FILE's column id, absent said as score says it (its "did you
 * mean", else the hint to name the id column), else the model's id from
 * here on. 0, or the exit code. */
static int use_id_column(const char *id, ct_model *m, const ct_frame *f, const char *path)
{
    ct_diag d;
    ct_diag_clear(&d);
    size_t j;
    ct_status s = ct_frame_find(f, id, &j, &d);
    /* --id was given: the file's columns, not "name the id column with
     * --id" (before 2026-12-07: tests/cli/id_named_absent_lists_columns) */
    if (s == CT_ECOLUMN && !strstr(d.hint, "did you mean")) {
        char cols[CT_DIAG_MSG_MAX / 2];
        cli_file_columns(f, NULL, cols, sizeof cols);
        snprintf(d.hint, sizeof d.hint,
                 "--id names a column of the file's header (check its spelling): %s; or leave "
                 "--id out to name the misclassified rows and the predictions by the model's "
                 "id column, or their line",
                 cols);
    }
    if (s != CT_OK)
        return cli_fail_in(s, &d, path);
    char *copy = ct_strdup(id);
    if (!copy) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    ct_free(m->id);
    m->id = copy;
    return 0;
}

/* The model's id column absent from FILE, no --id: the rows are named by
 * their line alone, said with the option that names FILE's id column
 * (before 2026-12-06 unsaid, and no option: tests/cli/evaluate_id_column_named) */
static void note_id_absent(const ct_model *m, const ct_frame *f, const char *path)
{
    size_t j;
    if (!m->id || !*m->id || ct_frame_find(f, m->id, &j, NULL) == CT_OK)
        return;
    char near[400] = "";
    ct_frame_near_name(f, m->id, near, sizeof near);
    cli_note("%s has no '%s' column (the model's id column): the misclassified rows and the "
             "predictions name each row by its line alone; name the file's id column with "
             "--id=COL%s%s",
             strcmp(path, "-") ? path : "the input", m->id, near[0] ? "; " : "", near);
}

static int run(eval_opts *o, const char *path, cli_load *lo, int argc, char **argv)
{
    ct_diag dg;
    ct_diag_clear(&dg);
    ct_model *m = NULL;
    ct_status s = ct_model_file_load(o->model_path, &m, &dg);
    if (s != CT_OK)
        return cli_fail_model("evaluate", s, &dg, o->model_path, path);
    /* the predictions' folder, before the file is read and evaluated (the
     * permutation importance is the slow part), as train checks -m and
     * score -o: before 2026-12-07 a wrong folder failed only at the end
     * (tests/cli/evaluate_predictions_folder_checked_first) */
    if (o->predictions && !cli_is_stdout(o->predictions)) {
        const int wc = cli_check_writable(o->predictions);
        if (wc) {
            ct_model_free(m);
            return wc;
        }
    }
    ct_frame *f = NULL;
    ct_load_stats st;
    /* the columns the model fitted as text read as text, whatever their
     * values look like (levels '1' and '2' of a categorical column) */
    ct_schema *sc = NULL;
    if ((s = ct_pipeline_load_schema(m->pipeline, lo->opt.use_schema ? lo->opt.schema : NULL,
                                     &sc)) != CT_OK) {
        ct_model_free(m);
        return cli_fail(s, &dg);
    }
    lo->opt.schema = sc;
    lo->opt.use_schema = 1;
    /* a row with bytes of another encoding is read with those values
     * missing, as score reads it, so a row's probability is the same in
     * both (before 2026-12-06 it was a bad row: tests/cli/score_invalid_utf8_queued) */
    lo->opt.bad_utf8_missing = 1;
    int rc = cli_load_frame(lo, path, &f, &st);
    lo->opt.schema = NULL;
    ct_schema_free(sc);
    if (rc) {
        ct_model_free(m);
        return rc;
    }
    cli_note_rows(&st, path);
    /* a file of a header alone (or whose every row was skipped as bad) has
     * nothing to evaluate: exit 1, said as eda, test, regress and
     * queue-eval say it (before 2026-12-07 exit 0, "no metrics: no row has
     * a label": tests/cli/files_header_only_exit_codes) */
    if ((rc = cli_fail_no_rows(f, &st, path)) != 0) {
        ct_frame_destroy(f);
        ct_model_free(m);
        return rc;
    }
    note_invalid_utf8(&st, path);
    /* --id names FILE's id column: the model's id from here on (the
     * misclassified rows, the predictions, a grouped --split's groups);
     * a column named must be in FILE (exit 1), as score's --id */
    if (o->id && (rc = use_id_column(o->id, m, f, path)) != 0) {
        ct_frame_destroy(f);
        ct_model_free(m);
        return rc;
    }
    if (o->split != CT_ROLE_NONE) {
        size_t *rows = NULL, n = 0;
        ct_frame *g = NULL;
        rc = cli_split_rows(m, f, path, o->split, &rows, &n);
        if (!rc && (s = ct_frame_take(f, rows, n, &g, &dg)) != CT_OK)
            rc = cli_fail(s, &dg);
        free(rows);
        if (rc) {
            ct_frame_destroy(f);
            ct_model_free(m);
            return rc;
        }
        o->split_of = ct_frame_nrows(f);
        o->split_rows = n;
        ct_frame_destroy(f);
        f = g;
        char a[32], b[32];
        cli_fmt_count(a, sizeof a, n);
        cli_fmt_count(b, sizeof b, o->split_of);
        if (o->split == CT_ROLE_TRAIN) /* fitted on, not held out */
            cli_note("evaluating the %s rows the model was fitted on (train's train set, of %s)", a,
                     b);
        else
            cli_note("evaluating the %s rows train held out as its %s set (of %s)", a,
                     ct_split_role_name(o->split), b);
    }
    ct_evaluate_result *r = NULL;
    ct_repro rp;
    memset(&rp, 0, sizeof rp);
    o->e.progress = importance_progress;
    o->e.progress_user = (void *)"importance";
    ct_evaluate_by *by = NULL;
    /* a bad --by column is refused before the evaluation's work */
    if (o->by && (s = ct_evaluate_by_check(f, o->by, &dg)) != CT_OK) {
        rc = cli_fail_in(s, &dg, path);
        ct_frame_destroy(f);
        ct_model_free(m);
        return rc;
    }
    s = ct_evaluate_run(m, f, &o->e, &r, &dg);
    cli_progress_end();
    /* a queue given as the labelled reports: said as such, not as the
     * columns it lacks (tests/cli/files_queue_given_named) */
    if (s == CT_ECOLUMN &&
        !ct_queue_given_diag(f, "a reports file",
                             "evaluate the model on the labelled reports file (the queue holds "
                             "scores, not the columns the model reads)",
                             &dg))
        ct_pipeline_hint_absent(m->pipeline, f, NULL, &dg);
    if (s == CT_OK && !o->id) /* a file evaluate refuses is not noted of */
        note_id_absent(m, f, path);
    if (s == CT_OK && o->by) /* before any file is written */
        s = ct_evaluate_by_run(r, f, o->by, &by, &dg);
    size_t byj;
    if (s == CT_OK && o->by && ct_frame_find(f, o->by, &byj, NULL) == CT_OK)
        cli_note_level_variants_of(f, byj, path); /* 'Verified' and 'Verified ': two rows */
    ct_evidence_split ev;
    memset(&ev, 0, sizeof ev);
    if (s == CT_OK)
        s = ct_evidence_split_compute(m, f, r, &ev, &dg);
    if (s == CT_OK)
        s = ct_repro_fill(&rp, path, &st, r->n_rows, o->e.seed, argc, argv, &dg);
    if (s == CT_OK) /* rows outside --split: not skipped (bad rows are), their own key */
        rp.not_selected = st.rows_used > r->n_rows ? (int64_t)(st.rows_used - r->n_rows) : 0;
    if (s == CT_OK && o->predictions)
        s = ct_evaluate_write_predictions(m, f, r, o->predictions, &dg);
    if (s == CT_OK && o->predictions)
        note_prediction_records(o, &st, ct_frame_nrows(f));
    if (s == CT_OK)
        note_no_positive(m, f, r);
    if (s == CT_OK)
        cli_in_sample_note(&o->in_sample, m, o->split);
    if (s == CT_OK)
        o->optimistic = o->split == CT_ROLE_TRAIN ||
                        (o->split == CT_ROLE_NONE && m->input_hash &&
                         strcmp(m->input_content_hash ? m->input_content_hash : m->input_hash,
                                ct_repro_rows_hash(&rp)) == 0);
    /* a spreadsheet's re-save of the training file (a byte-order mark, CR
     * LF, no final line end) holds its rows too: its figures are as
     * optimistic, said with how it differs (before 2026-12-06 they read as
     * a new file's, while --split took it for the training file:
     * tests/cli/evaluate_training_copy_optimistic) */
    char copy_how[320] = "";
    if (s == CT_OK && !o->optimistic && o->split == CT_ROLE_NONE &&
        cli_training_copy(m, path, st.rows_read, copy_how, sizeof copy_how))
        o->optimistic = 1;
    /* the same rows in another order (shuffled, sorted by another column)
     * or written otherwise: the model's order-independent digest of its
     * training rows (before 2026-12-06 such a copy read as a new file's:
     * tests/cli/evaluate_training_reordered_optimistic) */
    if (s == CT_OK && !o->optimistic && o->split == CT_ROLE_NONE &&
        cli_training_rows(m, f, st.rows_used))
        o->optimistic = o->same_rows = 1;
    /* some of the training rows within another file (a concatenation, a
     * subset, rows pasted into a new batch), by their content: before
     * 2026-12-07 only the training file itself, or all its rows, were
     * noted (tests/cli/evaluate_training_rows_overlap) */
    if (s == CT_OK && o->split == CT_ROLE_NONE)
        s = seen_split(o, f, r, &dg);
    if (s == CT_OK && r->seen_absent)
        note_seen_unchecked(o, m, path, r->seen_absent);
    /* --predictions - on a full disk: said once, with the reason, as every
     * output on standard output (before 2026-12-04 "input/output error",
     * then the write error again: tests/cli/evaluate_predictions_full_disk_once) */
    if (s != CT_OK && o->predictions && cli_is_stdout(o->predictions) && ferror(stdout))
        rc = cli_fail_output(stdout, s, &dg);
    else if (s != CT_OK)
        rc = cli_fail_in(s, &dg, path);
    else if (o->json)
        rc = write_json(o, path, &st, m, f, r, by, &rp, &ev);
    else if (!(o->predictions && cli_is_stdout(o->predictions))) { /* /dev/stdout is '-' */
        if (o->seen_part)
            note_seen(o, path, r);
        else if (o->same_rows)
            cli_note("%s holds the same rows as the file the model was trained on, though its "
                     "bytes differ (the rows in another order, or written otherwise): these "
                     "figures include its training rows (optimistic)",
                     path);
        else if (o->optimistic && copy_how[0])
            cli_note("%s holds the rows of the file the model was trained on (it differs only "
                     "in %s): these figures include its training rows (optimistic)",
                     path, copy_how);
        else if (o->optimistic)
            cli_note(o->split == CT_ROLE_TRAIN
                         ? "%s --split=train: these are the rows the model was fitted on, so "
                           "its figures are optimistic"
                         : "%s is the file the model was trained on: these figures include its "
                           "training rows (optimistic)",
                     path);
        print_text(o, path, m, f, r, by, &ev);
        rc = ferror(stdout) ? CLI_EXIT_IO : CLI_EXIT_OK;
    }
    ct_repro_clear(&rp);
    ct_evaluate_by_free(by);
    ct_evaluate_result_free(r);
    ct_frame_destroy(f);
    ct_model_free(m);
    return rc;
}

int cmd_evaluate(int argc, char **argv)
{
    eval_opts o;
    memset(&o, 0, sizeof o);
    o.e = ct_evaluate_options_default();
    o.threads = -1;
    o.split = CT_ROLE_NONE;
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
    cli_load_free(&lo);
    return rc < 0 ? CLI_EXIT_OK : rc;
}
