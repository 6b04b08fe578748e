/* csv.c — streaming RFC 4180 tokenizer (see claimtriage/csv.h).
 *
 * The reader keeps one buffer. A record is scanned from the current
 * position; when the scan reaches the end of the buffered data before the
 * record is complete, the partial record is moved to the front, more input is
 * read, and the record is scanned again from its start. Doubled quotes are
 * collapsed in place only once a record is complete, so a re-scan always sees
 * the original bytes.
 */
#include "claimtriage/csv.h"
#include "claimtriage/utf8.h"

#include "io/csv_internal.h"
#include "io/gzip.h"

#include <errno.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string.h>
#include <sys/stat.h>

#define CSV_DEFAULT_CHUNK ((size_t)1 << 18)

struct ct_csv {
    int borrowed; /* buf belongs to the caller (ct_csv_open_buffer), read-only */
    FILE *fp;
    int own_fp;
    const char *mem; /* memory source, or NULL */
    size_t mem_len, mem_pos;
    char *buf;
    size_t cap, start, end;
    /* ct_csv_view's end: the bytes [start, vend) hold whole lines only (all
     * of the buffer at end of input; else up to its last '\n') */
    size_t vend;
    int eof;
    int at_begin; /* BOM not yet checked */
    ct_csv_field *fields;
    size_t fcap;
    char *scratch; /* borrowed buffers: fields with doubled quotes, collapsed */
    size_t scap;
    long line;
    uint64_t consumed, total, blank;
    char delim;
    size_t chunk;
    unsigned char stop[256]; /* bytes that end an unquoted field */
    char name[CT_DIAG_FILE_MAX];
    ct_gunzip *gz;     /* gzip input, inflated as it is read */
    uint64_t gz_total; /* gzip input: its compressed size when known, else 0 */
    int raw_begin;     /* no input read yet: the gzip magic not yet looked for */
    int boms;          /* UTF-8 byte-order marks stepped over at the start */
};

static ct_status csv_fill(ct_csv *r, ct_diag *diag);

ct_csv_options ct_csv_options_default(void)
{
    ct_csv_options o = {',', CSV_DEFAULT_CHUNK};
    return o;
}

static ct_status csv_alloc(const char *name, const ct_csv_options *opt, ct_csv **out, ct_diag *diag)
{
    ct_csv_options def = ct_csv_options_default();
    if (!opt)
        opt = &def;
    if (opt->delimiter == '"' || opt->delimiter == '\n' || opt->delimiter == '\r' ||
        opt->delimiter == '\0')
        return ct_diag_set(diag, CT_EINVAL, name, 0, 0, "invalid delimiter");
    ct_csv *r = ct_calloc(1, sizeof *r);
    if (!r)
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    r->chunk = opt->chunk_size ? opt->chunk_size : CSV_DEFAULT_CHUNK;
    r->cap = 2 * r->chunk;
    r->buf = ct_malloc(r->cap + CT_CSV_PAD);
    r->fcap = 32;
    r->fields = ct_malloc(r->fcap * sizeof *r->fields);
    if (!r->buf || !r->fields) {
        ct_csv_close(r);
        return ct_diag_set(diag, CT_ENOMEM, name, 0, 0, "out of memory");
    }
    r->delim = opt->delimiter;
    r->stop[(unsigned char)r->delim] = 1;
    r->stop['\n'] = 1;
    r->stop['\r'] = 1;
    r->line = 1;
    r->at_begin = 1;
    r->raw_begin = 1;
    snprintf(r->name, sizeof r->name, "%s", name ? name : "<input>");
    *out = r;
    return CT_OK;
}

ct_status ct_csv_open_file(FILE *fp, const char *name, const ct_csv_options *opt, ct_csv **out,
                           ct_diag *diag)
{
    *out = NULL;
    ct_csv *r;
    ct_status s = csv_alloc(name, opt, &r, diag);
    if (s)
        return s;
    r->fp = fp;
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode))
        r->total = (uint64_t)st.st_size;
    *out = r;
    return CT_OK;
}

