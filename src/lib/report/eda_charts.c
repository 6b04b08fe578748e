/* eda_charts.c — the chart set of an exploratory analysis: which charts,
 * their files, and drawing each from the ct_eda's used rows (see
 * claimtriage/eda_charts.h; titles in eda_titles.c, SVG in svg*.c). */
#include "report/eda_charts_internal.h"
#include "base/headline.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/stats.h"
#include "claimtriage/textwidth.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define EDA_FILE_MAX 300
/* A chart file's name in bytes at most, ".svg" included (POSIX file
 * systems take 255; room is left for a -N that tells two charts apart,
 * EDA_FILE_SUFFIX_MAX bytes): the column names in it are cut, on a
 * grapheme boundary, the chart's title keeping them whole. */
#define EDA_FILE_NAME_MAX 240
#define EDA_FILE_SUFFIX_MAX 15 /* "-N", N a size_t of up to 14 digits */

enum chart_kind {
    CHART_HIST,
    CHART_BOX,
    CHART_STACK,
    CHART_PEARSON,
    CHART_SPEARMAN,
    CHART_SCATTER
};

struct ct_eda_charts_priv {
    size_t nmetrics, rows_used; /* of the ct_eda the charts were built from */
    char **name;                /* [nmetrics] short names on axes */
    char *one, *many;           /* what a row is */
    int *log_axis;              /* [nmetrics] */
    size_t sx, sy;              /* scatter metrics */
    size_t hist_bins, scatter_max;
    int *kind;   /* [n] enum chart_kind */
    size_t *arg; /* [n] metric or key index */
};

/* ------------------------------------------------------------- pooling */

/* The levels of a key column as a chart draws them: all of them when they
 * are at most `max`, else the max - 1 most frequent (ties: the earlier
 * level) in their usual order, then one slot pooling the rest, named
 * "other (N levels)". */
typedef struct eda_pool {
    size_t nslots;                        /* slots drawn */
    size_t npooled;                       /* levels in the last slot; 0: none pooled */
    size_t map[CT_EDA_MAX_LEVELS];        /* level -> slot */
    const char *names[CT_EDA_MAX_LEVELS]; /* [nslots] */
    char other[48];                       /* the pooled slot's name */
} eda_pool;

static void pool_levels(const ct_eda *r, size_t key, size_t max, eda_pool *p)
{
    size_t nl = 0;
    const char *const *lev = ct_eda_key_levels(r, key, &nl);
    const int32_t *idx = ct_eda_key_index(r, key);
    size_t count[CT_EDA_MAX_LEVELS] = {0};
    memset(p, 0, sizeof *p);
    for (size_t i = 0; i < r->rows_used; i++)
        count[idx[i]]++;
    for (size_t j = 0; j < nl; j++) {
        size_t rank = 0; /* levels ahead of j: more rows, or as many and earlier */
        for (size_t i = 0; i < nl; i++)
            rank += count[i] > count[j] || (i < j && count[i] == count[j]);
        if (nl <= max || rank + 1 < max) {
            p->map[j] = p->nslots;
            p->names[p->nslots++] = lev[j];
        } else {
            p->map[j] = SIZE_MAX;
            p->npooled++;
        }
    }
    if (!p->npooled)
        return;
    snprintf(p->other, sizeof p->other, "other (%zu levels)", p->npooled);
    for (size_t j = 0; j < nl; j++)
        if (p->map[j] == SIZE_MAX)
            p->map[j] = p->nslots;
    p->names[p->nslots++] = p->other;
}

/* The sentence saying what a pool of key column `key` holds, into buf
 * (empty when nothing is pooled); names the pooled levels while they fit. */
