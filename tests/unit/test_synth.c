/* test_synth.c — the synthetic reports generator: options, determinism,
 * schema, the missing pattern, class mix, engagement by class, row size,
 * noise, identifiers, write errors and allocation failures. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sample sizes: large enough that the binomial checks below are tight. */
#define N_SAMPLE 20000
#define N_ROWSIZE 100000
/* Binomial proportions are accepted within this many standard deviations. */
#define BINOM_SDS 5.0

/* Figures of the real file (/work/shared/data/tiktok_dataset.csv), from
 *   df = pandas.read_csv(path)
 *   df.groupby('claim_status').video_view_count.median()  -> claim 501555.0, opinion 4953.0
 *   os.path.getsize(path) / len(df)                        -> 157.73284490764627
 *   (df.groupby('claim_status').verified_status
 *      .apply(lambda s: (s == 'verified').mean()))         -> claim 0.021753, opinion 0.104580
 *   (df.groupby('claim_status').author_ban_status
 *      .apply(lambda s: (s == 'active').mean()))           -> claim 0.683389, opinion 0.930456 */
#define REAL_MEDIAN_VIEWS_CLAIM 501555.0
#define REAL_MEDIAN_VIEWS_OPINION 4953.0
#define REAL_BYTES_PER_ROW 157.73284490764627
#define REAL_VERIFIED_CLAIM 0.021753
#define REAL_VERIFIED_OPINION 0.104580
#define REAL_ACTIVE_CLAIM 0.683389
#define REAL_ACTIVE_OPINION 0.930456
/* The spec's tolerance on the average row size, and on the medians of a
 * uniform sample of N_SAMPLE rows (sd of a median ~ 0.4% here). */
#define ROW_SIZE_TOL 0.10
#define MEDIAN_TOL 0.05

/* Generate `rows` rows into a malloc'd buffer (caller frees). */
static char *synth_mem(uint64_t rows, const ct_synth_options *o, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    assert_non_null(fp);
    ct_diag d;
    ct_diag_clear(&d);
    assert_int_equal(ct_synth_write(fp, rows, o, NULL, NULL, &d), CT_OK);
    assert_int_equal(fclose(fp), 0);
    *len = n;
    return buf;
}

static ct_frame *synth_frame(uint64_t rows, const ct_synth_options *o)
{
    size_t len;
    char *buf = synth_mem(rows, o, &len);
    ct_load_options lo = ct_load_options_default();
    ct_load_stats st;
    ct_diag d;
    ct_frame *f = NULL;
    ct_status s = ct_frame_load_mem(buf, len, "synth.csv", &lo, &f, &st, &d);
    if (s)
        print_error("load: %s\n", d.message);
    assert_int_equal(s, CT_OK);
    assert_int_equal(st.bad_rows, 0);
    assert_int_equal(st.rows_used, rows);
    free(buf);
    return f;
}

static const ct_column *col(const ct_frame *f, const char *name)
{
    size_t j;
    assert_int_equal(ct_frame_find(f, name, &j, NULL), CT_OK);
    return ct_frame_col(f, j);
}

/* 1 claim, 0 opinion, -1 missing. */
static int row_class(const ct_column *c, size_t i)
{
    int32_t k = ct_column_codes(c)[i];
    if (k < 0)
        return -1;
    return strcmp(ct_column_level(c, (size_t)k), "claim") == 0;
}

/* Claim openers say where the statement was come across; no opinion opener
 * uses these words (see the word lists in src/lib/synth.c). Only the words
 * before the first " that " (the opener) are examined. */
static int claim_worded(const char *text)
{
    static const char *const verbs[] = {" read ",      " learned ", " discovered ", " heard ",
                                        " saw ",       " found ",   " picked ",     " came ",
                                        " spotted ",   " located ", " noticed ",    " told ",
                                        " reported ",  " claimed ", " stated ",     " announced ",
                                        " mentioned ", " shared ",  " messaged "};
    const char *end = strstr(text, " that ");
    assert_non_null(end);
    char head[256];
    size_t n = (size_t)(end - text);
    assert_true(n + 3 < sizeof head);
    head[0] = ' ';
    memcpy(head + 1, text, n);
    head[n + 1] = ' ';
    head[n + 2] = '\0';
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (strstr(head, verbs[k]))
            return 1;
    return 0;
}

