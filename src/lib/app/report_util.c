/* report_util.c — the executive report's small helpers: lookups in the
 * artifacts by dotted path, numbers worded for people, the "missing"
 * paragraph of a section, inlined charts, talking points. */
#include "app/report_internal.h"
#include "base/headline.h"
#include "claimtriage/evaluate.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/reports_train.h"
#include "claimtriage/reports_triage.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define REP_PATH_MAX 256
#define REP_SVG_MAX (4u << 20) /* a chart larger than 4 MiB is not one of ours */

const ct_json_value *rep_get(const ct_json_value *v, const char *path)
{
    char buf[REP_PATH_MAX];
    if (!v || !path || strlen(path) >= sizeof buf)
        return NULL;
    memcpy(buf, path, strlen(path) + 1);
    char *save = NULL;
    for (char *k = strtok_r(buf, ".", &save); k && v; k = strtok_r(NULL, ".", &save)) {
        if (ct_json_type_of(v) == CT_JSON_ARRAY) {
            char *end;
            const unsigned long i = strtoul(k, &end, 10);
            v = *end ? NULL : ct_json_at(v, i);
        } else {
            v = ct_json_get(v, k);
        }
    }
    return v;
}

double rep_num(const ct_json_value *v, const char *path)
{
    return ct_json_number(rep_get(v, path));
}

const char *rep_str(const ct_json_value *v, const char *path)
{
    return ct_json_string(rep_get(v, path), NULL);
}

const ct_json_value *rep_root(const rep_ctx *c, int which) { return c->a[which].root; }

void rep_unused_sources(const rep_ctx *c, char *buf, size_t n)
{
    char list[256] = "";
    size_t at = 0, nchanged = 0, nother = 0;
    for (int i = 0; i < REP_N; i++) {
        if (c->a[i].root)
            continue;
        if (!c->a[i].changed) {
            nother++;
            continue;
        }
        const int w = snprintf(list + at, sizeof list - at, "%s%s", nchanged ? ", " : "",
                               c->a[i].file ? c->a[i].file : "?");
        if (w > 0 && (size_t)w < sizeof list - at)
            at += (size_t)w;
        nchanged++;
    }
    if (!nchanged)
        snprintf(buf, n, "are missing");
    else
        snprintf(buf, n, "%s not used: %s changed after the run", nother ? "are missing or" : "are",
                 list);
}

const ct_json_value *rep_stage(const rep_ctx *c, const char *name)
{
    const ct_json_value *st = ct_json_get(c->man, "stages");
    for (size_t i = 0; i < ct_json_size(st); i++) {
        const char *n = rep_str(ct_json_at(st, i), "name");
        if (n && strcmp(n, name) == 0)
            return ct_json_at(st, i);
    }
    return NULL;
}

int rep_missing(rep_ctx *c, int which, const char *what)
{
    return rep_missing_plain(c, which, what, NULL);
}

int rep_missing_plain(rep_ctx *c, int which, const char *what, const char *plain)
{
    if (c->a[which].root)
        return 0;
    c->res.missing++;
    /* a stage that failed (a side analysis the run went on without) is "not
     * available"; a file absent for another reason is "missing" */
    ct_html_raw(c->h, c->a[which].changed  ? "<p class=\"missing\"><strong>Not used: "
                      : c->a[which].failed ? "<p class=\"missing\"><strong>Not available: "
                                           : "<p class=\"missing\"><strong>Missing: ");
    ct_html_text(c->h, what);
    ct_html_raw(c->h, ".</strong> ");
    if (plain && plain[0]) {
        ct_html_text(c->h, plain);
        ct_html_raw(c->h, " The exact message: ");
    }
    ct_html_text(c->h, c->a[which].why);
    ct_html_raw(c->h, "</p>\n");
    return 1;
}

void rep_fixed_beside(char *buf, size_t n, double v, double cut, int decimals)
{
    for (int d = decimals;; d++) {
        ct_numfmt_fixed(buf, n, v, d);
        const double shown = strtod(buf, NULL);
        if (d >= 6 || !isfinite(v) || (v < cut) == (shown < cut))
            return;
    }
}

