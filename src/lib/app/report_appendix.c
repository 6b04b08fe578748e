/* report_appendix.c — the technical appendix of the executive report: the
 * run's record (manifest.json: input hash, rows, seed, threads, version,
 * command line, every stage's command, status and outputs), and each
 * file the report read with its SHA-256 and the command that wrote it, so
 * every number in the page can be traced to its source. */
#include "app/report_internal.h"
#include "claimtriage/csv.h"
#include "claimtriage/digest.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* Every required stage of the manifest before report done, as run counts a
 * run complete (an analysis stage may have failed: their names into
 * failed[n], "" when none): a run whose manifest says "running" while this
 * report, its last stage, is written is then complete once the page is
 * (before 2026-12-06 "running (this report is its last stage)" in a
 * finished report: tests/cli/report_run_status_finished). */
static int earlier_done(const ct_json_value *m, char *failed, size_t n)
{
    const ct_json_value *st = ct_json_get(m, "stages");
    const size_t ns = ct_json_size(st);
    size_t len = 0;
    if (n)
        failed[0] = 0;
    if (ns == 0)
        return 0;
    for (size_t i = 0; i < ns; i++) {
        const ct_json_value *s = ct_json_at(st, i);
        const char *name = rep_str(s, "name"), *stt = rep_str(s, "status");
        if (name && strcmp(name, "report") == 0)
            continue;
        if (stt && strcmp(stt, "done") == 0)
            continue;
        const ct_json_value *req = ct_json_get(s, "required");
        if (!req || ct_json_bool_value(req) || !name)
            return 0;
        const int w = snprintf(failed + len, n - len, "%s%s", len ? ", " : "", name);
        if (w > 0 && (size_t)w < n - len)
            len += (size_t)w;
    }
    return 1;
}

