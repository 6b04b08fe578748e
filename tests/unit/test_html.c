/* test_html.c — report/html: the one escaping function (every special
 * character, controls, invalid UTF-8, cutting at a character boundary), the
 * writer's tables and sections, the inline-SVG check (our charts accepted
 * with their ids renamed; scripts, event attributes, links, foreign
 * url() and comments refused), the two charts the report draws, and the
 * report's options check. */
#include "ct_test.h"

#include <dirent.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Run fn on a writer over a memory stream; return the text (free()). */
static char *render(void (*fn)(ct_html *h, const void *arg), const void *arg)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ct_html *h = ct_html_new(fp);
    assert_non_null(h);
    fn(h, arg);
    assert_int_equal(ct_html_finish(h), CT_OK);
    fclose(fp);
    return buf;
}

static void do_text(ct_html *h, const void *arg) { ct_html_text(h, arg); }

static void test_escape(void **state)
{
    (void)state;
    char *s = render(do_text, "<script>alert(1)</script> \"q\" & 'a'");
    assert_string_equal(s, "&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &amp; &#39;a&#39;");
    free(s);
    /* controls dropped (tab and newline kept), UTF-8 kept, bad bytes replaced */
    s = render(do_text, "a\x01"
                        "b\tc\nd\x7f"
                        "e \xc3\xa9 \xff!");
    assert_string_equal(s, "ab\tc\nde \xc3\xa9 \xef\xbf\xbd!");
    free(s);
    /* C1 controls (U+0080..U+009F) dropped too */
    s = render(do_text, "x\xc2\x85y");
    assert_string_equal(s, "xy");
    free(s);
    /* the buffer form: the same text, cut at a boundary, length as snprintf */
    char b[16];
    assert_int_equal(ct_html_escape(b, sizeof b, "a<b"), 6);
    assert_string_equal(b, "a&lt;b");
    assert_int_equal(ct_html_escape(b, 6, "a<b"), 6);
    assert_string_equal(b, "a&lt;");
    assert_int_equal(ct_html_escape(b, 5, "a<b"), 6);
    assert_string_equal(b, "a"); /* "&lt;" is never cut in half */
    assert_int_equal(ct_html_escape(b, 3, "\xc3\xa9\xc3\xa9"), 4);
    assert_string_equal(b, "\xc3\xa9");
    assert_int_equal(ct_html_escape(NULL, 0, "&&"), 10);
}

static void do_table(ct_html *h, const void *arg)
{
    (void)arg;
    static const char *const head[] = {"<col>", "n", "hash"};
    static const char *const row[] = {"a&b", "12", "sha256:00"};
    ct_html_section_begin(h, "s\"1", "Head <1>");
    ct_html_table_begin(h, "cap", 3, head, "lrw");
    ct_html_table_row(h, row);
    ct_html_table_end(h, "note");
    ct_html_section_end(h);
}

static void test_table(void **state)
{
    (void)state;
    char *s = render(do_table, NULL);
    assert_non_null(strstr(s, "<section id=\"s&quot;1\">\n<h2>Head &lt;1&gt;</h2>"));
    assert_non_null(
        strstr(s, "<th scope=\"col\">&lt;col&gt;</th><th scope=\"col\" class=\"num\">n</th>"));
    assert_non_null(
        strstr(s, "<td>a&amp;b</td><td class=\"num\">12</td><td class=\"wrap\">sha256:00</td>"));
    assert_non_null(strstr(s, "<p class=\"note\">note</p>"));
    free(s);
}

static const char ours[] =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"560\" viewBox=\"0 0 900 "
    "560\" "
    "role=\"img\" aria-labelledby=\"ct-title ct-desc\">\n"
    "<title id=\"ct-title\">&#39;claim&#39; &amp; more</title>\n<desc id=\"ct-desc\">d</desc>\n"
    "<defs><linearGradient id=\"ct-div\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient>"
    "</defs>\n<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"url(#ct-div)\"/>\n</svg>\n";

static void do_svg(ct_html *h, const void *arg)
{
    ct_diag d;
    assert_int_equal(ct_html_svg(h, arg, strlen(arg), "cap <i>", &d), CT_OK);
    assert_int_equal(ct_html_svg(h, arg, strlen(arg), NULL, &d), CT_OK);
}

static void test_svg_ours(void **state)
{
    (void)state;
    ct_diag d;
    assert_int_equal(ct_html_svg_check(ours, strlen(ours), &d), CT_OK);
    char *s = render(do_svg, ours);
    /* ids renamed per figure, references follow */
    assert_non_null(strstr(s, "aria-labelledby=\"f1-ct-title f1-ct-desc\""));
    assert_non_null(strstr(s, "<title id=\"f1-ct-title\">&#39;claim&#39; &amp; more</title>"));
    assert_non_null(strstr(s, "fill=\"url(#f1-ct-div)\""));
    assert_non_null(strstr(s, "id=\"f2-ct-div\""));
    assert_non_null(strstr(s, "<figcaption>cap &lt;i&gt;</figcaption>"));
    free(s);
}

static void test_svg_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onload=\"alert(1)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:x\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(http://x/y)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- c --></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a &nbsp; b</text></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect x='1'/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect x=\"1\"/></svg><script/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/>",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        "<html><svg xmlns=\"http://www.w3.org/2000/svg\"></svg></html>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"a b&quot;\"/></svg>",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ct_diag d;
        ct_diag_clear(&d);
        if (ct_html_svg_check(bad[i], strlen(bad[i]), &d) != CT_EFORMAT)
            fail_msg("accepted: %s", bad[i]);
        assert_non_null(strstr(d.message, "not a claimtriage chart"));
    }
}