void rep_auc_fixed(char *buf, size_t n, double auc)
{
    /* the scale's cut-offs the report cites beside a ROC AUC: a coin toss,
     * and Hosmer and Lemeshow's poor / acceptable / excellent / outstanding */
    static const double cuts[] = {0.5, 0.7, 0.8, 0.9};
    int d = 2;
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        rep_fixed_beside(buf, n, auc, cuts[i], d);
        const char *dot = strchr(buf, '.');
        const int used = dot ? (int)strlen(dot + 1) : 0;
        if (used > d)
            d = used;
    }
    ct_numfmt_fixed(buf, n, auc, d);
}

void rep_config_said(char *buf, size_t n, const char *family, const char *config)
{
    (void)family;
    if (n == 0)
        return;
    /* train.json's keys as they are (scikit-learn's names): max_features for
     * lr's vectorizer, vectorizer__max_features for the trees' (rf has a
     * max_features of its own); before 2026-12-06 both read
     * "vocabulary_max_features", a name neither train.json nor scikit-learn
     * has (tests/cli/report_config_vocabulary_name) */
    snprintf(buf, n, "%s", config ? config : "");
}

void rep_config_plain(const rep_ctx *c, const ct_json_value *tr, char *buf, size_t n)
{
    if (n == 0)
        return;
    const char *fam = rep_str(tr, "chosen.family"), *cfg = rep_str(tr, "chosen.config");
    rep_config_said(buf, n, fam, cfg);
    if (!fam || strcmp(fam, "gbdt") != 0 || !cfg)
        return;
    /* the word "text_rounds=K" (K > 0), cut from the keys and said */
    const char *w = NULL;
    for (const char *p = cfg; *p; p += strspn(p, " ")) {
        if (strncmp(p, "text_rounds=", 12) == 0) {
            w = p;
            break;
        }
        p += strcspn(p, " ");
    }
    char *end = NULL;
    const long k = w ? strtol(w + 12, &end, 10) : 0;
    if (!w || k <= 0 || !end || (*end && *end != ' '))
        return;
    long rounds = 0;
    const char *ne = strstr(cfg, "n_estimators=");
    if (ne)
        rounds = strtol(ne + 13, NULL, 10);
    const size_t before = (size_t)(w - cfg);
    const char *after = *end ? end + 1 : end;
    const char *text = rep_column(c, "text");
    const ct_train_options t = ct_reports_train_options();
    char words[320];
    if (!text || !*text || (t.text && strcmp(text, t.text) == 0))
        snprintf(words, sizeof words, "the transcript's words");
    else
        snprintf(words, sizeof words, "the words of '%.200s'", text);
    char plain[480];
    if (rounds > 0 && k >= rounds)
        snprintf(plain, sizeof plain, "every boosting round reads %s alone", words);
    else
        snprintf(plain, sizeof plain,
                 "the first %ld boosting rounds read %s alone, the later rounds every input", k,
                 words);
    /* "KEYS BEFORE KEYS AFTER; PLAIN" (the words before end with a space) */
    size_t len = before;
    while (len > 0 && cfg[len - 1] == ' ')
        len--;
    snprintf(buf, n, "%.*s%s%s; %s", (int)len, cfg, len && *after ? " " : "", after, plain);
}

void rep_pct(char *buf, size_t n, double frac, int decimals)
{
    ct_numfmt_pct(buf, n, 100 * frac, decimals);
}

void rep_pct_near(char *buf, size_t n, double frac) { rep_pct_near_from(buf, n, frac, 1); }

void rep_pct_near_from(char *buf, size_t n, double frac, int dec)
{
    /* the fewest decimals (dec..4) that do not round a share short of 100%
     * (or above 0%) to exactly 100.0% (0.0%) */
    while (dec < 4 && frac > 0 && frac < 1 &&
           (round(frac * 100 * pow(10, dec)) >= 100 * pow(10, dec) ||
            round(frac * 100 * pow(10, dec)) <= 0))
        dec++;
    ct_numfmt_pct(buf, n, 100 * frac, dec);
}

void rep_label(const rep_ctx *c, const char **target, const char **positive)
{
    const ct_json_value *ev = rep_root(c, REP_EVALUATE);
    const char *t = rep_str(ev, "model.target"), *p = rep_str(ev, "model.positive");
    *target = t && p ? t : "claim_status";
    *positive = t && p ? p : "claim";
}

