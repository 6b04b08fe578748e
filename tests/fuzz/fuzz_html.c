/* fuzz_html.c — libFuzzer target for the HTML writer (report/html*.c):
 * the one escaping function and the check that inlines an SVG file only
 * when it is one of our charts — both read outside input (transcriptions,
 * category values; SVG files found in a run folder).
 *
 * Invariants (a violation aborts, which libFuzzer reports as a crash):
 *   - escaped text holds no '<', '>', '"', '\'' and no '&' that does not
 *     start one of &amp; &lt; &gt; &quot; &#39;; it is valid UTF-8; the
 *     buffer form (ct_html_escape) gives the same bytes and length;
 *   - an SVG accepted by ct_html_svg_check is written by ct_html_svg with
 *     no "<script", no "<!", no "<?", no attribute starting "on", no
 *     "href", and every id prefixed "f1-" (inside tags; text may say anything); a refused one writes nothing.
 * Seeds: tests/fuzz/corpus/html/ (our charts, references, hostile text).
 */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *render(const char *s, size_t n, int svg, size_t *len, ct_status *st)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, len);
    if (!fp)
        abort();
    ct_html *h = ct_html_new(fp);
    if (!h)
        abort();
    if (svg)
        *st = ct_html_svg(h, s, n, NULL, NULL);
    else
        ct_html_textn(h, s, n);
    if (ct_html_finish(h) != CT_OK)
        abort();
    fclose(fp);
    return buf;
}

static void check_text(const char *s, size_t n)
{
    size_t len = 0;
    ct_status st = CT_OK;
    char *out = render(s, n, 0, &len, &st);
    if (!ct_utf8_valid(out, len))
        abort();
    for (size_t i = 0; i < len; i++) {
        const char c = out[i];
        if (c == '<' || c == '>' || c == '"' || c == '\'')
            abort();
        if (c == '&') {
            static const char *const ok[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
            int good = 0;
            for (size_t k = 0; k < 5; k++)
                good |= strncmp(out + i, ok[k], strlen(ok[k])) == 0;
            if (!good)
                abort();
        }
    }
    /* the buffer form agrees (on NUL-free input: it takes a C string) */
    if (!memchr(s, '\0', n)) {
        char *z = malloc(n + 1);
        memcpy(z, s, n);
        z[n] = '\0';
        char *b = malloc(len + 1);
        if (ct_html_escape(b, len + 1, z) != len || memcmp(b, out, len) != 0)
            abort();
        free(b);
        free(z);
    }
    free(out);
}

static void check_svg(const char *s, size_t n)
{
    size_t len = 0;
    ct_status st = CT_OK;
    const ct_status chk = ct_html_svg_check(s, n, NULL);
    char *out = render(s, n, 1, &len, &st);
    if (st != chk)
        abort();
    if (st != CT_OK) {
        if (len != 0)
            abort();
        free(out);
        return;
    }
    char *z = malloc(len + 1);
    memcpy(z, out, len);
    z[len] = '\0';
    if (strstr(z, "<script") || strstr(z, "<!") || strstr(z, "<?"))
        abort();
    /* attribute names inside tags (values and text may say anything): no
     * event attribute, no link, every id renamed */
    for (const char *t = strchr(z, '<'); t; t = strchr(t + 1, '<')) {
        const char *q = t + 1;
        while (*q && *q != ' ' && *q != '>' && *q != '/')
            q++;
        while (*q == ' ' || *q == '\n' || *q == '\t') {
            while (*q == ' ' || *q == '\n' || *q == '\t')
                q++;
            const char *name = q;
            while (*q && *q != '=' && *q != '>' && *q != ' ')
                q++;
            if (*q != '=')
                break;
            const size_t nl = (size_t)(q - name);
            if (nl >= 2 && name[0] == 'o' && name[1] == 'n')
                abort();
            for (size_t k = 0; k + 4 <= nl; k++)
                if (memcmp(name + k, "href", 4) == 0)
                    abort();
            if (q[1] != '"')
                abort();
            const char *v = q + 2, *end = strchr(v, '"');
            if (!end)
                abort();
            if (nl == 2 && memcmp(name, "id", 2) == 0 && strncmp(v, "f1-", 3) != 0)
                abort();
            t = end; /* a '<' cannot sit in a value, but skip it all the same */
            q = end + 1;
        }
    }
    free(z);
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_text((const char *)data, size);
    check_svg((const char *)data, size);
    return 0;
}
