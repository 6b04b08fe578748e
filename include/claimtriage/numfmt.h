/* claimtriage/numfmt.h — numbers formatted for people: the one set of
 * formatters behind the CLI's tables, the test sentences, chart ticks and
 * chart headlines. (Numbers written for machines use ct_numfmt_shortest,
 * below, in the C locale: claimtriage/json.h.)
 * Layer: base (docs/design.md).
 *
 * Conventions shared by every function:
 *   - thousands are grouped with ',' and the decimal point is '.', whatever
 *     the locale (the digits come from snprintf in the C locale's format);
 *   - the result is NUL-terminated in buf (n bytes; nothing is written when
 *     n == 0), never past n; grouped digits that do not fit are written in
 *     scientific notation ("%.4g") instead, so no number is cut into one of
 *     another magnitude (1e308 once read "100,000,...,541", about 1e47);
 *   - the return value is the length written (strlen(buf));
 *   - no formatter writes a bare "nan" or "inf", nor "n/a" or a dash: NaN
 *     (a value that does not exist) is "undefined" (CT_NUMFMT_UNDEFINED),
 *     in a sentence and in a table cell alike, and an infinity is
 *     "infinite" / "-infinite"; the caller says why next to it. Finite
 *     values are unaffected.
 * Each function's examples are its unit tests (tests/unit/test_numfmt.c).
 *
 * Thread-safety: reentrant. Ownership: see common.h.
 */
#ifndef CLAIMTRIAGE_NUMFMT_H
#define CLAIMTRIAGE_NUMFMT_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The word for a value that does not exist (NaN), wherever people read it. */
#define CT_NUMFMT_UNDEFINED "undefined"

/* A count: 19382 -> "19,382". */
CT_API size_t ct_numfmt_count(char *buf, size_t n, uint64_t v);

/* A value as read from a file, or a count, in a sentence or a reason for
 * people: a whole number in full, grouped as a count (99999999999 ->
 * "99,999,999,999", -1234 -> "-1,234", up to 1.8e19), another from 1e15
 * up (one past 1.8e19, a fraction) as ct_numfmt_headline writes it
 * (5.9e301 -> "5.9e+301", not a table's "5.900000e+301" as before
 * 2026-12-07), any other value as ct_numfmt_auto writes it (42.25 ->
 * "42.25", 0.5 -> "0.5"). score's
 * reasons and the note on values outside the training range (score,
 * evaluate) write a file's values with it, so one number reads alike in
 * one output (before 2026-12-05 the note wrote "%.10g": "1e+11"). */
CT_API size_t ct_numfmt_value(char *buf, size_t n, double v);

/* Fixed decimals (clamped to 0..6) with grouping: (501555, 0) ->
 * "501,555", (-1234567.25, 2) -> "-1,234,567.25"; a value that rounds to
 * zero has no minus sign ((-0.0001, 0) -> "0"); NaN -> "undefined", infinities
 * -> "infinite" / "-infinite". */
CT_API size_t ct_numfmt_fixed(char *buf, size_t n, double v, int decimals);

/* A table cell, as many decimals as the size calls for: 4 from 1 up, 2
 * from 1,000 up, 6 below 1, but never past 15 significant digits, what a
 * double holds (1 decimal from 1e13 up, none from 1e14: "565,147,263,867,914",
 * "...914.25" before 2026-12-05), trailing zeros dropped ("9,691.5", "0.25",
 * "3"); |v| below 0.001 (not 0) in "%.4g" ("1.2e-05"), from 1e15 up in
 * "%.6e" (pandas' seven digits: "1.152922e+18", "3.228180e+18"; "%.4g"
 * before 2026-12-02, "%.7g", trailing zeros dropped, before 2026-12-04);
 * NaN -> "undefined". */
CT_API size_t ct_numfmt_auto(char *buf, size_t n, double v);
/* 1 when ct_numfmt_auto writes v in scientific notation: finite and
 * |v| >= 1e15 - 0.5, the values whose fixed digits (none after the point
 * there) would read 1e15 or more ("1,000,000,000,000,000" for
 * 999999999999999.9 before 2026-12-05). */
CT_API int ct_numfmt_auto_sci(double v);

