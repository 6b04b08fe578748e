/* test_unseen_tally.c — every unseen categorical level counted across a
 * stream's batches (ct_unseen_tally, claimtriage/pipeline.h): rows and
 * first line of each level, the CT_UNSEEN_LEVELS_KEPT with the most rows
 * shown (then by first line), the rest counted as a remainder, at most
 * CT_UNSEEN_TRACKED levels a column counted (the later ones' rows said),
 * the same counts whatever the batch size, and values past a stream's
 * dictionary counted without a text. */
#include "ct_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const cats[] = {"kind", "status"};

/* A pipeline of the two categorical columns, fitted on kind a, b and
 * status x, y. */
static ct_pipeline *fit(void)
{
    ct_load_options lo = ct_load_options_default();
    ct_frame *f = ct_test_load("kind,status\na,x\nb,y\na,y\nb,x\n", &lo, CT_OK, NULL);
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    spec.categorical = cats;
    spec.ncategorical = 2;
    ct_pipeline *p = NULL;
    ct_diag d;
    assert_int_equal(ct_pipeline_fit(f, NULL, 0, &spec, &p, &d), CT_OK);
    ct_frame_destroy(f);
    return p;
}

/* The stream's file: line L (2..) of data row L - 2.
 *   kind: 'c' on lines 2, 10, 20; 'd' on 3, 11, 21 (tied with 'c': the
 *   first line decides); 'e' on 30; missing on 31; a or b elsewhere.
 *   status: s01..s25 on lines 2..26 (one each), s25 again on 27..36, s03
 *   again on 37..40; x elsewhere. */
static char *stream_csv(void)
{
    size_t cap = 4096, w = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    w += (size_t)snprintf(b + w, cap - w, "kind,status\n");
    for (int line = 2; line <= 45; line++) {
        const char *k = line == 2 || line == 10 || line == 20   ? "c"
                        : line == 3 || line == 11 || line == 21 ? "d"
                        : line == 30                            ? "e"
                        : line == 31                            ? ""
                        : line % 2                              ? "a"
                                                                : "b";
        char s[8];
        if (line <= 26)
            snprintf(s, sizeof s, "s%02d", line - 1);
        else if (line <= 36)
            snprintf(s, sizeof s, "s25");
        else if (line <= 40)
            snprintf(s, sizeof s, "s03");
        else
            snprintf(s, sizeof s, "x");
        w += (size_t)snprintf(b + w, cap - w, "%s,%s\n", k, s);
    }
    return b;
}

/* Tally the file read in batches of `batch` rows, as score does: each
 * batch transformed and, when it holds an unseen value, added. *unseen
 * gets the transforms' unseen_levels summed. */
static ct_unseen_tally *tally_stream(const ct_pipeline *p, const char *path, size_t batch,
                                     size_t infer_rows, size_t *unseen)
{
    ct_load_options lo = ct_load_options_default();
    if (infer_rows)
        lo.infer_rows = infer_rows;
    ct_reader *r = NULL;
    ct_diag d;
    assert_int_equal(ct_reader_open(path, &lo, &r, &d), CT_OK);
    ct_unseen_tally *t = NULL;
    assert_int_equal(ct_unseen_tally_create(p, &t), CT_OK);
    *unseen = 0;
    for (;;) {
        ct_frame *f = NULL;
        assert_int_equal(ct_reader_next(r, batch, &f, &d), CT_OK);
        if (!f)
            break;
        ct_csr *X = NULL;
        ct_pipeline_stats s;
        assert_int_equal(ct_pipeline_transform(p, f, NULL, 0, &X, &s, &d), CT_OK);
        ct_csr_free(X);
        *unseen += s.unseen_levels;
        if (s.unseen_levels)
            assert_int_equal(ct_unseen_tally_add(t, f, NULL, 0), CT_OK);
        ct_frame_destroy(f);
    }
    ct_reader_close(r);
    return t;
}

static void assert_level(const ct_unseen_level *l, const char *text, uint64_t rows, long line)
{
    assert_string_equal(l->text, text);
    assert_int_equal(l->rows, rows);
    assert_int_equal(l->first_line, line);
}

