/* claimtriage/table.h — aligned text tables for people.
 * Layer: report (docs/design.md).
 *
 * The one table writer of the library and the CLI: cells are added row by
 * row, left to right; at print time each column is as wide as its widest
 * cell, measured in display columns (ct_textwidth: East Asian wide
 * characters and emoji 2, combining marks 0),
 * columns are two spaces apart, left-aligned unless set right-aligned, and
 * no line has trailing blanks (the last cell of a left-aligned column is not
 * padded).
 *
 * Ownership: see common.h; a table copies every cell it is given.
 * Out of memory: a table that could not grow drops the cells it could not
 * store and ct_table_print reports CT_ENOMEM; a NULL table (create failed) is
 * accepted everywhere and prints nothing. Thread-safety: one table per
 * thread.
 */
#ifndef CLAIMTRIAGE_TABLE_H
#define CLAIMTRIAGE_TABLE_H

#include "claimtriage/common.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_table ct_table;

/* A table of ncols columns (ncols >= 1); NULL when out of memory or ncols 0. */
CT_API ct_table *ct_table_create(size_t ncols);
/* Right-align column col (right != 0) or left-align it (the default);
 * CT_TABLE_DECIMAL right-aligns it with the decimal points lined up (a
 * cell's part from its '.' on, or nothing for a whole number, is padded
 * on the right to the column's longest); a number is a whole cell of an
 * optional sign, digits grouped by ',' or not, an optional '.' and
 * digits, an optional '%' ("-1,234.5", "29.27%"); any other cell (the
 * header, "undefined", "204 / 0", "1, 16") or one in scientific notation
 * ("9.068e-05", whose digits after the point are no decimals of the
 * others' places) is right-aligned to the column's edge, where the
 * longest decimals end. */
#define CT_TABLE_DECIMAL 2
CT_API void ct_table_align(ct_table *t, size_t col, int right);
/* Lines at most `width` columns wide (0, the default: no limit): a
 * table wider than that is printed in blocks of whole columns, each
 * starting with the first column again (the key columns:
 * ct_table_key_columns), a blank line between blocks (a
 * column wider than the limit on its own still gets a block; when no
 * column fits beside the key columns, the table is printed whole). Key
 * columns whose widest cells leave no room for the widest other column
 * (long names: a column name, a group label) are capped, widest first, to
 * their widest cell that leaves that room (when the cap is at least 16
 * columns); then the last key column of a table wider than the limit takes
 * the width, among its cells' widths, that prints the fewest lines (ties:
 * the wider), so one long name does not split the table into a block per
 * column. A key cell wider than its column is printed whole on a line of
 * its own after its row's earlier key cells (alone at the indent when they
 * leave it no room), the row's other cells on the next line under their
 * columns; a key cell wider than the whole line (a column name of 150
 * characters, a 117-column dummy name in regress) is cut to the line less
 * the indent, ending "..." (before 2026-12-03 names were never cut, and
 * such a line passed the limit); with no limit (--wide) it prints whole. */
CT_API void ct_table_max_width(ct_table *t, size_t width);
/* With max_width: the first k columns (default 1; k < ncols) start every
 * block, so rows stay identifiable when they need two columns to name
 * them (e.g. a grouping and its group). */
CT_API void ct_table_key_columns(ct_table *t, size_t k);
/* Append one cell (NULL is an empty cell); rows fill left to right. */
CT_API void ct_table_add(ct_table *t, const char *cell);
/* Append a number cell, as ct_numfmt_auto writes v; when printed, every
 * such cell of its column that is in plain notation shows the column's
 * most decimals, its own digits there (ct_numfmt_auto_at: "252,076.00"
 * beside "230,110.12", "32.0" beside "28,391.5"), as pandas prints a float
 * column; cells in scientific notation and words ("undefined") stay as
 * they are. Before 2026-12-05 each cell dropped its own trailing zeros
 * (tests/cli/test_by_decimals_padded). Values of a column from 1e13 up
 * that differ but would read as one at those decimals (ct_numfmt_auto's
 * 15 significant digits) get the decimals that tell them apart
 * (ct_numfmt_places_apart). Every cell in scientific notation, of this
 * and of ct_table_add_stats, prints with one count of significant digits
 * per column: seven, or as many (up to 17) as tell apart the values of
 * the column that differ (ct_numfmt_sci_apart: two means near 2^53 read
 * as one "9.007199e+15" before 2026-12-05, tests/cli/test_means_beyond_2_53);
 * two cells of one ct_table_add_stats row that would read as one number
 * (a mean and a median) raise both their columns to the digits that tell
 * them apart, or show them alike when equal. Before 2026-12-05 the count
 * was one for the whole table: a std beside such means took 16 digits and
 * test's group table split past 100 columns. */