/* Scientific notation with seven significant digits, as ct_numfmt_auto
 * writes |v| from 1e15 up and pandas a float column that needs it
 * ("%.6e": "1.287000e+15", "-8.146640e+13"); NaN -> "undefined",
 * infinities -> "infinite" / "-infinite". For the statistics of one
 * feature written together (ct_table_add_stats). */
CT_API size_t ct_numfmt_sci(char *buf, size_t n, double v);

/* The significant digits of ct_numfmt_sci (pandas' seven). */
#define CT_NUMFMT_SCI_SIG 7

/* v in scientific notation with sig significant digits (clamped to 1..17;
 * "%.*e": (9007199254760002, 16) -> "9.007199254760002e+15"); NaN ->
 * "undefined", infinities -> "infinite" / "-infinite". With the digits of
 * ct_numfmt_sci_apart, the numbers of one column or one comparison. */
CT_API size_t ct_numfmt_sci_at(char *buf, size_t n, double v, int sig);

/* The fewest significant digits, from sig (clamped to 1..17) up to 17, at
 * which every two finite values of v[0..n) that differ read apart in
 * ct_numfmt_sci_at (17 always do: a double's digits). Numbers put side by
 * side (a column of means, a row of quartiles, "mean X vs Y") take one
 * such count: two group means 9007199254760002 and 9007199254760006 read
 * "9.007199254760002e+15" and "9.007199254760006e+15", not both
 * "9.007199e+15" as before 2026-12-05 (tests/cli/test_means_beyond_2_53).
 * NaN and infinities are ignored. Allocates n values (ct_malloc); out of
 * memory, 17. */
CT_API int ct_numfmt_sci_apart(const double *v, size_t n, int sig);

/* Most decimals of ct_numfmt_places. */
#define CT_NUMFMT_PLACES_MAX 20

/* v with fixed decimals (clamped to 0..CT_NUMFMT_PLACES_MAX), grouped as
 * ct_numfmt_fixed, no "-0"; NaN -> "undefined". For the decimals of
 * ct_numfmt_places_apart. */
CT_API size_t ct_numfmt_places(char *buf, size_t n, double v, int decimals);

/* The fewest decimals, from `decimals` up, at which every two finite
 * values of v[0..n) that differ read apart in ct_numfmt_places, but no
 * more than give the largest |v| 17 significant digits (then `decimals`
 * when that is more). (100000000000000.25 and 100000000000000.5: 2, where
 * 15 significant digits read both as "100,000,000,000,000".) Allocates n
 * values (ct_malloc); out of memory, the most. */
CT_API int ct_numfmt_places_apart(const double *v, size_t n, int decimals);

/* Two numbers put side by side in a sentence ("mean X vs Y"): va into a
 * and vb into b (n bytes each) as fmt writes them, but when they differ
 * and would read as the same number, both with the digits that tell them
 * apart: scientific notation with ct_numfmt_sci_apart's digits when
 * either is in it (ct_numfmt_auto_sci), from as many as fmt showed in a
 * mantissa (CT_NUMFMT_SCI_SIG when fmt wrote neither in scientific
 * notation): a headline's "1.15e+18" pair reads "1.1529e+18" and
 * "1.1530e+18", a table's "1.152900e+18" keeps its seven; else fixed
 * decimals with ct_numfmt_places_apart's (at least as many as fmt showed).
 * Both always with one count of digits. */
CT_API void ct_numfmt_pair(char *a, char *b, size_t n, double va, double vb,
                           size_t (*fmt)(char *, size_t, double));

/* The two bounds of one interval (a confidence interval, "[lo, hi]",
 * "lo to hi") with one number of decimals, enough for both, as statsmodels'
 * summary writes a column: lo and hi (n bytes each) hold a and b as the
 * caller's formatter wrote them, and are rewritten in place: when either
 * is in scientific notation both are, with the mantissa digits of the one
 * that has more ("-1.784e-04", "2.989e-06", not "-0.0001784" beside
 * "2.989e-06"; an exact 0 stays as written); else both with the decimals of the one that has more, its
 * own digits there ("-1.304000", "-0.701609", not "-1.304" beside
 * "-0.701609" as before 2026-12-05: tests/cli/regress_ci_bounds_decimals),
 * grouped only when the caller grouped either. A bound that is not a
 * finite number, or not written as a bare number (a word, "10^164",
 * "~5x"), leaves both as they are. */
