/* wrap.c — paragraphs for people wrapped at spaces (see claimtriage/table.h),
 * widths in display columns (claimtriage/textwidth.h):
 * the one word-wrapper of the library and the CLI. */
#include "claimtriage/table.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <ctype.h>
#include <string.h>

/* A word as written, but a line break inside it (a column name wrapped in a
 * spreadsheet's header cell, within a sentence that names it) shown as its
 * Control Picture, U+240A, as tables show it (ct_table_add): a raw break
 * would end the line mid-sentence and undo the wrapping; so, as every
 * control byte (a tab, an escape), as its Control Picture, and a bidi
 * control as <U+202E> (ct_utf8_visible). */
static void write_word(FILE *fp, const char *p, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i += n) {
        char pic[CT_UTF8_VISIBLE_MAX];
        n = 1;
        const int k =
            p[i] == '\n' ? ct_utf8_encode(0x240Au, pic) : ct_utf8_visible_at(p, len, i, &n, pic);
        if (k > 0)
            fwrite(pic, 1, (size_t)k, fp);
        else
            fputc(p[i], fp);
    }
}

/* The display width of word p[0..n) as write_word shows it: a bidi
 * control, 0 columns raw, takes the columns of its <U+202E>. */
static size_t word_width(const char *p, size_t n)
{
    char pic[CT_UTF8_VISIBLE_MAX];
    size_t w = 0, from = 0, len = 1;
    for (size_t i = 0; i < n; i += len) {
        const int k = ct_utf8_visible_at(p, n, i, &len, pic);
        if (k > 0 && len > 1) {
            w += ct_textwidth(p + from, i - from) + (size_t)k;
            from = i + len;
        }
    }
    return w + ct_textwidth(p + from, n - from);
}

/* The display width of text's first word. */
static size_t first_word_width(const char *p)
{
    while (*p == ' ')
        p++;
    const char *e = p;
    while (*e && *e != ' ')
        e++;
    return word_width(p, (size_t)(e - p));
}

/* The end of the word starting at p (the next space or the end). */
static const char *word_end(const char *p)
{
    while (*p && *p != ' ')
        p++;
    return p;
}

/* Whether a quote is open after word w (n bytes), given whether one was
 * before it: a quote at a word's start (or after ( [ { =, as in an
 * option's value --na-values='NaN  ') opens, one at its
 * end (or before ) ] } , . ; : ! ?) closes an open one, a lone quote
 * toggles; an apostrophe inside a word (it's, users') is none. */
static int quote_open_after(int open, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (w[i] != '\'')
            continue;
        const int left = i == 0 || strchr("([{=", w[i - 1]);
        const int right = i + 1 == n || strchr(")]},.;:!?", w[i + 1]);
        if (left && right)
            open = !open;
        else if (left)
            open = 1;
        else if (right)
            open = 0;
    }
    return open;
}

/* Whether the spaces between word a and word b lie inside a quoted value
 * (open: a quote is open after a), so that no line breaks there, which
 * would hide them (' Opinion ' read as 'Opinion '): a ends with the opening
 * quote, or b starts with the closing one. */
static int quote_glued(int open, const char *a, size_t na, const char *b, size_t nb)
{
    if (!open)
        return 0;
    const int opens = na && a[na - 1] == '\'' && (na == 1 || strchr("([{=", a[na - 2]));
    const int closes = nb && b[0] == '\'' && (nb == 1 || strchr(")]},.;:!?", b[1]));
    return opens || closes;
}

/* Whether the quoted value open after the words from `from` to `r` (r:
 * the next word) closes within CT_TEXT_WRAP_QUOTE_WHOLE columns of from:
 * such a value ('6 580', a shell word -m 'run dir/model.ctm') stays on one
 * line, so that it reads, and pastes, as written (before 2026-12-04 a line
 * broke inside it: tests/cli/model_path_is_directory). */
static int quote_short(const char *from, const char *r)
{
    int open = 1;
    for (const char *w = r; *w;) {
        const char *e = word_end(w);
        if (word_width(from, (size_t)(e - from)) > CT_TEXT_WRAP_QUOTE_WHOLE)
            return 0;
        open = quote_open_after(open, w, (size_t)(e - w));
        if (!open)
            return 1;
        while (*e == ' ')
            e++;
        if (e == w || !*e)
            return 0;
        w = e;
    }
    return 0;
}

/* Where a word of width w starts on a new line: at the hang, unless that
 * puts a word that fits the line (a long name) past its end: then where it
 * ends at the limit. */
static size_t line_start(size_t hang, size_t width, size_t w)
{
    return width && hang + w > width && w < width ? width - w : hang;
}