static void run_record(rep_ctx *c)
{
    const ct_json_value *m = c->man;
    ct_html_heading(c->h, 3, "The run");
    static const char *const head[] = {"Item", "Value"};
    ct_html_table_begin(c->h, "manifest.json", 2, head, "lc");
    /* An item the manifest does not hold (one written by an earlier
     * version, or edited) is "—" with the table's note, as every absent
     * value of the page: before 2026-12-02 "undefined" or an empty cell */
    int absent = 0;
    char b[7][64];
    rep_cell_or_none(b[0], sizeof b[0], rep_num(m, "input.bytes"), rep_count, &absent);
    rep_cell_or_none(b[1], sizeof b[1], rep_num(m, "input.rows_read"), rep_count, &absent);
    rep_cell_or_none(b[2], sizeof b[2], rep_num(m, "input.rows_used"), rep_count, &absent);
    rep_cell_or_none(b[3], sizeof b[3], rep_num(m, "input.rows_skipped"), rep_count, &absent);
    rep_cell_or_none(b[4], sizeof b[4], rep_num(m, "seed"), rep_count, &absent);
    rep_cell_or_none(b[5], sizeof b[5], rep_num(m, "threads"), rep_count, &absent);
    /* the row only for demo's sample: for a given file "no (a given file;
     * whether synth made it is not recorded)" told a reader nothing the
     * Input file row does not (before 2026-12-06: tests/cli/report_run_status_finished) */
    const int demo = ct_json_bool_value(rep_get(m, "input.synthetic"));
    snprintf(b[6], sizeof b[6], "yes (the built-in synthetic sample)");
    /* run writes the manifest "running" before its last stage, this report */
    const char *mstatus = rep_str(m, "status");
    char stopped[96], failed[160], finished[320];
    if (mstatus && strcmp(mstatus, "failed") == 0 && rep_str(m, "interrupted_by")) {
        snprintf(stopped, sizeof stopped,
                 "stopped by %s (\"failed\" in manifest.json; nothing failed)",
                 rep_str(m, "interrupted_by"));
        mstatus = stopped;
    } else if (mstatus && strcmp(mstatus, "running") == 0) {
        if (earlier_done(m, failed, sizeof failed)) {
            if (failed[0])
                snprintf(finished, sizeof finished,
                         "complete (this report is its last stage; every required stage before "
                         "it is done; analysis not done: %s, see Stages)",
                         failed);
            else
                snprintf(finished, sizeof finished,
                         "complete (this report is its last stage; every stage before it is "
                         "done)");
        }
        mstatus = c->run_interrupted ? "running, but interrupted: no run holds the folder (it "
                                       "was killed before it recorded its end)"
                  : earlier_done(m, failed, sizeof failed) ? finished
                                                           : "running (this report is its last "
                                                             "stage)";
    }
    const char *rows[][2] = {
        {"Command line", rep_str(m, "command_line")},
        {"Status", mstatus},
        {"Tool version", rep_str(m, "version")},
        {"Input file", rep_str(m, "input.file")},
        {"Input SHA-256", rep_str(m, "input.sha256")},
        {"Input bytes", b[0]},
        {"Rows read", b[1]},
        {"Rows used", b[2]},
        {"Rows skipped", b[3]},
        {"Made by demo", b[6]},
        {"Seed", b[4]},
        {"Threads", b[5]},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (rows[i][1] == b[6] && !demo)
            continue;
        if (!rows[i][1]) {
            rows[i][1] = REP_NONE;
            absent++;
        }
        ct_html_table_row(c->h, rows[i]);
    }
    ct_html_table_end(c->h, absent ? REP_NONE
                                " marks an item this manifest.json does not record "
                                "(one written by an earlier version of claimtriage, or "
                                "edited)."
                                   : NULL);

    /* no durations: they vary run to run, and the same input and seed must
     * give the same report, byte for byte (manifest.json keeps them) */
    static const char *const shead[] = {"Stage", "PACE", "Status", "Command", "Outputs (SHA-256)"};
    ct_html_table_begin(c->h, "Stages", 5, shead, "cllcw");
    const ct_json_value *st = ct_json_get(m, "stages");
    int sabsent = 0;
    for (size_t i = 0; i < ct_json_size(st); i++) {
        const ct_json_value *s = ct_json_at(st, i);
        char outs[2048] = "";
        const ct_json_value *o = ct_json_get(s, "outputs");
        size_t len = 0;
        for (size_t k = 0; k < ct_json_size(o) && len < sizeof outs; k++) {
            const ct_json_value *f = ct_json_at(o, k);
            len += (size_t)snprintf(outs + len, sizeof outs - len, "%s%s %s", k ? "; " : "",
                                    rep_str(f, "file") ? rep_str(f, "file") : "?",
                                    rep_str(f, "sha256") ? rep_str(f, "sha256") : "");
        }
        char status[512];
        const char *msg = rep_str(s, "message");
        const char *name = rep_str(s, "name"), *stt = rep_str(s, "status");
        if (name && stt && strcmp(name, "report") == 0 && strcmp(stt, "not run") == 0 &&
            !c->run_interrupted) /* the manifest is rewritten after this stage */
            stt = earlier_done(m, failed, sizeof failed) ? "done: this report"
                                                         : "running: this report";
        /* the message cut at a space with " ..." when the cell's room ends
         * (before 2026-12-04 inside a word, "the maximum like":
         * tests/cli/plan_status_reason_cut_at_space) */
        const int sn = snprintf(status, sizeof status, "%s%s", stt ? stt : "?", msg ? ": " : "");
        if (msg && sn > 0 && (size_t)sn < sizeof status)
            ct_textwidth_fit_words(status + sn, sizeof status - (size_t)sn, msg, strlen(msg),
                                   SIZE_MAX, " ...");
        const char *cells[5] = {rep_str(s, "name"), rep_str(s, "pace"), status,
                                rep_str(s, "command"), outs};
        for (size_t k = 0; k < 4; k++)
            if (!cells[k]) {
                cells[k] = REP_NONE;
                sabsent++;
            }
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h,
                      sabsent ? "Each stage's duration is in manifest.json; the report leaves it "
                                "out so that the same input and seed give the same report, byte "
                                "for byte. " REP_NONE " marks an item this manifest.json does not "
                                "record (one written by an earlier version of claimtriage, or "
                                "edited)."
                              : "Each stage's duration is in manifest.json; the report leaves it "
                                "out so that the same input and seed give the same report, byte "
                                "for byte.");
}

