/* claimtriage/queue_chart.h — the chart of a review queue's evaluation:
 * recall (or weighted recall) against reviews done, for the queue, random
 * order and ordering by weight, with the capacity marked; the conventions
 * of the other charts (claimtriage/svg.h: a title that states the finding,
 * labelled axes, legend above the plot, Okabe–Ito colours, <title> and
 * <desc>, same input same bytes).
 * Layer: report (docs/design.md).
 *
 * Ownership: borrowed arguments; output to the caller's FILE (not
 * closed). Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_QUEUE_CHART_H
#define CLAIMTRIAGE_QUEUE_CHART_H

#include "claimtriage/queue_eval.h"
#include "claimtriage/svg.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The orders a chart draws: the queue, random order and by weight
 * (CT_QORDER_QUEUE .. CT_QORDER_WEIGHT). The order by probability is a
 * figure of the table, not a line: a fourth line would sit on the queue's
 * wherever the reach changes little. */
#define CT_QORDER_CHARTED 3

/* Curves of e (weighted: 1 the weighted recall) as lines of at most 500
 * evenly spaced points each (K = 0, every ceil(n / 500)-th, and n), y as
 * a percentage 0..100, for the first CT_QORDER_CHARTED orders;
 * names[CT_QORDER_*] label the legend, an order whose curve is the
 * queue's at every point as "NAME (same as QUEUE)" (its line lies under
 * the queue's; since 2026-12-06). l NULL: the
 * default layout. CT_EINVAL (no title, a bad layout, no queue, curves
 * undefined: no positives), CT_EIO. */
CT_API ct_status ct_queue_chart_write(FILE *fp, const ct_svg_layout *l, const ct_queue_eval *e,
                                      int weighted, const ct_svg_text *text,
                                      const char *const names[CT_QORDER_N], ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