/* Whether p starts a shell command a hint prints: one of the programs the
 * hints run, or "... | " (standard input's pipe form). Such a command after
 * ": " ends its text as one after ": $ " does, and is printed so, "$ "
 * added: before 2026-12-04 the file-kind hints' converters ("convert it:
 * /usr/bin/python3 -c \"...\" FILE") broke inside their quoted code, and
 * the pasted lines failed (tests/cli/files_hint_command_own_line). */
static int shell_command_at(const char *p)
{
    static const char *const programs[] = {
        "/usr/bin/python3",
        "python3",
        "claimtriage",
        "iconv",
        "zcat",
        "awk",
        "sed",
        "tr",
        "tail",
        "perl",
        "gunzip",
        "bunzip2",
        "xz",
        "unzip",
        "funzip",
        "zstd",
        "sqlite3",
        "7z",
        "tar",
    };
    if (strncmp(p, "... | ", 6) == 0)
        return 1;
    for (size_t k = 0; k < sizeof programs / sizeof programs[0]; k++) {
        const size_t n = strlen(programs[k]);
        if (strncmp(p, programs[k], n) == 0 && p[n] == ' ' && p[n + 1] && p[n + 1] != ' ')
            return 1;
    }
    return 0;
}

/* The shell quoting a command's word is in at a point: none, inside '...'
 * or inside bash's $'...' (ct_shell_word's quoting). */
enum { SH_OUT, SH_SQ, SH_ANSI };

/* The bytes the character at p takes in a command this wrapper may break
 * (1, or 2 for an escape pair or "$'"), *st stepped past it; 0 when it is
 * not one: outside quotes only letters, digits, UTF-8 and -_=.,:/+@%, a
 * quote opening, or \' (a quote inside a single-quoted word, '\''). A
 * space outside quotes ends a word (the caller's). */
static size_t shell_step(const char *p, int *st)
{
    const unsigned char c = (unsigned char)*p;
    if (*st == SH_SQ) {
        *st = c == '\'' ? SH_OUT : SH_SQ;
        return 1;
    }
    if (*st == SH_ANSI) {
        if (c == '\\' && p[1])
            return 2;
        *st = c == '\'' ? SH_OUT : SH_ANSI;
        return 1;
    }
    if (c == '\'') {
        *st = SH_SQ;
        return 1;
    }
    if (c == '$' && p[1] == '\'') {
        *st = SH_ANSI;
        return 2;
    }
    if (c == '\\' && p[1] == '\'')
        return 2;
    return c && (isalnum(c) || c >= 0x80 || strchr("-_=.,:/+@%", c)) ? 1 : 0;
}

/* The end of the word at w (a space outside quotes, or the end), *ok 0
 * when it holds a character shell_step refuses or a quote left open. */
static const char *shell_word_end(const char *w, int *ok)
{
    int st = SH_OUT;
    const char *e = w;
    while (*e && (st != SH_OUT || *e != ' ')) {
        const size_t k = shell_step(e, &st);
        if (!k) {
            *ok = 0;
            return e;
        }
        e += k;
    }
    *ok = st == SH_OUT;
    return e;
}

/* A command (words of letters, digits and -_=.,:/+@%, or quoted as
 * ct_shell_word quotes them: '...', '\'', $'...'; no pipes or
 * redirections) wider than its line, broken so that pasted it still runs:
 * between words with " \\" ending the line, the next line indented by
 * hang + 4; a word too wide for a line of its own (regress's
 * --features=A,B,... of 140 columns) after its commas, the line ending in
 * "\\" and the rest of the word at the start of the next line, since a
 * backslash-newline joins it whole only when no blank follows; inside
 * quotes the quote is closed before the backslash and opened again after
 * the newline ('--features=a, b ,'\\ then 'c'), which joins it whole too
 * (before 2026-12-05 a quoted word left the command whole, 214 columns:
 * tests/cli/width_hint_command_quoted_wrapped). Returns 0 (nothing
 * printed; with dry, whether it can) when some piece fits no line: the
 * command is then printed whole, as before 2026-12-05, when the regress
 * hint in run's output ran to 166 columns
 * (tests/cli/run_regress_hint_command_wrapped). body: the command after
 * its "$ ", which this prints. */
