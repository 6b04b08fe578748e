/* eda_charts.c — the chart set of an exploratory analysis: which charts,
 * their files, and drawing each from the ct_eda's used rows (see
 * claimtriage/eda_charts.h; titles in eda_titles.c, SVG in svg*.c). */
#include "report/eda_charts_internal.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define EDA_FILE_MAX 300
/* A chart file's name in bytes at most (POSIX file systems take 255; room
 * is left for a -N that tells two charts apart): the column names in it are
 * cut, on a grapheme boundary, the chart's title keeping them whole. */
#define EDA_FILE_NAME_MAX 240

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
}

static int add_chart(ct_eda_charts *c, int kind, size_t arg, const char *file, const char *kname,
                     const char *title, const char *subtitle)
{
    ct_eda_chart *ch = &c->charts[c->n];
    c->priv->kind[c->n] = kind;
    c->priv->arg[c->n] = arg;
    c->n++;
    ch->file = ct_strdup(file);
    /* a column name is data: a '/' or '\\' in it would name a folder
     * (cannot write DIR/hist_views/day.svg), a control character an
     * unprintable file name; each becomes '_' */
    for (char *q = ch->file; q && *q; q++)
        if (*q == '/' || *q == '\\' || (unsigned char)*q < 0x20 || *q == 0x7f)
            *q = '_';
    if (ch->file && strlen(ch->file) > EDA_FILE_NAME_MAX) {
        const char *dot = strrchr(ch->file, '.');
        const size_t ext = dot ? strlen(dot) : 0, n = strlen(ch->file) - ext;
        const size_t keep =
            ct_textwidth_prefix(ch->file, n, SIZE_MAX, EDA_FILE_NAME_MAX - ext, NULL);
        memmove(ch->file + keep, ch->file + n, ext + 1);
    }
    /* two columns may then give one name ('a/b', 'a_b'; 'Views', 'views'
     * on a file system blind to case): the later chart gets -2, -3, ...
     * before its extension, so no chart overwrites another */
    for (int k = 2; ch->file; k++) {
        int taken = 0;
        for (size_t i = 0; i + 1 < c->n && !taken; i++)
            taken = c->charts[i].file && strcasecmp(c->charts[i].file, ch->file) == 0;
        if (!taken)
            break;
        const char *dot = strrchr(file, '.');
        const size_t stem = dot ? (size_t)(dot - file) : strlen(file);
        char *again = ct_malloc(strlen(file) + 16);
        if (again) {
            snprintf(again, strlen(file) + 16, "%.*s-%d%s", (int)stem, ch->file, k, dot ? dot : "");
        }
        ct_free(ch->file);
        ch->file = again;
    }
    ch->kind = ct_strdup(kname);
    ch->title = ct_strdup(title);
    ch->subtitle = ct_strdup(subtitle);
    return ch->file && ch->kind && ch->title && ch->subtitle ? 0 : -1;
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
    const int scatter = opt->scatter_x != NULL;
    const int sx = scatter ? ct_eda_metric_index(r, opt->scatter_x) : 0;
    const int sy = scatter ? ct_eda_metric_index(r, opt->scatter_y) : 0;
    if (sx < 0 || sy < 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "the scatter's columns must be among the analysis' metrics");
    const size_t p = r->nmetrics, nkeys = ct_eda_nkeys(r);
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
    char t[EDA_TITLE_MAX], s[EDA_TITLE_MAX], file[EDA_FILE_MAX];
    int bad = 0;
    for (size_t m = 0; m < p; m++) {
        eda_title_hist(r, &w, m, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "hist_%s.svg", r->metrics[m]);
        bad |= add_chart(c, CHART_HIST, m, file, "histogram", t, s);
    }
    for (size_t m = 0; m < p; m++) {
        eda_title_box(r, &w, m, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "box_%s.svg", r->metrics[m]);
        bad |= add_chart(c, CHART_BOX, m, file, "boxplot", t, s);
    }
    const char *class_stem = label_stem(opt, ct_eda_key_name(r, 0));
    for (size_t k = 1; k < nkeys; k++) {
        eda_title_stack(r, &w, k, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "stacked_%s_by_%s.svg", class_stem,
                              label_stem(opt, ct_eda_key_name(r, k)));
        bad |= add_chart(c, CHART_STACK, k, file, "stacked", t, s);
    }
    eda_title_corr(r, &w, r->pearson, "Pearson", "r", t, sizeof t, s, sizeof s);
    bad |= add_chart(c, CHART_PEARSON, 0, "corr_pearson.svg", "heatmap", t, s);
    eda_title_corr(r, &w, r->spearman, "Spearman rank", "rho", t, sizeof t, s, sizeof s);
    bad |= add_chart(c, CHART_SPEARMAN, 0, "corr_spearman.svg", "heatmap", t, s);
    if (scatter) {
        eda_title_scatter(r, &w, t, sizeof t, s, sizeof s);
        ct_textwidth_snprintf(file, sizeof file, "scatter_%s_%s.svg",
                              label_stem(opt, opt->scatter_x), label_stem(opt, opt->scatter_y));
        bad |= add_chart(c, CHART_SCATTER, 0, file, "scatter", t, s);
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

/* The n levels as the charts label them (tick labels, legends), as the text
 * tables show them: 'x ' quoted beside x (ct_textwidth_label), so two
 * levels that differ only by white space around them do not draw as one
 * label twice (before 2026-12-03 they did: tests/cli/eda_svg_labels_quoted).
 * One allocation (free with ct_free); NULL when out of memory. */
static const char **chart_labels(const char *const *lev, size_t n)
{
    size_t bytes = (n ? n : 1) * sizeof(char *);
    for (size_t k = 0; k < n; k++)
        bytes += (lev[k] ? strlen(lev[k]) : 0) + 8; /* quotes, NUL; cap >= 8 */
    const char **out = ct_malloc(bytes);
    if (!out)
        return NULL;
    char *w = (char *)(out + (n ? n : 1));
    for (size_t k = 0; k < n; k++) {
        const size_t cap = (lev[k] ? strlen(lev[k]) : 0) + 8;
        const char *s = ct_textwidth_label(w, cap, lev[k]);
        if (s == w)
            w += strlen(w) + 1;
        out[k] = s;
    }
    return out;
}

static ct_status write_hist(const ct_eda *r, const ct_eda_charts_priv *p, size_t m,
                            const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    size_t ng = 0, nb = p->hist_bins;
    ct_status fs = finite_metric(r, m, "histogram", diag);
    if (fs)
        return fs;
    const char *const *levels = ct_eda_key_levels(r, 0, &ng);
    const int32_t *cls = ct_eda_key_index(r, 0);
    const int lg = p->log_axis[m];
    const double *x = ct_eda_values(r, m);
    const size_t n = r->rows_used;
    const double lo = r->overall[m].min, hi = r->overall[m].max;
    double *edges = ct_malloc((nb + 1) * sizeof *edges);
    double *counts = ct_calloc(nb * (ng ? ng : 1), sizeof *counts);
    const char **groups = chart_labels(levels, ng);
    if (!counts || !edges || !groups) {
        ct_free(edges);
        ct_free(counts);
        ct_free(groups);
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
        counts[a * ng + (size_t)cls[i]] += 1;
    }
    char ylabel[96];
    ct_textwidth_snprintf(ylabel, sizeof ylabel, "number of %s", p->many);
    ct_svg_histogram h;
    memset(&h, 0, sizeof h);
    h.text.title = ch->title;
    h.text.subtitle = ch->subtitle;
    h.text.xlabel = p->name[m];
    h.text.ylabel = ylabel;
    h.text.note = DROPNA_NOTE;
    h.nbins = nb;
    h.edges = edges;
    h.ngroups = ng;
    h.counts = counts;
    h.group_names = groups;
    h.log_x = lg;
    ct_status s = ct_svg_write_histogram(fp, l, &h, diag);
    ct_free(counts);
    ct_free(edges);
    ct_free(groups);
    return s;
}

static ct_status write_box(const ct_eda *r, const ct_eda_charts_priv *p, size_t m,
                           const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    ct_status fs = finite_metric(r, m, "box plot", diag);
    if (fs)
        return fs;
    const int32_t *cls = ct_eda_key_index(r, 0);
    ct_svg_box boxes[CT_EDA_MAX_LEVELS];
    const size_t nbox = gr->ngroups;
    const char *lev[CT_EDA_MAX_LEVELS];
    for (size_t k = 0; k < nbox; k++)
        lev[k] = gr->groups[k].labels[0];
    const char **labels = chart_labels(lev, nbox);
    if (!labels)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    const double *x = ct_eda_values(r, m);
    for (size_t k = 0; k < nbox; k++) {
        const ct_eda_stat *st = &gr->groups[k].metrics[m];
        const double iqr = st->q3 - st->q1, flo = st->q1 - r->iqr_k * iqr,
                     fhi = st->q3 + r->iqr_k * iqr;
        /* Tukey's whiskers: most extreme values inside the fences */
        double wl = st->q1, wh = st->q3;
        size_t out = 0;
        for (size_t i = 0; i < r->rows_used; i++) {
            if ((size_t)cls[i] != k)
                continue;
            if (x[i] < flo || x[i] > fhi)
                out++;
            else {
                wl = fmin(wl, x[i]);
                wh = fmax(wh, x[i]);
            }
        }
        boxes[k].label = labels[k];
        boxes[k].n = st->count;
        boxes[k].n_outliers = out;
        boxes[k].lo = wl;
        boxes[k].q1 = st->q1;
        boxes[k].median = st->median;
        boxes[k].q3 = st->q3;
        boxes[k].hi = wh;
    }
    char note[256], num[32];
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
    b.text.note = note;
    b.nboxes = nbox;
    b.boxes = boxes;
    b.log_y = p->log_axis[m];
    const ct_status s = ct_svg_write_boxplot(fp, l, &b, diag);
    ct_free(labels);
    return s;
}

static ct_status write_stack(const ct_eda *r, const ct_eda_charts_priv *p, size_t k,
                             const ct_eda_chart *ch, const ct_svg_layout *l, FILE *fp,
                             ct_diag *diag)
{
    size_t nb = 0, ns = 0;
    const char *const *bar_levels = ct_eda_key_levels(r, k, &nb);
    const char *const *seg_levels = ct_eda_key_levels(r, 0, &ns);
    const int32_t *key = ct_eda_key_index(r, k), *cls = ct_eda_key_index(r, 0);
    double *counts = ct_calloc(nb * ns + 1, sizeof *counts);
    const char **bars = chart_labels(bar_levels, nb), **segs = chart_labels(seg_levels, ns);
    if (!counts || !bars || !segs) {
        ct_free(counts);
        ct_free(bars);
        ct_free(segs);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < r->rows_used; i++)
        counts[(size_t)key[i] * ns + (size_t)cls[i]] += 1;
    char xlabel[96];
    ct_textwidth_snprintf(xlabel, sizeof xlabel, "share of %s", p->many);
    ct_svg_stacked s;
    memset(&s, 0, sizeof s);
    s.text.title = ch->title;
    s.text.subtitle = ch->subtitle;
    s.text.xlabel = xlabel;
    s.text.note = DROPNA_NOTE;
    s.nbars = nb;
    s.nsegs = ns;
    s.bar_names = bars;
    s.seg_names = segs;
    s.counts = counts;
    ct_status st = ct_svg_write_stacked(fp, l, &s, diag);
    ct_free(counts);
    ct_free(bars);
    ct_free(segs);
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
    size_t ng = 0;
    ct_status fs = finite_metric(r, p->sx, "scatter plot", diag);
    if (fs || (fs = finite_metric(r, p->sy, "scatter plot", diag)))
        return fs;
    const char *const *levels = ct_eda_key_levels(r, 0, &ng);
    const char **groups = chart_labels(levels, ng);
    if (!groups)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    ct_svg_scatter s;
    memset(&s, 0, sizeof s);
    s.text.title = ch->title;
    s.text.subtitle = ch->subtitle;
    s.text.xlabel = p->name[p->sx];
    s.text.ylabel = p->name[p->sy];
    s.text.note = DROPNA_NOTE;
    s.n = r->rows_used;
    s.x = ct_eda_values(r, p->sx);
    s.y = ct_eda_values(r, p->sy);
    s.group = ct_eda_key_index(r, 0);
    s.ngroups = ng;
    s.group_names = groups;
    s.log_x = eda_scatter_log_axis(r, p->sx);
    s.log_y = eda_scatter_log_axis(r, p->sy);
    s.max_points = p->scatter_max;
    const ct_status st = ct_svg_write_scatter(fp, l, &s, diag);
    ct_free(groups);
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