static const char *const column_options[REP_NCOLUMNS] = {"target", "positive", "text",  "id",
                                                         "views",  "shares",   "status"};

/* The value of the word --NAME=VALUE in cmd, a command line as run writes
 * it (words apart by one space, each plain or in single quotes, a quote
 * written '\''), into buf (n bytes); 1 when found, else 0 (buf ""). */
static int command_option(const char *cmd, const char *name, char *buf, size_t n)
{
    char word[1024], want[64];
    const int wl = snprintf(want, sizeof want, "--%s=", name);
    buf[0] = 0;
    for (const char *p = cmd; p && *p;) {
        size_t len = 0;
        int quoted = 0;
        for (; *p && (quoted || *p != ' '); p++) {
            if (*p == '\'') {
                quoted = !quoted;
                continue;
            }
            if (*p == '\\' && !quoted && p[1] == '\'')
                p++; /* \' outside the quotes: a quote */
            if (len + 1 < sizeof word)
                word[len++] = *p;
        }
        word[len] = 0;
        if (*p == ' ')
            p++;
        if (wl > 0 && strncmp(word, want, (size_t)wl) == 0 && word[wl]) {
            snprintf(buf, n, "%s", word + wl);
            return 1;
        }
    }
    return 0;
}

void rep_columns_recover(rep_ctx *c)
{
    for (size_t k = 0; k < REP_NCOLUMNS; k++)
        c->old_columns[k][0] = 0;
    if (!c->man || rep_get(c->man, "options.columns"))
        return;
    const ct_json_value *stages = rep_get(c->man, "stages");
    for (size_t k = 0; k < REP_NCOLUMNS; k++)
        for (size_t i = 0; i < ct_json_size(stages) && !c->old_columns[k][0]; i++)
            command_option(rep_str(ct_json_at(stages, i), "command"), column_options[k],
                           c->old_columns[k], sizeof c->old_columns[k]);
}

const char *rep_column(const rep_ctx *c, const char *option)
{
    char path[64];
    snprintf(path, sizeof path, "options.columns.%s", option);
    const char *given = c->man ? rep_str(c->man, path) : NULL;
    if (given && given[0])
        return given;
    for (size_t k = 0; k < REP_NCOLUMNS; k++)
        if (strcmp(option, column_options[k]) == 0 && c->old_columns[k][0])
            return c->old_columns[k];
    const ct_train_options t = ct_reports_train_options();
    const ct_score_options q = ct_reports_score_options();
    const char *dflt = strcmp(option, "views") == 0    ? q.views_column
                       : strcmp(option, "shares") == 0 ? q.shares_column
                       : strcmp(option, "status") == 0 ? q.status_column
                       : strcmp(option, "target") == 0 ? t.target
                       : strcmp(option, "text") == 0   ? t.text
                       : strcmp(option, "id") == 0     ? t.id
                                                       : NULL;
    return dflt ? dflt : "";
}

void rep_label_word(const char *positive, char *buf, size_t n)
{
    if (strcmp(positive, "claim") == 0)
        snprintf(buf, n, "claim");
    else { /* a long label cut whole characters short, its quotes kept */
        char fit[REP_LABEL_WORD_MAX];
        size_t cap = n < 3 ? 1 : n - 2;
        if (cap > sizeof fit)
            cap = sizeof fit;
        ct_textwidth_fit(fit, cap, positive, strlen(positive), SIZE_MAX, "...", 0);
        snprintf(buf, n, "'%s'", fit);
    }
}

void rep_count_plain(char *buf, size_t n, double v)
{
    if (isfinite(v) && v != floor(v)) {
        char w[32]; /* half up, as people round: 7070.5 -> 7,071 */
        ct_numfmt_fixed(w, sizeof w, floor(v + 0.5), 0);
        snprintf(buf, n, "about %s", w);
    } else
        rep_count(buf, n, v);
}

void rep_count(char *buf, size_t n, double v)
{
    if (isfinite(v))
        ct_numfmt_fixed(buf, n, v, 0);
    else
        snprintf(buf, n, "%s", CT_NUMFMT_UNDEFINED);
}

/* Rounding residue (1.6e-19 for an exact 0) is shown as 0 to people;
 * report.json keeps the value as computed. */
double rep_shown(double v) { return fabs(v) < 1e-12 ? 0 : v; }