ct_status ct_csv_open_path(const char *path, const ct_csv_options *opt, ct_csv **out, ct_diag *diag)
{
    *out = NULL;
    if (!path)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no file name");
    if (strcmp(path, "-") == 0)
        return ct_csv_open_file(stdin, "-", opt, out, diag);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        /* what to give instead (before 2026-12-06 the message alone:
         * tests/cli/inspect_directory) */
        const ct_status rc = ct_diag_set(diag, CT_EIO, path, 0, 0, "is a directory");
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "a file is read here: give one in this folder, not the folder");
        return rc;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ct_io_open_error(diag, path, errno);
    ct_status s = ct_csv_open_file(fp, path, opt, out, diag);
    if (s) {
        fclose(fp);
        return s;
    }
    (*out)->own_fp = 1;
    return CT_OK;
}

ct_status ct_csv_open_mem(const char *data, size_t len, const char *name, const ct_csv_options *opt,
                          ct_csv **out, ct_diag *diag)
{
    *out = NULL;
    ct_csv *r;
    ct_status s = csv_alloc(name, opt, &r, diag);
    if (s)
        return s;
    r->mem = data ? data : "";
    r->mem_len = data ? len : 0;
    r->total = r->mem_len;
    *out = r;
    return CT_OK;
}

ct_status ct_csv_open_buffer(const char *buf, size_t len, const char *name, char delimiter,
                             long first_line, int skip_bom, ct_csv **out)
{
    ct_csv_options o = ct_csv_options_default();
    o.delimiter = delimiter;
    o.chunk_size = 1; /* the reader's own buffer is replaced below */
    ct_csv *r;
    ct_status s = csv_alloc(name, &o, &r, NULL);
    if (s)
        return s;
    ct_free(r->buf);
    r->borrowed = 1;
    r->buf = (char *)(uintptr_t)buf; /* never written: see ct_csv_next */
    r->cap = r->end = r->vend = len;
    r->eof = 1;
    r->at_begin = 0;
    r->line = first_line;
    r->total = len;
    while (skip_bom && len - r->start >= 3 && memcmp(buf + r->start, "\xEF\xBB\xBF", 3) == 0)
        r->start = r->consumed = r->start + 3, r->boms++;
    *out = r;
    return CT_OK;
}

long ct_csv_line(const ct_csv *r) { return r->line; }

int ct_csv_ended_inside_line(const ct_csv *r)
{
    return r->eof && r->start >= r->end && r->end > 0 && r->buf[r->end - 1] != '\n' &&
           r->buf[r->end - 1] != '\r';
}

ct_status ct_csv_peek(ct_csv *r, const char **data, size_t *len, ct_diag *diag)
{
    if (!r->borrowed && r->end == 0 && !r->eof && r->raw_begin) {
        ct_status s = csv_fill(r, diag);
        if (s)
            return s;
        /* a UTF-8 byte-order mark was stepped over: show it too */
    }
    if (r->borrowed) {
        *data = r->buf;
        *len = r->end;
        return CT_OK;
    }
    const uint64_t bom_bytes = 3 * (uint64_t)(r->boms > 1 ? r->boms : 1);
    *data = r->consumed <= bom_bytes ? r->buf : NULL;
    *len = r->consumed <= bom_bytes ? r->end : 0;
    return CT_OK;
}

int ct_csv_peek_whole(const ct_csv *r)
{
    if (r->borrowed)
        return 1;
    const uint64_t bom_bytes = 3 * (uint64_t)(r->boms > 1 ? r->boms : 1);
    return r->eof && r->consumed <= bom_bytes;
}

int ct_csv_view(const ct_csv *r, const char **buf, size_t *pos, size_t *end)
{
    /* a memory source keeps the general tokenizer: it is the plain path the
     * fast one is checked against (tests/unit/test_frame.c, fuzz_load.c) */
    if (r->at_begin || r->mem)
        return -1;
    *buf = r->buf;
    *pos = r->start;
    *end = r->vend;
    return 0;
}

