/* cli_stat_notes.c — the reasons of a summary table's "undefined" and
 * "infinite" cells, said in notes below the table (cli.h): the text names
 * each cell's reason, as --json does with "<key>_reason". */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Subjects named in one note; the rest counted ("and 3 more"). */
#define STAT_NOTES_NAMED 6

/* One subject's cells of one reason: its statistics, "mean, std" */
typedef struct {
    char *reason;  /* "undefined: the std (n-1) of one value" */
    char *subject; /* "'banned'" */
    char stats[96];
} stat_note;

struct cli_stat_notes {
    stat_note *v;
    size_t n, cap;
};

cli_stat_notes *cli_stat_notes_create(void) { return calloc(1, sizeof(cli_stat_notes)); }

void cli_stat_notes_add(cli_stat_notes *n, const char *stat, const char *subject, double v,
                        size_t count, double min, double max, int is_std, const char *what)
{
    if (!n || isfinite(v))
        return;
    char buf[64];
    const char *why = cli_stat_reason(v, count, min, max, is_std, what, buf, sizeof buf);
    if (why)
        cli_stat_notes_add_reason(n, stat, subject, why);
}

void cli_stat_notes_add_reason(cli_stat_notes *n, const char *stat, const char *subject,
                               const char *why)
{
    if (!n || !why)
        return;
    stat_note *e = NULL;
    for (size_t i = 0; i < n->n && !e; i++)
        if (strcmp(n->v[i].reason, why) == 0 && strcmp(n->v[i].subject, subject) == 0)
            e = &n->v[i];
    if (!e) {
        if (n->n == n->cap) {
            const size_t cap = n->cap ? 2 * n->cap : 8;
            stat_note *nv = realloc(n->v, cap * sizeof *nv);
            if (!nv)
                return;
            n->v = nv;
            n->cap = cap;
        }
        e = &n->v[n->n];
        e->reason = strdup(why);
        e->subject = strdup(subject);
        e->stats[0] = '\0';
        if (!e->reason || !e->subject) {
            free(e->reason);
            free(e->subject);
            return;
        }
        n->n++;
    }
    /* a statistic named once (eda: the std of a one-row group, in every column) */
    const size_t sl = strlen(stat);
    for (const char *p = e->stats; (p = strstr(p, stat)) != NULL; p += sl)
        if ((p == e->stats || p[-1] == ' ') && (p[sl] == ',' || p[sl] == '\0'))
            return;
    const size_t w = strlen(e->stats);
    snprintf(e->stats + w, sizeof e->stats - w, "%s%s", w ? ", " : "", stat);
}

/* One note: the statistics of the subjects of entries [i, ...) that share
 * entry i's reason and statistics (done[] marks them said). */
static void print_one(const cli_stat_notes *n, size_t i, char *done, FILE *fp, const char *first,
                      size_t hang, size_t total, const char *every)
{
    const stat_note *e = &n->v[i];
    size_t nsub = 0, len = strlen(e->stats) + strlen(e->reason) + 64;
    len += every ? strlen(every) : 0;
    for (size_t k = i; k < n->n; k++)
        if (!done[k] && strcmp(n->v[k].reason, e->reason) == 0 &&
            strcmp(n->v[k].stats, e->stats) == 0) {
            if (nsub < STAT_NOTES_NAMED)
                len += strlen(n->v[k].subject) + 2;
            nsub++;
        }
    char *msg = malloc(len);
    if (!msg)
        return;
    const int all = every && total > 1 && nsub == total;
    size_t w = (size_t)snprintf(msg, len, "%s of %s", e->stats, all ? every : "");
    size_t named = 0;
    for (size_t k = i; k < n->n; k++)
        if (!done[k] && strcmp(n->v[k].reason, e->reason) == 0 &&
            strcmp(n->v[k].stats, e->stats) == 0) {
            if (!all && named < STAT_NOTES_NAMED)
                w += (size_t)snprintf(msg + w, len - w, "%s%s", named ? ", " : "", n->v[k].subject);
            named++;
            done[k] = 1;
        }
    if (!all && nsub > STAT_NOTES_NAMED)
        w += (size_t)snprintf(msg + w, len - w, " and %zu more", nsub - STAT_NOTES_NAMED);
    snprintf(msg + w, len - w, ": %s", e->reason);
    cli_print_wrapped(fp, first, hang, msg);
    free(msg);
}

void cli_stat_notes_print(const cli_stat_notes *n, FILE *fp, size_t indent, size_t total,
                          const char *every)
{
    if (!n || n->n == 0)
        return;
    char first[64];
    snprintf(first, sizeof first, "%*snote: ", (int)indent, "");
    char *done = calloc(n->n, 1);
    if (!done)
        return;
    for (size_t i = 0; i < n->n; i++)
        if (!done[i])
            print_one(n, i, done, fp, first, indent + 4, total, every);
    free(done);
}

void cli_stat_notes_destroy(cli_stat_notes *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->n; i++) {
        free(n->v[i].reason);
        free(n->v[i].subject);
    }
    free(n->v);
    free(n);
}