static void pool_note(const ct_eda *r, size_t key, size_t max, char *buf, size_t n)
{
    eda_pool p;
    pool_levels(r, key, max, &p);
    buf[0] = '\0';
    if (!p.npooled)
        return;
    size_t nl = 0;
    const char *const *lev = ct_eda_key_levels(r, key, &nl);
    char list[256] = "";
    size_t used = 0;
    for (size_t j = 0; j < nl && used + 8 < sizeof list; j++) {
        if (p.map[j] != p.nslots - 1)
            continue;
        char q[128]; /* quoted as the titles quote a label; 'x ' beside 'x' */
        const int quoted = ct_textwidth_label_quoted(lev[j]);
        const int w =
            ct_textwidth_snprintf(list + used, sizeof list - used, quoted ? "%s%s" : "%s'%s'",
                                  used ? ", " : "", ct_textwidth_label(q, sizeof q, lev[j]));
        used = w < 0 ? used : used + (size_t)w;
        if (used >= sizeof list)
            used = sizeof list - 1;
    }
    if (used + 1 >= sizeof list) { /* cut: end on the last whole name */
        char *comma = strrchr(list, ',');
        if (comma)
            snprintf(comma, sizeof list - (size_t)(comma - list), ", ...");
    }
    ct_textwidth_snprintf(buf, n,
                          "%s has %zu levels, more than a chart tells apart (%zu): the %zu most "
                          "frequent are drawn and the other %zu pooled as '%s' (%s).",
                          ct_eda_key_name(r, key), nl, max, max - 1, p.npooled, p.other, list);
}

ct_eda_chart_options ct_eda_chart_options_default(void)
{
    ct_eda_chart_options o;
    memset(&o, 0, sizeof o);
    o.unit = "row";
    o.unit_plural = "rows";
    o.log_ratio = 10;
    o.hist_bins = 30;
    o.scatter_max_points = CT_SVG_SCATTER_MAX_POINTS;
    return o;
}

const char *ct_eda_chart_options_check(const ct_eda_chart_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->unit || !o->unit_plural)
        return "unit and unit_plural must be given";
    if (o->nlabels && !o->labels)
        return "labels are missing";
    if (!o->scatter_x != !o->scatter_y)
        return "scatter_x and scatter_y go together";
    if (!(o->log_ratio >= 1) || !isfinite(o->log_ratio))
        return "log_ratio must be >= 1";
    if (o->hist_bins < 5 || o->hist_bins > 200)
        return "hist_bins must be 5..200";
    return NULL;
}

const ct_chart_label *ct_chart_label_find(const ct_chart_label *labels, size_t n,
                                          const char *column)
{
    for (size_t i = 0; labels && column && i < n; i++)
        if (labels[i].column && strcmp(labels[i].column, column) == 0)
            return &labels[i];
    return NULL;
}

void ct_eda_charts_free(ct_eda_charts *c)
{
    if (!c)
        return;
    for (size_t k = 0; c->charts && k < c->n; k++) {
        ct_free(c->charts[k].file);
        ct_free(c->charts[k].kind);
        ct_free(c->charts[k].title);
        ct_free(c->charts[k].subtitle);
        ct_free(c->charts[k].note);
    }
    ct_free(c->charts);
    ct_eda_charts_priv *p = c->priv;
    if (p) {
        for (size_t m = 0; p->name && m < p->nmetrics; m++)
            ct_free(p->name[m]);
        ct_free(p->name);
        ct_free(p->one);
        ct_free(p->many);
        ct_free(p->log_axis);
        ct_free(p->kind);
        ct_free(p->arg);
        ct_free(p);
    }
    ct_free(c);
}

/* ------------------------------------------------------------ building */

static const char *label_name(const ct_eda_chart_options *o, const char *col)
{
    const ct_chart_label *l = ct_chart_label_find(o->labels, o->nlabels, col);
    return l && l->name ? l->name : col;
}

static const char *label_stem(const ct_eda_chart_options *o, const char *col)
{
    const ct_chart_label *l = ct_chart_label_find(o->labels, o->nlabels, col);
    return l && l->stem ? l->stem : col;
}

