/* claimtriage/regress_text.h — the regression analysis as text for people.
 * Layer: report (docs/design.md).
 *
 * Ownership: see common.h. Thread-safety: reentrant; r is only read.
 */
#ifndef CLAIMTRIAGE_REGRESS_TEXT_H
#define CLAIMTRIAGE_REGRESS_TEXT_H

#include "claimtriage/regress.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Write the result as text for people to fp (borrowed; the library writes
 * only where it is told): the cleaning, a statsmodels-style Logit summary,
 * the assumption checks with the VIF, screen, Box–Tidwell and influence
 * tables (aligned with claimtriage/table.h), the interpretation and the
 * held-out view (docs/regress.md has an example). CT_OK, or CT_EIO when fp
 * reports a write error. */
CT_API ct_status ct_regress_write_text(const ct_regress *r, FILE *fp);

#ifdef __cplusplus
}
#endif
#endif
