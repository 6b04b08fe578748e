/* json_error.c — where a JSON text goes wrong, in our words: the pre-scan
 * for what jansson must not see, and jansson's errors translated into a
 * ct_diag (see io/json_error.h).
 *
 * Method: jansson reports an error as a code, a message ("']' expected near
 * 'x'") and the byte position where its lexer stopped, which is the END of
 * the offending token (its line/column point at the token's last
 * character). To name the token's first character, as our messages always
 * have, the text is re-tokenized from the start with the boundaries of
 * jansson's lexer (load.c: lex_scan, lex_scan_number, lex_scan_string) up
 * to that position; every token before it was accepted by jansson, so the
 * two agree. The message says what was expected, from jansson's message and
 * the last significant byte before the token ('[' or ',' tell an empty or
 * continued array from one that needs a ',' or ']'). Lines and columns are
 * then counted in characters (UTF-8 lead bytes), 1-based.
 */
#include "io/json_error.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/json.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define SHOWN_MAX 20 /* characters of a token quoted in a message */
#define KEY_SHOWN 40 /* characters of a duplicate key quoted in a message */

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* End of a number token starting at s[i] ('-' or a digit), as
 * lex_scan_number draws it: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?,
 * stopping where the grammar first fails ("01" is the token "0"; "1." and
 * "1e+" are tokens, invalid ones). */
static size_t number_end(const unsigned char *s, size_t n, size_t i)
{
    if (s[i] == '-')
        i++;
    if (i < n && s[i] == '0') {
        i++;
        if (i < n && is_digit(s[i]))
            return i;
    } else if (i < n && is_digit(s[i])) {
        while (i < n && is_digit(s[i]))
            i++;
    } else {
        return i;
    }
    if (i < n && s[i] == '.') {
        i++;
        if (!(i < n && is_digit(s[i])))
            return i;
        while (i < n && is_digit(s[i]))
            i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        while (i < n && is_digit(s[i]))
            i++;
    }
    return i;
}

/* End of the token starting at s[i] (not whitespace), with jansson's
 * boundaries: a punctuation byte; a string to its closing quote (n when
 * unterminated); a number; a run of letters (true, false, null, or an
 * invalid word); else one character (a lead byte and its continuation
 * bytes). */
static size_t token_end(const unsigned char *s, size_t n, size_t i)
{
    unsigned char c = s[i];
    if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',')
        return i + 1;
    if (c == '"') {
        for (i++; i < n && s[i] != '"'; i++)
            if (s[i] == '\\' && i + 1 < n)
                i++;
        return i < n ? i + 1 : n;
    }
    if (c == '-' || is_digit(c))
        return number_end(s, n, i);
    if (is_alpha(c)) {
        while (i < n && is_alpha(s[i]))
            i++;
        return i;
    }
    for (i++; i < n && (s[i] & 0xC0) == 0x80; i++)
        ;
    return i;
}

