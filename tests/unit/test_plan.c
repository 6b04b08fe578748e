/* test_plan.c — the milestone table's invariants, the planned dates, the
 * artifact layouts and the run-folder check behind `claimtriage plan
 * --status` (rules (a)-(e) of claimtriage/plan.h). The whole-command view,
 * on folders built by the real commands, is in tests/cli/plan_status_*. */
#include "ct_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static void test_table(void **state)
{
    (void)state;
    size_t n = ct_plan_count();
    assert_true(n >= 8);
    assert_null(ct_plan_at(n));
    size_t stage_seen[4] = {0};
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        assert_non_null(m);
        assert_ptr_equal(ct_plan_find(m->id), m);
        assert_int_equal(ct_plan_index(m->id), i);
        assert_true(m->stage <= CT_PACE_EXECUTE);
        assert_true(m->title[0] && m->owner[0] && m->deliverable[0] && m->audience[0]);
        assert_true(strncmp(m->command, "claimtriage ", 12) == 0);
        /* each artifact is the output of a documented command, named after
         * the run stage that writes it (queue-eval -> queue_eval.json) */
        assert_true(m->nartifacts >= 1 && m->nartifacts <= CT_PLAN_MAX_ARTIFACTS);
        for (size_t k = 0; k < m->nartifacts; k++) {
            const ct_plan_artifact *a = &m->artifacts[k];
            assert_non_null(ct_plan_schema_find(a->command));
            assert_non_null(strstr(m->command, a->command));
            char want[64];
            if (a->stage) {
                assert_string_equal(a->stage, a->command);
                snprintf(want, sizeof want, "%s.json", a->stage);
                for (char *p = want; *p; p++)
                    if (*p == '-')
                        *p = '_';
            } else {
                snprintf(want, sizeof want, "manifest.json");
                assert_string_equal(a->command, "run");
            }
            assert_string_equal(a->file, want);
            for (size_t j = 0; j <= i; j++)
                for (size_t l = 0; l < ct_plan_at(j)->nartifacts; l++)
                    if (j < i || l < k)
                        assert_string_not_equal(ct_plan_at(j)->artifacts[l].file, a->file);
        }
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(ct_plan_at(j)->id, m->id);
        assert_true(m->effort_days > 0);
        assert_true(m->ntasks >= 1 && m->ntasks <= CT_PLAN_MAX_TASKS);
        for (size_t t = 0; t < m->ntasks; t++) {
            assert_true(m->tasks[t].stage <= CT_PACE_EXECUTE);
            assert_true(m->tasks[t].text && strlen(m->tasks[t].text) > 10);
            assert_null(strchr(m->tasks[t].text, '|'));
            stage_seen[m->tasks[t].stage]++;
        }
        /* dependencies name earlier milestones only (the order is a valid schedule) */
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++) {
            const ct_plan_milestone *dep = ct_plan_find(m->depends[k]);
            assert_non_null(dep);
            assert_true(dep < m);
        }
        if (i > 0)
            assert_non_null(m->depends[0]);
        /* inputs name earlier milestones only, each once; the workflow
         * needs every other milestone (its manifest proves them all) */
        size_t nneeds = 0;
        for (size_t k = 0; k < CT_PLAN_MAX_NEEDS && m->needs[k]; k++, nneeds++) {
            const ct_plan_milestone *in = ct_plan_find(m->needs[k]);
            assert_non_null(in);
            assert_true(in < m);
            for (size_t q = 0; q < k; q++)
                assert_string_not_equal(m->needs[q], m->needs[k]);
        }
        if (strcmp(m->id, "run") == 0)
            assert_int_equal(nneeds, ct_plan_count() - 1);
    }
    for (int s = 0; s < 4; s++)
        assert_true(stage_seen[s] > 0);
    /* the run stages of the contract, in order, each proving a milestone */
    static const char *const stages[] = {"plan",  "inspect",  "eda",   "test",       "regress",
                                         "train", "evaluate", "score", "queue-eval", "report"};
    size_t from = 0;
    for (size_t c = 0; c < sizeof stages / sizeof stages[0]; c++) {
        size_t i = from, found = 0;
        for (; i < n && !found; i++)
            for (size_t k = 0; k < ct_plan_at(i)->nartifacts; k++)
                found |= ct_plan_at(i)->artifacts[k].stage &&
                         strcmp(ct_plan_at(i)->artifacts[k].stage, stages[c]) == 0;
        if (!found)
            print_error("stage %s not found in order\n", stages[c]);
        assert_true(found);
        from = i - 1;
    }
    assert_null(ct_plan_find("nope"));
    assert_null(ct_plan_find(NULL));
    assert_int_equal(ct_plan_index("nope"), n);
    assert_string_equal(ct_pace_name(CT_PACE_ANALYZE), "Analyze");
    assert_string_equal(ct_pace_name((ct_pace)9), "?");
    assert_string_equal(ct_plan_state_name(CT_PLAN_INVALID), "not done");
}