void rep_cell(char *buf, size_t n, double v) { ct_numfmt_auto(buf, n, rep_shown(v)); }

void rep_cell_or_none(char *buf, size_t n, double v, void (*fmt)(char *, size_t, double),
                      int *absent)
{
    if (isnan(v)) {
        snprintf(buf, n, "%s", REP_NONE);
        if (absent)
            (*absent)++;
        return;
    }
    (fmt ? fmt : rep_cell)(buf, n, v);
}

void rep_cell_fixed3(char *buf, size_t n, double v) { ct_numfmt_fixed(buf, n, v, 3); }

void rep_cell_fixed4(char *buf, size_t n, double v) { ct_numfmt_fixed(buf, n, v, 4); }

void rep_cell_pct2(char *buf, size_t n, double v) { rep_pct(buf, n, v, 2); }

const char *rep_s(double n) { return n == 1 ? "" : "s"; }

int rep_skipped_said(const ct_json_value *ins, char *buf, size_t n)
{
    if (n)
        buf[0] = '\0';
    const double k = rep_num(ins, "rows_skipped"), lines = rep_num(ins, "skipped_lines");
    if (!isfinite(k) || k <= 0 || n == 0)
        return 0;
    char a[32];
    rep_count(a, sizeof a, k);
    size_t len = (size_t)snprintf(buf, n, "%s malformed record%s %s skipped (--on-bad-row=skip)", a,
                                  rep_s(k), k == 1 ? "was" : "were");
    const ct_json_value *recs = rep_get(ins, "skipped_records");
    const size_t nr = ct_json_size(recs);
    if (!isfinite(lines) || nr == 0) /* an inspect.json before 2026-12-04: the count alone */
        return 1;
    for (size_t i = 0; i < nr && len < n; i++) {
        const double l0 = rep_num(ct_json_at(recs, i), "line"),
                     l1 = rep_num(ct_json_at(recs, i), "last_line");
        const char *sep = i == 0 ? ", " : i + 1 == nr && (double)nr == k ? " and " : ", ";
        if (isfinite(l1) && l1 > l0)
            len += (size_t)snprintf(buf + len, n - len, "%slines %.0f to %.0f", sep, l0, l1);
        else
            len += (size_t)snprintf(buf + len, n - len, "%sline %.0f", sep, l0);
    }
    if ((double)nr < k && len < n) {
        char more[32];
        rep_count(more, sizeof more, k - (double)nr);
        len += (size_t)snprintf(buf + len, n - len, " and %s more", more);
    }
    if (len < n)
        len += (size_t)snprintf(buf + len, n - len, " of the file");
    if (lines > k && len < n) {
        char l[32];
        rep_count(l, sizeof l, lines);
        snprintf(buf + len, n - len,
                 "; those %s lines were read as %s record%s (a quote missing its pair runs on "
                 "to the next quote), so the reports on them are in no figure",
                 l, k == 1 ? "that one" : "these", k == 1 ? "" : "s");
    }
    return 1;
}

/* a figure as the page shows it: "1" (a rate of 1 review an hour, a 1-hour
 * day) is singular, every other shown figure plural ("0.5 reviews") */
const char *rep_s_shown(const char *shown) { return strcmp(shown, "1") == 0 ? "" : "s"; }

