/* test_svg.c — the chart writer: number formats, escaping, sampling,
 * determinism and error statuses. */
#include "ct_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t count_of(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p++)
        n++;
    return n;
}

static void test_formats(void **state)
{
    (void)state;
    char b[64];
    ct_numfmt_fixed(b, sizeof b, 501555, 0);
    assert_string_equal(b, "501,555");
    ct_numfmt_fixed(b, sizeof b, -1234567.25, 2);
    assert_string_equal(b, "-1,234,567.25");
    ct_numfmt_fixed(b, sizeof b, -0.0001, 0);
    assert_string_equal(b, "0");
    ct_numfmt_tick(b, sizeof b, 250000, 1);
    assert_string_equal(b, "250K");
    ct_numfmt_tick(b, sizeof b, 1500000, 1);
    assert_string_equal(b, "1.5M");
    ct_numfmt_tick(b, sizeof b, 2500, 0);
    assert_string_equal(b, "2,500");
    ct_numfmt_tick(b, sizeof b, 0.25, 0);
    assert_string_equal(b, "0.25");
    ct_numfmt_tick(b, sizeof b, 0, 1);
    assert_string_equal(b, "0");
    assert_string_equal(ct_svg_palette(0), "#D55E00");
    assert_string_equal(ct_svg_palette(8), ct_svg_palette(0));
}

static char *render_scatter(const ct_svg_scatter *s, size_t *len, ct_status want)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, len);
    ct_diag d;
    assert_int_equal(ct_svg_write_scatter(fp, NULL, s, &d), want);
    fclose(fp);
    return buf;
}

static void test_scatter_sampling_and_escaping(void **state)
{
    (void)state;
    enum { N = 10000 };
    double *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y);
    int32_t *g = malloc(N * sizeof *g);
    for (int i = 0; i < N; i++) {
        x[i] = i;
        y[i] = (i * 7919) % 1000;
        g[i] = i % 2;
    }
    const char *names[] = {"a<b", "c&d \"q\" 'r'\x01"};
    ct_svg_scatter s;
    memset(&s, 0, sizeof s);
    s.text.title = "Title with <tags> & \"quotes\"";
    s.text.xlabel = "x";
    s.n = N;
    s.x = x;
    s.y = y;
    s.group = g;
    s.ngroups = 2;
    s.group_names = names;
    s.max_points = 100;
    size_t la, lb;
    char *a = render_scatter(&s, &la, CT_OK), *b = render_scatter(&s, &lb, CT_OK);
    /* systematic sample of exactly max_points; same bytes twice */
    assert_int_equal(count_of(a, "<circle"), 100);
    assert_int_equal(ct_svg_scatter_shown(N, 100), 100);
    assert_int_equal(ct_svg_scatter_shown(50, 0), 50);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    assert_non_null(strstr(a, "Title with &lt;tags&gt; &amp; &quot;quotes&quot;"));
    assert_non_null(strstr(a, "a&lt;b"));
    /* a control byte shown as its Control Picture (U+2401), as text tables
     * show it; before 2026-12-04 dropped */
    assert_non_null(strstr(a, "c&amp;d &quot;q&quot; &#39;r&#39;\xE2\x90\x81<"));
    assert_null(strstr(a, "<tags>"));
    assert_non_null(strstr(a, "role=\"img\""));
    free(a);
    free(b);
    /* a negative value on a log axis is rejected */
    x[5] = -1;
    s.log_x = 1;
    a = render_scatter(&s, &la, CT_EINVAL);
    free(a);
    free(x);
    free(y);
    free(g);
}

static void test_bad_specs_and_write_errors(void **state)
{
    (void)state;
    const double edges[] = {0, 1, 1}, counts[] = {1, 2};
    ct_svg_histogram h;
    memset(&h, 0, sizeof h);
    h.text.title = "t";
    h.nbins = 2;
    h.edges = edges;
    h.counts = counts;
    h.ngroups = 1;
    ct_diag d;
    FILE *fp = fopen("/dev/null", "w");
    assert_int_equal(ct_svg_write_histogram(fp, NULL, &h, &d),
                     CT_EINVAL); /* edges not increasing */
    const double good[] = {0, 1, 2};
    h.edges = good;
    assert_int_equal(ct_svg_write_histogram(fp, NULL, &h, &d), CT_OK);
    h.text.title = NULL;
    assert_int_equal(ct_svg_write_histogram(fp, NULL, &h, &d), CT_EINVAL);
    h.text.title = "t";
    ct_svg_layout l = {100, 100};
    assert_non_null(ct_svg_layout_check(&l));
    assert_int_equal(ct_svg_write_histogram(fp, &l, &h, &d), CT_EINVAL);
    ct_svg_box bx = {"x", 10, 0, 1, 3, 2, 4, 5}; /* q1 > median */
    ct_svg_boxplot bp;
    memset(&bp, 0, sizeof bp);
    bp.text.title = "t";
    bp.nboxes = 1;
    bp.boxes = &bx;
    assert_int_equal(ct_svg_write_boxplot(fp, NULL, &bp, &d), CT_EINVAL);
    fclose(fp);
    /* a full disk is CT_EIO */
    fp = fopen("/dev/full", "w");
    if (fp) {
        assert_int_equal(ct_svg_write_histogram(fp, NULL, &h, &d), CT_EIO);
        fclose(fp);
    }
}