/* ------------------------------------------------------------ dates */

static void bad_date(const char *text, const char *msg)
{
    int64_t days = 77;
    ct_diag d;
    ct_diag_clear(&d);
    assert_int_equal(ct_plan_date_parse(text, &days, &d), CT_EINVAL);
    if (strcmp(d.message, msg) != 0)
        print_error("'%s': got '%s'\n", text, d.message);
    assert_string_equal(d.message, msg);
    assert_int_equal(days, 77);
}

static void test_dates(void **state)
{
    (void)state;
    int64_t days;
    ct_diag d;
    char buf[CT_PLAN_DATE_SIZE];
    assert_int_equal(ct_plan_date_parse("1970-01-01", &days, &d), CT_OK);
    assert_int_equal(days, 0);
    assert_int_equal(ct_plan_date_format(0, buf), 4); /* a Thursday */
    assert_string_equal(buf, "1970-01-01");
    /* python3 -c "import datetime as d; print((d.date(2026,11,30)-d.date(1970,1,1)).days)" */
    assert_int_equal(ct_plan_date_parse("2026-11-30", &days, &d), CT_OK);
    assert_int_equal(days, 20787);
    assert_int_equal(ct_plan_date_format(days, buf), 1); /* Monday */
    assert_int_equal(ct_plan_date_parse("2024-02-29", &days, &d), CT_OK);
    assert_int_equal(ct_plan_date_format(days + 1, buf), 5);
    assert_string_equal(buf, "2024-03-01");
    assert_int_equal(ct_plan_date_parse("2000-02-29", &days, &d), CT_OK);
    assert_int_equal(ct_plan_date_parse("1900-01-01", &days, &d), CT_OK);
    assert_int_equal(days, -25567);
    /* every day of four centuries round-trips */
    int64_t lo, hi;
    assert_int_equal(ct_plan_date_parse("1900-01-01", &lo, &d), CT_OK);
    assert_int_equal(ct_plan_date_parse("2300-12-31", &hi, &d), CT_OK);
    for (int64_t t = lo; t <= hi; t++) {
        ct_plan_date_format(t, buf);
        assert_int_equal(ct_plan_date_parse(buf, &days, &d), CT_OK);
        assert_int_equal(days, t);
    }
    bad_date("2026-02-29", "'2026-02-29' is not a date: day 29 (2026-02 has 28 days)");
    bad_date("2026-04-31", "'2026-04-31' is not a date: day 31 (2026-04 has 30 days)");
    bad_date("2026-13-01", "'2026-13-01' is not a date: month 13 (expected 01..12)");
    bad_date("2026-00-10", "'2026-00-10' is not a date: month 00 (expected 01..12)");
    bad_date("2026-01-00", "'2026-01-00' is not a date: day 00 (2026-01 has 31 days)");
    bad_date("1899-12-31", "'1899-12-31' is not a date: year 1899 (expected 1900..9999)");
    bad_date("1.12.2026", "'1.12.2026' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)");
    bad_date("2026-1-01", "'2026-1-01' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)");
    bad_date("2026-01-01 ", "'2026-01-01 ' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)");
    bad_date("", "'' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)");
    bad_date("+026-01-01", "'+026-01-01' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)");
    assert_int_equal(ct_plan_date_parse(NULL, &days, &d), CT_EINVAL);
}