size_t rep_group_list(const ct_json_value *g, int form, char *buf, size_t n)
{
    const char *sep = form == REP_GROUPS_LONG ? "; " : ", ";
    size_t len = 0, ng = 0, more = 0;
    char piece[512];
    if (n == 0)
        return 0;
    buf[0] = '\0';
    for (size_t i = 0; i < ct_json_size(g); i++) {
        const ct_json_value *v = ct_json_at(g, i);
        const double gr = rep_num(v, "metrics.recall"), np = rep_num(v, "metrics.positives");
        if (!rep_str(v, "level") || !isfinite(np) || (np > 0 && !isfinite(gr)))
            continue;
        int k;
        if (np == 0) {
            /* no recall to watch: said, not left out, so that the list
             * still names every group (before 2026-12-02 'verified'
             * vanished from it) */
            char nb[32];
            const double nl = rep_num(v, "metrics.n");
            if (!(nl > 0))
                continue;
            rep_count(nb, sizeof nb, nl);
            k = snprintf(piece, sizeof piece, "%s'%s' no claim among its %s report%s",
                         len ? sep : "", rep_str(v, "level"), nb, rep_s(nl));
        } else {
            /* the claims counted beside the share: 'verified' 20.00% is 1
             * of 5 claims on a small held-out set, and two decimals alone
             * read as a measured rate */
            char b[32], tp[32], pb[32];
            rep_cell_pct2(b, sizeof b, gr);
            const double caught = rep_num(v, "metrics.confusion.tp");
            rep_count(tp, sizeof tp, isfinite(caught) ? caught : round(gr * np));
            rep_count(pb, sizeof pb, np);
            if (form == REP_GROUPS_LONG)
                k = snprintf(piece, sizeof piece, "%s'%s' %s, %s of %s claim%s", len ? sep : "",
                             rep_str(v, "level"), b, tp, pb, rep_s(np));
            else
                k = snprintf(piece, sizeof piece, "%s'%s' %s (%s of %s)", len ? sep : "",
                             rep_str(v, "level"), b, tp, pb);
        }
        if (more || k < 0 || (size_t)k >= sizeof piece || n < 24 ||
            (size_t)k >= n - len - 24 /* room for "and N more" */)
            more++;
        else {
            memcpy(buf + len, piece, (size_t)k + 1);
            len += (size_t)k;
            ng++;
        }
    }
    if (more && len)
        snprintf(buf + len, n - len, " and %zu more", more);
    return ng;
}

const char rep_not_regular[] = "not a regular file (a FIFO, a device or a folder), never read";

void rep_section(rep_ctx *c, const char *id, const char *heading)
{
    c->res.sections++;
    ct_html_section_begin(c->h, id, heading);
}

int rep_chart(rep_ctx *c, const char *file, const char *caption)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/charts/%s", c->dir, file);
    /* a FIFO or a device is never opened (it may block or never end) */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        c->res.charts_refused++;
        ct_html_raw(c->h, "<p class=\"missing\">Chart ");
        ct_html_text(c->h, file);
        ct_html_raw(c->h, " not shown: ");
        ct_html_text(c->h, rep_not_regular);
        ct_html_raw(c->h, "</p>\n");
        return 1;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        ct_html_raw(c->h, "<p class=\"missing\">Chart ");
        ct_html_text(c->h, file);
        ct_html_raw(c->h, " is not in the folder's charts/.</p>\n");
        return 1;
    }
    char *buf = ct_malloc(REP_SVG_MAX + 1);
    size_t len = buf ? fread(buf, 1, REP_SVG_MAX + 1, fp) : 0;
    const int bad_read = ferror(fp);
    fclose(fp);
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s;
    if (!buf)
        s = ct_diag_set(&d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    else if (bad_read)
        s = ct_diag_set(&d, CT_EIO, NULL, 0, 0, "could not be read");
    else if (len > REP_SVG_MAX)
        s = ct_diag_set(&d, CT_EFORMAT, NULL, 0, 0, "larger than 4 MiB, not one of our charts");
    else
        s = ct_html_svg(c->h, buf, len, caption, &d);
    ct_free(buf);
    if (s == CT_OK)
        return 0;
    c->res.charts_refused++;
    ct_html_raw(c->h, "<p class=\"missing\">Chart ");
    ct_html_text(c->h, file);
    ct_html_raw(c->h, " not shown: ");
    ct_html_text(c->h, d.message);
    ct_html_raw(c->h, "</p>\n");
    return 1;
}

rep_point *rep_point_add(rep_ctx *c, const char *topic, const char *source, const char *fmt, ...)
{
    if (c->npt >= REP_MAX_POINTS)
        return NULL;
    rep_point *p = &c->pt[c->npt++];
    memset(p, 0, sizeof *p);
    p->topic = topic;
    p->source = source;
    va_list ap;
    va_start(ap, fmt);
    ct_textwidth_vsnprintf(p->text, sizeof p->text, fmt, ap);
    va_end(ap);
    return p;
}

void rep_fig(rep_point *p, const char *name, double v)
{
    if (p && p->nfig < REP_MAX_FIGS) {
        p->fig_name[p->nfig] = name;
        p->fig_why[p->nfig] = NULL;
        p->fig[p->nfig++] = v;
    }
}

