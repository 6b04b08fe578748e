/* The option parser's front: getopt_long with the command's option tables
 * remembered, so that a bad option is named as the user typed it — an
 * unknown option (with the nearest real one), an option without its value,
 * a value given to an option that takes none, an ambiguous abbreviation —
 * instead of getopt's state (argv[optind - 1] is the previous word when the
 * bad letter sits inside a word: `inspect -o=` named 'inspect'). */
#include "cli.h"

#include "claimtriage/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *g_short = "";
static const struct option *g_long;
static const char *g_empty_operand; /* the operand's name, once one was empty */

/* The options given so far in this parse, with their values, to refuse one
 * given twice with different values (before 2026-12-06 `run -o x -o y`
 * wrote to y without a word: tests/cli/options_given_twice_refused). */
#define MAX_SEEN 128
static struct {
    int code;
    const char *value; /* optarg, NULL for an option without a value */
} g_seen[MAX_SEEN];
static size_t g_nseen;
static char **g_argv;        /* the argv of this parse */
static int g_last_optind;    /* optind after the last call */
static char g_repeated[160]; /* the option given twice, as named to the user */
static const char *g_repeated_values[2];

/* The option of code C as named in the help: its long name when it has
 * one, else its letter. */
static void option_name(int c, char *buf, size_t size)
{
    for (const struct option *o = g_long; o && o->name; o++)
        if (o->flag == NULL && o->val == c) {
            snprintf(buf, size, "--%s", o->name);
            return;
        }
    snprintf(buf, size, "-%c", c > 0 && c < 128 ? c : '?');
}

/* Whether option C was given before in this parse with another value: a
 * single-valued option takes one value (the same value twice is
 * accepted); --na-values adds its tokens up (docs/cli.md). */
static int given_twice(int c, const char *value)
{
    if (c <= 0 || c == '?' || c == ':' || c == CLI_OPT_NA_VALUES)
        return 0;
    for (size_t i = 0; i < g_nseen; i++)
        if (g_seen[i].code == c) {
            const char *v = g_seen[i].value;
            if (v == value || (v && value && strcmp(v, value) == 0))
                return 0;
            option_name(c, g_repeated, sizeof g_repeated);
            g_repeated_values[0] = v ? v : "";
            g_repeated_values[1] = value ? value : "";
            return 1;
        }
    if (g_nseen < MAX_SEEN) {
        g_seen[g_nseen].code = c;
        g_seen[g_nseen].value = value;
        g_nseen++;
    }
    return 0;
}

/* The running command's operand name (the command table), NULL when it
 * takes none. */
static const char *operand_name(void)
{
    for (size_t i = 0; i < cli_ncommands; i++)
        if (strcmp(cli_commands[i].name, cli_command_name) == 0)
            return cli_commands[i].operand;
    return NULL;
}

int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts,
               int *longindex)
{
    g_short = shortopts;
    g_long = longopts;
    g_empty_operand = NULL;
    g_repeated[0] = '\0';
    /* a new parse: another argv, or optind set back (each command sets it
     * to 1; within a bundle, -qo, optind stays where it was) */
    if (argv != g_argv || optind < g_last_optind || optind <= 0) {
        g_nseen = 0;
        g_argv = argv;
    }
    const int c = getopt_long(argc, argv, shortopts, longopts, longindex);
    g_last_optind = optind;
    if (c != -1 && given_twice(c, optarg))
        return CLI_OPT_GIVEN_TWICE;
    const char *name = c == -1 ? operand_name() : NULL;
    for (int i = optind; name && i < argc; i++)
        if (!argv[i][0]) {
            g_empty_operand = name;
            return CLI_OPT_EMPTY_OPERAND;
        }
    return c;
}

/* The long option nearest NAME (at most 2 edits, and fewer than half its
 * letters; the first in the table on ties), else the one sharing the
 * longest beginning of 3 letters or more, else NULL. */
static const char *nearest_long(const char *name, size_t len)
{
    const char *best = NULL;
    size_t bd = (size_t)-1;
    for (const struct option *o = g_long; o && o->name; o++) {
        size_t dd = ct_utf8_distance(name, len, o->name, strlen(o->name), 0);
        if (dd < bd) {
            bd = dd;
            best = o->name;
        }
    }
    if (best && bd <= 2 && 2 * bd < len)
        return best;
    /* else the one option sharing the longest beginning, of 3 letters or
     * more (--outdir for --output) */
    size_t bp = 0, nbest = 0;
    for (const struct option *o = g_long; o && o->name; o++) {
        size_t p = 0;
        while (p < len && o->name[p] == name[p])
            p++;
        if (p > bp) {
            bp = p;
            best = o->name;
            nbest = 1;
        } else if (p == bp) {
            nbest++;
        }
    }
    return bp >= 3 && nbest == 1 ? best : NULL;
}

