/* shell_hint.c — the one rule for the input part of a shell command a hint
 * suggests (claimtriage/csv.h, ct_shell_word, ct_shell_filter,
 * ct_file_sniff_hint): a name quoted when the shell would split or expand
 * it, gzip input decompressed first (zcat), standard input as a pipe, and
 * an output name derived from the input's that never starts with '-'.
 * Before 2026-12-03 each hint pasted the name as it was: `iconv ...
 * f.csv.gz` converted compressed bytes, `iconv ... -` named standard input
 * as "-" and `> --utf8.csv` wrote an option-like name, and a name with
 * spaces or parentheses was a shell syntax error
 * (tests/cli/files_hint_commands_quoted). Standard input has no name to
 * give a command: a hint that names FILE has a pipe form for it, and a
 * filter after a pipe of gzip data gets zcat first (before 2026-12-03 a
 * literal FILE and a filter of compressed bytes:
 * tests/cli/files_hint_stdin_pipe). */
#include "claimtriage/csv.h"
#include "claimtriage/utf8.h"
#include "io/csv_internal.h"

#include <stdio.h>
#include <string.h>

/* c needs no quoting in a POSIX shell word (bytes >= 0x80: UTF-8 text). */
static int plain_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || strchr("_./+,:=@%-", c) != NULL;
}

/* Append s to dst[*w..cap) (always terminated). */
static void put(char *dst, size_t cap, size_t *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n && *w + 1 < cap; i++)
        dst[(*w)++] = s[i];
    dst[*w < cap ? *w : cap - 1] = '\0';
}

/* The bytes at s[0..n) of a character a reader cannot type from how it
 * looks: a control byte, or a character ct_utf8_visible_label shows as its
 * code (an odd space, an invisible format or bidi control); 0 for others. */
static size_t untypable(const char *s, size_t n)
{
    const unsigned char c = (unsigned char)s[0];
    if (c < 0x20 || c == 0x7f)
        return 1;
    uint32_t cp;
    const int k = c >= 0x80 ? ct_utf8_decode(s, n, &cp) : 0;
    return k && (ct_utf8_is_odd_space(cp) || ct_utf8_is_shown_as_code(cp) || cp == 0x200c ||
                 cp == 0x200d)
               ? (size_t)k
               : 0;
}

/* s as bash's $'...' with each untypable byte as \xHH (and ' \ escaped):
 * --na-values=$'claim\xc2\xa0' runs as printed, where 'claim ' read from
 * the screen names a plain space (before 2026-12-04:
 * tests/cli/train_label_nbsp_shown). */
static void put_ansi_c(char *dst, size_t cap, size_t *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    put(dst, cap, w, "$'", 2);
    for (size_t i = 0; i < n;) {
        size_t k = untypable(s + i, n - i);
        for (size_t j = 0; j < k; j++) {
            const unsigned char c = (unsigned char)s[i + j];
            const char x[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            put(dst, cap, w, x, 4);
        }
        if (!k) {
            if (s[i] == '\'' || s[i] == '\\')
                put(dst, cap, w, "\\", 1);
            put(dst, cap, w, s + i, 1);
            k = 1;
        }
        i += k;
    }
    put(dst, cap, w, "'", 1);
}

/* value: s follows an option's '=' (--na-values=-inf), where a leading
 * '-' is the value's own and "./" would change it */
static void put_word(char *dst, size_t cap, size_t *w, const char *s, int value)
{
    const size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (untypable(s + i, n - i)) {
            if (s[0] == '-' && !value)
                put(dst, cap, w, "./", 2);
            put_ansi_c(dst, cap, w, s, n);
            return;
        }
    int plain = n > 0 && s[0] != '~';
    for (size_t i = 0; i < n && plain; i++)
        plain = plain_char((unsigned char)s[i]);
    if (s[0] == '-' && !value) /* never read as an option */
        put(dst, cap, w, "./", 2);
    if (plain) {
        put(dst, cap, w, s, n);
        return;
    }
    put(dst, cap, w, "'", 1);
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\'')
            put(dst, cap, w, "'\\''", 4);
        else
            put(dst, cap, w, s + i, 1);
    put(dst, cap, w, "'", 1);
}

size_t ct_shell_word(char *dst, size_t cap, const char *s)
{
    size_t w = 0;
    if (!cap)
        return 0;
    dst[0] = '\0';
    put_word(dst, cap, &w, s ? s : "", 0);
    return w;
}

size_t ct_shell_option_value(char *dst, size_t cap, const char *s)
{
    size_t w = 0;
    if (!cap)
        return 0;
    dst[0] = '\0';
    put_word(dst, cap, &w, s ? s : "", 1);
    return w;
}

