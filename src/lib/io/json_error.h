/* json_error.h — where a JSON text goes wrong, in our words (internal to the
 * reader, json_read.c).
 *
 * jansson parses; this file finds what jansson must not be handed (a NUL
 * byte, which its buffer reader may take for the end of the input; nesting
 * deeper than the caller's limit, which its recursive parser would descend
 * into) and turns a jansson error (json_error_t: an error code, a message and
 * the byte position where its lexer stopped) into a ct_diag: the line and
 * column of the offending token's first character and a message that says
 * what was expected, as the reader documents (claimtriage/json.h).
 */
#ifndef CT_JSON_ERROR_H
#define CT_JSON_ERROR_H

#include "claimtriage/common.h"

#include <jansson.h>
#include <stddef.h>

typedef enum ct_json_cut_why {
    CT_JSON_CUT_NONE = 0,   /* nothing found: hand jansson the whole text */
    CT_JSON_CUT_NUL,        /* a NUL byte outside any string */
    CT_JSON_CUT_NUL_STRING, /* a NUL byte inside a string (a raw control character) */
    CT_JSON_CUT_DEPTH       /* '[' or '{' opening level max_depth + 1 */
} ct_json_cut_why;

typedef struct ct_json_cut {
    size_t at; /* byte offset of the offending byte (n when none) */
    ct_json_cut_why why;
} ct_json_cut;

/* The first place in s[0..n) that jansson must not see, found token by token
 * with jansson's own token boundaries (so the scan agrees with jansson on
 * every text jansson accepts up to that point). Text after an error jansson
 * would report first may be misread; the caller parses s[0..at) with jansson
 * and reports jansson's error when it comes before `at`. */
ct_json_cut ct_json_scan_cut(const unsigned char *s, size_t n, int max_depth);

/* The cut as the error, after a text s[0..cut.at) that is one complete
 * JSON value (a NUL byte after the value). Returns CT_EDATA. */
ct_status ct_json_diag_cut(ct_diag *d, const char *name, const unsigned char *text, size_t base,
                           ct_json_cut cut, int max_depth);

/* Translate jansson's error e, from parsing text[base .. base + cut.at),
 * into d: the cut's own reason when the error is the end of the cut text,
 * else jansson's error in our words. Returns CT_EDATA. */
ct_status ct_json_diag_jansson(ct_diag *d, const char *name, const unsigned char *text, size_t base,
                               ct_json_cut cut, int max_depth, const json_error_t *e);

/* Fill d with "empty input: no JSON value" at the end of text[0..n)
 * (CT_EEMPTY). */
ct_status ct_json_diag_empty(ct_diag *d, const char *name, const unsigned char *text, size_t n);

#endif
