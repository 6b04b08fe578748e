/* state_get.c — an estimator's saved parameters read from its model-file
 * JSON object, each failure naming the key and what is wrong with it
 * (models/state_get.h). */
#include "models/state_get.h"

#include <math.h>
#include <stdio.h>

static int missing_or(const ct_json_value *v, const char *key, const char *want, char *why)
{
    if (!v)
        snprintf(why, STATE_WHY_CAP, "'%.40s' is missing", key);
    else
        snprintf(why, STATE_WHY_CAP, "'%.40s' is not %s", key, want);
    return -1;
}

int state_get_num(const ct_json_value *o, const char *key, double *out, char *why)
{
    const ct_json_value *v = ct_json_get(o, key);
    if (ct_json_type_of(v) != CT_JSON_NUMBER || !isfinite(ct_json_number(v)))
        return missing_or(v, key, "a finite number", why);
    *out = ct_json_number(v);
    return 0;
}

int state_get_int(const ct_json_value *o, const char *key, int64_t lo, int64_t hi, int64_t *out,
                  char *why)
{
    const ct_json_value *v = ct_json_get(o, key);
    int64_t x;
    if (ct_json_int64(v, &x) != CT_OK)
        return missing_or(v, key, "a whole number", why);
    if (x < lo || x > hi) {
        snprintf(why, STATE_WHY_CAP, "'%.40s' is %lld, outside %lld..%lld", key, (long long)x,
                 (long long)lo, (long long)hi);
        return -1;
    }
    *out = x;
    return 0;
}

int state_get_bool(const ct_json_value *o, const char *key, int *out, char *why)
{
    const ct_json_value *v = ct_json_get(o, key);
    if (ct_json_type_of(v) != CT_JSON_BOOL)
        return missing_or(v, key, "true or false", why);
    *out = ct_json_bool_value(v);
    return 0;
}