static int is_xdigit(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* The first invalid escape in the string token starting at s[at] (its
 * backslash), read as lex_scan_string does: \" \\ \/ \b \f \n \r \t, or \u
 * and four hex digits; the last byte when none is found before the end. */
static size_t bad_escape(const unsigned char *s, size_t n, size_t at)
{
    for (size_t i = at + 1; i < n && s[i] != '"'; i++) {
        if (s[i] != '\\')
            continue;
        if (i + 1 >= n)
            return i;
        if (s[i + 1] == 'u') {
            for (size_t k = 0; k < 4; k++)
                if (i + 2 + k >= n || !is_xdigit(s[i + 2 + k]))
                    return i;
            i += 5;
        } else if (strchr("\"\\/bfnrt", s[i + 1]) && s[i + 1]) {
            i++;
        } else {
            return i;
        }
    }
    return n ? n - 1 : 0;
}

/* End of the word at s[i]: up to whitespace, punctuation or a quote (an
 * invalid token as a reader sees it, "01" or "-a", where jansson's lexer
 * stops at "0" or "-"). */
static size_t word_end(const unsigned char *s, size_t n, size_t i)
{
    if (i < n && s[i] == '"')
        return token_end(s, n, i);
    while (i < n && !is_ws(s[i]) && !strchr("{}[]:,\"", s[i]))
        i++;
    return i;
}

/* Start of the token that ends at or spans position end (jansson's stop);
 * end itself when no token does (end of input after whitespace). */
static size_t token_start(const unsigned char *s, size_t n, size_t end)
{
    size_t i = 0;
    while (i < n && i < end) {
        if (is_ws(s[i])) {
            i++;
            continue;
        }
        size_t e = token_end(s, n, i);
        if (e >= end)
            return i;
        i = e;
    }
    return end;
}

ct_json_cut ct_json_scan_cut(const unsigned char *s, size_t n, int max_depth)
{
    ct_json_cut cut = {n, CT_JSON_CUT_NONE};
    long depth = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (is_ws(c)) {
            i++;
            continue;
        }
        if (c == '\0') {
            cut.at = i;
            cut.why = CT_JSON_CUT_NUL;
            return cut;
        }
        if (c == '"') {
            for (i++; i < n && s[i] != '"'; i++) {
                if (s[i] == '\\' && i + 1 < n)
                    i++;
                if (s[i] == '\0') {
                    cut.at = i;
                    cut.why = CT_JSON_CUT_NUL_STRING;
                    return cut;
                }
            }
            i = i < n ? i + 1 : n;
            continue;
        }
        if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                cut.at = i;
                cut.why = CT_JSON_CUT_DEPTH;
                return cut;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        }
        i = token_end(s, n, i);
    }
    return cut;
}

/* ------------------------------------------------------------ messages */

