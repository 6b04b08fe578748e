/* artifact.c — the artifact header (tool, version, command, schema_version):
 * its writer and its check, together, so the contract lives in one place
 * (see claimtriage/artifact.h; the format in docs/formats.md).
 */
#include "claimtriage/artifact.h"
#include "claimtriage/textwidth.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define QUOTED_MAX 40 /* characters of a file's string shown in a reason */

void ct_artifact_begin(ct_json *w, const char *command, int64_t schema_version)
{
    ct_json_object_begin(w);
    ct_json_key(w, "tool");
    ct_json_str(w, CT_ARTIFACT_TOOL);
    ct_json_key(w, "version");
    ct_json_str(w, ct_version());
    ct_json_key(w, "command");
    ct_json_str(w, command);
    ct_json_key(w, "schema_version");
    ct_json_int(w, schema_version);
}

/* Copy a string from a foreign file for a message: printable ASCII only
 * ('?' for anything else), at most QUOTED_MAX characters, "..." when cut. */
static void quote(char *buf, size_t n, const char *s, size_t len)
{
    size_t w = 0;
    for (size_t i = 0; i < len && i < QUOTED_MAX && w + 1 < n; i++)
        buf[w++] = (s[i] >= 0x20 && s[i] < 0x7F) ? s[i] : '?';
    if (len > QUOTED_MAX && w + 4 < n) {
        memcpy(buf + w, "...", 3);
        w += 3;
    }
    buf[w] = '\0';
}

static int equal(const char *s, size_t n, const char *want)
{
    return n == strlen(want) && memcmp(s, want, n) == 0;
}

static ct_status bad(ct_diag *d, const char *name, ct_artifact_header *out, const char *fmt, ...)
    CT_PRINTF(4, 5);
static ct_status bad(ct_diag *d, const char *name, ct_artifact_header *out, const char *fmt, ...)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!d)
        return CT_EFORMAT;
    char msg[CT_DIAG_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    ct_textwidth_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return ct_diag_set(d, CT_EFORMAT, name, 0, 0, "%s", msg);
}

/* ct_artifact_check, with a file name for the diagnostic. */
static ct_status check(const ct_json_value *root, const char *command, const char *version,
                       ct_artifact_header *out, const char *name, ct_diag *d)
{
    char got[QUOTED_MAX + 8];
    size_t n;
    if (ct_json_type_of(root) != CT_JSON_OBJECT)
        return bad(d, name, out,
                   "not a claimtriage output (the top level is a JSON %s, not an object)",
                   ct_json_type_name(ct_json_type_of(root)));
    const char *tool = ct_json_string(ct_json_get(root, "tool"), &n);
    if (!tool || !equal(tool, n, CT_ARTIFACT_TOOL))
        return bad(d, name, out,
                   "not a claimtriage output (no \"tool\": \"" CT_ARTIFACT_TOOL "\")");
    const char *cmd = ct_json_string(ct_json_get(root, "command"), &n);
    if (!cmd)
        return bad(d, name, out, "no \"command\" key");
    if (command && !equal(cmd, n, command)) {
        quote(got, sizeof got, cmd, n);
        return bad(d, name, out, "output of command '%s', expected '%s'", got, command);
    }
    const char *ver = ct_json_string(ct_json_get(root, "version"), &n);
    if (!ver)
        return bad(d, name, out, "no \"version\" key");
    if (version && !equal(ver, n, version)) {
        quote(got, sizeof got, ver, n);
        return bad(d, name, out, "version %s, expected %s", got, version);
    }
    int64_t sv = 0;
    if (ct_json_int64(ct_json_get(root, "schema_version"), &sv) != CT_OK || sv < 1)
        return bad(d, name, out, "no valid \"schema_version\" (an integer >= 1)");
    if (out) {
        out->tool = tool;
        out->version = ver;
        out->command = cmd;
        out->schema_version = sv;
    }
    return CT_OK;
}

ct_status ct_artifact_check(const ct_json_value *root, const char *command, const char *version,
                            ct_artifact_header *out, ct_diag *d)
{
    return check(root, command, version, out, NULL, d);
}

