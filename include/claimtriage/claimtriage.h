/* claimtriage/claimtriage.h — umbrella header for the claimtriage library.
 * Layer: app (docs/design.md). */
#ifndef CLAIMTRIAGE_H
#define CLAIMTRIAGE_H

#include "claimtriage/common.h"
#include "claimtriage/csv.h"
#include "claimtriage/design.h"
#include "claimtriage/dist.h"
#include "claimtriage/eda.h"
#include "claimtriage/frame.h"
#include "claimtriage/htest.h"
#include "claimtriage/inspect.h"
#include "claimtriage/json.h"
#include "claimtriage/logit.h"
#include "claimtriage/metrics.h"
#include "claimtriage/plan.h"
#include "claimtriage/reports_schema.h"
#include "claimtriage/split.h"
#include "claimtriage/stats.h"
#include "claimtriage/svg.h"
#include "claimtriage/synth.h"

#endif
