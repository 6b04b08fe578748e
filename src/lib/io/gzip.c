/* gzip.c — gzip input through zlib's inflate (see gzip.h). windowBits
 * 15 + 16 asks zlib for the gzip wrapper only (RFC 1952); at the end of a
 * member, more input means another member (inflateReset), as gzip -d and
 * Python's gzip module read concatenated files. */
#include "io/gzip.h"

#include "claimtriage/common.h"

#include <string.h>
#include <zlib.h>

#define GZ_IN_CHUNK ((size_t)1 << 16)

int ct_gzip_magic(const void *data, size_t n)
{
    const unsigned char *p = data;
    return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

struct ct_gunzip {
    z_stream z;
    int z_ready;
    FILE *fp;
    const char *mem;
    size_t memlen, mempos;
    unsigned char *pre;
    size_t prelen;
    int pre_used;
    unsigned char in[GZ_IN_CHUNK];
    int src_eof;
    int done;     /* a member ended and no input follows */
    uint64_t fed; /* compressed bytes handed to zlib so far (pre included) */
};

static void *gz_alloc(void *opaque, unsigned items, unsigned size)
{
    (void)opaque;
    return ct_calloc(items, size);
}
static void gz_free(void *opaque, void *p)
{
    (void)opaque;
    ct_free(p);
}

ct_gunzip *ct_gunzip_open(FILE *fp, const char *mem, size_t memlen, const char *pre, size_t prelen)
{
    ct_gunzip *g = ct_calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->fp = fp;
    g->mem = mem;
    g->memlen = mem ? memlen : 0;
    if (prelen) {
        g->pre = ct_malloc(prelen);
        if (!g->pre) {
            ct_free(g);
            return NULL;
        }
        memcpy(g->pre, pre, prelen);
        g->prelen = prelen;
    }
    g->z.zalloc = gz_alloc;
    g->z.zfree = gz_free;
    if (inflateInit2(&g->z, 15 + 16) != Z_OK) {
        ct_free(g->pre);
        ct_free(g);
        return NULL;
    }
    g->z_ready = 1;
    return g;
}

uint64_t ct_gunzip_in_used(const ct_gunzip *g) { return g->fed - (g->z_ready ? g->z.avail_in : 0); }

void ct_gunzip_close(ct_gunzip *g)
{
    if (!g)
        return;
    if (g->z_ready)
        inflateEnd(&g->z);
    ct_free(g->pre);
    ct_free(g);
}

/* Give zlib more compressed input; 0 at the end of the source. */
static size_t gz_refill(ct_gunzip *g, const char **err)
{
    if (!g->pre_used && g->prelen) {
        g->pre_used = 1;
        g->z.next_in = g->pre;
        g->z.avail_in = (uInt)g->prelen;
        g->fed += g->prelen;
        return g->prelen;
    }
    g->pre_used = 1;
    size_t got = 0;
    if (g->fp) {
        got = fread(g->in, 1, sizeof g->in, g->fp);
        if (got < sizeof g->in && ferror(g->fp)) {
            *err = "read error";
            return (size_t)-1;
        }
        g->z.next_in = g->in;
    } else if (g->mem) {
        got = g->memlen - g->mempos;
        if (got > ((size_t)1 << 30))
            got = (size_t)1 << 30;
        g->z.next_in = (unsigned char *)(uintptr_t)(g->mem + g->mempos);
        g->mempos += got;
    }
    g->z.avail_in = (uInt)got;
    g->fed += got;
    if (!got)
        g->src_eof = 1;
    return got;
}

int ct_gunzip_read(ct_gunzip *g, char *out, size_t want, size_t *got, const char **err)
{
    *got = 0;
    if (want > ((size_t)1 << 30))
        want = (size_t)1 << 30;
    g->z.next_out = (unsigned char *)out;
    g->z.avail_out = (uInt)want;
    while (g->z.avail_out > 0 && !g->done) {
        if (g->z.avail_in == 0) {
            size_t r = gz_refill(g, err);
            if (r == (size_t)-1)
                return -1;
            if (r == 0) {
                *err = "the gzip data is cut short (truncated file?)";
                return -1;
            }
        }
        int zr = inflate(&g->z, Z_NO_FLUSH);
        if (zr == Z_STREAM_END) { /* another member may follow */
            /* zero bytes after a member are padding (tape blocks, some
             * downloaders): skipped to the end or the next member, as
             * gzip -d ("trailing zero bytes ignored") and Python's gzip
             * module (_read_eof) do */
            for (;;) {
                if (g->z.avail_in == 0) {
                    size_t r = gz_refill(g, err);
                    if (r == (size_t)-1)
                        return -1;
                    if (r == 0) {
                        g->done = 1;
                        break;
                    }
                }
                while (g->z.avail_in && *g->z.next_in == 0)
                    g->z.next_in++, g->z.avail_in--;
                if (g->z.avail_in)
                    break;
            }
            if (g->done)
                break;
            if (*g->z.next_in != 0x1f) {
                *err = "the gzip data ends before the file does: bytes that are not gzip data "
                       "follow it (something was appended to the file, or it was damaged)";
                return -1;
            }
            inflateReset(&g->z);
            continue;
        }
        if (zr == Z_MEM_ERROR) {
            *err = "out of memory";
            return -1;
        }
        if (zr != Z_OK && zr != Z_BUF_ERROR) {
            /* zlib's reason: a member's CRC-32 or length trailer that
             * does not match the data inflated */
            *err = zr == Z_DATA_ERROR && g->z.msg &&
                           (strstr(g->z.msg, "data check") || strstr(g->z.msg, "length check"))
                       ? "the gzip data is corrupt: its checksum does not match the data "
                         "(damaged in transfer or on disk)"
                       : "the gzip data is corrupt";
            return -1;
        }
    }
    *got = want - g->z.avail_out;
    return 0;
}

int ct_gunzip_mem(const char *src, size_t n, size_t pad, char **out, size_t *outlen,
                  const char **err, ct_progress_fn progress, void *user)
{
    *out = NULL;
    *outlen = 0;
    /* the last member's trailer holds its size mod 2^32: a first guess,
     * trusted only within DEFLATE's largest ratio (1032:1), as a cut or
     * damaged file's last bytes are no trailer */
    size_t cap = n * 4 + 4096;
    if (n >= 18) {
        const unsigned char *t = (const unsigned char *)src + n - 4;
        size_t isize = (size_t)t[0] | (size_t)t[1] << 8 | (size_t)t[2] << 16 | (size_t)t[3] << 24;
        if (isize >= n / 2 && isize / 1032 <= n)
            cap = isize + 1;
    }
    ct_gunzip *g = ct_gunzip_open(NULL, src, n, NULL, 0);
    char *buf = ct_malloc(cap + pad);
    if (!g || !buf) {
        ct_gunzip_close(g);
        ct_free(buf);
        *err = "out of memory";
        return -1;
    }
    size_t len = 0;
    for (;;) {
        if (len == cap) {
            char *nb = ct_realloc(buf, 2 * cap + pad);
            if (!nb) {
                *err = "out of memory";
                goto fail;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got, want = cap - len;
        if (progress && want > CT_GUNZIP_STEP)
            want = CT_GUNZIP_STEP;
        if (ct_gunzip_read(g, buf + len, want, &got, err))
            goto fail;
        if (got == 0)
            break;
        len += got;
        if (progress)
            (void)progress(user, ct_gunzip_in_used(g), n);
    }
    ct_gunzip_close(g);
    memset(buf + len, 0, pad);
    *out = buf;
    *outlen = len;
    return 0;
fail:
    ct_gunzip_close(g);
    ct_free(buf);
    return -1;
}