static void test_counted_across_batches(void **state)
{
    (void)state;
    ct_pipeline *p = fit();
    char *csv = stream_csv();
    const char *path = ct_test_tmpfile(csv, strlen(csv));
    /* one batch of every row, and batches of 7 and of 1: the same counts */
    const size_t batches[] = {1000, 7, 1};
    for (size_t b = 0; b < sizeof batches / sizeof batches[0]; b++) {
        size_t unseen = 0;
        ct_unseen_tally *t = tally_stream(p, path, batches[b], 0, &unseen);
        /* status has the most unseen values (40), then kind (7) */
        assert_int_equal(ct_unseen_tally_ncolumns(t), 2);
        const ct_unseen_column *s = ct_unseen_tally_column(t, 0);
        const ct_unseen_column *k = ct_unseen_tally_column(t, 1);
        assert_null(ct_unseen_tally_column(t, 2));
        assert_string_equal(s->column, "status");
        assert_string_equal(k->column, "kind");
        assert_int_equal(s->values + k->values, unseen); /* as the transforms count them */
        /* kind: c and d tied at 3 (c first met), then e; the missing
         * value is no level */
        assert_int_equal(k->values, 7);
        assert_int_equal(k->nlevels, 3);
        assert_level(&k->levels[0], "c", 3, 2);
        assert_level(&k->levels[1], "d", 3, 3);
        assert_level(&k->levels[2], "e", 1, 30);
        assert_int_equal(k->more_rows, 0);
        assert_int_equal(k->more_levels, 0);
        /* status: the 20 levels with the most rows: s25 (11 rows, first
         * met after 24 others: before 2026-12-06 only the first 20 met
         * were kept, and it was in the remainder), s03 (5), then the
         * others of 1 row by first line, s01, s02, s04..s19; s20..s24 the
         * remainder: 5 levels in 5 rows */
        assert_int_equal(s->values, 39);
        assert_int_equal(s->nlevels, CT_UNSEEN_LEVELS_KEPT);
        assert_level(&s->levels[0], "s25", 11, 26);
        assert_level(&s->levels[1], "s03", 5, 4);
        assert_level(&s->levels[2], "s01", 1, 2);
        assert_level(&s->levels[3], "s02", 1, 3);
        assert_level(&s->levels[4], "s04", 1, 5);
        assert_level(&s->levels[19], "s19", 1, 20);
        assert_int_equal(s->more_levels, 5);
        assert_int_equal(s->more_rows, 5);
        assert_int_equal(s->tracked_levels, 25);
        assert_int_equal(s->untracked_rows, 0);
        assert_int_equal(s->more_levels_at_least, 0);
        assert_int_equal(s->unnamed_rows, 0);
        ct_unseen_tally_free(t);
    }
    free(csv);
    ct_pipeline_free(p);
}

/* A stream whose dictionary is fixed on its first rows: a level first
 * met past them is coded unseen without its text, counted unnamed with
 * its first line. */
static void test_unnamed_past_dictionary(void **state)
{
    (void)state;
    ct_pipeline *p = fit();
    char *csv = stream_csv();
    const char *path = ct_test_tmpfile(csv, strlen(csv));
    size_t unseen = 0;
    ct_unseen_tally *t = tally_stream(p, path, 7, 5, &unseen);
    const ct_unseen_column *s = ct_unseen_tally_column(t, 0);
    assert_non_null(s);
    assert_string_equal(s->column, "status");
    /* the training level x, first met past the dictionary, is coded
     * unseen too: counted as the transform counts it */
    assert_int_equal(s->values, 39 + 5);
    /* s01..s05 read in the first 5 rows keep their text (s03's repeats
     * on lines 37..40 too); every later value has none, from line 7 */
    assert_int_equal(s->nlevels, 5);
    assert_level(&s->levels[0], "s03", 5, 4);
    assert_level(&s->levels[1], "s01", 1, 2);
    assert_int_equal(s->unnamed_rows, 44 - 9);
    assert_int_equal(s->unnamed_first_line, 7);
    size_t sum = 0;
    for (size_t k = 0; k < ct_unseen_tally_ncolumns(t); k++)
        sum += ct_unseen_tally_column(t, k)->values;
    assert_int_equal(sum, unseen);
    ct_unseen_tally_free(t);
    free(csv);
    ct_pipeline_free(p);
}

/* More distinct levels than CT_UNSEEN_TRACKED: the first 10,000 met are
 * counted and ranked; a level first met after them ("late", 10 rows, more
 * than any other but one) is not ranked, its rows said as untracked; a
 * tracked level met again after the cap still counts. The same whatever
 * the batch size. */
static void test_tracked_cap(void **state)
{
    (void)state;
    ct_pipeline *p = fit();
    const size_t n = CT_UNSEEN_TRACKED + 15;
    size_t cap = 16 * n + 64, w = 0;
    char *b = malloc(cap);
    assert_non_null(b);
    w += (size_t)snprintf(b + w, cap - w, "kind,status\n");
    for (size_t r = 0; r < n; r++) {
        char st[16];
        if (r < CT_UNSEEN_TRACKED)
            snprintf(st, sizeof st, "v%05zu", r);
        else if (r < CT_UNSEEN_TRACKED + 10)
            snprintf(st, sizeof st, "late");
        else
            snprintf(st, sizeof st, "v00005");
        w += (size_t)snprintf(b + w, cap - w, "a,%s\n", st);
    }
    const char *path = ct_test_tmpfile(b, w);
    const size_t batches[] = {100000, 333};
    for (size_t k = 0; k < sizeof batches / sizeof batches[0]; k++) {
        size_t unseen = 0;
        ct_unseen_tally *t = tally_stream(p, path, batches[k], 0, &unseen);
        const ct_unseen_column *s = ct_unseen_tally_column(t, 0);
        assert_non_null(s);
        assert_string_equal(s->column, "status");
        assert_int_equal(s->values, n);
        assert_int_equal(s->tracked_levels, CT_UNSEEN_TRACKED);
        assert_int_equal(s->untracked_rows, 10);
        assert_int_equal(s->nlevels, CT_UNSEEN_LEVELS_KEPT);
        assert_level(&s->levels[0], "v00005", 6, 7);
        assert_level(&s->levels[1], "v00000", 1, 2);
        assert_level(&s->levels[19], "v00019", 1, 21);
        /* the other 9,980 tracked levels and the untracked one */
        assert_int_equal(s->more_levels, CT_UNSEEN_TRACKED - 20 + 1);
        assert_int_equal(s->more_levels_at_least, 0);
        assert_int_equal(s->more_rows, n - 6 - 19);
        ct_unseen_tally_free(t);
    }
    free(b);
    ct_pipeline_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_across_batches),
        cmocka_unit_test(test_unnamed_past_dictionary),
        cmocka_unit_test(test_tracked_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
