/* fuzz_plan.c — libFuzzer target for `plan --status`: the run manifest
 * reader and the judgement of a run folder (app/plan_status.c), and the
 * artifact layouts (app/plan_schema.c), on outside input.
 *
 * Each input is written as manifest.json into a scratch folder that also
 * holds a complete inspect.json and the input it names; ct_plan_status_dir
 * then judges the folder. Invariants: it returns CT_OK; every state is one
 * of the three; every reason is NUL-terminated within its buffer and
 * non-empty exactly when the milestone is not done; ndone counts the done
 * milestones; nothing is done unless the manifest counts, and a done
 * milestone's input is the manifest's input hash; blocked_by names only
 * dependencies that are not done. The input is also parsed as JSON and
 * validated against every documented layout (the reason must be set exactly
 * on failure). A violated invariant aborts. Seeds: tests/fuzz/corpus/plan/
 * (manifests as tests/cli/plan_run_folder/make_run.py writes them, and
 * damaged variants).
 */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
    if (!ok)
        abort();
}

static char dir[64];

static void put(const char *name, const void *p, size_t n)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    check(fp != NULL);
    check(fwrite(p, 1, n, fp) == n || n == 0);
    check(fclose(fp) == 0);
}

static void cleanup(void)
{
    static const char *const names[] = {"in.csv", "inspect.json", "manifest.json"};
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/ct_fuzz_plan_XXXXXX");
    check(mkdtemp(dir) != NULL);
    atexit(cleanup);
    put("in.csv", "a,b\n1,2\n", 8);
    char text[1024];
    int n = snprintf(text, sizeof text,
                     "{\"tool\": \"claimtriage\", \"version\": \"%s\", \"command\": \"inspect\", "
                     "\"schema_version\": 2, \"file\": \"in.csv\", \"rows\": 1, \"columns\": 2, "
                     "\"rows_read\": 1, \"rows_used\": 1, \"rows_skipped\": 0, \"blank_lines\": 0, "
                     "\"column_profiles\": [], \"target\": null, \"duplicate_rows\": 0, "
                     "\"duplicate_ids\": [], \"rows_with_missing\": 0, \"missing_patterns\": []}\n",
                     ct_version());
    put("inspect.json", text, (size_t)n);
}

static int terminated(const char *s, size_t cap) { return memchr(s, '\0', cap) != NULL; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0])
        setup();
    put("manifest.json", data, size);

    size_t n = ct_plan_count();
    ct_plan_status st[16];
    check(n <= 16);
    ct_plan_run run;
    size_t ndone = 0;
    ct_diag d;
    ct_diag_clear(&d);
    check(ct_plan_status_dir(dir, NULL, st, &run, &ndone, &d) == CT_OK);
    check(terminated(run.reason, sizeof run.reason));
    check(terminated(run.input_file, sizeof run.input_file));
    check(run.valid == 0 || run.valid == 1);
    check(run.valid ? run.reason[0] == '\0' : run.reason[0] != '\0');
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        check(st[i].state == CT_PLAN_DONE || st[i].state == CT_PLAN_MISSING ||
              st[i].state == CT_PLAN_INVALID);
        check(terminated(st[i].reason, sizeof st[i].reason));
        check((st[i].state == CT_PLAN_DONE) == (st[i].reason[0] == '\0'));
        if (st[i].state == CT_PLAN_DONE) {
            done++;
            check(run.valid);
            check(strcmp(st[i].input_sha256, run.input_sha256) == 0);
        }
        check(st[i].nblocked <= CT_PLAN_MAX_NEEDS);
        for (size_t k = 0; k < st[i].nblocked; k++) {
            size_t j = ct_plan_index(st[i].blocked_by[k]);
            check(j < i && st[j].state != CT_PLAN_DONE);
            /* an input of the milestone, never its order alone */
            int needed = 0;
            for (size_t q = 0; q < CT_PLAN_MAX_NEEDS && ct_plan_at(i)->needs[q]; q++)
                needed |= strcmp(ct_plan_at(i)->needs[q], st[i].blocked_by[k]) == 0;
            check(needed);
        }
    }
    check(done == ndone);
    /* the report's judgement (report_pending): the same states, and every
     * milestone done as the folder is stays done once the report is there */
    ct_plan_status_options po = ct_plan_status_options_default();
    po.report_pending = 1;
    ct_plan_status pst[16];
    ct_plan_run prun;
    check(ct_plan_status_dir(dir, &po, pst, &prun, NULL, &d) == CT_OK);
    for (size_t i = 0; i < n; i++) {
        check((pst[i].state == CT_PLAN_DONE) == (pst[i].reason[0] == '\0'));
        check(pst[i].state != CT_PLAN_DONE || prun.valid);
        check(st[i].state != CT_PLAN_DONE || pst[i].state == CT_PLAN_DONE);
    }

    ct_json_doc *doc = NULL;
    if (ct_json_parse((const char *)data, size, NULL, NULL, &doc, &d) == CT_OK) {
        char why[512];
        for (size_t i = 0; i < ct_plan_schema_count(); i++) {
            ct_status s = ct_plan_schema_validate(ct_json_doc_root(doc), ct_plan_schema_at(i), why,
                                                  sizeof why);
            check(s == CT_OK || s == CT_EFORMAT);
            check((s == CT_OK) == (why[0] == '\0'));
        }
        ct_json_doc_free(doc);
    }
    return 0;
}
