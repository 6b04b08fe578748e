/* digest_line_ends.c — SHA-256 of a file's content with its line ends
 * rewritten (claimtriage/digest.h, ct_sha256_content_eol): whether a file
 * whose content hash differs from a model's differs only in CR LF versus
 * LF, as an editor or a Windows copy rewrites them (evaluate/score
 * --split, docs/evaluate.md). */
#include "claimtriage/digest.h"
#include "io/gzip.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

#define EOL_BLOCK (256u * 1024u)

typedef struct eol_state {
    struct sha256_ctx c;
    int crlf;     /* 1: write LF as CR LF; 0: write CR LF as LF */
    int held_cr;  /* crlf 0: a CR read, not yet written */
    int last_cr;  /* crlf 1: the last byte read was CR */
    uint8_t *out; /* EOL_BLOCK * 2 bytes */
} eol_state;

static void eol_update(eol_state *e, const uint8_t *p, size_t n)
{
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
    if (w)
        sha256_update(&e->c, w, e->out);
}

ct_status ct_sha256_content_eol(const char *path, int crlf, char hex[CT_SHA256_HEX_SIZE],
                                ct_diag *diag)
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
    e.crlf = crlf != 0;
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
            eol_update(&e, (const uint8_t *)buf, k);
    } else {
        eol_update(&e, (const uint8_t *)pre, np);
        while ((k = fread(buf, 1, EOL_BLOCK, fp)) > 0)
            eol_update(&e, (const uint8_t *)buf, k);
        rc = ferror(fp) ? -1 : 0;
    }
    if (e.held_cr)
        sha256_update(&e.c, 1, (const uint8_t *)"\r");
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