/* Line and column (in characters: UTF-8 lead bytes) of byte offset pos. */
static void locate(const unsigned char *s, size_t pos, long *line, long *col)
{
    long l = 1, c = 1;
    for (size_t i = 0; i < pos; i++) {
        if (s[i] == '\n') {
            l++;
            c = 1;
        } else if ((s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static ct_status fail_at(ct_diag *d, ct_status st, const char *name, const unsigned char *text,
                         size_t pos, const char *fmt, ...) CT_PRINTF(6, 7);
static ct_status fail_at(ct_diag *d, ct_status st, const char *name, const unsigned char *text,
                         size_t pos, const char *fmt, ...)
{
    if (!d)
        return st;
    char msg[CT_DIAG_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    ct_textwidth_vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    long line, col;
    locate(text, pos, &line, &col);
    return ct_diag_set(d, st, name, line, col, "%s", msg);
}

/* The token s[at..end) for a message: 'text' (printable ASCII, at most
 * `max` characters, "..." when cut), "byte 0xNN" when it starts with
 * anything else, "end of input" when empty. */
static void show_token(char *buf, size_t bn, const unsigned char *s, size_t at, size_t end,
                       size_t max)
{
    if (at >= end) {
        snprintf(buf, bn, "end of input");
        return;
    }
    if (s[at] < 0x21 || s[at] >= 0x7F) {
        snprintf(buf, bn, "byte 0x%02X", s[at]);
        return;
    }
    size_t w = 0, k;
    buf[w++] = '\'';
    for (k = at; k < end && k - at < max && w + 6 < bn; k++)
        buf[w++] = (s[k] >= 0x20 && s[k] < 0x7F) ? (char)s[k] : '?';
    if (k < end && w + 6 < bn) {
        memcpy(buf + w, "...", 3);
        w += 3;
    }
    buf[w++] = '\'';
    buf[w] = '\0';
}

/* The last byte before position at that is not whitespace; 0 when none. */
static unsigned char prev_byte(const unsigned char *s, size_t at)
{
    while (at > 0)
        if (!is_ws(s[--at]))
            return s[at];
    return 0;
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* What jansson's structural message ("']' expected") means at a position
 * whose previous significant byte is prev; NULL when it is not one. */
static const char *expected_for(const char *jmsg, unsigned char prev)
{
    if (starts(jmsg, "unexpected token") || starts(jmsg, "invalid token"))
        return "a value";
    if (starts(jmsg, "string or '}' expected"))
        return prev == ',' ? "a string key" : "a string key or '}'";
    if (starts(jmsg, "':' expected"))
        return "':' after a key";
    if (starts(jmsg, "'}' expected"))
        return "',' or '}'";
    if (starts(jmsg, "']' expected"))
        return prev == '[' ? "a value or ']'" : prev == ',' ? "a value" : "',' or ']'";
    if (starts(jmsg, "'[' or '{' expected"))
        return "'[' or '{'";
    return NULL;
}

/* The cut itself as the error, at base + cut.at; `expected` says what
 * should have come instead of a NUL byte outside strings (NULL: the text
 * before it is one complete value). */
static ct_status cut_error(ct_diag *d, const char *name, const unsigned char *text, size_t base,
                           ct_json_cut cut, const char *expected, int max_depth)
{
    size_t at = base + cut.at;
    switch (cut.why) {
    case CT_JSON_CUT_NUL_STRING:
        return fail_at(d, CT_EDATA, name, text, at,
                       "control character U+0000 in a string (write it as an escape)");
    case CT_JSON_CUT_DEPTH:
        return fail_at(d, CT_EDATA, name, text, at, "nesting deeper than %d levels", max_depth);
    case CT_JSON_CUT_NUL:
    case CT_JSON_CUT_NONE: break;
    }
    if (!expected)
        return fail_at(d, CT_EDATA, name, text, at, "unexpected byte 0x00 after the JSON value");
    return fail_at(d, CT_EDATA, name, text, at, "unexpected byte 0x00, expected %s", expected);
}

ct_status ct_json_diag_cut(ct_diag *d, const char *name, const unsigned char *text, size_t base,
                           ct_json_cut cut, int max_depth)
{
    return cut_error(d, name, text, base, cut, NULL, max_depth);
}

ct_status ct_json_diag_jansson(ct_diag *d, const char *name, const unsigned char *text, size_t base,
                               ct_json_cut cut, int max_depth, const json_error_t *e)
{
    const unsigned char *s = text + base;
    const size_t n = cut.at;
    const char *jmsg = e->text;
    size_t stop = e->position < 0 ? 0 : (size_t)e->position > n ? n : (size_t)e->position;
    /* jansson marks "no token: the input ended" with this code (and uses it
     * for an unterminated string too, which has a token) */
    int ended = json_error_code(e) == json_error_premature_end_of_input &&
                !starts(jmsg, "premature end of input");
    size_t at = ended ? stop : token_start(s, n, stop);
    char what[64];
    /* an invalid token is shown whole ("01", not jansson's "0") */
    show_token(what, sizeof what, s, at, starts(jmsg, "invalid token") ? word_end(s, n, at) : stop,
               SHOWN_MAX);
    const char *expected = expected_for(jmsg, prev_byte(s, at));

    /* An error at the end of a cut text with no token of its own (or a
     * string the cut left open) is the cut's doing: report the cut. */
    if (cut.why == CT_JSON_CUT_NUL_STRING && starts(jmsg, "premature end of input"))
        return cut_error(d, name, text, base, cut, NULL, max_depth);
    if (cut.why != CT_JSON_CUT_NONE && at >= stop && stop >= n)
        return cut_error(d, name, text, base, cut, expected ? expected : "a value", max_depth);

    switch (json_error_code(e)) {
    case json_error_invalid_utf8:
        /* jansson stops before the sequence it could not decode */
        if (stop >= n)
            return fail_at(d, CT_EDATA, name, text, base + stop, "truncated UTF-8 sequence");
        return fail_at(d, CT_EDATA, name, text, base + stop,
                       "invalid UTF-8 sequence starting with byte 0x%02X", s[stop]);
    case json_error_numeric_overflow:
        if (starts(jmsg, "too big"))
            return fail_at(d, CT_EDATA, name, text, base + at,
                           "integer %s out of range for int64 (write it with an exponent to "
                           "read it as a double)",
                           what);
        return fail_at(d, CT_EDATA, name, text, base + at, "number %s out of range for a double",
                       what);
    case json_error_duplicate_key:
        /* the key's text between its quotes, as written */
        show_token(what, sizeof what, s, at + 1, stop > at + 1 ? stop - 1 : at + 1, KEY_SHOWN);
        return fail_at(d, CT_EDATA, name, text, base + at, "duplicate key %s", what);
    case json_error_null_byte_in_key:
        return fail_at(d, CT_EDATA, name, text, base + at,
                       "a key holding \\u0000 is not supported");
    case json_error_end_of_input_expected:
        return fail_at(d, CT_EDATA, name, text, base + at, "unexpected %s after the JSON value",
                       what);
    case json_error_stack_overflow: /* not reached: the cut keeps jansson shallower */
        return fail_at(d, CT_EDATA, name, text, base + stop, "nesting deeper than %d levels",
                       CT_JSON_DEPTH_CEILING);
    default: break;
    }

    /* invalid syntax (or a premature end), told apart by jansson's message */
    if (starts(jmsg, "premature end of input"))
        return fail_at(d, CT_EDATA, name, text, base + at, "unterminated string");
    if (starts(jmsg, "unexpected newline") || starts(jmsg, "control character")) {
        unsigned char c = stop < n ? s[stop] : 0;
        return fail_at(d, CT_EDATA, name, text, base + stop,
                       "control character U+%04X in a string (write it as an escape)", c);
    }
    if (starts(jmsg, "invalid escape")) {
        size_t bs = bad_escape(s, n, at);
        if (bs + 1 >= n) /* the text ends after the backslash */
            return cut.why != CT_JSON_CUT_NONE
                       ? cut_error(d, name, text, base, cut, NULL, max_depth)
                       : fail_at(d, CT_EDATA, name, text, base + at, "unterminated string");
        if (s[bs + 1] == 'u')
            return fail_at(d, CT_EDATA, name, text, base + bs,
                           "invalid \\u escape: expected four hex digits");
        show_token(what, sizeof what, s, bs + 1, bs + 2, 1);
        return fail_at(d, CT_EDATA, name, text, base + bs,
                       "invalid escape: backslash followed by %s", what);
    }
    if (starts(jmsg, "invalid Unicode")) {
        /* jansson quotes the escape(s): invalid Unicode '\uD83D\u0041' near ... */
        const char *q = strchr(jmsg, '\''), *q2 = q ? strchr(q + 1, '\'') : NULL;
        int qn = q && q2 ? (int)(q2 - q + 1) : 0;
        return fail_at(d, CT_EDATA, name, text, base + at,
                       "invalid \\u escape: a surrogate without its pair%s%.*s", qn ? " " : "", qn,
                       qn ? q : "");
    }
    if (expected && at >= stop && stop >= n)
        return fail_at(d, CT_EDATA, name, text, base + stop, "unexpected end of input, expected %s",
                       expected);
    if (expected && starts(jmsg, "invalid token"))
        return fail_at(d, CT_EDATA, name, text, base + at, "invalid token %s, expected %s", what,
                       expected);
    if (expected)
        return fail_at(d, CT_EDATA, name, text, base + at, "unexpected %s, expected %s", what,
                       expected);
    return fail_at(d, CT_EDATA, name, text, base + stop, "%s", jmsg);
}

ct_status ct_json_diag_empty(ct_diag *d, const char *name, const unsigned char *text, size_t n)
{
    return fail_at(d, CT_EEMPTY, name, text, n, "empty input: no JSON value");
}
