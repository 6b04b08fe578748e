/* sniff.c — what a file is, judged from the start of it (a file-level
 * diagnosis, claimtriage/csv.h ct_csv_sniff): when a file is not delimited
 * text, or not delimited the way the reader was told, one message names
 * the cause from evidence, instead of a row-level message per line that
 * guesses a wrong one. The checks, in order:
 *   magic bytes of compressed or binary containers (zip / xlsx, zstd, xz,
 *   bzip2, 7z, OLE2 .xls, PDF; gzip is read transparently and is not
 *   flagged);
 *   byte-order marks and NUL-byte patterns of UTF-16 and UTF-32;
 *   magic bytes of pandas' other formats (Parquet, Feather, HDF5, pickle),
 *   SQLite databases and images (PNG, JPEG, GIF);
 *   an HTML page or XML document (past blanks and <!-- comments -->, a
 *   tag of a web page or a markup document opens the file: <html>,
 *   <meta>, <script>, <div>, <table> (pandas' to_html), <svg>, <?xml>, or
 *   any element closed further on); a web server's error answer as the
 *   whole file ("404: Not Found"); a Markdown table (a '|' line above a
 *   "|---|" rule line);
 *   a JSON document or JSON Lines ('{' or '[' then a quote, '{' or '['),
 *   a Jupyter notebook among them; a Git LFS pointer (the file's stand-in
 *   in a repository), Excel's "sep=," line in place of the header;
 *   a header with fewer fields than every data line (row names written
 *   without a name for them, or a delimiter ending each data line);
 *   another delimiter: ';', tab, '|' or ',' as often on (nearly) every
 *   line as on the header, where the delimiter told is not (or is, but
 *   less often than it), or the header and the rows written with
 *   different ones (as Python's csv.Sniffer judges by consistent counts,
 *   the next lines are counted too). */
#include "claimtriage/csv.h"
#include "io/csv_internal.h"
#include "claimtriage/textwidth.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* data[0..n) is valid UTF-8, allowing a sequence cut at the end. */
static int utf8_valid_prefix(const char *data, size_t n)
{
    for (size_t cut = 0; cut < 4 && cut <= n; cut++)
        if (ct_utf8_valid(data, n - cut))
            return 1;
    return 0;
}

static const char *delim_name(char c, char *buf, size_t cap)
{
    if (c == '\t')
        return "tab";
    snprintf(buf, cap, "'%c'", c);
    return buf;
}

/* Count c outside quotes in each of the first lines of s[0..n): counts[0]
 * is the header's; returns the number of complete lines counted. */
static size_t count_per_line(const char *s, size_t n, char c, size_t *counts, size_t maxlines)
{
    size_t line = 0, k = 0;
    int inq = 0;
    memset(counts, 0, maxlines * sizeof *counts);
    /* skip blank lines before the header, as the reader does */
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    for (; k < n && line < maxlines; k++) {
        char ch = s[k];
        if (ch == '"')
            inq = !inq;
        else if (!inq && ch == c)
            counts[line]++;
        else if (!inq && (ch == '\n' || ch == '\r')) {
            line++;
            while (k + 1 < n && (s[k + 1] == '\n' || s[k + 1] == '\r'))
                k++;
        }
    }
    return line;
}

static int starts_ci(const char *s, size_t n, const char *word)
{
    size_t w = strlen(word);
    if (n < w)
        return 0;
    for (size_t i = 0; i < w; i++) {
        char a = s[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (a != word[i])
            return 0;
    }
    return 1;
}

static ct_file_kind set(ct_file_sniff *o, ct_file_kind k, const char *msg, const char *hint)
{
    o->kind = k;
    o->cmd[0] = o->cmd_out[0] = '\0';
    o->cmd_arg = 1;
    o->cmd_lf_lines = 0;
    snprintf(o->message, sizeof o->message, "%s", msg);
    snprintf(o->hint, sizeof o->hint, "%s", hint);
    o->pipe_hint[0] = '\0';
    return k;
}

/* set, with the hint's form for standard input (no name to give) */
static ct_file_kind set_pipe(ct_file_sniff *o, ct_file_kind k, const char *msg, const char *hint,
                             const char *pipe)
{
    set(o, k, msg, hint);
    snprintf(o->pipe_hint, sizeof o->pipe_hint, "%s", pipe);
    return k;
}

/* 1 when u[0..n) holds w (a zip entry's name in a local header). */
static int holds_bytes(const unsigned char *u, size_t n, const char *w)
{
    const size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (u[i] == (unsigned char)w[0] && memcmp(u + i, w, k) == 0)
            return 1;
    return 0;
}

static ct_file_kind sniff_binary(const unsigned char *u, size_t n, ct_file_sniff *o)
{
    static const struct {
        const char *magic;
        size_t len;
        const char *what, *hint;
        const char *pipe; /* the hint for standard input, when hint names FILE */
    } m[] = {
        {"PK\x03\x04", 4, "a zip archive (an Excel .xlsx workbook is one), not CSV",
         "unzip it (unzip FILE) and read the .csv inside; for a workbook, export a sheet as CSV",
         "unzip it (... | funzip > data.csv writes its first file; funzip comes with unzip) "
         "and read that; for a workbook, save it (... > data.xlsx) and export a sheet as CSV"},
        {"PK\x05\x06", 4, "an empty zip archive, not CSV", "the archive holds no file", NULL},
        {"\x28\xB5\x2F\xFD", 4, "zstd-compressed data, not CSV",
         "decompress it first: zstd -d FILE", "decompress it first: ... | zstd -d > data.csv"},
        {"\xFD"
         "7zXZ\x00",
         6, "xz-compressed data, not CSV", "decompress it first: xz -d FILE",
         "decompress it first: ... | xz -d > data.csv"},
        {"BZh", 3, "bzip2-compressed data, not CSV", "decompress it first: bunzip2 FILE",
         "decompress it first: ... | bunzip2 > data.csv"},
        {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive, not CSV", "extract it first: 7z x FILE",
         "extract it first: ... > data.7z, then 7z x data.7z (7-Zip reads no archive from a "
         "pipe)"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
         "an old-style Excel (.xls) or other OLE2 document, not CSV",
         "open it in a spreadsheet and save the sheet as CSV (UTF-8)", NULL},
        {"%PDF-", 5, "a PDF document, not CSV", "get the data file itself, not a PDF of it", NULL},
        /* data frames saved by pandas' other writers (to_parquet,
         * to_pickle, to_feather, to_hdf) and databases: the data are
         * there, in a format this tool does not read; the path is the
         * converter's argument, so any name runs as printed */
        {"PAR1", 4, "an Apache Parquet file (pandas' to_parquet), not CSV",
         "convert it: /usr/bin/python3 -c \"import sys, pandas as p; "
         "p.read_parquet(sys.argv[1]).to_csv(sys.argv[1] + '.csv', index=False)\" FILE",
         "convert it: ... | /usr/bin/python3 -c \"import io, sys, pandas as p; "
         "p.read_parquet(io.BytesIO(sys.stdin.buffer.read())).to_csv('data.csv', "
         "index=False)\""},
        {"ARROW1", 6, "an Arrow / Feather file (pandas' to_feather), not CSV",
         "convert it: /usr/bin/python3 -c \"import sys, pandas as p; "
         "p.read_feather(sys.argv[1]).to_csv(sys.argv[1] + '.csv', index=False)\" FILE",
         "convert it: ... | /usr/bin/python3 -c \"import io, sys, pandas as p; "
         "p.read_feather(io.BytesIO(sys.stdin.buffer.read())).to_csv('data.csv', "
         "index=False)\""},
        {"\x89HDF\r\n\x1A\n", 8, "an HDF5 file (pandas' to_hdf), not CSV",
         "convert it: /usr/bin/python3 -c \"import sys, pandas as p; "
         "p.read_hdf(sys.argv[1]).to_csv(sys.argv[1] + '.csv', index=False)\" FILE",
         "save it (... > data.h5; HDF5 is not read from a pipe), then convert it: "
         "/usr/bin/python3 -c \"import pandas as p; p.read_hdf('data.h5').to_csv('data.csv', "
         "index=False)\""},
        {"SQLite format 3", 16, "an SQLite database, not CSV",
         "export a table: sqlite3 -header -csv FILE 'select * from TABLE' > FILE.csv",
         "save it (... > data.db), then export a table: sqlite3 -header -csv data.db 'select * "
         "from TABLE' > data.csv"},
        {"\x89PNG\r\n\x1A\n", 8, "a PNG image, not CSV",
         "an image (a chart or a screenshot of the data) holds no rows: get the data file", NULL},
        {"\xFF\xD8\xFF", 3, "a JPEG image, not CSV",
         "an image (a chart or a screenshot of the data) holds no rows: get the data file", NULL},
        {"GIF8", 4, "a GIF image, not CSV",
         "an image (a chart or a screenshot of the data) holds no rows: get the data file", NULL},
    };
    /* a spreadsheet workbook is a zip archive whose entries name it: an
     * Excel .xlsx holds xl/workbook.xml and xl/worksheets/, an OpenDocument
     * .ods opens with its mimetype entry; named as what it is, with how to
     * get a CSV from it (before 2026-12-06 "a zip archive ...: unzip it and
     * read the .csv inside", which a workbook holds none of:
     * tests/cli/files_not_csv_workbook) */
    if (n >= 30 && memcmp(u, "PK\x03\x04", 4) == 0) {
        const int xlsx = holds_bytes(u, n, "xl/workbook.xml") ||
                         holds_bytes(u, n, "xl/worksheets/") || holds_bytes(u, n, "xl/styles.xml");
        const int ods =
            holds_bytes(u, n < 128 ? n : 128, "application/vnd.oasis.opendocument.spreadsheet");
        if (xlsx || ods)
            return set_pipe(
                o, CT_FILE_BINARY,
                xlsx ? "the file is an Excel workbook (.xlsx: a zip archive holding xl/ "
                       "entries), not CSV"
                     : "the file is an OpenDocument spreadsheet (.ods, LibreOffice's), not CSV",
                "save its sheet as CSV (UTF-8) from the spreadsheet, or convert its first sheet: "
                "/usr/bin/python3 -c \"import sys, pandas as p; "
                "p.read_excel(sys.argv[1]).to_csv(sys.argv[1] + '.csv', index=False)\" FILE",
                "save it (... > data.xlsx), then save its sheet as CSV (UTF-8) from the "
                "spreadsheet");
    }
    /* a Python pickle (pandas' to_pickle): protocol 2 to 5 opens with
     * 0x80 and the protocol number */
    if (n >= 2 && u[0] == 0x80 && u[1] >= 2 && u[1] <= 5)
        return set_pipe(
            o, CT_FILE_BINARY,
            "the file is a Python pickle (pandas' to_pickle), not CSV (its first bytes "
            "are a pickle's protocol mark)",
            "convert it where it was made (unpickling runs code: only a pickle you "
            "trust): /usr/bin/python3 -c \"import sys, pandas as p; "
            "p.read_pickle(sys.argv[1]).to_csv(sys.argv[1] + '.csv', index=False)\" FILE",
            "convert it where it was made (unpickling runs code: only a pickle you "
            "trust): ... | /usr/bin/python3 -c \"import io, sys, pandas as p; "
            "p.read_pickle(io.BytesIO(sys.stdin.buffer.read())).to_csv('data.csv', "
            "index=False)\"");
    /* a start of NUL bytes only: no text format begins so (wide encodings
     * interleave them with text), and a record that never ends would be
     * read to the end of the input first, which a device (/dev/zero) or a
     * pipe never reaches */
    size_t z = 0;
    const size_t lead = n < 512 ? n : 512;
    while (z < lead && u[z] == 0)
        z++;
    if (lead >= 16 && z == lead) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "the file starts with a block of NUL bytes (the first %zu bytes read are all "
                 "0), not text",
                 lead);
        return set(o, CT_FILE_BINARY, msg,
                   "a zero-filled block is what a file not completely written leaves (a crash "
                   "or a full disk while it was saved, a copy cut short), or the input is a "
                   "device such as /dev/zero: get a complete copy of the data file");
    }
    /* a tar archive (tar cf, or tar czf: the gzip layer is inflated
     * before this look): its first 512 bytes are the first member's
     * header, "ustar" at offset 257 (POSIX "ustar\0", GNU "ustar  "), the
     * member's name at 0 (before 2026-12-05 "NUL bytes in field 1" of the
     * header line: tests/cli/files_not_csv_tar) */
    if (n >= 262 && memcmp(u + 257, "ustar", 5) == 0) {
        char name[101], shown[256], msg[400];
        size_t k = 0;
        while (k < 100 && u[k])
            k++;
        memcpy(name, u, k);
        name[k] = '\0';
        ct_utf8_visible_text(shown, sizeof shown, name, k);
        if (k)
            snprintf(msg, sizeof msg,
                     "the file is a tar archive, not CSV (\"ustar\" at byte 257, a tar header; "
                     "its first file is '%s')",
                     shown);
        else
            snprintf(msg, sizeof msg,
                     "the file is a tar archive, not CSV (\"ustar\" at byte 257, a tar header)");
        return set_pipe(o, CT_FILE_BINARY, msg,
                        "extract it (tar xf FILE) and read the .csv inside; an archive of one "
                        "CSV file writes it out so: tar xOf FILE > data.csv",
                        "extract it (an archive of one CSV file writes it out so): ... | tar xO "
                        "> data.csv");
    }
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (n >= m[i].len && memcmp(u, m[i].magic, m[i].len) == 0) {
            char msg[256];
            snprintf(msg, sizeof msg, "the file is %s (its first bytes are that format's magic)",
                     m[i].what);
            set(o, CT_FILE_BINARY, msg, m[i].hint);
            if (m[i].pipe)
                snprintf(o->pipe_hint, sizeof o->pipe_hint, "%s", m[i].pipe);
            return CT_FILE_BINARY;
        }
    return CT_FILE_TEXT;
}

