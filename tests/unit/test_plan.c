/* test_plan.c — the milestone table's invariants and the artifact check
 * behind `claimtriage plan --status`. */
#include "ct_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
        assert_true(m->stage <= CT_PACE_EXECUTE);
        assert_true(m->title[0] && m->owner[0] && m->deliverable[0] && m->audience[0]);
        assert_true(strncmp(m->command, "claimtriage ", 12) == 0);
        /* the artifact is NAME.json for the command NAME, and unique */
        char want[64];
        snprintf(want, sizeof want, "%s.json", m->artifact_command);
        assert_string_equal(m->artifact, want);
        assert_non_null(strstr(m->command, m->artifact_command));
        for (size_t j = 0; j < i; j++) {
            assert_string_not_equal(ct_plan_at(j)->id, m->id);
            assert_string_not_equal(ct_plan_at(j)->artifact, m->artifact);
        }
        assert_true(m->effort_days > 0);
        /* every task has exactly one valid PACE stage and some text */
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
    }
    for (int s = 0; s < 4; s++)
        assert_true(stage_seen[s] > 0);
    /* the commands the issue names, in this order */
    static const char *const cmds[] = {"inspect",  "eda",   "test",   "regress", "train",
                                       "evaluate", "score", "report", "run"};
    size_t from = 0;
    for (size_t c = 0; c < sizeof cmds / sizeof cmds[0]; c++) {
        size_t i = from;
        while (i < n && !strstr(ct_plan_at(i)->command, cmds[c]))
            i++;
        if (i == n)
            print_error("command %s not found in order\n", cmds[c]);
        assert_true(i < n);
        from = i;
    }
    assert_null(ct_plan_find("nope"));
    assert_null(ct_plan_find(NULL));
    assert_string_equal(ct_pace_name(CT_PACE_ANALYZE), "Analyze");
    assert_string_equal(ct_pace_name((ct_pace)9), "?");
    assert_string_equal(ct_plan_state_name(CT_PLAN_INVALID), "not done");
}

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

static void put(const char *name, const char *content)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(content, fp);
    assert_int_equal(fclose(fp), 0);
}

/* A header exactly as cli_json_begin writes it, via the library's writer. */
static void put_header(const char *name, const char *command, const char *version, int schema)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    ct_json *w = ct_json_new(fp);
    ct_json_object_begin(w);
    ct_json_key(w, "tool");
    ct_json_str(w, "claimtriage");
    ct_json_key(w, "version");
    ct_json_str(w, version);
    ct_json_key(w, "command");
    ct_json_str(w, command);
    ct_json_key(w, "schema_version");
    ct_json_int(w, schema);
    ct_json_key(w, "rows");
    ct_json_uint(w, 19382);
    ct_json_object_end(w);
    assert_int_equal(ct_json_finish(w), CT_OK);
    assert_int_equal(fclose(fp), 0);
}

static void expect(const char *id, ct_plan_state want, const char *reason)
{
    ct_plan_status st;
    memset(&st, 0x55, sizeof st);
    assert_int_equal(ct_plan_check(tmpdir, ct_plan_find(id), NULL, &st), CT_OK);
    if (st.state != want || strcmp(st.reason, reason) != 0)
        print_error("%s: state %d '%s', expected %d '%s'\n", id, st.state, st.reason, want, reason);
    assert_int_equal(st.state, want);
    assert_string_equal(st.reason, reason);
}

