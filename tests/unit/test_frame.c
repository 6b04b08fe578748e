/* test_frame.c — the frame layer: schema types, inference, missing tokens,
 * bad rows, fixed dictionaries and unseen values, derived schemas, streaming
 * batches against one schema (the real file too), the fast path over a
 * stream's buffer against the general tokenizer, threads, building frames,
 * writing CSV and reading it back, allocation failures. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const ct_column *col(const ct_frame *f, const char *name)
{
    size_t j;
    assert_int_equal(ct_frame_find(f, name, &j, NULL), CT_OK);
    return ct_frame_col(f, j);
}

/* The reports schema, as the CLI passes it (the library's default has none). */
static ct_load_options reports_options(void)
{
    ct_load_options o = ct_load_options_default();
    o.schema = ct_reports_schema();
    return o;
}

static void test_inference(void **state)
{
    (void)state;
    const char *csv = "i,f,g,cat,txt,post_id,user_id,empty\n"
                      "1,1.5,343296.0,red,the quick brown fox,a1,10,\n"
                      "2,2,1e3,blue,jumps over the lazy dog,b2,20,\n"
                      "-3,NaN,7,red,NA,c3,30,\n";
    ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
    assert_int_equal(ct_frame_nrows(f), 3);
    assert_int_equal(ct_column_type(col(f, "i")), CT_TYPE_INT);
    assert_int_equal(ct_column_type(col(f, "f")), CT_TYPE_FLOAT);
    assert_int_equal(ct_column_type(col(f, "g")), CT_TYPE_FLOAT); /* '.' in 343296.0, as pandas */
    assert_rel(ct_column_f64(col(f, "g"))[0], 343296.0, 0);
    assert_rel(ct_column_f64(col(f, "g"))[1], 1000.0, 0);
    assert_int_equal(ct_column_type(col(f, "cat")), CT_TYPE_CATEGORY);
    assert_int_equal(ct_column_nlevels(col(f, "cat")), 2);
    assert_string_equal(ct_column_level(col(f, "cat"), 0), "red");
    assert_int_equal(ct_column_codes(col(f, "cat"))[2], 0);
    assert_int_equal(ct_column_type(col(f, "post_id")), CT_TYPE_ID); /* unique, named *_id */
    assert_int_equal(ct_column_type(col(f, "user_id")), CT_TYPE_ID);
    assert_true(ct_column_is_numeric(col(f, "user_id")));
    assert_int_equal(ct_column_type(col(f, "empty")), CT_TYPE_FLOAT);
    assert_int_equal(ct_column_nmissing(col(f, "empty")), 3);
    assert_int_equal(ct_column_nmissing(col(f, "f")), 1);
    assert_true(isnan(ct_column_f64(col(f, "f"))[2]));
    assert_int_equal(ct_column_missing(col(f, "txt"))[2], 1);
    assert_null(ct_column_str(col(f, "txt"), 2, NULL));
    size_t len;
    assert_string_equal(ct_column_str(col(f, "cat"), 1, &len), "blue");
    assert_int_equal(len, 4);
    assert_int_equal(ct_frame_row_line(f, 2), 4);
    ct_frame_destroy(f);
}

/* A whole number written with an exponent is a float, as pandas reads it:
 * "1e3" and "7" make a float column, and "1e20" (beyond 2^53, no int64
 * digits) stays a number instead of becoming a string identifier with no
 * summary; "1e308,-1e308" keep their two values apart from their strings. */
static void test_exponent_is_float(void **state)
{
    (void)state;
    const char *csv = "small,big,huge,digits\n"
                      "1e3,1e20,1e308,12345678901234567890123\n"
                      "7,2E20,-1e308,12345678901234567890124\n"
                      "8,3e20,1e308,12345678901234567890125\n";
    ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
    assert_int_equal(ct_column_type(col(f, "small")), CT_TYPE_FLOAT);
    assert_rel(ct_column_f64(col(f, "small"))[0], 1000, 0);
    assert_int_equal(ct_column_type(col(f, "big")), CT_TYPE_FLOAT);
    assert_rel(ct_column_f64(col(f, "big"))[1], 2e20, 0);
    assert_int_equal(ct_column_type(col(f, "huge")), CT_TYPE_FLOAT);
    assert_rel(ct_column_f64(col(f, "huge"))[1], -1e308, 0);
    /* digits beyond int64: exact only as strings, an identifier as before */
    assert_int_equal(ct_column_type(col(f, "digits")), CT_TYPE_ID);
    assert_false(ct_column_is_numeric(col(f, "digits")));
    ct_frame_destroy(f);
}

/* Inferred columns keep no strings while their values are plain whole
 * numbers; a later value that needs them brings back the earlier ones as
 * written, in memory and from a (mapped) file alike. */
static void test_numbers_then_strings(void **state)
{
    (void)state;
    const char *csv = "code,item_id,n\n"
                      "1,10,5\n"
                      "20,,6\n"
                      "300,7,\n"
                      "x4,0,8\n"
                      "1,a7,9\n";
    for (int way = 0; way < 2; way++) {
        ct_frame *f = NULL;
        if (way == 0) {
            f = ct_test_load(csv, NULL, CT_OK, NULL);
        } else {
            const char *path = ct_test_tmpfile(csv, strlen(csv));
            assert_int_equal(ct_frame_load(path, NULL, &f, NULL, NULL), CT_OK);
        }
        const ct_column *code = col(f, "code"), *id = col(f, "item_id"), *n = col(f, "n");
        assert_int_equal(ct_column_type(code), CT_TYPE_CATEGORY);
        assert_int_equal(ct_column_nlevels(code), 4);
        assert_string_equal(ct_column_level(code, 0), "1");
        assert_string_equal(ct_column_level(code, 1), "20");
        assert_string_equal(ct_column_level(code, 2), "300");
        assert_string_equal(ct_column_level(code, 3), "x4");
        assert_int_equal(ct_column_codes(code)[4], 0);
        /* one id is not a number: every id is a string, as written */
        assert_int_equal(ct_column_type(id), CT_TYPE_ID);
        assert_false(ct_column_is_numeric(id));
        static const char *const ids[] = {"10", NULL, "7", "0", "a7"};
        for (size_t i = 0; i < 5; i++) {
            size_t len = 0;
            const char *v = ct_column_str(id, i, &len);
            if (!ids[i]) {
                assert_null(v);
                continue;
            }
            assert_int_equal(len, strlen(ids[i]));
            assert_memory_equal(v, ids[i], len);
        }
        assert_int_equal(ct_column_type(n), CT_TYPE_INT);
        assert_int_equal(ct_column_nmissing(n), 1);
        assert_rel(ct_column_f64(n)[4], 9, 0);
        ct_frame_destroy(f);
    }
}

/* Found by the differential fuzzer: a bad row skipped by the fast path had
 * already told the numeric guess that a value was not whole. */
static void test_skipped_row_leaves_no_trace(void **state)
{
    (void)state;
    const char *csv = "a,b\n1,x\n2.5,y,z\n3,w\n";
    ct_load_options o = ct_load_options_default();
    o.on_bad_row = CT_BAD_ROW_SKIP;
    const char *path = ct_test_tmpfile(csv, strlen(csv));
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load(path, &o, &f, NULL, NULL), CT_OK);
    assert_int_equal(ct_frame_nrows(f), 2);
    assert_int_equal(ct_column_type(col(f, "a")), CT_TYPE_INT);
    ct_frame_destroy(f);
}

/* Found by the differential fuzzer: an undone row dropped the level hash
 * table of a column with 65 levels, which was then rebuilt with 64 slots
 * (and probed forever). */
static void test_undo_with_many_levels(void **state)
{
    (void)state;
    char csv[2048];
    size_t w = (size_t)snprintf(csv, sizeof csv, "claim_status,x\n");
    for (int i = 0; i < 65; i++)
        w += (size_t)snprintf(csv + w, sizeof csv - w, "v%d,1\n", i);
    w += (size_t)snprintf(csv + w, sizeof csv - w, "v65,1,extra\nv66,1\n");
    ct_load_options o = reports_options(); /* claim_status: categorical */
    o.on_bad_row = CT_BAD_ROW_SKIP;
    const char *path = ct_test_tmpfile(csv, w);
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load(path, &o, &f, NULL, NULL), CT_OK);
    assert_int_equal(ct_frame_nrows(f), 66);
    const ct_column *c = col(f, "claim_status");
    assert_int_equal(ct_column_nlevels(c), 66);
    assert_string_equal(ct_column_level(c, 65), "v66");
    assert_int_equal(ct_column_level_find(c, "v65"), -1);
    ct_frame_destroy(f);
}

/* ct_column_is_zero_one: numeric 0/1 columns (missing aside), categorical
 * ones whose levels are "0"/"1" (verified_status re-saved as a label), and
 * not a 0/1/2 code, an id, a True/False column or an empty one. */
static void test_zero_one(void **state)
{
    (void)state;
    ct_load_options o = reports_options();
    ct_frame *f = ct_test_load("a,b,c,verified_status,e,f\n"
                               "0,1,0,1,True,\n1,1,2,0,False,\n,1,1,1,True,\n",
                               &o, CT_OK, NULL);
    int both = -1;
    assert_int_equal(ct_column_is_zero_one(col(f, "a"), &both), 1);
    assert_int_equal(both, 1);
    assert_int_equal(ct_column_is_zero_one(col(f, "b"), &both), 1);
    assert_int_equal(both, 0);
    assert_int_equal(ct_column_is_zero_one(col(f, "c"), &both), 0);
    assert_int_equal(both, 0);
    assert_int_equal(ct_column_type(col(f, "verified_status")), CT_TYPE_CATEGORY);
    assert_int_equal(ct_column_is_zero_one(col(f, "verified_status"), &both), 1);
    assert_int_equal(both, 1);
    assert_int_equal(ct_column_is_zero_one(col(f, "e"), NULL), 0);
    assert_int_equal(ct_column_is_zero_one(col(f, "f"), NULL), 0);
    assert_int_equal(ct_column_is_zero_one(NULL, &both), 0);
    ct_frame_destroy(f);
}

static void test_text_inference(void **state)
{
    (void)state;
    /* more distinct values than max_categories, with spaces: text */
    ct_load_options o = ct_load_options_default();
    o.max_categories = 2;
    ct_frame *f = ct_test_load("t\nhello world\ngood bye\nsee you\n", &o, CT_OK, NULL);
    assert_int_equal(ct_column_type(ct_frame_col(f, 0)), CT_TYPE_TEXT);
    ct_frame_destroy(f);
}

/* pandas 1.5 default na_values, exactly; case-sensitive. */
static void test_na_tokens(void **state)
{
    (void)state;
    static const char *const na[] = {"#N/A", "#N/A N/A", "#NA",     "-1.#IND", "-1.#QNAN", "-NaN",
                                     "-nan", "1.#IND",   "1.#QNAN", "<NA>",    "N/A",      "NA",
                                     "NULL", "NaN",      "n/a",     "nan",     "null",     "\"\""};
    for (size_t k = 0; k < sizeof na / sizeof na[0]; k++) {
        char csv[128];
        snprintf(csv, sizeof csv, "a,b\nx,%s\ny,z\n", na[k]);
        ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
        if (ct_column_nmissing(ct_frame_col(f, 1)) != 1)
            print_error("token '%s' not read as missing\n", na[k]);
        assert_int_equal(ct_column_nmissing(ct_frame_col(f, 1)), 1);
        ct_frame_destroy(f);
    }
    static const char *const not_na[] = {"None", "none", "Na", "NAN", "n/A", "-", "?", "0"};
    for (size_t k = 0; k < sizeof not_na / sizeof not_na[0]; k++) {
        char csv[128];
        snprintf(csv, sizeof csv, "a,b\nx,%s\ny,z\n", not_na[k]);
        ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
        assert_int_equal(ct_column_nmissing(ct_frame_col(f, 1)), 0);
        ct_frame_destroy(f);
    }
    /* extra tokens */
    const char *extra[] = {"?", "missing"};
    ct_load_options o = ct_load_options_default();
    o.na_values = extra;
    o.n_na_values = 2;
    ct_frame *f = ct_test_load("a\n1\n?\nmissing\n4\n", &o, CT_OK, NULL);
    assert_int_equal(ct_column_nmissing(ct_frame_col(f, 0)), 2);
    assert_int_equal(ct_column_type(ct_frame_col(f, 0)), CT_TYPE_INT);
    ct_frame_destroy(f);
}

