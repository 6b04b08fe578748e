/* names.c — an enum's names in JSON, both ways, from one table (see names.h). */
#include "base/names.h"

#include <string.h>

const char *ct_name_of(const char *const *names, size_t n, int code)
{
    return code > 0 && (size_t)code < n ? names[code] : NULL;
}

int ct_name_code(const char *const *names, size_t n, const char *name)
{
    for (size_t k = 1; name && k < n; k++)
        if (names[k] && strcmp(name, names[k]) == 0)
            return (int)k;
    return 0;
}
