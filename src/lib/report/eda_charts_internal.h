/* eda_charts_internal.h — internal: what the chart titles (eda_titles.c)
 * and the chart drawing (eda_charts.c) share. Hidden symbols. */
#ifndef CT_EDA_CHARTS_INTERNAL_H
#define CT_EDA_CHARTS_INTERNAL_H

#include "claimtriage/eda_charts.h"
#include "claimtriage/textwidth.h"

#define EDA_KEYS_MAX (1 + CT_EDA_MAX_BY)
/* a chart title or subtitle, and every clause of one (a clause holding a
 * column name is as long as the title may be, so no name is cut short
 * inside it) */
#define EDA_TITLE_MAX 512

/* Words for the titles: the options' labels resolved for r's columns. */
typedef struct eda_words {
    const char *name[CT_EDA_MAX_METRICS]; /* short names */
    const char *noun[CT_EDA_MAX_METRICS]; /* headline nouns */
    const char *unit[CT_EDA_MAX_METRICS]; /* after numbers, "" for none */
    const char *key_name[EDA_KEYS_MAX];   /* short names of the key columns */
    const char *key_noun[EDA_KEYS_MAX];   /* level nouns, NULL for none */
    const char *one, *many;               /* what a row is: "video", "videos" */
    const int *log_axis;                  /* [nmetrics] */
    size_t sx, sy;                        /* scatter metrics */
    size_t scatter_max;
    size_t hclass; /* the class the shares in titles are of (ct_headline_class) */
    /* the names above that are a column's own (no label gave a word for
     * it): kept as written at a sentence's start, never capitalised */
    const char *raw[CT_EDA_MAX_METRICS + EDA_KEYS_MAX];
    size_t nraw;
} eda_words;

/* Title and subtitle of each chart kind (t, sub: buffers of tn, sn bytes). */
void eda_title_hist(const ct_eda *r, const eda_words *w, size_t m, char *t, size_t tn, char *sub,
                    size_t sn);
void eda_title_box(const ct_eda *r, const eda_words *w, size_t m, char *t, size_t tn, char *sub,
                   size_t sn);
void eda_title_stack(const ct_eda *r, const eda_words *w, size_t k, char *t, size_t tn, char *sub,
                     size_t sn);
void eda_title_corr(const ct_eda *r, const eda_words *w, const double *c, const char *method,
                    const char *sym, char *t, size_t tn, char *sub, size_t sn);
void eda_title_scatter(const ct_eda *r, const eda_words *w, char *t, size_t tn, char *sub,
                       size_t sn);

/* Whether the scatter draws metric m on a log axis (no negative value). */
int eda_scatter_log_axis(const ct_eda *r, size_t m);

/* s with its first letter upper-cased (ASCII) when s is a plain word of a
 * label ("views"), into buf; a column's own name (w->raw) is copied as
 * written. */
const char *eda_cap(const eda_words *w, char *buf, size_t n, const char *s);

#endif