static void test_charts(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    ct_diag d;
    const char *labels[] = {"views <&>", "likes"};
    const double v[] = {0.15, 0.002}, e[] = {0.01, NAN};
    ct_html_bars b = {{"Title", "sub", "x", NULL, "note", NULL}, 2, labels, v, e, 4};
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_bars(fp, NULL, &b, &d), CT_OK);
    fclose(fp);
    /* the report's own charts pass its own check */
    assert_int_equal(ct_html_svg_check(buf, len, &d), CT_OK);
    assert_non_null(strstr(buf, "views &lt;&amp;&gt;"));
    free(buf);
    const double x[] = {0.05, NAN, 0.9}, y[] = {0.02, NAN, 0.95}, n[] = {100, 0, 50};
    ct_html_reliability r = {{"Cal", NULL, "p", "obs", NULL, NULL}, 3, x, y, n};
    fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_reliability(fp, NULL, &r, &d), CT_OK);
    fclose(fp);
    assert_int_equal(ct_html_svg_check(buf, len, &d), CT_OK);
    free(buf);
    /* a negative value is drawn left of 0 with its sign, not refused */
    const double neg[] = {0.3, -0.000919}, nege[] = {0.01, 0.002};
    ct_html_bars nb = {{"T", NULL, NULL, NULL, NULL, NULL}, 2, labels, neg, nege, 4};
    fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_bars(fp, NULL, &nb, &d), CT_OK);
    fclose(fp);
    assert_int_equal(ct_html_svg_check(buf, len, &d), CT_OK);
    assert_non_null(strstr(buf, ">-0.0009<"));
    assert_null(strstr(buf, "width=\"-"));
    free(buf);
    /* a value that is not 0 but rounds to it is never printed as 0 (the
     * reports file's importance of 1.6e-7 read "0.0000" beside exact 0s) */
    const char *four[] = {"a", "b", "c", "d"};
    const double tiny[] = {0.134, 1.6228e-07, 0, -8.9e-08};
    ct_html_bars tb = {{"T", NULL, NULL, NULL, NULL, NULL}, 4, four, tiny, NULL, 4};
    fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_bars(fp, NULL, &tb, &d), CT_OK);
    fclose(fp);
    assert_int_equal(ct_html_svg_check(buf, len, &d), CT_OK);
    assert_non_null(strstr(buf, ">0.1340<"));
    assert_non_null(strstr(buf, ">&lt;0.0001<"));
    assert_non_null(strstr(buf, ">0.0000<"));
    assert_non_null(strstr(buf, ">&gt;-0.0001<"));
    free(buf);
    buf = NULL;
    const double none[] = {1};
    ct_html_bars bad = {{"T", NULL, NULL, NULL, NULL, NULL}, 0, labels, none, NULL, 2};
    fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_bars(fp, NULL, &bad, &d), CT_EINVAL);
    const double out[] = {1.5};
    ct_html_reliability rbad = {{"T", NULL, NULL, NULL, NULL, NULL}, 1, out, out, NULL};
    assert_int_equal(ct_html_write_reliability(fp, NULL, &rbad, &d), CT_EINVAL);
    fclose(fp);
    free(buf);
}

/* The reliability diagram joins only neighbouring bins that both hold
 * reports: for bins [filled, empty x8, filled] (the reports file) no
 * segment joins the two, and the diagonal is drawn after the dots, over
 * them (before 2026-12-06 one polyline crossed the eight empty bins and
 * hid the diagonal beneath it). */