/* The options' labels resolved for r's columns. */
static void words_for(const ct_eda *r, const ct_eda_chart_options *o, const ct_eda_charts_priv *p,
                      eda_words *w)
{
    memset(w, 0, sizeof *w);
    for (size_t m = 0; m < r->nmetrics; m++) {
        const ct_chart_label *l = ct_chart_label_find(o->labels, o->nlabels, r->metrics[m]);
        w->name[m] = label_name(o, r->metrics[m]);
        w->noun[m] = l && l->noun ? l->noun : w->name[m];
        w->unit[m] = l && l->unit ? l->unit : "";
        if (w->name[m] == r->metrics[m])
            w->raw[w->nraw++] = w->name[m];
    }
    for (size_t k = 0; k < ct_eda_nkeys(r) && k < EDA_KEYS_MAX; k++) {
        const char *col = ct_eda_key_name(r, k);
        const ct_chart_label *l = ct_chart_label_find(o->labels, o->nlabels, col);
        w->key_name[k] = label_name(o, col);
        w->key_noun[k] = l ? l->level_noun : NULL;
        if (w->key_name[k] == col)
            w->raw[w->nraw++] = col;
    }
    w->one = o->unit;
    w->many = o->unit_plural;
    w->log_axis = p->log_axis;
    w->sx = p->sx;
    w->sy = p->sy;
    w->scatter_max = p->scatter_max;
    /* the class of the shares: the positive one, else the most frequent */
    size_t ncls = 0;
    const char *const *cls = ct_eda_key_levels(r, 0, &ncls);
    const int32_t *ix = ct_eda_key_index(r, 0);
    uint64_t counts[CT_EDA_MAX_LEVELS] = {0};
    for (size_t i = 0; i < r->rows_used; i++)
        if (ix[i] >= 0 && (size_t)ix[i] < CT_EDA_MAX_LEVELS)
            counts[ix[i]]++;
    w->hclass = ct_headline_class(counts, cls, ncls < CT_EDA_MAX_LEVELS ? ncls : CT_EDA_MAX_LEVELS,
                                  o->positive, ct_headline_group_min((uint64_t)r->rows_used));
}

/* The chart's file, stem (its name without ".svg") made a file name:
 * the stem cut on a grapheme boundary so that stem.svg is at most
 * EDA_FILE_NAME_MAX bytes, and -2, -3, ... before the ".svg" of a name
 * an earlier chart took. Before 2026-12-04 the ".svg" was cut with the
 * column names (a name of 300 bytes gave "box_xxx...x", no extension) and
 * the -2 came after the cut: tests/cli/eda_long_names_keep_svg. NULL when
 * out of memory. */
static char *chart_file(const ct_eda_charts *c, const char *stem)
{
    char *base = ct_strdup(stem);
    if (!base)
        return NULL;
    /* a column name is data: a '/' or '\\' in it would name a folder
     * (cannot write DIR/hist_views/day.svg), a control character an
     * unprintable file name; each becomes '_' */
    for (char *q = base; *q; q++)
        if (*q == '/' || *q == '\\' || (unsigned char)*q < 0x20 || *q == 0x7f)
            *q = '_';
    const size_t n =
        ct_textwidth_prefix(base, strlen(base), SIZE_MAX, EDA_FILE_NAME_MAX - strlen(".svg"), NULL);
    const size_t cap = n + EDA_FILE_SUFFIX_MAX + sizeof ".svg";
    char *file = ct_malloc(cap);
    /* two columns may then give one name ('a/b', 'a_b'; 'Views', 'views'
     * on a file system blind to case): the later chart gets -2, -3, ...
     * before its extension, so no chart overwrites another */
    for (size_t k = 1; file; k++) {
        if (k == 1)
            snprintf(file, cap, "%.*s.svg", (int)n, base);
        else
            snprintf(file, cap, "%.*s-%zu.svg", (int)n, base, k);
        int taken = 0;
        for (size_t i = 0; i < c->n && !taken; i++)
            taken = c->charts[i].file && strcasecmp(c->charts[i].file, file) == 0;
        if (!taken)
            break;
    }
    ct_free(base);
    return file;
}