static void assert_binom(size_t hits, size_t n, double p)
{
    double sd = sqrt((double)n * p * (1 - p));
    double want = (double)n * p;
    if (fabs((double)hits - want) > BINOM_SDS * sd + 1) {
        print_error("%zu of %zu, expected %.1f (sd %.1f)\n", hits, n, want, sd);
        fail();
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median_of(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ------------------------------------------------------------ tests */

static void test_options(void **state)
{
    (void)state;
    ct_synth_options o = ct_synth_options_default();
    assert_null(ct_synth_options_check(&o));
    assert_int_equal(o.seed, 42);
    assert_true(o.noise == 0.0);
    assert_rel(o.missing_rate, 298.0 / 19382.0, 1e-15);
    const double bad[] = {-0.1, 1.5, NAN};
    for (size_t k = 0; k < 3; k++) {
        o = ct_synth_options_default();
        o.noise = bad[k];
        assert_non_null(ct_synth_options_check(&o));
        o = ct_synth_options_default();
        o.missing_rate = bad[k];
        assert_non_null(ct_synth_options_check(&o));
        o = ct_synth_options_default();
        o.claim_rate = bad[k];
        assert_non_null(ct_synth_options_check(&o));
    }
    o = ct_synth_options_default();
    o.progress_every = 0;
    assert_non_null(ct_synth_options_check(&o));
    assert_non_null(ct_synth_options_check(NULL));
    o.noise = 2;
    o.progress_every = 1;
    ct_synth *g = (ct_synth *)&o; /* must be reset to NULL on failure */
    ct_diag d;
    assert_int_equal(ct_synth_create(&o, &g, &d), CT_EINVAL);
    assert_null(g);
    assert_non_null(strstr(d.message, "noise"));
    assert_int_equal(ct_synth_write(stdout, 1, &o, NULL, NULL, &d), CT_EINVAL);
    ct_synth_destroy(NULL);
}

static void test_header(void **state)
{
    (void)state;
    size_t len;
    const char *h = ct_synth_header(&len);
    assert_string_equal(h, "#,claim_status,video_id,video_duration_sec,video_transcription_text,"
                           "verified_status,author_ban_status,video_view_count,"
                           "video_like_count,video_share_count,video_download_count,"
                           "video_comment_count\n");
    assert_int_equal(len, strlen(h));
    size_t n;
    char *buf = synth_mem(0, NULL, &n);
    assert_int_equal(n, len);
    assert_memory_equal(buf, h, len);
    free(buf);
}

static void test_determinism(void **state)
{
    (void)state;
    ct_synth_options o = ct_synth_options_default();
    size_t n1, n2, n3, n4;
    char *a = synth_mem(3000, &o, &n1);
    char *b = synth_mem(3000, &o, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    o.seed = 43;
    char *c = synth_mem(3000, &o, &n3);
    assert_true(n3 != n1 || memcmp(a, c, n1) != 0);
    o.seed = 42;
    o.noise = 0.2;
    char *d = synth_mem(3000, &o, &n4);
    assert_true(n4 != n1 || memcmp(a, d, n1) != 0);

    /* the row-at-a-time generator writes the same bytes */
    ct_synth *g = NULL;
    assert_int_equal(ct_synth_create(NULL, &g, NULL), CT_OK);
    size_t hl, off;
    ct_synth_header(&hl);
    off = hl;
    char row[CT_SYNTH_ROW_MAX];
    for (int i = 0; i < 3000; i++) {
        size_t k = ct_synth_next(g, row);
        assert_true(k > 0 && off + k <= n1);
        assert_memory_equal(row, a + off, k);
        off += k;
    }
    assert_int_equal(off, n1);
    assert_int_equal(ct_synth_rows(g), 3000);
    ct_synth_destroy(g);
    free(a);
    free(b);
    free(c);
    free(d);
}

static void test_schema_and_ranges(void **state)
{
    (void)state;
    ct_frame *f = synth_frame(N_SAMPLE, NULL);
    const ct_schema *sc = ct_reports_schema();
    assert_int_equal(ct_frame_ncols(f), sc->ncolumns);
    for (size_t j = 0; j < sc->ncolumns; j++) {
        const ct_column *c = ct_frame_col(f, j);
        assert_string_equal(ct_column_name(c), sc->columns[j].name);
        assert_int_equal(ct_column_type(c), sc->columns[j].type);
    }
    const double *num = ct_column_f64(col(f, "#"));
    const double *id = ct_column_f64(col(f, "video_id"));
    const double *dur = ct_column_f64(col(f, "video_duration_sec"));
    const double *v = ct_column_f64(col(f, "video_view_count"));
    const double *l = ct_column_f64(col(f, "video_like_count"));
    const double *s = ct_column_f64(col(f, "video_share_count"));
    const double *dl = ct_column_f64(col(f, "video_download_count"));
    const double *cm = ct_column_f64(col(f, "video_comment_count"));
    assert_non_null(id);
    double *ids = malloc(N_SAMPLE * sizeof *ids);
    for (size_t i = 0; i < N_SAMPLE; i++) {
        assert_true(num[i] == (double)(i + 1));
        assert_true(id[i] >= 1e9 && id[i] < 1e10);
        ids[i] = id[i];
        assert_true(dur[i] >= 5 && dur[i] <= 60);
        if (isnan(v[i]))
            continue;
        assert_true(l[i] <= v[i] && s[i] <= l[i] && dl[i] <= l[i] && cm[i] <= dl[i]);
    }
    qsort(ids, N_SAMPLE, sizeof *ids, cmp_double);
    for (size_t i = 1; i < N_SAMPLE; i++)
        assert_true(ids[i] != ids[i - 1]);
    free(ids);
    ct_frame_destroy(f);
}

static void test_missing_pattern(void **state)
{
    (void)state;
    ct_frame *f = synth_frame(N_SAMPLE, NULL);
    const uint8_t *m = ct_column_missing(col(f, "claim_status"));
    static const char *const together[] = {"video_transcription_text", "video_view_count",
                                           "video_like_count",         "video_share_count",
                                           "video_download_count",     "video_comment_count"};
    static const char *const never[] = {"#", "video_id", "video_duration_sec", "verified_status",
                                        "author_ban_status"};
    for (size_t k = 0; k < 6; k++)
        assert_memory_equal(ct_column_missing(col(f, together[k])), m, N_SAMPLE);
    for (size_t k = 0; k < 5; k++)
        assert_int_equal(ct_column_nmissing(col(f, never[k])), 0);
    assert_binom(ct_column_nmissing(col(f, "claim_status")), N_SAMPLE, CT_SYNTH_MISSING_RATE);
    ct_frame_destroy(f);

    /* missing_rate is honoured */
    ct_synth_options o = ct_synth_options_default();
    o.missing_rate = 0;
    f = synth_frame(2000, &o);
    assert_int_equal(ct_column_nmissing(col(f, "claim_status")), 0);
    ct_frame_destroy(f);
}

static void test_classes_mixed(void **state)
{
    (void)state;
    ct_frame *f = synth_frame(N_SAMPLE, NULL);
    const ct_column *cs = col(f, "claim_status");
    assert_int_equal(ct_column_nlevels(cs), 2);
    size_t claims = 0, labelled = 0, switches = 0, half_claims[2] = {0, 0};
    int prev = -1;
    for (size_t i = 0; i < N_SAMPLE; i++) {
        int k = row_class(cs, i);
        if (k < 0)
            continue;
        labelled++;
        claims += (size_t)k;
        half_claims[i >= N_SAMPLE / 2] += (size_t)k;
        if (prev >= 0 && k != prev)
            switches++;
        prev = k;
    }
    assert_binom(claims, labelled, CT_SYNTH_CLAIM_RATE);
    /* independent classes switch about every other row; a sorted file once */
    assert_true(switches > labelled / 4);
    /* each half holds about a quarter of the rows as claims (sorted: all or none) */
    for (int h = 0; h < 2; h++)
        assert_true(half_claims[h] > N_SAMPLE / 5 && half_claims[h] < 3 * N_SAMPLE / 10);
    ct_frame_destroy(f);
}

static void test_views_and_status_by_class(void **state)
{
    (void)state;
    ct_frame *f = synth_frame(N_SAMPLE, NULL);
    const ct_column *cs = col(f, "claim_status");
    const double *v = ct_column_f64(col(f, "video_view_count"));
    const ct_column *ver = col(f, "verified_status"), *ban = col(f, "author_ban_status");
    double *vc = malloc(N_SAMPLE * sizeof *vc), *vo = malloc(N_SAMPLE * sizeof *vo);
    size_t nc = 0, no = 0, verc = 0, vero = 0, actc = 0, acto = 0;
    for (size_t i = 0; i < N_SAMPLE; i++) {
        int k = row_class(cs, i);
        if (k < 0)
            continue;
        int verified = strcmp(ct_column_str(ver, i, NULL), "verified") == 0;
        int active = strcmp(ct_column_str(ban, i, NULL), "active") == 0;
        if (k) {
            vc[nc++] = v[i];
            verc += (size_t)verified;
            actc += (size_t)active;
        } else {
            vo[no++] = v[i];
            vero += (size_t)verified;
            acto += (size_t)active;
        }
    }
    double mc = median_of(vc, nc), mo = median_of(vo, no);
    assert_true(mc > 50 * mo);
    assert_rel(mc, REAL_MEDIAN_VIEWS_CLAIM, MEDIAN_TOL);
    assert_rel(mo, REAL_MEDIAN_VIEWS_OPINION, MEDIAN_TOL);
    assert_binom(verc, nc, REAL_VERIFIED_CLAIM);
    assert_binom(vero, no, REAL_VERIFIED_OPINION);
    assert_binom(actc, nc, REAL_ACTIVE_CLAIM);
    assert_binom(acto, no, REAL_ACTIVE_OPINION);
    free(vc);
    free(vo);
    ct_frame_destroy(f);
}

static void test_row_size(void **state)
{
    (void)state;
    ct_synth *g = NULL;
    assert_int_equal(ct_synth_create(NULL, &g, NULL), CT_OK);
    size_t total;
    ct_synth_header(&total);
    char row[CT_SYNTH_ROW_MAX];
    for (int i = 0; i < N_ROWSIZE; i++)
        total += ct_synth_next(g, row);
    ct_synth_destroy(g);
    double per_row = (double)total / N_ROWSIZE;
    print_message("average row size over %d rows: %.2f bytes (real file %.2f)\n", N_ROWSIZE,
                  per_row, REAL_BYTES_PER_ROW);
    assert_rel(per_row, REAL_BYTES_PER_ROW, ROW_SIZE_TOL);
}

/* Shares of claim-worded texts among opinions and of opinions with more views
 * than any noiseless opinion can have (10,000). */
static void noise_shares(double noise, double *worded, double *viewed)
{
    ct_synth_options o = ct_synth_options_default();
    o.noise = noise;
    ct_frame *f = synth_frame(N_SAMPLE, &o);
    const ct_column *cs = col(f, "claim_status"), *tx = col(f, "video_transcription_text");
    const double *v = ct_column_f64(col(f, "video_view_count"));
    size_t no = 0, cw = 0, hv = 0, nc = 0, cc = 0;
    for (size_t i = 0; i < N_SAMPLE; i++) {
        int k = row_class(cs, i);
        if (k < 0)
            continue;
        size_t len = 0;
        const char *t = ct_column_str(tx, i, &len);
        char text[1024]; /* strings are not NUL-terminated (frame.h) */
        assert_true(len < sizeof text);
        memcpy(text, t, len);
        text[len] = '\0';
        int w = claim_worded(text);
        if (k) {
            nc++;
            cc += (size_t)w;
        } else {
            no++;
            cw += (size_t)w;
            hv += v[i] > 10000;
        }
    }
    if (noise == 0)
        assert_int_equal(cc, nc); /* every noiseless claim is claim-worded */
    *worded = (double)cw / (double)no;
    *viewed = (double)hv / (double)no;
    ct_frame_destroy(f);
}

static void test_noise(void **state)
{
    (void)state;
    double w0, v0, w3, v3;
    noise_shares(0.0, &w0, &v0);
    noise_shares(0.3, &w3, &v3);
    assert_true(w0 == 0.0 && v0 == 0.0);
    assert_true(w3 > 0.25 && w3 < 0.35);
    assert_true(v3 > 0.25 && v3 < 0.35);
}

static int stop_at(void *user, uint64_t done, uint64_t total)
{
    uint64_t *calls = user;
    calls[0]++;
    calls[1] = done;
    calls[2] = total;
    return calls[3] && done >= calls[3];
}

static void test_progress(void **state)
{
    (void)state;
    ct_synth_options o = ct_synth_options_default();
    o.progress_every = 100;
    uint64_t calls[4] = {0, 0, 0, 0};
    char *buf = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    assert_int_equal(ct_synth_write(fp, 1050, &o, stop_at, calls, NULL), CT_OK);
    assert_int_equal(calls[0], 11); /* 100, 200, ..., 1000, then 1050 */
    assert_int_equal(calls[1], 1050);
    assert_int_equal(calls[2], 1050);
    memset(calls, 0, sizeof calls);
    calls[3] = 300;
    ct_diag d;
    assert_int_equal(ct_synth_write(fp, 1050, &o, stop_at, calls, &d), CT_EINVAL);
    assert_int_equal(calls[1], 300);
    fclose(fp);
    free(buf);
}

static void test_write_error(void **state)
{
    (void)state;
    FILE *fp = fopen("/dev/full", "w");
    if (!fp) {
        fprintf(stderr, "SKIP: /dev/full not available\n");
        skip();
    }
    ct_diag d;
    ct_diag_clear(&d);
    assert_int_equal(ct_synth_write(fp, 5, NULL, NULL, NULL, &d), CT_EIO);
    assert_non_null(strstr(d.message, "write error"));
    ct_diag_clear(&d);
    assert_int_equal(ct_synth_write(fp, 100000, NULL, NULL, NULL, &d), CT_EIO);
    fclose(fp);
}

static void test_alloc_failure(void **state)
{
    (void)state;
    ct_synth *g = NULL;
    ct_alloc_fail_after(0);
    assert_int_equal(ct_synth_create(NULL, &g, NULL), CT_ENOMEM);
    assert_null(g);
    ct_alloc_fail_after(1); /* the generator succeeds, the write buffer fails */
    assert_int_equal(ct_synth_write(stdout, 10, NULL, NULL, NULL, NULL), CT_ENOMEM);
    ct_alloc_fail_after(-1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_header),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_schema_and_ranges),
        cmocka_unit_test(test_missing_pattern),
        cmocka_unit_test(test_classes_mixed),
        cmocka_unit_test(test_views_and_status_by_class),
        cmocka_unit_test(test_row_size),
        cmocka_unit_test(test_noise),
        cmocka_unit_test(test_progress),
        cmocka_unit_test(test_write_error),
        cmocka_unit_test(test_alloc_failure),
    };
    return cmocka_run_group_tests_name("synth", tests, NULL, NULL);
}