static void test_reliability_gaps(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    ct_diag d;
    double x[10], y[10], n[10];
    for (size_t i = 0; i < 10; i++)
        x[i] = y[i] = n[i] = NAN;
    x[0] = 0.01, y[0] = 0.0, n[0] = 1900;
    x[9] = 0.99, y[9] = 1.0, n[9] = 1800;
    ct_html_reliability r = {{"Cal", NULL, "p", "obs", NULL, NULL}, 10, x, y, n};
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_reliability(fp, NULL, &r, &d), CT_OK);
    fclose(fp);
    assert_int_equal(ct_html_svg_check(buf, len, &d), CT_OK);
    assert_null(strstr(buf, "<polyline")); /* no segment between bins 1 and 10 */
    const char *c1 = strstr(buf, "<circle");
    assert_non_null(c1);
    assert_non_null(strstr(c1 + 1, "<circle"));
    /* the diagonal, not the legend's dashed swatch drawn before it */
    const char *diag = strstr(buf, "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"");
    assert_non_null(diag);
    assert_null(strstr(diag, "<circle")); /* the diagonal lies over the dots */
    free(buf);
    /* neighbours both filled are joined, by their two points only */
    x[1] = 0.12, y[1] = 0.2, n[1] = 40;
    fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_reliability(fp, NULL, &r, &d), CT_OK);
    fclose(fp);
    const char *pl = strstr(buf, "<polyline");
    assert_non_null(pl);
    assert_null(strstr(pl + 1, "<polyline"));
    const char *pts = strstr(pl, "points=\"");
    assert_non_null(pts);
    size_t spaces = 0;
    for (const char *q = pts + 8; *q && *q != '"'; q++)
        spaces += *q == ' ';
    assert_int_equal(spaces, 1);
    free(buf);
}

/* The legend's swatch for the dashed diagonal is a dashed line, as the
 * line it names, not a solid square (before 2026-12-06 both swatches were
 * filled squares, the diagonal's solid grey). */
static void test_reliability_legend_dashed(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    ct_diag d;
    double x[2] = {0.2, 0.8}, y[2] = {0.25, 0.75}, n[2] = {10, 10};
    ct_html_reliability r = {{"Cal", NULL, "p", "obs", NULL, NULL}, 2, x, y, n};
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ct_html_write_reliability(fp, NULL, &r, &d), CT_OK);
    fclose(fp);
    assert_int_equal(ct_html_svg_check(buf, len, &d), CT_OK);
    const char *name = strstr(buf, ">perfect calibration<");
    assert_non_null(name);
    /* the element drawn just before the entry's name is its swatch */
    const char *sw = NULL;
    for (const char *q = buf; (q = strstr(q, "\n<")) && q < name; q++)
        if (strncmp(q + 1, "<text", 5) != 0)
            sw = q + 1;
    assert_non_null(sw);
    assert_true(strncmp(sw, "<line", 5) == 0);
    const char *end = strchr(sw, '>');
    assert_non_null(end);
    const char *dash = strstr(sw, "stroke-dasharray=\"6 4\"");
    assert_true(dash && dash < end);
    /* the model's bins keep a filled square */
    const char *bins = strstr(buf, ">the model&#39;s bins<");
    if (!bins)
        bins = strstr(buf, ">the model's bins<");
    assert_non_null(bins);
    assert_non_null(strstr(buf, "<rect x="));
    free(buf);
}

