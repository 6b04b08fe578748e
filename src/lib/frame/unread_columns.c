/* unread_columns.c — the file's columns a command does not read, named in
 * the hint of a column it lacks (claimtriage/frame.h,
 * ct_frame_unread_columns): a required column renamed to an unrelated name
 * ('video_transcription_text' exported as 'transcript') is near no name
 * the command knows, so no "did you mean" can find it; the columns left
 * over are where it is. */
#include "claimtriage/frame.h"

#include <stdio.h>
#include <string.h>

static int is_used(const char *nm, const char *const *used, size_t nused)
{
    for (size_t k = 0; k < nused; k++)
        if (used[k] && strcmp(used[k], nm) == 0)
            return 1;
    return 0;
}

size_t ct_frame_unread_columns(const ct_frame *f, const char *const *used, size_t nused, size_t max,
                               char *list, size_t cap)
{
    if (cap)
        list[0] = '\0';
    if (!f)
        return 0;
    size_t n = 0, len = 0, shown = 0;
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const char *nm = ct_column_name(ct_frame_col(f, j));
        if (!nm || is_used(nm, used, nused))
            continue;
        n++;
        if (shown >= max || !cap)
            continue;
        const int w = snprintf(list + len, cap - len, "%s'%s'", shown ? ", " : "", nm);
        if (w < 0 || (size_t)w >= cap - len) { /* no room: cut before this name */
            list[len] = '\0';
            max = shown;
            continue;
        }
        len += (size_t)w;
        shown++;
    }
    if (n > shown && cap > len)
        snprintf(list + len, cap - len, "%s... (%zu more)", shown ? ", " : "", n - shown);
    return n;
}
