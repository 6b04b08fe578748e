/* test_files.c — files as people really have them (issue 11): header names
 * as pandas 1.5 makes them, "did you mean" for a near column name, exact
 * identifiers beyond 2^53, gzip read transparently (whole, mapped, streamed,
 * standard input's path), and the file-level diagnosis (ct_csv_sniff) with
 * the cases of ../shared/cases/ (FC04, FC07, FC17; skipped visibly when
 * absent). */
#include "ct_test.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* Path of case file NAME/FILE under $CLAIMTRIAGE_CASES (default
 * ../shared/cases), or NULL after a visible SKIP line. */
static const char *case_path(const char *name, const char *file)
{
    static char p[1024];
    const char *root = getenv("CLAIMTRIAGE_CASES");
    if (!root || !*root)
        root = "../shared/cases";
    snprintf(p, sizeof p, "%s/%s/%s", root, name, file);
    if (access(p, R_OK) == 0)
        return p;
    fprintf(stderr, "SKIP: case %s not found (set CLAIMTRIAGE_CASES; tried '%s')\n", name, p);
    return NULL;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, fp), (size_t)n);
    b[n] = '\0';
    fclose(fp);
    *len = (size_t)n;
    return b;
}

/* gzip (RFC 1952) of data[0..n), as gzip -c writes it. */
static unsigned char *gzip_bytes(const char *data, size_t n, size_t *outlen)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)n) + 64;
    unsigned char *out = malloc(cap);
    assert_non_null(out);
    z.next_in = (unsigned char *)(uintptr_t)data;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *outlen = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static const ct_column *col(const ct_frame *f, const char *name)
{
    size_t j;
    assert_int_equal(ct_frame_find(f, name, &j, NULL), CT_OK);
    return ct_frame_col(f, j);
}

/* pandas 1.5.3 (Debian 12): list(pd.read_csv(io.StringIO(s)).columns) */
static void test_header_names_pandas(void **state)
{
    (void)state;
    static const struct {
        const char *csv;
        const char *want[4];
    } cases[] = {
        {"video_id,views,views,views.1\n1,2,3,4\n", {"video_id", "views", "views.2", "views.1"}},
        {"a,a,a.1,a\n1,2,3,4\n", {"a", "a.2", "a.1", "a.3"}},
        {"a.1,a,a\n1,2,3\n", {"a.1", "a", "a.2", NULL}},
        {",,a,Unnamed: 1\n1,2,3,4\n", {"Unnamed: 0", "Unnamed: 1.1", "a", "Unnamed: 1"}},
        {"a,a.1,a,a.1\n1,2,3,4\n", {"a", "a.1", "a.2", "a.1.1"}},
        {"a,a,,a\n1,2,3,4\n", {"a", "a.1", "Unnamed: 2", "a.2"}},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ct_frame *f = ct_test_load(cases[k].csv, NULL, CT_OK, NULL);
        for (size_t j = 0; j < 4 && cases[k].want[j]; j++)
            assert_string_equal(ct_column_name(ct_frame_col(f, j)), cases[k].want[j]);
        ct_frame_destroy(f);
    }
}

/* FC07: a repeated name takes the next free suffix; 'views.1' is the
 * file's own views.1 (pandas 1.5.3: means views 20, views.2 200, views.1
 * 2000). */
static void test_fc07(void **state)
{
    (void)state;
    const char *p = case_path("FC07", "input.csv");
    if (!p) {
        skip();
        return;
    }
    ct_frame *f;
    ct_diag d;
    assert_int_equal(ct_frame_load(p, NULL, &f, NULL, &d), CT_OK);
    static const char *const names[] = {"video_id", "views", "views.2", "views.1"};
    static const double means[] = {102, 20, 200, 2000};
    for (size_t j = 0; j < 4; j++) {
        const ct_column *c = ct_frame_col(f, j);
        assert_string_equal(ct_column_name(c), names[j]);
        double s = 0;
        for (size_t i = 0; i < ct_frame_nrows(f); i++)
            s += ct_column_f64(c)[i];
        assert_rel(s / (double)ct_frame_nrows(f), means[j], 1e-15);
    }
    ct_frame_destroy(f);
}

static void test_did_you_mean(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("Claim_Status, video_id \nclaim,1\n", NULL, CT_OK, NULL);
    size_t j;
    ct_diag d;
    assert_int_equal(ct_frame_find(f, "claim_status", &j, &d), CT_ECOLUMN);
    assert_non_null(strstr(d.message, "'claim_status' is absent"));
    assert_non_null(strstr(d.hint, "did you mean 'Claim_Status'"));
    assert_non_null(strstr(d.hint, "letter case"));
    assert_int_equal(ct_frame_find(f, "video_id", &j, &d), CT_ECOLUMN);
    assert_non_null(strstr(d.hint, "did you mean ' video_id '"));
    assert_non_null(strstr(d.hint, "1 leading space, 1 trailing space"));
    /* spaces alone: what to do; letter case: no word on spaces
     * (tests/cli/files_header_spaced_names) */
    assert_non_null(strstr(d.hint, "; pandas keeps such spaces in the name: remove them"));
    assert_int_equal(ct_frame_find(f, "claim_status", &j, &d), CT_ECOLUMN);
    assert_null(strstr(d.hint, "pandas keeps"));
    assert_int_equal(ct_frame_find(f, "views", &j, &d), CT_ECOLUMN);
    assert_string_equal(d.hint, ""); /* nothing near: no guess */
    /* the note on such names: which, and where the space is */
    char note[CT_DIAG_MSG_MAX];
    assert_int_equal(ct_frame_spaced_names(f, note, sizeof note), 1);
    assert_non_null(strstr(note, "1 column name with white space around it (' video_id ' "
                                 "before and after)"));
    ct_frame_destroy(f);
    f = ct_test_load("a,b\n1,2\n", NULL, CT_OK, NULL);
    assert_int_equal(ct_frame_spaced_names(f, note, sizeof note), 0);
    assert_string_equal(note, "");
    ct_frame_destroy(f);
}

/* The suggestion in the diagnostic's fields (near_name, near_differs), so
 * a caller words it again without parsing the hint's English (test's
 * skipped reasons did before 2026-12-07). */