static void test_schedule(void **state)
{
    (void)state;
    size_t n = ct_plan_count();
    ct_plan_dates *dt = calloc(n, sizeof *dt);
    assert_non_null(dt);
    ct_diag d;
    int ndays = 0;
    assert_int_equal(ct_plan_schedule(NULL, dt, &ndays, &d), CT_OK);
    /* the rule, checked from the table: a milestone starts the working day
     * after its last dependency ends and lasts ceil(effort) days */
    int last = 0;
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        int begin = 1;
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++) {
            int e = dt[ct_plan_index(m->depends[k])].end_day;
            begin = e + 1 > begin ? e + 1 : begin;
        }
        assert_int_equal(dt[i].start_day, begin);
        assert_int_equal(dt[i].end_day - dt[i].start_day + 1, (int)(m->effort_days + 0.999));
        assert_string_equal(dt[i].start, "");
        last = dt[i].end_day > last ? dt[i].end_day : last;
    }
    assert_int_equal(ndays, last);
    /* eda and test both follow inspect: they run side by side */
    size_t ie = ct_plan_index("eda"), it = ct_plan_index("test");
    assert_int_equal(dt[ie].start_day, dt[it].start_day);

    /* a Saturday start moves to the Monday; weekends are skipped */
    assert_int_equal(ct_plan_schedule("2026-11-28", dt, &ndays, &d), CT_OK);
    assert_string_equal(dt[0].start, "2026-11-30");
    int64_t s0, e;
    assert_int_equal(ct_plan_date_parse(dt[0].start, &s0, &d), CT_OK);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(ct_plan_date_parse(dt[i].end, &e, &d), CT_OK);
        char buf[CT_PLAN_DATE_SIZE];
        assert_true(ct_plan_date_format(e, buf) <= 5);
        /* working days from day 1 to the end, counted the slow way */
        int count = 0;
        for (int64_t t = s0; t <= e; t++)
            count += ct_plan_date_format(t, buf) <= 5;
        assert_int_equal(count, dt[i].end_day);
    }
    /* the plan starts Monday 2026-11-30: day 6 is Monday 2026-12-07 */
    for (size_t i = 0; i < n; i++)
        if (dt[i].start_day == 6)
            assert_string_equal(dt[i].start, "2026-12-07");
    assert_int_equal(ct_plan_schedule("2026-02-30", dt, &ndays, &d), CT_EINVAL);
    assert_string_equal(d.message, "'2026-02-30' is not a date: day 30 (2026-02 has 28 days)");
    assert_int_equal(ct_plan_schedule(NULL, NULL, &ndays, &d), CT_EINVAL);
    free(dt);
}

/* ------------------------------------------------------------ layouts */

static ct_json_doc *parse(const char *text)
{
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse(text, strlen(text), NULL, NULL, &doc, &d), CT_OK);
    return doc;
}

static void validate(const char *command, const char *text, ct_status want, const char *why)
{
    ct_json_doc *doc = parse(text);
    char got[512];
    ct_status s = ct_plan_schema_validate(ct_json_doc_root(doc), ct_plan_schema_find(command), got,
                                          sizeof got);
    if (s != want || strcmp(got, why) != 0)
        print_error("%s: got %d '%s'\n", command, s, got);
    assert_int_equal(s, want);
    assert_string_equal(got, why);
    ct_json_doc_free(doc);
}

#define HDR(c, v)                                                                                  \
    "{\"tool\":\"claimtriage\",\"version\":\"0.1.0\",\"command\":\"" c "\",\"schema_version\":" #v

