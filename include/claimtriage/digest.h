/* claimtriage/digest.h — the SHA-256 digest of a file or of bytes in memory,
 * for the reproducibility block of models and --json outputs.
 * Layer: io (docs/design.md).
 *
 * SHA-256 as FIPS 180-4 defines it, computed by Debian's libnettle
 * (nettle-dev; the hash functions of GnuTLS), not by our own code
 * (docs/DEPENDENCIES.md). Written as 64 lower-case hex digits, as
 * sha256sum(1) prints them; a file hash in a model is "sha256:" followed by
 * them, so that `sha256sum FILE` checks it.
 *
 * Ownership: see common.h; outputs are caller buffers. Thread-safety:
 * reentrant.
 */
#ifndef CLAIMTRIAGE_DIGEST_H
#define CLAIMTRIAGE_DIGEST_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes of a hex digest with its NUL. */
#define CT_SHA256_HEX_SIZE 65

/* SHA-256 of data[0..n) (data may be NULL when n is 0) as hex into
 * hex[CT_SHA256_HEX_SIZE]. Never fails. */
CT_API void ct_sha256_hex(const void *data, size_t n, char hex[CT_SHA256_HEX_SIZE]);

/* 1 when path can be read only once: NULL or "-" (standard input), a FIFO,
 * a pipe (`<(zcat f.gz)`, /dev/fd/N), a socket or a character device (a
 * terminal, /dev/zero); 0 for a file (or a path that does not exist). Such
 * an input, once read, cannot be opened again to be hashed: a FIFO would
 * wait for a writer that never comes, a pipe gives what the first reader
 * left, a terminal waits for typing, /dev/zero never ends. */
CT_API int ct_path_read_once(const char *path);

/* SHA-256 of the whole file at path, read in 256 KiB blocks. Returns CT_OK;
 * CT_EIO when the file cannot be opened or read (*diag says why: "is a
 * directory", the system's message), CT_EINVAL for path NULL or "-"
 * (standard input cannot be read twice: the caller says the hash is
 * unavailable), CT_ENOMEM. A FIFO or pipe is hashed as it is read (only
 * once: a caller that read it before checks ct_path_read_once first).
 * bytes (may be NULL) receives the file's size. */
CT_API ct_status ct_sha256_file(const char *path, char hex[CT_SHA256_HEX_SIZE], uint64_t *bytes,
                                ct_diag *diag);

/* ct_sha256_file, calling progress(user, bytes read, file size or 0)
 * after each 256 KiB block (progress may be NULL): a nonzero return stops
 * the read there with CT_EINVAL ("stopped by the caller", hex ""), so that a
 * caller can end promptly on a signal while a file of many gigabytes is
 * hashed (run: tests/cli/run_sigterm_while_hashing). */
CT_API ct_status ct_sha256_file_progress(const char *path, char hex[CT_SHA256_HEX_SIZE],
                                         uint64_t *bytes, ct_progress_fn progress, void *user,
                                         ct_diag *diag);

/* SHA-256 of the file's content: of its bytes, or, when it is gzip
 * compressed (magic 1f 8b), of the bytes it inflates to, the bytes every
 * loader reads (so `zcat FILE | sha256sum` checks it). A .csv and its
 * .csv.gz copy have the same content hash. Statuses as ct_sha256_file, and
 * CT_EIO for corrupt or truncated gzip data. */
CT_API ct_status ct_sha256_content(const char *path, char hex[CT_SHA256_HEX_SIZE], ct_diag *diag);

/* SHA-256 of the file's content (as ct_sha256_content) with its line ends
 * rewritten: crlf 0, every CR LF as LF; crlf nonzero, every LF that no CR
 * precedes as CR LF. A file whose content hash differs from a recorded one
 * while one of these equals it differs only in its line ends (the same
 * rows; evaluate and score --split, docs/evaluate.md). Statuses as
 * ct_sha256_content. */
CT_API ct_status ct_sha256_content_eol(const char *path, int crlf, char hex[CT_SHA256_HEX_SIZE],
                                       ct_diag *diag);
/* As ct_sha256_content_eol, crlf -1 leaving line ends as they are, and the
 * content's final line end changed as final says: 0 as it is; 1 one added
 * when the content (not empty) does not end with one (LF, or CR LF when
 * crlf is 1 or, with crlf -1, when the file's last line end is CR LF); -1
 * the line end it ends with (LF, CR LF or a lone CR) left out. A copy that
 * differs from a recorded hash only in a final line end missing or added
 * holds the same rows (evaluate and score --split, docs/evaluate.md).
 * Statuses as ct_sha256_content. */
CT_API ct_status ct_sha256_content_lines(const char *path, int crlf, int final,
                                         char hex[CT_SHA256_HEX_SIZE], ct_diag *diag);
/* As ct_sha256_content_lines, and a leading UTF-8 byte-order mark (EF BB
 * BF) changed as bom says: 0 as it is; -1 left out when the content starts
 * with one; 1 added when it does not. A spreadsheet's re-save adds one; the
 * rows read are the same (every loader skips it), so a copy differing from
 * a recorded hash only so holds the same rows (evaluate and score --split,
 * docs/evaluate.md; before 2026-12-05 such a copy was refused while a CR LF
 * copy was accepted: tester AO F17). Statuses as ct_sha256_content. */
CT_API ct_status ct_sha256_content_form(const char *path, int crlf, int final, int bom,
                                        char hex[CT_SHA256_HEX_SIZE], ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