static const char tiktok_header[] =
    "#,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,"
    "author_ban_status,video_view_count,video_like_count,video_share_count,"
    "video_download_count,video_comment_count\n";

static char *tiktok(const char *rows)
{
    size_t n = strlen(tiktok_header) + strlen(rows) + 1;
    char *s = malloc(n);
    snprintf(s, n, "%s%s", tiktok_header, rows);
    return s;
}

static void test_schema(void **state)
{
    (void)state;
    const ct_load_options rs = reports_options();
    char *csv = tiktok("1,claim,7017666017,59,a synthetic claim text,not verified,under review,"
                       "343296.0,19425,241,1,0\n"
                       "2,opinion,4014381136,32,i think that it is fine,verified,active,"
                       "140877,77355,19034,1161,684\n"
                       "3,,9999999999,10,,verified,active,,,,,\n");
    ct_frame *f = ct_test_load(csv, &rs, CT_OK, NULL);
    assert_int_equal(ct_column_type(col(f, "#")), CT_TYPE_ID);
    assert_int_equal(ct_column_type(col(f, "video_id")), CT_TYPE_ID);
    assert_true(ct_column_is_numeric(col(f, "video_id")));
    assert_rel(ct_column_f64(col(f, "video_id"))[2], 9999999999.0, 0);
    /* text and categorical even with only two rows */
    assert_int_equal(ct_column_type(col(f, "claim_status")), CT_TYPE_CATEGORY);
    assert_int_equal(ct_column_type(col(f, "video_transcription_text")), CT_TYPE_TEXT);
    assert_int_equal(ct_column_type(col(f, "video_view_count")), CT_TYPE_INT);
    assert_rel(ct_column_f64(col(f, "video_view_count"))[0], 343296.0, 0);
    assert_int_equal(ct_column_nmissing(col(f, "video_view_count")), 1);
    ct_frame_destroy(f);
    free(csv);

    /* a value that does not fit a schema column is a bad row, named */
    csv = tiktok("1,claim,7017666017,59,text,not verified,active,many,1,1,1,1\n");
    ct_diag d;
    ct_test_load(csv, &rs, CT_EDATA, &d);
    assert_int_equal(d.line, 2);
    assert_non_null(strstr(d.message, "video_view_count"));
    assert_non_null(strstr(d.message, "'many'"));
    free(csv);
    csv = tiktok("1,claim,7017666017,59.5,text,not verified,active,1,1,1,1,1\n");
    ct_test_load(csv, &rs, CT_EDATA, &d);
    assert_non_null(strstr(d.message, "whole number"));
    free(csv);

    /* without the schema (use_schema 0, or the default: none), the same
     * column is inferred */
    ct_load_options o = reports_options();
    o.use_schema = 0;
    csv = tiktok("1,claim,7017666017,59.5,text,not verified,active,many,1,1,1,1\n");
    f = ct_test_load(csv, &o, CT_OK, NULL);
    assert_int_equal(ct_column_type(col(f, "video_duration_sec")), CT_TYPE_FLOAT);
    assert_int_equal(ct_column_type(col(f, "video_view_count")), CT_TYPE_CATEGORY);
    ct_frame_destroy(f);
    f = ct_test_load(csv, NULL, CT_OK, NULL);
    assert_int_equal(ct_column_type(col(f, "video_view_count")), CT_TYPE_CATEGORY);
    ct_frame_destroy(f);
    free(csv);
}

typedef struct bad_log {
    int n;
    long lines[16];
    char hint[16][CT_DIAG_MSG_MAX];
} bad_log;

static void log_bad(void *user, const ct_diag *d)
{
    bad_log *b = user;
    if (b->n < 16) {
        b->lines[b->n] = d->line;
        snprintf(b->hint[b->n], CT_DIAG_MSG_MAX, "%s", d->hint);
    }
    b->n++;
}

static void test_bad_rows(void **state)
{
    (void)state;
    const char *csv = "a,b,c\n"
                      "1,2,3\n"
                      "\"4,5,6\"\n"            /* line wrapped in quotes */
                      "7,8\n"                  /* short */
                      "\"multi\nline\",9,10\n" /* fine: starts line 5, ends line 6 */
                      "11,12,13,14\n"          /* long, line 7 */
                      "15,16,17\n";
    bad_log log = {0};
    ct_load_options o = ct_load_options_default();
    o.on_bad_row_fn = log_bad;
    o.on_bad_row_user = &log;
    ct_diag d;
    ct_frame *f = NULL;
    ct_load_stats st;
    assert_int_equal(ct_frame_load_mem(csv, strlen(csv), "t.csv", &o, &f, &st, &d), CT_EDATA);
    assert_null(f);
    assert_int_equal(log.n, 3);
    assert_int_equal(log.lines[0], 3);
    assert_int_equal(log.lines[1], 4);
    assert_int_equal(log.lines[2], 7);
    assert_non_null(strstr(log.hint[0], "wrapped in quotes"));
    assert_int_equal(d.line, 3);
    assert_string_equal(d.message, "expected 3 fields, found 1");
    assert_int_equal(st.bad_rows, 3);

    /* skip: the rest loads, and the counts say what happened */
    memset(&log, 0, sizeof log);
    o.on_bad_row = CT_BAD_ROW_SKIP;
    assert_int_equal(ct_frame_load_mem(csv, strlen(csv), "t.csv", &o, &f, &st, &d), CT_OK);
    assert_int_equal(ct_frame_nrows(f), 3);
    assert_int_equal(st.rows_read, 6);
    assert_int_equal(st.rows_used, 3);
    assert_int_equal(st.rows_skipped, 3);
    assert_int_equal(log.n, 3);
    assert_int_equal(ct_frame_row_line(f, 1), 5);
    assert_int_equal(ct_frame_row_line(f, 2), 8);
    ct_frame_destroy(f);
}

static void test_header(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("a,a,,a\n1,2,3,4\n", NULL, CT_OK, NULL);
    assert_string_equal(ct_column_name(ct_frame_col(f, 0)), "a");
    assert_string_equal(ct_column_name(ct_frame_col(f, 1)), "a.1");
    assert_string_equal(ct_column_name(ct_frame_col(f, 2)), "Unnamed: 2");
    assert_string_equal(ct_column_name(ct_frame_col(f, 3)), "a.2");
    ct_frame_destroy(f);
    ct_diag d;
    ct_test_load("", NULL, CT_EEMPTY, &d);
    assert_non_null(strstr(d.message, "empty"));
    ct_test_load("\n\n", NULL, CT_EEMPTY, &d);
    f = ct_test_load("a,b\n", NULL, CT_OK, NULL); /* header only: zero rows */
    assert_int_equal(ct_frame_nrows(f), 0);
    assert_int_equal(ct_frame_ncols(f), 2);
    ct_frame_destroy(f);
    size_t j;
    f = ct_test_load("a\n1\n", NULL, CT_OK, NULL);
    assert_int_equal(ct_frame_find(f, "zz", &j, &d), CT_ECOLUMN);
    assert_non_null(strstr(d.message, "'zz'"));
    ct_frame_destroy(f);
}

/* ct_frame_unread_columns: the columns not among the used names, in the
 * file's order, cut after max with the rest counted (the hint of a column
 * renamed to an unrelated name: tests/cli/score_absent_renamed_unread) */
