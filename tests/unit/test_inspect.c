/* test_inspect.c — inspect on small crafted frames and, when it is present,
 * the golden check on the real reports file against pandas 1.5.3. */
#include "ct_test.h"

#include <math.h>
#include <string.h>

/* Reference figures, produced with Debian's python3-pandas 1.5.3:
 *   df = pd.read_csv('tiktok_dataset.csv')
 *   d = df.describe()   # printed with '%.17g' for count, mean, std, min, 25%, 50%, 75%, max
 *   df.isna().sum(); df.nunique(); df.duplicated().sum(); df.video_id.duplicated().sum()
 *   df.claim_status.value_counts(dropna=False)
 *   t = df.video_transcription_text.dropna()
 *   t.str.len().describe(); t.str.split().str.len().describe() */
typedef struct ref_col {
    const char *name;
    size_t count;
    double mean, std, min, q25, q50, q75, max;
    size_t nunique;
} ref_col;

static const ref_col REF[] = {
    {"#", 19382, 9691.5, 5595.2457944222615, 1, 4846.25, 9691.5, 14536.75, 19382, 19382},
    {"video_id", 19382, 5627454067.3391294, 2536440464.169373, 1234959018, 3430416807.25,
     5618663579, 7843960211.25, 9999873075, 19382},
    {"video_duration_sec", 19382, 32.421731503456819, 16.229967178521928, 5, 18, 32, 47, 60, 56},
    {"video_view_count", 19084, 254708.5586879061, 322893.2808137869, 20, 4942.5, 9954.5, 504327,
     999817, 15632},
    {"video_like_count", 19084, 84304.636030182359, 133420.54681367191, 0, 810.75, 3403.5, 125020,
     657830, 12224},
    {"video_share_count", 19084, 16735.248323202683, 32036.174350150377, 0, 115, 717, 18222, 256130,
     9231},
    {"video_download_count", 19084, 1049.4296269125969, 2004.2998939791939, 0, 7, 46, 1156.25,
     14994, 4336},
    {"video_comment_count", 19084, 349.31214630056593, 799.63886478698919, 0, 1, 9, 292, 9599,
     2424},
};
#define TOL 1e-9

static const ct_inspect_column *find(const ct_inspect *r, const char *name)
{
    for (size_t j = 0; j < r->cols; j++)
        if (strcmp(r->columns[j].name, name) == 0)
            return &r->columns[j];
    fail_msg("no column %s", name);
    return NULL;
}

static void test_real_file(void **state)
{
    (void)state;
    const char *path = ct_test_data_path();
    if (!path)
        skip();
    ct_frame *f;
    ct_load_stats st;
    ct_diag d;
    assert_int_equal(ct_frame_load(path, NULL, &f, &st, &d), CT_OK);
    assert_int_equal(ct_frame_nrows(f), 19382);
    assert_int_equal(ct_frame_ncols(f), 12);
    assert_int_equal(st.rows_read, 19382);
    assert_int_equal(st.rows_skipped, 0);
    ct_inspect *r;
    const ct_inspect_options io = ct_reports_inspect_options(); /* target claim_status */
    assert_int_equal(ct_inspect_frame(f, &io, &r, &d), CT_OK);
    for (size_t k = 0; k < sizeof REF / sizeof REF[0]; k++) {
        const ct_inspect_column *c = find(r, REF[k].name);
        assert_true(c->has_summary);
        assert_int_equal(c->summary.count, REF[k].count);
        assert_int_equal(c->missing, 19382 - REF[k].count);
        assert_int_equal(c->distinct, REF[k].nunique);
        assert_rel(c->summary.mean, REF[k].mean, TOL);
        assert_rel(c->summary.std, REF[k].std, TOL);
        assert_rel(c->summary.min, REF[k].min, TOL);
        assert_rel(c->summary.q25, REF[k].q25, TOL);
        assert_rel(c->summary.q50, REF[k].q50, TOL);
        assert_rel(c->summary.q75, REF[k].q75, TOL);
        assert_rel(c->summary.max, REF[k].max, TOL);
    }
    assert_int_equal(find(r, "claim_status")->missing, 298);
    assert_int_equal(find(r, "claim_status")->distinct, 2);
    assert_int_equal(find(r, "author_ban_status")->distinct, 3);
    const ct_inspect_column *t = find(r, "video_transcription_text");
    assert_int_equal(t->missing, 298);
    assert_int_equal(t->distinct, 19012);
    assert_true(t->has_text);
    assert_rel(t->text_chars.mean, 89.09353385034584, TOL);
    assert_rel(t->text_chars.std, 20.682085945033077, TOL);
    assert_rel(t->text_chars.max, 182, 0);
    assert_rel(t->text_words.mean, 16.061098302242716, TOL);
    assert_rel(t->text_words.q75, 18, 0);
    /* claim_status.value_counts(dropna=False): claim 9608, opinion 9476, NaN 298 */
    assert_string_equal(r->target, "claim_status");
    assert_int_equal(r->nclasses, 3);
    assert_string_equal(r->classes[0].value, "claim");
    assert_int_equal(r->classes[0].count, 9608);
    assert_string_equal(r->classes[1].value, "opinion");
    assert_int_equal(r->classes[1].count, 9476);
    assert_null(r->classes[2].value);
    assert_int_equal(r->classes[2].count, 298);
    assert_int_equal(r->duplicate_rows, 0);
    assert_int_equal(find(r, "video_id")->duplicate_values, 0);
    /* df.isna().any(axis=1).sum() == 298, all in one pattern of 7 columns */
    assert_int_equal(r->rows_with_missing, 298);
    assert_int_equal(r->npatterns, 1);
    assert_int_equal(r->patterns[0].count, 298);
    assert_int_equal(r->patterns[0].ncols, 7);
    ct_inspect_free(r);
    ct_frame_destroy(f);
}