static int is_stdin(const char *path) { return !path || !path[0] || strcmp(path, "-") == 0; }

static int ends_with(const char *s, size_t n, const char *suf)
{
    const size_t m = strlen(suf);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        char a = s[n - m + i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (a != suf[i])
            return 0;
    }
    return 1;
}

/* ct_shell_filter, with a second filter `then` (NULL: none) after a pipe. */
static void render_filter(char *dst, size_t cap, const char *filter, int file_arg, const char *then,
                          const char *path, int gzip, const char *out)
{
    size_t w = 0;
    if (!cap)
        return;
    dst[0] = '\0';
    /* the output's name: the input's base name without .gz and its
     * extension, then "-OUT.csv"; "OUT.csv" for standard input or a base
     * name that would start with '-' or '.' */
    char name[256];
    const char *base = is_stdin(path) ? "" : strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t bn = strlen(base);
    if (ends_with(base, bn, ".gz"))
        bn -= 3;
    static const char *const ext[] = {".csv", ".tsv", ".txt"};
    for (size_t k = 0; k < 3; k++)
        if (ends_with(base, bn, ext[k])) {
            bn -= 4;
            break;
        }
    if (bn && base[0] != '-' && base[0] != '.' && bn < 200)
        snprintf(name, sizeof name, "%.*s-%s.csv", (int)bn, base, out);
    else
        snprintf(name, sizeof name, "%s.csv", out);
    if (is_stdin(path)) {
        put(dst, cap, &w, "... | ", 6);
        if (gzip) /* the pipe's bytes were gzip data, inflated as read */
            put(dst, cap, &w, "zcat | ", 7);
        put(dst, cap, &w, filter, strlen(filter));
    } else if (gzip) {
        put(dst, cap, &w, "zcat ", 5);
        put_word(dst, cap, &w, path, 0);
        put(dst, cap, &w, " | ", 3);
        put(dst, cap, &w, filter, strlen(filter));
    } else {
        put(dst, cap, &w, filter, strlen(filter));
        put(dst, cap, &w, file_arg ? " " : " < ", file_arg ? 1 : 3);
        put_word(dst, cap, &w, path, 0);
    }
    if (then) {
        put(dst, cap, &w, " | ", 3);
        put(dst, cap, &w, then, strlen(then));
    }
    put(dst, cap, &w, " > ", 3);
    put_word(dst, cap, &w, name, 0);
}

void ct_shell_filter(char *dst, size_t cap, const char *filter, int file_arg, const char *path,
                     int gzip, const char *out)
{
    render_filter(dst, cap, filter, file_arg, NULL, path, gzip, out);
}

void ct_shell_filter_then(char *dst, size_t cap, const char *filter, const char *then,
                          const char *path, int gzip, const char *out)
{
    render_filter(dst, cap, filter, 1, then, path, gzip, out);
}

void ct_file_sniff_hint(char *dst, size_t cap, const ct_file_sniff *fs, const char *path, int gzip)
{
    size_t w = 0;
    if (!cap)
        return;
    dst[0] = '\0';
    const char *hint = fs->hint;
    /* what stands for "..." (the command writing the data) in a pipe form */
    char lead[CT_DIAG_MSG_MAX] = "";
    if (is_stdin(path) && fs->pipe_hint[0] && strstr(hint, "FILE")) {
        /* a name to give a command, but standard input has none: the
         * pipe form, decompressed first when the pipe held gzip */
        hint = fs->pipe_hint;
        if (gzip)
            snprintf(lead, sizeof lead, "... | zcat ");
    } else if (gzip && fs->pipe_hint[0] && strstr(hint, "FILE") && !strstr(hint, "$CMD")) {
        /* a gzip file: the converter given FILE would read the compressed
         * bytes (pandas infers no compression from a .csv name), so the
         * pipe form with "zcat FILE" writing the data (before 2026-12-04
         * read_json/read_pickle/unzip on the gzip file:
         * tests/cli/files_not_csv_gzip_wrapped) */
        hint = fs->pipe_hint;
        char word[CT_DIAG_MSG_MAX - 8];
        ct_shell_word(word, sizeof word, path);
        snprintf(lead, sizeof lead, "zcat %s ", word);
    }
    for (const char *p = hint; *p && w + 1 < cap;) {
        if (lead[0] && strncmp(p, "... ", 4) == 0) {
            put(dst, cap, &w, lead, strlen(lead));
            p += 4;
        } else if (strncmp(p, "$CMD", 4) == 0) {
            char cmd[CT_DIAG_MSG_MAX];
            if (fs->cmd_lf_lines && ct_csv_lone_cr(path) != 0)
                ct_shell_filter_then(cmd, sizeof cmd, CT_CSV_LONE_CR_TO_LF, fs->cmd, path, gzip,
                                     fs->cmd_out);
            else
                ct_shell_filter(cmd, sizeof cmd, fs->cmd, fs->cmd_arg, path, gzip, fs->cmd_out);
            put(dst, cap, &w, cmd, strlen(cmd));
            p += 4;
        } else if (strncmp(p, "FILE", 4) == 0) {
            char word[CT_DIAG_MSG_MAX];
            ct_shell_word(word, sizeof word, is_stdin(path) ? "FILE" : path);
            put(dst, cap, &w, word, strlen(word));
            p += 4;
        } else
            put(dst, cap, &w, p++, 1);
    }
}