static void test_did_you_mean_fields(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("Claim_Status,video_view_count,claim_status_opinion\nclaim,1,0\n",
                               NULL, CT_OK, NULL);
    size_t j;
    ct_diag d;
    /* case: the name and the difference */
    assert_int_equal(ct_frame_find(f, "claim_status", &j, &d), CT_ECOLUMN);
    assert_string_equal(d.near_name, "Claim_Status");
    assert_string_equal(d.near_differs, "letter case");
    /* a typo's guess: the name, no difference of the first rule */
    assert_int_equal(ct_frame_find(f, "video_veiw_count", &j, &d), CT_ECOLUMN);
    assert_string_equal(d.near_name, "video_view_count");
    assert_string_equal(d.near_differs, "");
    assert_non_null(strstr(d.hint, "1 edit from"));
    /* nothing near: both empty, after a diagnostic that had them */
    assert_int_equal(ct_frame_find(f, "claim_status", &j, &d), CT_ECOLUMN);
    assert_int_equal(ct_frame_find(f, "likes", &j, &d), CT_ECOLUMN);
    assert_string_equal(d.near_name, "");
    assert_string_equal(d.near_differs, "");
    /* the role's message (ct_frame_find_as) says the same */
    const ct_column *c;
    assert_int_equal(ct_frame_find_as(f, "video view count", "feature", &c, &d), CT_ECOLUMN);
    assert_string_equal(d.near_name, "video_view_count");
    assert_string_equal(d.near_differs, "word separators ('_' for ' ')");
    /* a fresh ct_diag_set resets them */
    ct_diag_set(&d, CT_EDATA, NULL, 0, 0, "other");
    assert_string_equal(d.near_name, "");
    assert_string_equal(d.near_differs, "");
    ct_frame_destroy(f);
}

/* 13 distinct 19-digit ids 7301234567890123456 + k, which share doubles
 * (spacing 1024 there): pandas keeps them int64, nunique() 13,
 * duplicated().sum() 0. */
static char *ids19_csv(size_t *len)
{
    static char buf[1024];
    size_t w = (size_t)snprintf(buf, sizeof buf, "video_id,views\n");
    for (int k = 0; k < 13; k++)
        w += (size_t)snprintf(buf + w, sizeof buf - w, "%lld,%d\n", 7301234567890123456LL + k,
                              10 * k);
    *len = w;
    return buf;
}

static void test_exact_ids(void **state)
{
    (void)state;
    size_t len;
    const char *csv = ids19_csv(&len);
    ct_frame *f = ct_test_load(csv, NULL, CT_OK, NULL);
    const ct_column *id = col(f, "video_id");
    assert_int_equal(ct_column_type(id), CT_TYPE_ID);
    const int64_t *x = ct_column_i64(id);
    assert_non_null(x);
    for (int k = 0; k < 13; k++) {
        assert_true(x[k] == 7301234567890123456LL + k);
        assert_rel(ct_column_f64(id)[k], 7301234567890123456.0, 1e-15);
    }
    /* inspect: 13 distinct, 0 duplicated, 0 duplicate rows */
    ct_inspect_options io = ct_inspect_options_default();
    ct_inspect *r;
    assert_int_equal(ct_inspect_frame(f, &io, &r, NULL), CT_OK);
    assert_int_equal(r->columns[0].distinct, 13);
    assert_int_equal(r->columns[0].duplicate_values, 0);
    assert_int_equal(r->duplicate_rows, 0);
    ct_inspect_free(r);

    /* written back digit for digit */
    char *out = NULL;
    size_t olen = 0;
    FILE *fp = open_memstream(&out, &olen);
    assert_int_equal(ct_frame_write_csv(f, fp, NULL, NULL), CT_OK);
    fclose(fp);
    assert_int_equal(olen, len);
    assert_memory_equal(out, csv, len);
    free(out);

    /* a copy keeps the exact values */
    ct_frame *g;
    assert_int_equal(ct_frame_create("g", 13, &g, NULL), CT_OK);
    assert_int_equal(ct_frame_add_column_copy(g, id, NULL, NULL), CT_OK);
    assert_memory_equal(ct_column_i64(ct_frame_col(g, 0)), x, 13 * sizeof *x);
    ct_frame_destroy(g);
    ct_frame_destroy(f);

    /* streamed: batches after a 4-row inference window are exact too; a
     * stream keeps identifiers as text, each as written (since 2026-12-03:
     * a zero-padded id after the window is then kept, as the whole load
     * keeps it: tests/cli/score_shards_zero_padded_id_late) */
    const char *p = ct_test_tmpfile(csv, len);
    ct_load_options o = ct_load_options_default();
    o.infer_rows = 4;
    ct_reader *rd;
    assert_int_equal(ct_reader_open(p, &o, &rd, NULL), CT_OK);
    ct_frame *b;
    size_t row = 0;
    while (ct_reader_next(rd, 5, &b, NULL) == CT_OK && b) {
        const ct_column *bc = ct_frame_col(b, 0);
        assert_null(ct_column_i64(bc));
        for (size_t i = 0; i < ct_frame_nrows(b); i++, row++) {
            char want[32];
            size_t bl = 0;
            const char *bs = ct_column_str(bc, i, &bl);
            snprintf(want, sizeof want, "%lld", 7301234567890123456LL + (long long)row);
            assert_non_null(bs);
            assert_int_equal(bl, strlen(want));
            assert_memory_equal(bs, want, bl);
        }
        ct_frame_destroy(b);
    }
    assert_int_equal(row, 13);
    ct_reader_close(rd);
    unlink(p);

    /* beyond int64 (21 digits): exact as strings */
    f = ct_test_load("code\n100000000000000000001\n100000000000000000002\n", NULL, CT_OK, NULL);
    id = ct_frame_col(f, 0);
    assert_int_equal(ct_column_type(id), CT_TYPE_ID);
    assert_null(ct_column_f64(id));
    size_t sl;
    assert_memory_equal(ct_column_str(id, 1, &sl), "100000000000000000002", 21);
    ct_frame_destroy(f);
    /* whole numbers beyond 2^53 with no id-like name are identifiers too */
    f = ct_test_load("code\n9007199254740993\n9007199254740993\n", NULL, CT_OK, NULL);
    assert_int_equal(ct_column_type(ct_frame_col(f, 0)), CT_TYPE_ID);
    assert_true(ct_column_i64(ct_frame_col(f, 0))[0] == 9007199254740993LL);
    ct_frame_destroy(f);
}