static void test_unread_columns(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("id,transcript,views,label\n1,a b,3,x\n", NULL, CT_OK, NULL);
    const char *used[] = {"id", NULL, "label", "nosuch"};
    char buf[128];
    assert_int_equal(ct_frame_unread_columns(f, used, 4, 12, buf, sizeof buf), 2);
    assert_string_equal(buf, "'transcript', 'views'");
    assert_int_equal(ct_frame_unread_columns(f, used, 4, 1, buf, sizeof buf), 2);
    assert_string_equal(buf, "'transcript', ... (1 more)");
    assert_int_equal(ct_frame_unread_columns(f, NULL, 0, 12, buf, 20), 4);
    assert_true(strlen(buf) < 20); /* cut to fit, terminated */
    const char *all[] = {"id", "transcript", "views", "label"};
    assert_int_equal(ct_frame_unread_columns(f, all, 4, 12, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    ct_frame_destroy(f);
}

static void test_options_check(void **state)
{
    (void)state;
    ct_load_options o = ct_load_options_default();
    assert_null(ct_load_options_check(&o));
    o.delimiter = '"';
    assert_non_null(ct_load_options_check(&o));
    o = ct_load_options_default();
    o.infer_rows = 0;
    assert_non_null(ct_load_options_check(&o));
    ct_frame *f;
    assert_int_equal(ct_frame_load_mem("a\n", 2, "t", &o, &f, NULL, NULL), CT_EINVAL);
}

/* Streaming batches hold the same rows as a whole load. */
static void test_reader(void **state)
{
    (void)state;
    char *big = malloc(200000);
    size_t w = (size_t)snprintf(big, 200000, "id,x,label\n");
    for (int i = 0; i < 5000; i++)
        w += (size_t)snprintf(big + w, 200000 - w, "%d,%d.5,%s\n", i, i % 97,
                              i % 3 ? "claim" : "opinion");
    const char *path = ct_test_tmpfile(big, w);
    ct_load_options o = ct_load_options_default();
    o.infer_rows = 100;
    ct_reader *r;
    assert_int_equal(ct_reader_open(path, &o, &r, NULL), CT_OK);
    size_t total = 0, batches = 0;
    double sum = 0;
    for (;;) {
        ct_frame *b;
        assert_int_equal(ct_reader_next(r, 333, &b, NULL), CT_OK);
        if (!b)
            break;
        assert_true(ct_frame_nrows(b) <= 333);
        assert_int_equal(ct_column_type(ct_frame_col(b, 1)), CT_TYPE_FLOAT);
        assert_int_equal(ct_column_type(ct_frame_col(b, 2)), CT_TYPE_CATEGORY);
        for (size_t i = 0; i < ct_frame_nrows(b); i++)
            sum += ct_column_f64(ct_frame_col(b, 1))[i];
        assert_int_equal(ct_frame_row_line(b, 0), (long)total + 2);
        total += ct_frame_nrows(b);
        batches++;
        ct_frame_destroy(b);
    }
    assert_int_equal(total, 5000);
    assert_int_equal(batches, (5000 + 332) / 333);
    assert_int_equal(ct_reader_stats(r)->rows_used, 5000);
    double want = 0;
    for (int i = 0; i < 5000; i++)
        want += i % 97 + 0.5;
    assert_rel(sum, want, 1e-12);
    ct_reader_close(r);

    /* after inference, a value of the wrong type is a bad row */
    const char *csv2 = "a,b\n1,x\n2,y\nnotanumber,z\n";
    path = ct_test_tmpfile(csv2, strlen(csv2));
    o.infer_rows = 2;
    assert_int_equal(ct_reader_open(path, &o, &r, NULL), CT_OK);
    ct_frame *b;
    ct_diag d;
    assert_int_equal(ct_reader_next(r, 10, &b, &d), CT_EDATA);
    assert_int_equal(d.line, 4);
    ct_reader_close(r);
    free(big);
}

/* Every allocation failure is reported as CT_ENOMEM: no crash, no leak. */
static void test_alloc_failures(void **state)
{
    (void)state;
    char *csv = tiktok("1,claim,7017666017,59,a \"\"quoted\"\" text,not verified,under review,"
                       "343296,19425,241,1,0\n"
                       "2,opinion,4014381136,32,i think,verified,active,1,2,3,4,5\n"
                       "3,,9999999999,10,,verified,active,,,,,\n");
    int succeeded = 0;
    const ct_load_options rs = reports_options();
    for (long n = 0; n < 2000 && !succeeded; n++) {
        ct_alloc_fail_after(n);
        ct_frame *f = NULL;
        ct_status s = ct_frame_load_mem(csv, strlen(csv), "t", &rs, &f, NULL, NULL);
        ct_inspect *r = NULL;
        if (s == CT_OK) {
            s = ct_inspect_frame(f, NULL, &r, NULL);
            succeeded = s == CT_OK;
        }
        ct_alloc_fail_after(-1);
        if (s != CT_OK)
            assert_int_equal(s, CT_ENOMEM);
        ct_inspect_free(r);
        ct_frame_destroy(f);
    }
    assert_true(succeeded);
    free(csv);
}

static void test_numbers(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("x\n 12 \n-0.5\n1e-3\n+4\ninf\n-Infinity\n"
                               "0.1\n123456789012345678901234\n",
                               NULL, CT_OK, NULL);
    const double *v = ct_column_f64(ct_frame_col(f, 0));
    assert_rel(v[0], 12, 0);
    assert_rel(v[1], -0.5, 0);
    assert_rel(v[2], 1e-3, 0);
    assert_rel(v[3], 4, 0);
    assert_true(isinf(v[4]) && v[4] > 0);
    assert_true(isinf(v[5]) && v[5] < 0);
    assert_true(v[6] == 0.1);
    assert_true(v[7] == 123456789012345678901234.0);
    ct_frame_destroy(f);
    f = ct_test_load("x\n1\n0x10\n", NULL, CT_OK, NULL); /* hex is not a number */
    assert_int_equal(ct_column_type(ct_frame_col(f, 0)), CT_TYPE_CATEGORY);
    ct_frame_destroy(f);
}

/* Found by the loader fuzzer: a category level shorter than a later value
 * with the same hash slot was compared past its end. */
static void test_levels_of_different_lengths(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("c\nab\nabcdefgh\na\nabcdefghijklmnop\nab\na\n", NULL, CT_OK, NULL);
    const ct_column *c = ct_frame_col(f, 0);
    assert_int_equal(ct_column_type(c), CT_TYPE_CATEGORY);
    assert_int_equal(ct_column_nlevels(c), 4);
    assert_int_equal(ct_column_codes(c)[4], 0);
    assert_int_equal(ct_column_codes(c)[5], 2);
    assert_int_equal(ct_column_level_find(c, "abcdefgh"), 1);
    ct_frame_destroy(f);
}

/* The parallel loader (files >= 1 MiB, several threads) must give exactly
 * the serial result: same rows, values, lines, bad rows in file order, also
 * when a literal quote in an unquoted field breaks the quote-parity guess. */
typedef struct bad_lines {
    size_t n;
    long line[4096];
} bad_lines;

static void note_bad_line(void *user, const ct_diag *d)
{
    bad_lines *b = user;
    if (b->n < 4096)
        b->line[b->n] = d->line;
    b->n++;
}

static ct_status load_way(const char *path, ct_bad_row_policy pol, int threads, int map,
                          ct_frame **f, bad_lines *b, ct_load_stats *st)
{
    ct_load_options o = ct_load_options_default();
    o.on_bad_row = pol;
    o.on_bad_row_fn = note_bad_line;
    o.on_bad_row_user = b;
    o.parallel_min_bytes = 1 << 20; /* the test file is 3 MiB */
    o.map_files = map;
    ct_threads_set(threads); /* the library's own setting: default 1 */
    ct_status s = ct_frame_load(path, &o, f, st, NULL);
    ct_threads_set(1);
    return s;
}
static void assert_frames_equal(const ct_frame *a, const ct_frame *b)
{
    assert_int_equal(ct_frame_nrows(a), ct_frame_nrows(b));
    assert_int_equal(ct_frame_ncols(a), ct_frame_ncols(b));
    for (size_t i = 0; i < ct_frame_nrows(a); i++)
        assert_int_equal(ct_frame_row_line(a, i), ct_frame_row_line(b, i));
    for (size_t j = 0; j < ct_frame_ncols(a); j++) {
        const ct_column *x = ct_frame_col(a, j), *y = ct_frame_col(b, j);
        assert_int_equal(ct_column_type(x), ct_column_type(y));
        assert_int_equal(ct_column_nmissing(x), ct_column_nmissing(y));
        for (size_t i = 0; i < ct_frame_nrows(a); i++) {
            assert_int_equal(ct_column_missing(x)[i], ct_column_missing(y)[i]);
            if (ct_column_f64(x)) {
                if (!ct_column_missing(x)[i])
                    assert_true(ct_column_f64(x)[i] == ct_column_f64(y)[i]);
            } else {
                size_t lp = 0, lq = 0;
                const char *p = ct_column_str(x, i, &lp), *q = ct_column_str(y, i, &lq);
                assert_true((p == NULL) == (q == NULL));
                assert_int_equal(lp, lq);
                if (p)
                    assert_memory_equal(p, q, lp);
            }
        }
    }
}

static void parallel_case(int literal_quotes)
{
    size_t cap = 3u << 20, w = 0;
    char *buf = malloc(cap + 4096);
    w += (size_t)snprintf(buf + w, cap - w, "id,label,n,txt\r\n");
    for (int i = 0; w < cap - 256; i++) {
        const char *label = i % 3 ? "claim" : (i % 7 ? "opinion" : "#N/A");
        if (i % 997 == 0) /* a quoted field with a line break and quotes */
            w += (size_t)snprintf(buf + w, cap - w, "%d,%s,%d,\"a \"\"q\"\"\r\nb, c\"\r\n", i,
                                  label, i % 50);
        else if (i % 1499 == 0) /* a bad row: the whole line wrapped in quotes */
            w += (size_t)snprintf(buf + w, cap - w, "\"%d,%s,1,x\"\r\n", i, label);
        else if (i % 2503 == 0) /* a bad row of two lines: its quote closes on the next */
            w += (size_t)snprintf(buf + w, cap - w, "%d,%s,1,\"open\r\n%d,%s,1,close\" x\r\n", i,
                                  label, i + 1, label);
        else if (literal_quotes && i % 2003 == 0) /* a literal quote in an unquoted field */
            w += (size_t)snprintf(buf + w, cap - w, "%d,%s,%d,5'11\" tall\r\n", i, label, i);
        else if (i % 3001 == 0)
            w += (size_t)snprintf(buf + w, cap - w, "\r\n"); /* blank line */
        else { /* n turns from numbers to strings in the second part */
            char nv[24];
            snprintf(nv, sizeof nv, i < 60000 ? "%d" : "n%d", i % 1000);
            w += (size_t)snprintf(buf + w, cap - w, "%d,%s,%s,text number %d here\r\n", i, label,
                                  nv, i);
        }
    }
    const char *path = ct_test_tmpfile(buf, w);
    static bad_lines bp, bs;
    for (int pol = 0; pol < 2; pol++) {
        /* the reference: one thread, read through stdio; then parallel and
         * serial loads of the mapped file, and a parallel stdio load */
        memset(&bs, 0, sizeof bs);
        ct_frame *b = NULL;
        ct_load_stats ss, sp;
        ct_status s0 = load_way(path, (ct_bad_row_policy)pol, 1, 0, &b, &bs, &ss);
        assert_true(bs.n > 0);
        /* the skipped rows' lines (2026-12-04): the two-line bad rows count
         * both lines, in file order, the parallel loader as the serial */
        if (pol == CT_BAD_ROW_SKIP) {
            assert_true(ss.skipped_lines > ss.rows_skipped);
            assert_int_equal(ss.nskipped, CT_LOAD_SPANS_MAX);
            for (size_t k = 0; k < ss.nskipped; k++)
                assert_true(ss.skipped[k].last_line >= ss.skipped[k].line);
        }
        for (int way = 0; way < 3; way++) {
            memset(&bp, 0, sizeof bp);
            ct_frame *a = NULL;
            assert_int_equal(
                load_way(path, (ct_bad_row_policy)pol, way == 1 ? 1 : 2, way < 2, &a, &bp, &sp),
                s0);
            assert_int_equal(bp.n, bs.n);
            for (size_t k = 0; k < bp.n && k < 4096; k++)
                assert_int_equal(bp.line[k], bs.line[k]);
            if (pol == CT_BAD_ROW_SKIP) {
                assert_int_equal(sp.rows_skipped, ss.rows_skipped);
                assert_int_equal(sp.skipped_lines, ss.skipped_lines);
                assert_int_equal(sp.nskipped, ss.nskipped);
                for (size_t k = 0; k < ss.nskipped; k++) {
                    assert_int_equal(sp.skipped[k].line, ss.skipped[k].line);
                    assert_int_equal(sp.skipped[k].last_line, ss.skipped[k].last_line);
                }
            }
            if (pol == CT_BAD_ROW_SKIP)
                assert_frames_equal(a, b);
            else
                assert_null(a);
            ct_frame_destroy(a);
        }
        ct_frame_destroy(b);
    }
    free(buf);
}

/* A mapped file loads exactly as the same bytes from memory: a byte-order
 * mark, CRLF, doubled quotes (collapsed outside the read-only mapping), a
 * last line without a newline ending on a page boundary (the scanner reads
 * the zero padding past the file), and the numeric guess of inferred
 * columns given up midway or kept. */
static void test_mapped_equals_memory(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "\xEF\xBB\xBF"
        "a,b\r\n1,\"x \"\"y\"\"\"\r\n2,\"multi\r\nline\"\r\n",
        "n,m,id\n1,1.0,7\n2,2.5,8\n3,x,9\n4,,10\n",
        "n,m\n1,NA\n2,NA\n1e3,NA\n",
        "#,t\n1,a\n2,b\n2,c\n",
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *path = ct_test_tmpfile(cases[k], strlen(cases[k]));
        ct_frame *a = NULL, *b = NULL;
        assert_int_equal(ct_frame_load(path, NULL, &a, NULL, NULL), CT_OK);
        b = ct_test_load(cases[k], NULL, CT_OK, NULL);
        assert_frames_equal(a, b);
        ct_frame_destroy(a);
        ct_frame_destroy(b);
    }
    /* 4096 bytes exactly, the last field unterminated by a newline */
    char page[4096];
    size_t w = (size_t)snprintf(page, sizeof page, "id,txt\n");
    for (int i = 0; w < sizeof page - 64; i++)
        w += (size_t)snprintf(page + w, sizeof page - w, "%d,some words %d\n", i, i);
    w += (size_t)snprintf(page + w, sizeof page - w, "%d,", 99999);
    memset(page + w, 'z', sizeof page - w);
    const char *path = ct_test_tmpfile(page, sizeof page);
    char *copy = malloc(sizeof page + 1);
    memcpy(copy, page, sizeof page);
    copy[sizeof page] = '\0';
    ct_frame *a = NULL, *b = NULL;
    assert_int_equal(ct_frame_load(path, NULL, &a, NULL, NULL), CT_OK);
    b = ct_test_load(copy, NULL, CT_OK, NULL);
    assert_frames_equal(a, b);
    size_t len = 0;
    const ct_column *t = ct_frame_col(a, 1);
    const char *last = ct_column_str(t, ct_frame_nrows(a) - 1, &len);
    assert_int_equal(len, sizeof page - w);
    assert_true(last[0] == 'z' && last[len - 1] == 'z');
    ct_frame_destroy(a);
    ct_frame_destroy(b);
    free(copy);
}

/* Line numbers count every line break, a lone CR inside a quoted field
 * too (Python's csv line_num; before 2026-12-07 such a CR was no line, and
 * every row and bad row after it was named a line too low): rows and bad
 * rows are at the lines the generator wrote them on, by every way of
 * loading (memory, stdio and mapped, serial and parallel blocks). */
static void test_lone_cr_line_numbers(void **state)
{
    (void)state;
    size_t cap = 3u << 20, w = 0, nrows = 0, nbad = 0;
    char *buf = malloc(cap + 4096);
    long *want = malloc(sizeof *want * (cap / 8)), want_bad[64], line = 2;
    w += (size_t)snprintf(buf + w, cap - w, "id,label,txt\n");
    for (int i = 0; w < cap - 256; i++) {
        if (i % 5000 == 4999 && nbad < 64) { /* a bad row: a field too many */
            want_bad[nbad++] = line;
            w += (size_t)snprintf(buf + w, cap - w, "%d,claim,x,y\n", i);
            line++;
        } else if (i % 499 == 0) { /* two lone CRs and a CRLF in the text */
            want[nrows++] = line;
            w += (size_t)snprintf(buf + w, cap - w, "%d,claim,\"a\rb\r\nc\rd\"\n", i);
            line += 4;
        } else {
            want[nrows++] = line;
            w += (size_t)snprintf(buf + w, cap - w, "%d,%s,text %d\n", i,
                                  i % 3 ? "claim" : "opinion", i);
            line++;
        }
    }
    const char *path = ct_test_tmpfile(buf, w);
    static bad_lines b;
    for (int way = 0; way < 5; way++) {
        memset(&b, 0, sizeof b);
        ct_frame *f = NULL;
        if (way == 4) {
            ct_load_options o = ct_load_options_default();
            o.on_bad_row = CT_BAD_ROW_SKIP;
            o.on_bad_row_fn = note_bad_line;
            o.on_bad_row_user = &b;
            assert_int_equal(ct_frame_load_mem(buf, w, "t", &o, &f, NULL, NULL), CT_OK);
        } else {
            /* stdio serial, mapped serial, mapped parallel, stdio parallel */
            assert_int_equal(load_way(path, CT_BAD_ROW_SKIP, way < 2 ? 1 : 2, way == 1 || way == 2,
                                      &f, &b, NULL),
                             CT_OK);
        }
        assert_int_equal(ct_frame_nrows(f), nrows);
        for (size_t i = 0; i < nrows; i++)
            if (ct_frame_row_line(f, i) != want[i]) {
                print_error("way %d row %zu: line %ld, want %ld\n", way, i, ct_frame_row_line(f, i),
                            want[i]);
                fail();
            }
        assert_int_equal(b.n, nbad);
        for (size_t k = 0; k < nbad; k++)
            assert_int_equal(b.line[k], want_bad[k]);
        ct_frame_destroy(f);
    }
    unlink(path);
    free(want);
    free(buf);
}

static void test_parallel_equals_serial(void **state)
{
    (void)state;
    parallel_case(0); /* the cuts hold: rows merged, bad rows replayed in order */
    parallel_case(1); /* a cut is doubtful: the load goes on serially */
}

/* ------------------------------------------------------------ threads */

/* Threads the process has now (Linux: one entry per task). */
static int count_threads(void)
{
    FILE *fp = fopen("/proc/self/status", "r");
    if (!fp)
        return -1;
    char line[256];
    int n = -1;
    while (fgets(line, sizeof line, fp))
        if (strncmp(line, "Threads:", 8) == 0)
            n = (int)strtol(line + 8, NULL, 10);
    fclose(fp);
    return n;
}

/* A CSV of about `bytes` bytes, CRLF: numbers, categories (with a missing
 * token), quoted text (a doubled quote now and then), a column whose
 * values turn from numbers to strings late, blank lines. */
static char *sample_csv(size_t bytes, size_t *len)
{
    char *buf = malloc(bytes + 256);
    size_t w = (size_t)snprintf(buf, bytes, "id,label,n,x,txt\r\n");
    for (int i = 0; w < bytes - 128; i++) {
        if (i % 500 == 499)
            w += (size_t)snprintf(buf + w, bytes + 256 - w, "\r\n");
        char nv[24];
        snprintf(nv, sizeof nv, i < 3000 ? "%d" : "n%d", i % 1000);
        w += (size_t)snprintf(buf + w, bytes + 256 - w, "%d,%s,%s,%d.25,\"text, %d%s here\"\r\n", i,
                              i % 3 ? "claim" : (i % 5 ? "opinion" : "NA"), nv, i % 77, i,
                              i % 97 ? "" : " \"\"q\"\"");
    }
    *len = w;
    return buf;
}

/* The library starts no thread unless asked: a whole-file load of a mapped
 * file large enough for the parallel loader, with the default setting,
 * leaves the process with the threads it had (no helper, no OpenMP team);
 * with ct_threads_set(2) the result is the same frame. Runs first, before
 * any test raised the setting. */
static void test_default_starts_no_thread(void **state)
{
    (void)state;
    assert_int_equal(ct_threads(), 1);
    size_t len;
    char *csv = sample_csv((size_t)3 << 20, &len);
    const char *path = ct_test_tmpfile(csv, len);
    ct_load_options o = ct_load_options_default();
    o.parallel_min_bytes = 1 << 20;
    int before = count_threads();
    assert_true(before >= 1);
    ct_frame *a = NULL, *b = NULL;
    assert_int_equal(ct_frame_load(path, &o, &a, NULL, NULL), CT_OK);
    ct_inspect *r = NULL;
    assert_int_equal(ct_inspect_frame(a, NULL, &r, NULL), CT_OK);
    ct_inspect_free(r);
    assert_int_equal(count_threads(), before);
    ct_threads_set(1);
    assert_int_equal(ct_frame_load(path, &o, &b, NULL, NULL), CT_OK);
    assert_int_equal(count_threads(), before);
    assert_frames_equal(a, b);
    ct_frame_destroy(b);
    ct_threads_set(2);
    assert_int_equal(ct_frame_load(path, &o, &b, NULL, NULL), CT_OK);
    ct_threads_set(1);
    assert_frames_equal(a, b);
    for (size_t j = 0; j < ct_frame_ncols(a); j++)
        assert_int_equal(ct_column_nlevels(ct_frame_col(a, j)),
                         ct_column_nlevels(ct_frame_col(b, j)));
    /* The helper thread and OpenMP's pool outlive the load and the setting's
     * return to 1; ct_threads_shutdown() ends them (before 2026-12-04 nothing
     * did), and the next load with threads starts them again. */
    assert_true(count_threads() > before);
    ct_threads_shutdown();
    assert_int_equal(count_threads(), before);
    ct_frame_destroy(b);
    b = NULL;
    ct_threads_set(2);
    assert_int_equal(ct_frame_load(path, &o, &b, NULL, NULL), CT_OK);
    assert_true(count_threads() > before);
    ct_threads_set(1);
    assert_frames_equal(a, b);
    ct_threads_shutdown();
    ct_threads_shutdown(); /* nothing left to end */
    assert_int_equal(count_threads(), before);
    ct_frame_destroy(a);
    ct_frame_destroy(b);
    unlink(path);
    free(csv);
}

/* ------------------------------------------------- schemas, dictionaries */

/* An int column of the schema (a count) with values beyond 2^53 keeps
 * their exact values, as pandas' int64 does: 2^53 + 1 and 2^53 + 2 share a
 * double but are two values (distinct counts and duplicate rows read
 * ct_column_i64). Rows before the first such value, written as floats
 * ("7.0") or missing, are exact too; a value beyond int64 leaves doubles
 * only (pandas' float64). General path, fast path, parallel blocks. */
static void test_int_beyond_2p53_exact(void **state)
{
    (void)state;
    const ct_schema_column sc[] = {{.name = "n", .type = CT_TYPE_INT},
                                   {.name = "k", .type = CT_TYPE_INT}};
    const ct_schema schema = {sc, 2};
    ct_load_options o = ct_load_options_default();
    o.schema = &schema;
    const char *csv = "n,k\n7.0,1\n,2\n9007199254740993,3\n9007199254740994,4\n"
                      "-9007199254740995,5\n12,18446744073709551621\n";
    static const int64_t want[] = {
        7, 0, 9007199254740993LL, 9007199254740994LL, -9007199254740995LL, 12};
    for (int way = 0; way < 2; way++) { /* general path (memory), fast path (mapped) */
        ct_frame *f = NULL;
        if (way == 0) {
            assert_int_equal(ct_frame_load_mem(csv, strlen(csv), "t", &o, &f, NULL, NULL), CT_OK);
        } else {
            const char *path = ct_test_tmpfile(csv, strlen(csv));
            assert_int_equal(ct_frame_load(path, &o, &f, NULL, NULL), CT_OK);
            unlink(path);
        }
        const ct_column *n = ct_frame_col(f, 0), *k = ct_frame_col(f, 1);
        assert_int_equal(ct_column_type(n), CT_TYPE_INT);
        assert_non_null(ct_column_i64(n));
        for (size_t i = 0; i < 6; i++)
            assert_true(ct_column_i64(n)[i] == want[i]);
        assert_true(ct_column_missing(n)[1]);
        assert_true(ct_column_f64(n)[2] == 9007199254740992.0); /* the double rounds */
        assert_null(ct_column_i64(k));                          /* beyond int64: doubles only */
        assert_true(ct_column_f64(k)[5] == 18446744073709551621.0);
        ct_frame_destroy(f);
    }
    /* a big file in parallel blocks: the first value beyond 2^53 comes late,
     * and the exact values are those of a serial load */
    size_t cap = 3u << 20, w = 0;
    char *buf = malloc(cap + 64);
    w += (size_t)snprintf(buf + w, cap - w, "n,k\n");
    long long rows = 0;
    for (; w < cap - 64; rows++)
        w += (size_t)snprintf(buf + w, cap - w, "%lld,%lld\n",
                              rows > 150000 && rows % 3 == 0 ? 9007199254740993LL + rows % 7 : rows,
                              rows % 5);
    const char *path = ct_test_tmpfile(buf, w);
    o.parallel_min_bytes = 1 << 20;
    ct_threads_set(2);
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load(path, &o, &f, NULL, NULL), CT_OK);
    ct_threads_set(1);
    assert_int_equal(ct_frame_nrows(f), (size_t)rows);
    const int64_t *x = ct_column_i64(ct_frame_col(f, 0));
    assert_non_null(x);
    for (long long i = 0; i < rows; i++)
        assert_true(x[i] == (i > 150000 && i % 3 == 0 ? 9007199254740993LL + i % 7 : i));
    assert_null(ct_column_i64(ct_frame_col(f, 1))); /* never beyond 2^53 */
    ct_frame_destroy(f);
    unlink(path);
    free(buf);
}