static void test_schema(void **state)
{
    (void)state;
    char buf[96];
    assert_string_equal(ct_plan_type_names(CT_PLAN_T_OBJECT | CT_PLAN_T_NULL, buf, sizeof buf),
                        "object or null");
    assert_string_equal(
        ct_plan_type_names(CT_PLAN_T_STRING | CT_PLAN_T_INTEGER | CT_PLAN_T_NULL, buf, sizeof buf),
        "string, integer or null");
    assert_string_equal(ct_plan_type_names(CT_PLAN_T_ARRAY, buf, sizeof buf), "array");
    assert_null(ct_plan_schema_find("nope"));
    assert_null(ct_plan_schema_at(ct_plan_schema_count()));
    for (size_t i = 0; i < ct_plan_schema_count(); i++)
        assert_ptr_equal(ct_plan_schema_find(ct_plan_schema_at(i)->command), ct_plan_schema_at(i));

    /* a four-key stub is not the output of its command */
    validate("test", HDR("test", 2) "}", CT_EFORMAT,
             "no key \"file\" (string): not the complete output of test --json");
    validate("test", HDR("test", 1) "}", CT_EFORMAT,
             "schema_version 1, expected 2 (the layout docs/formats.md gives)");
    validate("test",
             HDR("test", 2) ",\"file\":\"x.csv\",\"rows_read\":10,\"rows_used\":10,"
                            "\"rows_skipped\":0,\"dropna\":\"all\",\"alpha\":0.05,"
                            "\"comparisons\":[],\"associations\":[],\"skipped\":[]}",
             CT_OK, "");
    validate("test",
             HDR("test", 2) ",\"file\":\"x.csv\",\"rows_read\":10.5,\"rows_used\":10,"
                            "\"rows_skipped\":0,\"dropna\":\"all\",\"alpha\":0.05,"
                            "\"comparisons\":[],\"associations\":[],\"skipped\":[]}",
             CT_EFORMAT, "key \"rows_read\" is number with a fraction, expected integer");
    validate("test",
             HDR("test", 2) ",\"file\":\"x.csv\",\"rows_read\":10,\"rows_used\":10,"
                            "\"rows_skipped\":0,\"dropna\":\"all\",\"alpha\":1,"
                            "\"comparisons\":{},\"associations\":[],\"skipped\":[]}",
             CT_EFORMAT, "key \"comparisons\" is object, expected array");
    /* nested keys: train's reproducibility block */
    validate("train",
             HDR("train", 1) ",\"file\":\"x.csv\",\"rows_read\":1,\"rows_used\":1,"
                             "\"rows_skipped\":0,\"model_file\":null,\"rows\":{},\"holdout\":true,"
                             "\"split\":null,\"cv\":null,\"chosen\":{},\"metrics\":{},"
                             "\"calibration\":{},\"threshold\":{},\"audit\":null,"
                             "\"reproducibility\":{\"seed\":42}}",
             CT_EFORMAT,
             "no key \"reproducibility.input_hash\" (string): not the complete output "
             "of train --json");
    ct_json_doc *doc = parse("{}");
    assert_int_equal(ct_plan_schema_validate(ct_json_doc_root(doc), NULL, buf, sizeof buf),
                     CT_EINVAL);
    ct_json_doc_free(doc);
}

/* ------------------------------------------------------------ a run folder */

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/ct_plan_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *in(const char *name)
{
    static char path[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof path[k], "%s/%s", tmpdir, name);
    return path[k];
}

static void put(const char *name, const char *content)
{
    FILE *fp = fopen(in(name), "wb");
    assert_non_null(fp);
    fputs(content, fp);
    assert_int_equal(fclose(fp), 0);
}

static void hash(const char *name, char out[CT_PLAN_HASH_SIZE])
{
    char hex[CT_SHA256_HEX_SIZE];
    ct_diag d;
    assert_int_equal(ct_sha256_file(in(name), hex, NULL, &d), CT_OK);
    snprintf(out, CT_PLAN_HASH_SIZE, "sha256:%s", hex);
}

/* A complete inspect --json (every required key) made from `file`. */
static void put_inspect(const char *name, const char *file)
{
    char text[1024];
    snprintf(text, sizeof text,
             "{\"tool\": \"claimtriage\", \"version\": \"%s\", \"command\": \"inspect\", "
             "\"schema_version\": 2, \"file\": \"%s\", \"rows\": 2, \"columns\": 1, "
             "\"rows_read\": 2, \"rows_used\": 2, \"rows_skipped\": 0, \"blank_lines\": 0, "
             "\"column_profiles\": [], \"target\": null, \"duplicate_rows\": 0, "
             "\"duplicate_ids\": [], \"rows_with_missing\": 0, \"missing_patterns\": []}\n",
             ct_version(), file);
    put(name, text);
}

/* manifest.json with the inspect stage (status st, listing inspect.json
 * with hash h) and the input `file` with hash ih. */