/* The same figures from a .csv.gz: mapped (whole inflated buffer), read
 * through stdio (streamed), from memory, and streamed in batches. */
static void test_gzip(void **state)
{
    (void)state;
    const char *csv = "a,b,c\n1,x,2.5\n2,y,3.5\n3,\"q,\"\"r\",4.5\n";
    size_t zl;
    unsigned char *z = gzip_bytes(csv, strlen(csv), &zl);
    ct_frame *want = ct_test_load(csv, NULL, CT_OK, NULL);
    const char *p = ct_test_tmpfile((const char *)z, zl);
    char path[80];
    snprintf(path, sizeof path, "%s", p);
    for (int mode = 0; mode < 3; mode++) {
        ct_load_options o = ct_load_options_default();
        o.map_files = mode != 1;
        ct_frame *f = NULL;
        ct_diag d;
        ct_status s = mode == 2 ? ct_frame_load_mem((const char *)z, zl, "m", &o, &f, NULL, &d)
                                : ct_frame_load(path, &o, &f, NULL, &d);
        if (s)
            print_error("mode %d: %s\n", mode, d.message);
        assert_int_equal(s, CT_OK);
        assert_int_equal(ct_frame_nrows(f), 3);
        assert_int_equal(ct_frame_ncols(f), 3);
        for (size_t i = 0; i < 3; i++)
            assert_rel(ct_column_f64(ct_frame_col(f, 2))[i],
                       ct_column_f64(ct_frame_col(want, 2))[i], 0);
        size_t l;
        assert_memory_equal(ct_column_str(ct_frame_col(f, 1), 2, &l), "q,\"r", 4);
        ct_frame_destroy(f);
    }
    ct_reader *rd;
    assert_int_equal(ct_reader_open(path, NULL, &rd, NULL), CT_OK);
    ct_frame *b;
    assert_int_equal(ct_reader_next(rd, 10, &b, NULL), CT_OK);
    assert_int_equal(ct_frame_nrows(b), 3);
    ct_frame_destroy(b);
    ct_reader_close(rd);
    /* two members, as `cat a.gz b.gz` makes */
    size_t z2l;
    unsigned char *z2 = gzip_bytes("1,z,9\n", 6, &z2l);
    unsigned char *cat = malloc(zl + z2l);
    memcpy(cat, z, zl);
    memcpy(cat + zl, z2, z2l);
    ct_frame *f;
    assert_int_equal(ct_frame_load_mem((const char *)cat, zl + z2l, "c", NULL, &f, NULL, NULL),
                     CT_OK);
    assert_int_equal(ct_frame_nrows(f), 4);
    ct_frame_destroy(f);
    /* cut short: an error that says so, never a silent partial load */
    ct_diag d;
    assert_int_not_equal(ct_frame_load_mem((const char *)z, zl - 6, "cut", NULL, &f, NULL, &d),
                         CT_OK);
    assert_non_null(strstr(d.message, "cut short"));
    unlink(path);
    free(cat);
    free(z2);
    free(z);
    ct_frame_destroy(want);
}

/* The first call a progress callback gets: (done, total) in user[0..1]. */
static int first_progress(void *user, uint64_t done, uint64_t total)
{
    uint64_t *f = user;
    if (!f[1]) {
        f[0] = done;
        f[1] = total;
    }
    return 0;
}

/* Progress on gzip input counts compressed bytes of the compressed size
 * (the inflated size is not known ahead): it never passes the total and
 * reaches it at the end, in the streaming reader (score's) as in the csv
 * tokenizer under it; plain input counts bytes of the file's size. */
static void test_gzip_progress(void **state)
{
    (void)state;
    size_t cap = (size_t)1 << 23, n = 0;
    char *csv = malloc(cap);
    assert_non_null(csv);
    n += (size_t)snprintf(csv, cap, "id,x,y\n");
    uint64_t lcg = 12345;
    for (int i = 0; n + 64 < cap; i++) {
        lcg = lcg * 6364136223846793005u + 1442695040888963407u;
        n += (size_t)snprintf(csv + n, cap - n, "%d,%u,%u\n", i, (unsigned)(lcg >> 40),
                              (unsigned)(lcg >> 20) & 0xfffffu);
    }
    size_t zl;
    unsigned char *z = gzip_bytes(csv, n, &zl);
    assert_true(zl * 2 < n); /* the ratio that showed 396% */
    for (int gz = 0; gz < 2; gz++) {
        const char *p = gz ? ct_test_tmpfile((const char *)z, zl) : ct_test_tmpfile(csv, n);
        char path[80];
        snprintf(path, sizeof path, "%s", p);
        const uint64_t size = gz ? zl : n;
        ct_load_options o = ct_load_options_default();
        o.infer_rows = 100;
        ct_reader *rd;
        assert_int_equal(ct_reader_open(path, &o, &rd, NULL), CT_OK);
        uint64_t done, total, last = 0;
        int batches = 0;
        for (;;) {
            ct_frame *b;
            assert_int_equal(ct_reader_next(rd, 5000, &b, NULL), CT_OK);
            if (!b)
                break;
            ct_frame_destroy(b);
            ct_reader_progress(rd, &done, &total);
            assert_int_equal(total, size);
            assert_true(done <= total);
            assert_true(done >= last);
            last = done;
            batches++;
        }
        ct_reader_progress(rd, &done, &total);
        assert_int_equal(done, size);
        assert_true(batches > 20);
        ct_reader_close(rd);
        /* the rows read at open to fix the types count as they are handed
         * out: after 1 batch of 1,000 of them, not the 100,000 read (score's
         * bar stood at 43% through them before 2026-12-04) */
        o.infer_rows = 100000;
        assert_int_equal(ct_reader_open(path, &o, &rd, NULL), CT_OK);
        ct_frame *b1;
        assert_int_equal(ct_reader_next(rd, 1000, &b1, NULL), CT_OK);
        ct_frame_destroy(b1);
        ct_reader_progress(rd, &done, &total);
        assert_true(done * 50 < total);
        ct_reader_close(rd);
        /* a whole-file load of gzip data: its bar follows the inflating, in
         * compressed bytes, from its first call (before 2026-12-04 the first
         * call said 100%) */
        o = ct_load_options_default();
        uint64_t first[2] = {0, 0};
        o.progress = first_progress;
        o.progress_user = first;
        ct_frame *whole;
        assert_int_equal(ct_frame_load(path, &o, &whole, NULL, NULL), CT_OK);
        ct_frame_destroy(whole);
        assert_true(first[1] > 0);
        if (gz)
            assert_true(first[0] < first[1] && first[1] == size);
        /* the tokenizer alone, record by record */
        ct_csv *c;
        assert_int_equal(ct_csv_open_path(path, NULL, &c, NULL), CT_OK);
        ct_csv_record rec;
        last = 0;
        do {
            assert_int_equal(ct_csv_next(c, &rec, NULL), CT_OK);
            ct_csv_progress(c, &done, &total);
            assert_int_equal(total, size);
            assert_true(done <= total && done >= last);
            last = done;
        } while (rec.fields);
        assert_int_equal(done, size);
        ct_csv_close(c);
        unlink(path);
    }
    free(z);
    free(csv);
}