static void test_fixed_levels(void **state)
{
    (void)state;
    static const char *const colors[] = {"green", "red", "blue"};
    const ct_schema_column sc[] = {
        {.name = "c", .type = CT_TYPE_CATEGORY, .levels = colors, .nlevels = 3},
        {.name = "n", .type = CT_TYPE_INT, .levels = NULL, .nlevels = 0},
    };
    const ct_schema schema = {sc, 2};
    assert_null(ct_schema_check(&schema));
    ct_load_options o = ct_load_options_default();
    o.schema = &schema;
    const char *csv = "c,n\nred,1\npurple,2\n,3\nblue,4\nred,5\nmauve,6\n";
    for (int way = 0; way < 2; way++) { /* general path (memory), fast path (mapped) */
        ct_frame *f = NULL;
        ct_load_stats st;
        if (way == 0) {
            assert_int_equal(ct_frame_load_mem(csv, strlen(csv), "t", &o, &f, &st, NULL), CT_OK);
        } else {
            const char *path = ct_test_tmpfile(csv, strlen(csv));
            assert_int_equal(ct_frame_load(path, &o, &f, &st, NULL), CT_OK);
            unlink(path);
        }
        const ct_column *c = ct_frame_col(f, 0);
        assert_int_equal(ct_column_type(c), CT_TYPE_CATEGORY);
        assert_int_equal(ct_column_nlevels(c), 3); /* never added */
        assert_string_equal(ct_column_level(c, 0), "green");
        static const int32_t want[] = {1, CT_CODE_UNSEEN, -1, 2, 1, CT_CODE_UNSEEN};
        for (size_t i = 0; i < 6; i++) {
            assert_int_equal(ct_column_codes(c)[i], want[i]);
            assert_int_equal(ct_column_missing(c)[i], want[i] < 0);
        }
        assert_null(ct_column_str(c, 1, NULL));
        assert_int_equal(ct_column_nunseen(c), 2);
        assert_int_equal(ct_column_nmissing(c), 3);
        assert_int_equal(ct_column_nunseen(ct_frame_col(f, 1)), 0);
        assert_int_equal(st.unseen_values, 2);
        assert_int_equal(st.rows_used, 6);
        ct_frame_destroy(f);
    }
    /* a bad row holding an unseen value leaves no count behind */
    o.on_bad_row = CT_BAD_ROW_SKIP;
    const char *bad = "c,n\npurple,x\nred,1\n";
    const char *path = ct_test_tmpfile(bad, strlen(bad));
    ct_frame *f = NULL;
    ct_load_stats st;
    assert_int_equal(ct_frame_load(path, &o, &f, &st, NULL), CT_OK);
    assert_int_equal(st.unseen_values, 0);
    assert_int_equal(ct_column_nunseen(ct_frame_col(f, 0)), 0);
    ct_frame_destroy(f);
    unlink(path);

    /* schemas that do not hold together */
    static const char *const twice[] = {"a", "b", "a"};
    ct_schema_column bad_sc[] = {
        {.name = "c", .type = CT_TYPE_CATEGORY, .levels = twice, .nlevels = 3}};
    ct_schema bs = {bad_sc, 1};
    assert_non_null(ct_schema_check(&bs));
    o.schema = &bs;
    assert_non_null(ct_load_options_check(&o));
    assert_int_equal(ct_frame_load_mem("c\na\n", 4, "t", &o, &f, NULL, NULL), CT_EINVAL);
    bad_sc[0].type = CT_TYPE_TEXT;
    bad_sc[0].nlevels = 2;
    assert_non_null(ct_schema_check(&bs));
    bad_sc[0].type = CT_TYPE_CATEGORY;
    bad_sc[0].levels = NULL;
    assert_non_null(ct_schema_check(&bs));
    ct_schema_column two[] = {{.name = "c", .type = CT_TYPE_INT},
                              {.name = "c", .type = CT_TYPE_INT}};
    ct_schema ts = {two, 2};
    assert_non_null(ct_schema_check(&ts));
    o.use_schema = 0; /* an unused schema is not checked */
    assert_null(ct_load_options_check(&o));
    /* many levels (hashed lookups), fixed */
    char *lv[100], names[100][16];
    for (int k = 0; k < 100; k++) {
        snprintf(names[k], sizeof names[k], "L%d", k);
        lv[k] = names[k];
    }
    ct_schema_column many[] = {
        {.name = "c", .type = CT_TYPE_CATEGORY, .levels = (const char *const *)lv, .nlevels = 100}};
    ct_schema ms = {many, 1};
    o = ct_load_options_default();
    o.schema = &ms;
    f = ct_test_load("c\nL99\nL5\nL100\n", &o, CT_OK, NULL);
    assert_int_equal(ct_column_codes(ct_frame_col(f, 0))[0], 99);
    assert_int_equal(ct_column_codes(ct_frame_col(f, 0))[1], 5);
    assert_int_equal(ct_column_codes(ct_frame_col(f, 0))[2], CT_CODE_UNSEEN);
    assert_int_equal(ct_column_nlevels(ct_frame_col(f, 0)), 100);
    ct_frame_destroy(f);
}