static void put_manifest(const char *run_status, const char *st, const char *h, const char *file,
                         const char *ih)
{
    char text[2048];
    snprintf(text, sizeof text,
             "{\"tool\": \"claimtriage\", \"version\": \"%s\", \"command\": \"run\", "
             "\"schema_version\": 1, \"status\": \"%s\", \"failed_stage\": null, "
             "\"input\": {\"file\": \"%s\", \"sha256\": \"%s\", \"bytes\": 8, \"rows_read\": 2, "
             "\"rows_used\": 2, \"rows_skipped\": 0, \"synthetic\": false}, \"seed\": 42, "
             "\"threads\": 2, \"redacted\": false, \"command_line\": \"claimtriage run\", "
             "\"options\": {}, \"stages\": [{\"name\": \"inspect\", \"status\": \"%s\", "
             "\"outputs\": [{\"file\": \"inspect.json\", \"sha256\": \"%s\", \"bytes\": 1}]}]}\n",
             ct_version(), run_status, file, ih, st, h);
    put("manifest.json", text);
}

static ct_plan_status st[16];
static ct_plan_run run;

static size_t status(const char *input)
{
    ct_plan_status_options opt = ct_plan_status_options_default();
    opt.input = input;
    size_t ndone = 99;
    ct_diag d;
    ct_diag_clear(&d);
    assert_true(ct_plan_count() <= 16);
    assert_int_equal(ct_plan_status_dir(tmpdir, &opt, st, &run, &ndone, &d), CT_OK);
    return ndone;
}

static void expect(const char *id, ct_plan_state want, const char *reason)
{
    const ct_plan_status *s = &st[ct_plan_index(id)];
    if (s->state != want || strcmp(s->reason, reason) != 0)
        print_error("%s: state %d '%s', expected %d '%s'\n", id, s->state, s->reason, want, reason);
    assert_int_equal(s->state, want);
    assert_string_equal(s->reason, reason);
}

