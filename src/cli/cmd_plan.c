/* cmd_plan.c — `claimtriage plan`: the project's milestones by PACE stage
 * with planned dates, the documented artifact layouts (--schemas), and,
 * with --status DIR, which milestones a `claimtriage run` folder proves
 * done, why the others are not and what blocks what. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char plan_help[] =
    "usage: claimtriage plan [--json | --markdown] [--start DATE]\n"
    "                        [--status DIR [--input FILE]]\n"
    "       claimtriage plan --schemas\n\n"
    "Print the project plan: the milestones in delivery order, each with its PACE\n"
    "stage (Plan, Analyze, Construct, Execute), tasks (each in one stage), owner,\n"
    "deliverable, the claimtriage command that fulfils it and its planned working\n"
    "days: a milestone takes its effort estimate in working days (Mon-Fri) and\n"
    "starts the working day after the last milestone it is planned after ends\n"
    "(the plan's order). With --start, the working days become calendar dates\n"
    "(a weekend start moves to the Monday).\n\n"
    "With --status DIR, a milestone is done only when DIR is the folder of a\n"
    "`claimtriage run` of this version (DIR/manifest.json) and each of its files\n"
    "is the one the run wrote (same SHA-256 as in the manifest), its stage\n"
    "finished, the complete output of its command (every documented key) and\n"
    "made from the run's input. --input FILE also requires the run to be of FILE\n"
    "(same SHA-256). For each milestone: its state, files and input, why it is\n"
    "not done, and which milestones block it: its inputs not done (the outputs\n"
    "it needs to run, --json's needs), never the order alone.\n\n"
    "Options:\n"
    "  --json                  machine-readable output (docs/formats.md)\n"
    "  --markdown              the table as Markdown, as docs/PROPOSAL.md carries it\n"
    "  --start=DATE            plan from DATE (YYYY-MM-DD) instead of relative days\n"
    "  --status=DIR            check which milestones the run folder DIR proves done\n"
    "  --input=FILE            with --status: the run must be of this input file\n"
    "  --schemas               the keys --status requires of each file (Markdown)\n" CLI_COMMON_HELP
    "\nExit codes: 0 printed (whatever is done), 2 usage error or bad date (DIR a\n"
    "file or a path through one), 3 DIR or FILE unreadable.\n"
    "\nExample:\n  claimtriage run reports.csv -o out\n"
    "  claimtriage plan --status out --input reports.csv\n";

enum { OPT_MARKDOWN = CLI_OPT_FIRST_FREE, OPT_STATUS, OPT_INPUT, OPT_START, OPT_SCHEMAS };

/* What every writer needs. */
typedef struct plan_view {
    const ct_plan_dates *dates;
    int ndays;
    const char *start;        /* --start or NULL */
    const ct_plan_status *st; /* NULL without --status */
    const ct_plan_run *run;
    size_t ndone;
    const char *dir;
    const char *input; /* --input or NULL */
} plan_view;

/* "day 3–5" or "2026-12-03 – 2026-12-07" (one day: "day 3", "2026-12-03"). */
static const char *planned(const ct_plan_dates *d, char *buf, size_t n)
{
    if (d->start[0]) {
        if (d->start_day == d->end_day)
            snprintf(buf, n, "%s", d->start);
        else
            snprintf(buf, n, "%s – %s", d->start, d->end);
    } else if (d->start_day == d->end_day) {
        snprintf(buf, n, "day %d", d->start_day);
    } else {
        snprintf(buf, n, "day %d–%d", d->start_day, d->end_day);
    }
    return buf;
}

/* "sha256:0123456789ab" (12 hex digits: enough to tell files apart). */
static const char *short_hash(const char *h, char *buf, size_t n)
{
    snprintf(buf, n, "%.19s", h);
    return buf;
}

/* ------------------------------------------------------------ text */

/* A milestone's state as people read it: a done milestone with a task
 * pending is "partly done" (short: "partly", the status table's 9-column
 * cell), as the count line says it; before 2026-12-06 its cell said "done"
 * beside "8 of 9 milestones done" (tests/cli/plan_status_partly_cell).
 * --json keeps state "done" with pending_task beside it. */
