/* cmd_plan.c — `claimtriage plan`: the project's milestones by PACE stage,
 * and, with --status DIR, which of them are done. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char plan_help[] =
    "usage: claimtriage plan [--json | --markdown] [--status DIR]\n\n"
    "Print the project plan: the milestones in delivery order, each with its PACE\n"
    "stage (Plan, Analyze, Construct, Execute), tasks (each in one stage), owner,\n"
    "deliverable and the claimtriage command that fulfils it.\n\n"
    "With --status DIR, a milestone is done only when its output file is in DIR\n"
    "and is that command's --json output written by this version of claimtriage\n"
    "(inspect.json, eda.json, test.json, regress.json, evaluate.json, score.json,\n"
    "report.json, run.json, plan.json); the reason is shown for every other one.\n\n"
    "Options:\n"
    "  --json                  machine-readable output (docs/plan.md)\n"
    "  --markdown              the table as Markdown, as docs/PROPOSAL.md carries it\n"
    "  --status=DIR            check which milestones' output files are in DIR\n" CLI_COMMON_HELP
    "\nExit codes: 0 printed (whatever is done), 2 usage error, 3 DIR unreadable.\n"
    "\nExample:\n  claimtriage inspect --json reports.csv > out/inspect.json\n"
    "  claimtriage plan --status out\n";

enum { OPT_MARKDOWN = CLI_OPT_FIRST_FREE, OPT_STATUS };

static size_t width(const char *s) { return ct_utf8_length(s, strlen(s)); }

static void pad(FILE *fp, const char *s, size_t w)
{
    fputs(s, fp);
    for (size_t k = width(s); k < w; k++)
        fputc(' ', fp);
}

/* The summary under the milestones. */
static void write_text_tail(FILE *fp, const ct_plan_status *st, size_t ndone, const char *dir)
{
    double effort = 0;
    for (size_t i = 0; i < ct_plan_count(); i++)
        effort += ct_plan_at(i)->effort_days;
    fprintf(fp, "\n%zu milestones, %g person-days estimated.\n", ct_plan_count(), effort);
    if (!st) {
        fprintf(fp, "Progress: save each command's --json output in one folder, then run\n"
                    "'claimtriage plan --status FOLDER'.\n");
        return;
    }
    fprintf(fp, "%zu of %zu milestones done in %s.\n", ndone, ct_plan_count(), dir);
    if (ndone < ct_plan_count()) {
        fprintf(fp, "\nNot done:\n");
        for (size_t i = 0; i < ct_plan_count(); i++)
            if (st[i].state != CT_PLAN_DONE)
                fprintf(fp, "  %zu %-9s %s\n", i + 1, ct_plan_at(i)->id, st[i].reason);
    }
}

/* Within CLI_WIDTH columns: per milestone a line (number, stage, title,
 * status), its owner, deliverable and command beneath, then its tasks,
 * wrapped. */
static void write_milestones_narrow(FILE *fp, const ct_plan_status *st)
{
    size_t wst = strlen("Construct");
    fprintf(fp, "#  %-*s  milestone%s\n", (int)wst, "stage", st ? " (status)" : "");
    char first[256];
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        fprintf(fp, "%-2zu %-*s  %s", i + 1, (int)wst, ct_pace_name(m->stage), m->title);
        if (st)
            fprintf(fp, " (%s)", ct_plan_state_name(st[i].state));
        fputc('\n', fp);
        size_t in = 3 + wst + 2;
        static const char *const lab[3] = {"owner", "deliverable", "command"};
        const char *val[3] = {m->owner, m->deliverable, m->command};
        for (size_t k = 0; k < 3; k++) {
            snprintf(first, sizeof first, "%*s%-12s ", (int)in, "", lab[k]);
            cli_print_wrapped(fp, first, in + 13, val[k]);
        }
        for (size_t t = 0; t < m->ntasks; t++) {
            snprintf(first, sizeof first, "%*s- %-*s ", (int)in, "", (int)wst,
                     ct_pace_name(m->tasks[t].stage));
            cli_print_wrapped(fp, first, in + 2 + wst + 1, m->tasks[t].text);
        }
    }
}

/* The table for people: one aligned row per milestone, its tasks beneath. */
static void write_text(FILE *fp, const ct_plan_status *st, size_t ndone, const char *dir)
{
    if (!cli_wide) {
        write_milestones_narrow(fp, st);
        write_text_tail(fp, st, ndone, dir);
        return;
    }
    enum { NCOL = 7 };
    static const char *const head[NCOL] = {"#",           "stage",   "milestone", "owner",
                                           "deliverable", "command", "status"};
    const size_t ncol = st ? NCOL : NCOL - 1;
    size_t w[NCOL];
    char num[24];
    for (size_t j = 0; j < NCOL; j++)
        w[j] = width(head[j]);
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        snprintf(num, sizeof num, "%zu", i + 1);
        const char *cell[NCOL] = {num,
                                  ct_pace_name(m->stage),
                                  m->title,
                                  m->owner,
                                  m->deliverable,
                                  m->command,
                                  st ? ct_plan_state_name(st[i].state) : ""};
        for (size_t j = 0; j < ncol; j++)
            if (width(cell[j]) > w[j])
                w[j] = width(cell[j]);
    }
    for (size_t j = 0; j < ncol; j++) {
        if (j + 1 < ncol)
            pad(fp, head[j], w[j] + 2);
        else
            fputs(head[j], fp);
    }
    fputc('\n', fp);
    size_t task_indent = w[0] + 2 + w[1] + 2;
    for (size_t i = 0; i < ct_plan_count(); i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        snprintf(num, sizeof num, "%zu", i + 1);
        const char *cell[NCOL] = {num,
                                  ct_pace_name(m->stage),
                                  m->title,
                                  m->owner,
                                  m->deliverable,
                                  m->command,
                                  st ? ct_plan_state_name(st[i].state) : ""};
        for (size_t j = 0; j < ncol; j++) {
            if (j + 1 < ncol)
                pad(fp, cell[j], w[j] + 2);
            else
                fputs(cell[j], fp);
        }
        fputc('\n', fp);
        for (size_t t = 0; t < m->ntasks; t++) {
            fprintf(fp, "%*s- ", (int)task_indent, "");
            pad(fp, ct_pace_name(m->tasks[t].stage), strlen("Construct") + 1);
            fprintf(fp, "%s\n", m->tasks[t].text);
        }
    }
    write_text_tail(fp, st, ndone, dir);
}

