/* test_artifact.c — the artifact header: the writer's exact bytes, write then
 * check round trips, and every way a header can be wrong (wrong tool,
 * command, version, schema; missing keys; wrong types; not an object),
 * through ct_artifact_check and through a file with ct_artifact_load. */
#include "ct_test.h"

#include <claimtriage/artifact.h>

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

/* Write an artifact (header + one member) to memory; returns malloc'd text. */
static char *write_artifact(const char *command, int64_t schema_version)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ct_json *w = ct_json_new(fp);
    assert_non_null(w);
    ct_artifact_begin(w, command, schema_version);
    ct_json_key(w, "rows");
    ct_json_uint(w, 19382);
    ct_json_object_end(w);
    assert_int_equal(ct_json_finish(w), CT_OK);
    assert_int_equal(fclose(fp), 0);
    return buf;
}

static ct_json_doc *parse(const char *text)
{
    ct_json_doc *doc = NULL;
    ct_diag d;
    assert_int_equal(ct_json_parse(text, strlen(text), "a.json", NULL, &doc, &d), CT_OK);
    return doc;
}

/* Check text against command/version; expect status want and, on failure,
 * exactly the message. */
static void expect(const char *text, const char *command, const char *version, ct_status want,
                   const char *message)
{
    ct_json_doc *doc = parse(text);
    ct_artifact_header h;
    memset(&h, 0x55, sizeof h);
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_artifact_check(ct_json_doc_root(doc), command, version, &h, &d);
    if (s != want || (want && strcmp(d.message, message) != 0))
        print_error("%s: status %d '%s', expected %d '%s'\n", text, s, d.message, want, message);
    assert_int_equal(s, want);
    if (want) {
        assert_string_equal(d.message, message);
        assert_int_equal(d.line, 0);
        assert_string_equal(d.file, "");
        assert_null(h.tool);
        assert_null(h.command);
        assert_true(h.schema_version == 0);
    }
    ct_json_doc_free(doc);
}

/* The bytes every --json output has started with since schema_version 1
 * (tests/cli/parity_* hold whole outputs). */
static void test_bytes(void **state)
{
    (void)state;
    char *text = write_artifact("inspect", 1);
    char want[256];
    snprintf(want, sizeof want,
             "{\n  \"tool\": \"claimtriage\",\n  \"version\": \"%s\",\n  \"command\": \"inspect\","
             "\n  \"schema_version\": 1,\n  \"rows\": 19382\n}\n",
             ct_version());
    assert_string_equal(text, want);
    free(text);
}

static void test_round_trip(void **state)
{
    (void)state;
    static const char *const kinds[] = {"inspect", "eda",   "test",   "regress",
                                        "plan",    "model", "encoder"};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        char *text = write_artifact(kinds[i], (int64_t)i + 1);
        ct_json_doc *doc = parse(text);
        ct_artifact_header h;
        ct_diag d;
        assert_int_equal(ct_artifact_check(ct_json_doc_root(doc), kinds[i], ct_version(), &h, &d),
                         CT_OK);
        assert_string_equal(h.tool, CT_ARTIFACT_TOOL);
        assert_string_equal(h.version, ct_version());
        assert_string_equal(h.command, kinds[i]);
        assert_true(h.schema_version == (int64_t)i + 1);
        /* NULL expectations accept any command and version; out may be NULL */
        assert_int_equal(ct_artifact_check(ct_json_doc_root(doc), NULL, NULL, &h, NULL), CT_OK);
        assert_string_equal(h.command, kinds[i]);
        assert_int_equal(ct_artifact_check(ct_json_doc_root(doc), kinds[i], NULL, NULL, NULL),
                         CT_OK);
        ct_json_doc_free(doc);
        free(text);
    }
}