static void test_frame_schema(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("id,c,x,t,n\n7,b,1.5,the long text one,1\n8,a,2,the other,\n"
                               "9,b,,NA,3\n",
                               NULL, CT_OK, NULL);
    ct_schema *s = NULL;
    assert_int_equal(ct_frame_schema(f, &s), CT_OK);
    assert_null(ct_schema_check(s));
    assert_int_equal(s->ncolumns, 5);
    static const ct_type want[] = {CT_TYPE_ID, CT_TYPE_CATEGORY, CT_TYPE_FLOAT, CT_TYPE_CATEGORY,
                                   CT_TYPE_INT};
    for (size_t j = 0; j < 5; j++) {
        assert_string_equal(s->columns[j].name, ct_column_name(ct_frame_col(f, j)));
        assert_int_equal(s->columns[j].type, want[j]);
    }
    assert_int_equal(s->columns[1].nlevels, 2);
    assert_string_equal(s->columns[1].levels[0], "b"); /* code order */
    assert_string_equal(s->columns[1].levels[1], "a");
    assert_null(s->columns[0].levels);
    /* loading other data with it codes that data as f is coded */
    ct_load_options o = ct_load_options_default();
    o.schema = s;
    ct_frame *g = ct_test_load("id,c,x,t,n\n1,a,3,the other,4\n2,c,4,x,5\n", &o, CT_OK, NULL);
    assert_int_equal(ct_column_codes(ct_frame_col(g, 1))[0], 1);
    assert_int_equal(ct_column_codes(ct_frame_col(g, 1))[1], CT_CODE_UNSEEN);
    assert_int_equal(ct_column_codes(ct_frame_col(g, 3))[0], 1);
    assert_int_equal(ct_column_nunseen(ct_frame_col(g, 3)), 1);
    assert_int_equal(ct_column_type(ct_frame_col(g, 0)), CT_TYPE_ID);
    ct_frame_destroy(g);
    ct_schema_free(s);
    ct_schema_free(NULL);
    for (long n = 0; n < 200; n++) { /* every allocation failure */
        ct_alloc_fail_after(n);
        ct_status st = ct_frame_schema(f, &s);
        ct_alloc_fail_after(-1);
        if (st == CT_OK) {
            ct_schema_free(s);
            break;
        }
        assert_int_equal(st, CT_ENOMEM);
        assert_null(s);
    }
    ct_frame_destroy(f);
}

/* Every batch is coded against the schema fixed after the inference
 * window: a level keeps its code, a level first seen later is unseen. */
static void test_reader_fixed_dictionary(void **state)
{
    (void)state;
    char csv[4096];
    size_t w = (size_t)snprintf(csv, sizeof csv, "k,label\n");
    for (int i = 0; i < 40; i++) /* a, b in the window; then c too */
        w += (size_t)snprintf(csv + w, sizeof csv - w, "%d,%s\n", i,
                              i >= 10 && i % 3 == 0 ? "c" : (i % 2 ? "b" : "a"));
    const char *path = ct_test_tmpfile(csv, w);
    ct_load_options o = ct_load_options_default();
    o.infer_rows = 10;
    const char *extra[] = {"?"};
    o.na_values = extra;
    o.n_na_values = 1;
    ct_reader *r;
    assert_int_equal(ct_reader_open(path, &o, &r, NULL), CT_OK);
    const ct_schema *s = ct_reader_schema(r);
    assert_int_equal(s->ncolumns, 2);
    assert_int_equal(s->columns[1].type, CT_TYPE_CATEGORY);
    assert_int_equal(s->columns[1].nlevels, 2);
    assert_string_equal(s->columns[1].levels[0], "a");
    size_t unseen = 0, rows = 0;
    for (;;) {
        ct_frame *b;
        assert_int_equal(ct_reader_next(r, 7, &b, NULL), CT_OK);
        if (!b)
            break;
        const ct_column *c = ct_frame_col(b, 1);
        assert_int_equal(ct_column_nlevels(c), 2);
        for (size_t i = 0; i < ct_frame_nrows(b); i++) {
            int k = (int)ct_column_f64(ct_frame_col(b, 0))[i];
            /* "a" is code 0 in every batch, "b" 1, "c" unseen */
            int32_t want = k >= 10 && k % 3 == 0 ? CT_CODE_UNSEEN : k % 2;
            assert_int_equal(ct_column_codes(c)[i], want);
        }
        unseen += ct_column_nunseen(c);
        rows += ct_frame_nrows(b);
        ct_frame_destroy(b);
    }
    assert_int_equal(rows, 40);
    assert_int_equal(unseen, 10); /* 12, 15, ..., 39 */
    assert_int_equal(ct_reader_stats(r)->unseen_values, 10);
    ct_reader_close(r);

    /* the caller's schema fixes levels from the start (first rows too) */
    static const char *const ab[] = {"b"};
    const ct_schema_column sc[] = {
        {.name = "label", .type = CT_TYPE_CATEGORY, .levels = ab, .nlevels = 1}};
    const ct_schema schema = {sc, 1};
    o.schema = &schema;
    assert_int_equal(ct_reader_open(path, &o, &r, NULL), CT_OK);
    ct_frame *b;
    assert_int_equal(ct_reader_next(r, 100, &b, NULL), CT_OK);
    assert_int_equal(ct_column_codes(ct_frame_col(b, 1))[0], CT_CODE_UNSEEN);
    assert_int_equal(ct_column_codes(ct_frame_col(b, 1))[1], 0);
    assert_int_equal(ct_reader_stats(r)->unseen_values, ct_column_nunseen(ct_frame_col(b, 1)));
    ct_frame_destroy(b);
    ct_reader_close(r);

    /* allocation failures while opening and reading */
    int done = 0;
    for (long n = 0; n < 3000 && !done; n++) {
        ct_alloc_fail_after(n);
        ct_status st = ct_reader_open(path, &o, &r, NULL);
        while (st == CT_OK) {
            st = ct_reader_next(r, 7, &b, NULL);
            if (st == CT_OK && !b) {
                done = 1;
                break;
            }
            ct_frame_destroy(b);
        }
        ct_alloc_fail_after(-1);
        if (st != CT_OK)
            assert_int_equal(st, CT_ENOMEM);
        if (st == CT_OK || r)
            ct_reader_close(r);
        r = NULL;
    }
    assert_true(done);
    unlink(path);
}

/* Concatenated reader batches equal a whole load: codes, values, masks,
 * text, lines. */
static void assert_batches_equal(const ct_frame *whole, const char *path,
                                 const ct_load_options *base, size_t batch)
{
    ct_schema *s;
    assert_int_equal(ct_frame_schema(whole, &s), CT_OK);
    ct_load_options o = *base;
    o.schema = s;
    o.use_schema = 1;
    o.infer_rows = 1000;
    ct_reader *r;
    assert_int_equal(ct_reader_open(path, &o, &r, NULL), CT_OK);
    size_t off = 0;
    for (;;) {
        ct_frame *b;
        assert_int_equal(ct_reader_next(r, batch, &b, NULL), CT_OK);
        if (!b)
            break;
        assert_true(ct_frame_nrows(b) <= batch);
        assert_int_equal(ct_frame_ncols(b), ct_frame_ncols(whole));
        for (size_t j = 0; j < ct_frame_ncols(b); j++) {
            const ct_column *x = ct_frame_col(whole, j), *y = ct_frame_col(b, j);
            assert_int_equal(ct_column_type(x), ct_column_type(y));
            /* a stream keeps every identifier as written (strings), where
             * a whole load may read them as numbers: the text then reads
             * as the whole load's number (reader.c, ids_as_text) */
            const int id_text = ct_column_type(y) == CT_TYPE_ID && !ct_column_is_numeric(y) &&
                                ct_column_is_numeric(x);
            if (!id_text)
                assert_int_equal(ct_column_is_numeric(x), ct_column_is_numeric(y));
            assert_int_equal(ct_column_nunseen(y), 0);
            for (size_t i = 0; i < ct_frame_nrows(b); i++) {
                size_t k = off + i;
                assert_int_equal(ct_column_missing(x)[k], ct_column_missing(y)[i]);
                if (ct_column_codes(x)) {
                    assert_int_equal(ct_column_codes(x)[k], ct_column_codes(y)[i]);
                } else if (id_text) {
                    size_t ly = 0;
                    const char *q = ct_column_str(y, i, &ly);
                    if (ct_column_missing(y)[i])
                        continue;
                    char t[64];
                    assert_non_null(q);
                    assert_true(ly < sizeof t);
                    memcpy(t, q, ly);
                    t[ly] = 0;
                    assert_true(strtod(t, NULL) == ct_column_f64(x)[k]);
                } else if (ct_column_f64(x)) {
                    double u = ct_column_f64(x)[k], v = ct_column_f64(y)[i];
                    assert_true(u == v || (isnan(u) && isnan(v)));
                } else {
                    size_t lx = 0, ly = 0;
                    const char *p = ct_column_str(x, k, &lx), *q = ct_column_str(y, i, &ly);
                    assert_true((p == NULL) == (q == NULL));
                    assert_int_equal(lx, ly);
                    if (p)
                        assert_memory_equal(p, q, lx);
                }
            }
        }
        for (size_t i = 0; i < ct_frame_nrows(b); i++)
            assert_int_equal(ct_frame_row_line(b, i), ct_frame_row_line(whole, off + i));
        off += ct_frame_nrows(b);
        ct_frame_destroy(b);
    }
    assert_int_equal(off, ct_frame_nrows(whole));
    assert_int_equal(ct_reader_stats(r)->unseen_values, 0);
    ct_reader_close(r);
    ct_schema_free(s);
}

/* Levels a schema adds to what a stream's first rows learn (extend_levels,
 * or CT_TYPE_AUTO with levels: a model's, ct_pipeline_load_schema): a
 * level first seen after the window is a level, not unseen (before
 * 2026-12-05 a model's level there was scored as no level). */
static void test_reader_extend_levels(void **state)
{
    (void)state;
    char csv[4096];
    size_t w = (size_t)snprintf(csv, sizeof csv, "k,tier,zone\n");
    for (int i = 0; i < 40; i++) /* digits, then words; words, then "east" */
        w += (size_t)snprintf(csv + w, sizeof csv - w, "%d,%s,%s\n", i,
                              i < 10 ? (i % 2 ? "1" : "2") : (i % 2 ? "north" : "x"),
                              i < 10 ? "west" : "east");
    const char *path = ct_test_tmpfile(csv, w);
    ct_load_options o = ct_load_options_default();
    o.infer_rows = 10;
    static const char *const tiers[] = {"1", "2", "north"}, *const zones[] = {"east", "west"};
    const ct_schema_column sc[] = {
        {.name = "tier",
         .type = CT_TYPE_CATEGORY,
         .levels = tiers,
         .nlevels = 3,
         .extend_levels = 1},
        {.name = "zone", .type = CT_TYPE_AUTO, .levels = zones, .nlevels = 2}};
    const ct_schema schema = {sc, 2};
    assert_null(ct_schema_check(&schema));
    o.schema = &schema;
    ct_reader *r;
    assert_int_equal(ct_reader_open(path, &o, &r, NULL), CT_OK);
    size_t rows = 0;
    for (;;) {
        ct_frame *b;
        assert_int_equal(ct_reader_next(r, 7, &b, NULL), CT_OK);
        if (!b)
            break;
        const ct_column *tier = ct_frame_col(b, 1), *zone = ct_frame_col(b, 2);
        assert_int_equal(ct_column_type(zone), CT_TYPE_CATEGORY);
        for (size_t i = 0; i < ct_frame_nrows(b); i++) {
            const int k = (int)ct_column_f64(ct_frame_col(b, 0))[i];
            const int32_t t = ct_column_codes(tier)[i], z = ct_column_codes(zone)[i];
            if (k >= 10 && k % 2 == 0) /* "x": no level given, unseen */
                assert_int_equal(t, CT_CODE_UNSEEN);
            else
                assert_string_equal(ct_column_level(tier, t),
                                    k < 10 ? (k % 2 ? "1" : "2") : "north");
            assert_true(z >= 0);
            assert_string_equal(ct_column_level(zone, z), k < 10 ? "west" : "east");
        }
        rows += ct_frame_nrows(b);
        ct_frame_destroy(b);
    }
    assert_int_equal(rows, 40);
    ct_reader_close(r);
}

