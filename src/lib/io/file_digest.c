/* file_digest.c — SHA-256 of bytes and files (claimtriage/digest.h) on
 * libnettle's sha256 (FIPS 180-4). */
#include "claimtriage/digest.h"
#include "io/csv_internal.h"
#include "io/gzip.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define DIGEST_BLOCK (256u * 1024u)

static void to_hex(const uint8_t *d, char *hex)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[2 * SHA256_DIGEST_SIZE] = '\0';
}

void ct_sha256_hex(const void *data, size_t n, char hex[CT_SHA256_HEX_SIZE])
{
    struct sha256_ctx c;
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    if (n)
        sha256_update(&c, n, data);
    sha256_digest(&c, sizeof d, d);
    to_hex(d, hex);
}

int ct_path_read_once(const char *path)
{
    struct stat sb;
    return !path || strcmp(path, "-") == 0 ||
           (stat(path, &sb) == 0 &&
            (S_ISFIFO(sb.st_mode) || S_ISSOCK(sb.st_mode) || S_ISCHR(sb.st_mode)));
}

ct_status ct_sha256_file(const char *path, char hex[CT_SHA256_HEX_SIZE], uint64_t *bytes,
                         ct_diag *diag)
{
    return ct_sha256_file_progress(path, hex, bytes, NULL, NULL, diag);
}

ct_status ct_sha256_file_progress(const char *path, char hex[CT_SHA256_HEX_SIZE], uint64_t *bytes,
                                  ct_progress_fn progress, void *user, ct_diag *diag)
{
    hex[0] = '\0';
    if (!path || strcmp(path, "-") == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "standard input cannot be hashed after it was read");
    struct stat sb;
    const int have_stat = stat(path, &sb) == 0;
    if (have_stat && S_ISDIR(sb.st_mode)) {
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
    unsigned char *buf = ct_malloc(DIGEST_BLOCK);
    if (!buf) {
        fclose(fp);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    struct sha256_ctx c;
    sha256_init(&c);
    uint64_t total = 0;
    const uint64_t size = have_stat && S_ISREG(sb.st_mode) ? (uint64_t)sb.st_size : 0;
    size_t k;
    int stopped = 0;
    while (!stopped && (k = fread(buf, 1, DIGEST_BLOCK, fp)) > 0) {
        sha256_update(&c, k, buf);
        total += k;
        stopped = progress && progress(user, total, size) != 0;
    }
    const int bad = ferror(fp);
    const int err = errno;
    fclose(fp);
    ct_free(buf);
    if (stopped)
        return ct_diag_set(diag, CT_EINVAL, path, 0, 0, "stopped by the caller");
    if (bad)
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "read error: %s", strerror(err));
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(&c, sizeof d, d);
    to_hex(d, hex);
    if (bytes)
        *bytes = total;
    return CT_OK;
}

ct_status ct_sha256_content(const char *path, char hex[CT_SHA256_HEX_SIZE], ct_diag *diag)
{
    hex[0] = '\0';
    if (!path || strcmp(path, "-") == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "standard input cannot be hashed after it was read");
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ct_io_open_error(diag, path, errno);
    char pre[2];
    const size_t np = fread(pre, 1, sizeof pre, fp);
    if (!ct_gzip_magic(pre, np)) {
        fclose(fp);
        return ct_sha256_file(path, hex, NULL, diag);
    }
    ct_gunzip *g = ct_gunzip_open(fp, NULL, 0, pre, np);
    char *buf = ct_malloc(DIGEST_BLOCK);
    if (!g || !buf) {
        ct_gunzip_close(g);
        ct_free(buf);
        fclose(fp);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    struct sha256_ctx c;
    sha256_init(&c);
    size_t k;
    const char *err = NULL;
    int rc;
    while ((rc = ct_gunzip_read(g, buf, DIGEST_BLOCK, &k, &err)) == 0 && k > 0)
        sha256_update(&c, k, (const uint8_t *)buf);
    ct_gunzip_close(g);
    ct_free(buf);
    fclose(fp);
    if (rc != 0)
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "gzip data: %s", err ? err : "read error");
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(&c, sizeof d, d);
    to_hex(d, hex);
    return CT_OK;
}
