/* cli_stat_notes.c — the reasons of a summary table's "undefined" and
 * "infinite" cells, said in notes below the table (cli.h): the text names
 * each cell's reason, as --json does with "<key>_reason". */
#include "cli.h"

#include <math.h>
#include <stdint.h>
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

/* Entries are found by (reason, subject) through an open-addressed table
 * of entry indexes (slot value index + 1, 0 empty), kept at most half
 * full: a search was a scan of every entry, and a file of 100,000
 * one-row columns (each a note's subject) took minutes in inspect
 * (tests/cli/inspect_wide_header_notes). */
struct cli_stat_notes {
    stat_note *v;
    size_t n, cap;
    size_t *slot, nslot; /* nslot a power of 2, or 0 */
};

static size_t note_hash(const char *reason, const char *subject)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a over reason, a NUL, subject */
    for (const unsigned char *p = (const unsigned char *)reason; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    h *= 1099511628211u;
    for (const unsigned char *p = (const unsigned char *)subject; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    return (size_t)(h ^ (h >> 29));
}

/* The slot of (reason, subject): its entry's, or the empty one it would take. */
static size_t *note_slot(const cli_stat_notes *n, const char *reason, const char *subject)
{
    const size_t mask = n->nslot - 1;
    for (size_t i = note_hash(reason, subject) & mask;; i = (i + 1) & mask) {
        size_t *s = &n->slot[i];
        if (!*s || (strcmp(n->v[*s - 1].reason, reason) == 0 &&
                    strcmp(n->v[*s - 1].subject, subject) == 0))
            return s;
    }
}

/* Room for one more entry in the table: 0, or -1 out of memory. */
static int note_slots_grow(cli_stat_notes *n)
{
    if (2 * (n->n + 1) <= n->nslot)
        return 0;
    const size_t ns = n->nslot ? 2 * n->nslot : 16;
    size_t *old = n->slot;
    n->slot = calloc(ns, sizeof *n->slot);
    if (!n->slot) {
        n->slot = old;
        return -1;
    }
    n->nslot = ns;
    free(old);
    for (size_t k = 0; k < n->n; k++)
        *note_slot(n, n->v[k].reason, n->v[k].subject) = k + 1;
    return 0;
}

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
    if (note_slots_grow(n) != 0)
        return;
    size_t *slot = note_slot(n, why, subject);
    stat_note *e = *slot ? &n->v[*slot - 1] : NULL;
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
        *slot = ++n->n;
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
    free(n->slot);
    free(n);
}