void rep_fig_undefined(rep_point *p, const char *name, const char *why)
{
    if (p && p->nfig < REP_MAX_FIGS) {
        p->fig_name[p->nfig] = name;
        p->fig_why[p->nfig] = why;
        p->fig[p->nfig++] = NAN;
    }
}

void rep_negative(const ct_json_value *root, const char *pos, char *buf, size_t n)
{
    ct_label_negative_name(buf, n, pos, rep_str(root, "model.negative"));
}

void rep_confusion_begin(rep_ctx *c, const char *pos, const char *neg, double tp, double fn,
                         double fp, double tn)
{
    char n[4][32];
    rep_count(n[0], sizeof n[0], tp);
    rep_count(n[1], sizeof n[1], fn);
    rep_count(n[2], sizeof n[2], fp);
    rep_count(n[3], sizeof n[3], tn);
    char h1[96], h2[96], r1[96], r2[96];
    snprintf(h1, sizeof h1, "predicted %s", pos);
    snprintf(h2, sizeof h2, "predicted %s", neg);
    snprintf(r1, sizeof r1, "actually %s", pos);
    snprintf(r2, sizeof r2, "actually %s", neg);
    const char *head[] = {"", h1, h2};
    ct_html_table_begin(c->h, NULL, 3, head, "lrr");
    const char *row1[] = {r1, n[0], n[1]}, *row2[] = {r2, n[2], n[3]};
    ct_html_table_row(c->h, row1);
    ct_html_table_row(c->h, row2);
}

void rep_hours2(char *buf, size_t n, double v)
{
    /* half up as the JSON's decimals read (16.025 -> 16.03) */
    ct_numfmt_fixed(buf, n, floor(rep_shown(v) * 100 + 0.5 + 1e-7) / 100, 2);
}

void rep_hours2_said(char *buf, size_t n, double v)
{
    rep_hours2(buf, n, v);
    if (v > 0 && strcmp(buf, "0.00") == 0)
        snprintf(buf, n, "less than 0.01");
}

void rep_hours2_cell(char *buf, size_t n, double v)
{
    rep_hours2(buf, n, v);
    if (v > 0 && strcmp(buf, "0.00") == 0)
        snprintf(buf, n, "<0.01");
}

void rep_saved_hours(char *buf, size_t n, double v) { rep_hours2_said(buf, n, v); }

void rep_saved_money(char *buf, size_t n, double v, const char *currency)
{
    char m[32];
    ct_numfmt_fixed(m, sizeof m, v, 0);
    if (v > 0 && strcmp(m, "0") == 0)
        snprintf(buf, n, "less than 1 %s", currency);
    else
        snprintf(buf, n, "about %s %s", m, currency);
}

double rep_groups_claims_min(const ct_json_value *groups)
{
    double claims = 0;
    for (size_t i = 0; i < ct_json_size(groups); i++) {
        const double p = rep_num(ct_json_at(groups, i), "metrics.positives");
        if (p > 0)
            claims += p;
    }
    return (double)ct_headline_group_min((uint64_t)claims);
}

/* the fewest rows a share is said of (base/headline.h) for evaluate.json's
 * evaluated rows */
static double said_min(const ct_json_value *ev)
{
    const double n = rep_num(ev, "metrics.n");
    return isfinite(n) ? (double)ct_headline_group_min((uint64_t)fmax(n, 0)) : 0;
}

void rep_recall_said(const ct_json_value *ev, char *buf, size_t n)
{
    const double tp = rep_num(ev, "metrics.confusion.tp");
    const double claims = tp + rep_num(ev, "metrics.confusion.fn");
    if (claims == 0) /* 0/0: evaluate.json's 0 is zero_division's */
        snprintf(buf, n, "undefined, with no claim");
    else if (isfinite(claims) && claims >= 1 && claims < said_min(ev)) {
        char tb[32], cb[32];
        rep_count(tb, sizeof tb, tp);
        rep_count(cb, sizeof cb, claims);
        snprintf(buf, n, "%s of %s claim%s", tb, cb, rep_s(claims));
    } else {
        rep_pct_near(buf, n, rep_num(ev, "metrics.recall"));
    }
}