static void expect_sniff(const char *data, size_t len, char delim, ct_file_kind kind,
                         const char *in_message, const char *in_hint)
{
    ct_file_sniff s;
    assert_int_equal(ct_csv_sniff(data, len, delim, CT_SNIFF_ALL, &s), kind);
    if (in_message && !strstr(s.message, in_message)) {
        print_error("message '%s' lacks '%s'\n", s.message, in_message);
        fail();
    }
    char hint[CT_DIAG_MSG_MAX]; /* as the loader shows it, for a file data.csv */
    ct_file_sniff_hint(hint, sizeof hint, &s, "data.csv", 0);
    if (in_hint && !strstr(hint, in_hint)) {
        print_error("hint '%s' lacks '%s'\n", hint, in_hint);
        fail();
    }
}

/* The input part of a hint's shell command (ct_shell_filter): quoted,
 * decompressed, piped, an output name that is no option. */
static void test_shell_filter(void **state)
{
    (void)state;
    char b[256];
    ct_shell_filter(b, sizeof b, "iconv -f cp1252 -t utf-8", 1, "my data (1).csv", 0, "utf8");
    assert_string_equal(b, "iconv -f cp1252 -t utf-8 'my data (1).csv' > 'my data (1)-utf8.csv'");
    ct_shell_filter(b, sizeof b, "iconv -f cp1252 -t utf-8", 1, "d/f.csv.gz", 1, "utf8");
    assert_string_equal(b, "zcat d/f.csv.gz | iconv -f cp1252 -t utf-8 > f-utf8.csv");
    ct_shell_filter(b, sizeof b, "tr -d '\\000'", 0, "-", 0, "fixed");
    assert_string_equal(b, "... | tr -d '\\000' > fixed.csv");
    ct_shell_filter(b, sizeof b, "tr -d '\\000'", 0, "-x.csv", 0, "fixed");
    assert_string_equal(b, "tr -d '\\000' < ./-x.csv > fixed.csv");
    ct_shell_word(b, sizeof b, "it's");
    assert_string_equal(b, "'it'\\''s'");
}