/* The command that wrote artifact i, as recorded: the manifest's stage
 * command, else the artifact's own reproducibility block. */
static const char *source_command(const rep_ctx *c, int i)
{
    static const char *const stage[REP_N] = {"plan",  "inspect",  "eda",   "test",      "regress",
                                             "train", "evaluate", "score", "queue-eval"};
    const char *cmd = rep_str(rep_stage(c, stage[i]), "command");
    if (!cmd)
        cmd = rep_str(c->a[i].root, "reproducibility.command_line");
    return cmd;
}

static void files_read(rep_ctx *c)
{
    ct_html_heading(c->h, 3, "Files behind this report");
    static const char *const head[] = {"File",  "Used by", "Status",
                                       "Bytes", "SHA-256", "Written by"};
    ct_html_table_begin(c->h, NULL, 6, head, "lllrwc");
    static const char *const used_by[REP_N] = {"plan",
                                               "data quality, caveats",
                                               "summary, EDA charts",
                                               "summary, tests",
                                               "data quality, regression",
                                               "model comparison, shortcut audit",
                                               "summary, confusion, calibration, importance",
                                               "review queue",
                                               "summary, finance, review queue"};
    for (int i = 0; i < REP_N; i++) {
        const rep_art *a = &c->a[i];
        char path[4096], hex[CT_SHA256_HEX_SIZE] = "", bytes[32] = "";
        snprintf(path, sizeof path, "%s/%s", c->dir, a->file);
        uint64_t nb = 0;
        if ((a->root || a->changed) && ct_sha256_file(path, hex, &nb, NULL) == CT_OK)
            ct_numfmt_count(bytes, sizeof bytes, nb);
        else
            hex[0] = '\0';
        char sha[CT_SHA256_HEX_SIZE + 8] = "";
        if (hex[0])
            snprintf(sha, sizeof sha, "sha256:%s", hex);
        const char *cmd = a->root ? source_command(c, i) : NULL;
        const char *cells[6] = {a->file, used_by[i], a->root ? "used" : a->why,
                                bytes,   sha,        cmd ? cmd : (a->root ? "(not recorded)" : "")};
        ct_html_table_row(c->h, cells);
    }
    ct_html_table_end(c->h, "Each section reads only the files named here; charts come from the "
                            "folder's charts/ (written by eda and queue-eval) or are drawn from "
                            "evaluate.json (calibration, importance). Recompute a hash with "
                            "sha256sum FILE.");
}

/* The command that rebuilds this page, with the options it was built with,
 * when it is not the run's report stage (a page rebuilt with other
 * assumptions, or in another folder): before 2026-12-05 such a page named
 * only the run's commands, which give the run's figures, not its own
 * (tests/cli/report_rebuilt_command). Written as run writes its report
 * stage (cmd_run.c), so that the run's own page compares equal; the stage's
 * --pdf changes no figure and is left out of the comparison. */