static int wrap_command(FILE *fp, const char *body, size_t hang, size_t width, int dry)
{
    const size_t ind = hang + 4;
    if (!width || ind + 16 > width)
        return 0;
    for (const char *w = body; *w;) {
        int ok;
        const char *e = shell_word_end(w, &ok);
        if (!ok || e == w)
            return 0; /* a character it does not break, or two spaces */
        w = *e ? e + 1 : e;
    }
    size_t col = hang + 2;
    if (!dry)
        fputs("$ ", fp);
    for (const char *w = body; *w;) {
        int ok;
        const char *e = shell_word_end(w, &ok);
        const size_t n = (size_t)(e - w), wn = ct_textwidth(w, n);
        const size_t room = *e ? 2 : 0; /* " \\" after a word that is not the last */
        const int first = w == body;
        if (!first && col + 1 + wn + room <= width) {
            if (!dry)
                fprintf(fp, " %.*s", (int)n, w);
            col += 1 + wn;
        } else if (first && col + wn <= width) {
            if (!dry)
                fwrite(w, 1, n, fp);
            col += wn;
        } else {
            if (!first) {
                if (!dry)
                    fprintf(fp, " \\\n%*s", (int)ind, "");
                col = ind;
            }
            if (col + wn + room <= width) {
                if (!dry)
                    fwrite(w, 1, n, fp);
                col += wn;
            } else {
                /* after its commas, each line ending in a backslash (a
                 * quote closed before it and opened after the newline) */
                int st = SH_OUT;
                for (const char *q = w; q < e;) {
                    const int at = st; /* the quoting where this piece starts */
                    const char *ce = q;
                    while (ce < e && *ce != ',')
                        ce += shell_step(ce, &st);
                    if (ce < e)
                        ce += shell_step(ce, &st); /* the comma */
                    const size_t cn = (size_t)(ce - q), cw = ct_textwidth(q, cn);
                    const size_t last = ce == e ? room : st == SH_OUT ? 1 : 2;
                    const size_t reopen = at == SH_SQ ? 1 : at == SH_ANSI ? 2 : 0;
                    if (col + cw + last > width) {
                        if (reopen + cw + last > width || col == 0)
                            return 0;
                        if (!dry)
                            fputs(at == SH_SQ ? "'\\\n'" : at == SH_ANSI ? "'\\\n$'" : "\\\n", fp);
                        col = reopen;
                    }
                    if (!dry)
                        fwrite(q, 1, cn, fp);
                    col += cw;
                    q = ce;
                }
            }
        }
        w = *e ? e + 1 : e;
    }
    return 1;
}

/* Where a command ending a text ends: at " / " outside quotes (run joins a
 * stage's messages with " / ", so a message after one ending in a command
 * follows it on the same line), else at the end. Quotes: '...', $'...'
 * (with \\ escapes) and "..." (with \\ escapes). */
static const char *command_end(const char *c)
{
    char q = 0; /* the open quote: '\'', '$' ($'...') or '"' */
    for (const char *p = c; *p; p++) {
        if (q == '\'') {
            q = *p == '\'' ? 0 : q;
        } else if (q) {
            if (*p == '\\' && p[1])
                p++;
            else if (*p == (q == '$' ? '\'' : '"'))
                q = 0;
        } else if (*p == '\\' && p[1]) {
            p++;
        } else if (*p == '\'' || *p == '"') {
            q = *p;
        } else if (*p == '$' && p[1] == '\'') {
            q = '$';
            p++;
        } else if (p[0] == ' ' && p[1] == '/' && p[2] == ' ' && p[3]) {
            return p;
        }
    }
    return c + strlen(c);
}

