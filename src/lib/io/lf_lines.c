/* lf_lines.c — lines as the tools a hint names number them
 * (claimtriage/csv.h, ct_csv_lf_lines, ct_shell_delete_lines,
 * ct_shell_tail_from). Every line number claimtriage gives counts a lone CR
 * as a line break (Python's csv line_num, docs/formats.md); sed, tail,
 * head and awk count LF alone. In a file of CR CR LF line ends (Python's
 * csv writer on Windows without newline='') or of lone CR ones (old Mac
 * exports), or with a lone CR inside a quoted field, "sed '9d'" for line 9
 * deleted nothing or another row, and "tail -n +2" of a CR-only file
 * printed nothing (before 2026-12-07: tests/cli/files_sed_hint_lone_cr,
 * tests/cli/files_tail_hint_lone_cr). A hint's command now names the line
 * as its tool counts it, or makes the lone CRs LF first where a line of
 * the tool's holds other rows too. */
#include "claimtriage/csv.h"
#include "io/csv_internal.h"
#include "io/gzip.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define LF_BLOCK (256u * 1024u)

/* The scan over the input: where line `first` (ours) starts, on which LF
 * line, and whether that LF line and the one line `last` ends on hold
 * nothing else but CRs (blank lines, which every reader skips). */
typedef struct lf_scan {
    long first, last;
    long ours, lf; /* the current position's line, ours and LF-counted */
    int pend_cr;   /* the byte before was a CR (CR LF or a lone CR: undecided) */
    int crs_only;  /* the current LF line holds only CRs so far */
    int phase;     /* 0: before line first; 1: inside first..last; 2: after last's end,
                       on its LF line; 3: done */
    int exact;     /* no other row shares the LF lines */
    long lf_first, lf_last;
} lf_scan;

/* A line break of ours ends here: lone (a lone CR) or not (LF, CR LF). */
static void on_break(lf_scan *z, int lone)
{
    if (z->phase == 2) { /* after line last's lone CR: its LF line ends here */
        z->phase = lone ? 2 : 3;
        return;
    }
    if (z->phase == 1 && z->ours == z->last) {
        z->lf_last = z->lf;
        z->phase = lone ? 2 : 3;
    }
    z->ours++;
    if (!lone) {
        z->lf++;
        z->crs_only = 1;
    }
    if (z->phase == 0 && z->ours == z->first) {
        z->lf_first = z->lf;
        z->exact = z->crs_only;
        z->phase = 1;
    }
}

static void on_byte(lf_scan *z, char c)
{
    if (z->pend_cr) {
        z->pend_cr = 0;
        if (c == '\n') {
            on_break(z, 0);
            return;
        }
        on_break(z, 1);
        if (z->phase == 3)
            return;
    }
    if (c == '\r') {
        z->pend_cr = 1;
        return;
    }
    if (c == '\n') {
        on_break(z, 0);
        return;
    }
    z->crs_only = 0;
    if (z->phase == 2) { /* a row after a lone CR on the same LF line */
        z->exact = 0;
        z->phase = 3;
    }
}

/* Up to LF_BLOCK bytes of the source (gzip inflated): the count, 0 at the
 * end, -1 on an error. */
static long src_read(FILE *fp, ct_gunzip *g, char *buf)
{
    if (g) {
        size_t got = 0;
        const char *err = NULL;
        return ct_gunzip_read(g, buf, LF_BLOCK, &got, &err) ? -1 : (long)got;
    }
    const size_t n = fread(buf, 1, LF_BLOCK, fp);
    return n ? (long)n : ferror(fp) ? -1 : 0;
}

/* The input read again from the start: a regular file only (standard
 * input, a pipe or a FIFO cannot be read a second time), gzip inflated
 * when its first bytes are gzip's. */
typedef struct lf_src {
    FILE *fp;
    ct_gunzip *g; /* NULL: plain bytes */
    char *buf;    /* LF_BLOCK bytes, the first block read into it */
} lf_src;

static void src_close(lf_src *s)
{
    ct_gunzip_close(s->g);
    ct_free(s->buf);
    if (s->fp)
        fclose(s->fp);
}

/* Opens path into *s and reads its first block into s->buf: the count (0
 * for an empty file), or -1 when it cannot be read again or on an error
 * (nothing is left open then). */
static long src_open(lf_src *s, const char *path)
{
    s->fp = NULL;
    s->g = NULL;
    s->buf = NULL;
    struct stat sb;
    if (!path || !path[0] || strcmp(path, "-") == 0 || stat(path, &sb) != 0 ||
        !S_ISREG(sb.st_mode) || (s->fp = fopen(path, "rb")) == NULL)
        return -1;
    s->buf = ct_malloc(LF_BLOCK);
    long n = s->buf ? src_read(s->fp, NULL, s->buf) : -1;
    if (n > 0 && ct_gzip_magic(s->buf, (size_t)n)) {
        s->g = ct_gunzip_open(s->fp, NULL, 0, s->buf, (size_t)n);
        n = s->g ? src_read(s->fp, s->g, s->buf) : -1;
    }
    if (n < 0)
        src_close(s);
    return n;
}