/* The real file, whole and in batches of 1,000 rows with the whole load's
 * schema (with the reports schema, as the CLI reads it, and inferred). */
static void test_reader_batches_equal_whole_real(void **state)
{
    (void)state;
    const char *path = ct_test_data_path();
    if (!path) {
        skip();
        return;
    }
    for (int way = 0; way < 2; way++) {
        ct_load_options o = way ? ct_load_options_default() : reports_options();
        ct_frame *whole = NULL;
        assert_int_equal(ct_frame_load(path, &o, &whole, NULL, NULL), CT_OK);
        assert_int_equal(ct_frame_nrows(whole), 19382);
        assert_batches_equal(whole, path, &o, 1000);
        ct_frame_destroy(whole);
    }
}

/* The same on a synthetic file with quoted text, missing tokens, a column
 * that turns from numbers to strings late, blank lines and CRLF. */
static void test_reader_batches_equal_whole(void **state)
{
    (void)state;
    size_t len;
    char *csv = sample_csv(200000, &len);
    const char *path = ct_test_tmpfile(csv, len);
    ct_frame *whole = NULL;
    assert_int_equal(ct_frame_load(path, NULL, &whole, NULL, NULL), CT_OK);
    ct_load_options o = ct_load_options_default();
    assert_batches_equal(whole, path, &o, 1000);
    assert_batches_equal(whole, path, &o, 333);
    ct_frame_destroy(whole);
    unlink(path);
    free(csv);
}

/* ------------------------------------- streamed input: fast vs general */

/* The loader's fast path also runs over a stream's own buffer (a file read
 * through stdio, standard input, gzip), on the whole lines read so far
 * (ct_csv_view); bytes from memory (ct_frame_load_mem) always take the
 * general tokenizer, the plain path. The same random bytes must give the
 * same frame, the same bad rows (line and message) and the same counts
 * both ways, and as a mapped file: records cut by the 256 KiB read
 * boundaries, CRLF and lone CR line ends, quoted line breaks, doubled
 * quotes, text after a closing quote, blank lines, wrong field counts,
 * values that do not parse, NUL bytes, bad and good UTF-8, long lines, a
 * last line with or without its newline. */
typedef struct bad_digest {
    size_t n;
    unsigned long long h; /* a hash of every line and message, in order */
} bad_digest;

static void log_bad_hash(void *user, const ct_diag *d)
{
    bad_digest *b = user;
    b->n++;
    b->h = b->h * 1000003u + (unsigned long long)d->line;
    for (const char *p = d->message; *p; p++)
        b->h = b->h * 131u + (unsigned char)*p;
}

static uint64_t xs_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Random CSV bytes ("id,cat,n,x,txt"), about `bytes` long. */
static char *random_csv(uint64_t seed, size_t bytes, size_t *len)
{
    uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
    char *buf = malloc(bytes + 8192);
    size_t w = (size_t)snprintf(buf, 64, "id,cat,n,x,txt\n");
    static const char *const cats[] = {"claim", "opinion", "NA", "", "\"claim\"", "caf\xc3\xa9"};
    for (int i = 0; w < bytes; i++) {
        const char *eol = xs_next(&s) % 4 ? "\n" : (xs_next(&s) % 8 ? "\r\n" : "\r");
        const unsigned kind = (unsigned)(xs_next(&s) % 40);
        char txt[4096];
        size_t tl = 0;
        const size_t words = kind == 0 ? 300 : 1 + xs_next(&s) % 12;
        for (size_t k = 0; k < words && tl < sizeof txt - 32; k++)
            tl += (size_t)snprintf(txt + tl, sizeof txt - tl, "%sw%u", k ? " " : "",
                                   (unsigned)(xs_next(&s) % 1000));
        txt[tl] = '\0';
        char n[32];
        if (kind == 1)
            snprintf(n, sizeof n, "12a");
        else if (kind == 2)
            snprintf(n, sizeof n, "NA");
        else if (kind == 3)
            snprintf(n, sizeof n, "%u.5", (unsigned)(xs_next(&s) % 100));
        else if (kind == 4)
            snprintf(n, sizeof n, "00%u", (unsigned)(xs_next(&s) % 100));
        else
            snprintf(n, sizeof n, "%u", (unsigned)(xs_next(&s) % 100000));
        const char *cat = cats[xs_next(&s) % 6];
        char *o = buf + w;
        const size_t room = bytes + 8192 - w;
        switch (kind) {
        case 5: w += (size_t)snprintf(o, room, "%s", eol); break; /* blank */
        case 6: w += (size_t)snprintf(o, room, "%d,%s,%s%s", i, cat, n, eol); break;
        case 7: w += (size_t)snprintf(o, room, "%d,%s,%s,1,%s,extra%s", i, cat, n, txt, eol); break;
        case 8:
            w += (size_t)snprintf(o, room, "%d,%s,%s,1,\"%s \"\"q\"\" x\"%s", i, cat, n, txt, eol);
            break;
        case 9:
            w += (size_t)snprintf(o, room, "%d,%s,%s,1,\"%s%sline two\"%s", i, cat, n, txt, eol,
                                  eol);
            break;
        case 10:
            w += (size_t)snprintf(o, room, "%d,%s,%s,1,\"%s\"after%s", i, cat, n, txt, eol);
            break;
        case 11:
            w += (size_t)snprintf(o, room, "%d,%s,%s,1,bad \xff byte%s", i, cat, n, eol);
            break;
        case 12:
            w += (size_t)snprintf(o, room, "%d,%s,%s,1,caf\xc3\xa9 %s%s", i, cat, n, txt, eol);
            break;
        case 13:
            w += (size_t)snprintf(o, room, "%d,%s,%s,1,nul", i, cat, n);
            buf[w++] = '\0';
            w += (size_t)snprintf(buf + w, bytes + 8192 - w, "here%s", eol);
            break;
        case 14: w += (size_t)snprintf(o, room, "%d,%s,%s,1,5'11\" tall%s", i, cat, n, eol); break;
        case 15:
            w +=
                (size_t)snprintf(o, room, "\"%d\",%s,\"%s\",\"2.5\",\"%s\"%s", i, cat, n, txt, eol);
            break;
        default:
            w += (size_t)snprintf(o, room, "%d,%s,%s,%u.25,%s%s", i, cat, n,
                                  (unsigned)(xs_next(&s) % 50), txt, eol);
        }
    }
    if (seed % 2) /* the last line without its newline */
        w += (size_t)snprintf(buf + w, 64, "999999,claim,7,1,the end");
    *len = w;
    return buf;
}

static void test_stream_fast_equals_general(void **state)
{
    (void)state;
    static const ct_schema_column sc[] = {
        {.name = "id", .type = CT_TYPE_ID, .levels = NULL, .nlevels = 0},
        {.name = "cat", .type = CT_TYPE_CATEGORY, .levels = NULL, .nlevels = 0},
        {.name = "n", .type = CT_TYPE_INT, .levels = NULL, .nlevels = 0},
        {.name = "x", .type = CT_TYPE_FLOAT, .levels = NULL, .nlevels = 0},
        {.name = "txt", .type = CT_TYPE_TEXT, .levels = NULL, .nlevels = 0},
    };
    const ct_schema schema = {sc, 5};
    for (uint64_t seed = 1; seed <= 6; seed++) {
        size_t len;
        char *csv = random_csv(seed, (size_t)900 << 10, &len);
        const char *path = ct_test_tmpfile(csv, len);
        for (int with_schema = 0; with_schema < 2; with_schema++) {
            ct_load_options o = ct_load_options_default();
            o.on_bad_row = CT_BAD_ROW_SKIP;
            o.on_bad_row_fn = log_bad_hash;
            if (with_schema)
                o.schema = &schema;
            bad_digest lm = {0, 0}, lf = {0, 0}, lp = {0, 0};
            ct_load_stats sm, sf, sp;
            ct_frame *m = NULL, *f = NULL, *p = NULL;
            o.on_bad_row_user = &lm;
            assert_int_equal(ct_frame_load_mem(csv, len, path, &o, &m, &sm, NULL), CT_OK);
            o.on_bad_row_user = &lf;
            o.map_files = 0; /* stdio: the stream's buffer */
            assert_int_equal(ct_frame_load(path, &o, &f, &sf, NULL), CT_OK);
            o.on_bad_row_user = &lp;
            o.map_files = 1;
            assert_int_equal(ct_frame_load(path, &o, &p, &sp, NULL), CT_OK);
            assert_true(lm.n > 0);
            assert_int_equal(lm.n, lf.n);
            assert_true(lm.h == lf.h);
            assert_int_equal(lm.n, lp.n);
            assert_true(lm.h == lp.h);
            assert_true(sm.rows_read == sf.rows_read && sm.rows_used == sf.rows_used &&
                        sm.rows_skipped == sf.rows_skipped && sm.blank_lines == sf.blank_lines &&
                        sm.bytes == sf.bytes && sm.unseen_values == sf.unseen_values);
            assert_true(sm.rows_read == sp.rows_read && sm.rows_used == sp.rows_used &&
                        sm.blank_lines == sp.blank_lines && sm.bytes == sp.bytes);
            assert_frames_equal(m, f);
            assert_frames_equal(m, p);
            /* and the streaming reader, whose batches come from the same
             * buffer, against the whole load from memory */
            assert_batches_equal(m, path, &o, 777);
            ct_frame_destroy(m);
            ct_frame_destroy(f);
            ct_frame_destroy(p);
        }
        unlink(path);
        free(csv);
    }
}

/* -------------------------------------------------------------- building */

/* A NULL path is CT_EINVAL "no file name", as ct_csv_open_path says;
 * before 2026-12-04 it read as an empty input: CT_EEMPTY "empty file: no
 * header line" (tester K). */
static void test_load_null_path(void **state)
{
    (void)state;
    ct_frame *f = (ct_frame *)&f;
    ct_diag d;
    assert_int_equal(ct_frame_load(NULL, NULL, &f, NULL, &d), CT_EINVAL);
    assert_null(f);
    assert_string_equal(d.message, "no file name");
    ct_reader *r = (ct_reader *)&r;
    assert_int_equal(ct_reader_open(NULL, NULL, &r, &d), CT_EINVAL);
    assert_null(r);
    assert_string_equal(d.message, "no file name");
}

/* A NULL column name is CT_EINVAL "no column name" (before 2026-12-04 "a
 * column is already named '(null)'"); "" is a name like any other. */
static void test_add_null_name(void **state)
{
    (void)state;
    ct_frame *f;
    ct_diag d;
    assert_int_equal(ct_frame_create("built", 2, &f, &d), CT_OK);
    const double x[] = {1, 2};
    assert_int_equal(ct_frame_add_numeric(f, NULL, CT_TYPE_FLOAT, x, NULL, &d), CT_EINVAL);
    assert_string_equal(d.message, "no column name");
    assert_int_equal(ct_frame_add_numeric(f, NULL, CT_TYPE_TEXT, x, NULL, &d), CT_EINVAL);
    assert_string_equal(d.message, "no column name");
    const int32_t codes[] = {0, 0};
    const char *const lv[] = {"a"};
    assert_int_equal(ct_frame_add_category(f, NULL, codes, lv, 1, &d), CT_EINVAL);
    assert_string_equal(d.message, "no column name");
    const char *const t[] = {"a", "b"};
    assert_int_equal(ct_frame_add_text(f, NULL, CT_TYPE_TEXT, t, NULL, &d), CT_EINVAL);
    assert_string_equal(d.message, "no column name");
    assert_int_equal(ct_frame_ncols(f), 0);
    assert_int_equal(ct_frame_add_numeric(f, "", CT_TYPE_FLOAT, x, NULL, &d), CT_OK);
    assert_int_equal(ct_frame_add_numeric(f, "", CT_TYPE_FLOAT, x, NULL, &d), CT_EINVAL);
    assert_string_equal(d.message, "a column is already named ''");
    ct_frame_destroy(f);
}