static void test_wrong(void **state)
{
    (void)state;
    const char *v = ct_version();
    char want[128];
    /* the order of the checks: the first failure is reported */
    expect("[1, 2]", "inspect", v, CT_EFORMAT,
           "not a claimtriage output (the top level is a JSON array, not an object)");
    expect("\"claimtriage\"", NULL, NULL, CT_EFORMAT,
           "not a claimtriage output (the top level is a JSON string, not an object)");
    expect("{}", NULL, NULL, CT_EFORMAT, "not a claimtriage output (no \"tool\": \"claimtriage\")");
    expect("{\"name\": \"package.json\", \"version\": \"0.1.0\"}", "inspect", v, CT_EFORMAT,
           "not a claimtriage output (no \"tool\": \"claimtriage\")");
    expect("{\"tool\": \"jq\", \"command\": \"inspect\"}", "inspect", v, CT_EFORMAT,
           "not a claimtriage output (no \"tool\": \"claimtriage\")");
    expect("{\"tool\": \"claimtriagex\"}", NULL, NULL, CT_EFORMAT,
           "not a claimtriage output (no \"tool\": \"claimtriage\")");
    expect("{\"tool\": [\"claimtriage\"]}", NULL, NULL, CT_EFORMAT,
           "not a claimtriage output (no \"tool\": \"claimtriage\")");
    expect("{\"tool\": \"claimtriage\", \"version\": \"0.1.0\"}", "inspect", v, CT_EFORMAT,
           "no \"command\" key");
    expect("{\"tool\": \"claimtriage\", \"command\": 7}", NULL, NULL, CT_EFORMAT,
           "no \"command\" key");
    expect("{\"tool\": \"claimtriage\", \"command\": \"eda\"}", "inspect", v, CT_EFORMAT,
           "output of command 'eda', expected 'inspect'");
    expect("{\"tool\": \"claimtriage\", \"command\": \"encoder\", \"version\": \"0.1.0\"}", "model",
           NULL, CT_EFORMAT, "output of command 'encoder', expected 'model'");
    expect("{\"tool\": \"claimtriage\", \"command\": \"inspect\"}", "inspect", v, CT_EFORMAT,
           "no \"version\" key");
    expect("{\"tool\": \"claimtriage\", \"command\": \"inspect\", \"version\": null}", "inspect",
           NULL, CT_EFORMAT, "no \"version\" key");
    snprintf(want, sizeof want, "version 0.0.9, expected %s", v);
    expect("{\"tool\": \"claimtriage\", \"command\": \"inspect\", \"version\": \"0.0.9\"}",
           "inspect", v, CT_EFORMAT, want);
    /* the version is not checked when none is expected; the schema still is */
    expect("{\"tool\": \"claimtriage\", \"command\": \"inspect\", \"version\": \"0.0.9\"}",
           "inspect", NULL, CT_EFORMAT, "no valid \"schema_version\" (an integer >= 1)");
    expect("{\"tool\": \"claimtriage\", \"command\": \"inspect\", \"version\": \"0.0.9\","
           " \"schema_version\": 1}",
           "inspect", NULL, CT_OK, "");
    /* schema_version: an integer >= 1; 2.0 is an integer, 1.5, "1", 0, -1 are not valid */
    static const char *const schemas[] = {"0", "-1", "1.5", "\"1\"", "null", "true", "[1]"};
    for (size_t i = 0; i < sizeof schemas / sizeof schemas[0]; i++) {
        char text[160];
        snprintf(text, sizeof text,
                 "{\"tool\": \"claimtriage\", \"command\": \"test\", \"version\": \"%s\","
                 " \"schema_version\": %s}",
                 v, schemas[i]);
        expect(text, "test", v, CT_EFORMAT, "no valid \"schema_version\" (an integer >= 1)");
    }
    char text[160];
    snprintf(text, sizeof text,
             "{\"schema_version\": 2.0, \"version\": \"%s\", \"command\": \"test\","
             " \"tool\": \"claimtriage\"}",
             v);
    expect(text, "test", v, CT_OK, ""); /* the order of the keys does not matter to the check */
    /* strings from a foreign file are shown sanitised and short */
    expect("{\"tool\": \"claimtriage\", \"command\":"
           " \"in\\nspect-with-a-very-long-command-name-that-goes-on-and-on\"}",
           "inspect", v, CT_EFORMAT,
           "output of command 'in?spect-with-a-very-long-command-name-t...', expected 'inspect'");
    expect("{\"tool\": \"claimtriage\", \"command\": \"inspect\", \"version\": \"caf\\u00e9\"}",
           "inspect", "0.1.0", CT_EFORMAT, "version caf??, expected 0.1.0");
    /* no document at all */
    ct_diag d;
    assert_int_equal(ct_artifact_check(NULL, NULL, NULL, NULL, &d), CT_EFORMAT);
    assert_string_equal(d.message,
                        "not a claimtriage output (the top level is a JSON none, not an object)");
}

