/* claimtriage/json.h — JSON: a small streaming writer for stable --json
 * output (json_write.c), and a strict reader on jansson (json_read.c, below).
 * Layer: io (docs/design.md). Artifacts (every file claimtriage writes)
 * start with the header of claimtriage/artifact.h.
 *
 * The writer's output is deterministic: keys appear in the order written, indentation is
 * two spaces, numbers are written in the fewest digits that read back to
 * the same double (ct_numfmt_shortest: "%.15g", else "%.16g", else "%.17g",
 * in the C locale; 0.1, not 0.10000000000000001 as %.17g wrote it before
 * 2026-12-03), NaN and infinities as null, strings escaped per RFC 8259 (control
 * characters as \uXXXX; valid UTF-8 passed through, and each byte that
 * starts no valid UTF-8 sequence written as U+FFFD, so that the reader
 * below reads every string back; before 2026-12-04 such bytes were written
 * raw and the file could not be read). Integers are exact; ct_json_uint
 * above INT64_MAX, which the reader's int64 integers cannot hold, writes
 * the nearest double with an exponent (9.223372036854776e+18), read back
 * as a number.
 *
 * The calls must make exactly one JSON value: a value inside an object
 * needs its ct_json_key first, a key its value, and the top level holds
 * one value. Anything else (a member without a key, a key without a value
 * or outside an object, a second top-level value, no value at all, unbalanced
 * begin/end, nesting deeper than 64) is a caller's bug: the call still
 * writes (or, for the depth, is ignored) and ct_json_finish() returns
 * CT_EINTERNAL; the bytes written are then not valid JSON. Before
 * 2026-12-04 a member without a key and a second top-level value were
 * not caught. Errors are sticky: after a write error every call is a no-op
 * and ct_json_finish() returns CT_EIO.
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
/* Flush, free the writer, return CT_OK (one valid JSON value was written,
 * followed by a newline), CT_EIO (write failed) or CT_EINTERNAL (the calls
 * did not make one JSON value, see above). Accepts NULL (returns
 * CT_ENOMEM, as ct_json_new's failure). */
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

/* Write s as a JSON string literal (with quotes) to fp, escaped as above
 * (invalid UTF-8 bytes as U+FFFD); returns 0 or -1 (write error). */
CT_API int ct_json_write_string(FILE *fp, const char *s, size_t n);

/* ====================================================================
 * JSON reader (DOM) — src/lib/io/json_read.c, on Debian's libjansson.
 *
 * A strict RFC 8259 reader building an immutable tree. It reads the
 * artifacts the commands write (--json; claimtriage/artifact.h) and the
 * model and encoder files, so it is meant for hostile input:
 *   - parsing is jansson's json_loadb() with JSON_REJECT_DUPLICATES (unless
 *     allowed), JSON_DECODE_ANY (any value at the top level) and
 *     JSON_ALLOW_NUL (\u0000 inside strings is kept: strings carry their
 *     length); jansson validates UTF-8 (no overlongs, no surrogates,
 *     <= U+10FFFF), requires control characters to be escaped, decodes \u
 *     escapes with surrogate pairs and rejects lone surrogates;
 *   - nesting is limited by max_depth, checked before jansson recurses, so
 *     its recursive parser never goes deeper than max_depth + 1 frames;
 *     input size is limited by max_bytes;
 *   - numbers follow the RFC grammar (no leading zeros, no '+', no '.5', no
 *     NaN/Infinity). A literal with a fraction or an exponent is converted
 *     by strtod (correctly rounded; overflow to infinity is an error,
 *     underflow gives 0 as strtod does). A literal without them is an
 *     integer: read exactly as int64 by strtoll, and an integer outside
 *     [-2^63, 2^63) is an ERROR ("integer out of range for int64"; write
 *     1e19 to have a double). "-0" is the integer 0, so it reads as +0.0;
 *   - a key holding \u0000 is an error (jansson's objects do not keep such
 *     keys); with allow_duplicate_keys a repeated key is accepted and the
 *     last value wins, at the position of the first (jansson's objects keep
 *     one member per key);
 *   - a leading UTF-8 byte order mark is skipped (RFC 8259 section 8.1
 *     allows ignoring it); anything after the value other than whitespace
 *     is an error, and so is any NUL byte outside a \u escape.
 * Errors fill the ct_diag with the name given, the 1-based line and column
 * (column in characters) of the offending token's first byte (the end of
 * the input for a premature end, the byte itself for bad UTF-8 or a raw
 * control character), and a message in our words (jansson's error code and
 * position, translated). Statuses: CT_OK; CT_EEMPTY (no value: empty or
 * whitespace only); CT_EDATA (syntax, encoding, limits); CT_EINVAL (bad
 * options or arguments); CT_EIO (file unreadable); CT_ENOMEM.
 *
 * Memory: jansson's tree (about 40 to 100 bytes a value, more for objects:
 * their hash tables) plus an index of about 56 bytes a value, so that
 * ct_json_at() is O(1) and ct_json_get() O(log n).
 *
 * Allocation: jansson allocates through ct_malloc/ct_free, so
 * ct_alloc_fail_after() reaches it. The library installs them with
 * json_set_alloc_funcs() once, at the first parse (call_once). That
 * setting is PROCESS-GLOBAL in jansson: a host program that uses jansson
 * itself then allocates through ct_malloc/ct_free too (malloc and free
 * underneath, so objects it made before stay freeable). A host that has
 * installed its own allocator first keeps it (the library leaves a
 * non-default pair alone; failure injection then does not reach jansson).
 *
 * Ownership: a ct_json_doc owns every value in it; value pointers and the
 * strings they return stay valid until ct_json_doc_free(). The input text
 * is borrowed during the call only. A document is immutable, so it may be
 * read from several threads at once; parses on distinct threads are
 * independent (jansson's parser is reentrant).
 *
 * Accessors accept NULL and values of the wrong type and then return a
 * neutral answer (NULL, 0, NaN, CT_JSON_NONE), so lookups chain safely:
 *   ct_json_string(ct_json_get(ct_json_doc_root(doc), "tool"), NULL)
 * ==================================================================== */