static const char *state_said(const ct_plan_status *s, int short_)
{
    if (s->state == CT_PLAN_DONE && s->pending_task)
        return short_ ? "partly" : "partly done";
    return ct_plan_state_name(s->state);
}

static void write_status(FILE *fp, const plan_view *v)
{
    const ct_plan_run *r = v->run;
    char h[32], first[160];
    fputc('\n', fp);
    if (r->valid || r->status[0]) {
        char line[1024], stopped[96] = "";
        /* a run someone stopped: "failed" in the manifest, said as stopped */
        if (r->stopped_by[0])
            snprintf(stopped, sizeof stopped,
                     "stopped by %s (\"failed\" in manifest.json; nothing failed)", r->stopped_by);
        snprintf(line, sizeof line, "status %s%s%s, input %s (%s%s), version %s.",
                 r->interrupted ? "running in manifest.json, but interrupted (no run holds the "
                                  "folder)"
                 : stopped[0]   ? stopped
                                : r->status,
                 r->failed_stage[0] ? " at stage " : "", r->failed_stage, r->input_file,
                 short_hash(r->input_sha256, h, sizeof h),
                 r->synthetic ? ", the built-in synthetic sample" : "", ct_version());
        cli_print_wrapped(fp, "Run: ", 5, line);
    }
    if (r->valid && r->synthetic)
        cli_print_wrapped(fp, "Note: ", 6,
                          "the run's input is the built-in synthetic sample (claimtriage demo): "
                          "its milestones prove the workflow, not results on real reports; "
                          "--input FILE requires a run of FILE.");
    if (r->input_checked)
        fprintf(fp, "Input given: %s (%s): %s.\n", v->input,
                short_hash(r->given_sha256, h, sizeof h),
                r->input_matches ? "the run's input" : "not the run's input");
    /* a done milestone with a task pending is partly done, as the report
     * counts it (before 2026-12-06 counted done here, "all 9 done" in the
     * report: tests/cli/report_plan_partly_done) */
    size_t partly = 0, which = 0;
    for (size_t i = 0; i < ct_plan_count() && r->valid; i++)
        if (v->st[i].state == CT_PLAN_DONE && v->st[i].pending_task && !partly++)
            which = i + 1;
    char part[96] = "";
    if (partly == 1)
        snprintf(part, sizeof part, "; milestone %zu partly done, a task pending", which);
    else if (partly)
        snprintf(part, sizeof part, "; %zu partly done, a task pending in each", partly);
    fprintf(fp, "%zu of %zu milestones done in %s%s.\n", v->ndone - partly, ct_plan_count(), v->dir,
            part);
    if (!r->valid)
        cli_print_wrapped(fp, "Nothing counts: ", 16, r->reason);
    fprintf(fp, "\n#  %-9s %-9s files and the input behind them\n", "milestone", "state");
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        const ct_plan_status *s = &v->st[i];
        char files[512] = "";
        size_t at = 0;
        for (size_t k = 0; k < m->nartifacts; k++) {
            int w = snprintf(files + at, sizeof files - at, "%s%s%s%s", k ? ", " : "",
                             m->artifacts[k].file, s->artifact_sha256[k][0] ? " " : "",
                             short_hash(s->artifact_sha256[k], h, sizeof h));
            if (w > 0 && (size_t)w < sizeof files - at)
                at += (size_t)w;
        }
        if (s->input_sha256[0])
            snprintf(files + at, sizeof files - at, "; input %s",
                     short_hash(s->input_sha256, h, sizeof h));
        snprintf(first, sizeof first, "%-2zu %-9s %-9s ", i + 1, m->id,
                 r->valid ? state_said(s, 1) : ct_plan_state_name(s->state));
        cli_print_wrapped(fp, first, 23, files);
        if (s->state != CT_PLAN_DONE && r->valid)
            cli_print_wrapped(fp, "                       why: ", 28, s->reason);
        else if (s->reason[0] && r->valid)
            cli_print_wrapped(fp, "                       note: ", 29, s->reason);
        if (s->pending_task && s->pending_task <= m->ntasks && r->valid) {
            char what[1024];
            snprintf(what, sizeof what, "task '%s' is not done: %s",
                     m->tasks[s->pending_task - 1].text, s->pending);
            cli_print_wrapped(fp, "                       pending: ", 32, what);
        }
        if (s->nblocked) {
            char list[256] = "";
            size_t la = 0;
            for (size_t k = 0; k < s->nblocked; k++) {
                int w =
                    snprintf(list + la, sizeof list - la, "%s%s", k ? ", " : "", s->blocked_by[k]);
                if (w > 0 && (size_t)w < sizeof list - la)
                    la += (size_t)w;
            }
            if (s->state == CT_PLAN_DONE) /* its files stand; what it builds on does not */
                cli_print_wrapped(fp, "                       but depends on (not done): ", 50,
                                  list);
            else
                cli_print_wrapped(fp, "                       blocked by: ", 35, list);
        }
    }
}