void ct_shell_drop_header_lines(char *dst, size_t cap, const char *path, int gzip)
{
    /* every later line equal to the first dropped, compared without a
     * byte-order mark before it or a CR after it (parts joined from Excel's
     * UTF-8 CSV and from elsewhere), and without double quotes (a part
     * written by a tool that quotes every field: "#","claim_status",...);
     * octal escapes in the regular
     * expression, which mawk, gawk and BSD awk all read */
    static const char awk[] =
        "awk '{ l = $0; sub(/^\\357\\273\\277/, \"\", l); sub(/\\r$/, \"\", l); "
        "gsub(/\"/, \"\", l) } "
        "NR == 1 { h = l } NR == 1 || l != h'";
    /* awk counts LF line ends only: a lone CR's lines are made LF first
     * (a CR-only file was one awk line, its repeated headers kept) */
    if (ct_csv_lone_cr(path) != 0)
        ct_shell_filter_then(dst, cap, CT_CSV_LONE_CR_TO_LF, awk, path, gzip, "noheaders");
    else
        ct_shell_filter(dst, cap, awk, 1, path, gzip, "noheaders");
}

/* s may stand inside an awk string literal inside single quotes as it is:
 * printable ASCII but for the quotes and the backslash (a name holding
 * those, or invisible characters, is renamed by hand). */
static int awk_plain(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f || strchr("'\"\\", *s))
            return 0;
    return 1;
}

int ct_shell_rename_header(char *dst, size_t cap, const char *path, int gzip, char delim,
                           const char *const *from, const char *const *to, size_t n)
{
    if (cap)
        dst[0] = '\0';
    char fs[3] = {delim, '\0', '\0'}; /* as an awk string: a tab as \t */
    if (delim == '\t')
        fs[0] = '\\', fs[1] = 't';
    /* (a space as FS would split on any run of blanks) */
    if (!n || delim == ' ' || (delim != '\t' && !awk_plain(fs)))
        return 0;
    /* the header's fields compared without double quotes (a tool that
     * quotes every field) and without the CR of a CRLF line, which is put
     * back; every other line is copied as it is */
    char prog[CT_DIAG_MSG_MAX];
    size_t w = 0;
    int q = snprintf(prog, sizeof prog, "awk 'BEGIN { FS = OFS = \"%s\"", fs);
    w = q > 0 ? (size_t)q : 0;
    for (size_t k = 0; k < n && w < sizeof prog; k++) {
        if (!awk_plain(from[k]) || !awk_plain(to[k]))
            return 0;
        q = snprintf(prog + w, sizeof prog - w, "; m[\"%s\"] = \"%s\"", from[k], to[k]);
        w += q > 0 ? (size_t)q : 0;
    }
    if (w < sizeof prog)
        snprintf(prog + w, sizeof prog - w,
                 " } NR == 1 { cr = sub(/\\r$/, \"\"); for (i = 1; i <= NF; i++) { f = $i; "
                 "gsub(/\"/, \"\", f); if (f in m) $i = m[f] } if (cr) $0 = $0 \"\\r\" } 1'");
    if (strlen(prog) + 1 >= sizeof prog)
        return 0;
    /* the header's line ends in a lone CR (a CR-only file): awk's first
     * line would run to the first LF, its last name joined to the next
     * line's first; the lone CRs are made LF first */
    long a, b;
    if (ct_csv_lf_lines(path, 1, 1, &a, &b) != 1)
        ct_shell_filter_then(dst, cap, CT_CSV_LONE_CR_TO_LF, prog, path, gzip, "renamed");
    else
        ct_shell_filter(dst, cap, prog, 1, path, gzip, "renamed");
    return 1;
}
