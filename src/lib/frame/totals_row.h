/* totals_row.h — internal: the words a spreadsheet's totals row is
 * labelled with (totals_row.c; ct_frame_explain_totals_row in
 * claimtriage/frame.h is the public side). */
#ifndef CT_TOTALS_ROW_H
#define CT_TOTALS_ROW_H

#include <stddef.h>

/* 1 when s[0..n), spaces and a trailing ':' aside, is a totals label in
 * any letter case: total(s), grand total, subtotal, sum, overall, and the
 * same in German, French, Spanish, Italian, Dutch and Portuguese
 * spreadsheets (gesamt, summe, totaal, totale, suma, soma). */
int frame_is_totals_word(const char *s, size_t n);

#endif
