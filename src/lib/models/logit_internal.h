/* logit_internal.h — internal: the linear-programming test of separation
 * (logit_separable.c) that logit.c's separation diagnosis calls. Not part
 * of the public API. */
#ifndef CT_LOGIT_INTERNAL_H
#define CT_LOGIT_INTERNAL_H

#include "claimtriage/matrix.h"

/* How the classes of 0/1 outcomes y lie in the rows of x (n × p). */
typedef enum logit_sep {
    LOGIT_SEP_UNKNOWN = -1, /* could not tell (out of memory, pivot limit) */
    LOGIT_SEP_NONE = 0,     /* the classes overlap: the MLE exists (x of full rank) */
    LOGIT_SEP_QUASI = 1,    /* some b ≠ 0 puts every row on its class's side or on
                               the boundary, some strictly: quasi-complete */
    LOGIT_SEP_COMPLETE = 2  /* some b puts every row strictly on its class's side */
} logit_sep;

/* Which of the three holds. COMPLETE and QUASI are returned only when the
 * b the solver found is checked on every row of x (the claim is verified
 * on the data, not taken from the solver). Deterministic: Bland's rule. */
logit_sep ct_logit_separation_(const ct_matrix *x, const double *y);

#endif