void ct_csv_skip_line(ct_csv *r, size_t pos)
{
    r->consumed += pos - r->start;
    r->start = pos;
    r->line++;
}
void ct_csv_resume(ct_csv *r, long line)
{
    r->line = line;
    r->at_begin = 0;
}

void ct_csv_close(ct_csv *r)
{
    if (!r)
        return;
    ct_gunzip_close(r->gz);
    if (r->own_fp && r->fp)
        fclose(r->fp);
    if (!r->borrowed)
        ct_free(r->buf);
    ct_free(r->fields);
    ct_free(r->scratch);
    ct_free(r);
}

uint64_t ct_csv_bytes_read(const ct_csv *r) { return r->consumed; }
uint64_t ct_csv_bytes_total(const ct_csv *r) { return r->total; }
uint64_t ct_csv_blank_lines(const ct_csv *r) { return r->blank; }

void ct_csv_progress(const ct_csv *r, uint64_t *done, uint64_t *total)
{
    uint64_t d = r->consumed, t = r->total;
    if (r->gz) { /* the inflated size is not known ahead: count what was inflated of the source */
        t = r->gz_total;
        d = t ? ct_gunzip_in_used(r->gz) : r->consumed;
    }
    *done = t && d > t ? t : d;
    *total = t;
}
const char *ct_csv_name(const ct_csv *r) { return r->name; }
int ct_csv_is_gzip(const ct_csv *r) { return r->gz != NULL; }
int ct_csv_boms(const ct_csv *r) { return r->boms; }

/* Move unparsed bytes to the front, grow when full, read more input. */
static ct_status csv_fill(ct_csv *r, ct_diag *diag)
{
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->end == r->cap) {
        if (r->cap > ((size_t)-1) / 2)
            return ct_diag_set(diag, CT_ENOMEM, r->name, r->line, 0, "record too large");
        char *nb = ct_realloc(r->buf, r->cap * 2 + CT_CSV_PAD);
        if (!nb)
            return ct_diag_set(diag, CT_ENOMEM, r->name, r->line, 0,
                               "out of memory (record longer than %zu bytes)", r->cap);
        r->buf = nb;
        r->cap *= 2;
    }
    size_t want = r->cap - r->end, got;
    const char *gzerr = NULL;
    if (r->gz) {
        if (ct_gunzip_read(r->gz, r->buf + r->end, want, &got, &gzerr))
            return ct_diag_set(diag,
                               gzerr[0] == 'o'   ? CT_ENOMEM
                               : gzerr[0] == 'r' ? CT_EIO
                                                 : CT_EFORMAT, /* corrupt or cut short */
                               /* no line: the compressed data is inflated a
                                * buffer ahead of the records, so the line
                                * reached says nothing of where it breaks */
                               r->name, 0, 0, "%s", gzerr);
        if (got == 0)
            r->eof = 1;
    } else if (r->mem) {
        got = r->mem_len - r->mem_pos < want ? r->mem_len - r->mem_pos : want;
        memcpy(r->buf + r->end, r->mem + r->mem_pos, got);
        r->mem_pos += got;
        if (r->mem_pos == r->mem_len)
            r->eof = 1;
    } else {
        got = fread(r->buf + r->end, 1, want, r->fp);
        if (got < want) {
            if (ferror(r->fp))
                return ct_diag_set(diag, CT_EIO, r->name, r->line, 0, "read error: %s",
                                   strerror(errno));
            r->eof = 1;
        }
    }
    if (r->raw_begin) {
        r->raw_begin = 0;
        if (ct_gzip_magic(r->buf + r->end, got)) {
            /* gzip input: what was read is the start of the compressed data */
            r->gz = ct_gunzip_open(r->mem ? NULL : r->fp, r->mem ? r->mem + r->mem_pos : NULL,
                                   r->mem ? r->mem_len - r->mem_pos : 0, r->buf + r->end, got);
            if (!r->gz)
                return ct_diag_set(diag, CT_ENOMEM, r->name, r->line, 0, "out of memory");
            r->eof = 0;
            r->gz_total = r->total; /* progress counts compressed bytes */
            r->total = 0;           /* the inflated size is not known */
            return csv_fill(r, diag);
        }
    }
    r->end += got;
    memset(r->buf + r->end, 0, CT_CSV_PAD); /* defined bytes for the 16-byte scanner */
    /* What ct_csv_view shows: at end of input, everything; before it, the
     * bytes up to the last '\n' read, so that a record the view holds is
     * known to be whole (the loader's fast path takes a record only when
     * its line end lies inside the view, and a '\r' before that '\n' has
     * its next byte inside it too: "\r\n" is never split). */
    if (r->eof) {
        r->vend = r->end;
    } else {
        size_t e = r->end;
        while (e > r->start && r->buf[e - 1] != '\n')
            e--;
        r->vend = e;
    }
    if (r->at_begin && (r->end >= 3 || r->eof)) {
        r->at_begin = 0;
        /* every mark at the start, not only the first: a file saved twice
         * with one, or one prepended to a file that had one, has two, and
         * the second would start the first column's name (U+FEFF '#', no
         * longer the row-number column: tests/cli/files_double_bom) */
        while (r->end - r->start >= 3 && memcmp(r->buf + r->start, "\xEF\xBB\xBF", 3) == 0) {
            r->start += 3;
            r->consumed += 3;
            r->boms++;
        }
    }
    return CT_OK;
}