/* The summary under the milestones. */
static void write_text_tail(FILE *fp, const plan_view *v)
{
    double effort = 0;
    for (size_t i = 0; i < ct_plan_count(); i++)
        effort += ct_plan_at(i)->effort_days;
    fprintf(fp, "\n%zu milestones, %g person-days estimated, %d working days", ct_plan_count(),
            effort, v->ndays);
    if (v->start)
        fprintf(fp, " from %s to %s", v->dates[0].start, v->dates[ct_plan_count() - 1].end);
    fputs(".\n", fp);
    if (!v->st) {
        fprintf(fp, "Progress: run 'claimtriage run FILE -o FOLDER', then\n"
                    "'claimtriage plan --status FOLDER --input FILE'.\n");
        return;
    }
    write_status(fp, v);
}

/* Within CLI_WIDTH columns: per milestone a line (number, stage, title,
 * status), its owner, deliverable, command and planned days beneath, then
 * its tasks, wrapped. */
static void write_milestones_narrow(FILE *fp, const plan_view *v)
{
    size_t wst = strlen("Construct");
    fprintf(fp, "#  %-*s  milestone%s\n", (int)wst, "stage", v->st ? " (status)" : "");
    char first[256], when[64];
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        fprintf(fp, "%-2zu %-*s  %s", i + 1, (int)wst, ct_pace_name(m->stage), m->title);
        if (v->st)
            fprintf(fp, " (%s)", state_said(&v->st[i], 0));
        fputc('\n', fp);
        size_t in = 3 + wst + 2;
        static const char *const lab[5] = {"owner", "deliverable", "serves", "command", "planned"};
        const char *val[5] = {m->owner, m->deliverable, m->audience, m->command,
                              planned(&v->dates[i], when, sizeof when)};
        for (size_t k = 0; k < 5; k++) {
            snprintf(first, sizeof first, "%*s%-12s ", (int)in, "", lab[k]);
            cli_print_wrapped(fp, first, in + 13, val[k]);
        }
        for (size_t t = 0; t < m->ntasks; t++) {
            snprintf(first, sizeof first, "%*s- %-*s ", (int)in, "", (int)wst,
                     ct_pace_name(m->tasks[t].stage));
            char task[256];
            snprintf(task, sizeof task, "%s%s", m->tasks[t].text,
                     v->st && v->st[i].pending_task == t + 1 ? " (pending)" : "");
            cli_print_wrapped(fp, first, in + 2 + wst + 1, task);
        }
    }
}