CT_API void ct_numfmt_interval(char *lo, char *hi, size_t n, double a, double b);

/* The decimals ct_numfmt_auto writes v with (trailing zeros dropped:
 * 9691.5 -> 1, 3 -> 0, 0.25 -> 2, 0.00045484 -> 7), or -1 when it is not
 * in plain notation (scientific, not finite). */
CT_API int ct_numfmt_auto_decimals(double v);

/* Most decimals ct_numfmt_auto writes (a "%.4g" value from 0.0001 up:
 * "0.0004548"). */
#define CT_NUMFMT_AUTO_DECIMALS_MAX 7

/* As ct_numfmt_auto, but a value it writes in plain notation with fewer
 * than `decimals` decimals gets `decimals` (at most
 * CT_NUMFMT_AUTO_DECIMALS_MAX), its own digits there, not zeros: the
 * cells of one table column lined up with the same decimals, as pandas
 * prints a float column ((252076, 2) -> "252,076.00",
 * (501029.4527, 4) -> "501,029.4527", (32.5, 4) -> "32.5000"); never more
 * than 15 significant digits ((81466395024593.2, 2) ->
 * "81,466,395,024,593.2"); scientific notation and words as
 * ct_numfmt_auto. Before 2026-12-05 each cell dropped its own trailing
 * zeros: "252,076" under "230,110.12" (tests/cli/test_by_decimals_padded). */
CT_API size_t ct_numfmt_auto_at(char *buf, size_t n, double v, int decimals);

/* A test statistic or effect size in a sentence: fixed decimals ("%.*f",
 * decimals clamped to 0..6: "F = 12.3456", "g = -0.468") below 1e9 in
 * magnitude; from 1e9 up, and when not finite, as ct_numfmt_auto writes it
 * in the tables ("9.907932e+19", "16,000,007,995,528.1", "infinite"),
 * never a 20-digit fixed point ("99079318573367033856.0000", as before
 * 2026-12-03). A value that is not 0 but would round to 0 at `decimals`
 * keeps that many significant digits ("%.*g", at least 1): (3.2e-05, 4) ->
 * "3.2e-05", (-1.23456e-9, 4) -> "-1.235e-09", never "0.0000" or "-0.0000"
 * (before 2026-12-03 a tiny Levene W read "W = 0.0000"); exactly 0 is
 * "0.0000". NaN -> "undefined". */
CT_API size_t ct_numfmt_stat(char *buf, size_t n, double v, int decimals);

/* As ct_numfmt_stat, for a statistic that reaches +-1 only at a perfect
 * relation (Cramer's V, a rank-biserial r, a correlation, a share): a
 * value inside (-1, 1) that would print as 1 keeps more decimals, up to 6,
 * then significant digits, until it reads below 1: (0.99933, 2) -> "0.999",
 * (0.99996, 4) -> "0.99996", never a false "1.00"; exactly +-1 as is. */
CT_API size_t ct_numfmt_stat_below1(char *buf, size_t n, double v, int decimals);

/* A cell of a coefficient table, as statsmodels' summary writes one
 * (iolib.summary.forg): `decimals` fixed decimals (clamped to 1..6) when
 * 1e-4 <= |v| < 1e4 or v is 0 ((0.5, 4) -> "0.5000", (-1.23456, 4) ->
 * "-1.2346", (0, 4) -> "0.0000"), else scientific notation with
 * `decimals` significant digits, zeros kept ((12345.6, 4) -> "1.235e+04",
 * (3e-05, 4) -> "3.000e-05"; statsmodels' "%.4g" drops them). A column of
 * such cells shares its decimals: regress's coef, std err and CI bounds
 * ("%.4g" before 2026-12-05: "0.5" above "0.1234",
 * tests/cli/regress_coef_decimals_shared). NaN -> "undefined", infinities
 * -> "infinite" / "-infinite". */