static void test_report_options(void **state)
{
    (void)state;
    ct_report_options o = ct_report_options_default();
    assert_null(ct_report_options_check(&o));
    assert_rel(o.reviews_per_hour, 60, 0);
    assert_rel(o.cost_per_hour, 40, 0);
    o.start = "2024-02-29";
    assert_null(ct_report_options_check(&o));
    o.start = "2023-02-29";
    assert_non_null(ct_report_options_check(&o));
    o.start = "2026-1-05";
    assert_non_null(ct_report_options_check(&o));
    /* a calendar date whose plan would end after 9999-12-31: refused as
     * plan --start refuses it (ct_plan_schedule); 9999-12-08 still fits */
    o.start = "9999-12-31";
    assert_non_null(ct_report_options_check(&o));
    o.start = "9999-12-08";
    assert_null(ct_report_options_check(&o));
    o = ct_report_options_default();
    o.reviews_per_hour = 0;
    assert_non_null(ct_report_options_check(&o));
    /* the ranges' messages, formatted from the macros (before 2026-12-03
     * typed into the text) as the command line's checks are ("%g";
     * tests/cli/report_options_range holds the words) */
    char want[128];
    snprintf(want, sizeof want, "reviews per hour must be a number in [%g, %g]",
             CT_REVIEWS_PER_HOUR_MIN, CT_REVIEWS_PER_HOUR_MAX);
    assert_string_equal(ct_report_options_check(&o), want);
    o.reviews_per_hour = CT_REVIEWS_PER_HOUR_MIN;
    o.cost_per_hour = CT_COST_PER_HOUR_MAX * 2;
    snprintf(want, sizeof want, "cost per hour must be a number in [0, %g]", CT_COST_PER_HOUR_MAX);
    assert_string_equal(ct_report_options_check(&o), want);
    o.cost_per_hour = CT_COST_PER_HOUR_MAX;
    assert_null(ct_report_options_check(&o));
    o.hours_per_day = CT_HOURS_PER_DAY_MAX + 1;
    snprintf(want, sizeof want, "hours per day must be a number in [%g, %g]", CT_HOURS_PER_DAY_MIN,
             CT_HOURS_PER_DAY_MAX);
    assert_string_equal(ct_report_options_check(&o), want);
    o.hours_per_day = CT_HOURS_PER_DAY_MIN;
    assert_null(ct_report_options_check(&o));
    o = ct_report_options_default();
    o.currency = "US$";
    assert_non_null(ct_report_options_check(&o));
    ct_diag d;
    assert_int_equal(ct_report_write(NULL, NULL, NULL, &d), CT_EINVAL);
    assert_int_equal(ct_report_write("/nonexistent/folder", NULL, NULL, &d), CT_EIO);
    assert_int_equal(ct_report_pdf("a.html", "a.pdf", "/nonexistent/chromium", 1, &d), CT_EIO);
    assert_non_null(strstr(d.message, "Chromium is not installed"));
}

static void stop_and_exit(int sig)
{
    (void)sig;
    ct_report_pdf_stop();
    _exit(130);
}

/* An interrupted report --pdf: the handler's ct_report_pdf_stop kills the
 * "Chromium" (here a script that says it started, then prints its PDF a
 * second later) and removes its temporary. Before ct_report_pdf_stop, the
 * process died and Chromium, in a process group of its own, went on and
 * left .report.pdf.tmp-PID beside report.pdf. */
static void test_pdf_stop(void **state)
{
    (void)state;
    char dir[] = "/tmp/ct_pdf_stop_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char fake[64], html[64], pdf[64], started[64];
    snprintf(fake, sizeof fake, "%s/chromium", dir);
    snprintf(html, sizeof html, "%s/report.html", dir);
    snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
    snprintf(started, sizeof started, "%s/started", dir);
    FILE *fp = fopen(fake, "w");
    assert_non_null(fp);
    fprintf(fp,
            "#!/bin/sh\nfor a; do case \"$a\" in --print-to-pdf=*) out=${a#--print-to-pdf=};; "
            "esac; done\n: > %s\nsleep 1\nprintf '%%%%PDF-1.4\\n' > \"$out\"\n",
            started);
    fclose(fp);
    assert_int_equal(chmod(fake, 0755), 0);
    fp = fopen(html, "w");
    assert_non_null(fp);
    fputs("<html><body>report</body></html>\n", fp);
    fclose(fp);
    fflush(NULL);
    const pid_t c = fork();
    assert_true(c >= 0);
    if (c == 0) {
        signal(SIGINT, stop_and_exit);
        ct_diag d;
        ct_report_pdf(html, pdf, fake, 30, &d);
        _exit(0);
    }
    const struct timespec tick = {0, 10000000L};
    for (int i = 0; i < 1000 && access(started, F_OK) != 0; i++)
        nanosleep(&tick, NULL);
    assert_int_equal(access(started, F_OK), 0);
    kill(c, SIGINT);
    int st = 0;
    assert_int_equal(waitpid(c, &st, 0), c);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 130);
    const struct timespec later = {1, 500000000L}; /* past the script's sleep */
    nanosleep(&later, NULL);
    DIR *dp = opendir(dir);
    assert_non_null(dp);
    int left = 0;
    for (struct dirent *e; (e = readdir(dp));) {
        if (strstr(e->d_name, "pdf"))
            fprintf(stderr, "left behind: %s\n", e->d_name);
        left += strstr(e->d_name, "pdf") != NULL;
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
            char p[64 + 256];
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            unlink(p);
        }
    }
    closedir(dp);
    rmdir(dir);
    assert_int_equal(left, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_svg_ours),
        cmocka_unit_test(test_svg_refused),
        cmocka_unit_test(test_charts),
        cmocka_unit_test(test_report_options),
        cmocka_unit_test(test_pdf_stop),
        cmocka_unit_test(test_reliability_gaps),
        cmocka_unit_test(test_reliability_legend_dashed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