/* The table for people: one aligned row per milestone, its tasks beneath. */
static void write_text(FILE *fp, const plan_view *v)
{
    if (!cli_wide) {
        write_milestones_narrow(fp, v);
        write_text_tail(fp, v);
        return;
    }
    enum { NCOL = 9 };
    static const char *const head[NCOL] = {"#",      "stage",   "milestone", "owner", "deliverable",
                                           "serves", "command", "planned",   "status"};
    const size_t ncol = v->st ? NCOL : NCOL - 1;
    size_t w[NCOL];
    char num[24], when[64];
    for (size_t j = 0; j < NCOL; j++)
        w[j] = ct_textwidth_z(head[j]);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            for (size_t j = 0; j < ncol; j++) {
                if (j + 1 < ncol)
                    ct_textwidth_pad(fp, head[j], w[j] + 2, 0);
                else
                    fputs(head[j], fp);
            }
            fputc('\n', fp);
        }
        for (size_t i = 0; i < ct_plan_count(); i++) {
            const ct_plan_milestone *m = ct_plan_at(i);
            snprintf(num, sizeof num, "%zu", i + 1);
            const char *cell[NCOL] = {num,
                                      ct_pace_name(m->stage),
                                      m->title,
                                      m->owner,
                                      m->deliverable,
                                      m->audience,
                                      m->command,
                                      planned(&v->dates[i], when, sizeof when),
                                      v->st ? state_said(&v->st[i], 0) : ""};
            if (pass == 0) {
                for (size_t j = 0; j < ncol; j++)
                    if (ct_textwidth_z(cell[j]) > w[j])
                        w[j] = ct_textwidth_z(cell[j]);
                continue;
            }
            for (size_t j = 0; j < ncol; j++) {
                if (j + 1 < ncol)
                    ct_textwidth_pad(fp, cell[j], w[j] + 2, 0);
                else
                    fputs(cell[j], fp);
            }
            fputc('\n', fp);
            for (size_t t = 0; t < m->ntasks; t++) {
                fprintf(fp, "%*s- ", (int)(w[0] + 2 + w[1] + 2), "");
                ct_textwidth_pad(fp, ct_pace_name(m->tasks[t].stage), strlen("Construct") + 1, 0);
                fprintf(fp, "%s%s\n", m->tasks[t].text,
                        v->st && v->st[i].pending_task == t + 1 ? " (pending)" : "");
            }
        }
    }
    write_text_tail(fp, v);
}

/* ------------------------------------------------------------ Markdown */

/* Markdown cell text: '|' escaped, as GitHub tables need. */
static void md_cell(FILE *fp, const char *s)
{
    for (; *s; s++) {
        if (*s == '|')
            fputc('\\', fp);
        fputc(*s, fp);
    }
}

static void write_markdown(FILE *fp, const plan_view *v)
{
    fprintf(fp,
            "| # | PACE stage | Milestone | Tasks (PACE stage of each) | Owner | Deliverable | "
            "Received by | Depends on | Effort (days) | Planned (%s) | Command | Output files |\n",
            v->start ? "dates" : "working days");
    fputs("|---|---|---|---|---|---|---|---|---|---|---|---|\n", fp);
    char when[64];
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        fprintf(fp, "| %zu | %s | ", i + 1, ct_pace_name(m->stage));
        md_cell(fp, m->title);
        fputs(" | ", fp);
        for (size_t t = 0; t < m->ntasks; t++) {
            fprintf(fp, "%s*%s:* ", t ? "<br>" : "", ct_pace_name(m->tasks[t].stage));
            md_cell(fp, m->tasks[t].text);
        }
        fputs(" | ", fp);
        md_cell(fp, m->owner);
        fputs(" | ", fp);
        md_cell(fp, m->deliverable);
        fputs(" | ", fp);
        md_cell(fp, m->audience);
        fputs(" | ", fp);
        if (!m->depends[0])
            fputs("none", fp);
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++)
            fprintf(fp, "%s%zu (%s)", k ? ", " : "", ct_plan_index(m->depends[k]) + 1,
                    m->depends[k]);
        fprintf(fp, " | %g | %s | `%s` | ", m->effort_days,
                planned(&v->dates[i], when, sizeof when), m->command);
        for (size_t k = 0; k < m->nartifacts; k++)
            fprintf(fp, "%s`%s`", k ? ", " : "", m->artifacts[k].file);
        fputs(" |\n", fp);
    }
}

/* The keys `--status` requires of each artifact, as docs/formats.md
 * carries them. */