ct_status ct_artifact_load(const char *path, const char *command, const char *version,
                           const ct_json_read_options *opt, ct_json_doc **out,
                           ct_artifact_header *h, ct_diag *d)
{
    if (out)
        *out = NULL;
    if (h)
        memset(h, 0, sizeof *h);
    if (!path || (h && !out))
        return ct_diag_set(d, CT_EINVAL, path, 0, 0, "ct_artifact_load: %s",
                           path ? "a header needs its document" : "NULL path");
    ct_json_doc *doc = NULL;
    ct_status st = ct_json_parse_file(path, opt, &doc, d);
    if (st)
        return st;
    st = check(ct_json_doc_root(doc), command, version, h, path, d);
    if (st || !out) {
        ct_json_doc_free(doc);
        return st;
    }
    *out = doc;
    return CT_OK;
}

/* Skip white space in s[*k..n). */
static void skip_ws(const char *s, size_t n, size_t *k)
{
    while (*k < n && (s[*k] == ' ' || s[*k] == '\t' || s[*k] == '\n' || s[*k] == '\r'))
        (*k)++;
}

/* s[*k..n) starts with lit (after white space): step over it. */
static int eat(const char *s, size_t n, size_t *k, const char *lit)
{
    skip_ws(s, n, k);
    const size_t m = strlen(lit);
    if (n - *k < m || memcmp(s + *k, lit, m) != 0)
        return 0;
    *k += m;
    return 1;
}

int ct_artifact_sniff(const char *head, size_t n, char *command, size_t cap)
{
    if (cap)
        command[0] = '\0';
    if (!head)
        return 0;
    size_t k = 0;
    if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
        k = 3;
    if (!eat(head, n, &k, "{") || !eat(head, n, &k, "\"tool\"") || !eat(head, n, &k, ":") ||
        !eat(head, n, &k, "\"" CT_ARTIFACT_TOOL "\""))
        return 0;
    /* the command: the header's members come first (ct_artifact_begin) */
    const size_t window = n - k < 512 ? n - k : 512;
    const char *key = "\"command\"";
    for (size_t i = k; i + strlen(key) <= k + window; i++) {
        if (memcmp(head + i, key, strlen(key)) != 0)
            continue;
        size_t j = i + strlen(key);
        if (!eat(head, n, &j, ":") || !eat(head, n, &j, "\""))
            break;
        size_t w = 0;
        while (j < n && head[j] != '"' && w + 1 < cap) {
            const unsigned char c = (unsigned char)head[j++];
            command[w++] = c >= 0x20 && c < 0x7f ? (char)c : '?';
        }
        if (cap)
            command[w] = '\0';
        break;
    }
    return 1;
}

int ct_artifact_misplaced(const char *head, size_t n, const char *path, const char *expected,
                          ct_diag *diag)
{
    char cmd[48];
    if (!head || !ct_artifact_sniff(head, n, cmd, sizeof cmd))
        return 0;
    if (strcmp(cmd, "model") == 0) {
        ct_diag_set(diag, CT_EFORMAT, path, 0, 0,
                    "the file is a claimtriage model file (made by train), not %s", expected);
        return CT_ARTIFACT_MODEL;
    }
    ct_diag_set(diag, CT_EFORMAT, path, 0, 0,
                "the file is a claimtriage JSON output (of '%s'), not %s", cmd[0] ? cmd : "?",
                expected);
    return CT_ARTIFACT_OUTPUT;
}

ct_status ct_artifact_dir_check(const char *dir, ct_diag *d)
{
    if (!dir || !*dir)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no folder given");
    struct stat sb;
    if (stat(dir, &sb) != 0) {
        /* with what to give (before 2026-12-06 the message alone:
         * tests/cli/plan_status_nonexistent) */
        const int e = errno;
        const ct_status rc =
            ct_diag_set(d, CT_EIO, dir, 0, 0, "cannot read the folder: %s", strerror(e));
        if (d && (e == ENOENT || e == ENOTDIR))
            snprintf(d->hint, sizeof d->hint,
                     "give the folder a run wrote (claimtriage run FILE -o DIR), or run it first");
        return rc;
    }
    /* report and plan --status say it alike (before 2026-12-04 plan said
     * "cannot read status directory", "not a directory":
     * tests/cli/folder_operand_is_file) */
    if (!S_ISDIR(sb.st_mode))
        return ct_diag_set(d, CT_EIO, dir, 0, 0, "not a folder (give the run's output folder)");
    return CT_OK;
}
