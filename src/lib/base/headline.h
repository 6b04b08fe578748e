/* headline.h — how many rows a group needs before a sentence for people
 * rests on it (eda's titles, test's sentences, the report's points, train's
 * shortcut audit):
 * min(30, 1% of the rows), at least 10 (docs/eda.md, "Titles"). A smaller
 * group is still in the tables and charts, with its n; a headline never
 * compares it. */
#ifndef CT_HEADLINE_H
#define CT_HEADLINE_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define CT_HEADLINE_GROUP_MIN_ROWS 30    /* a headline group needs this many rows, */
#define CT_HEADLINE_GROUP_MIN_SHARE 0.01 /* or this share of the rows if fewer, */
#define CT_HEADLINE_GROUP_FLOOR 10       /* but never fewer than this */

/* A headline compares two groups ("4.5x the views", "far more") only when a
 * test finds them different below this p (eda's class_test, read by the
 * report's points too). */
#define CT_HEADLINE_ALPHA 0.05

static inline uint64_t ct_headline_group_min(uint64_t rows)
{
    const double pct = ceil(CT_HEADLINE_GROUP_MIN_SHARE * (double)rows);
    const double m = fmin(CT_HEADLINE_GROUP_MIN_ROWS, pct);
    return (uint64_t)fmax(CT_HEADLINE_GROUP_FLOOR, m);
}

/* The level of a class column that a headline's shares are about ("45% of
 * videos by banned authors are 'claim'"), of n levels with counts[k] rows
 * each: the level named positive (the reports file's 'claim'; NULL: none)
 * when it has at least min rows, else the most frequent level (ties: the
 * earlier). Never the first level by sort order: 'Claim' (29 rows) sorts
 * before 'claim' (1,499) and was headlined as the class before 2026-12-04
 * (tests/cli/eda_headline_class_not_case_variant). */
static inline size_t ct_headline_class(const uint64_t *counts, const char *const *labels, size_t n,
                                       const char *positive, uint64_t min)
{
    size_t best = 0;
    for (size_t k = 0; k < n; k++)
        if (counts[k] > counts[best])
            best = k;
    for (size_t k = 0; positive && labels && k < n; k++)
        if (labels[k] && strcmp(labels[k], positive) == 0 && counts[k] >= min)
            return k;
    return best;
}

/* The words for the class a sentence's count falls short for, of two
 * classes of pos and neg rows against min: both when both are below min,
 * else pos_words or neg_words ("8 claims and 65 opinions, fewer than the 10
 * claims ...", not "... of each class", which read as if both were few). */
static inline const char *ct_headline_short_class(uint64_t pos, uint64_t neg, uint64_t min,
                                                  const char *both, const char *pos_words,
                                                  const char *neg_words)
{
    return pos < min && neg < min ? both : pos < min ? pos_words : neg_words;
}

#endif