static void test_status(void **state)
{
    (void)state;
    put("in.csv", "a,b\n1,2\n");
    put("other.csv", "a,b\n3,4\n");
    char ih[CT_PLAN_HASH_SIZE], oh[CT_PLAN_HASH_SIZE], h[CT_PLAN_HASH_SIZE];
    hash("in.csv", ih);
    hash("other.csv", oh);
    char input[256];
    snprintf(input, sizeof input, "%s", in("in.csv"));
    /* the folder's lock, held as `run` holds it while it runs: a manifest
     * saying "running" is then a run going on (ct_plan_run_live) */
    const int lock = open(tmpdir, O_RDONLY | O_DIRECTORY);
    assert_true(lock >= 0);
    assert_int_equal(ct_plan_run_live(tmpdir), 0);
    assert_int_equal(flock(lock, LOCK_EX), 0);
    assert_int_equal(ct_plan_run_live(tmpdir), 1);
    assert_int_equal(ct_plan_run_live(in("nonexistent")), -1);

    /* (a) no manifest: stubs or not, nothing is done */
    put("inspect.json", "{\"tool\":\"claimtriage\",\"version\":\"0.1.0\",\"command\":\"inspect\","
                        "\"schema_version\":2}");
    assert_int_equal(status(NULL), 0);
    expect("inspect", CT_PLAN_INVALID, "no manifest.json: not the folder of a `claimtriage run`");
    assert_int_equal(run.valid, 0);
    /* a stub manifest is not a run's */
    put("manifest.json", "{\"tool\":\"claimtriage\",\"version\":\"0.1.0\",\"command\":\"run\","
                         "\"schema_version\":1}");
    assert_int_equal(status(NULL), 0);
    expect("plan", CT_PLAN_INVALID,
           "manifest.json: no key \"status\" (string): not the complete output of run --json");

    /* a valid run that has done inspect */
    put_inspect("inspect.json", input);
    hash("inspect.json", h);
    put_manifest("running", "done", h, input, ih);
    size_t nd = status(NULL);
    if (nd != 1)
        print_error("inspect: %s | run %s\n", st[1].reason, run.reason);
    assert_int_equal(nd, 1);
    assert_int_equal(run.valid, 1);
    assert_string_equal(run.status, "running");
    assert_string_equal(run.input_sha256, ih);
    expect("inspect", CT_PLAN_DONE, "");
    assert_string_equal(st[ct_plan_index("inspect")].artifact_sha256[0], h);
    assert_string_equal(st[ct_plan_index("inspect")].input_sha256, ih);
    expect("plan", CT_PLAN_MISSING, "plan.json: stage plan is not in the manifest");
    expect("eda", CT_PLAN_MISSING, "eda.json: stage eda is not in the manifest");
    /* what blocks what: a milestone's inputs not done (needs), never the
     * plan's order (depends): inspect is planned after plan but does not
     * read plan.json, the classifier after the regression but does not
     * read regress.json (before 2026-12-05 both were "blocked") */
    assert_int_equal(st[ct_plan_index("inspect")].nblocked, 0);
    assert_int_equal(st[ct_plan_index("eda")].nblocked, 0);
    assert_int_equal(st[ct_plan_index("regress")].nblocked, 0);
    assert_int_equal(st[ct_plan_index("classify")].nblocked, 0);
    assert_int_equal(st[ct_plan_index("triage")].nblocked, 1);
    assert_string_equal(st[ct_plan_index("triage")].blocked_by[0], "classify");
    /* the report: every output it summarises that is not done */
    assert_int_equal(st[ct_plan_index("report")].nblocked, 5);
    assert_string_equal(st[ct_plan_index("report")].blocked_by[0], "eda");
    assert_string_equal(st[ct_plan_index("report")].blocked_by[4], "triage");
    expect("run", CT_PLAN_INVALID, "manifest.json: the run is running (not complete)");
    assert_int_equal(run.interrupted, 0);
    /* no run holds the folder: a run killed before it recorded its end
     * (before 2026-12-04 "the run is running" for good) */
    assert_int_equal(flock(lock, LOCK_UN), 0);
    assert_int_equal(status(NULL), 1);
    assert_int_equal(run.interrupted, 1);
    expect("run", CT_PLAN_INVALID,
           "manifest.json: the run was interrupted: it says \"running\", but no run holds the "
           "folder (killed before it could record its end, as by kill -9); run it again");
    expect("eda", CT_PLAN_MISSING, "eda.json: stage eda is not in the manifest");
    assert_int_equal(flock(lock, LOCK_EX), 0);

    /* the same input by name; and --input of the same content */
    assert_int_equal(status(input), 1);
    assert_int_equal(run.input_checked, 1);
    assert_int_equal(run.input_matches, 1);
    /* (a) --input of another file: nothing is done */
    assert_int_equal(status(in("other.csv")), 0);
    assert_int_equal(run.input_matches, 0);
    char want[1024], h1[32], h2[32];
    snprintf(h1, sizeof h1, "sha256:%.12s...", oh + 7);
    snprintf(h2, sizeof h2, "sha256:%.12s...", ih + 7);
    snprintf(want, sizeof want, "a run of another input: %s is %s, the run's input ('%s') %s",
             in("other.csv"), h1, input, h2);
    expect("inspect", CT_PLAN_INVALID, want);

    /* (b) the stage failed, or was not run */
    put_manifest("failed", "failed", h, input, ih);
    status(NULL);
    expect("inspect", CT_PLAN_INVALID, "inspect.json: stage inspect failed");
    put_manifest("running", "not run", h, input, ih);
    status(NULL);
    expect("inspect", CT_PLAN_MISSING, "inspect.json: stage inspect not run yet");
    assert_int_equal(flock(lock, LOCK_UN), 0); /* ... by a run killed since */
    status(NULL);
    expect("inspect", CT_PLAN_MISSING,
           "inspect.json: stage inspect not run (the run was interrupted)");
    assert_int_equal(flock(lock, LOCK_EX), 0);

    /* (c) changed after the run: another input's inspect.json copied in */
    put_manifest("running", "done", h, input, ih);
    put_inspect("inspect.json", in("other.csv"));
    char h3[CT_PLAN_HASH_SIZE];
    hash("inspect.json", h3);
    status(NULL);
    snprintf(want, sizeof want,
             "inspect.json: changed after the run (sha256:%.12s... here, sha256:%.12s... in the "
             "manifest)",
             h3 + 7, h + 7);
    expect("inspect", CT_PLAN_INVALID, want);
    /* (e) ... and its hash forged into the manifest: the input it names */
    put_manifest("running", "done", h3, input, ih);
    status(NULL);
    snprintf(want, sizeof want, "inspect.json: made from '%s' (\"file\"), the run's input is '%s'",
             in("other.csv"), input);
    expect("inspect", CT_PLAN_INVALID, want);
    /* (d) a four-key stub with its hash in the manifest */
    put("inspect.json", "{\"tool\":\"claimtriage\",\"version\":\"0.1.0\",\"command\":\"inspect\","
                        "\"schema_version\":2}");
    hash("inspect.json", h3);
    put_manifest("running", "done", h3, input, ih);
    status(NULL);
    expect("inspect", CT_PLAN_INVALID,
           "inspect.json: no key \"file\" (string): not the complete output of inspect --json");
    /* missing file */
    assert_int_equal(unlink(in("inspect.json")), 0);
    status(NULL);
    expect("inspect", CT_PLAN_MISSING, "inspect.json: not found (the manifest lists it)");

    /* a manifest naming a file outside the folder is refused, not followed */
    put_manifest("running", "done", h, "../in.csv", ih);
    char text[256];
    snprintf(text, sizeof text, "%s", "");
    put("manifest.json",
        "{\"tool\": \"claimtriage\", \"version\": \"0.1.0\", \"command\": \"run\", "
        "\"schema_version\": 1, \"status\": \"running\", \"failed_stage\": null, "
        "\"input\": {\"file\": \"x\", \"sha256\": \"sha256:"
        "0000000000000000000000000000000000000000000000000000000000000000\", \"bytes\": 8, "
        "\"rows_read\": 2, \"rows_used\": 2, \"rows_skipped\": 0, \"synthetic\": false}, "
        "\"seed\": 42, \"threads\": 2, \"redacted\": false, \"command_line\": \"c\", "
        "\"options\": {}, \"stages\": [{\"name\": \"inspect\", \"status\": \"done\", "
        "\"outputs\": [{\"file\": \"../../etc/passwd\", \"sha256\": \"sha256:"
        "0000000000000000000000000000000000000000000000000000000000000000\", \"bytes\": 1}]}]}");
    if (strcmp(ct_version(), "0.1.0") == 0) {
        status(NULL);
        expect("inspect", CT_PLAN_INVALID,
               "manifest.json: stage inspect lists an output outside the folder: "
               "'../../etc/passwd'");
    }

    /* errors */
    ct_diag d;
    ct_plan_status_options opt = ct_plan_status_options_default();
    opt.input = in("nope.csv");
    assert_int_equal(ct_plan_status_dir(tmpdir, &opt, st, NULL, NULL, &d), CT_EIO);
    assert_non_null(strstr(d.message, "cannot read the --input file"));
    opt.input = "-";
    assert_int_equal(ct_plan_status_dir(tmpdir, &opt, st, NULL, NULL, &d), CT_EINVAL);
    assert_int_equal(ct_plan_status_dir(in("nonexistent"), NULL, st, NULL, NULL, &d), CT_EIO);
    assert_non_null(strstr(d.message, "No such file or directory"));
    assert_int_equal(ct_plan_status_dir(input, NULL, st, NULL, NULL, &d), CT_EIO);
    assert_string_equal(d.message, "not a folder (give the run's output folder)");
    assert_int_equal(ct_plan_status_dir(tmpdir, NULL, NULL, NULL, NULL, &d), CT_EINVAL);

    /* one artifact at a time, for the report writer */
    put_inspect("inspect.json", input);
    const ct_plan_artifact *a = &ct_plan_find("inspect")->artifacts[0];
    char why[512];
    assert_int_equal(
        ct_plan_artifact_check(in("inspect.json"), a, NULL, input, ih, why, sizeof why), CT_OK);
    assert_int_equal(
        ct_plan_artifact_check(in("inspect.json"), a, "9.9.9", NULL, NULL, why, sizeof why),
        CT_EFORMAT);
    snprintf(want, sizeof want, "inspect.json: version %s, expected 9.9.9", ct_version());
    assert_string_equal(why, want);
    put("inspect.json", "{\"tool\": \"claimtriage\",\n \"version\": }");
    assert_int_equal(
        ct_plan_artifact_check(in("inspect.json"), a, NULL, NULL, NULL, why, sizeof why),
        CT_EFORMAT);
    assert_string_equal(why, "inspect.json: not valid JSON at line 2, column 13: unexpected '}', "
                             "expected a value (cut short?)");
    assert_int_equal(ct_plan_artifact_check(NULL, a, NULL, NULL, NULL, why, sizeof why), CT_EINVAL);
    close(lock);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_schedule),
        cmocka_unit_test(test_schema),
        cmocka_unit_test_setup_teardown(test_status, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