/* Width in px a tick label is estimated at (12.5 px digits 0.556 em,
 * capitals 0.68 em, as svg.c estimates text). */
static double tick_width(const char *s, size_t len)
{
    double w = 0;
    for (size_t i = 0; i < len; i++)
        w += s[i] >= '0' && s[i] <= '9' ? 0.556 : s[i] >= 'A' && s[i] <= 'Z' ? 0.68 : 0.54;
    return w * 12.5;
}

/* An outlier of 1e16 on a log axis: 17 powers of ten. On a narrow canvas
 * the x tick labels are thinned so that none overlaps the next, and every
 * one stays inside the canvas; they read "1e15", not "1,000,000,000M". */
static void test_log_axis_labels_fit(void **state)
{
    (void)state;
    const double edges[] = {0, 10, 1e8, 1e16}, counts[] = {5, 3, 1};
    ct_svg_histogram h;
    memset(&h, 0, sizeof h);
    h.text.title = "t";
    h.text.xlabel = "views";
    h.nbins = 3;
    h.edges = edges;
    h.counts = counts;
    h.ngroups = 1;
    h.log_x = 1;
    const int widths[] = {320, 500, 900};
    for (size_t wi = 0; wi < sizeof widths / sizeof widths[0]; wi++) {
        ct_svg_layout l = {widths[wi], 400};
        char *buf = NULL;
        size_t len = 0;
        FILE *fp = open_memstream(&buf, &len);
        ct_diag d;
        assert_int_equal(ct_svg_write_histogram(fp, &l, &h, &d), CT_OK);
        fclose(fp);
        assert_null(strstr(buf, "000M<"));
        double prev_right = -1;
        size_t labels = 0;
        const char *pat = "\" font-size=\"12.5\" text-anchor=\"middle\"";
        for (const char *p = strstr(buf, pat); p; p = strstr(p + 1, pat)) {
            const char *x = p;
            while (x > buf && strncmp(x, "<text x=\"", 9) != 0)
                x--;
            const double cx = strtod(x + 9, NULL);
            const char *t = strchr(p, '>') + 1, *e = strchr(t, '<');
            const double w = tick_width(t, (size_t)(e - t));
            assert_true(cx - w / 2 >= 0);
            assert_true(cx + w / 2 <= widths[wi]);
            assert_true(cx - w / 2 > prev_right);
            prev_right = cx + w / 2;
            labels++;
        }
        assert_true(labels >= 3);
        if (widths[wi] == 900)
            assert_non_null(strstr(buf, ">1e15<"));
        free(buf);
    }
}

static void test_other_kinds(void **state)
{
    (void)state;
    const char *labels[] = {"a", "b", "c"};
    const double r[] = {1, 0.5, NAN, 0.5, 1, -0.7, NAN, -0.7, 1};
    ct_svg_heatmap h = {{"heat", "sub", NULL, NULL, "note", NULL}, 3, labels, r};
    const char *bars[] = {"x", "y"}, *segs[] = {"s1", "s2"};
    const double cnt[] = {30, 70, 0, 10};
    ct_svg_stacked st = {{"stack", NULL, "share", NULL, NULL, NULL}, 2, 2, bars, segs, cnt, NULL};
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ct_diag d;
    assert_int_equal(ct_svg_write_heatmap(fp, NULL, &h, &d), CT_OK);
    assert_int_equal(ct_svg_write_stacked(fp, NULL, &st, &d), CT_OK);
    fclose(fp);
    assert_non_null(strstr(buf, ">-0.70<"));
    assert_non_null(strstr(buf, ">undefined<"));
    assert_non_null(strstr(buf, ">30%<"));
    assert_non_null(strstr(buf, ">100%<"));
    assert_non_null(strstr(buf, "n = 10"));
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_scatter_sampling_and_escaping),
        cmocka_unit_test(test_bad_specs_and_write_errors),
        cmocka_unit_test(test_other_kinds),
        cmocka_unit_test(test_log_axis_labels_fit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
