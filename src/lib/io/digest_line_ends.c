/* digest_line_ends.c — SHA-256 of a file's content with its line ends
 * rewritten (claimtriage/digest.h, ct_sha256_content_eol and
 * ct_sha256_content_lines): whether a file whose content hash differs from
 * a model's differs only in CR LF versus LF, as an editor or a Windows copy
 * rewrites them, or in its final line end, which an editor or a copy by
 * hand adds or leaves out (evaluate/score --split, docs/evaluate.md). */
#include "claimtriage/digest.h"
#include "io/gzip.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

#define EOL_BLOCK (256u * 1024u)

typedef struct eol_state {
    struct sha256_ctx c;
    int crlf;        /* 1: write LF as CR LF; 0: write CR LF as LF; -1: as they are */
    int held_cr;     /* crlf 0: a CR read, not yet written */
    int last_cr;     /* crlf 1: the last byte read was CR */
    int eol_crlf;    /* the last line end written was CR LF */
    int any;         /* a byte was written */
    uint8_t pend[2]; /* the line end the content written so far ends with, */
    size_t npend;    /* held back: it may be the final one (final -1) */
    uint8_t *out;    /* EOL_BLOCK * 2 bytes */
    int bom;         /* -1: a leading UTF-8 BOM left out; 1: one added when none; 0: as is */
    uint8_t head[3]; /* bom != 0: the content's first bytes, until 3 are read */
    size_t nhead;
    int head_done;
} eol_state;

/* Hash out[0..w), holding back a line end it ends with. */
static void emit(eol_state *e, const uint8_t *o, size_t w)
{
    if (!w)
        return;
    e->any = 1;
    size_t t = 0; /* the trailing line end: LF, CR LF or a lone CR */
    if (o[w - 1] == '\n')
        t = w >= 2 && o[w - 2] == '\r' ? 2 : 1;
    else if (o[w - 1] == '\r')
        t = 1;
    if (w == 1 && o[0] == '\n' && e->npend == 1 && e->pend[0] == '\r') {
        e->pend[1] = '\n'; /* a CR LF across two blocks */
        e->npend = 2;
        e->eol_crlf = 1;
        return;
    }
    if (e->npend)
        sha256_update(&e->c, e->npend, e->pend);
    for (size_t i = 0; i < w; i++)
        if (o[i] == '\n')
            e->eol_crlf = i ? o[i - 1] == '\r' : e->npend && e->pend[e->npend - 1] == '\r';
    sha256_update(&e->c, w - t, o);
    memcpy(e->pend, o + w - t, t);
    e->npend = t;
}

static void eol_update(eol_state *e, const uint8_t *p, size_t n)
{
    if (e->crlf < 0) {
        emit(e, p, n);
        return;
    }
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const uint8_t b = p[i];
        if (e->crlf) {
            if (b == '\n' && !e->last_cr)
                e->out[w++] = '\r';
            e->out[w++] = b;
            e->last_cr = b == '\r';
            continue;
        }
        if (e->held_cr) {
            e->held_cr = 0;
            if (b != '\n')
                e->out[w++] = '\r';
        }
        if (b == '\r')
            e->held_cr = 1;
        else
            e->out[w++] = b;
    }
    emit(e, e->out, w);
}

static const uint8_t utf8_bom[3] = {0xEF, 0xBB, 0xBF};

/* The content's first three bytes decided: a BOM left out or added as
 * e->bom says, then they are hashed as the rest. */
static void head_flush(eol_state *e)
{
    e->head_done = 1;
    const int has = e->nhead == 3 && memcmp(e->head, utf8_bom, 3) == 0;
    if (e->bom > 0 && !has)
        eol_update(e, utf8_bom, 3);
    if (!(e->bom < 0 && has))
        eol_update(e, e->head, e->nhead);
}

/* eol_update after the leading BOM rule (e->bom). */
static void bom_update(eol_state *e, const uint8_t *p, size_t n)
{
    if (e->bom && !e->head_done) {
        while (n && e->nhead < 3) {
            e->head[e->nhead++] = *p++;
            n--;
        }
        if (e->nhead < 3)
            return;
        head_flush(e);
    }
    eol_update(e, p, n);
}

/* The end of the content: its final line end as asked (final < 0 drops
 * it, final > 0 adds one when there is none). */
static void eol_finish(eol_state *e, int final)
{
    if (e->bom && !e->head_done)
        head_flush(e);
    if (e->held_cr)
        emit(e, (const uint8_t *)"\r", 1);
    if (final < 0)
        return; /* the held-back line end, if any, is left out */
    if (e->npend)
        sha256_update(&e->c, e->npend, e->pend);
    else if (final > 0 && e->any) {
        const int crlf = e->crlf > 0 || (e->crlf < 0 && e->eol_crlf);
        sha256_update(&e->c, crlf ? 2 : 1, (const uint8_t *)(crlf ? "\r\n" : "\n"));
    }
}

ct_status ct_sha256_content_eol(const char *path, int crlf, char hex[CT_SHA256_HEX_SIZE],
                                ct_diag *diag)
{
    return ct_sha256_content_lines(path, crlf != 0, 0, hex, diag);
}

ct_status ct_sha256_content_lines(const char *path, int crlf, int final,
                                  char hex[CT_SHA256_HEX_SIZE], ct_diag *diag)
{
    return ct_sha256_content_form(path, crlf, final, 0, hex, diag);
}

ct_status ct_sha256_content_form(const char *path, int crlf, int final, int bom,
                                 char hex[CT_SHA256_HEX_SIZE], ct_diag *diag)
{
    hex[0] = '\0';
    if (!path || strcmp(path, "-") == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "standard input cannot be hashed after it was read");
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    eol_state e;
    memset(&e, 0, sizeof e);
    e.crlf = crlf < 0 ? -1 : crlf != 0;
    e.bom = bom < 0 ? -1 : bom > 0;
    sha256_init(&e.c);
    char pre[2];
    const size_t np = fread(pre, 1, sizeof pre, fp);
    const int gz = ct_gzip_magic(pre, np);
    ct_gunzip *g = gz ? ct_gunzip_open(fp, NULL, 0, pre, np) : NULL;
    char *buf = ct_malloc(EOL_BLOCK);
    e.out = ct_malloc(2 * EOL_BLOCK);
    if (!buf || !e.out || (gz && !g)) {
        ct_gunzip_close(g);
        ct_free(buf);
        ct_free(e.out);
        fclose(fp);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    const char *err = NULL;
    int rc = 0;
    size_t k;
    if (gz) {
        while ((rc = ct_gunzip_read(g, buf, EOL_BLOCK, &k, &err)) == 0 && k > 0)
            bom_update(&e, (const uint8_t *)buf, k);
    } else {
        bom_update(&e, (const uint8_t *)pre, np);
        while ((k = fread(buf, 1, EOL_BLOCK, fp)) > 0)
            bom_update(&e, (const uint8_t *)buf, k);
        rc = ferror(fp) ? -1 : 0;
    }
    eol_finish(&e, final);
    ct_gunzip_close(g);
    ct_free(buf);
    ct_free(e.out);
    fclose(fp);
    if (rc != 0)
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "%s%s", gz ? "gzip data: " : "read error",
                           gz ? (err ? err : "read error") : "");
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(&e.c, sizeof d, d);
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[2 * SHA256_DIGEST_SIZE] = '\0';
    return CT_OK;
}