/* One pass over a record: bit 1 set when some byte is >= 0x80 (UTF-8 must
 * then be checked), bit 2 when some byte is NUL. Eight bytes at a time with
 * the zero-byte test of Hacker's Delight 6-1. */
static int scan_bytes(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t hi = 0, zero = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        hi |= w;
        zero |= (w - ones) & ~w;
    }
    int r = ((hi & highs) != 0) | (((zero & highs) != 0) << 1);
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        r |= (c >= 0x80) | ((c == 0) << 1);
    }
    return r;
}

size_t ct_csv_line_breaks(const char *s, size_t n)
{
    size_t c = 0;
    const char *e = s + n;
    if (!memchr(s, '\r', n)) { /* LF only (most files): memchr's speed */
        while ((s = memchr(s, '\n', (size_t)(e - s))) != NULL) {
            c++;
            s++;
        }
        return c;
    }
    for (size_t i = 0; i < n; i++)
        c += s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'));
    return c;
}

size_t ct_csv_break_at(const char *s, size_t n, size_t *len)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n' || s[i] == '\r') {
            *len = s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
            return i;
        }
    }
    *len = 0;
    return n;
}

/* Copy s[0..n) to d collapsing "" to " (d may be s); returns the new length. */
static size_t unescape_quotes(char *d, const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        d[w++] = s[i];
        if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
            i++;
    }
    return w;
}

/* Collapse doubled quotes in the fields flagged by the scan (quoted & 2): in
 * place in an own buffer, into r->scratch for a borrowed one. */
static int collapse_quotes(ct_csv *r, size_t nfields)
{
    size_t need = 0, used = 0;
    if (r->borrowed) {
        for (size_t i = 0; i < nfields; i++)
            if (r->fields[i].quoted & 2)
                need += r->fields[i].len;
        if (need > r->scap) {
            char *ns = ct_realloc(r->scratch, need);
            if (!ns)
                return -1;
            r->scratch = ns;
            r->scap = need;
        }
    }
    for (size_t i = 0; i < nfields; i++) {
        ct_csv_field *f = &r->fields[i];
        if (f->quoted & 2) {
            char *d = r->borrowed ? r->scratch + used : (char *)(uintptr_t)f->ptr;
            f->len = unescape_quotes(d, f->ptr, f->len);
            f->ptr = d;
            used += f->len;
        }
        f->quoted &= 1;
    }
    return 0;
}

/* First position in [p, end) holding the delimiter, '\n' or '\r'; the bytes
 * before it are also checked, setting bit 1 of *flags for a byte >= 0x80
 * (UTF-8 to validate) and bit 2 for a NUL. With SSE2, 16 bytes at a time
 * (the buffer has CT_CSV_PAD readable bytes past end; what lies past end is
 * masked off); otherwise one byte at a time. (The loader's fast path has its
 * own scanner, frame.c's fast_scan: it may flag bytes past the stop, which
 * a tokenizer reporting NUL bytes must not.) */