static int add_chart(ct_eda_charts *c, int kind, size_t arg, const char *stem, const char *kname,
                     const char *title, const char *subtitle, const char *note)
{
    ct_eda_chart *ch = &c->charts[c->n];
    ch->file = chart_file(c, stem);
    c->priv->kind[c->n] = kind;
    c->priv->arg[c->n] = arg;
    c->n++;
    ch->kind = ct_strdup(kname);
    ch->title = ct_strdup(title);
    ch->subtitle = ct_strdup(subtitle);
    ch->note = note && *note ? ct_strdup(note) : NULL;
    return ch->file && ch->kind && ch->title && ch->subtitle && (!note || !*note || ch->note) ? 0
                                                                                              : -1;
}

/* Copy what drawing needs; 0 on success. */
static int priv_setup(const ct_eda *r, const ct_eda_chart_options *o, size_t nmax,
                      ct_eda_charts_priv *p)
{
    const size_t np = r->nmetrics;
    p->nmetrics = np;
    p->rows_used = r->rows_used;
    p->hist_bins = o->hist_bins;
    p->scatter_max = o->scatter_max_points;
    p->name = ct_calloc(np, sizeof *p->name);
    p->log_axis = ct_calloc(np, sizeof *p->log_axis);
    p->kind = ct_calloc(nmax, sizeof *p->kind);
    p->arg = ct_calloc(nmax, sizeof *p->arg);
    p->one = ct_strdup(o->unit);
    p->many = ct_strdup(o->unit_plural);
    if (!p->name || !p->log_axis || !p->kind || !p->arg || !p->one || !p->many)
        return -1;
    for (size_t m = 0; m < np; m++) {
        if (!(p->name[m] = ct_strdup(label_name(o, r->metrics[m]))))
            return -1;
        const ct_eda_stat *st = &r->overall[m];
        p->log_axis[m] = st->min >= 0 && st->max >= o->log_ratio * fmax(st->median, 1);
    }
    return 0;
}

