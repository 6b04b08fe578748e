/* wrap.c — paragraphs for people wrapped at spaces (see claimtriage/table.h),
 * widths in display columns (claimtriage/textwidth.h):
 * the one word-wrapper of the library and the CLI. */
#include "claimtriage/table.h"
#include "claimtriage/textwidth.h"

#include <string.h>

void ct_text_wrap(FILE *fp, const char *first, size_t hang, size_t width, const char *text)
{
    if (!first)
        first = "";
    size_t col = ct_textwidth_z(first);
    int start = 1;
    fputs(first, fp);
    for (const char *p = text ? text : "(out of memory)"; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        const size_t len = (size_t)(e - p);
        if (!len)
            break;
        const size_t w = ct_textwidth(p, len);
        if (!start && width && col + 1 + w > width) {
            fprintf(fp, "\n%*s", (int)hang, "");
            col = hang;
            start = 1;
        }
        if (!start) {
            fputc(' ', fp);
            col++;
        }
        fwrite(p, 1, len, fp);
        col += w;
        start = 0;
        p = e;
    }
    fputc('\n', fp);
}