typedef enum ct_json_type {
    CT_JSON_NONE = 0, /* no value (a NULL pointer) */
    CT_JSON_NULL,
    CT_JSON_BOOL,
    CT_JSON_NUMBER,
    CT_JSON_STRING,
    CT_JSON_ARRAY,
    CT_JSON_OBJECT
} ct_json_type;

typedef struct ct_json_doc ct_json_doc;
typedef struct ct_json_value ct_json_value;

/* The deepest nesting max_depth may allow: jansson's parser recurses and
 * stops at depth 2048 (its JSON_PARSER_MAX_DEPTH, counting the innermost
 * scalar), so 2047 containers. */
#define CT_JSON_DEPTH_CEILING 2047

typedef struct ct_json_read_options {
    size_t max_bytes;         /* largest input accepted (default 64 MiB) */
    int max_depth;            /* deepest nesting of arrays/objects (default 256) */
    int allow_duplicate_keys; /* 0 (default): a repeated key is an error */
} ct_json_read_options;

CT_API ct_json_read_options ct_json_read_options_default(void);
/* NULL when the options are usable, else a static message saying why not
 * (max_bytes 0, max_depth outside 1..CT_JSON_DEPTH_CEILING). */
CT_API const char *ct_json_read_options_check(const ct_json_read_options *opt);

/* Parse text[0..len) (a NUL byte is an error, not a terminator). name
 * labels the diagnostics (NULL: "<json>"); opt NULL means defaults. On
 * success *out owns the document; on failure *out is NULL. */
CT_API ct_status ct_json_parse(const char *text, size_t len, const char *name,
                               const ct_json_read_options *opt, ct_json_doc **out, ct_diag *d);
/* Read and parse a file; larger than opt->max_bytes is CT_EDATA; a path
 * that is not a regular file (a FIFO, a device such as /dev/zero, a
 * folder) is CT_EIO "not a regular file", never opened or read (a FIFO's
 * open would block, a device's read may never end). */
CT_API ct_status ct_json_parse_file(const char *path, const ct_json_read_options *opt,
                                    ct_json_doc **out, ct_diag *d);
/* Free a document and all its values. Accepts NULL. */
CT_API void ct_json_doc_free(ct_json_doc *doc);

/* The top-level value (never NULL for a parsed document). */
CT_API const ct_json_value *ct_json_doc_root(const ct_json_doc *doc);

CT_API ct_json_type ct_json_type_of(const ct_json_value *v);
/* "null", "boolean", "number", "string", "array", "object", or "none". */
CT_API const char *ct_json_type_name(ct_json_type t);
/* 1 for true; 0 for false and for anything not a boolean. */
CT_API int ct_json_bool_value(const ct_json_value *v);
/* The number as a double: an integer literal converted correctly rounded
 * (as strtod would), a literal with a fraction or exponent as strtod read
 * it; NaN when v is not a number. */
CT_API double ct_json_number(const ct_json_value *v);
/* The number as an exact integer: CT_OK, or CT_ETYPE when v is not a number,
 * not integral (1.5) or outside int64 (*out untouched then). 1e3 and 2.0
 * are integers. */
CT_API ct_status ct_json_int64(const ct_json_value *v, int64_t *out);
/* The decoded UTF-8 string, NUL-terminated, its byte length in *len (may be
 * NULL; the string may hold NUL bytes from \u0000). NULL when v is not a
 * string. */
CT_API const char *ct_json_string(const ct_json_value *v, size_t *len);
/* Elements of an array, members of an object; 0 for anything else. */
CT_API size_t ct_json_size(const ct_json_value *v);
/* Array element i, or object member i's value (in document order); NULL when
 * out of range or v is neither. O(1). */
CT_API const ct_json_value *ct_json_at(const ct_json_value *v, size_t i);
/* Object member i's key (NUL-terminated, length in *len); NULL otherwise. */
CT_API const char *ct_json_key_at(const ct_json_value *v, size_t i, size_t *len);
/* The value of key (a NUL-terminated string) in object v, by binary search
 * over the object's keys sorted once at parse time (O(log n)); NULL when
 * absent or v is not an object. */
CT_API const ct_json_value *ct_json_get(const ct_json_value *v, const char *key);

#ifdef __cplusplus
}
#endif
#endif