CT_API void ct_table_add_auto(ct_table *t, double v);
/* Append n number cells holding one feature's statistics (a row of
 * describe()'s transpose: mean, std, quartiles), as ct_table_add_auto,
 * but when any finite one needs scientific notation (|v| from 1e15 up),
 * all n of them are in it (ct_numfmt_sci), as pandas formats a column:
 * never "-4.000000e+15" beside "-81,466,395,024,593.2" (before
 * 2026-12-05: tests/cli/inspect_huge_row_sci). */
CT_API void ct_table_add_stats(ct_table *t, const double *v, size_t n);
/* Append one cell from a printf format (cut at 1,023 bytes, on a grapheme
 * boundary: ct_textwidth_snprintf). */
CT_API void ct_table_addf(ct_table *t, const char *fmt, ...) CT_PRINTF(2, 3);
/* Number of cells added so far. */
CT_API size_t ct_table_ncells(const ct_table *t);
/* Print every row, each line starting with indent (NULL = none).
 * CT_OK; CT_ENOMEM when cells were dropped or the widths could not be
 * computed (then nothing is printed); CT_EIO when fp reports an error. */
CT_API ct_status ct_table_print(const ct_table *t, FILE *fp, const char *indent);
CT_API void ct_table_destroy(ct_table *t);

/* Write first, then text wrapped at spaces so that no line is wider than
 * width columns (ct_textwidth; 0: no wrapping), continuation lines indented by hang
 * spaces, and a final newline. Runs of spaces collapse to one, but inside a
 * quoted value, where they are kept within a line ('not  verified' stays as
 * written); a line never breaks between a quoted value's quote and its
 * leading or trailing space (' opinion '), nor inside a quoted value of
 * at most CT_TEXT_WRAP_QUOTE_WHOLE columns ('6 580', a shell word
 * 'run dir/model.ctm'); a word wider
 * than a line (a long column name, a chart file named after it) starts a
 * line and is cut in the middle to end at the limit, "..." for what is left
 * out (its start and end kept, as ct_table_max_width cuts a row name;
 * before 2026-12-04 it stood whole past the limit), but for a path (a word
 * holding '/') or an option with its value (a word starting with "--"),
 * which a reader copies and which stand whole; with width 0 nothing
 * is cut. text NULL
 * prints "(out of memory)". A line break inside text (a column name with one)
 * is written as U+240A, one column, as ct_table_add shows it. When first leaves fewer than
 * CT_TEXT_WRAP_MIN_ROOM columns of the line, text starts on the next line;
 * a hang that does becomes CT_TEXT_WRAP_SHORT_HANG (a long name never
 * squeezes the text into a narrow column at the right). A shell command
 * that ends the text, introduced by ": $ " (": drop them: $ awk ..."), is
 * written on a line of its own at the hang, whole and as spaced, even past
 * width, when it holds a pipe, a redirection or other shell syntax: such a
 * command broken across lines does not run when pasted. One of plain words
 * and words quoted as ct_shell_word quotes them ('...', '\'', $'...') that
 * is too wide is broken where a pasted copy still runs: " \" between words,
 * the next line indented by hang + 4, and a word too wide for a line after
 * its commas, "\" (inside quotes "'\" and the quote opened again) ending
 * the line and the rest at the start of the next. So is one
 * after ": " that starts with a program the hints run (/usr/bin/python3,
 * claimtriage, iconv, zcat, awk, sed, tr, tail, perl, gunzip, bunzip2, xz,
 * unzip, funzip, zstd, sqlite3, 7z) or with "... | " (a pipe from
 * standard input), "$ " written before it. */
#define CT_TEXT_WRAP_MIN_ROOM 30
#define CT_TEXT_WRAP_SHORT_HANG 4
/* Fewest columns a cut word keeps (with its "..."): a word starting later
 * on a line than width less this is not cut. */
#define CT_TEXT_WRAP_CUT_MIN 8
/* Widest quoted value kept on one line, quotes included. */
#define CT_TEXT_WRAP_QUOTE_WHOLE 40
CT_API void ct_text_wrap(FILE *fp, const char *first, size_t hang, size_t width, const char *text);

#ifdef __cplusplus
}
#endif
#endif