ct_status ct_eda_charts_build(const ct_eda *r, const ct_eda_chart_options *opt, ct_eda_charts **out,
                              ct_diag *diag)
{
    *out = NULL;
    ct_eda_chart_options def = ct_eda_chart_options_default();
    if (!opt)
        opt = &def;
    const char *msg = ct_eda_chart_options_check(opt);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    if (!r || ct_eda_nkeys(r) == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no analysis to chart");
    const int sx = opt->scatter_x ? ct_eda_metric_index(r, opt->scatter_x) : 0;
    const int sy = opt->scatter_y ? ct_eda_metric_index(r, opt->scatter_y) : 0;
    if (sx < 0 || sy < 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "the scatter's columns must be among the analysis' metrics");
    const size_t p = r->nmetrics, nkeys = ct_eda_nkeys(r);
    /* one metric: no pair to correlate or to plot (before 2026-12-05 eda
     * took two or more: tests/cli/eda_one_column) */
    const int pairs = p >= 2, scatter = pairs && opt->scatter_x != NULL;
    const size_t nmax = 2 * p + (nkeys - 1) + 2 + (size_t)scatter;
    ct_eda_charts *c = ct_calloc(1, sizeof *c);
    if (c) {
        c->charts = ct_calloc(nmax, sizeof *c->charts);
        c->priv = ct_calloc(1, sizeof *c->priv);
    }
    if (!c || !c->charts || !c->priv || priv_setup(r, opt, nmax, c->priv)) {
        ct_eda_charts_free(c);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    c->priv->sx = (size_t)sx;
    c->priv->sy = (size_t)sy;
    eda_words w;
    words_for(r, opt, c->priv, &w);
    {
        size_t ncls = 0;
        const char *const *cls = ct_eda_key_levels(r, 0, &ncls);
        c->headline_class = w.hclass < ncls ? cls[w.hclass] : NULL;
        c->headline_group_min = ct_headline_group_min((uint64_t)r->rows_used);
    }
    char t[EDA_TITLE_MAX], s[EDA_TITLE_MAX], file[EDA_FILE_MAX];
    char cnote[EDA_TITLE_MAX], knote[EDA_TITLE_MAX], both[2 * EDA_TITLE_MAX];
    pool_note(r, 0, CT_EDA_CHART_MAX_CLASSES, cnote, sizeof cnote);
    int bad = 0;
    for (size_t m = 0; m < p; m++) {
        eda_title_hist(r, &w, m, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "hist_%s", r->metrics[m]);
        bad |= add_chart(c, CHART_HIST, m, file, "histogram", t, s, cnote);
    }
    for (size_t m = 0; m < p; m++) {
        eda_title_box(r, &w, m, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "box_%s", r->metrics[m]);
        bad |= add_chart(c, CHART_BOX, m, file, "boxplot", t, s, cnote);
    }
    const char *class_stem = label_stem(opt, ct_eda_key_name(r, 0));
    for (size_t k = 1; k < nkeys; k++) {
        eda_title_stack(r, &w, k, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "stacked_%s_by_%s", class_stem,
                              label_stem(opt, ct_eda_key_name(r, k)));
        pool_note(r, k, CT_EDA_CHART_MAX_BARS, knote, sizeof knote);
        ct_textwidth_snprintf(both, sizeof both, "%s%s%s", cnote, *cnote && *knote ? " " : "",
                              knote);
        bad |= add_chart(c, CHART_STACK, k, file, "stacked", t, s, both);
    }
    if (pairs) {
        eda_title_corr(r, &w, r->pearson, "Pearson", "r", t, sizeof t, s, sizeof s);
        bad |= add_chart(c, CHART_PEARSON, 0, "corr_pearson", "heatmap", t, s, NULL);
        eda_title_corr(r, &w, r->spearman, "Spearman rank", "rho", t, sizeof t, s, sizeof s);
        bad |= add_chart(c, CHART_SPEARMAN, 0, "corr_spearman", "heatmap", t, s, NULL);
    }
    if (scatter) {
        eda_title_scatter(r, &w, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "scatter_%s_%s", label_stem(opt, opt->scatter_x),
                              label_stem(opt, opt->scatter_y));
        bad |= add_chart(c, CHART_SCATTER, 0, file, "scatter", t, s, cnote);
    }
    if (bad) {
        ct_eda_charts_free(c);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    *out = c;
    return CT_OK;
}

/* ------------------------------------------------------------- drawing */

static const char *const DROPNA_NOTE = "Rows with a missing value dropped first (as df.dropna()).";

/* The chart's pooling note (when any) before the footnote `rest`. */
static const char *with_note(const ct_eda_chart *ch, const char *rest, char *buf, size_t n)
{
    if (!ch->note)
        return rest;
    ct_textwidth_snprintf(buf, n, "%s %s", ch->note, rest);
    return buf;
}

/* A metric with an infinite value ("inf" is read as a number, as pandas
 * does) has no bins, box or position to draw: CT_EDATA naming it, with the
 * way to read such values as missing. */
static ct_status finite_metric(const ct_eda *r, size_t m, const char *what, ct_diag *diag)
{
    if (isfinite(r->overall[m].min) && isfinite(r->overall[m].max))
        return CT_OK;
    ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                "column '%s' holds infinite values (read as numbers, as pandas does): its %s "
                "cannot be drawn",
                r->metrics[m], what);
    if (diag)
        ct_textwidth_snprintf(
            diag->hint, sizeof diag->hint,
            "read them as missing with --na-values=inf,-inf (and any other spelling the "
            "file uses), or leave the column out with --columns");
    return CT_EDATA;
}

static ct_status write_hist(const ct_eda *r, const ct_eda_charts_priv *p, size_t m,
                            const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    size_t nb = p->hist_bins;
    ct_status fs = finite_metric(r, m, "histogram", diag);
    if (fs)
        return fs;
    eda_pool pool;
    pool_levels(r, 0, CT_EDA_CHART_MAX_CLASSES, &pool);
    const size_t ng = pool.nslots;
    const int32_t *cls = ct_eda_key_index(r, 0);
    const int lg = p->log_axis[m];
    const double *x = ct_eda_values(r, m);
    const size_t n = r->rows_used;
    const double lo = r->overall[m].min, hi = r->overall[m].max;
    double *edges = ct_malloc((nb + 1) * sizeof *edges);
    double *counts = ct_calloc(nb * (ng ? ng : 1), sizeof *counts);
    if (!counts || !edges) {
        ct_free(edges);
        ct_free(counts);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    /* equal-width bins, in log10(1 + x) on a log axis; whole-number data on
     * a linear axis get whole-number bins centred on the values, so no bin
     * holds more distinct values than its neighbour (no false dips) */
    int whole = 1;
    for (size_t i = 0; whole && i < n; i++)
        whole = x[i] == floor(x[i]);
    double t0 = lg ? 0 : lo, t1 = lg ? log10(1 + hi) : (hi > lo ? hi : lo + 1);
    if (whole && !lg) {
        const double width = ceil((hi - lo + 1) / (double)nb);
        nb = (size_t)ceil((hi - lo + 1) / width);
        t0 = lo - 0.5;
        t1 = t0 + width * (double)nb;
    }
    size_t ne = 0;
    for (size_t b = 0; b <= nb; b++) {
        const double t = t0 + (t1 - t0) * (double)b / (double)nb;
        double e = lg ? pow(10, t) - 1 : t;
        /* whole numbers on a log axis: edges on half-integers, so every bin
         * holds at least one possible value */
        if (lg && whole)
            e = b == 0 ? 0 : floor(e) + 0.5;
        if (b == nb)
            e = fmax(e, lg ? hi + 0.5 : e);
        if (ne == 0 || e > edges[ne - 1])
            edges[ne++] = e;
    }
    nb = ne - 1;
    for (size_t i = 0; i < n; i++) {
        /* the bin whose [lower, upper) holds x; the last bin is closed */
        size_t a = 0, z = nb;
        while (z - a > 1) {
            const size_t mid = (a + z) / 2;
            if (x[i] >= edges[mid])
                a = mid;
            else
                z = mid;
        }
        counts[a * ng + pool.map[cls[i]]] += 1;
    }
    char ylabel[96], note[3 * EDA_TITLE_MAX];
    ct_textwidth_snprintf(ylabel, sizeof ylabel, "number of %s", p->many);
    ct_svg_histogram h;
    memset(&h, 0, sizeof h);
    h.text.title = ch->title;
    h.text.subtitle = ch->subtitle;
    h.text.xlabel = p->name[m];
    h.text.ylabel = ylabel;
    h.text.note = with_note(ch, DROPNA_NOTE, note, sizeof note);
    h.nbins = nb;
    h.edges = edges;
    h.ngroups = ng;
    h.counts = counts;
    h.group_names = pool.names;
    h.log_x = lg;
    h.whole_x = whole;
    ct_status s = ct_svg_write_histogram(fp, l, &h, diag);
    ct_free(counts);
    ct_free(edges);
    return s;
}

/* Box k of a pool's slot: Tukey's whiskers (the most extreme values inside
 * the fences) over the rows of the levels in slot k; the quartiles are the
 * class's own, or for the pooled slot computed over its rows as the
 * analysis computes them (linear interpolation, numpy's default). */
static ct_status slot_box(const ct_eda *r, size_t m, const eda_pool *pool, size_t k,
                          ct_svg_box *box, ct_diag *diag)
{
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    const int32_t *cls = ct_eda_key_index(r, 0);
    const double *x = ct_eda_values(r, m);
    size_t level = 0, nin = 0;
    for (size_t j = 0; j < gr->ngroups; j++)
        if (pool->map[j] == k) {
            level = j;
            nin++;
        }
    if (nin == 1) {
        const ct_eda_stat *st = &gr->groups[level].metrics[m];
        box->label = gr->groups[level].labels[0];
        box->n = st->count;
        box->q1 = st->q1;
        box->median = st->median;
        box->q3 = st->q3;
    } else {
        double *work = ct_malloc((r->rows_used ? r->rows_used : 1) * sizeof *work);
        if (!work)
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        size_t n = 0;
        for (size_t i = 0; i < r->rows_used; i++)
            if (pool->map[cls[i]] == k)
                work[n++] = x[i];
        box->label = pool->names[k];
        box->n = n;
        box->q1 = ct_stats_quantile_select(work, n, 0.25);
        box->median = ct_stats_quantile_select(work, n, 0.5);
        box->q3 = ct_stats_quantile_select(work, n, 0.75);
        ct_free(work);
    }
    const double iqr = box->q3 - box->q1, flo = box->q1 - r->iqr_k * iqr,
                 fhi = box->q3 + r->iqr_k * iqr;
    double wl = box->q1, wh = box->q3;
    size_t out = 0;
    for (size_t i = 0; i < r->rows_used; i++) {
        if (pool->map[cls[i]] != k)
            continue;
        if (x[i] < flo || x[i] > fhi)
            out++;
        else {
            wl = fmin(wl, x[i]);
            wh = fmax(wh, x[i]);
        }
    }
    box->n_outliers = out;
    box->lo = wl;
    box->hi = wh;
    return CT_OK;
}

static ct_status write_box(const ct_eda *r, const ct_eda_charts_priv *p, size_t m,
                           const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    ct_status fs = finite_metric(r, m, "box plot", diag);
    if (fs)
        return fs;
    eda_pool pool;
    pool_levels(r, 0, CT_EDA_CHART_MAX_CLASSES, &pool);
    ct_svg_box boxes[CT_EDA_MAX_LEVELS];
    const size_t nbox = pool.nslots;
    for (size_t k = 0; k < nbox; k++)
        if ((fs = slot_box(r, m, &pool, k, &boxes[k], diag)) != CT_OK)
            return fs;
    char note[256], num[32], full[3 * EDA_TITLE_MAX];
    size_t tot = 0;
    for (size_t k = 0; k < nbox; k++)
        tot += boxes[k].n_outliers;
    ct_numfmt_fixed(num, sizeof num, (double)tot, 0);
    if (tot)
        ct_textwidth_snprintf(note, sizeof note,
                              "%s %s beyond the whiskers (Tukey's 1.5 IQR rule) are not "
                              "drawn. Rows with a missing value dropped first.",
                              num, p->many);
    else
        ct_textwidth_snprintf(note, sizeof note,
                              "No %s lies beyond the whiskers (Tukey's 1.5 IQR rule). "
                              "Rows with a missing value dropped first.",
                              p->one);
    ct_svg_boxplot b;
    memset(&b, 0, sizeof b);
    b.text.title = ch->title;
    b.text.subtitle = ch->subtitle;
    b.text.ylabel = p->name[m];
    b.text.note = with_note(ch, note, full, sizeof full);
    b.nboxes = nbox;
    b.boxes = boxes;
    b.log_y = p->log_axis[m];
    return ct_svg_write_boxplot(fp, l, &b, diag);
}

static ct_status write_stack(const ct_eda *r, const ct_eda_charts_priv *p, size_t k,
                             const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp,
                             ct_diag *diag)
{
    eda_pool bars, segs;
    pool_levels(r, k, CT_EDA_CHART_MAX_BARS, &bars);
    pool_levels(r, 0, CT_EDA_CHART_MAX_CLASSES, &segs);
    const size_t nb = bars.nslots, ns = segs.nslots;
    const int32_t *key = ct_eda_key_index(r, k), *cls = ct_eda_key_index(r, 0);
    double *counts = ct_calloc(nb * ns + 1, sizeof *counts);
    if (!counts)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < r->rows_used; i++)
        counts[bars.map[key[i]] * ns + segs.map[cls[i]]] += 1;
    char xlabel[96], note[3 * EDA_TITLE_MAX];
    ct_textwidth_snprintf(xlabel, sizeof xlabel, "share of %s", p->many);
    ct_svg_stacked s;
    memset(&s, 0, sizeof s);
    s.text.title = ch->title;
    s.text.subtitle = ch->subtitle;
    s.text.xlabel = xlabel;
    s.text.note = with_note(ch, DROPNA_NOTE, note, sizeof note);
    s.nbars = nb;
    s.nsegs = ns;
    s.bar_names = bars.names;
    s.seg_names = segs.names;
    s.counts = counts;
    ct_status st = ct_svg_write_stacked(fp, l, &s, diag);
    ct_free(counts);
    return st;
}

static ct_status write_heat(const ct_eda *r, const ct_eda_charts_priv *p, const double *c,
                            const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    ct_svg_heatmap h;
    memset(&h, 0, sizeof h);
    h.text.title = ch->title;
    h.text.subtitle = ch->subtitle;
    h.text.note = "Purple: rise together; green: one rises as the other falls. Rows with a "
                  "missing value dropped first (df.dropna()).";
    h.n = r->nmetrics;
    h.labels = (const char *const *)p->name;
    h.values = c;
    return ct_svg_write_heatmap(fp, l, &h, diag);
}

/* Counts span orders of magnitude: a scatter axis is logarithmic whenever
 * the values allow (none negative). The subtitle says which. */
int eda_scatter_log_axis(const ct_eda *r, size_t m) { return r->overall[m].min >= 0; }

static ct_status write_scatter(const ct_eda *r, const ct_eda_charts_priv *p, const ct_eda_chart *ch,
                               const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    ct_status fs = finite_metric(r, p->sx, "scatter plot", diag);
    if (fs || (fs = finite_metric(r, p->sy, "scatter plot", diag)))
        return fs;
    eda_pool pool;
    pool_levels(r, 0, CT_EDA_CHART_MAX_CLASSES, &pool);
    const int32_t *cls = ct_eda_key_index(r, 0);
    int32_t *group = ct_malloc((r->rows_used ? r->rows_used : 1) * sizeof *group);
    if (!group)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < r->rows_used; i++)
        group[i] = (int32_t)pool.map[cls[i]];
    char note[3 * EDA_TITLE_MAX];
    ct_svg_scatter s;
    memset(&s, 0, sizeof s);
    s.text.title = ch->title;
    s.text.subtitle = ch->subtitle;
    s.text.xlabel = p->name[p->sx];
    s.text.ylabel = p->name[p->sy];
    s.text.note = with_note(ch, DROPNA_NOTE, note, sizeof note);
    s.n = r->rows_used;
    s.x = ct_eda_values(r, p->sx);
    s.y = ct_eda_values(r, p->sy);
    s.group = group;
    s.ngroups = pool.nslots;
    s.group_names = pool.names;
    s.log_x = eda_scatter_log_axis(r, p->sx);
    s.log_y = eda_scatter_log_axis(r, p->sy);
    s.max_points = p->scatter_max;
    const ct_status st = ct_svg_write_scatter(fp, l, &s, diag);
    ct_free(group);
    return st;
}

ct_status ct_eda_chart_write(const ct_eda *r, const ct_eda_charts *c, size_t k,
                             const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    if (!r || !c || k >= c->n)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no chart %zu", k);
    const ct_eda_charts_priv *p = c->priv;
    if (r->nmetrics != p->nmetrics || r->rows_used != p->rows_used)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "the charts were built from another analysis");
    const ct_eda_chart *ch = &c->charts[k];
    const size_t a = p->arg[k];
    switch ((enum chart_kind)p->kind[k]) {
    case CHART_HIST: return write_hist(r, p, a, ch, l, fp, diag);
    case CHART_BOX: return write_box(r, p, a, ch, l, fp, diag);
    case CHART_STACK: return write_stack(r, p, a, ch, l, fp, diag);
    case CHART_PEARSON: return write_heat(r, p, r->pearson, ch, l, fp, diag);
    case CHART_SPEARMAN: return write_heat(r, p, r->spearman, ch, l, fp, diag);
    case CHART_SCATTER: return write_scatter(r, p, ch, l, fp, diag);
    }
    return ct_diag_set(diag, CT_EINTERNAL, NULL, 0, 0, "unknown chart kind");
}