/* Markdown cell text: '|' escaped, as GitHub tables need. */
static void md_cell(FILE *fp, const char *s)
{
    for (; *s; s++) {
        if (*s == '|')
            fputc('\\', fp);
        fputc(*s, fp);
    }
}

static void write_markdown(FILE *fp)
{
    fputs("| # | PACE stage | Milestone | Tasks (PACE stage of each) | Owner | Deliverable | "
          "Received by | Depends on | Effort (days) | Command | Output file |\n",
          fp);
    fputs("|---|---|---|---|---|---|---|---|---|---|---|\n", fp);
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
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++) {
            size_t at = 0;
            while (at < ct_plan_count() && strcmp(ct_plan_at(at)->id, m->depends[k]) != 0)
                at++;
            fprintf(fp, "%s%zu (%s)", k ? ", " : "", at + 1, m->depends[k]);
        }
        fprintf(fp, " | %g | `%s` | `%s` |\n", m->effort_days, m->command, m->artifact);
    }
}

static int write_json(FILE *fp, const ct_plan_status *st, size_t ndone, const char *dir)
{
    ct_json *w = cli_json_begin(fp, "plan", 1);
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
        ct_json_key(w, "artifact_command");
        ct_json_str(w, m->artifact_command);
        ct_json_key(w, "artifact");
        ct_json_str(w, m->artifact);
        ct_json_key(w, "depends_on");
        ct_json_array_begin(w);
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++)
            ct_json_str(w, m->depends[k]);
        ct_json_array_end(w);
        ct_json_key(w, "effort_days");
        ct_json_num(w, m->effort_days);
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
        if (st) {
            ct_json_object_begin(w);
            ct_json_key(w, "state");
            ct_json_str(w, ct_plan_state_name(st[i].state));
            ct_json_key(w, "done");
            ct_json_bool(w, st[i].state == CT_PLAN_DONE);
            ct_json_key(w, "reason");
            ct_json_str(w, st[i].state == CT_PLAN_DONE ? NULL : st[i].reason);
            ct_json_object_end(w);
        } else {
            ct_json_null(w);
        }
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "total_effort_days");
    ct_json_num(w, effort);
    ct_json_key(w, "status_dir");
    ct_json_str(w, dir);
    ct_json_key(w, "done");
    if (st)
        ct_json_uint(w, ndone);
    else
        ct_json_null(w);
    ct_json_object_end(w);
    ct_status s = ct_json_finish(w);
    if (s == CT_EIO)
        cli_error("write error on standard output");
    return s ? CLI_EXIT_IO : CLI_EXIT_OK;
}

int cmd_plan(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, CLI_OPT_JSON},
        {"markdown", no_argument, NULL, OPT_MARKDOWN},
        {"status", required_argument, NULL, OPT_STATUS},
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int json = 0, markdown = 0, c;
    const char *dir = NULL;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case 'h': fputs(plan_help, stdout); return CLI_EXIT_OK;
        case 'q': cli_quiet = 1; break;
        case CLI_OPT_WIDE: cli_wide = 1; break;
        case CLI_OPT_JSON: json = 1; break;
        case OPT_MARKDOWN: markdown = 1; break;
        case OPT_STATUS: dir = optarg; break;
        default: return cli_usage("plan", "unknown or incomplete option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage("plan", "unexpected argument '%s'", argv[optind]);
    if (json && markdown)
        return cli_usage("plan", "--json and --markdown exclude each other");
    if (markdown && dir)
        return cli_usage("plan", "--markdown prints the plan only; use --status without it");
    if (dir && !*dir)
        return cli_usage("plan", "--status needs a directory");
    if (markdown) {
        write_markdown(stdout);
        return CLI_EXIT_OK;
    }
    ct_plan_status *st = NULL;
    size_t ndone = 0;
    if (dir) {
        st = calloc(ct_plan_count(), sizeof *st);
        if (!st) {
            cli_error("out of memory");
            return CLI_EXIT_IO;
        }
        ct_diag d;
        ct_diag_clear(&d);
        ct_status s = ct_plan_status_dir(dir, NULL, st, &ndone, &d);
        if (s) {
            free(st);
            return cli_fail(s, &d);
        }
    }
    int rc = CLI_EXIT_OK;
    if (json)
        rc = write_json(stdout, st, ndone, dir);
    else
        write_text(stdout, st, ndone, dir);
    free(st);
    return rc;
}