/* The long option NAME (LEN bytes, an abbreviation allowed as getopt_long
 * allows it) names: the exact one, else the one option it begins; *nmatch
 * counts the options it begins (ambiguous when 2 or more and none exact). */
static const struct option *find_long(const char *name, size_t len, size_t *nmatch)
{
    const struct option *exact = NULL, *prefix = NULL;
    *nmatch = 0;
    for (const struct option *o = g_long; o && o->name; o++)
        if (strncmp(o->name, name, len) == 0) {
            if (strlen(o->name) == len)
                exact = o;
            else {
                prefix = o;
                ++*nmatch;
            }
        }
    if (exact) {
        *nmatch = 1;
        return exact;
    }
    return *nmatch == 1 ? prefix : NULL;
}

/* Names other tools give an option of ours (pandas' groupby, R's
 * formula words), each with ours: suggested when the command has it. */
static const char *const synonyms[][2] = {
    {"group", "by"},     {"groupby", "by"},     {"group-by", "by"},   {"groups", "by"},
    {"label", "target"}, {"outcome", "target"}, {"value", "measure"}, {"values", "measure"},
};

/* The option of this command another tool's name NAME (LEN bytes) stands
 * for, or NULL. Before 2026-12-06 "test --group verified_status" read
 * "unknown option '--group'" with no way to --by (tests/cli/options_synonym_named). */
static const char *synonym_long(const char *name, size_t len)
{
    for (size_t k = 0; k < sizeof synonyms / sizeof synonyms[0]; k++)
        if (strlen(synonyms[k][0]) == len && strncmp(synonyms[k][0], name, len) == 0)
            for (const struct option *o = g_long; o && o->name; o++)
                if (strcmp(o->name, synonyms[k][1]) == 0)
                    return o->name;
    return NULL;
}

static int bad_long(const char *cmd, const char *arg)
{
    const char *name = arg + 2;
    const size_t len = strcspn(name, "=");
    if (len == 0) /* "--=3": no name at all */
        return cli_usage(cmd, "unknown option '%s'", arg);
    size_t nmatch;
    const struct option *o = find_long(name, len, &nmatch);
    if (o && name[len] == '=' && o->has_arg == no_argument)
        return cli_usage(cmd, "option '--%s' takes no value (given '%s')", o->name, name + len + 1);
    if (o && o->has_arg == required_argument)
        return cli_usage(cmd, "option '--%s' needs a value: --%s=VALUE or --%s VALUE", o->name,
                         o->name, o->name);
    if (!o && nmatch > 1) {
        char list[256];
        size_t w = 0;
        list[0] = '\0';
        for (const struct option *p = g_long; p && p->name && w < sizeof list - 8; p++)
            if (strncmp(p->name, name, len) == 0) {
                int q = snprintf(list + w, sizeof list - w, "%s--%s", w ? ", " : "", p->name);
                w = q > 0 && (size_t)q < sizeof list - w ? w + (size_t)q : sizeof list - 1;
            }
        return cli_usage(cmd, "option '--%.*s' is ambiguous: it begins %s", (int)len, name, list);
    }
    const char *near = synonym_long(name, len);
    if (!near)
        near = nearest_long(name, len);
    if (near)
        return cli_usage(cmd, "unknown option '--%.*s'; did you mean '--%s'?", (int)len, name,
                         near);
    return cli_usage(cmd, "unknown option '--%.*s'", (int)len, name);
}

int cli_bad_option(const char *cmd, char **argv)
{
    if (g_empty_operand)
        return cli_usage(cmd, "%s needs a %s, not an empty string", g_empty_operand,
                         strcmp(g_empty_operand, "DIR") == 0 ? "folder" : "file name");
    if (g_repeated[0])
        return cli_usage(cmd, "option '%s' given twice, as '%s' and '%s': give it once", g_repeated,
                         g_repeated_values[0], g_repeated_values[1]);
    /* argv ends with NULL (C11 5.1.2.2.1), and optind never passes it */
    const char *arg = optind >= 1 && argv[optind - 1] ? argv[optind - 1] : "";
    /* a long option failed: getopt_long leaves optopt 0 (unknown,
     * ambiguous) or the option's own value (value missing or not allowed);
     * otherwise the letter optopt of a short-option word failed, and
     * argv[optind - 1] may be an earlier word */
    if (strncmp(arg, "--", 2) == 0 && arg[2]) {
        const size_t len = strcspn(arg + 2, "=");
        size_t nmatch;
        const struct option *o = find_long(arg + 2, len, &nmatch);
        if (optopt == 0 || (o && o->flag == NULL && o->val == optopt))
            return bad_long(cmd, arg);
    }
    if (optopt > 0 && optopt < 128) {
        const char *p = strchr(g_short, optopt);
        if (p && optopt != ':' && p[1] == ':')
            return cli_usage(cmd, "option '-%c' needs a value", optopt);
        /* -threads typed for --threads: the word without its dash is an option */
        const char *w = argv[optind];
        if (!(w && w[0] == '-' && w[1] == optopt))
            w = arg;
        if (w[0] == '-' && w[1] == optopt && w[1] != '-' && w[2] && w[2] != '=') {
            size_t nmatch;
            const size_t len = strcspn(w + 1, "=");
            const struct option *o = find_long(w + 1, len, &nmatch);
            if (o)
                return cli_usage(cmd, "unknown option '-%c' in '%s'; did you mean '--%s'?", optopt,
                                 w, o->name);
        }
        /* a file whose name begins with '-' (-dash.csv), typed as FILE */
        for (int k = 0; k < 2; k++) {
            const char *f = k == 0 ? argv[optind] : arg;
            struct stat sb;
            if (f && f[0] == '-' && f[1] && f[1] != '-' && strchr(f + 1, optopt) &&
                stat(f, &sb) == 0)
                return cli_usage(cmd,
                                 "unknown option '-%c' in '%s', the name of a file: to read it, "
                                 "write ./%s, or put -- after the options: claimtriage %s "
                                 "[OPTIONS] -- %s",
                                 optopt, f, f, cmd, f);
        }
        return cli_usage(cmd, "unknown option '-%c'", optopt);
    }
    return cli_usage(cmd, "unknown option '%s'", arg);
}