/* The name index (frame_names.c, 2026-12-06): every one of many columns
 * found at its index as it is added (the index grows past its first room),
 * names compared exactly (letter case and spaces matter), a name in use
 * refused, an absent one CT_ECOLUMN. */
static void test_find_many_columns(void **state)
{
    (void)state;
    ct_frame *f;
    ct_diag d;
    assert_int_equal(ct_frame_create("built", 2, &f, &d), CT_OK);
    const double x[] = {1, 2};
    char name[32];
    size_t j;
    for (size_t k = 0; k < 3000; k++) {
        snprintf(name, sizeof name, "k%zu", k);
        assert_int_equal(ct_frame_add_numeric(f, name, CT_TYPE_FLOAT, x, NULL, &d), CT_OK);
        assert_int_equal(ct_frame_find(f, name, &j, NULL), CT_OK);
        assert_int_equal(j, k);
        if (k % 97 == 0) { /* the earlier ones stay where they were */
            snprintf(name, sizeof name, "k%zu", k / 2);
            assert_int_equal(ct_frame_find(f, name, &j, NULL), CT_OK);
            assert_int_equal(j, k / 2);
        }
    }
    assert_int_equal(ct_frame_ncols(f), 3000);
    assert_int_equal(ct_frame_find(f, "K1", &j, NULL), CT_ECOLUMN);
    assert_int_equal(ct_frame_find(f, " k1", &j, NULL), CT_ECOLUMN);
    assert_int_equal(ct_frame_find(f, "k1 ", &j, NULL), CT_ECOLUMN);
    assert_int_equal(ct_frame_find(f, "k3000", &j, &d), CT_ECOLUMN);
    assert_string_equal(d.message, "required column 'k3000' is absent");
    assert_int_equal(ct_frame_add_numeric(f, "k2999", CT_TYPE_FLOAT, x, NULL, &d), CT_EINVAL);
    assert_string_equal(d.message, "a column is already named 'k2999'");
    assert_int_equal(ct_frame_add_numeric(f, "K1", CT_TYPE_FLOAT, x, NULL, &d), CT_OK);
    assert_int_equal(ct_frame_find(f, "K1", &j, NULL), CT_OK);
    assert_int_equal(j, 3000);
    ct_frame_destroy(f);
}

/* A schema of many columns (2026-12-06: names hashed, every pair compared
 * was quadratic): a name given twice far apart found, the problems still
 * told in column order (a name twice before a later column's missing
 * name), and a loader reading a wide header by the schema's names. */
static void test_schema_many_columns(void **state)
{
    (void)state;
    enum { N = 5000 };
    ct_schema_column *cols = calloc(N, sizeof *cols);
    char(*names)[16] = calloc(N, sizeof *names);
    assert_non_null(cols);
    assert_non_null(names);
    for (size_t k = 0; k < N; k++) {
        snprintf(names[k], sizeof names[k], "k%zu", k);
        cols[k].name = names[k];
        cols[k].type = k % 2 ? CT_TYPE_TEXT : CT_TYPE_FLOAT;
    }
    ct_schema s = {cols, N};
    assert_null(ct_schema_check(&s));
    cols[N - 1].name = "k3";
    assert_string_equal(ct_schema_check(&s), "schema: a column is named twice");
    cols[N - 1].name = "K3"; /* exact: letter case counts */
    assert_null(ct_schema_check(&s));
    cols[10].name = "k2";
    cols[20].name = NULL;
    assert_string_equal(ct_schema_check(&s), "schema: a column is named twice");
    cols[10].name = names[10];
    assert_string_equal(ct_schema_check(&s), "schema: a column has no name");
    cols[20].name = names[20];
    /* a header in another order than the schema: each column its type */
    char *csv = malloc(N * 8 + 64);
    assert_non_null(csv);
    size_t len = 0;
    for (size_t k = N; k-- > 0;)
        len += (size_t)sprintf(csv + len, "%s%s", k == N - 1 ? "" : ",", cols[k].name);
    len += (size_t)sprintf(csv + len, "\n");
    for (size_t k = N; k-- > 0;)
        len += (size_t)sprintf(csv + len, "%s1", k == N - 1 ? "" : ",");
    len += (size_t)sprintf(csv + len, "\n");
    ct_load_options o = ct_load_options_default();
    o.schema = &s;
    o.use_schema = 1;
    ct_frame *f = NULL;
    assert_int_equal(ct_frame_load_mem(csv, len, "t", &o, &f, NULL, NULL), CT_OK);
    assert_int_equal(ct_frame_ncols(f), N);
    for (size_t j = 0; j < N; j += 499) {
        const size_t k = N - 1 - j;
        assert_int_equal(ct_column_type(ct_frame_col(f, j)), k % 2 ? CT_TYPE_TEXT : CT_TYPE_FLOAT);
    }
    ct_frame_destroy(f);
    free(csv);
    free(names);
    free(cols);
}

static void test_build(void **state)
{
    (void)state;
    ct_frame *f;
    ct_diag d;
    assert_int_equal(ct_frame_create("built", 4, &f, &d), CT_OK);
    assert_int_equal(ct_frame_nrows(f), 4);
    assert_int_equal(ct_frame_ncols(f), 0);
    assert_string_equal(ct_frame_source(f), "built");
    const double x[] = {1, 2.5, NAN, -4};
    const uint8_t xm[] = {0, 0, 0, 1};
    assert_int_equal(ct_frame_add_numeric(f, "x", CT_TYPE_FLOAT, x, xm, &d), CT_OK);
    const ct_column *cx = ct_frame_col(f, 0);
    const double n[] = {1, 2, 3, 4};
    assert_int_equal(ct_frame_add_numeric(f, "n", CT_TYPE_INT, n, NULL, &d), CT_OK);
    assert_int_equal(ct_frame_add_numeric(f, "n", CT_TYPE_INT, n, NULL, &d), CT_EINVAL);
    assert_int_equal(ct_frame_add_numeric(f, "bad", CT_TYPE_INT, x, NULL, &d), CT_EINVAL);
    assert_non_null(strstr(d.message, "whole number"));
    assert_int_equal(ct_frame_add_numeric(f, "bad", CT_TYPE_TEXT, x, NULL, &d), CT_EINVAL);
    assert_int_equal(ct_frame_add_numeric(f, "id", CT_TYPE_ID, n, NULL, &d), CT_OK);
    const int32_t codes[] = {1, -1, CT_CODE_UNSEEN, 0};
    const char *const lv[] = {"no", "yes"};
    assert_int_equal(ct_frame_add_category(f, "c", codes, lv, 2, &d), CT_OK);
    const int32_t badc[] = {2, 0, 0, 0};
    assert_int_equal(ct_frame_add_category(f, "c2", badc, lv, 2, &d), CT_EINVAL);
    const char *const dup[] = {"no", "no"};
    assert_int_equal(ct_frame_add_category(f, "c2", codes, dup, 2, &d), CT_EINVAL);
    const char *const t[] = {"hello, world", NULL, "a \"quote\"", ""};
    assert_int_equal(ct_frame_add_text(f, "t", CT_TYPE_TEXT, t, NULL, &d), CT_OK);
    assert_int_equal(ct_frame_add_text(f, "t2", CT_TYPE_INT, t, NULL, &d), CT_EINVAL);
    assert_int_equal(ct_frame_ncols(f), 5);
    assert_ptr_equal(ct_frame_col(f, 0), cx); /* adding does not move columns */
    assert_int_equal(ct_column_type(cx), CT_TYPE_FLOAT);
    assert_int_equal(ct_column_nmissing(cx), 2);
    assert_true(isnan(ct_column_f64(cx)[3]));
    assert_int_equal(ct_column_type(ct_frame_col(f, 2)), CT_TYPE_ID);
    assert_true(ct_column_is_numeric(ct_frame_col(f, 2)));
    const ct_column *cc = ct_frame_col(f, 3);
    assert_int_equal(ct_column_nunseen(cc), 1);
    assert_int_equal(ct_column_nmissing(cc), 2);
    assert_string_equal(ct_column_str(cc, 0, NULL), "yes");
    assert_int_equal(ct_column_level_find(cc, "no"), 0);
    size_t len;
    const ct_column *ct = ct_frame_col(f, 4);
    assert_memory_equal(ct_column_str(ct, 0, &len), "hello, world", 12);
    assert_int_equal(len, 12);
    assert_null(ct_column_str(ct, 1, NULL));
    assert_int_equal(ct_frame_row_line(f, 0), 0);
    /* copies, from the same frame too, under another name */
    for (size_t j = 0; j < 5; j++) {
        char nm[16];
        snprintf(nm, sizeof nm, "copy%zu", j);
        assert_int_equal(ct_frame_add_column_copy(f, ct_frame_col(f, j), nm, &d), CT_OK);
    }
    assert_int_equal(ct_frame_add_column_copy(f, ct_frame_col(f, 0), NULL, &d), CT_EINVAL);
    for (size_t j = 0; j < 5; j++) {
        const ct_column *a = ct_frame_col(f, j), *b = ct_frame_col(f, j + 5);
        assert_int_equal(ct_column_type(a), ct_column_type(b));
        assert_int_equal(ct_column_nmissing(a), ct_column_nmissing(b));
        assert_int_equal(ct_column_nunseen(a), ct_column_nunseen(b));
        assert_memory_equal(ct_column_missing(a), ct_column_missing(b), 4);
        for (size_t i = 0; i < 4; i++) {
            size_t la = 0, lb = 0;
            const char *p = ct_column_str(a, i, &la), *q = ct_column_str(b, i, &lb);
            assert_true((p == NULL) == (q == NULL));
            if (p)
                assert_memory_equal(p, q, la);
        }
    }
    ct_frame *g;
    assert_int_equal(ct_frame_create(NULL, 3, &g, &d), CT_OK);
    assert_int_equal(ct_frame_add_column_copy(g, cx, NULL, &d), CT_EINVAL); /* 4 rows, not 3 */
    ct_frame_destroy(g);
    ct_frame_destroy(f);

    /* every allocation failure leaves the frame as it was */
    int done = 0;
    for (long k = 0; k < 500 && !done; k++) {
        ct_alloc_fail_after(k);
        ct_status st = ct_frame_create("b", 4, &f, NULL);
        for (int step = 0; step < 4 && st == CT_OK; step++) {
            size_t nc = ct_frame_ncols(f);
            st = step == 0   ? ct_frame_add_numeric(f, "x", CT_TYPE_FLOAT, x, xm, NULL)
                 : step == 1 ? ct_frame_add_category(f, "c", codes, lv, 2, NULL)
                 : step == 2 ? ct_frame_add_text(f, "t", CT_TYPE_TEXT, t, NULL, NULL)
                             : ct_frame_add_column_copy(f, ct_frame_col(f, 2), "t2", NULL);
            assert_int_equal(ct_frame_ncols(f), st ? nc : nc + 1);
        }
        done = st == CT_OK;
        ct_alloc_fail_after(-1);
        if (st)
            assert_int_equal(st, CT_ENOMEM);
        ct_frame_destroy(f);
        f = NULL;
    }
    assert_true(done);
}

/* ---------------------------------------------------------- writing CSV */

