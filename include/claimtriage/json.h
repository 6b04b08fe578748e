/* claimtriage/json.h — a small streaming JSON writer for stable --json output.
 *
 * Output is deterministic: keys appear in the order written, indentation is
 * two spaces, numbers are written with %.17g in the C locale (round-trip
 * exact), NaN and infinities as null, strings escaped per RFC 8259 (control
 * characters as \uXXXX; UTF-8 passed through).
 *
 * Errors are sticky: after a write error every call is a no-op and
 * ct_json_finish() returns CT_EIO. Nesting depth is limited to 64 (deeper
 * calls are ignored and make finish return CT_EINTERNAL).
 */
#ifndef CLAIMTRIAGE_JSON_H
#define CLAIMTRIAGE_JSON_H

#include "claimtriage/common.h"
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_json ct_json;

/* A writer on fp (borrowed, not closed). NULL when out of memory. */
CT_API ct_json *ct_json_new(FILE *fp);
/* Flush, free the writer, return CT_OK, CT_EIO (write failed) or
 * CT_EINTERNAL (unbalanced or too deep). Accepts NULL (returns CT_ENOMEM). */
CT_API ct_status ct_json_finish(ct_json *w);

CT_API void ct_json_object_begin(ct_json *w);
CT_API void ct_json_object_end(ct_json *w);
CT_API void ct_json_array_begin(ct_json *w);
CT_API void ct_json_array_end(ct_json *w);
/* Inside an object: the next key. */
CT_API void ct_json_key(ct_json *w, const char *key);
CT_API void ct_json_str(ct_json *w, const char *s); /* NULL writes null */
CT_API void ct_json_strn(ct_json *w, const char *s, size_t n);
CT_API void ct_json_num(ct_json *w, double x);
CT_API void ct_json_int(ct_json *w, int64_t x);
CT_API void ct_json_uint(ct_json *w, uint64_t x);
CT_API void ct_json_bool(ct_json *w, int b);
CT_API void ct_json_null(ct_json *w);

/* Write s as a JSON string literal (with quotes) to fp; returns 0 or -1. */
CT_API int ct_json_write_string(FILE *fp, const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