static void test_sniff(void **state)
{
    (void)state;
    expect_sniff("a,b\n1,2\n", 8, ',', CT_FILE_TEXT, "", "");
    expect_sniff("PK\x03\x04\x14\x00\x00\x00", 8, ',', CT_FILE_BINARY, "zip archive", "unzip");
    expect_sniff("\x28\xB5\x2F\xFD....", 8, ',', CT_FILE_BINARY, "zstd", "zstd -d");
    expect_sniff("\xFD"
                 "7zXZ\x00..",
                 8, ',', CT_FILE_BINARY, "xz", "xz -d");
    expect_sniff("\xFF\xFE"
                 "a\0,\0b\0\n\0",
                 10, ',', CT_FILE_UTF16, "UTF-16 (little-endian)", "iconv -f UTF-16 -t UTF-8");
    expect_sniff("a\0,\0b\0\n\0"
                 "1\0,\0"
                 "2\0\n\0",
                 16, ',', CT_FILE_UTF16, "every other byte", "iconv -f UTF-16LE");
    expect_sniff("\0a\0,\0b\0\n\0"
                 "1\0,\0"
                 "2\0\n",
                 16, ',', CT_FILE_UTF16, "big-endian", "UTF-16BE");
    expect_sniff("\xFF\xFE\0\0"
                 "a\0\0\0",
                 8, ',', CT_FILE_UTF32, "UTF-32", "iconv -f UTF-32");
    expect_sniff("\n  <html><body>x,y</body></html>\n", 33, ',', CT_FILE_HTML, "HTML page",
                 "download the raw file");
    /* past a comment, a fragment's tag, a header only starting with '<'
     * (tests/cli/files_not_csv_markup) */
    expect_sniff("<!-- saved -->\n<!DOCTYPE html>\n", 31, ',', CT_FILE_HTML,
                 "first line after a comment, line 2, is '<!DOCTYPE html>'",
                 "download the raw file");
    expect_sniff("<div class=\"a, b\">\nx\n</div>\n", 28, ',', CT_FILE_HTML, "HTML page", "");
    expect_sniff("<p> score,x\n1,2\n", 16, ',', CT_FILE_TEXT, "", "");
    expect_sniff("404: Not Found", 14, ',', CT_FILE_HTML, "error answer",
                 "download the file again");
    expect_sniff("| a |\n|---|\n| 1 |\n", 18, ',', CT_FILE_HTML, "Markdown table", "sed -e 2d");
    expect_sniff("%PDF-1.4\n1 0 obj\n", 17, ',', CT_FILE_BINARY, "PDF", "");
    {
        /* a converter's hint for a gzip file reads the inflated bytes
         * (tests/cli/files_not_csv_gzip_wrapped) */
        ct_file_sniff fs;
        char hint[CT_DIAG_MSG_MAX];
        assert_int_equal(ct_csv_sniff("[{\"a\":1}]", 9, ',', CT_SNIFF_ALL, &fs), CT_FILE_HTML);
        ct_file_sniff_hint(hint, sizeof hint, &fs, "my d.csv", 1);
        assert_non_null(strstr(hint, "convert it: zcat 'my d.csv' | /usr/bin/python3"));
        assert_null(strstr(hint, "..."));
    }
    expect_sniff("version https://git-lfs.github.com/spec/v1\noid sha256:ab\n", 56, ',',
                 CT_FILE_LFS_POINTER, "Git LFS pointer", "git lfs pull");
    expect_sniff("a\tb\tc\n1\t2\t3\n", 12, ',', CT_FILE_OTHER_DELIMITER, "2 tabs and no ','",
                 "--delimiter=tab");
    expect_sniff("a|b\n1|2\n", 8, ',', CT_FILE_OTHER_DELIMITER, "'|'-delimited", "--delimiter='|'");
    /* a ',' file read with ';' */
    expect_sniff("a,b\n1,2\n", 8, ';', CT_FILE_OTHER_DELIMITER, "no ';'", "--delimiter=','");
    /* a one-column file whose text holds ';' on some lines only: no guess */
    expect_sniff("text\nhello; world\nplain\n", 24, ',', CT_FILE_TEXT, "", "");
    /* a ';' in a header of ',' fields: not another delimiter */
    expect_sniff("a;b,c\n1,2\n", 10, ',', CT_FILE_TEXT, "", "");
    /* one ';' in a one-column header, data lines without: no evidence */
    expect_sniff("a;b\nx\ny\nz\n", 10, ',', CT_FILE_TEXT, "", "");
    expect_sniff("a;b\n", 4, ',', CT_FILE_TEXT, "", "");
    expect_sniff("a;b;c\n", 6, ',', CT_FILE_OTHER_DELIMITER, "2 ';'", "");
    /* a ',' in a name of a ';' file; a ';' file whose decimal commas
     * match the header's ','; a header and rows with different ones */
    expect_sniff("a;b, c;d\n1;2;3\n4;5;6\n", 21, ',', CT_FILE_OTHER_DELIMITER, "and 1 ','",
                 "--delimiter=';'");
    expect_sniff("a;b,c;d\n1;2,5;3\n4;5,5;6\n", 24, ',', CT_FILE_OTHER_DELIMITER, "'a;b'",
                 "--decimal=,");
    expect_sniff("a,b,c\n1;2;3\n4;5;6\n", 18, ',', CT_FILE_OTHER_DELIMITER, "different delimiters",
                 "--delimiter=';'");
    /* a ',' file whose text holds one ';' on every line, as a name does:
     * fewer than its ',', so not another delimiter */
    expect_sniff("a,b;x,c\n1,p;q,3\n4,r;s,6\n", 24, ',', CT_FILE_TEXT, "", "");
    /* a delimiter given deliberately is not second-guessed */
    ct_file_sniff fs;
    assert_int_equal(ct_csv_sniff("a;b\n1;2\n", 8, ',', CT_SNIFF_FILE, &fs), CT_FILE_TEXT);
    /* fields separated by ", " (skipinitialspace): said for the file, a
     * quoted field after the space holding ", " read as one, an empty
     * field allowed; not when the header or most lines have no space, nor
     * for a header alone (tests/cli/files_space_after_delimiter) */
    {
        const char *sp = "a, b, c\n1, \"x, y\", 3\n4, , 6\r\n7, z, 9\n";
        expect_sniff(sp, strlen(sp), ',', CT_FILE_SPACE_AFTER_DELIMITER,
                     "line 1 (the header) and 3 of the next 3 lines", "skipinitialspace=True");
        const char *semi = "a; b\n1; 2\n3; 4\n";
        expect_sniff(semi, strlen(semi), ';', CT_FILE_SPACE_AFTER_DELIMITER,
                     "(the second name "
                     "is ' b')",
                     "delimiter=';'");
        const char *head_only = "a, b, c\n1,2,3\n4,5,6\n";
        expect_sniff(head_only, strlen(head_only), ',', CT_FILE_TEXT, "", "");
        const char *some = "a, b\n1, 2\n3,4\n5,6\n";
        expect_sniff(some, strlen(some), ',', CT_FILE_TEXT, "", "");
        const char *plain = "a,b\n1, 2\n3, 4\n";
        expect_sniff(plain, strlen(plain), ',', CT_FILE_TEXT, "", "");
        /* empty names and values are no evidence (a to_csv index column
         * header, unnamed columns) */
        const char *unnamed = "a,,\n1,,\n,,\n2,,\n";
        expect_sniff(unnamed, strlen(unnamed), ',', CT_FILE_TEXT, "", "");
        const char *empty_rows = "a, b\n1,\n2,\n";
        expect_sniff(empty_rows, strlen(empty_rows), ',', CT_FILE_TEXT, "", "");
        const char *header = "a, b\n";
        expect_sniff(header, strlen(header), ',', CT_FILE_TEXT, "", "");
        /* the second name split outside quotes: the first name's ", "
         * inside its quotes is no delimiter, nor the second's
         * (tests/cli/files_space_after_quoted_names) */
        const char *quoted = "\"id, x\", claim_status, t\n1, a, b\n2, c, d\n";
        expect_sniff(quoted, strlen(quoted), ',', CT_FILE_SPACE_AFTER_DELIMITER,
                     "(the second name is ' claim_status')", "");
        const char *second = "id, \"claim, status\", t\n1, a, b\n2, c, d\n";
        expect_sniff(second, strlen(second), ',', CT_FILE_SPACE_AFTER_DELIMITER,
                     "(the second name is ' \"claim, status\"')", "");
    }
    /* A last line without a line end counts when the caller says the
     * bytes are the whole input (CT_SNIFF_WHOLE), never otherwise (the
     * read may have cut it): a ", " file of a header and one row, a file
     * of row names whose last row has no line end
     * (tests/cli/files_space_after_one_row_no_eol) */
    {
        const char *one = "a, b, c\n1, x, y";
        assert_int_equal(ct_csv_sniff(one, strlen(one), ',', CT_SNIFF_ALL, &fs), CT_FILE_TEXT);
        assert_int_equal(ct_csv_sniff(one, strlen(one), ',', CT_SNIFF_ALL | CT_SNIFF_WHOLE, &fs),
                         CT_FILE_SPACE_AFTER_DELIMITER);
        assert_non_null(strstr(fs.message, "and 1 of the next 1 lines"));
        const char *rownames = "a,b\n1,x,y\n2,x,y";
        assert_int_equal(ct_csv_sniff(rownames, strlen(rownames), ',', CT_SNIFF_ALL, &fs),
                         CT_FILE_TEXT);
        assert_int_equal(
            ct_csv_sniff(rownames, strlen(rownames), ',', CT_SNIFF_ALL | CT_SNIFF_WHOLE, &fs),
            CT_FILE_HEADER_SHORT);
        /* ended: the same either way */
        const char *ended = "a, b, c\n1, x, y\n";
        assert_int_equal(
            ct_csv_sniff(ended, strlen(ended), ',', CT_SNIFF_ALL | CT_SNIFF_WHOLE, &fs),
            CT_FILE_SPACE_AFTER_DELIMITER);
    }
    /* Excel's delimiter line in place of the header */
    expect_sniff("sep=,\r\na,b\r\n1,2\r\n", 17, ',', CT_FILE_SEP_LINE, "'sep=,'",
                 "delete the first line");
    expect_sniff("\xEF\xBB\xBFsep=;\na;b\n1;2\n", 17, ',', CT_FILE_SEP_LINE, "'sep=;'",
                 "--delimiter=';'");
    expect_sniff("sep=,x\na,b\n", 11, ',', CT_FILE_TEXT, "", "");
    /* every data line one field more than the header: row names, or a
     * delimiter ending each data line; a single such line is no evidence */
    expect_sniff("a,b\n1,x,y\n2,x,y\n", 16, ',', CT_FILE_HEADER_SHORT,
                 "no name for the first column", "add a name");
    expect_sniff("a,b\nx,y,\nx,y,\n", 14, ',', CT_FILE_HEADER_SHORT, "ends with a ','",
                 "remove the ','");
    expect_sniff("a,b\nx,y,\n", 9, ',', CT_FILE_TEXT, "", "");
    /* a title line above the header */
    expect_sniff("Export\na,b,c\n1,2,3\n4,5,6\n7,8,9\n", 31, ',', CT_FILE_PREAMBLE, "('Export')",
                 "tail -n +2");
    expect_sniff("text\nhello\nwith, comma\nx, y\na, b\n", 33, ',', CT_FILE_TEXT, "", "");
    /* the header line ends with a delimiter the data lines lack */
    expect_sniff("a,b,\n1,2\n3,4\n", 13, ',', CT_FILE_HEADER_LONG, "the last 1 empty",
                 "end of the header line");
    expect_sniff("a,b,c\n1,2\n3,4\n", 14, ',', CT_FILE_TEXT, "", "");
    expect_sniff("a,b\n1,x,y\n2,x\n", 14, ',', CT_FILE_TEXT, "", "");
    expect_sniff("a,b\n1,\"x,y\"\n2,\"x,\ny\"\n", 21, ',', CT_FILE_TEXT, "", "");
    /* magic bytes in text (no NUL, valid UTF-8) are not a container */
    expect_sniff("PK\x05\x06"
                 "a,b\n1,2\n",
                 12, ',', CT_FILE_TEXT, "", "");
}