/* Write f, load it back with f's schema: the same frame. */
static void assert_roundtrip(const ct_frame *f)
{
    char *out = NULL;
    size_t olen = 0;
    FILE *fp = open_memstream(&out, &olen);
    assert_non_null(fp);
    ct_diag d;
    assert_int_equal(ct_frame_write_csv(f, fp, NULL, &d), CT_OK);
    fclose(fp);
    ct_schema *s;
    assert_int_equal(ct_frame_schema(f, &s), CT_OK);
    ct_load_options o = ct_load_options_default();
    o.schema = s;
    ct_frame *g = NULL;
    ct_status st = ct_frame_load_mem(out, olen, "rt.csv", &o, &g, NULL, &d);
    if (st)
        print_error("%s:%ld: %s\n", d.file, d.line, d.message);
    assert_int_equal(st, CT_OK);
    assert_int_equal(ct_frame_nrows(g), ct_frame_nrows(f));
    assert_int_equal(ct_frame_ncols(g), ct_frame_ncols(f));
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *x = ct_frame_col(f, j), *y = ct_frame_col(g, j);
        assert_string_equal(ct_column_name(x), ct_column_name(y));
        assert_int_equal(ct_column_type(x), ct_column_type(y));
        assert_int_equal(ct_column_nmissing(x), ct_column_nmissing(y));
        assert_int_equal(ct_column_nlevels(x), ct_column_nlevels(y));
        for (size_t i = 0; i < ct_frame_nrows(f); i++) {
            assert_int_equal(ct_column_missing(x)[i], ct_column_missing(y)[i]);
            if (ct_column_codes(x)) {
                /* unseen is written empty: it reads back missing */
                int32_t cx = ct_column_codes(x)[i];
                assert_int_equal(cx == CT_CODE_UNSEEN ? -1 : cx, ct_column_codes(y)[i]);
            } else if (ct_column_f64(x)) {
                double u = ct_column_f64(x)[i], v = ct_column_f64(y)[i];
                assert_true(memcmp(&u, &v, sizeof u) == 0 || (isnan(u) && isnan(v)));
            } else {
                size_t lx = 0, ly = 0;
                const char *p = ct_column_str(x, i, &lx), *q = ct_column_str(y, i, &ly);
                assert_true((p == NULL) == (q == NULL));
                assert_int_equal(lx, ly);
                if (p)
                    assert_memory_equal(p, q, lx);
            }
        }
    }
    ct_frame_destroy(g);
    ct_schema_free(s);
    free(out);
}

static void test_write_roundtrip(void **state)
{
    (void)state;
    enum { N = 12 };
    const double fl[N] = {0.1,
                          1.0 / 3,
                          -0.0,
                          1e16,
                          1.5e-5,
                          5e-324,
                          1.7976931348623157e308,
                          INFINITY,
                          -INFINITY,
                          NAN,
                          343296.0,
                          9007199254740993.0};
    const double in[N] = {0, -7, 1e15, 9007199254740992.0, 1e20, 3, 4, 5, 6, 7, 8, NAN};
    /* an identifier beyond int64 (1e20, 21 digits) reads back as strings,
     * exact: numeric identifiers here stay within it */
    const double idv[N] = {0, -7, 1e15, 9007199254740992.0, 1e18, 3, 4, 5, 6, 7, 8, NAN};
    const int32_t codes[N] = {0, 1, 2, -1, 0, 1, 2, 0, 1, 2, 0, 1};
    const char *const lv[] = {"plain", "with, comma", " padded "};
    const char *const tx[N] = {"a \"quoted\" word",
                               "line\nbreak",
                               "cr\rhere",
                               "\xEF\xBB\xBF"
                               "bom",
                               "tab\t",
                               "é unicode ✓",
                               NULL,
                               "x",
                               "12",
                               "  ",
                               ";",
                               "NAx"};
    ct_frame *f;
    assert_int_equal(ct_frame_create("w", N, &f, NULL), CT_OK);
    assert_int_equal(ct_frame_add_text(f,
                                       "\xEF\xBB\xBF"
                                       "first",
                                       CT_TYPE_TEXT, tx, NULL, NULL),
                     CT_OK);
    assert_int_equal(ct_frame_add_numeric(f, "f", CT_TYPE_FLOAT, fl, NULL, NULL), CT_OK);
    assert_int_equal(ct_frame_add_numeric(f, "i", CT_TYPE_INT, in, NULL, NULL), CT_OK);
    assert_int_equal(ct_frame_add_numeric(f, "id", CT_TYPE_ID, idv, NULL, NULL), CT_OK);
    assert_int_equal(ct_frame_add_category(f, "a, \"b\"", codes, lv, 3, NULL), CT_OK);
    assert_int_equal(ct_frame_add_text(f, "sid", CT_TYPE_ID, tx, NULL, NULL), CT_OK);
    assert_roundtrip(f);
    ct_frame_destroy(f);

    /* one column with missing values: each is written "" (not a blank line) */
    const double one[3] = {NAN, 1, NAN};
    assert_int_equal(ct_frame_create("w", 3, &f, NULL), CT_OK);
    assert_int_equal(ct_frame_add_numeric(f, "v", CT_TYPE_FLOAT, one, NULL, NULL), CT_OK);
    assert_roundtrip(f);
    ct_frame_destroy(f);

    /* loaded frames: inferred, and the reports file as the CLI reads it */
    f = ct_test_load("n,x,c,t,empty\n1,1.5,a,some text,\n2,,b,NA,\n3,2.0,,\"q\"\"uote\",\n", NULL,
                     CT_OK, NULL);
    assert_roundtrip(f);
    ct_frame_destroy(f);
    const char *path = ct_test_data_path();
    if (path) {
        const ct_load_options rs = reports_options();
        assert_int_equal(ct_frame_load(path, &rs, &f, NULL, NULL), CT_OK);
        assert_roundtrip(f);
        ct_frame_destroy(f);
    }

    /* errors: no columns, a full disk */
    assert_int_equal(ct_frame_create("w", 1, &f, NULL), CT_OK);
    assert_int_equal(ct_frame_write_csv(f, stdout, NULL, NULL), CT_EINVAL);
    assert_int_equal(ct_frame_add_numeric(f, "v", CT_TYPE_FLOAT, one, NULL, NULL), CT_OK);
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        ct_diag d;
        assert_int_equal(ct_frame_write_csv(f, full, NULL, &d), CT_EIO);
        assert_non_null(strstr(d.message, "write error"));
        fclose(full);
    }
    ct_frame_destroy(f);
}

/* A header line inside the data (files joined with cat): the header's
 * names in another order, or with a column added, refuse the load
 * (CT_EFORMAT at its line), also when bad rows are skipped, on every path
 * (memory, a mapped file's fast path, the parallel loader, a stream); the
 * header repeated as it is stays what it was (read as data when every
 * column is text); a row whose first value merely is a name is a row. */
static void test_header_line_inside(void **state)
{
    (void)state;
    static const struct {
        const char *csv;
        ct_status want;
        long line;
    } cases[] = {
        {"a,b,c\n1,2,3\nb,a,c\n2,1,3\n", CT_EFORMAT, 3},
        {"a,b,c\nx,y,z\nb,a,c\ny,x,z\n", CT_EFORMAT, 3}, /* text only: the fast path */
        {"a,b\nx,y\nb,a\ny,x\n", CT_OK, 0}, /* two names swapped: a row, as pandas reads it */
        {"a,b,c\n1,2,3\nb,region,a,c\n2,EU,1,3\n", CT_EFORMAT, 3}, /* a column added */
        {"a,b,c\n1,2,3\n\xEF\xBB\xBF"
         "c,a\n3,1\n",
         CT_EFORMAT, 3},                    /* one missing, after a byte-order mark */
        {"a,b\nx,y\na,b\ny,x\n", CT_OK, 0}, /* repeated as it is: data, as pandas reads it */
        {"a,b,a\nx,y,z\na,b,a\ny,x,w\n", CT_OK, 0}, /* a name given twice, repeated as is */
        {"a,b,c\na,5,6\nb,c,7\n", CT_OK, 0},
        /* delimiters only under a header with unnamed columns: empty fields
         * match the unnamed columns' empty names, but name no column (the
         * fast path's rule); the general path refused it before 2026-12-07
         * (fuzz_load: memory and file loads disagreed) */
        {"a,,\n1,,\n,,\n2,,\n", CT_OK, 0},
        {",a,b\n0,1,2\n,,\n1,3,4\n", CT_OK, 0},      /* to_csv's index column: a row */
        {",a,b\n0,1,2\n,b,a\n1,3,4\n", CT_EFORMAT, 3}, /* its header, reordered */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        for (int pol = 0; pol < 2; pol++) {
            ct_load_options o = ct_load_options_default();
            o.on_bad_row = (ct_bad_row_policy)pol;
            ct_diag d;
            ct_frame *f = ct_test_load(cases[k].csv, &o, cases[k].want, &d);
            if (cases[k].want != CT_OK)
                assert_int_equal(d.line, cases[k].line);
            ct_frame_destroy(f);
            const char *path = ct_test_tmpfile(cases[k].csv, strlen(cases[k].csv));
            assert_int_equal(ct_frame_load(path, &o, &f, NULL, &d), cases[k].want);
            if (cases[k].want != CT_OK) {
                assert_int_equal(d.line, cases[k].line);
                assert_non_null(strstr(d.message, "a header line inside the data"));
            }
            ct_frame_destroy(f);
        }
    /* 3 MiB: the parallel loader (mapped or read) and a stream, the header
     * of the second part swapping b and c far after the inference window */
    size_t cap = 3u << 20, w = 0;
    char *buf = malloc(cap + 256);
    long at = 0, line = 1;
    w += (size_t)snprintf(buf + w, cap - w, "id,t,b,c\n");
    for (int i = 0; w < cap - 64; i++, line++) {
        if (i == 90000) {
            w += (size_t)snprintf(buf + w, cap - w, "id,t,c,b\n");
            at = line + 1;
            continue;
        }
        w += (size_t)snprintf(buf + w, cap - w, "%d,word %d,%d,%d\n", i, i % 7, i % 100, i % 3);
    }
    const char *path = ct_test_tmpfile(buf, w);
    free(buf);
    for (int pol = 0; pol < 2; pol++)
        for (int way = 0; way < 3; way++) {
            static bad_lines b;
            memset(&b, 0, sizeof b);
            ct_frame *f = NULL;
            ct_load_options o = ct_load_options_default();
            o.on_bad_row = (ct_bad_row_policy)pol;
            o.parallel_min_bytes = 1 << 20;
            o.map_files = way < 2;
            ct_threads_set(way == 1 ? 1 : 2);
            ct_diag d;
            assert_int_equal(ct_frame_load(path, &o, &f, NULL, &d), CT_EFORMAT);
            ct_threads_set(1);
            assert_null(f);
            assert_int_equal(d.line, at);
        }
    ct_reader *r = NULL;
    ct_diag d;
    assert_int_equal(ct_reader_open(path, NULL, &r, &d), CT_OK);
    ct_frame *f = NULL;
    ct_status s;
    while ((s = ct_reader_next(r, 4096, &f, &d)) == CT_OK && f)
        ct_frame_destroy(f);
    assert_int_equal(s, CT_EFORMAT);
    assert_int_equal(d.line, at);
    ct_reader_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_starts_no_thread), /* first: no thread yet */
        cmocka_unit_test(test_inference),
        cmocka_unit_test(test_exponent_is_float),
        cmocka_unit_test(test_numbers_then_strings),
        cmocka_unit_test(test_skipped_row_leaves_no_trace),
        cmocka_unit_test(test_undo_with_many_levels),
        cmocka_unit_test(test_zero_one),
        cmocka_unit_test(test_text_inference),
        cmocka_unit_test(test_na_tokens),
        cmocka_unit_test(test_schema),
        cmocka_unit_test(test_bad_rows),
        cmocka_unit_test(test_header),
        cmocka_unit_test(test_unread_columns),
        cmocka_unit_test(test_options_check),
        cmocka_unit_test(test_reader),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_levels_of_different_lengths),
        cmocka_unit_test(test_parallel_equals_serial),
        cmocka_unit_test(test_lone_cr_line_numbers),
        cmocka_unit_test(test_header_line_inside),
        cmocka_unit_test(test_mapped_equals_memory),
        cmocka_unit_test(test_int_beyond_2p53_exact),
        cmocka_unit_test(test_fixed_levels),
        cmocka_unit_test(test_frame_schema),
        cmocka_unit_test(test_reader_fixed_dictionary),
        cmocka_unit_test(test_reader_extend_levels),
        cmocka_unit_test(test_reader_batches_equal_whole),
        cmocka_unit_test(test_reader_batches_equal_whole_real),
        cmocka_unit_test(test_stream_fast_equals_general),
        cmocka_unit_test(test_build),
        cmocka_unit_test(test_load_null_path),
        cmocka_unit_test(test_add_null_name),
        cmocka_unit_test(test_find_many_columns),
        cmocka_unit_test(test_schema_many_columns),
        cmocka_unit_test(test_write_roundtrip),
    };
    return cmocka_run_group_tests_name("frame", tests, NULL, NULL);
}