static void test_check(void **state)
{
    (void)state;
    char want[256];
    expect("inspect", CT_PLAN_MISSING, "inspect.json: not found");
    put_header("inspect.json", "inspect", ct_version(), 1);
    expect("inspect", CT_PLAN_DONE, "");

    put("inspect.json", "");
    expect("inspect", CT_PLAN_INVALID, "inspect.json: empty file");
    put("inspect.json", "  \n");
    expect("inspect", CT_PLAN_INVALID, "inspect.json: empty file (whitespace only)");
    put("inspect.json", "{\"name\": \"package.json\", \"version\": \"0.1.0\"}\n");
    expect("inspect", CT_PLAN_INVALID,
           "inspect.json: not a claimtriage output (no \"tool\": \"claimtriage\")");
    put("inspect.json", "[1, 2]\n");
    expect("inspect", CT_PLAN_INVALID,
           "inspect.json: not a claimtriage output (the top level is a JSON array, not an object)");
    put("inspect.json", "{\"tool\": \"claimtriage\",\n \"version\": }");
    expect("inspect", CT_PLAN_INVALID,
           "inspect.json: not valid JSON at line 2, column 13: unexpected '}', expected a value");
    put("inspect.json", "{\"tool\": \"claimtriage\", \"version\": \"0.1.0\"}");
    expect("inspect", CT_PLAN_INVALID, "inspect.json: no \"command\" key");

    put_header("inspect.json", "eda", ct_version(), 1);
    expect("inspect", CT_PLAN_INVALID, "inspect.json: output of command 'eda', expected 'inspect'");
    put_header("inspect.json", "inspect", "0.0.9", 1);
    snprintf(want, sizeof want, "inspect.json: version 0.0.9, expected %s", ct_version());
    expect("inspect", CT_PLAN_INVALID, want);
    put("inspect.json", "{\"tool\": \"claimtriage\", \"command\": \"inspect\"}");
    expect("inspect", CT_PLAN_INVALID, "inspect.json: no \"version\" key");
    put_header("inspect.json", "inspect", ct_version(), 0);
    expect("inspect", CT_PLAN_INVALID,
           "inspect.json: no valid \"schema_version\" (an integer >= 1)");
    /* strings from a foreign file are shown sanitised and short */
    put_header("inspect.json", "in\nspect-with-a-very-long-command-name-that-goes-on-and-on",
               ct_version(), 1);
    expect("inspect", CT_PLAN_INVALID,
           "inspect.json: output of command 'in?spect-with-a-very-long-command-name-t...', "
           "expected 'inspect'");
    /* a directory in the artifact's place */
    char path[256];
    snprintf(path, sizeof path, "%s/eda.json", tmpdir);
    assert_int_equal(mkdir(path, 0700), 0);
    expect("eda", CT_PLAN_INVALID, "eda.json: not a regular file");

    /* the classifier milestone is proven by evaluate's output, not train's */
    put_header("evaluate.json", "train", ct_version(), 1);
    expect("classify", CT_PLAN_INVALID,
           "evaluate.json: output of command 'train', expected 'evaluate'");
    put_header("evaluate.json", "evaluate", ct_version(), 2);
    expect("classify", CT_PLAN_DONE, "");

    /* an explicit expected version */
    ct_plan_status st;
    put_header("test.json", "test", "9.9.9", 1);
    assert_int_equal(ct_plan_check(tmpdir, ct_plan_find("test"), "9.9.9", &st), CT_OK);
    assert_int_equal(st.state, CT_PLAN_DONE);
    assert_int_equal(ct_plan_check(NULL, ct_plan_find("test"), NULL, &st), CT_EINVAL);
    assert_int_equal(ct_plan_check(tmpdir, NULL, NULL, &st), CT_EINVAL);
}

static void test_status_dir(void **state)
{
    (void)state;
    size_t n = ct_plan_count(), ndone = 99;
    ct_plan_status *st = calloc(n, sizeof *st);
    assert_non_null(st);
    ct_diag d;
    assert_int_equal(ct_plan_status_dir(tmpdir, NULL, st, &ndone, &d), CT_OK);
    assert_int_equal(ndone, 0);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(st[i].state, CT_PLAN_MISSING);
    put_header("inspect.json", "inspect", ct_version(), 1);
    put_header("plan.json", "plan", ct_version(), 1);
    put("eda.json", "{}");
    assert_int_equal(ct_plan_status_dir(tmpdir, NULL, st, &ndone, &d), CT_OK);
    assert_int_equal(ndone, 2);
    assert_int_equal(st[0].state, CT_PLAN_DONE);
    assert_int_equal(st[1].state, CT_PLAN_DONE);
    assert_int_equal(st[2].state, CT_PLAN_INVALID);

    char path[256];
    snprintf(path, sizeof path, "%s/nonexistent", tmpdir);
    assert_int_equal(ct_plan_status_dir(path, NULL, st, &ndone, &d), CT_EIO);
    assert_string_equal(d.file, path);
    assert_non_null(strstr(d.message, "No such file or directory"));
    assert_int_equal(ndone, 0);
    snprintf(path, sizeof path, "%s/plan.json", tmpdir);
    assert_int_equal(ct_plan_status_dir(path, NULL, st, NULL, &d), CT_EIO);
    assert_string_equal(d.message, "not a directory");
    assert_int_equal(ct_plan_status_dir(tmpdir, NULL, NULL, NULL, &d), CT_EINVAL);
    free(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test_setup_teardown(test_check, setup, teardown),
        cmocka_unit_test_setup_teardown(test_status_dir, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
