/* csv_internal.h — internal tokenizer hooks for the loader (frame.c).
 * Hidden symbols (not CT_API). */
#ifndef CT_CSV_INTERNAL_H
#define CT_CSV_INTERNAL_H

#include "claimtriage/csv.h"

#include <stddef.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Bytes past the end of data that every tokenizer buffer keeps readable
 * (the 16-byte scanner may look at them; it masks them off). */
#define CT_CSV_PAD 16

/* Tokenize buf[0..len) without copying: the end of buf is the end of input;
 * first_line is the physical line number of buf[0]; a leading byte-order
 * mark is skipped when skip_bom. buf is never written (it may be a read-only
 * mapping): field pointers point into it, except for fields with doubled
 * quotes, which are collapsed into the reader's scratch buffer (valid until
 * the next ct_csv_next). buf must outlive the reader and have CT_CSV_PAD
 * readable bytes past len. */
ct_status ct_csv_open_buffer(const char *buf, size_t len, const char *name, char delimiter,
                             long first_line, int skip_bom, ct_csv **out);
/* Physical line number where the next record starts. */
long ct_csv_line(const ct_csv *r);
/* Resume a reader opened on a stream that was repositioned mid-file: the
 * next record starts on `line`, and no byte-order mark is looked for. */
void ct_csv_resume(ct_csv *r, long line);

/* First position in [p, end) holding the delimiter, '\n' or '\r'; the bytes
 * before it are also checked, setting bit 1 of *flags for a byte >= 0x80
 * (UTF-8 to validate) and bit 2 for a NUL. With SSE2, 16 bytes at a time
 * (the buffer has CT_CSV_PAD readable bytes past end; what lies past end is
 * masked off); otherwise one byte at a time. Shared by the tokenizer and the
 * loader's fast path (frame.c). */
static inline size_t ct_csv_scan_unquoted(const char *buf, size_t p, size_t end, char delim,
                                          int *flags)
{
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delim), nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                  zero = _mm_setzero_si128();
    while (p < end) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(buf + p));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, d), _mm_cmpeq_epi8(w, nl)),
                                   _mm_cmpeq_epi8(w, cr));
        unsigned avail = end - p >= 16 ? 16u : (unsigned)(end - p);
        unsigned valid = avail == 16 ? 0xFFFFu : (1u << avail) - 1;
        unsigned stop = (unsigned)_mm_movemask_epi8(hit) & valid;
        unsigned before = stop ? (stop & (0u - stop)) - 1 : valid;
        unsigned hi = (unsigned)_mm_movemask_epi8(w) & before;
        unsigned nul = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, zero)) & before;
        *flags |= (hi != 0) | ((nul != 0) << 1);
        if (stop)
            return p + (size_t)__builtin_ctz(stop);
        p += 16;
    }
    return end;
#else
    while (p < end && buf[p] != delim && buf[p] != '\n' && buf[p] != '\r') {
        unsigned char c = (unsigned char)buf[p++];
        *flags |= (c >= 0x80) | ((c == 0) << 1);
    }
    return p;
#endif
}

/* The loader's fast path over a borrowed buffer (ct_csv_open_buffer). When
 * the reader has one, *buf is it and [*pos, *end) the bytes not yet read;
 * returns 0, or -1 for a reader that reads from a stream. */
int ct_csv_view(const ct_csv *r, const char **buf, size_t *pos, size_t *end);
/* The caller consumed one record of one physical line, up to `pos`. */
void ct_csv_skip_line(ct_csv *r, size_t pos);

#endif