/* Lines as sed and tail count them (LF only) for lines counted with a
 * lone CR too (ct_csv_lf_lines, ct_shell_tail_from): before 2026-12-07 a
 * hint's sed and tail took claimtriage's numbers. */
static void test_lf_lines(void **state)
{
    (void)state;
    long a, b;
    /* CR CR LF: our lines 1, 3, 5 are LF lines 1, 2, 3; blank lines after
     * a row's lone CR share its LF line and change nothing */
    const char cc[] = "h\r\r\nx\r\r\ny\r\r\n";
    const char *p = ct_test_tmpfile(cc, sizeof cc - 1);
    assert_int_equal(ct_csv_lf_lines(p, 5, 5, &a, &b), 1);
    assert_int_equal(a, 3);
    assert_int_equal(b, 3);
    assert_int_equal(ct_csv_lf_lines(p, 3, 5, &a, &b), 1);
    assert_int_equal(a, 2);
    assert_int_equal(b, 3);
    assert_int_equal(ct_csv_lf_lines(p, 9, 9, &a, &b), -1); /* no such line */
    assert_int_equal(a, 9);
    unlink(p);
    /* lone CRs only: each row shares the one LF line */
    const char mac[] = "h\rx\ry\r";
    p = ct_test_tmpfile(mac, sizeof mac - 1);
    assert_int_equal(ct_csv_lf_lines(p, 2, 2, &a, &b), 0);
    assert_int_equal(ct_csv_lf_lines(p, 3, 3, &a, &b), 0);
    unlink(p);
    /* a lone CR inside a row; the last line without a line end */
    const char q[] = "h\n\"a\rb\"\nz";
    p = ct_test_tmpfile(q, sizeof q - 1);
    assert_int_equal(ct_csv_lf_lines(p, 2, 3, &a, &b), 1);
    assert_int_equal(a, 2);
    assert_int_equal(b, 2);
    assert_int_equal(ct_csv_lf_lines(p, 4, 4, &a, &b), 1);
    assert_int_equal(a, 3);
    assert_int_equal(ct_csv_lf_lines(p, 2, 2, &a, &b), 0); /* half a row's LF line */
    unlink(p);
    assert_int_equal(ct_csv_lf_lines("-", 2, 2, &a, &b), -1);
    char cmd[256], why[160];
    ct_shell_delete_lines(cmd, sizeof cmd, why, sizeof why, "-", 0, 4, 5, "dropped");
    assert_string_equal(cmd, "... | perl -pe 's/\\r(?!\\n)/\\n/g' | sed '4,5d' > dropped.csv");
    ct_shell_tail_from(cmd, sizeof cmd, "t\r\r\nh\r\r\n", 4);
    assert_string_equal(cmd, "tail -n +2");
    ct_shell_tail_from(cmd, sizeof cmd, "t\rh\r", 2);
    assert_string_equal(cmd, "tail -c +3");
    ct_shell_tail_from(cmd, sizeof cmd, "\nt\n\nh\n", 4);
    assert_string_equal(cmd, "tail -n +4");
}

/* A lone CR anywhere in a file (ct_csv_lone_cr), a CR LF split across the
 * reader's 256 KiB blocks not one, and the awk hints that make lone CRs LF
 * first: before 2026-12-07 awk read a CR-only file as one line
 * (tests/cli/files_awk_hint_lone_cr). */
