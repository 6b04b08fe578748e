/* spaced_names.c — column names with white space around them (claimtriage/
 * frame.h, ct_frame_spaced_names): a header written "video_id ,
 * claim_status" by hand or by a tool keeps the spaces in the names, as
 * pandas' read_csv does, so no command that asks for 'video_id' or
 * 'claim_status' finds them. The names are not trimmed in silence (pandas
 * does not); inspect says so, and the "did you mean" hint of a command that
 * lacks the column words the same fix (frame.c, FRAME_SPACED_FIX). */
#include "frame/frame_internal.h"

#include "claimtriage/utf8.h"

#include <stdio.h>
#include <string.h>

static int is_ws(char c) { return c == ' ' || c == '\t'; }

size_t ct_frame_spaced_names(const ct_frame *f, char *note, size_t cap)
{
    if (cap)
        note[0] = '\0';
    size_t n = 0, w = 0;
    char list[CT_DIAG_MSG_MAX / 2] = "";
    for (size_t j = 0; f && j < ct_frame_ncols(f); j++) {
        const char *nm = ct_column_name(ct_frame_col(f, j));
        const size_t len = nm ? strlen(nm) : 0;
        if (!len || (!is_ws(nm[0]) && !is_ws(nm[len - 1])))
            continue;
        size_t a = 0, b = len;
        while (a < len && is_ws(nm[a]))
            a++;
        while (b > a && is_ws(nm[b - 1]))
            b--;
        if (a == b)
            continue; /* a name of spaces only: not a name with spaces around it */
        n++;
        if (n > 3 || w >= sizeof list)
            continue;
        char shown[256];
        ct_utf8_visible_label(shown, sizeof shown, nm, len);
        const char *where = a && b < len ? "before and after" : a ? "before" : "after";
        const int q = snprintf(list + w, sizeof list - w, "%s'%s' %s", w ? ", " : "", shown, where);
        w = q < 0 ? w : w + (size_t)q;
    }
    if (n && cap)
        snprintf(note, cap,
                 "%zu column name%s with white space around %s (%s%s): a command asking for the "
                 "name without it does not find the column; " FRAME_SPACED_FIX,
                 n, n == 1 ? "" : "s", n == 1 ? "it" : "them", list, n > 3 ? ", ..." : "");
    return n;
}