void ct_text_wrap(FILE *fp, const char *first, size_t hang, size_t width, const char *text)
{
    if (!first)
        first = "";
    size_t col = ct_textwidth_z(first);
    int start = 1;
    /* a label or indent leaving less than CT_TEXT_WRAP_MIN_ROOM columns (a
     * long file or column name) would leave a word or two per line at the
     * far right: then the text starts on the next line (the label's
     * trailing blanks dropped), continuation lines indented by
     * CT_TEXT_WRAP_SHORT_HANG; so does a first word that fits a line but
     * not after the label (a long name) */
    if (width && hang + CT_TEXT_WRAP_MIN_ROOM > width)
        hang = CT_TEXT_WRAP_SHORT_HANG;
    const size_t w0 = text ? first_word_width(text) : 0;
    size_t len = strlen(first);
    while (len && first[len - 1] == ' ')
        len--;
    if (width && text && *text &&
        (col + CT_TEXT_WRAP_MIN_ROOM > width || (col + w0 > width && (len || w0 < width)))) {
        fwrite(first, 1, len, fp);
        /* the next line; but a word too wide after blanks alone gets fewer */
        const int newline = len || col + CT_TEXT_WRAP_MIN_ROOM > width;
        const size_t at = line_start(newline ? hang : col, width, w0);
        if (newline)
            fputc('\n', fp);
        fprintf(fp, "%*s", (int)at, "");
        col = at;
    } else {
        fputs(first, fp);
    }
    int quoted = 0; /* a quote is open (quote_open_after) */
    if (!text)
        text = "(out of memory)";
    for (const char *p = text; *p;) {
        const char *sp = p;
        while (*p == ' ')
            p++;
        /* a run of spaces inside a quoted value ('not  verified') is kept
         * within a line; elsewhere (the tool's own text) it is one */
        const size_t gap = quoted ? (size_t)(p - sp) : 1;
        const char *e = word_end(p);
        if (e == p)
            break;
        /* a quoted value's leading or trailing spaces stay with it; a short
         * value opened by this word, all of it (quote_short: only from the
         * opening word, or the end of a long value would be glued) */
        const int opened_here = !quoted;
        for (const char *w = p;;) {
            quoted = quote_open_after(quoted, w, (size_t)(e - w));
            const char *r = e;
            while (*r == ' ')
                r++;
            const char *re = word_end(r);
            if (re == r || !(quote_glued(quoted, w, (size_t)(e - w), r, (size_t)(re - r)) ||
                             (quoted && opened_here && quote_short(p, r))))
                break;
            w = r;
            e = re;
        }
        /* a shell command ending the text, after ": $ ": on a line of its
         * own at the hang, whole, its spacing as written, however wide (a
         * command broken across lines does not run when pasted: before
         * 2026-12-04 an awk program split inside "h = l" or a "> FILE"
         * split from its FILE; tests/cli/files_repeated_header_command_whole) */
        const int after_colon = sp > text && sp[-1] == ':' && !quoted;
        if (after_colon &&
            ((e - p == 1 && *p == '$' && *e == ' ' && e[1]) || shell_command_at(p))) {
            if (!start)
                fprintf(fp, "\n%*s", (int)hang, "");
            /* a message after it (run's " / "): the command alone on its
             * line, the rest from the next (before 2026-12-06 it went on
             * the command's line, and a pasted copy ran it as arguments:
             * tests/cli/run_failed_stage_command_alone) */
            const char *body = *p == '$' ? p + 2 : p;
            const char *cend = command_end(body);
            char one[2048];
            if (*cend) {
                const size_t cn = (size_t)(cend - body);
                if (cn >= sizeof one)
                    cend = body + strlen(body); /* too long to hold: whole, as before */
                else {
                    memcpy(one, body, cn);
                    one[cn] = '\0';
                    body = one;
                }
            }
            /* too wide for its line: broken where a paste still runs */
            if (width && hang + 2 + ct_textwidth_z(body) > width &&
                wrap_command(fp, body, hang, width, 1)) {
                wrap_command(fp, body, hang, width, 0);
            } else {
                fputs("$ ", fp);
                write_word(fp, body, strlen(body));
            }
            if (!*cend)
                break;
            fprintf(fp, "\n%*s", (int)hang, "");
            col = hang;
            start = 1;
            p = cend + 3; /* past " / " */
            continue;
        }
        size_t n = (size_t)(e - p);
        size_t w = word_width(p, n);
        if (!start && width && col + gap + w > width) {
            const size_t at = line_start(hang, width, w);
            fprintf(fp, "\n%*s", (int)at, "");
            col = at;
            start = 1;
        }
        if (!start) {
            fprintf(fp, "%*s", (int)gap, "");
            col += gap;
        }
        /* a word wider than what is left of its own line (a column name of
         * 137 characters, a chart file named after it) is cut in the middle
         * with "...", its start and end kept, as a table cuts a row name
         * (ct_table_max_width); before 2026-12-04 it stood whole past the
         * limit (tests/cli/width_long_names_text). A word holding '/' is
         * a path (or a URL) the reader copies: never cut
         * (tests/cli/width_long_path_whole); so is an option with its
         * value ("--columns=a,b,..." in a hint: cut, it would not run;
         * tests/cli/eda_dropna_used). */
        char cut[1024];
        const char *wp = p;
        if (width && col + w > width && width >= col + CT_TEXT_WRAP_CUT_MIN && !memchr(p, '/', n) &&
            !(n > 2 && p[0] == '-' && p[1] == '-')) {
            ct_textwidth_fit_middle(cut, sizeof cut, p, n, width - col, "...");
            wp = cut;
            n = strlen(cut);
            w = word_width(cut, n);
        }
        write_word(fp, wp, n);
        col += w;
        start = 0;
        p = e;
    }
    fputc('\n', fp);
}