static void page_command(rep_ctx *c)
{
    const ct_report_options *o = &c->opt;
    char cmd[8192], w[4200], r[CT_CSV_NUM_MAX], cph[CT_CSV_NUM_MAX];
    ct_shell_word(w, sizeof w, c->dir);
    ct_csv_format_num(r, o->reviews_per_hour, CT_CSV_NUM_INT);
    ct_csv_format_num(cph, o->cost_per_hour, CT_CSV_NUM_INT);
    size_t n = (size_t)snprintf(cmd, sizeof cmd,
                                "claimtriage report -q %s --reviews-per-hour=%s --cost-per-hour=%s",
                                w, r, cph);
    if (o->start && n < sizeof cmd) {
        ct_shell_option_value(w, sizeof w, o->start);
        n += (size_t)snprintf(cmd + n, sizeof cmd - n, " --start=%s", w);
    }
    if (o->redact && n < sizeof cmd)
        n += (size_t)snprintf(cmd + n, sizeof cmd - n, " --redact");
    if (strcmp(o->currency, "USD") != 0 && n < sizeof cmd) {
        ct_shell_option_value(w, sizeof w, o->currency);
        n += (size_t)snprintf(cmd + n, sizeof cmd - n, " --currency=%s", w);
    }
    if (o->hours_per_day_set && n < sizeof cmd) {
        ct_csv_format_num(r, o->hours_per_day, CT_CSV_NUM_INT);
        n += (size_t)snprintf(cmd + n, sizeof cmd - n, " --hours-per-day=%s", r);
    }
    if (o->max_rows != 10 && n < sizeof cmd)
        snprintf(cmd + n, sizeof cmd - n, " --max-rows=%zu", o->max_rows);
    const char *stage = rep_str(rep_stage(c, "report"), "command");
    if (stage) {
        size_t sl = strlen(stage);
        static const char pdf[] = " --pdf";
        if (sl >= sizeof pdf - 1 && strcmp(stage + sl - (sizeof pdf - 1), pdf) == 0)
            sl -= sizeof pdf - 1;
        if (sl == strlen(cmd) && strncmp(stage, cmd, sl) == 0)
            return;
    }
    ct_html_paraf(c->h, "note",
                  "This page was built %s; this command rebuilds it, its figures included: %s",
                  stage ? "with other options or in another folder than the run's report stage "
                          "above (whose command rebuilds the run's own page)"
                        : "outside a run's report stage",
                  cmd);
}

void rep_write_appendix(rep_ctx *c)
{
    rep_section(c, "appendix", "Technical appendix for the data team");
    ct_html_para(c->h, NULL,
                 "Every number in this report comes from one of the files below, each the "
                 "--json output of a claimtriage command; the commands re-run the analysis "
                 "exactly (same input and seed give byte-identical outputs).");
    if (c->man)
        run_record(c);
    else
        ct_html_para(c->h, "missing", c->man_why);
    files_read(c);
    char r[32], cph[32], hpd[32];
    ct_numfmt_auto(r, sizeof r, c->opt.reviews_per_hour); /* a rate: 0.001 stays 0.001 */
    ct_numfmt_headline(cph, sizeof cph, c->opt.cost_per_hour);
    char day[96];
    /* the day the figures use: a run's --capacity is not an hour count
     * (before 2026-12-05 "4-hour review day" beside a day of 100 reviews:
     * tests/cli/report_hours_per_day_over_capacity) */
    if (c->fin.day_is_capacity) {
        char dr[32];
        rep_count(dr, sizeof dr, c->fin.day_reviews);
        snprintf(day, sizeof day, "a review day of the run's --capacity, %s review%s", dr,
                 rep_s(c->fin.day_reviews));
    } else {
        ct_numfmt_headline(hpd, sizeof hpd, rep_shown(c->opt.hours_per_day));
        snprintf(day, sizeof day, "%s-hour review day", hpd);
    }
    char mr[32];
    rep_count(mr, sizeof mr, (double)c->opt.max_rows);
    ct_html_paraf(c->h, "note",
                  "Report options: %s review%s an hour, %s %s a review hour, %s, "
                  "start %s, tables of rows capped at %s row%s%s.",
                  r, rep_s_shown(r), cph, c->opt.currency, day,
                  c->opt.start ? c->opt.start : "not given", mr, rep_s((double)c->opt.max_rows),
                  c->opt.redact ? ", redacted" : "");
    page_command(c);
    ct_html_section_end(c->h);
}