static void test_load(void **state)
{
    (void)state;
    char *text = write_artifact("regress", 1);
    const char *path = ct_test_tmpfile(text, strlen(text));
    ct_json_doc *doc = (ct_json_doc *)1;
    ct_artifact_header h;
    ct_diag d;
    assert_int_equal(ct_artifact_load(path, "regress", ct_version(), NULL, &doc, &h, &d), CT_OK);
    assert_non_null(doc);
    assert_string_equal(h.command, "regress");
    int64_t rows = 0;
    assert_int_equal(ct_json_int64(ct_json_get(ct_json_doc_root(doc), "rows"), &rows), CT_OK);
    assert_true(rows == 19382);
    ct_json_doc_free(doc);
    /* check only */
    assert_int_equal(ct_artifact_load(path, "regress", NULL, NULL, NULL, NULL, &d), CT_OK);
    /* a header needs its document */
    assert_int_equal(ct_artifact_load(path, "regress", NULL, NULL, NULL, &h, &d), CT_EINVAL);
    assert_int_equal(ct_artifact_load(NULL, "regress", NULL, NULL, &doc, NULL, &d), CT_EINVAL);
    assert_null(doc);
    /* the wrong command: CT_EFORMAT, the file named */
    doc = (ct_json_doc *)1;
    assert_int_equal(ct_artifact_load(path, "eda", NULL, NULL, &doc, &h, &d), CT_EFORMAT);
    assert_null(doc);
    assert_null(h.command);
    assert_string_equal(d.file, path);
    assert_string_equal(d.message, "output of command 'regress', expected 'eda'");
    unlink(path);
    free(text);
    /* the parse's statuses pass through */
    const char *broken = "{\"tool\": \"claimtriage\",\n \"version\": }";
    path = ct_test_tmpfile(broken, strlen(broken));
    assert_int_equal(ct_artifact_load(path, NULL, NULL, NULL, NULL, NULL, &d), CT_EDATA);
    assert_int_equal(d.line, 2);
    assert_int_equal(d.column, 13);
    assert_string_equal(d.message, "unexpected '}', expected a value");
    unlink(path);
    path = ct_test_tmpfile(" \n", 2);
    assert_int_equal(ct_artifact_load(path, NULL, NULL, NULL, NULL, NULL, &d), CT_EEMPTY);
    unlink(path);
    assert_int_equal(ct_artifact_load("/nonexistent/x.json", NULL, NULL, NULL, NULL, NULL, &d),
                     CT_EIO);
    /* reader options apply */
    text = write_artifact("plan", 1);
    path = ct_test_tmpfile(text, strlen(text));
    ct_json_read_options o = ct_json_read_options_default();
    o.max_bytes = 16;
    assert_int_equal(ct_artifact_load(path, "plan", NULL, &o, NULL, NULL, &d), CT_EDATA);
    assert_int_equal(d.line, 0);
    unlink(path);
    free(text);
}

/* Every allocation failure while loading is a clean CT_ENOMEM. */
static void test_load_alloc_failures(void **state)
{
    (void)state;
    char *text = write_artifact("inspect", 1);
    const char *path = ct_test_tmpfile(text, strlen(text));
    long ok_at = -1;
    for (long n = 0; n < 1000 && ok_at < 0; n++) {
        ct_json_doc *doc = NULL;
        ct_artifact_header h;
        ct_diag d;
        ct_alloc_fail_after(n);
        ct_status s = ct_artifact_load(path, "inspect", ct_version(), NULL, &doc, &h, &d);
        ct_alloc_fail_after(-1);
        if (s == CT_OK) {
            ok_at = n;
            assert_string_equal(h.command, "inspect");
        } else {
            assert_int_equal(s, CT_ENOMEM);
            assert_null(doc);
        }
        ct_json_doc_free(doc);
    }
    assert_true(ok_at > 0);
    unlink(path);
    free(text);
}

/* The run-folder check report and plan --status share: a folder passes; a
 * missing one is CT_EIO with the hint to give a run's folder; a file is
 * "not a folder"; NULL or "" is CT_EINVAL. */
static void test_dir_check(void **state)
{
    (void)state;
    ct_diag d;
    char dir[] = "/tmp/ct_dir_check_XXXXXX";
    assert_non_null(mkdtemp(dir));
    assert_int_equal(ct_artifact_dir_check(dir, &d), CT_OK);
    char missing[64];
    snprintf(missing, sizeof missing, "%s/none", dir);
    memset(&d, 0, sizeof d);
    assert_int_equal(ct_artifact_dir_check(missing, &d), CT_EIO);
    assert_non_null(strstr(d.message, "cannot read the folder"));
    assert_non_null(strstr(d.hint, "claimtriage run FILE -o DIR"));
    const char *file = ct_test_tmpfile("x", 1);
    memset(&d, 0, sizeof d);
    assert_int_equal(ct_artifact_dir_check(file, &d), CT_EIO);
    assert_non_null(strstr(d.message, "not a folder"));
    assert_int_equal(ct_artifact_dir_check(NULL, &d), CT_EINVAL);
    assert_int_equal(ct_artifact_dir_check("", NULL), CT_EINVAL);
    unlink(file);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_wrong),
        cmocka_unit_test(test_load),
        cmocka_unit_test(test_load_alloc_failures),
        cmocka_unit_test(test_dir_check),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
