/* list_hint.c — an option's list that split a column whose name holds ','
 * ("--columns=views, total,likes" when the file has 'views, total'): the
 * hint that says so and shows the quoting (claimtriage/frame.h,
 * claimtriage/list.h). */
#include "claimtriage/frame.h"
#include "claimtriage/list.h"

#include <stdio.h>
#include <string.h>

/* Whether items[i..j] joined by ',' is the name nm. */
static int joined_is(const char *const *items, size_t i, size_t j, const char *nm)
{
    for (size_t q = i; q <= j; q++) {
        const size_t len = strlen(items[q]);
        if (strncmp(nm, items[q], len) != 0)
            return 0;
        nm += len;
        if (q < j && *nm++ != ',')
            return 0;
    }
    return *nm == '\0';
}

int ct_frame_list_hint(const ct_frame *f, const char *const *items, size_t n, size_t k, char *hint,
                       size_t cap)
{
    if (!f || !items || k >= n)
        return 0;
    const size_t nc = ct_frame_ncols(f);
    for (size_t c = 0; c < nc; c++) {
        const char *nm = ct_column_name(ct_frame_col(f, c));
        if (!strchr(nm, ','))
            continue;
        for (size_t i = 0; i <= k; i++)
            for (size_t j = k > i ? k : i + 1; j < n; j++)
                if (joined_is(items, i, j, nm)) {
                    char q[CT_DIAG_MSG_MAX / 2];
                    ct_list_quote(q, sizeof q, nm);
                    snprintf(hint, cap,
                             "the file has a column '%s': in a list, a name holding ',' is "
                             "written in double quotes (%s; docs/cli.md, \"Lists in options\")",
                             nm, q);
                    return 1;
                }
    }
    return 0;
}
