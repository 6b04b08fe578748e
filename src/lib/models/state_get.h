/* state_get.h — internal: reading an estimator's saved parameters from its
 * model-file JSON object, each failure worded with the key and what is
 * wrong with it ("'max_bins' is 1, outside 2..65535"), so that a damaged or
 * hand-edited model file's message names the bad parameter. Shared by the
 * families' load functions (lr.c, tree_forest.c, tree_boost.c,
 * tree_model.c). Not part of the public API. */
#ifndef CT_STATE_GET_H
#define CT_STATE_GET_H

#include "claimtriage/json.h"

#include <stddef.h>
#include <stdint.h>

/* room for a message naming a key of up to 40 bytes and two 64-bit bounds */
#define STATE_WHY_CAP 160

/* 0 and *out set when o's member key is a finite number (state_get_num), a
 * whole number in lo..hi (state_get_int) or a boolean (state_get_bool; *out
 * 0 or 1); else -1 and why (STATE_WHY_CAP bytes) says which key and what is
 * wrong: missing, of another type, or out of range. */
int state_get_num(const ct_json_value *o, const char *key, double *out, char *why);
int state_get_int(const ct_json_value *o, const char *key, int64_t lo, int64_t hi, int64_t *out,
                  char *why);
int state_get_bool(const ct_json_value *o, const char *key, int *out, char *why);

#endif