static void test_lone_cr(void **state)
{
    (void)state;
    const char lf[] = "h\r\nx\r\n\"a\r\nb\"\n";
    const char *p = ct_test_tmpfile(lf, sizeof lf - 1);
    assert_int_equal(ct_csv_lone_cr(p), 0);
    char cmd[1024];
    ct_shell_drop_header_lines(cmd, sizeof cmd, p, 0);
    assert_int_equal(strncmp(cmd, "awk ", 4), 0);
    unlink(p);
    const char mac[] = "h\rx\r";
    p = ct_test_tmpfile(mac, sizeof mac - 1);
    assert_int_equal(ct_csv_lone_cr(p), 1);
    ct_shell_drop_header_lines(cmd, sizeof cmd, p, 0);
    const char perl[] = "perl -pe 's/\\r(?!\\n)/\\n/g' ";
    assert_int_equal(strncmp(cmd, perl, sizeof perl - 1), 0);
    assert_non_null(strstr(cmd, " | awk '"));
    const char *from[] = {"h"}, *to[] = {"g"};
    assert_int_equal(ct_shell_rename_header(cmd, sizeof cmd, p, 0, ',', from, to, 1), 1);
    assert_int_equal(strncmp(cmd, "perl -pe ", 9), 0);
    unlink(p);
    /* a CR last in the file; a CR LF across the block boundary; a lone CR
     * right after it */
    const char end[] = "h\nx\r";
    p = ct_test_tmpfile(end, sizeof end - 1);
    assert_int_equal(ct_csv_lone_cr(p), 1);
    unlink(p);
    const size_t blk = 256u * 1024u, n = blk + 8;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, 'a', n);
    big[blk - 1] = '\r';
    big[blk] = '\n';
    p = ct_test_tmpfile(big, n);
    assert_int_equal(ct_csv_lone_cr(p), 0);
    unlink(p);
    big[blk] = 'b';
    p = ct_test_tmpfile(big, n);
    assert_int_equal(ct_csv_lone_cr(p), 1);
    unlink(p);
    free(big);
    assert_int_equal(ct_csv_lone_cr("-"), -1);
    ct_shell_drop_header_lines(cmd, sizeof cmd, "-", 0);
    assert_int_equal(strncmp(cmd, "... | perl -pe ", 15), 0);
}

/* FC04 and FC17 fail as a whole, with what the file is and the evidence. */
static void test_fc04_fc17(void **state)
{
    (void)state;
    const char *p = case_path("FC04", "input.csv");
    if (!p) {
        skip();
        return;
    }
    ct_frame *f;
    ct_diag d;
    ct_load_stats st;
    assert_int_equal(ct_frame_load(p, NULL, &f, &st, &d), CT_EFORMAT);
    assert_non_null(strstr(d.message, "HTML page"));
    assert_non_null(strstr(d.message, "<!DOCTYPE html>"));
    assert_non_null(strstr(d.hint, "download the raw file"));
    assert_null(strstr(d.hint, "quotes"));
    p = case_path("FC17", "input.csv");
    if (!p) {
        skip();
        return;
    }
    assert_int_equal(ct_frame_load(p, NULL, &f, &st, &d), CT_EFORMAT);
    assert_non_null(strstr(d.message, "the header holds 11 ';' and no ','"));
    assert_non_null(strstr(d.hint, "--delimiter=';'"));
    /* with ';': 5 rows, 12 columns, the ';' inside quotes kept; pandas:
     * pd.read_csv(path, sep=';').video_view_count.mean() = 388412.8 */
    ct_load_options o = ct_load_options_default();
    o.delimiter = ';';
    assert_int_equal(ct_frame_load(p, &o, &f, &st, &d), CT_OK);
    assert_int_equal(ct_frame_nrows(f), 5);
    assert_int_equal(ct_frame_ncols(f), 12);
    const double *v = ct_column_f64(col(f, "video_view_count"));
    double s = 0;
    for (size_t i = 0; i < 5; i++)
        s += v[i];
    assert_rel(s / 5, 388412.8, 1e-15);
    int semi = 0;
    const ct_column *t = col(f, "video_transcription_text");
    for (size_t i = 0; i < 5; i++) {
        size_t l;
        const char *x = ct_column_str(t, i, &l);
        semi |= x && memchr(x, ';', l) != NULL;
    }
    assert_true(semi);
    ct_frame_destroy(f);
}

/* The real file gzipped gives the same frame as the plain file. */
static void test_gzip_real(void **state)
{
    (void)state;
    const char *p = ct_test_data_path();
    if (!p) {
        skip();
        return;
    }
    size_t n, zl;
    char *plain = slurp(p, &n);
    unsigned char *z = gzip_bytes(plain, n, &zl);
    const char *gp = ct_test_tmpfile((const char *)z, zl);
    char path[80];
    snprintf(path, sizeof path, "%s", gp);
    ct_frame *a, *b;
    ct_load_stats sa, sb;
    assert_int_equal(ct_frame_load(p, NULL, &a, &sa, NULL), CT_OK);
    assert_int_equal(ct_frame_load(path, NULL, &b, &sb, NULL), CT_OK);
    assert_int_equal(sa.rows_used, sb.rows_used);
    assert_int_equal(ct_frame_ncols(a), ct_frame_ncols(b));
    for (size_t j = 0; j < ct_frame_ncols(a); j++) {
        const ct_column *x = ct_frame_col(a, j), *y = ct_frame_col(b, j);
        assert_int_equal(ct_column_type(x), ct_column_type(y));
        assert_int_equal(ct_column_nmissing(x), ct_column_nmissing(y));
        if (ct_column_f64(x))
            assert_memory_equal(ct_column_f64(x), ct_column_f64(y),
                                ct_frame_nrows(a) * sizeof(double));
    }
    ct_frame_destroy(a);
    ct_frame_destroy(b);
    unlink(path);
    free(z);
    free(plain);
}

static int exists(const char *p) { return access(p, F_OK) == 0; }

/* Written whole or not at all: a temporary beside the path, renamed at
 * commit; abort and ct_atomic_remove_pending leave nothing behind. */