int ct_csv_lf_lines(const char *path, long first, long last, long *lf_first, long *lf_last)
{
    *lf_first = first;
    *lf_last = last;
    if (first < 1 || last < first)
        return -1;
    lf_src src;
    long n = src_open(&src, path);
    if (n < 0)
        return -1;
    FILE *const fp = src.fp;
    ct_gunzip *const g = src.g;
    char *const buf = src.buf;
    lf_scan z = {first, last, 1, 1, 0, 1, 0, 0, 0, 0};
    if (first == 1) {
        z.phase = 1;
        z.exact = 1;
        z.lf_first = 1;
    }
    while (n > 0 && z.phase != 3) {
        long i = 0;
        /* before line first, a block without CR: LF lines are ours */
        if (z.phase == 0 && !z.pend_cr && !memchr(buf, '\r', (size_t)n)) {
            long lfs = 0;
            for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + n - p))) != NULL; p++)
                lfs++;
            if (z.ours + lfs < first) {
                z.ours += lfs;
                z.lf += lfs;
                z.crs_only = buf[n - 1] == '\n';
                i = n;
            }
        }
        for (; i < n && z.phase != 3; i++)
            on_byte(&z, buf[i]);
        if (z.phase != 3)
            n = src_read(fp, g, buf);
    }
    if (n >= 0 && z.pend_cr && z.phase != 3) /* a CR last in the file: a lone one */
        on_break(&z, 1);
    if (n >= 0 && z.phase == 1) /* line last runs to the end of the file */
        z.lf_last = z.lf, z.phase = 3;
    if (n >= 0 && z.phase == 2)
        z.phase = 3;
    src_close(&src);
    if (n < 0 || z.phase != 3)
        return -1; /* a read error, or the file no longer holds the line */
    *lf_first = z.lf_first;
    *lf_last = z.lf_last;
    return z.exact;
}

int ct_csv_lone_cr(const char *path)
{
    lf_src src;
    long n = src_open(&src, path);
    if (n < 0)
        return -1;
    FILE *const fp = src.fp;
    ct_gunzip *const g = src.g;
    char *const buf = src.buf;
    int pend_cr = 0, lone = 0;
    while (n > 0 && !lone) {
        const char *p = buf, *end = buf + n;
        if (pend_cr && *p != '\n')
            lone = 1;
        pend_cr = 0;
        while (!lone && (p = memchr(p, '\r', (size_t)(end - p))) != NULL) {
            if (p + 1 == end) {
                pend_cr = 1; /* decided by the next block's first byte */
                break;
            }
            lone = p[1] != '\n';
            p++;
        }
        if (!lone)
            n = src_read(fp, g, buf);
    }
    if (n == 0 && pend_cr) /* a CR last in the file */
        lone = 1;
    src_close(&src);
    return n < 0 ? -1 : lone;
}

void ct_shell_delete_lines(char *dst, size_t cap, char *why, size_t wcap, const char *path,
                           int gzip, long first, long last, const char *out)
{
    long a, b;
    const int k = ct_csv_lf_lines(path, first, last, &a, &b);
    char sed[64];
    if (k == 1) {
        if (b > a)
            snprintf(sed, sizeof sed, "sed '%ld,%ldd'", a, b);
        else
            snprintf(sed, sizeof sed, "sed '%ldd'", a);
        ct_shell_filter(dst, cap, sed, 1, path, gzip, out);
        if (!wcap)
            return;
        why[0] = '\0';
        if (a != first || b != last) {
            if (b > a)
                snprintf(why, wcap, " (lines %ld to %ld to sed, which counts LF line ends only)", a,
                         b);
            else
                snprintf(why, wcap, " (line %ld to sed, which counts LF line ends only)", a);
        }
        return;
    }
    /* a line of sed's holds other rows too (the line ends before or after
     * the rows are lone CRs), or the input cannot be read again (standard
     * input, a pipe): every lone CR is made LF first, which numbers the
     * lines as here (a lone CR and an LF are each one break) */
    if (last > first)
        snprintf(sed, sizeof sed, "sed '%ld,%ldd'", first, last);
    else
        snprintf(sed, sizeof sed, "sed '%ldd'", first);
    ct_shell_filter_then(dst, cap, CT_CSV_LONE_CR_TO_LF, sed, path, gzip, out);
    if (wcap)
        snprintf(why, wcap, "%s",
                 k == 0 ? " (the file ends lines with a lone CR, which sed counts as no line "
                          "end: they are made LF first)"
                        : " (as sed counts LF line ends only, any lone CR is made LF first)");
}

void ct_shell_tail_from(char *dst, size_t cap, const char *s, size_t off)
{
    size_t lfs = 0, last_lf = 0;
    int any = 0;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n')
            lfs++, last_lf = i + 1, any = 1;
    int crs_only = 1;
    for (size_t i = any ? last_lf : 0; i < off && crs_only; i++)
        crs_only = s[i] == '\r';
    /* the LF line the cut falls on holds only CRs before it (blank lines,
     * which a reader skips): tail counts its lines; else its bytes */
    if (crs_only)
        snprintf(dst, cap, "tail -n +%zu", lfs + 1);
    else
        snprintf(dst, cap, "tail -c +%zu", off + 1);
}