static size_t scan_unquoted(const char *buf, size_t p, size_t end, char delim, int *flags)
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

enum { SCAN_DONE, SCAN_MORE, SCAN_NOMEM };

typedef struct scan_state {
    size_t pos; /* offset in buf after the record */
    long lines; /* physical lines the record spans */
    ct_csv_error error;
    size_t error_field;
    long error_line;
    int flags; /* bit 1: a byte >= 0x80 seen; bit 2: a NUL seen */
} scan_state;

/* Scan one record starting at r->start. Fields are stored as offsets in
 * r->fields (ptr relative to buf). */
static int csv_scan(ct_csv *r, ct_csv_record *rec, scan_state *st)
{
    char *buf = r->buf;
    size_t p = r->start, end = r->end;
    size_t nf = 0;
    long lines = 0;
    st->error = CT_CSV_OK;
    st->flags = 0;
    for (;;) {
        if (nf == r->fcap) {
            ct_csv_field *nfp = ct_realloc(r->fields, 2 * r->fcap * sizeof *nfp);
            if (!nfp)
                return SCAN_NOMEM;
            r->fields = nfp;
            r->fcap *= 2;
        }
        ct_csv_field *f = &r->fields[nf];
        f->quoted = 0;
        if (p < end && buf[p] == '"') {
            size_t q = p + 1;
            int esc = 0;
            for (;;) {
                const char *qp = memchr(buf + q, '"', end - q);
                if (!qp) {
                    if (!r->eof)
                        return SCAN_MORE;
                    /* unterminated: the field runs to end of input */
                    if (st->error == CT_CSV_OK) {
                        st->error = CT_CSV_UNTERMINATED;
                        st->error_field = nf;
                        st->error_line = r->line + lines;
                    }
                    lines += (long)ct_csv_line_breaks(buf + p, end - p);
                    st->flags |= scan_bytes(buf + p + 1, end - p - 1);
                    f->ptr = (const char *)(uintptr_t)(p + 1);
                    f->len = end - p - 1;
                    f->quoted = 1;
                    nf++;
                    st->pos = end;
                    st->lines = lines + 1;
                    goto done;
                }
                size_t qi = (size_t)(qp - buf);
                if (qi + 1 == end && !r->eof)
                    return SCAN_MORE;
                if (qi + 1 < end && buf[qi + 1] == '"') {
                    esc = 1;
                    q = qi + 2;
                    continue;
                }
                lines += (long)ct_csv_line_breaks(buf + p + 1, qi - p - 1);
                st->flags |= scan_bytes(buf + p + 1, qi - p - 1);
                f->ptr = (const char *)(uintptr_t)(p + 1);
                f->len = qi - p - 1;
                f->quoted = 1 | (esc << 1);
                p = qi + 1;
                break;
            }
            if (p < end && !r->stop[(unsigned char)buf[p]]) {
                if (st->error == CT_CSV_OK) {
                    st->error = CT_CSV_AFTER_QUOTE;
                    st->error_field = nf;
                    st->error_line = r->line + lines;
                }
                p = scan_unquoted(buf, p, end, r->delim, &st->flags);
                f->len = p - (size_t)(uintptr_t)f->ptr;
            }
        } else {
            size_t s0 = p;
            p = scan_unquoted(buf, p, end, r->delim, &st->flags);
            f->ptr = (const char *)(uintptr_t)s0;
            f->len = p - s0;
        }
        nf++;
        if (p == end) {
            if (!r->eof)
                return SCAN_MORE;
            st->pos = p;
            st->lines = lines + 1;
            break;
        }
        char c = buf[p];
        if (c == r->delim) {
            p++;
            continue;
        }
        if (c == '\n') {
            st->pos = p + 1;
        } else { /* '\r' */
            if (p + 1 == end && !r->eof)
                return SCAN_MORE;
            st->pos = (p + 1 < end && buf[p + 1] == '\n') ? p + 2 : p + 1;
        }
        st->lines = lines + 1;
        break;
    }
done:
    rec->nfields = nf;
    return SCAN_DONE;
}