/* The operands from argv[first] hold a model file, or (train) the name of
 * the model to write: "; 'm.ctm' is a model file (made by train): give it
 * with -m m.ctm" and the like, for the usage message; "" when none does.
 * A model file is known by its first bytes (ct_model_file_sniff); a name
 * ending in .ctm that is no file yet, by its name, for train alone (before
 * 2026-12-06 `evaluate new.csv m.ctm` said only "expected one FILE, got
 * 2": tests/cli/operands_model_as_file). */
void cli_operand_model_hint(const char *cmd, int argc, char **argv, int first, char *out,
                            size_t cap)
{
    struct stat sb;
    out[0] = '\0';
    const int train = strcmp(cmd, "train") == 0;
    const int reads = strcmp(cmd, "evaluate") == 0 || strcmp(cmd, "score") == 0;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        const size_t len = strlen(a);
        const int model = ct_model_file_sniff(a);
        const int named = len > 4 && strcmp(a + len - 4, ".ctm") == 0 && stat(a, &sb) != 0;
        /* already an option's value (-m a, --model-file=a, -ma): the
         * operand repeats it */
        int given = 0;
        for (int o = 1; o < first && !given; o++) {
            const size_t ol = strlen(argv[o]);
            given = strcmp(argv[o], a) == 0 ||
                    (ol > len && argv[o][0] == '-' && strcmp(argv[o] + ol - len, a) == 0 &&
                     (argv[o][ol - len - 1] == '=' || (ol == len + 2 && argv[o][1] == 'm')));
        }
        if ((model || named) && given && (train || reads))
            snprintf(out, cap, "; '%s' is given with -m already: leave it out of the FILE operands",
                     a);
        else if (train && (model || named))
            snprintf(out, cap, "; to write the model to '%s', give it with -m %s", a, a);
        else if (reads && model)
            snprintf(out, cap, "; '%s' is a model file (made by train): give it with -m %s", a, a);
        else if (model)
            snprintf(out, cap,
                     "; '%s' is a model file (made by train): %s reads none (evaluate and score "
                     "take one with -m MODEL)",
                     a, cmd);
        else
            continue;
        return;
    }
}

/* The operands after the options are not one FILE: "missing FILE", or
 * "expected one FILE, got N"; when a "--" ended the options, the words
 * after it were read as file names because of it (before 2026-12-03 the
 * hint for -dash.csv said "-- before it", and `run -- -dash.csv -o d`
 * then said "got 4" with no word of why). */
int cli_operands_usage(const char *cmd, int argc, char **argv, int first)
{
    const int n = argc - first;
    if (n <= 0)
        return cli_usage(cmd, "missing FILE");
    if (first < 1 || strcmp(argv[first - 1], "--") != 0) {
        char why[600];
        cli_operand_model_hint(cmd, argc, argv, first, why, sizeof why);
        return cli_usage(cmd, "expected one FILE, got %d%s", n, why);
    }
    char words[400] = "";
    size_t len = 0;
    for (int i = first; i < argc && len < sizeof words; i++) {
        const int w =
            snprintf(words + len, sizeof words - len, "%s'%s'", i > first ? ", " : "", argv[i]);
        len += w > 0 ? (size_t)w : 0;
    }
    if (len >= sizeof words)
        memcpy(words + sizeof words - 4, "...", 4);
    return cli_usage(cmd,
                     "expected one FILE, got %d: %s were read as file names, since -- ends the "
                     "options; put the options before --, and only FILE after it: claimtriage %s "
                     "[OPTIONS] -- FILE",
                     n, words, cmd);
}