static void write_schemas(FILE *fp)
{
    fputs("| File | Command | schema_version | Required keys (type) | Names the input |\n", fp);
    fputs("|---|---|---|---|---|\n", fp);
    char types[96];
    for (size_t i = 0; i < ct_plan_schema_count(); i++) {
        const ct_plan_schema *s = ct_plan_schema_at(i);
        const char *file = NULL;
        for (size_t m = 0; !file && m < ct_plan_count(); m++)
            for (size_t k = 0; k < ct_plan_at(m)->nartifacts; k++)
                if (strcmp(ct_plan_at(m)->artifacts[k].command, s->command) == 0)
                    file = ct_plan_at(m)->artifacts[k].file;
        fprintf(fp, "| `%s` | `%s` | %lld | ", file ? file : "-", s->command,
                (long long)s->schema_version);
        if (!s->nkeys)
            fputs("the artifact header only (layout documented with the command)", fp);
        for (size_t k = 0; k < s->nkeys; k++)
            fprintf(fp, "%s`%s` (%s)", k ? ", " : "", s->keys[k].path,
                    ct_plan_type_names(s->keys[k].types, types, sizeof types));
        fputs(" | ", fp);
        size_t nn = 0;
        for (size_t k = 0; s->input_keys && s->input_keys[k]; k++, nn++)
            fprintf(fp, "%s`%s` (file)", nn ? ", " : "", s->input_keys[k]);
        for (size_t k = 0; s->hash_keys && s->hash_keys[k]; k++, nn++)
            fprintf(fp, "%s`%s` (sha256)", nn ? ", " : "", s->hash_keys[k]);
        if (!nn)
            fputs("-", fp);
        fputs(" |\n", fp);
    }
}

/* ------------------------------------------------------------ JSON */