ct_status ct_csv_next(ct_csv *r, ct_csv_record *rec, ct_diag *diag)
{
    memset(rec, 0, sizeof *rec);
    for (;;) {
        if (r->at_begin || (r->start == r->end && !r->eof)) {
            ct_status s = csv_fill(r, diag);
            if (s)
                return s;
            continue;
        }
        if (r->start == r->end)
            return CT_OK; /* end of input */
        /* blank line */
        char c0 = r->buf[r->start];
        if (c0 == '\n' || c0 == '\r') {
            if (c0 == '\r' && r->start + 1 == r->end && !r->eof) {
                ct_status s = csv_fill(r, diag);
                if (s)
                    return s;
                continue;
            }
            size_t n =
                (c0 == '\r' && r->start + 1 < r->end && r->buf[r->start + 1] == '\n') ? 2 : 1;
            r->start += n;
            r->consumed += n;
            r->line++;
            r->blank++;
            continue;
        }
        /* a line of spaces and tabs only (the delimiter being neither):
         * blank too, as pandas' skip_blank_lines takes it */
        if ((c0 == ' ' || c0 == '\t') && r->delim != ' ' && r->delim != '\t') {
            size_t i = r->start;
            while (i < r->end && (r->buf[i] == ' ' || r->buf[i] == '\t'))
                i++;
            if (i == r->end && !r->eof) {
                ct_status s = csv_fill(r, diag);
                if (s)
                    return s;
                continue;
            }
            if (i == r->end || r->buf[i] == '\n' || r->buf[i] == '\r') {
                if (i < r->end && r->buf[i] == '\r' && i + 1 == r->end && !r->eof) {
                    ct_status s = csv_fill(r, diag);
                    if (s)
                        return s;
                    continue;
                }
                if (i < r->end)
                    i += (r->buf[i] == '\r' && i + 1 < r->end && r->buf[i + 1] == '\n') ? 2 : 1;
                r->consumed += i - r->start;
                r->start = i;
                r->line++;
                r->blank++;
                continue;
            }
        }
        scan_state st = {0, 0, CT_CSV_OK, 0, 0, 0};
        int k = csv_scan(r, rec, &st);
        if (k == SCAN_NOMEM)
            return ct_diag_set(diag, CT_ENOMEM, r->name, r->line, 0, "out of memory");
        if (k == SCAN_MORE) {
            ct_status s = csv_fill(r, diag);
            if (s)
                return s;
            continue;
        }
        /* Complete: turn offsets into pointers, collapse doubled quotes. */
        for (size_t i = 0; i < rec->nfields; i++)
            r->fields[i].ptr = r->buf + (size_t)(uintptr_t)r->fields[i].ptr;
        if (collapse_quotes(r, rec->nfields))
            return ct_diag_set(diag, CT_ENOMEM, r->name, r->line, 0, "out of memory");
        rec->fields = r->fields;
        rec->line = r->line;
        rec->error = st.error;
        rec->error_field = st.error_field;
        rec->error_line = st.error_line;
        size_t rawlen = st.pos - r->start;
        int bytes = rec->error == CT_CSV_OK ? st.flags : 0;
        if (bytes & 2) {
            rec->error = CT_CSV_NUL;
            rec->error_line = r->line;
        }
        if (rec->error == CT_CSV_OK && (bytes & 1)) {
            for (size_t i = 0; i < rec->nfields; i++) {
                if (!ct_utf8_valid(rec->fields[i].ptr, rec->fields[i].len)) {
                    rec->error = CT_CSV_BAD_UTF8;
                    rec->error_field = i;
                    rec->error_line = r->line;
                    break;
                }
            }
        }
        r->consumed += rawlen;
        r->line += st.lines;
        r->start = st.pos;
        return CT_OK;
    }
}