CT_API size_t ct_numfmt_summary(char *buf, size_t n, double v, int decimals);

/* A metric in a table for people (a Brier score, a log loss, a CV mean or
 * std, an importance): as ct_numfmt_auto, but not in scientific notation
 * from 5e-7 to 0.001: 6 decimals, as the column's other values below 1
 * have, trailing zeros dropped ("0.000794", "0.0005"); a value that is
 * not 0 but would round to 0 there has two significant digits
 * ("1.2e-07", "1.8e-19": before 2026-12-03 it read "0.000000", a
 * near-perfect model's log loss shown as exactly 0). Exactly 0 is "0".
 * NaN -> "undefined". JSON keeps the full value. */
CT_API size_t ct_numfmt_metric(char *buf, size_t n, double v);

/* A probability or a threshold, as ct_numfmt_auto, but never "1" or "0"
 * for a value that is not exactly 1 or 0: then with as many more
 * significant digits as it takes (0.99999999964881203 -> "0.9999999996",
 * not "1": a threshold shown as 1 reads as "p >= 1", which no row
 * reaches). NaN -> "undefined". */
CT_API size_t ct_numfmt_prob(char *buf, size_t n, double p);

/* Three significant digits below 1,000 ("%.3g": "0.0123", "512"), a
 * grouped whole number from 1,000 up ("1,235"), and from 1e9 up as
 * ct_numfmt_auto writes it ("1,234,567,890.12", "2.357876e+17");
 * NaN -> "undefined". */
CT_API size_t ct_numfmt_sig3(char *buf, size_t n, double v);

/* A headline number: two significant digits when 0 < |v| < 0.1 ("0.012",
 * "-1.1e-12"), three from 1e15 up ("1.7e+308"); else a whole number ("12") when v is within 1e-9 of one
 * or |v| >= 100 ("4,120"), else 2 decimals below 10 ("3.25") and 1 from 10
 * up ("32.5"), grouped as ct_numfmt_fixed. */
CT_API size_t ct_numfmt_headline(char *buf, size_t n, double v);

/* A median (or a mean) in a sentence or a chart's title: a value half-way
 * between two whole numbers below 1e15, as the median of an even count of
 * whole values often is, with its .5 ("7,070.5", "3.5"), as eda's tables
 * and the JSON give it; any other value as ct_numfmt_headline. Before
 * 2026-12-05 the headline's whole number rounded it half to even, "7,070"
 * beside eda's table's "7,070.5" (tests/cli/report_median_half_kept). */
CT_API size_t ct_numfmt_median(char *buf, size_t n, double v);

/* Fewest decimals, 0 to max, that give v back to 1e-9 relative
 * (0.25 -> 2, 1500 -> 0, 1/3 -> max). */
CT_API int ct_numfmt_decimals(double v, int max);

/* An axis tick: with suffix, |v| from 1e3 up as "250K", from 1e6 as
 * "1.5M", from 1e9 as "10B", from 1e12 as "100T", and from 1e15 up in
 * scientific notation ("1e15", "2.5e17"); otherwise grouped ("2,500",
 * "0.25"); at most 3 decimals, the fewest that show the value
 * (ct_numfmt_decimals); a value 3 decimals cannot show, in three
 * significant digits ("0.0015", "1e-12"). */
CT_API size_t ct_numfmt_tick(char *buf, size_t n, double v, int suffix);

/* A percentage of 0..100 with fixed decimals: (1.5432, 2) -> "1.54%". */
CT_API size_t ct_numfmt_pct(char *buf, size_t n, double pct, int decimals);

/* A percentage of 0..100 with fixed decimals (0..6) that never rounds to a
 * false 0 or 100: (99.9996, 2) -> "over 99.99%", (0.003, 2) -> "under
 * 0.01%", (42.424, 2) -> "42.42%", exactly 0 and 100 as they are; NaN ->
 * "undefined". */
CT_API size_t ct_numfmt_pct_within(char *buf, size_t n, double pct, int decimals);

/* A whole percentage that never rounds to a false 0% or 100%
 * (ct_numfmt_pct_within with 0 decimals):
 * 99.7 and 99.5 -> "over 99%", 0.2 and 0.5 -> "under 1%", 42.4 -> "42%";
 * NaN -> "undefined". */