/* Binary data of no known format (random bytes, an executable, a
 * database page): text in any 8-bit encoding holds almost no control bytes
 * but tab and the line ends, so when more than 1 in 20 of the first bytes
 * are NUL, other C0 controls or DEL, the file is not text (after the wide
 * encodings, whose NUL bytes are their ASCII letters' other half). A
 * cp1252 or Latin-1 file is left to the reader's encoding hint. */
static ct_file_kind sniff_control_share(const unsigned char *u, size_t m, ct_file_sniff *o)
{
    /* a block of zeros after text (a file not completely written) is the
     * reader's to name, with its line: only the bytes before it count */
    for (size_t i = 0, run = 0; i < m; i++)
        if ((run = u[i] ? 0 : run + 1) == 16) {
            m = i + 1 - run;
            break;
        }
    size_t ctl = 0;
    for (size_t i = 0; i < m; i++)
        ctl += (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r') || u[i] == 0x7F;
    if (m < 16 || ctl * 20 <= m)
        return CT_FILE_TEXT;
    char msg[256];
    snprintf(msg, sizeof msg,
             "the file is binary data, not text: %zu of its first %zu bytes are NUL or other "
             "control bytes, which no text encoding writes",
             ctl, m);
    return set(o, CT_FILE_BINARY, msg,
               "check that this is the data file (a download cut or saved in another format, "
               "an image, a database?); 'file FILE' may name the format");
}

static ct_file_kind sniff_delimiter(const char *s, size_t n, char delim, ct_file_sniff *o);

static ct_file_kind sniff_wide(const unsigned char *u, size_t n, char delimiter, ct_file_sniff *o)
{
    const char *enc = NULL, *evidence = NULL, *iconv_name = NULL;
    if (n >= 4 && memcmp(u, "\xFF\xFE\x00\x00", 4) == 0)
        enc = "UTF-32 (little-endian)", evidence = "byte-order mark FF FE 00 00",
        iconv_name = "UTF-32";
    else if (n >= 4 && memcmp(u, "\x00\x00\xFE\xFF", 4) == 0)
        enc = "UTF-32 (big-endian)", evidence = "byte-order mark 00 00 FE FF",
        iconv_name = "UTF-32";
    else if (n >= 2 && memcmp(u, "\xFF\xFE", 2) == 0)
        enc = "UTF-16 (little-endian)", evidence = "byte-order mark FF FE", iconv_name = "UTF-16";
    else if (n >= 2 && memcmp(u, "\xFE\xFF", 2) == 0)
        enc = "UTF-16 (big-endian)", evidence = "byte-order mark FE FF", iconv_name = "UTF-16";
    else if (n >= 8) {
        /* no mark: the NUL bytes of ASCII text in wide encodings */
        size_t m = n < 256 ? n & ~(size_t)3 : 256, z[4] = {0, 0, 0, 0};
        for (size_t i = 0; i < m; i++)
            z[i & 3] += u[i] == 0;
        size_t q = m / 4;
        if (z[1] == q && z[2] == q && z[3] == q && z[0] == 0)
            enc = "UTF-32 (little-endian)", iconv_name = "UTF-32LE";
        else if (z[0] == q && z[1] == q && z[2] == q && z[3] == 0)
            enc = "UTF-32 (big-endian)", iconv_name = "UTF-32BE";
        else if (z[1] + z[3] >= 2 * q * 9 / 10 && z[0] + z[2] == 0)
            enc = "UTF-16 (little-endian)", iconv_name = "UTF-16LE";
        else if (z[0] + z[2] >= 2 * q * 9 / 10 && z[1] + z[3] == 0)
            enc = "UTF-16 (big-endian)", iconv_name = "UTF-16BE";
        evidence = "every other byte of the text is NUL";
    }
    if (!enc)
        return CT_FILE_TEXT;
    char msg[256], hint[CT_DIAG_MSG_MAX];
    snprintf(msg, sizeof msg, "the file is %s text, not UTF-8 (%s)", enc, evidence);
    snprintf(hint, sizeof hint, "convert it first: $ $CMD");
    /* the converted text's delimiter, judged as a UTF-8 file's is (its
     * ASCII characters, one byte each): a tab-separated export gets
     * --delimiter=tab in the same hint (before 2026-12-07 on the next
     * run, the converted file's: tests/cli/files_utf16_tsv_one_hint) */
    const size_t unit = strstr(enc, "32") ? 4 : 2;
    const int be = strstr(enc, "big") != NULL;
    const size_t skip = (evidence && strncmp(evidence, "byte-order", 10) == 0) ? unit : 0;
    const size_t m = n > skip ? (n - skip) / unit : 0;
    char *narrow = m ? ct_malloc(m) : NULL;
    if (narrow) {
        for (size_t i = 0; i < m; i++) {
            const unsigned char *p = u + skip + i * unit;
            uint32_t v = 0;
            for (size_t b = 0; b < unit; b++)
                v |= (uint32_t)p[be ? unit - 1 - b : b] << (8 * b);
            narrow[i] = v < 0x80 ? (char)v : '?';
        }
        ct_file_sniff *t = ct_malloc(sizeof *t);
        if (t) {
            memset(t, 0, sizeof *t);
            if (sniff_delimiter(narrow, m, delimiter, t) == CT_FILE_OTHER_DELIMITER &&
                strncmp(t->hint, "read it with ", 13) == 0)
                snprintf(hint, sizeof hint, "convert it first, then %.1000s: $ $CMD", t->hint);
            ct_free(t);
        }
        ct_free(narrow);
    }
    set(o, strstr(enc, "32") ? CT_FILE_UTF32 : CT_FILE_UTF16, msg, hint);
    snprintf(o->cmd, sizeof o->cmd, "iconv -f %s -t UTF-8", iconv_name);
    snprintf(o->cmd_out, sizeof o->cmd_out, "utf8");
    return o->kind;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* s[0..n) holds word, any case (a bounded strstr: the window holds NULs
 * only in binary data, judged before) */
static int holds_ci(const char *s, size_t n, const char *word)
{
    for (size_t i = 0; i < n; i++)
        if (starts_ci(s + i, n - i, word))
            return 1;
    return 0;
}

/* Past blanks and <!-- comments --> from s[k]: a browser's "Save Page As"
 * writes "<!-- saved from url=... -->" above the page; *comments counts
 * them. */
static size_t skip_markup_comments(const char *s, size_t n, size_t k, int *comments)
{
    for (;;) {
        while (k < n && is_space(s[k]))
            k++;
        if (!starts_ci(s + k, n - k, "<!--"))
            return k;
        size_t e = k + 4;
        while (e + 3 <= n && memcmp(s + e, "-->", 3) != 0)
            e++;
        if (e + 3 > n)
            return k; /* not closed in the window: no evidence past it */
        k = e + 3;
        ++*comments;
    }
}

/* The rest of the first line after a start tag that ends at p[at] ('>'):
 * a ',' or tab in its text (outside tags and double quotes) with no tag
 * after it makes the line a header ("<p> score,x", "<table name>,n",
 * "<p>total</p>,n"); text inside elements ("<p>moved, see</p>", "<p>a,b</p>"
 * in a page written on one line) is markup. */
static int tag_line_markup(const char *p, size_t m, size_t at)
{
    int intag = 0, q = 0, delim = 0;
    for (size_t i = at + 1; i < m && p[i] != '\n' && p[i] != '\r'; i++) {
        const char c = p[i];
        if (q)
            q = c != '"';
        else if (c == '"')
            q = 1;
        else if (c == '<')
            intag = 1, delim = 0;
        else if (c == '>')
            intag = 0;
        else if (!intag && (c == ',' || c == '\t'))
            delim = 1;
    }
    return !delim;
}

/* The start tag at p[0..m) named `name` (any case; p[0] is '<'): the name
 * ends there (a blank, '>' or '/'), and a '>' closes the tag before any
 * '<', with no ',' or ';' outside attribute quotes on the way, so a CSV
 * header whose first name starts "<meta," or "<div x,y" is no tag; nor is
 * one whose line goes on as delimited text (tag_line_markup). */
static int start_tag(const char *p, size_t m, const char *name)
{
    const size_t w = strlen(name);
    if (m < w + 2 || !starts_ci(p + 1, m - 1, name))
        return 0;
    size_t i = 1 + w;
    if (!is_space(p[i]) && p[i] != '>' && p[i] != '/' && !(name[0] == '?' && p[i] == '?'))
        return 0;
    char q = 0;
    for (; i < m && i < 4096; i++) {
        const char c = p[i];
        if (q)
            q = c == q ? 0 : q;
        else if (c == '"' || c == '\'')
            q = c;
        else if (c == '>')
            return tag_line_markup(p, m, i);
        else if (c == '<' || c == ',' || c == ';')
            return 0;
    }
    return 0;
}

/* Markup judged on the start of the file as a whole (tags that open a web
 * page or a fragment of one, or a markup document): before 2026-12-04 only
 * <!doctype, <html, <head, <body and <?xml as the first line, so a page
 * saved with a comment above it, pandas' to_html table, a redirect page
 * (<meta>), a <script>, a <div> or an SVG image was read as rows
 * (tests/cli/files_not_csv_markup). */
static const char *const html_tags[] = {
    "!doctype html", "html",    "head",     "body", "meta", "link", "title",  "script", "style",
    "div",           "iframe",  "noscript", "base", "span", "form", "header", "nav",    "main",
    "section",       "article", "p",        "h1",   "h2",   "h3",   "ul",     "ol",     "pre",
    "center",        "img",     "br",       "hr",   "table"};
static const char *const xml_tags[] = {"?xml", "!doctype", "svg", "rss",
                                       "feed", "urlset",   "kml", "gpx"};

/* 1: an HTML tag from the list opens p[0..m), 2: an XML one (an element of
 * any name whose closing tag follows, when every line in the window starts
 * with '<' too), 0: none; *name the tag's name (the list's, "" else). */
static int markup_start(const char *p, size_t m, const char **name)
{
    *name = "";
    if (!m || p[0] != '<')
        return 0;
    for (size_t i = 0; i < sizeof html_tags / sizeof html_tags[0]; i++)
        if (start_tag(p, m, html_tags[i]))
            return *name = html_tags[i], 1;
    for (size_t i = 0; i < sizeof xml_tags / sizeof xml_tags[0]; i++)
        if (start_tag(p, m, xml_tags[i]))
            return *name = xml_tags[i], 2;
    /* an element of another name: evidence is its closing tag and no line
     * of text between (a header "<b>total</b>,n" has data lines below) */
    size_t w = 1;
    while (w < m && w < 64 &&
           ((p[w] >= 'a' && p[w] <= 'z') || (p[w] >= 'A' && p[w] <= 'Z') ||
            (w > 1 && ((p[w] >= '0' && p[w] <= '9') || p[w] == '-' || p[w] == '_' || p[w] == ':' ||
                       p[w] == '.'))))
        w++;
    if (w == 1 || w >= m || w >= 64)
        return 0;
    char el[64];
    memcpy(el, p + 1, w - 1);
    el[w - 1] = '\0';
    if (!start_tag(p, m, el))
        return 0;
    char close[68];
    snprintf(close, sizeof close, "</%s>", el);
    const size_t win = m < 4096 ? m : 4096;
    if (!holds_ci(p, win, close))
        return 0;
    for (size_t k = 0; k < win; k++)
        if (p[k] == '\n' || p[k] == '\r') {
            size_t j = k + 1;
            while (j < win && is_space(p[j]))
                j++;
            if (j < win && p[j] != '<')
                return 0;
        }
    return 2;
}

/* An HTTP server's error body saved as the file (a download from a wrong
 * address: raw.githubusercontent.com answers "404: Not Found"): the whole
 * file one short line without a delimiter, a 4xx/5xx status then words, or
 * a reason phrase alone. Before 2026-12-04 read as a header of one column
 * (tests/cli/files_not_csv_http_error). */
/* An HTTP status line: "HTTP/1.1 404 Not Found", "HTTP/2 200". */
static int http_status_line(const char *p, size_t m)
{
    if (!starts_ci(p, m, "http/") || m < 10)
        return 0;
    size_t k = 5;
    while (k < m && ((p[k] >= '0' && p[k] <= '9') || p[k] == '.'))
        k++;
    return k > 5 && k + 4 <= m && p[k] == ' ' && p[k + 1] >= '1' && p[k + 1] <= '5' &&
           p[k + 2] >= '0' && p[k + 2] <= '9' && p[k + 3] >= '0' && p[k + 3] <= '9' &&
           (k + 4 == m || p[k + 4] == ' ' || p[k + 4] == '\r' || p[k + 4] == '\n');
}

/* The status line's code is an error (4xx, 5xx); e the line's length. */
static int http_status_failed(const char *p, size_t e)
{
    const char *sp = memchr(p, ' ', e);
    return sp && (sp[1] == '4' || sp[1] == '5');
}

static int http_error_body(const char *p, size_t m)
{
    size_t e = 0;
    while (e < m && p[e] != '\n' && p[e] != '\r')
        e++;
    for (size_t k = e; k < m; k++)
        if (!is_space(p[k]))
            return 0; /* a second line */
    while (e > 0 && is_space(p[e - 1]))
        e--;
    if (e < 5 || e > 80)
        return 0;
    for (size_t k = 0; k < e; k++)
        if (p[k] == ',' || p[k] == ';' || p[k] == '\t' || p[k] == '|' || p[k] == '"')
            return 0;
    if ((p[0] == '4' || p[0] == '5') && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
        (p[3] == ' ' || p[3] == ':' || p[3] == '-')) {
        size_t k = 4;
        while (k < e && (p[k] == ' ' || p[k] == ':' || p[k] == '-'))
            k++;
        int letters = k < e;
        for (; k < e; k++)
            letters &= (p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') ||
                       p[k] == ' ' || p[k] == '.' || p[k] == '\'';
        return letters;
    }
    static const char *const phrase[] = {
        "not found",           "forbidden",       "bad gateway",
        "bad request",         "unauthorized",    "internal server error",
        "service unavailable", "gateway timeout", "too many requests",
        "access denied",       "page not found",  "file not found"};
    const size_t t = p[e - 1] == '.' ? e - 1 : e;
    for (size_t i = 0; i < sizeof phrase / sizeof phrase[0]; i++)
        if (strlen(phrase[i]) == t && starts_ci(p, t, phrase[i]))
            return 1;
    return 0;
}

/* A Markdown (pipe) table: a line with '|' above a rule line of '|', '-'
 * and ':' only ("|---|:--:|"). Read with '|' as the delimiter it gives
 * empty edge columns and a row of dashes (before 2026-12-04 the hint said
 * so: tests/cli/files_not_csv_markdown_table). */
static int markdown_table(const char *p, size_t m)
{
    size_t e = 0;
    while (e < m && p[e] != '\n' && p[e] != '\r')
        e++;
    if (!memchr(p, '|', e))
        return 0;
    size_t k = e;
    while (k < m && (p[k] == '\n' || p[k] == '\r'))
        k++;
    size_t pipes = 0, dashes = 0;
    for (; k < m && p[k] != '\n' && p[k] != '\r'; k++) {
        if (p[k] == '|')
            pipes++;
        else if (p[k] == '-')
            dashes++;
        else if (p[k] != ':' && p[k] != ' ' && p[k] != '\t')
            return 0;
    }
    return pipes > 0 && dashes > 0;
}

/* A web API's error answer: a short JSON object (at most 1 KB, too short
 * to hold a data set) whose first key is "message", "error" or "errors". */
static int api_error_answer(const char *p, size_t m)
{
    if (m > 1024)
        return 0;
    size_t k = 1;
    while (k < m && is_space(p[k]))
        k++;
    return starts_ci(p + k, m - k, "\"message\"") || starts_ci(p + k, m - k, "\"error\"") ||
           starts_ci(p + k, m - k, "\"errors\"");
}

/* A Jupyter notebook (.ipynb): a JSON object with a "cells" list first
 * (nbformat 4; its "nbformat" key comes last) or an "nbformat" key. */
static int notebook(const char *p, size_t m)
{
    size_t k = 1;
    while (k < m && is_space(p[k]))
        k++;
    const size_t win = m < ((size_t)1 << 16) ? m : ((size_t)1 << 16);
    return holds_ci(p, win, "\"nbformat\"") ||
           (starts_ci(p + k, m - k, "\"cells\"") && holds_ci(p, win, "\"cell_type\""));
}

static ct_file_kind sniff_page(const char *s, size_t n, ct_file_sniff *o)
{
    size_t k = 0;
    int comments = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        k = 3;
    k = skip_markup_comments(s, n, k, &comments);
    const char *p = s + k;
    size_t m = n - k, e = 0;
    while (e < m && e < 240 && p[e] != '\n' && p[e] != '\r')
        e++;
    /* at most 60 columns and 60 bytes of it, cut between characters */
    const size_t keep = ct_textwidth_prefix(p, e, 60, 60, NULL);
    char first[80];
    snprintf(first, sizeof first, "%.*s%s", (int)keep, p, keep < e ? "..." : "");
    /* the line's number when blank lines or comments come first (a Kaggle
     * page starts with two empty lines; before 2026-12-05 "its first
     * line" named line 3: tests/cli/files_not_csv_markup) */
    size_t lineno = 1;
    for (size_t i = 0; i < k; i++)
        lineno += s[i] == '\n' || (s[i] == '\r' && (i + 1 >= k || s[i + 1] != '\n'));
    char line[64];
    if (comments)
        snprintf(line, sizeof line, "its first line after a comment, line %zu,", lineno);
    else if (lineno > 1)
        snprintf(line, sizeof line, "its first line that is not blank, line %zu,", lineno);
    else
        snprintf(line, sizeof line, "its first line");
    char msg[256];
    const char *tag;
    const int markup = markup_start(p, m, &tag);
    if (markup == 1 && strcmp(tag, "table") == 0) {
        /* pandas' to_html, a spreadsheet's "Save as Web Page" of a range */
        snprintf(msg, sizeof msg,
                 "the file is an HTML table (as pandas' to_html writes one), not CSV (%s is "
                 "'%s')",
                 line, first);
        return set_pipe(o, CT_FILE_HTML, msg,
                        "convert it: /usr/bin/python3 -c \"import sys, pandas as p; "
                        "p.read_html(sys.argv[1], thousands=None)[0].to_csv(sys.argv[1] + "
                        "'.csv', index=False)\" FILE",
                        "convert it: ... | /usr/bin/python3 -c \"import sys, pandas as p; "
                        "p.read_html(sys.stdin, thousands=None)[0].to_csv('data.csv', "
                        "index=False)\"");
    }
    /* an XHTML page opens with the XML prolog; its <html> element makes
     * it a web page, not "an XML document" (before 2026-12-06:
     * tests/cli/files_not_csv_xhtml) */
    const int xhtml =
        markup == 2 && strcmp(tag, "?xml") == 0 && holds_ci(p, m < 4096 ? m : 4096, "<html");
    if (markup == 1 || xhtml) {
        snprintf(msg, sizeof msg, "the file is an HTML page%s, not CSV (%s is '%s')",
                 xhtml ? " (XHTML)" : "", line, first);
        /* the site's own way to the file, named when the page says which
         * site it is (a Kaggle data set page has no 'Raw' button; a GitHub
         * page naming Kaggle in its text is still GitHub's) */
        const size_t win = n < ((size_t)1 << 16) ? n : ((size_t)1 << 16);
        if (holds_ci(s, win, "kaggle.com") && !holds_ci(s, win, "github.com"))
            return set(o, CT_FILE_HTML, msg,
                       "a web page was saved instead of the data: on Kaggle, the data set's "
                       "Download button (signed in), or: kaggle datasets download OWNER/DATASET");
        return set(o, CT_FILE_HTML, msg,
                   "a web page was saved instead of the data: download the raw file (on "
                   "GitHub, the 'Raw' or download button)");
    }
    if (markup == 2 && strcmp(tag, "svg") == 0) {
        snprintf(msg, sizeof msg,
                 "the file is an SVG image (an XML document), not CSV (%s is '%s')", line, first);
        return set(o, CT_FILE_HTML, msg,
                   "an image (a chart of the data) holds no rows: get the data file");
    }
    if (markup == 2) {
        snprintf(msg, sizeof msg, "the file is an XML document, not CSV (%s is '%s')", line, first);
        return set(o, CT_FILE_HTML, msg, "get the data as CSV, not the page or document");
    }
    if (http_status_line(p, m)) {
        /* curl -i or wget -S saved the headers above the body: before
         * 2026-12-05 read as a one-column table (tests/cli/
         * files_not_csv_http_error) */
        const int failed = http_status_failed(p, e);
        snprintf(msg, sizeof msg,
                 "the file is an HTTP response saved with its headers, not data (its first line "
                 "is '%s')%s",
                 first, failed ? ": the download failed" : "");
        return set(o, CT_FILE_HTML, msg,
                   failed ? "check the address and download the file again, without the headers "
                            "(curl without -i, wget without -S)"
                          : "download the file again without the headers (curl without -i, "
                            "wget without -S), or cut them: the data starts after the first "
                            "empty line");
    }
    if (http_error_body(p, m)) {
        snprintf(msg, sizeof msg,
                 "the file is a web server's error answer, not data (its only line is '%s'): "
                 "the download failed",
                 first);
        return set(o, CT_FILE_HTML, msg,
                   "check the address and download the file again (on GitHub, the 'Raw' "
                   "button's address: https://raw.githubusercontent.com/OWNER/REPO/BRANCH/PATH)");
    }
    if (markdown_table(p, m)) {
        size_t r = e;
        while (r < m && (p[r] == '\n' || p[r] == '\r'))
            r++;
        size_t re = r;
        while (re < m && p[re] != '\n' && p[re] != '\r')
            re++;
        const size_t rk = ct_textwidth_prefix(p + r, re - r, 40, 40, NULL);
        snprintf(msg, sizeof msg,
                 "the file is a Markdown table, not CSV (its second line '%.*s%s' is the rule "
                 "under a Markdown table's header)",
                 (int)rk, p + r, rk < re - r ? "..." : "");
        set(o, CT_FILE_HTML, msg, "convert it, then read the result with --delimiter='|': $ $CMD");
        /* the rule line dropped, the edge pipes and the blanks around each
         * '|' removed (a CR at the end is a blank too); sed counts LF line
         * ends only, so a CR-only file's lone CRs are made LF first (before
         * 2026-12-07 "sed -e 2d" deleted the whole of such a file, its one
         * sed line: tests/cli/files_markdown_hint_lone_cr) */
        snprintf(o->cmd, sizeof o->cmd,
                 "sed -e 2d -e 's/[[:space:]]*|[[:space:]]*/|/g' -e 's/^|//' -e 's/|$//'");
        snprintf(o->cmd_out, sizeof o->cmd_out, "table");
        o->cmd_lf_lines = 1;
        return o->kind;
    }
    /* JSON (pandas' to_json: {"col":{"0":..}} or records [{"col":..},..];
     * JSON Lines one object a line): '{' or '[' then, past blanks, a quote,
     * a '{' or a '[' opens no CSV header anyone writes */
    if (m >= 2 && (p[0] == '{' || p[0] == '[')) {
        size_t q = 1;
        while (q < m && (p[q] == ' ' || p[q] == '\t' || p[q] == '\r' || p[q] == '\n'))
            q++;
        if (q < m && (p[q] == '"' || p[q] == '{' || p[q] == '[' || (p[q] == ']' && p[0] == '[') ||
                      (p[q] == '}' && p[0] == '{'))) {
            /* JSON Lines: an object closed on the first line, another
             * opened on the next */
            size_t e1 = 0;
            while (e1 < m && p[e1] != '\n')
                e1++;
            size_t l = e1;
            while (l > 0 && (p[l - 1] == '\r' || p[l - 1] == ' '))
                l--;
            const int lines =
                p[0] == '{' && l > 0 && p[l - 1] == '}' && e1 + 1 < m && p[e1 + 1] == '{';
            if (p[0] == '{' && !lines && notebook(p, m))
                /* code, not data: converting its cells gives a row of
                 * text (before 2026-12-04 the read_json hint did:
                 * tests/cli/files_not_csv_notebook) */
                return set(o, CT_FILE_HTML,
                           "the file is a Jupyter notebook (code, not data), not CSV (a JSON "
                           "document with a notebook's \"cells\" or \"nbformat\" key)",
                           "a notebook was saved instead of the data: get the data file it "
                           "reads (its read_csv line names it)");
            if (p[0] == '{' && !lines && api_error_answer(p, m)) {
                /* a web API's error answer (GitHub's {"message":"Not
                 * Found","documentation_url":...}): before 2026-12-05 the
                 * read_json hint, which fails on it (tests/cli/
                 * files_not_csv_http_error) */
                snprintf(msg, sizeof msg,
                         "the file is a web API's error answer, not data (JSON: '%s'): the "
                         "download failed",
                         first);
                return set(o, CT_FILE_HTML, msg,
                           "check the address and download the file again (on GitHub, the "
                           "'Raw' button's address: "
                           "https://raw.githubusercontent.com/OWNER/REPO/BRANCH/PATH)");
            }
            snprintf(msg, sizeof msg, "the file is %s, not CSV (its first line is '%s')",
                     lines ? "JSON Lines (one JSON object a line)" : "JSON", first);
            return set_pipe(
                o, CT_FILE_HTML, msg,
                lines ? "convert it: /usr/bin/python3 -c \"import sys, pandas as p; "
                        "p.read_json(sys.argv[1], lines=True).to_csv(sys.argv[1] + "
                        "'.csv', index=False)\" FILE"
                      : "convert it (as pandas' to_json writes it): /usr/bin/python3 -c "
                        "\"import sys, pandas as p; "
                        "p.read_json(sys.argv[1]).to_csv(sys.argv[1] + '.csv', "
                        "index=False)\" FILE",
                lines ? "convert it: ... | /usr/bin/python3 -c \"import sys, pandas as p; "
                        "p.read_json(sys.stdin, lines=True).to_csv('data.csv', "
                        "index=False)\""
                      : "convert it: ... | /usr/bin/python3 -c \"import sys, pandas as p; "
                        "p.read_json(sys.stdin).to_csv('data.csv', index=False)\"");
        }
    }
    if (starts_ci(p, m, "version https://git-lfs.github.com/spec/")) {
        snprintf(msg, sizeof msg,
                 "the file is a Git LFS pointer, not the data (its first line is '%s')", first);
        return set(o, CT_FILE_LFS_POINTER, msg,
                   "fetch the real file: git lfs pull (or download it from the repository's "
                   "web page)");
    }
    return CT_FILE_TEXT;
}

/* Excel writes (and reads) a first line "sep=X" naming the delimiter;
 * pandas and every RFC 4180 reader take it for the header. Some tools
 * write it quoted, "sep=;" (a CSV writer quoting the one field of the
 * line): the same line (before 2026-12-06 the quoted form loaded as the
 * only column, named 'sep=;': tests/cli/files_excel_sep_line_quoted). */
static ct_file_kind sniff_sep_line(const char *s, size_t n, char delim, ct_file_sniff *o)
{
    size_t k = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        k = 3;
    const int quoted = k < n && s[k] == '"';
    k += (size_t)quoted;
    if (n - k < 5 || !starts_ci(s + k, n - k, "sep=") || s[k + 4] == '\r' || s[k + 4] == '\n' ||
        s[k + 4] == '"')
        return CT_FILE_TEXT;
    const char x = s[k + 4];
    size_t e = k + 5;
    if (quoted && (e >= n || s[e++] != '"'))
        return CT_FILE_TEXT;
    while (e < n && (s[e] == ' ' || s[e] == '\t') && x != '\t')
        e++;
    if (e < n && s[e] != '\r' && s[e] != '\n')
        return CT_FILE_TEXT;
    char a[16], msg[256], hint[384];
    const char *xn = delim_name(x, a, sizeof a);
    /* the header's start: past the line end and any blank lines; its
     * line as counted everywhere (a lone CR is a break) */
    size_t h = e;
    while (h < n && (s[h] == '\r' || s[h] == '\n'))
        h++;
    snprintf(msg, sizeof msg,
             "the file's first line is '%ssep=%s%s', the line Excel writes to name the "
             "delimiter, not a header (the header follows on line %zu)",
             quoted ? "\"" : "", x == '\t' ? "\\t" : (char[2]){x, 0}, quoted ? "\"" : "",
             h < n ? 1 + ct_csv_line_breaks(s, h) : (size_t)2);
    if (x == delim)
        snprintf(hint, sizeof hint,
                 "pandas would read '%s' as the only column name; delete the first "
                 "line: $ $CMD",
                 quoted ? (x == '\t' ? "sep=\\t" : (char[8]){'s', 'e', 'p', '=', x, 0}) : "sep=");
    else
        snprintf(hint, sizeof hint,
                 "read the rest with %s as the delimiter (--delimiter=%s%s%s) after "
                 "deleting the first line: $ $CMD",
                 xn, x == '\t' ? "" : "'", x == '\t' ? "tab" : (char[2]){x, 0},
                 x == '\t' ? "" : "'");
    o->delimiter = x;
    set(o, CT_FILE_SEP_LINE, msg, hint);
    /* tail's lines count LF only: after a lone CR, its bytes */
    if (h < n)
        ct_shell_tail_from(o->cmd, sizeof o->cmd, s, h);
    else
        snprintf(o->cmd, sizeof o->cmd, "tail -n +2");
    snprintf(o->cmd_out, sizeof o->cmd_out, "fixed");
    return o->kind;
}

#define SNIFF_LINES 32

/* The offset in s[0..n) of line `line` (0-based) as line_shapes counts
 * lines (blank lines skipped, quotes paired); n when s holds fewer. */
static size_t line_start(const char *s, size_t n, size_t line)
{
    size_t k = 0, l = 0;
    int inq = 0;
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    for (; k < n && l < line; k++) {
        if (s[k] == '"')
            inq = !inq;
        else if (!inq && (s[k] == '\n' || s[k] == '\r')) {
            while (k + 1 < n && (s[k + 1] == '\n' || s[k + 1] == '\r'))
                k++;
            l++;
        }
    }
    return l == line ? k : n;
}

/* Per line of s[0..n) (blank lines skipped, as the reader does): the count
 * of c outside quotes, and how many c end the line (its trailing empty
 * fields: ",," after the last value, 2). Returns the number of complete
 * lines (those followed by a line end). */
static size_t line_shapes(const char *s, size_t n, char c, size_t *counts, int *ends_c,
                          size_t maxlines)
{
    size_t line = 0, k = 0;
    int inq = 0, last_c = 0;
    memset(counts, 0, maxlines * sizeof *counts);
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    for (; k < n && line < maxlines; k++) {
        char ch = s[k];
        if (!inq && (ch == '\n' || ch == '\r')) {
            ends_c[line++] = last_c;
            while (k + 1 < n && (s[k + 1] == '\n' || s[k + 1] == '\r'))
                k++;
            last_c = 0;
            continue;
        }
        if (ch == '"')
            inq = !inq;
        else if (!inq && ch == c)
            counts[line]++;
        last_c = !inq && ch == c ? last_c + 1 : 0;
    }
    return line;
}

/* The first fields of data lines 1..lines-1 of s[0..n): 0 when two are
 * equal, 2 when they are consecutive whole numbers (R's default row
 * names), else 1 (distinct). */
static int first_fields_distinct(const char *s, size_t n, char delim, size_t lines)
{
    size_t at[SNIFF_LINES] = {0}, len[SNIFF_LINES] = {0}, line = 0, k = 0;
    int inq = 0, infirst = 1;
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    size_t start = k;
    for (; k < n && line < lines && line < SNIFF_LINES; k++) {
        const char ch = s[k];
        if (ch == '"')
            inq = !inq;
        else if (!inq && infirst && ch == delim) {
            at[line] = start;
            len[line] = k - start;
            infirst = 0;
        } else if (!inq && (ch == '\n' || ch == '\r')) {
            if (infirst)
                at[line] = start, len[line] = k - start;
            while (k + 1 < n && (s[k + 1] == '\n' || s[k + 1] == '\r'))
                k++;
            line++;
            start = k + 1;
            infirst = 1;
        }
    }
    for (size_t a = 1; a < line; a++)
        for (size_t b = a + 1; b < line; b++)
            if (len[a] == len[b] && memcmp(s + at[a], s + at[b], len[a]) == 0)
                return 0;
    /* R's row names by default: 1, 2, 3, ... (quoted or not) */
    long prev = 0;
    for (size_t a = 1; a < line; a++) {
        const char *p = s + at[a];
        size_t m = len[a];
        if (m >= 2 && p[0] == '"' && p[m - 1] == '"')
            p++, m -= 2;
        long v = 0;
        if (!m || m > 9)
            return 1;
        for (size_t i = 0; i < m; i++) {
            if (p[i] < '0' || p[i] > '9')
                return 1;
            v = v * 10 + (p[i] - '0');
        }
        if (a > 1 && v != prev + 1)
            return 1;
        prev = v;
    }
    return 2;
}

/* Every complete data line holds the same number of fields, more than the
 * header: pandas then reads the leading fields as the row index and shifts
 * the names (or, with a delimiter ending each data line, every value one
 * column left); claimtriage would blame each line with a guess. */
static ct_file_kind sniff_header_short(const char *s, size_t n, char delim, ct_file_sniff *o)
{
    size_t cnt[SNIFF_LINES];
    int ends[SNIFF_LINES];
    size_t lines = line_shapes(s, n, delim, cnt, ends, SNIFF_LINES);
    if (lines < 3)
        return CT_FILE_TEXT;
    if (cnt[0] == 0 && cnt[lines - 1] > 0) {
        /* lines above the header (a title, an export date), as spreadsheet
         * and dashboard exports write: the first lines hold fewer fields,
         * every line from some line on the same number */
        const size_t want = cnt[lines - 1];
        size_t h = lines - 1;
        while (h > 0 && cnt[h - 1] == want)
            h--;
        int fewer = 1;
        for (size_t l = 0; l < h; l++)
            fewer &= cnt[l] < want;
        /* evidence: at least 3 fields on at least 4 lines (a one-column
         * file whose text holds a ',' on some lines is not this) */
        if (h < 1 || h > 5 || lines - h < 4 || want < 2 || !fewer)
            return CT_FILE_TEXT;
        size_t k = 0, e;
        while (k < n && (s[k] == '\n' || s[k] == '\r'))
            k++;
        for (e = k; e < n && e - k < 200 && s[e] != '\n' && s[e] != '\r'; e++)
            ;
        const size_t keep = ct_textwidth_prefix(s + k, e - k, 50, 50, NULL);
        char a[16], msg[CT_DIAG_MSG_MAX], hint[CT_DIAG_MSG_MAX];
        const char *dn = delim_name(delim, a, sizeof a);
        /* the header's line as counted everywhere (blank lines and lone
         * CRs included: before 2026-12-07 the count of lines holding text,
         * line 2 for the header on line 3 of a CR CR LF file:
         * tests/cli/files_tail_hint_lone_cr) */
        const size_t at = line_start(s, n, h);
        snprintf(msg, sizeof msg,
                 "the first line ('%.*s%s') holds no %s and the %zu line%s from line %zu on hold "
                 "%zu fields each: %s above the header, as exports add a title or a date",
                 (int)keep, s + k, keep < e - k ? "..." : "", dn, lines - h,
                 lines - h == 1 ? "" : "s", 1 + ct_csv_line_breaks(s, at), want + 1,
                 h == 1 ? "a line" : "lines");
        snprintf(hint, sizeof hint, "delete the line%s above the header: $ $CMD",
                 h == 1 ? "" : "s");
        set(o, CT_FILE_PREAMBLE, msg, hint);
        /* from the header's first byte: tail's lines count LF only, so
         * after a lone CR its bytes (before 2026-12-07 "tail -n +H" with H
         * the lines holding text: a blank line above the header, or a
         * CR-only file, kept the title or printed nothing) */
        ct_shell_tail_from(o->cmd, sizeof o->cmd, s, at);
        snprintf(o->cmd_out, sizeof o->cmd_out, "fixed");
        return o->kind;
    }
    int all_end = INT_MAX; /* the fewest empty fields ending a data line */
    for (size_t l = 1; l < lines; l++) {
        if (cnt[l] != cnt[1])
            return CT_FILE_TEXT;
        all_end = ends[l] < all_end ? ends[l] : all_end;
    }
    if (cnt[1] > 0 && cnt[1] < cnt[0]) {
        /* the header line ends with as many delimiters (empty names) as
         * it has fields more than the data: pandas reads those as empty
         * 'Unnamed: J' columns; claimtriage would blame every line */
        size_t k = 0, e = 0, trail = 0;
        int inq = 0;
        while (k < n && (s[k] == '\n' || s[k] == '\r'))
            k++;
        for (e = k; e < n && (inq || (s[e] != '\n' && s[e] != '\r')); e++)
            inq ^= s[e] == '"';
        while (e > k && s[e - 1] == delim && trail < cnt[0] - cnt[1])
            e--, trail++;
        if (trail != cnt[0] - cnt[1])
            return CT_FILE_TEXT;
        char a[16], msg[CT_DIAG_MSG_MAX], hint[CT_DIAG_MSG_MAX];
        const char *dn = delim_name(delim, a, sizeof a);
        snprintf(msg, sizeof msg,
                 "the header holds %zu fields, the last %zu empty, and each of the next %zu lines "
                 "%zu: the header line ends with %zu %s that the data lines do not (pandas reads "
                 "an empty column for each)",
                 cnt[0] + 1, trail, lines - 1, cnt[1] + 1, trail, dn);
        snprintf(hint, sizeof hint, "remove the %s at the end of the header line", dn);
        return set(o, CT_FILE_HEADER_LONG, msg, hint);
    }
    /* a header of one field is no evidence: another delimiter is likelier */
    if (cnt[0] == 0 || cnt[1] <= cnt[0])
        return CT_FILE_TEXT;
    const size_t k = cnt[1] - cnt[0];
    char a[16], msg[CT_DIAG_MSG_MAX], hint[CT_DIAG_MSG_MAX];
    const char *dn = delim_name(delim, a, sizeof a);
    /* every data line ends with k empty fields (or more) that the header
     * lacks: delimiters ending the data lines, as a spreadsheet writes for
     * formatted empty columns past the data (before 2026-12-07 two or more
     * were said to be row names or unquoted delimiters, the one the real
     * file re-saved so named: tests/cli/files_header_short_rows) */
    if ((size_t)all_end >= k && !ends[0] && k == 1) {
        snprintf(msg, sizeof msg,
                 "the header holds %zu fields and each of the next %zu lines %zu, the last one "
                 "empty: every data line ends with a %s that the header line does not (pandas "
                 "would read the first column as the row index and shift every value one "
                 "column left)",
                 cnt[0] + 1, lines - 1, cnt[1] + 1, dn);
        snprintf(hint, sizeof hint,
                 "remove the %s at the end of each data line (or add one at the end of the "
                 "header line, for an empty last column)",
                 dn);
        return set(o, CT_FILE_HEADER_SHORT, msg, hint);
    }
    if ((size_t)all_end >= k && !ends[0]) {
        snprintf(msg, sizeof msg,
                 "the header holds %zu fields and each of the next %zu lines %zu, the last %zu "
                 "empty: every data line ends with %zu %s that the header line does not (pandas "
                 "would read the first %zu columns as the row index and shift every value %zu "
                 "columns left)",
                 cnt[0] + 1, lines - 1, cnt[1] + 1, k, k, dn, k, k);
        snprintf(hint, sizeof hint,
                 "remove the %zu %s at the end of each data line (or add %zu at the end of the "
                 "header line, for empty last columns)",
                 k, dn, k);
        return set(o, CT_FILE_HEADER_SHORT, msg, hint);
    }
    const int firsts = first_fields_distinct(s, n, delim, lines);
    if (!firsts) {
        /* row names are distinct: a repeated first field points at a
         * delimiter inside one field of every line instead */
        snprintf(msg, sizeof msg,
                 "the header holds %zu fields and each of the next %zu lines %zu: a field on every "
                 "line seems to hold the delimiter without quotes (pandas would read the leading "
                 "field%s as the row index and shift the names)",
                 cnt[0] + 1, lines - 1, cnt[1] + 1, k == 1 ? "" : "s");
        snprintf(hint, sizeof hint,
                 "quote the fields that hold a %s (\"Paris, France\"), or write the file with "
                 "another delimiter",
                 dn);
        return set(o, CT_FILE_HEADER_SHORT, msg, hint);
    }
    char first[48] = "first column";
    if (k > 1)
        snprintf(first, sizeof first, "first %zu columns", k);
    if (firsts == 1) { /* distinct names, or a key column before a split field */
        snprintf(msg, sizeof msg,
                 "the header holds %zu fields and each of the next %zu lines %zu: either the "
                 "header has no name for the %s (row names, as R's write.table writes them) or a "
                 "field on every line holds the delimiter without quotes (pandas reads the leading "
                 "field%s as the row index)",
                 cnt[0] + 1, lines - 1, cnt[1] + 1, first, k == 1 ? "" : "s");
        snprintf(hint, sizeof hint,
                 "name the row names at the start of the header line, or quote the fields that "
                 "hold a %s",
                 dn);
        return set(o, CT_FILE_HEADER_SHORT, msg, hint);
    }
    snprintf(msg, sizeof msg,
             "the header holds %zu fields and each of the next %zu lines %zu: the header has no "
             "name for the %s, as in a file written with row names (R's write.table writes "
             "them so; pandas reads %s as the row index)",
             cnt[0] + 1, lines - 1, cnt[1] + 1, first, k == 1 ? "that field" : "those fields");
    if (k == 1)
        snprintf(hint, sizeof hint, "name it: add a name and a %s at the start of the header line",
                 dn);
    else
        snprintf(hint, sizeof hint,
                 "name them: add %zu names, each followed by a %s, at the start of the header "
                 "line",
                 k, dn);
    return set(o, CT_FILE_HEADER_SHORT, msg, hint);
}

/* How often c stands outside quotes on the header, and on how many of the
 * complete data lines as often (Python's csv.Sniffer: a delimiter's count
 * is the same on every line). */
typedef struct delim_count {
    char c;
    size_t head, agree;
} delim_count;

static delim_count delim_evidence(const char *s, size_t n, char c, size_t *data)
{
    size_t cnt[SNIFF_LINES];
    const size_t lines = count_per_line(s, n, c, cnt, SNIFF_LINES);
    delim_count d = {c, cnt[0], 0};
    *data = lines > 1 ? lines - 1 : 0;
    for (size_t l = 1; l <= *data && l < SNIFF_LINES; l++)
        d.agree += cnt[l] == cnt[0];
    return d;
}

/* consistent: as often as on the header on at least 4 lines in 5 of the
 * complete data lines */
static int delim_consistent(size_t agree, size_t data) { return data && agree * 5 >= data * 4; }

/* "12 ';'", "2 tabs", "1 tab" */
static const char *delim_count_name(size_t k, char c, char *buf, size_t cap)
{
    char a[8];
    snprintf(buf, cap, "%zu %s%s", k, delim_name(c, a, sizeof a), c == '\t' && k != 1 ? "s" : "");
    return buf;
}

/* "--delimiter=';'", "--delimiter=tab" */
static const char *delim_option(char c, char *buf, size_t cap)
{
    if (c == '\t')
        snprintf(buf, cap, "--delimiter=tab");
    else
        snprintf(buf, cap, "--delimiter='%c'", c);
    return buf;
}

/* The first field of the header split by c, fitted in 40 columns. */
static const char *header_first_field(const char *s, size_t n, char c, char *buf, size_t cap)
{
    size_t k = 0, e;
    int inq = 0;
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    for (e = k; e < n && (inq || (s[e] != c && s[e] != '\n' && s[e] != '\r')); e++)
        inq ^= s[e] == '"';
    ct_textwidth_fit(buf, cap, s + k, e - k, 40, "...", '?');
    return buf;
}

/* The header and the rows written with different delimiters (a header
 * typed or pasted over an export): the header holds k of hx and none of
 * rx, (nearly) every data line k of rx and not k of hx. Before 2026-12-04
 * each row was blamed as "a line that is not a record":
 * tests/cli/files_delimiter_header_rows_differ. */
static ct_file_kind sniff_mixed_delimiters(const char *s, size_t n, char delim, ct_file_sniff *o)
{
    static const char cand[] = {';', '\t', '|', ','};
    size_t data;
    const delim_count d = delim_evidence(s, n, delim, &data);
    if (data < 2)
        return CT_FILE_TEXT;
    for (size_t i = 0; i < sizeof cand; i++) {
        if (cand[i] == delim)
            continue;
        const delim_count c = delim_evidence(s, n, cand[i], &data);
        /* the header by delim and the rows by c, or the other way */
        for (int rows_by_delim = 0; rows_by_delim < 2; rows_by_delim++) {
            const delim_count hx = rows_by_delim ? c : d, rx = rows_by_delim ? d : c;
            /* a header without the delimiter told holds at least 2 of its
             * own (a title line above the header, 'Sales; Q1', holds one) */
            if (hx.head < 1u + rows_by_delim || rx.head || delim_consistent(hx.agree, data))
                continue;
            size_t cnt[SNIFF_LINES], same = 0;
            count_per_line(s, n, rx.c, cnt, SNIFF_LINES);
            for (size_t l = 1; l <= data && l < SNIFF_LINES; l++)
                same += cnt[l] == hx.head;
            if (!delim_consistent(same, data))
                continue;
            char a[16], b[16], h[48], msg[CT_DIAG_MSG_MAX], hint[CT_DIAG_MSG_MAX];
            const char *hn = delim_name(hx.c, a, sizeof a), *rn = delim_name(rx.c, b, sizeof b);
            snprintf(msg, sizeof msg,
                     "the header holds %s and no %s outside quotes, but %zu of the next %zu lines "
                     "hold %zu %s%s each: the header and the rows are written with different "
                     "delimiters (a header typed or pasted over another export?)",
                     delim_count_name(hx.head, hx.c, h, sizeof h), rn, same, data, hx.head, rn,
                     rx.c == '\t' && hx.head != 1 ? "s" : "");
            char opt[32];
            if (rows_by_delim)
                snprintf(hint, sizeof hint,
                         "write the header line with %s between the names (or the rows with %s, "
                         "and read it with %s)",
                         rn, hn, delim_option(hx.c, opt, sizeof opt));
            else
                snprintf(hint, sizeof hint,
                         "write the header line with %s between the names and read it with %s "
                         "(or write the rows with %s)",
                         rn, delim_option(rx.c, opt, sizeof opt), hn);
            o->delimiter = rx.c;
            return set(o, CT_FILE_OTHER_DELIMITER, msg, hint);
        }
    }
    return CT_FILE_TEXT;
}

/* Another delimiter than the one told: a candidate whose count on the
 * header is matched on (nearly) every data line. When the header holds
 * none of the delimiter told, that is enough. When it holds some (a name
 * 'views, total' in a ';' export), the candidate must give consistent
 * fields that the delimiter told does not, or, both consistent, hold more
 * on the header and match every data line (a ';' file whose decimal
 * commas happen to match the header's: read with ',' every name holds a
 * ';'). Before 2026-12-04 only a header without the delimiter told was
 * judged: tests/cli/files_delimiter_comma_in_name,
 * files_delimiter_decimal_comma_names. */
/* One line s[0..m) split at runs of blanks outside quotes (leading and
 * trailing blanks ignored): the number of fields, whether one is a number
 * (strtod over the whole token) and whether a run is longer than one
 * space (a tab or an aligned column). */
static size_t blank_fields(const char *s, size_t m, int *numeric, int *runs)
{
    size_t k = 0, fields = 0;
    while (k < m) {
        while (k < m && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k >= m)
            break;
        if (fields && (s[k - 1] == '\t' || (k >= 2 && (s[k - 2] == ' ' || s[k - 2] == '\t'))))
            *runs = 1;
        const size_t b = k;
        int inq = 0;
        while (k < m && (inq || (s[k] != ' ' && s[k] != '\t')))
            inq ^= s[k++] == '"';
        fields++;
        char tok[40];
        if (k - b < sizeof tok && s[b] != '"') {
            memcpy(tok, s + b, k - b);
            tok[k - b] = '\0';
            char *end;
            (void)strtod(tok, &end);
            *numeric |= end == tok + (k - b);
        }
    }
    return fields;
}

/* Thousands groups from s[*k] of s[0..m): each sep followed by exactly
 * three digits ("1 234 567" from the first ' ', "1,234" from the ','), as
 * many as follow; *k is moved past them. Returns how many, or -1 when a
 * sep is followed by other than three digits. */
static long digit_groups(const char *s, size_t m, size_t *k, char sep)
{
    long groups = 0;
    while (*k < m && s[*k] == sep) {
        size_t d = 0;
        for ((*k)++; *k < m && s[*k] >= '0' && s[*k] <= '9'; (*k)++)
            d++;
        if (d != 3)
            return -1;
        groups++;
    }
    return groups;
}

/* s[0..m) is one number with its thousands grouped by single spaces, as
 * a French or Nordic locale writes it ("1 234 567", "-12 345,5"). */
static int space_grouped_number(const char *s, size_t m)
{
    size_t k = 0, d = 0;
    if (k < m && (s[k] == '-' || s[k] == '+'))
        k++;
    while (k < m && s[k] >= '0' && s[k] <= '9')
        k++, d++;
    if (d < 1 || d > 3 || k >= m || s[k] != ' ' || digit_groups(s, m, &k, ' ') < 0)
        return 0;
    if (k < m && (s[k] == ',' || s[k] == '.'))
        for (k++; k < m && s[k] >= '0' && s[k] <= '9'; k++)
            ;
    return k == m;
}

/* A file whose fields are separated by blanks, read with ',' as one
 * column: R's write.table (sep = " ", row names without a name in the
 * header), pandas' to_string (columns aligned by runs of spaces, the
 * index first) or a hand-typed table. Evidence: no ',' on the header, at
 * least 3 names on it, and (nearly) every data line as many fields or one
 * more, each with a number among them (a column of names, "John Smith",
 * is not this, nor one of numbers grouped by spaces, "1 234 567"). Before 2026-12-06 loaded as one column named after the
 * whole header line (FC17 kind: tests/cli/files_delimiter_blank). */
static ct_file_kind sniff_blank_delimited(const char *s, size_t n, ct_file_sniff *o)
{
    size_t k = 0, line = 0, data = 0, same = 0, more = 0, head = 0, grouped = 0;
    int runs = 0, allnum = 1;
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    while (k < n && line <= SNIFF_LINES) {
        const size_t b = k;
        int inq = 0;
        while (k < n && (inq || (s[k] != '\n' && s[k] != '\r')))
            inq ^= s[k++] == '"';
        if (k >= n)
            break;
        int num = 0;
        const size_t f = blank_fields(s + b, k - b, &num, &runs);
        if (line == 0) {
            for (size_t i = b; i < k; i++)
                if (s[i] == ',')
                    return CT_FILE_TEXT;
            if ((head = f) < 3)
                return CT_FILE_TEXT;
        } else if (f) {
            data++;
            same += f == head;
            more += f == head + 1;
            allnum &= num;
            grouped += space_grouped_number(s + b, k - b);
        }
        line++;
        while (k < n && (s[k] == '\n' || s[k] == '\r'))
            k++;
    }
    const size_t agree = same > more ? same : more;
    /* a one-column file of numbers grouped by spaces is not this */
    if (data < 2 || !allnum || agree * 5 < data * 4 || grouped * 2 >= data)
        return CT_FILE_TEXT;
    char msg[CT_DIAG_MSG_MAX];
    snprintf(msg, sizeof msg,
             "the header holds %zu names separated by %s and no ',', and %zu of the next %zu lines "
             "%zu fields so separated: the file looks %s-delimited, not comma-separated%s",
             head, runs ? "blanks" : "single spaces", agree, data, more > same ? head + 1 : head,
             runs ? "blank" : "space",
             more > same ? " (the first field of each line has no name: row names, as R's "
                           "write.table or pandas' to_string write them)"
                         : "");
    if (!runs && more <= same)
        return set(o, CT_FILE_OTHER_DELIMITER, msg,
                   "read it with a space as the delimiter (--delimiter=' ')");
    return set_pipe(o, CT_FILE_OTHER_DELIMITER, msg,
                    "convert it: /usr/bin/python3 -c \"import sys, pandas as p; "
                    "p.read_csv(sys.argv[1], sep=r'\\s+').to_csv(sys.argv[1] + '.csv', "
                    "index=False)\" FILE",
                    "convert it: ... | /usr/bin/python3 -c \"import sys, pandas as p; "
                    "p.read_csv(sys.stdin, sep=r'\\s+').to_csv('data.csv', index=False)\"");
}

/* A field s[0..*m) as a number is read: the blanks (' ', tab) at its end
 * taken off *m, the index after the blanks and the sign at its start
 * returned. */
static size_t number_start(const char *s, size_t *m)
{
    while (*m && (s[*m - 1] == ' ' || s[*m - 1] == '\t'))
        (*m)--;
    size_t k = 0;
    while (k < *m && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k < *m && (s[k] == '-' || s[k] == '+'))
        k++;
    return k;
}

/* s[0..m) is one number as a decimal-comma locale writes it: a sign,
 * digits (groups of three after '.' or ' ' allowed), then ',' and digits;
 * 2 with the comma, 1 without it (a whole number), 0 not a number. */
static int decimal_comma_number(const char *s, size_t m)
{
    size_t k = number_start(s, &m);
    const size_t d0 = k;
    while (k < m && ((s[k] >= '0' && s[k] <= '9') ||
                     ((s[k] == '.' || s[k] == ' ') && k > d0 && k + 3 < m + 1 && k + 1 < m &&
                      s[k + 1] >= '0' && s[k + 1] <= '9')))
        k++;
    if (k == d0)
        return 0;
    if (k == m)
        return 1;
    if (s[k] != ',' || k + 1 >= m)
        return 0;
    for (k++; k < m; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return 2;
}

/* s[0..m) is a number grouped by ',' as an English-locale export writes
 * it: a sign, one to three digits, then one or more ',' each before exactly
 * three digits, and an optional '.' fraction: 2 when that can be nothing
 * else ("1,234,567", "1,234.5"), 1 for one group alone ("343,296", which a
 * locale whose decimal mark is ',' writes for 343.296), else 0. */
static int comma_grouped_number(const char *s, size_t m)
{
    size_t k = number_start(s, &m);
    size_t lead = 0;
    while (k < m && s[k] >= '0' && s[k] <= '9' && lead < 4)
        k++, lead++;
    if (lead == 0 || lead > 3)
        return 0;
    const long groups = digit_groups(s, m, &k, ',');
    if (groups <= 0)
        return 0;
    int fraction = 0;
    if (k < m && s[k] == '.') {
        size_t d = 0;
        for (k++; k < m && s[k] >= '0' && s[k] <= '9'; k++)
            d++;
        if (!d)
            return 0;
        fraction = 1;
    }
    return k != m ? 0 : groups > 1 || fraction ? 2 : 1;
}

/* The data lines of s[0..n) (after the header, at most SNIFF_LINES, the
 * last one only when complete) split on c outside quotes: 1 when a field
 * is a number with a decimal comma ("12,5", decimal_comma_number), with
 * *grouped 1 when such a number also has '.' between digit groups
 * ("1.234,5"); else 2 when a field is a number grouped by ','
 * (comma_grouped_number: "1,234,567", "1,234.5"; "343,296" too but in a
 * ';' file, the delimiter of the locales whose decimal mark is ',', where
 * it stays a decimal comma), the thousands of an English-locale export;
 * else 0. Before 2026-12-07 "343,296" in a tab-delimited file was taken
 * for a decimal comma and the hint said --decimal=,, which reads 343.296
 * views (tests/cli/files_delimiter_thousands_comma_hint). Never for c ','
 * (a comma there splits the field). */
static int rows_decimal_comma(const char *s, size_t n, char c, int *grouped)
{
    int found = 0, thousands = 0, one_group = 0;
    *grouped = 0;
    if (c == ',')
        return 0;
    size_t k = 0, line = 0;
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    while (k < n && line <= SNIFF_LINES) {
        size_t e = k;
        int inq = 0;
        while (e < n && (inq || (s[e] != '\n' && s[e] != '\r')))
            inq ^= s[e++] == '"';
        if (e >= n)
            break; /* cut by the window */
        if (line > 0)
            for (size_t b = k, f = k; f <= e; f++) {
                if (f < e && s[f] != c)
                    continue;
                const int g = s[b] != '"' ? comma_grouped_number(s + b, f - b) : 0;
                if (g == 2)
                    thousands = 1;
                else if (g == 1 && c != ';')
                    one_group = 1;
                else if (s[b] != '"' && decimal_comma_number(s + b, f - b) == 2) {
                    found = 1;
                    *grouped |= memchr(s + b, '.', f - b) != NULL;
                }
                b = f + 1;
            }
        line++;
        k = e;
        while (k < n && (s[k] == '\n' || s[k] == '\r'))
            k++;
    }
    return found ? 1 : thousands || one_group ? 2 : 0;
}

/* The hint for a file delimited by c: its --delimiter, and --decimal=,
 * (with --thousands=. for "1.234,5") when its rows split on c hold a
 * number with a decimal comma, or --thousands=, when they hold whole
 * numbers grouped by ',' and no decimal comma, so one run reads it (before 2026-12-07 the
 * decimal mark came on the next run's hint:
 * tests/cli/files_delimiter_decimal_one_hint). The one place that says
 * how to read a file of another delimiter, also for a wide file once
 * converted (sniff_wide). */
static void delim_hint(char *hint, size_t cap, char c, const char *s, size_t n)
{
    char a[16], b[32];
    int grouped = 0;
    const int dec = rows_decimal_comma(s, n, c, &grouped);
    snprintf(hint, cap, "read it with %s as the delimiter (%s%s%s)",
             c == '\t' ? "a tab" : delim_name(c, a, sizeof a), delim_option(c, b, sizeof b),
             dec == 1   ? " --decimal=,"
             : dec == 2 ? " --thousands=,"
                        : "",
             dec == 1 && grouped ? " --thousands=." : "");
}

/* A one-column file of numbers written with a decimal comma, read with
 * ',': the header one name without ',', every data line one number, at
 * least 2 of them "1,5" (a spreadsheet in a ';' locale writes a single
 * column so: no ';' at all). Before 2026-12-06 every such row was blamed
 * as "a text field holding the delimiter may be missing its quotes", and
 * pandas reads the integer parts as the row index (FC17 kind:
 * tests/cli/files_delimiter_one_column_decimal). Whole parts that count
 * 1, 2, 3 may be R's row names instead: both readings are said. */
static ct_file_kind sniff_decimal_column(const char *s, size_t n, ct_file_sniff *o)
{
    size_t k = 0, data = 0, dec = 0, line = 0, ex = 0, exl = 0;
    int grouped = 0; /* a '.' between digit groups ("1.234,5") */
    while (k < n && (s[k] == '\n' || s[k] == '\r'))
        k++;
    size_t hs = k, he = k;
    while (k < n && line <= SNIFF_LINES) {
        const size_t b = k;
        while (k < n && s[k] != '\n' && s[k] != '\r')
            k++;
        if (k >= n) /* the last line may be cut by the window */
            break;
        if (line == 0) {
            he = k;
            for (size_t i = b; i < k; i++)
                if (s[i] == ',' || s[i] == '"' || s[i] == ';' || s[i] == '\t' || s[i] == '|')
                    return CT_FILE_TEXT;
            if (k == b || decimal_comma_number(s + b, k - b))
                return CT_FILE_TEXT; /* no header name, or a number as the header */
        } else if (k > b) {
            const int v = decimal_comma_number(s + b, k - b);
            if (!v)
                return CT_FILE_TEXT;
            data++;
            grouped |= memchr(s + b, '.', k - b) != NULL;
            if (v == 2 && !dec++)
                ex = b, exl = k - b;
        }
        line++;
        while (k < n && (s[k] == '\n' || s[k] == '\r'))
            k++;
    }
    if (dec < 2)
        return CT_FILE_TEXT;
    const int rownames = first_fields_distinct(s, n, ',', line) == 2;
    char name[64], num[48], msg[CT_DIAG_MSG_MAX], hint[CT_DIAG_MSG_MAX];
    ct_textwidth_fit(name, sizeof name, s + hs, he - hs, 40, "...", '?');
    ct_textwidth_fit(num, sizeof num, s + ex, exl, 24, "...", '?');
    snprintf(msg, sizeof msg,
             "the header holds one name ('%s') and no ',', and each of the next %zu lines one "
             "number, %zu of them with a decimal comma ('%s'): a one-column file from a locale "
             "whose decimal mark is ',' (read with ',' as the delimiter, each such number splits "
             "in two; pandas would read the whole parts as the row index)%s",
             name, data, dec, num,
             rownames ? ", or, as the whole parts count 1, 2, 3, row names the header does not "
                        "name (R's write.table writes them so)"
                      : "");
    snprintf(hint, sizeof hint,
             "read it with a delimiter the file does not hold and ',' as the decimal mark "
             "(--delimiter=';' --decimal=,%s)%s",
             grouped ? " --thousands=." : "",
             rownames ? "; for row names, add a name and a ',' at the start of the header line"
                      : "");
    o->delimiter = ';';
    return set(o, CT_FILE_OTHER_DELIMITER, msg, hint);
}

static ct_file_kind sniff_delimiter(const char *s, size_t n, char delim, ct_file_sniff *o)
{
    static const char cand[] = {';', '\t', '|', ','};
    size_t data;
    const delim_count d = delim_evidence(s, n, delim, &data);
    const int d_fits = !data || delim_consistent(d.agree, data);
    if (d.head && data < 2)
        return CT_FILE_TEXT;
    delim_count best = {0, 0, 0};
    for (size_t i = 0; i < sizeof cand; i++) {
        if (cand[i] == delim)
            continue;
        const delim_count c = delim_evidence(s, n, cand[i], &data);
        if (c.head == 0)
            continue;
        /* a header alone needs at least 2 (a name holding one ';' is no
         * evidence) */
        if (data ? !delim_consistent(c.agree, data) : c.head < 2)
            continue;
        if (d.head && (d_fits ? c.agree < data || c.head <= d.head : c.head < d.head))
            continue;
        if (c.head > best.head)
            best = c;
    }
    if (!best.c && delim == ',' && !d.head &&
        (sniff_decimal_column(s, n, o) != CT_FILE_TEXT ||
         sniff_blank_delimited(s, n, o) != CT_FILE_TEXT))
        return o->kind;
    if (!best.c)
        return sniff_mixed_delimiters(s, n, delim, o);
    char a[16], b[16], h[48], hd[48], msg[CT_DIAG_MSG_MAX], hint[CT_DIAG_MSG_MAX];
    const char *bn = delim_name(best.c, a, sizeof a), *dn = delim_name(delim, b, sizeof b);
    delim_count_name(best.head, best.c, h, sizeof h);
    delim_hint(hint, sizeof hint, best.c, s, n);
    if (!d.head) {
        int wrote = snprintf(msg, sizeof msg,
                             "the header holds %s and no %s outside quotes, so the file looks "
                             "%s-delimited",
                             h, dn, bn);
        if (data && wrote > 0 && (size_t)wrote < sizeof msg)
            snprintf(msg + wrote, sizeof msg - (size_t)wrote,
                     " (%zu of the next %zu lines hold as many)", best.agree, data);
    } else if (!d_fits) {
        char some[24] = "none";
        if (d.agree)
            snprintf(some, sizeof some, "%zu", d.agree);
        snprintf(msg, sizeof msg,
                 "the header holds %s and %s outside quotes; %zu of the next %zu lines hold as "
                 "many %s%s and %s as many %s, so the file looks %s-delimited, the %s inside its "
                 "names or fields",
                 h, delim_count_name(d.head, delim, hd, sizeof hd), best.agree, data, bn,
                 best.c == '\t' ? "s" : "", some, dn, bn, dn);
    } else {
        char first[160];
        snprintf(msg, sizeof msg,
                 "the header holds %s and %s outside quotes, and each of the next %zu lines as "
                 "many of both: read with %s, the names hold the %s (the first is '%s'), so the "
                 "file looks %s-delimited with %s inside its fields",
                 h, delim_count_name(d.head, delim, hd, sizeof hd), data, dn, bn,
                 header_first_field(s, n, delim, first, sizeof first), bn, dn);
        const size_t used = strlen(hint);
        if (delim == ',' && hint[used - 1] == ')' && !strstr(hint, "--decimal") &&
            !strstr(hint, "--thousands"))
            snprintf(hint + used - 1, sizeof hint - used + 1,
                     "; add --decimal=, when its numbers are written as '1,5')");
    }
    o->delimiter = best.c;
    return set(o, CT_FILE_OTHER_DELIMITER, msg, hint);
}

ct_file_kind ct_csv_sniff(const char *data, size_t len, char delimiter, unsigned checks,
                          ct_file_sniff *out)
{
    memset(out, 0, sizeof *out);
    out->kind = CT_FILE_TEXT;
    if (!data || !len)
        return CT_FILE_TEXT;
    const unsigned char *u = (const unsigned char *)data;
    ct_file_kind k;
    if (checks & CT_SNIFF_FILE) {
        size_t m = len < 512 ? len : 512;
        int binary = memchr(data, 0, m) != NULL || !utf8_valid_prefix(data, m);
        /* "%PDF-" and a version at byte 0 is a PDF whether or not its
         * optional binary comment line follows (before 2026-12-04 a PDF
         * of text only was read as rows: tests/cli/files_not_csv_pdf_text) */
        const int pdf = len >= 6 && memcmp(data, "%PDF-", 5) == 0 && u[5] >= '1' && u[5] <= '9';
        if ((binary || pdf) && (k = sniff_binary(u, len, out)) != CT_FILE_TEXT)
            return k;
        if ((k = sniff_wide(u, len, delimiter, out)) != CT_FILE_TEXT)
            return k;
        if (binary && (k = sniff_control_share(u, m, out)) != CT_FILE_TEXT)
            return k;
        if ((k = sniff_page(data, len, out)) != CT_FILE_TEXT)
            return k;
        if ((k = sniff_sep_line(data, len, delimiter, out)) != CT_FILE_TEXT)
            return k;
    }
    size_t window = len < ((size_t)1 << 16) ? len : ((size_t)1 << 16);
    /* The whole input within the window, its last line without a line
     * end: that line is complete, so the checks below see it ended (they
     * leave out a last line cut by the read). Before 2026-12-07 a ", "
     * file of a header and one row saved without a final line end held no
     * complete data line and was read, every name after the first with
     * its space (tests/cli/files_space_after_one_row_no_eol). */
    char *ended = NULL;
    if ((checks & CT_SNIFF_WHOLE) && window == len && data[len - 1] != '\n' &&
        data[len - 1] != '\r' && (ended = ct_malloc(len + 1)) != NULL) {
        memcpy(ended, data, len);
        ended[len] = '\n';
        data = ended;
        window = len + 1;
    }
    k = CT_FILE_TEXT;
    if ((checks & CT_SNIFF_DELIMITER))
        k = sniff_delimiter(data, window, delimiter, out);
    if (k == CT_FILE_TEXT && (checks & CT_SNIFF_FILE))
        k = ct_sniff_space_after_delimiter(data, window, delimiter, out);
    if (k == CT_FILE_TEXT && (checks & CT_SNIFF_FILE))
        k = sniff_header_short(data, window, delimiter, out);
    ct_free(ended);
    return k;
}