static void json_status(ct_json *w, const ct_plan_milestone *m, const ct_plan_status *s)
{
    ct_json_object_begin(w);
    ct_json_key(w, "state");
    ct_json_str(w, ct_plan_state_name(s->state));
    ct_json_key(w, "done");
    ct_json_bool(w, s->state == CT_PLAN_DONE);
    ct_json_key(w, "reason");
    ct_json_str(w, s->reason[0] ? s->reason : NULL);
    ct_json_key(w, "files");
    ct_json_array_begin(w);
    for (size_t k = 0; k < m->nartifacts; k++) {
        ct_json_object_begin(w);
        ct_json_key(w, "file");
        ct_json_str(w, m->artifacts[k].file);
        ct_json_key(w, "sha256");
        ct_json_str(w, s->artifact_sha256[k][0] ? s->artifact_sha256[k] : NULL);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "input_sha256");
    ct_json_str(w, s->input_sha256[0] ? s->input_sha256 : NULL);
    ct_json_key(w, "blocked_by");
    ct_json_array_begin(w);
    for (size_t k = 0; k < s->nblocked; k++)
        ct_json_str(w, s->blocked_by[k]);
    ct_json_array_end(w);
    ct_json_key(w, "pending_task");
    if (s->pending_task && s->pending_task <= m->ntasks) {
        ct_json_object_begin(w);
        ct_json_key(w, "task");
        ct_json_str(w, m->tasks[s->pending_task - 1].text);
        ct_json_key(w, "why");
        ct_json_str(w, s->pending);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    ct_json_object_end(w);
}

static void json_run(ct_json *w, const ct_plan_run *r)
{
    ct_json_object_begin(w);
    ct_json_key(w, "manifest_valid");
    ct_json_bool(w, r->status[0] != '\0');
    ct_json_key(w, "counts");
    ct_json_bool(w, r->valid);
    ct_json_key(w, "reason");
    ct_json_str(w, r->valid ? NULL : r->reason);
    ct_json_key(w, "run_status");
    ct_json_str(w, r->status[0] ? r->status : NULL);
    ct_json_key(w, "interrupted");
    ct_json_bool(w, r->interrupted);
    ct_json_key(w, "failed_stage");
    ct_json_str(w, r->failed_stage[0] ? r->failed_stage : NULL);
    ct_json_key(w, "input");
    if (r->input_sha256[0]) {
        ct_json_object_begin(w);
        ct_json_key(w, "file");
        ct_json_str(w, r->input_file);
        ct_json_key(w, "sha256");
        ct_json_str(w, r->input_sha256);
        ct_json_key(w, "synthetic");
        ct_json_bool(w, r->synthetic);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_key(w, "input_given");
    if (r->input_checked) {
        ct_json_object_begin(w);
        ct_json_key(w, "sha256");
        ct_json_str(w, r->given_sha256);
        ct_json_key(w, "matches");
        ct_json_bool(w, r->input_matches);
        ct_json_object_end(w);
    } else {
        ct_json_null(w);
    }
    ct_json_object_end(w);
}

static int write_json(FILE *fp, const plan_view *v)
{
    ct_json *w = cli_json_begin(fp, "plan", 2);
    if (!w)
        return CLI_EXIT_IO;
    double effort = 0;
    ct_json_key(w, "milestones");
    ct_json_array_begin(w);
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        effort += m->effort_days;
        ct_json_object_begin(w);
        ct_json_key(w, "number");
        ct_json_uint(w, i + 1);
        ct_json_key(w, "id");
        ct_json_str(w, m->id);
        ct_json_key(w, "title");
        ct_json_str(w, m->title);
        ct_json_key(w, "stage");
        ct_json_str(w, ct_pace_name(m->stage));
        ct_json_key(w, "owner");
        ct_json_str(w, m->owner);
        ct_json_key(w, "deliverable");
        ct_json_str(w, m->deliverable);
        ct_json_key(w, "received_by");
        ct_json_str(w, m->audience);
        ct_json_key(w, "command");
        ct_json_str(w, m->command);
        ct_json_key(w, "artifacts");
        ct_json_array_begin(w);
        for (size_t k = 0; k < m->nartifacts; k++) {
            ct_json_object_begin(w);
            ct_json_key(w, "file");
            ct_json_str(w, m->artifacts[k].file);
            ct_json_key(w, "command");
            ct_json_str(w, m->artifacts[k].command);
            ct_json_key(w, "run_stage");
            ct_json_str(w, m->artifacts[k].stage);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_key(w, "depends_on");
        ct_json_array_begin(w);
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++)
            ct_json_str(w, m->depends[k]);
        ct_json_array_end(w);
        /* appended 2026-12-05: its inputs; depends_on is the plan's order
         * (docs/formats.md, "plan --json") */
        ct_json_key(w, "needs");
        ct_json_array_begin(w);
        for (size_t k = 0; k < CT_PLAN_MAX_NEEDS && m->needs[k]; k++)
            ct_json_str(w, m->needs[k]);
        ct_json_array_end(w);
        ct_json_key(w, "effort_days");
        ct_json_num(w, m->effort_days);
        ct_json_key(w, "planned");
        ct_json_object_begin(w);
        ct_json_key(w, "start_day");
        ct_json_int(w, v->dates[i].start_day);
        ct_json_key(w, "end_day");
        ct_json_int(w, v->dates[i].end_day);
        ct_json_key(w, "start");
        ct_json_str(w, v->start ? v->dates[i].start : NULL);
        ct_json_key(w, "end");
        ct_json_str(w, v->start ? v->dates[i].end : NULL);
        ct_json_object_end(w);
        ct_json_key(w, "tasks");
        ct_json_array_begin(w);
        for (size_t t = 0; t < m->ntasks; t++) {
            ct_json_object_begin(w);
            ct_json_key(w, "stage");
            ct_json_str(w, ct_pace_name(m->tasks[t].stage));
            ct_json_key(w, "task");
            ct_json_str(w, m->tasks[t].text);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_key(w, "status");
        if (v->st)
            json_status(w, m, &v->st[i]);
        else
            ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "total_effort_days");
    ct_json_num(w, effort);
    ct_json_key(w, "total_working_days");
    ct_json_int(w, v->ndays);
    ct_json_key(w, "start_date");
    ct_json_str(w, v->start);
    ct_json_key(w, "status_dir");
    ct_json_str(w, v->dir);
    ct_json_key(w, "run");
    if (v->st)
        json_run(w, v->run);
    else
        ct_json_null(w);
    ct_json_key(w, "done");
    if (v->st)
        ct_json_uint(w, v->ndone);
    else
        ct_json_null(w);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_stdout_error();
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

int cmd_plan(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"markdown", no_argument, NULL, OPT_MARKDOWN},
        {"status", required_argument, NULL, OPT_STATUS},
        {"input", required_argument, NULL, OPT_INPUT},
        {"start", required_argument, NULL, OPT_START},
        {"schemas", no_argument, NULL, OPT_SCHEMAS},
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int json = 0, markdown = 0, schemas = 0, c;
    const char *dir = NULL, *input = NULL, *start = NULL;
    opterr = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': fputs(plan_help, stdout); return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case CLI_OPT_WIDE: cli_wide = 1; break;
        case CLI_OPT_JSON: json = 1; break;
        case OPT_MARKDOWN: markdown = 1; break;
        case OPT_SCHEMAS: schemas = 1; break;
        case OPT_STATUS: dir = optarg; break;
        case OPT_INPUT: input = optarg; break;
        case OPT_START: start = optarg; break;
        default: return cli_bad_option("plan", argv);
        }
    }
    if (optind < argc)
        return cli_usage("plan", "unexpected argument '%s'", argv[optind]);
    if (json && markdown)
        return cli_usage("plan", "--json and --markdown exclude each other");
    if (schemas && (json || markdown || dir || input || start))
        return cli_usage("plan", "--schemas prints the artifact layouts only; use it alone");
    if (markdown && dir)
        return cli_usage("plan", "--markdown prints the plan only; use --status without it");
    if (dir && !*dir)
        return cli_usage("plan", "--status needs a folder");
    if (input && !dir)
        return cli_usage("plan", "--input checks a run folder: use it with --status DIR");
    if (input && (!*input || strcmp(input, "-") == 0))
        return cli_usage("plan", "--input needs a file name (standard input cannot be hashed "
                                 "and compared)");
    /* a file given as --status DIR: a usage error, as report DIR, run -o
     * and eda -o say it (before 2026-12-04 exit 3, "not a directory":
     * tests/cli/folder_operand_is_file) */
    const char *const inputs[] = {input};
    if (cli_refuse_file_as_folder(dir, inputs, 1, "it holds no run's files",
                                  "--status names the folder a run wrote (claimtriage run FILE -o "
                                  "DIR): give that folder") != CLI_OPT_NEXT ||
        cli_refuse_folder_through_file(dir, "a name in DIR is a file where a folder was meant: "
                                            "--status names the folder a run wrote (claimtriage "
                                            "run FILE -o DIR): give that folder") != CLI_OPT_NEXT)
        return CLI_EXIT_USAGE;
    if (schemas) {
        write_schemas(stdout);
        return CLI_EXIT_OK;
    }
    ct_plan_dates *dates = calloc(ct_plan_count(), sizeof *dates);
    if (!dates) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    plan_view v = {dates, 0, start, NULL, NULL, 0, dir, input};
    ct_diag d;
    ct_diag_clear(&d);
    if (ct_plan_schedule(start, dates, &v.ndays, &d) != CT_OK) {
        free(dates);
        return cli_usage("plan", "--start: %s", d.message);
    }
    if (markdown) {
        write_markdown(stdout, &v);
        free(dates);
        return CLI_EXIT_OK;
    }
    ct_plan_status *st = NULL;
    ct_plan_run *run = NULL;
    if (dir) {
        st = calloc(ct_plan_count(), sizeof *st);
        run = calloc(1, sizeof *run);
        if (!st || !run) {
            free(st);
            free(run);
            free(dates);
            cli_error("out of memory");
            return CLI_EXIT_IO;
        }
        ct_plan_status_options opt = ct_plan_status_options_default();
        opt.input = input;
        ct_status s = ct_plan_status_dir(dir, &opt, st, run, &v.ndone, &d);
        if (s) {
            free(st);
            free(run);
            free(dates);
            return cli_fail(s, &d);
        }
        v.st = st;
        v.run = run;
    }
    int rc = CLI_EXIT_OK;
    if (json)
        rc = write_json(stdout, &v);
    else
        write_text(stdout, &v);
    free(st);
    free(run);
    free(dates);
    return rc;
}