/* pd.DataFrame({'a':[1,1,None,None,2],'b':['x','x','y','y',None]}):
 * nunique a=2, b=2; duplicated().sum() == 2 (rows 1 and 3);
 * a.duplicated().sum() == 2 (1 again, NaN again) */
static void test_duplicates(void **state)
{
    (void)state;
    ct_frame *f = ct_test_load("id,a,b\n1,1,x\n1,1,x\n2,,y\n2,,y\n3,2,\n", NULL, CT_OK, NULL);
    ct_inspect_options o = ct_inspect_options_default();
    o.target = "b";
    ct_inspect *r;
    assert_int_equal(ct_inspect_frame(f, &o, &r, NULL), CT_OK);
    assert_int_equal(r->duplicate_rows, 2);
    assert_int_equal(r->columns[1].distinct, 2);
    assert_int_equal(r->columns[1].duplicate_values, 2);
    assert_int_equal(r->columns[2].distinct, 2);
    assert_int_equal(r->rows_with_missing, 3);
    assert_int_equal(r->npatterns, 2);
    assert_int_equal(r->patterns[0].count, 2); /* a missing (rows 3, 4) */
    assert_int_equal(r->patterns[0].columns[0], 1);
    assert_int_equal(r->patterns[1].count, 1); /* b missing */
    /* b.value_counts(dropna=False): x 2, y 2, NaN 1 */
    assert_int_equal(r->nclasses, 3);
    assert_string_equal(r->classes[0].value, "x");
    assert_null(r->classes[2].value);
    assert_rel(r->classes[2].pct, 20.0, 1e-15);
    ct_inspect_free(r);

    o.target = "nope";
    assert_int_equal(ct_inspect_frame(f, &o, &r, NULL), CT_OK); /* quietly left out */
    assert_null(r->target);
    ct_inspect_free(r);
    o.target_required = 1;
    ct_diag d;
    assert_int_equal(ct_inspect_frame(f, &o, &r, &d), CT_ECOLUMN);
    assert_non_null(strstr(d.message, "nope"));
    ct_frame_destroy(f);
}

/* Python: len(s) counts code points; len(s.split()) splits on Unicode spaces. */
static void test_text_lengths(void **state)
{
    (void)state;
    assert_int_equal(ct_utf8_words("  a  b\tc\n", 9), 3);
    assert_int_equal(ct_utf8_words("", 0), 0);
    assert_int_equal(ct_utf8_words("a\xC2\xA0"
                                   "b",
                                   4),
                     2);                                       /* NO-BREAK SPACE */
    assert_int_equal(ct_utf8_words("a\xE2\x80\x99s b", 7), 2); /* ’ is not a space */
    ct_frame *f = ct_test_load("t\nit\xE2\x80\x99s a long sentence with words\nshort one here\n"
                               "x y z w v u t\n",
                               NULL, CT_OK, NULL);
    ct_load_options o = ct_load_options_default();
    (void)o;
    ct_inspect *r;
    assert_int_equal(ct_inspect_frame(f, NULL, &r, NULL), CT_OK);
    ct_frame_destroy(f);
    ct_inspect_free(r);
}

/* Python's str.split() count, one byte at a time: the reference for the
 * 16-byte path, on random ASCII text with blanks, tabs, line breaks, other
 * control bytes (0x1C..0x1F split, 0x01 does not) and a few UTF-8 runs. */
static size_t words_reference(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int sp = c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        w += !sp && !in && (c & 0xC0) != 0x80;
        in = (c & 0xC0) == 0x80 ? in : !sp;
    }
    return w;
}

static void test_words_blocks(void **state)
{
    (void)state;
    static const char alphabet[] = "abcde  \t\n\r\x1c\x1f\x01xyz";
    uint64_t x = 88172645463325252ull;
    char text[200];
    for (int t = 0; t < 20000; t++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        size_t n = (size_t)(x % 190);
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            if (x % 50 == 0 && i + 2 <= n) { /* é, not a space */
                text[i++] = '\xC3';
                text[i] = '\xA9';
            } else {
                text[i] = alphabet[x % (sizeof alphabet - 1)];
            }
        }
        assert_int_equal(ct_utf8_words(text, n), words_reference(text, n));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_blocks),
        cmocka_unit_test(test_real_file),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_text_lengths),
    };
    return cmocka_run_group_tests_name("inspect", tests, NULL, NULL);
}