void rep_precision_said(const ct_json_value *ev, char *buf, size_t n)
{
    const double tp = rep_num(ev, "metrics.confusion.tp");
    const double flagged = tp + rep_num(ev, "metrics.confusion.fp");
    if (flagged == 0) {
        snprintf(buf, n, "undefined, with no report flagged,");
    } else if (isfinite(flagged) && flagged < said_min(ev)) {
        char tb[32], fb[32];
        rep_count(tb, sizeof tb, tp);
        rep_count(fb, sizeof fb, flagged);
        snprintf(buf, n, "%s of %s flagged", tb, fb);
    } else {
        rep_pct_near(buf, n, rep_num(ev, "metrics.precision"));
    }
}

/* the reason a metric does not exist, in a few words for people */
static const char *metric_reason(const char *name)
{
    static const struct {
        const char *name, *why;
    } reasons[] = {
        {"precision", "no report flagged"},
        {"recall", "no claim among the reports"},
        {"f1", "no claim among the reports and none flagged"},
        {"specificity", "no report other than claims"},
        {"balanced_accuracy", "one class only among the reports"},
        {"roc_auc", "one class only among the reports"},
        {"average_precision", "no claim among the reports"},
        {"log_loss", "the scores are not probabilities"},
        {"brier_score", "the scores are not probabilities"},
        {"ece", "the scores are not probabilities"},
    };
    for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
        if (strcmp(reasons[i].name, name) == 0)
            return reasons[i].why;
    return "its denominator is 0";
}

double rep_metric(const ct_json_value *m, const char *name, const char **why)
{
    if (why)
        *why = NULL;
    const ct_json_value *v = rep_get(m, name);
    if (!v)
        return NAN;
    char key[64];
    snprintf(key, sizeof key, "%s_undefined", name);
    int undefined = rep_get(m, key) != NULL;
    snprintf(key, sizeof key, "%s_note", name);
    undefined |= rep_get(m, key) != NULL;
    /* the counts say so too, for a file written without the notes */
    const double tp = rep_num(m, "confusion.tp"), fp = rep_num(m, "confusion.fp"),
                 fn = rep_num(m, "confusion.fn"), tn = rep_num(m, "confusion.tn");
    if (strcmp(name, "precision") == 0)
        undefined |= tp + fp == 0;
    else if (strcmp(name, "recall") == 0 || strcmp(name, "average_precision") == 0)
        undefined |= tp + fn == 0;
    else if (strcmp(name, "f1") == 0)
        undefined |= tp + fp + fn == 0;
    else if (strcmp(name, "specificity") == 0)
        undefined |= tn + fp == 0;
    else if (strcmp(name, "balanced_accuracy") == 0 || strcmp(name, "roc_auc") == 0)
        undefined |= tp + fn == 0 || tn + fp == 0;
    if (!undefined) /* a null without a reason is NaN, *why NULL */
        return ct_json_number(v);
    if (why)
        *why = metric_reason(name);
    return NAN;
}

void rep_metric_said(const ct_json_value *m, const char *name, int decimals, char *buf, size_t n)
{
    const char *why;
    const double v = rep_metric(m, name, &why);
    if (why)
        snprintf(buf, n, "%s (%s)", CT_NUMFMT_UNDEFINED, why);
    else if (isfinite(v))
        ct_numfmt_fixed(buf, n, rep_shown(v), decimals);
    else if (rep_get(m, name))
        snprintf(buf, n, "%s", CT_NUMFMT_UNDEFINED); /* null, its reason not recorded */
    else
        snprintf(buf, n, "not recorded");
}

static const char *family_name(const char *f)
{
    return !f                       ? "?"
           : strcmp(f, "lr") == 0   ? "logistic regression (lr)"
           : strcmp(f, "gbdt") == 0 ? "gradient-boosted trees (gbdt)"
           : strcmp(f, "rf") == 0   ? "random forest (rf)"
                                    : f;
}