CT_API size_t ct_numfmt_pct_bounded(char *buf, size_t n, double pct);

/* A confidence level (0 < level < 1) as a percentage, without the '%':
 * six significant digits ("%.6g": 0.95 -> "95", 0.975 -> "97.5", 1 - 0.1
 * -> "90", not the 90.000000000000014 its double holds), more (up to 17)
 * where six would round to a false "100" or "0": 1 - 1e-15 ->
 * "99.9999999999999", 0.9999996 -> "99.99996". The one label of every
 * interval (test's and regress's "95% CI", "OR 95% CI"); before 2026-12-04
 * they read "100% CI" at --alpha=1e-15 (tests/cli/ci_label_tiny_alpha).
 * NaN -> "undefined"; 0 and 1 themselves, and levels so near them that
 * 100 * level is 0 or 100 in double, as "0" and "100". */
CT_API size_t ct_numfmt_level_pct(char *buf, size_t n, double level);

/* A ratio: from 10 up "~101x", below "3.2x". */
CT_API size_t ct_numfmt_ratio(char *buf, size_t n, double ratio);

/* A p-value in a sentence: "p = 0.0213", below 0.01 three significant
 * digits as a table prints them ("p = 0.00224", "p = 2.61e-120"),
 * below 1e-300 "p < 1e-300 (log10 p = -413.1)" (from log10p); exactly 0
 * (log10p = -inf: t = inf) "p = 0"; NaN -> "p undefined". */
CT_API size_t ct_numfmt_pvalue(char *buf, size_t n, double p, double log10p);

/* A p-value in a sentence that holds it against the significance level
 * alpha: as ct_numfmt_pvalue, with as many more significant digits as it
 * takes for the number printed to lie on alpha's side of it as p does
 * (p = 0.04996 at alpha 0.05: "p = 0.04996", not "p = 0.0500" beside
 * "reject"). */
CT_API size_t ct_numfmt_pvalue_vs(char *buf, size_t n, double p, double log10p, double alpha);

/* A number v with sig significant digits (%.*g), more when fewer would put
 * it on the other side of alpha, or on alpha itself when v is not alpha. */
CT_API size_t ct_numfmt_g_vs(char *buf, size_t n, double v, int sig, double alpha);

/* A number for machines (JSON) and for labels that must read as the
 * value typed: the shortest "%.*g" of 15, 16 or 17 significant digits
 * that reads back (strtod, C locale) to exactly v — 0.1 -> "0.1", not
 * "0.10000000000000001" as "%.17g" writes it; 1/3 -> "0.3333333333333333"
 * (16 needed); 0.1 * 3 -> "0.30000000000000004" (17); 1e16 -> "1e+16".
 * The 15-digit rounding, when it reads back, is the shortest decimal that
 * does (Python's repr's digits, written as %g writes them: "3", not
 * "3.0"); a subnormal's digits are tried from 1 up (5e-324, not
 * "4.94065645841247e-324"). -0 is "-0"; NaN and infinities as snprintf writes them
 * ("nan", "inf"): callers write those as null or words. buf needs at
 * least 32 bytes for every value (CT_NUMFMT_SHORTEST_MAX). Returns the
 * length. */
#define CT_NUMFMT_SHORTEST_MAX 32
CT_API size_t ct_numfmt_shortest(char *buf, size_t n, double v);

/* A p-value in a table cell: "%.3g" ("0.0213", "2.61e-120"), below 1e-300
 * "< 1e-300 (log10 -413.1)"; exactly 0 "0"; NaN -> "undefined". */
CT_API size_t ct_numfmt_pvalue_cell(char *buf, size_t n, double p, double log10p);

/* A table's p-value held against alpha: as ct_numfmt_pvalue_cell, with as
 * many more significant digits as it takes for the number printed to lie
 * on alpha's side of it as p does (0.049975 at 0.05: "0.04998", not
 * "0.05" beside a rejection). */
CT_API size_t ct_numfmt_pvalue_cell_vs(char *buf, size_t n, double p, double log10p, double alpha);

#ifdef __cplusplus
}
#endif
#endif
