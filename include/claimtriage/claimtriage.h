/* claimtriage/claimtriage.h — umbrella header for the claimtriage library.
 * Layer: app (docs/design.md). */
#ifndef CLAIMTRIAGE_H
#define CLAIMTRIAGE_H

#include "claimtriage/artifact.h"
#include "claimtriage/clean.h"
#include "claimtriage/common.h"
#include "claimtriage/corr.h"
#include "claimtriage/csv.h"
#include "claimtriage/design.h"
#include "claimtriage/dist.h"
#include "claimtriage/eda.h"
#include "claimtriage/eda_charts.h"
#include "claimtriage/encoder.h"
#include "claimtriage/frame.h"
#include "claimtriage/htest.h"
#include "claimtriage/htest_text.h"
#include "claimtriage/inspect.h"
#include "claimtriage/json.h"
#include "claimtriage/logit.h"
#include "claimtriage/matrix.h"
#include "claimtriage/metrics.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/plan.h"
#include "claimtriage/regress.h"
#include "claimtriage/regress_text.h"
#include "claimtriage/reports_defaults.h"
#include "claimtriage/reports_model.h"
#include "claimtriage/rng.h"
#include "claimtriage/sort.h"
#include "claimtriage/split.h"
#include "claimtriage/stats.h"
#include "claimtriage/svg.h"
#include "claimtriage/synth.h"
#include "claimtriage/table.h"
#include "claimtriage/utf8.h"

#endif