void rep_families_said(const ct_json_value *tr, char *buf, size_t n)
{
    const ct_json_value *fams = rep_get(tr, "selection.families");
    const char *champ = rep_str(tr, "selection.champion") ? rep_str(tr, "selection.champion")
                                                          : rep_str(tr, "chosen.family");
    const size_t nf = ct_json_size(fams);
    if (nf < 2) {
        snprintf(buf, n,
                 "Model families compared: none; one family was trained, %s, so the plan's "
                 "comparison with tree ensembles is not made (claimtriage run FILE -o DIR "
                 "--model auto, or train --model auto, compares logistic regression, "
                 "gradient-boosted trees and a random forest on the same folds).",
                 family_name(champ));
        return;
    }
    const char *metric = rep_str(tr, "selection.metric");
    size_t at = (size_t)snprintf(buf, n,
                                 "Model families compared on the validation rows (%s of each "
                                 "family's best configuration, higher is better): ",
                                 metric && strcmp(metric, "average_precision") == 0 ? "average "
                                                                                      "precision"
                                 : metric                                           ? metric
                                                                                    : "score");
    for (size_t i = 0; i < nf && at < n; i++) {
        const ct_json_value *f = ct_json_at(fams, i);
        const double v = rep_num(f, "validation_score");
        char num[32];
        if (isfinite(v))
            snprintf(num, sizeof num, "%.4f", v);
        else
            snprintf(num, sizeof num, "undefined");
        at += (size_t)snprintf(buf + at, n - at, "%s%s %s", i ? ", " : "",
                               family_name(rep_str(f, "family")), num);
    }
    if (at < n)
        snprintf(buf + at, n - at,
                 "; %s won, the model the queue uses (train keeps the simpler model when the "
                 "scores are within its tie tolerance).",
                 family_name(champ));
}
/* The quote opening at p: its length in bytes (1 for ' " `, 3 for the
 * curly ones), 0 when p opens none. A straight ' opens only at a word's
 * start (after the text's start, a space or an opening bracket, before a
 * non-space): in "don't" it is an apostrophe. */
static size_t quote_open(const char *s, const char *p, const char **close)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x98)) {
        *close = u[2] == 0x9C ? "\xE2\x80\x9D" : "\xE2\x80\x99";
        return 3;
    }
    if (*p == '"' || *p == '`') {
        *close = *p == '"' ? "\"" : "`";
        return 1;
    }
    if (*p == '\'' && (p == s || p[-1] == ' ' || p[-1] == '(' || p[-1] == '[') && p[1] &&
        p[1] != ' ') {
        *close = "'";
        return 1;
    }
    return 0;
}

/* The end of the quote opened at p (n bytes, closed by `close`): the byte
 * after its closing quote, or NULL when it is not closed in the text (then
 * it is no quote). A closing ' or a curly one is followed by no letter or
 * digit (in 'it's' the middle one is an apostrophe). */
static const char *quote_end(const char *p, size_t n, const char *close)
{
    const size_t cn = strlen(close);
    for (const char *q = p + n; *q; q++) {
        if (strncmp(q, close, cn) != 0)
            continue;
        const unsigned char after = (unsigned char)q[cn];
        if ((close[0] == '\'' || cn == 3) && (isalnum(after) || after >= 0x80))
            continue;
        return q + cn;
    }
    return NULL;
}

/* 1 when the clause starting at p may begin a sentence of its own: not a
 * digit (a number: "3 of 4 are opinions"), not a quote (a quoted literal
 * or identifier, 'claim', `video_id`, keeps its case), not a word holding
 * '_' (an identifier written bare, video_id) */
static int may_start_sentence(const char *s, const char *p)
{
    const char *close;
    if (isdigit((unsigned char)*p) || quote_open(s, p, &close) || *p == '\'' ||
        ((unsigned char)*p == 0xE2 && (unsigned char)p[1] == 0x80))
        return 0;
    for (const char *q = p; *q && *q != ' ' && *q != ',' && *q != '.'; q++)
        if (*q == '_')
            return 0;
    return 1;
}

void rep_split_clauses(char *s)
{
    int depth = 0;
    for (char *p = s; *p; p++) {
        const char *close, *end;
        const size_t qn = quote_open(s, p, &close);
        if (qn && (end = quote_end(p, qn, close)) != NULL) {
            p = (char *)end - 1; /* nothing inside a quote splits */
            continue;
        }
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth > 0)
            depth--;
        else if (*p == ';' && depth == 0 && p[1] == ' ' && p[2] && may_start_sentence(s, p + 2)) {
            *p = '.';
            if (islower((unsigned char)p[2]))
                p[2] = (char)toupper((unsigned char)p[2]);
        }
    }
}