static void test_atomic_file(void **state)
{
    (void)state;
    char dir[] = "/tmp/ct_atomic_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128], link[128];
    snprintf(path, sizeof path, "%s/out.csv", dir);
    ct_atomic_file *f;
    assert_int_equal(ct_atomic_open(path, &f, NULL), CT_OK);
    char tmp[256];
    snprintf(tmp, sizeof tmp, "%s", ct_atomic_temp_path(f));
    assert_true(strncmp(tmp, dir, strlen(dir)) == 0); /* same folder: rename is atomic */
    fputs("a,b\n", ct_atomic_stream(f));
    assert_true(exists(tmp));
    assert_false(exists(path));
    assert_int_equal(ct_atomic_commit(f, NULL), CT_OK);
    assert_true(exists(path));
    assert_false(exists(tmp));
    /* abort: the old content stays, the temporary goes */
    assert_int_equal(ct_atomic_open(path, &f, NULL), CT_OK);
    snprintf(tmp, sizeof tmp, "%s", ct_atomic_temp_path(f));
    fputs("half", ct_atomic_stream(f));
    ct_atomic_abort(f);
    assert_false(exists(tmp));
    size_t n;
    char *back = slurp(path, &n);
    assert_string_equal(back, "a,b\n");
    free(back);
    /* a link has its target replaced; a device is written in place */
    snprintf(link, sizeof link, "%s/link.csv", dir);
    assert_int_equal(symlink(path, link), 0);
    assert_int_equal(ct_atomic_open(link, &f, NULL), CT_OK);
    fputs("new\n", ct_atomic_stream(f));
    assert_int_equal(ct_atomic_commit(f, NULL), CT_OK);
    back = slurp(path, &n);
    assert_string_equal(back, "new\n");
    free(back);
    char target[128];
    ssize_t tl = readlink(link, target, sizeof target - 1);
    assert_true(tl > 0);
    assert_int_equal(ct_atomic_open("/dev/null", &f, NULL), CT_OK);
    assert_string_equal(ct_atomic_temp_path(f), "/dev/null");
    assert_int_equal(ct_atomic_commit(f, NULL), CT_OK);
    /* errors */
    ct_diag d;
    assert_int_equal(ct_atomic_open("-", &f, &d), CT_EINVAL);
    assert_int_equal(ct_atomic_open(dir, &f, &d), CT_EIO);
    assert_non_null(strstr(d.message, "Is a directory"));
    assert_string_equal(d.hint, ct_atomic_cause(EISDIR)); /* the likely cause, shared */
    char missing[160];
    snprintf(missing, sizeof missing, "%s/no/such/x.csv", dir);
    assert_int_equal(ct_atomic_open(missing, &f, &d), CT_EIO);
    assert_non_null(strstr(d.message, "No such file"));
    assert_string_equal(d.hint, ct_atomic_cause(ENOENT));
    assert_null(ct_atomic_cause(EINTR));
    if (exists("/dev/full")) { /* a full disk: CT_EIO at commit */
        assert_int_equal(ct_atomic_open("/dev/full", &f, NULL), CT_OK);
        fputs("x", ct_atomic_stream(f));
        assert_int_equal(ct_atomic_commit(f, &d), CT_EIO);
        assert_non_null(strstr(d.message, "No space"));
    }
    /* what a signal handler calls (last: the process is then ending) */
    assert_int_equal(ct_atomic_open(path, &f, NULL), CT_OK);
    snprintf(tmp, sizeof tmp, "%s", ct_atomic_temp_path(f));
    ct_atomic_remove_pending();
    assert_false(exists(tmp));
    ct_atomic_abort(f);
    /* and a temporary created after it (another thread's, as the handler
     * ran) is removed by its creator: before 2026-12-04 it stayed, a
     * 0-byte .report.html.tmp-PID-0 after a run's report stage was
     * interrupted */
    assert_int_equal(ct_atomic_open(path, &f, &d), CT_EIO);
    assert_non_null(strstr(d.message, "Interrupted"));
    DIR *dd = opendir(dir);
    assert_non_null(dd);
    struct dirent *e;
    size_t hidden = 0;
    while ((e = readdir(dd)))
        hidden += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(dd);
    assert_int_equal(hidden, 0);
    unlink(link);
    unlink(path);
    rmdir(dir);
}

/* ct_sha256_content_lines: a copy differing from a file only in its line
 * ends and its final line end hashes, so rewritten, to the file's content
 * hash (evaluate --split's check, tests/cli/evaluate_split_no_final_line_end);
 * a copy with a byte of its last row cut does not. */
static void test_content_lines(void **state)
{
    (void)state;
    char want[CT_SHA256_HEX_SIZE], got[CT_SHA256_HEX_SIZE];
    static const char lf[] = "a,b\n1,2\n3,4\n";
    assert_int_equal(ct_sha256_content(ct_test_tmpfile(lf, strlen(lf)), want, NULL), CT_OK);
    static const struct {
        const char *text;
        int crlf, final, same;
    } cases[] = {
        {"a,b\n1,2\n3,4", -1, 1, 1},        /* final line end missing */
        {"a,b\n1,2\n3,4", -1, 0, 0},        /* as it is: another file */
        {"a,b\r\n1,2\r\n3,4", 0, 1, 1},     /* CR LF and missing */
        {"a,b\r\n1,2\r\n3,4\r\n", 0, 0, 1}, /* CR LF alone */
        {"a,b\n1,2\n3,", -1, 1, 0},         /* the last row cut */
        {"a,b\n1,2\n3,4\n", -1, -1, 0},     /* one dropped: not the file */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *p = ct_test_tmpfile(cases[k].text, strlen(cases[k].text));
        assert_int_equal(ct_sha256_content_lines(p, cases[k].crlf, cases[k].final, got, NULL),
                         CT_OK);
        assert_int_equal(strcmp(got, want) == 0, cases[k].same);
        unlink(p);
    }
    /* the reverse: a file without a final line end, and a copy with one */
    char nofinal[CT_SHA256_HEX_SIZE];
    const char *p = ct_test_tmpfile(lf, strlen(lf) - 1);
    assert_int_equal(ct_sha256_content(p, nofinal, NULL), CT_OK);
    unlink(p);
    p = ct_test_tmpfile(lf, strlen(lf));
    assert_int_equal(ct_sha256_content_lines(p, -1, -1, got, NULL), CT_OK);
    assert_string_equal(got, nofinal);
    unlink(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_names_pandas),
        cmocka_unit_test(test_lf_lines),
        cmocka_unit_test(test_fc07),
        cmocka_unit_test(test_did_you_mean),
        cmocka_unit_test(test_did_you_mean_fields),
        cmocka_unit_test(test_exact_ids),
        cmocka_unit_test(test_gzip),
        cmocka_unit_test(test_gzip_progress),
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_shell_filter),
        cmocka_unit_test(test_fc04_fc17),
        cmocka_unit_test(test_lone_cr),
        cmocka_unit_test(test_gzip_real),
        cmocka_unit_test(test_atomic_file),
        cmocka_unit_test(test_content_lines),
    };
    return cmocka_run_group_tests_name("files", tests, NULL, NULL);
}
