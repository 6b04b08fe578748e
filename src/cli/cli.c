/* cli.c — shared plumbing for the commands (see cli.h). */
#include "cli.h"

#include <claimtriage/artifact.h>
#include <claimtriage/csv.h>
#include <claimtriage/model_file.h>
#include <claimtriage/plan.h>
#include <claimtriage/table.h>
#include <claimtriage/textwidth.h>
#include <claimtriage/utf8.h>

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int cli_quiet = 0;
int cli_wide = 0;

void cli_table_fit(ct_table *t) { ct_table_max_width(t, cli_wide ? 0 : CLI_WIDTH); }

void cli_print_wrapped(FILE *fp, const char *first, size_t hang, const char *text)
{
    ct_text_wrap(fp, first, hang, cli_wide ? 0 : CLI_WIDTH, text);
}

void cli_print_name(FILE *fp, const char *indent, const char *name)
{
    const size_t in = ct_textwidth_z(indent), n = strlen(name);
    char cut[1024];
    if (!cli_wide && in + ct_textwidth(name, n) > CLI_WIDTH) {
        ct_textwidth_fit_middle(cut, sizeof cut, name, n, CLI_WIDTH - in, "...");
        name = cut;
    }
    fprintf(fp, "%s%s\n", indent, name);
}

void cli_heading(FILE *fp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s) {
        va_start(ap, fmt);
        vsnprintf(s, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    fputc('\n', fp);
    cli_print_wrapped(fp, "", 2, s); /* NULL: "(out of memory)" */
    free(s);
}

#define CLI_MAX_BAD_SHOWN 10

int cli_exit_code(ct_status s)
{
    switch (s) {
    case CT_OK: return CLI_EXIT_OK;
    case CT_EDATA:
    case CT_ECOLUMN:
    case CT_EEMPTY:
    case CT_ETYPE:
    case CT_ESEPARATION:
    case CT_ENUMERIC:
    case CT_ENOCONVERGE:
    case CT_EFORMAT: return CLI_EXIT_DATA;
    case CT_EINVAL: return CLI_EXIT_USAGE;
    case CT_ENOMEM:
    case CT_EIO:
    case CT_EINTERNAL: return CLI_EXIT_IO;
    }
    return CLI_EXIT_IO;
}

/* s with each control byte shown as its Control Picture and each bidi
 * control as <U+202E> (ct_utf8_visible; a line feed as U+240A unless
 * keep_lf): a file name holding ESC[31m, a right-to-left override or a
 * line break, named in a message, cannot recolour the terminal, reorder
 * the line or split a FILE:LINE: message in two. malloc()ed; NULL when out
 * of memory. */
static char *visible(const char *s, int keep_lf)
{
    const size_t n = strlen(s);
    char *out = malloc(4 * n + 1), *w = out; /* U+061C: 2 bytes, 8 shown */
    size_t len = 1;
    for (size_t i = 0; out && i < n; i += len) {
        const unsigned char c = (unsigned char)s[i];
        len = 1;
        const int k = c == '\n' && keep_lf ? 0 : ct_utf8_visible_at(s, n, i, &len, w);
        if (!k && c == '\n' && !keep_lf)
            w += ct_utf8_encode(0x240a, w);
        else if (!k)
            *w++ = (char)c;
        else
            w += k;
    }
    if (out)
        *w = '\0';
    return out;
}

/* text on stderr, lines of at most 100 columns: the first starts with
 * first, every other (wrapped, or after a newline in text) is indented by
 * hang spaces; control bytes shown (visible). */
static void wrap_stderr(const char *first, size_t hang, const char *text)
{
    char pad[16];
    snprintf(pad, sizeof pad, "%*s", (int)(hang < sizeof pad ? hang : sizeof pad - 1), "");
    char *vf = visible(first, 0), *vt = visible(text, 1);
    if (vf)
        first = vf;
    if (vt)
        text = vt;
    const char *p = text;
    do {
        const char *e = strchr(p, '\n');
        const size_t len = e ? (size_t)(e - p) : strlen(p);
        char *line = strndup(p, len);
        ct_text_wrap(stderr, p == text ? first : pad, hang, 100, line ? line : p);
        free(line);
        p = e ? e + 1 : NULL;
    } while (p && *p);
    free(vf);
    free(vt);
}

const char *cli_command_name = "";

/* The start of an error that names no file: the command that failed,
 * "claimtriage score: " (docs/cli.md: never a bare "claimtriage: error:";
 * before 2026-12-04 run, score, report and every out-of-memory or
 * standard-output write error said it: tests/cli/errors_name_the_command),
 * "claimtriage: error: " only before a command runs. */
static const char *error_first(char *buf, size_t n)
{
    if (*cli_command_name)
        snprintf(buf, n, "claimtriage %s: ", cli_command_name);
    else
        snprintf(buf, n, "claimtriage: error: ");
    return buf;
}

/* The last error said (cli_print_diag, cli_error) and whether a --json
 * failure document was written (cli_json_failure_begin): a command whose
 * failure a shared check said (no rows, an absent column) writes its
 * document from it (cli_last_error). */
static ct_diag last_error;
static int failure_written;

const ct_diag *cli_last_error(void) { return &last_error; }

int cli_json_failure_written(void) { return failure_written; }

void cli_error(const char *fmt, ...)
{
    char msg[4096], first[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ct_diag_clear(&last_error); /* its first CT_DIAG_MSG_MAX - 1 bytes */
    size_t n = strlen(msg);
    n = n < sizeof last_error.message ? n : sizeof last_error.message - 1;
    memcpy(last_error.message, msg, n);
    last_error.message[n] = '\0';
    wrap_stderr(error_first(first, sizeof first), 2, msg);
}

void cli_note(const char *fmt, ...)
{
    if (cli_quiet)
        return;
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    wrap_stderr("claimtriage: ", 2, msg);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    char msg[2048], first[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(first, sizeof first, "claimtriage %s: ", cmd);
    wrap_stderr(first, 2, msg);
    fprintf(stderr, "Try 'claimtriage %s --help'.\n", cmd);
    return CLI_EXIT_USAGE;
}

int cli_split_list(const char *cmd, const char *opt, const char *arg, char *buf, unsigned flags,
                   const char **items, size_t cap, size_t *n)
{
    ct_diag d;
    ct_diag_clear(&d);
    if (ct_list_split(buf, flags, items, cap, n, &d) == CT_OK)
        return 0;
    return cli_usage(cmd, "--%s: %s: '%s'", opt, d.message, arg);
}

const char *cli_list_item(char *buf, size_t cap, const char *name)
{
    ct_list_quote(buf, cap, name);
    return buf;
}

void cli_print_diag(const ct_diag *d)
{
    if (d != &last_error)
        last_error = *d;
    char first[CT_DIAG_FILE_MAX + 40];
    if (d->file[0] && d->line > 0)
        snprintf(first, sizeof first, "%s:%ld: ", d->file, d->line);
    else if (d->file[0])
        snprintf(first, sizeof first, "%s: ", d->file);
    else
        error_first(first, sizeof first);
    wrap_stderr(first, 2, d->message);
    if (d->hint[0])
        wrap_stderr("  hint: ", 8, d->hint);
}

int cli_file_in_path(const char *path, char *buf, size_t cap)
{
    /* each proper prefix ending before a '/', shortest first: the first
     * that is there and no folder (stat follows links, as open does) */
    const size_t n = path ? strlen(path) : 0;
    if (n == 0 || cap == 0)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if (path[i] != '/' || path[i - 1] == '/' || i >= cap)
            continue;
        memcpy(buf, path, i);
        buf[i] = '\0';
        struct stat sb;
        if (stat(buf, &sb) != 0)
            return 0; /* not there: nothing below it is either */
        if (!S_ISDIR(sb.st_mode)) {
            /* "afile/" names the file's folder-to-be too: the path itself is not this */
            size_t j = i;
            while (j < n && path[j] == '/')
                j++;
            if (j < n)
                return 1;
            return 0;
        }
    }
    return 0;
}

/* An output path through a file ("afile/sub" where afile is a file): said
 * as the output name of the wrong kind it is, the file named (exit 2, as
 * an -o folder that is a file is). Before 2026-12-06 "cannot write
 * 'afile/sub': Not a directory", exit 3 (tests/cli/outputs_path_through_file). */
static int path_through_file(const char *path, const char *file)
{
    struct stat sb;
    const int regular = stat(file, &sb) == 0 && S_ISREG(sb.st_mode);
    const char *kind = regular                                        ? "a file"
                       : stat(file, &sb) == 0 && S_ISCHR(sb.st_mode)  ? "a device"
                       : stat(file, &sb) == 0 && S_ISBLK(sb.st_mode)  ? "a device"
                       : stat(file, &sb) == 0 && S_ISFIFO(sb.st_mode) ? "a pipe"
                                                                      : "something else";
    ct_diag d;
    ct_diag_clear(&d);
    ct_diag_set(&d, CT_EINVAL, file, 0, 0,
                "is %s, not a folder: the output %.1000s, a path through it, cannot be made", kind,
                path);
    if (regular)
        snprintf(d.hint, sizeof d.hint,
                 "a name in the path is a file where a folder was meant (mistyped, or a file "
                 "left there): give another path, or move the file %.1000s away",
                 file);
    else
        snprintf(d.hint, sizeof d.hint, "give the output a path through folders only");
    cli_progress_end();
    cli_print_diag(&d);
    return CLI_EXIT_USAGE;
}

int cli_refuse_folder_through_file(const char *dir, const char *hint)
{
    char file[4096];
    struct stat sb;
    if (!dir || strcmp(dir, "-") == 0 || stat(dir, &sb) == 0 ||
        !cli_file_in_path(dir, file, sizeof file))
        return CLI_OPT_NEXT;
    ct_diag d;
    ct_diag_clear(&d);
    ct_diag_set(&d, CT_EINVAL, file, 0, 0,
                "is %s, not a folder: %.1000s, a path through it, names no run's folder",
                stat(file, &sb) == 0 && S_ISREG(sb.st_mode) ? "a file" : "no folder", dir);
    snprintf(d.hint, sizeof d.hint, "%s", hint);
    cli_progress_end();
    cli_print_diag(&d);
    return CLI_EXIT_USAGE;
}

int cli_refuse_path_through_file(const char *path)
{
    char file[4096];
    if (!path || strcmp(path, "-") == 0 || !cli_file_in_path(path, file, sizeof file))
        return CLI_OPT_NEXT;
    return path_through_file(path, file);
}

int cli_write_failed(const char *path, const char *reason, const char *cause)
{
    char first[80];
    char file[4096];
    if (reason && strcmp(reason, strerror(ENOTDIR)) == 0 &&
        cli_file_in_path(path, file, sizeof file))
        return path_through_file(path, file);
    cli_progress_end();
    snprintf(first, sizeof first, "claimtriage%s%s: ", *cli_command_name ? " " : "",
             cli_command_name);
    size_t n = strlen(path) + strlen(reason) + 32;
    char *msg = malloc(n);
    if (msg)
        snprintf(msg, n, "cannot write '%s': %s", path, reason);
    wrap_stderr(first, 2, msg ? msg : reason);
    free(msg);
    if (cause && *cause)
        wrap_stderr("  hint: ", 8, cause);
    return CLI_EXIT_IO;
}

int cli_write_failed_errno(const char *path, int err)
{
    char hint[CT_DIAG_MSG_MAX];
    return cli_write_failed(path, strerror(err), ct_atomic_hint(hint, sizeof hint, err, path));
}

/* A library diagnostic of an output it could not write: a status of I/O
 * naming a file, no line, its message "cannot write: REASON" or "write
 * error: REASON" (claimtriage/atomic_file.h); the reason in *reason. */
static int write_diag(ct_status s, const ct_diag *d, const char **reason)
{
    static const char *const heads[] = {"cannot write", "write error", "could not write"};
    if (!d || s != CT_EIO || !d->file[0] || d->line > 0)
        return 0;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
        if (strncmp(d->message, heads[k], strlen(heads[k])) == 0) {
            const char *colon = strstr(d->message, ": ");
            *reason = colon ? colon + 2 : ct_status_str(s);
            return 1;
        }
    return 0;
}

int cli_fail(ct_status s, const ct_diag *d)
{
    cli_progress_end();
    const char *reason = NULL;
    if (write_diag(s, d, &reason))
        return cli_write_failed(d->file, reason, d->hint);
    if (d && d->message[0])
        cli_print_diag(d);
    else
        cli_error("%s", ct_status_str(s));
    return cli_exit_code(s);
}

int cli_fail_in(ct_status s, ct_diag *d, const char *path)
{
    if (d && path && !d->file[0] && d->message[0] && cli_exit_code(s) == CLI_EXIT_DATA)
        snprintf(d->file, sizeof d->file, "%s", path);
    return cli_fail(s, d);
}

int cli_fail_model(const char *cmd, ct_status s, ct_diag *d, const char *model_path,
                   const char *data_path)
{
    /* FILE and -m swapped (`score m.ctm -m s.csv`): the FILE operand is
     * the model, said with the command the other way round (before
     * 2026-12-04 the -m file's JSON error alone: tests/cli/model_file_is_csv) */
    if (d && s == CT_EFORMAT && ct_model_file_sniff(data_path)) {
        char m[256], f[256];
        ct_shell_word(m, sizeof m, data_path);
        ct_shell_word(f, sizeof f, model_path);
        snprintf(d->hint, sizeof d->hint,
                 "FILE and -m seem swapped: %s is a model file (made by train); give the data "
                 "CSV as FILE and the model with -m: claimtriage %s %s -m %s",
                 data_path, cmd, f, m);
    }
    return cli_fail(s, d);
}

/* ------------------------------------------------------------ loading */

void cli_load_init(cli_load *l)
{
    memset(l, 0, sizeof *l);
    l->opt = ct_load_options_default();
    /* the library knows no dataset: the CLI reads the reports file with its
     * schema (--no-schema infers every column instead) */
    l->opt.schema = ct_reports_schema();
}

void cli_load_free(cli_load *l)
{
    free(l->na_all);
    free(l->na_buf);
    free(l->held);
    free(l->na);
}

/* A one-character option (--delimiter, --decimal, --thousands) given
 * another value: the value echoed, or said to be empty (a script's variable
 * left empty, `--delimiter=`); before 2026-12-03 --delimiter did not echo
 * it (tests/cli/options_char_value_echoed). The character is one byte,
 * ASCII: before 2026-12-04 "takes one character, not 'é'", of a value that
 * is one (tests/cli/options_char_ascii_said). */
static int char_option_bad(const char *cmd, const char *name, const char *rule, const char *arg)
{
    if (!*arg)
        return cli_usage(cmd, "--%s takes one ASCII character (not %s), got an empty value", name,
                         rule);
    return cli_usage(cmd, "--%s takes one ASCII character (not %s), not '%s'", name, rule, arg);
}

int cli_load_option(cli_load *l, const char *cmd, int opt, const char *arg)
{
    switch (opt) {
    case CLI_OPT_ON_BAD_ROW:
        if (strcmp(arg, "fail") == 0)
            l->opt.on_bad_row = CT_BAD_ROW_FAIL;
        else if (strcmp(arg, "skip") == 0)
            l->opt.on_bad_row = CT_BAD_ROW_SKIP;
        else
            return cli_usage(cmd, "--on-bad-row takes 'fail' or 'skip', not '%s'", arg);
        return 0;
    case CLI_OPT_NA_VALUES: {
        /* a second --na-values adds its tokens to the first's (pandas'
         * na_values is a list; before 2026-12-03 the last one alone was
         * read: tests/cli/options_na_values_add_up) */
        /* a list as every option's (docs/cli.md "Lists in options"): a
         * token holding ',' is quoted; an empty token stays one, as before.
         * Checked alone, so that a fault names its item in this one. */
        char *own = strdup(arg);
        size_t k = 0;
        int rc = own ? cli_split_list(cmd, "na-values", arg, own, CT_LIST_EMPTY_OK, NULL, 0, &k)
                     : cli_usage(cmd, "out of memory");
        free(own);
        if (rc)
            return rc;
        const size_t had = l->na_all ? strlen(l->na_all) + 1 : 0, len = had + strlen(arg) + 1;
        char *all = malloc(len);
        if (!all)
            return cli_usage(cmd, "out of memory");
        snprintf(all, len, "%s%s%s", had ? l->na_all : "", had ? "," : "", arg);
        free(l->na_all);
        l->na_all = all;
        free(l->na_buf);
        free(l->na);
        l->na_buf = strdup(all);
        const size_t n = ct_list_max_items(all);
        l->na = calloc(n, sizeof *l->na);
        if (!l->na_buf || !l->na)
            return cli_usage(cmd, "out of memory");
        /* the lists joined by ',' are one list (each ends with an item) */
        if ((rc = cli_split_list(cmd, "na-values", all, l->na_buf, CT_LIST_EMPTY_OK, l->na, n, &k)))
            return rc;
        l->opt.na_values = l->na;
        l->opt.n_na_values = k;
        return 0;
    }
    case CLI_OPT_DELIMITER: {
        /* named as people say them, in any case: 'tab' was taken alone
         * before 2026-12-07, and --delimiter=semicolon was refused without
         * the character (tests/cli/options_delimiter_named) */
        static const char *const named[][2] = {{"tab", "\t"}, {"comma", ","}, {"semicolon", ";"},
                                               {"pipe", "|"}, {"space", " "}, {"colon", ":"}};
        if (strcmp(arg, "\\t") == 0)
            arg = "\t";
        for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
            if (strcasecmp(arg, named[k][0]) == 0)
                arg = named[k][1];
        if (strlen(arg) != 1 || *arg == '"' || *arg == '\n' || *arg == '\r')
            return char_option_bad(cmd, "delimiter", "a quote or a line end", arg);
        l->opt.delimiter = *arg;
        /* the delimiter check stays on: a header with none of the delimiter
         * given and another one throughout is a mistaken --delimiter (one
         * message for the file, docs/cli.md), not a one-column file */
        return 0;
    }
    case CLI_OPT_NO_SCHEMA: l->opt.use_schema = 0; return 0;
    case CLI_OPT_DECIMAL:
    case CLI_OPT_THOUSANDS: {
        const char *name = opt == CLI_OPT_DECIMAL ? "decimal" : "thousands";
        if (strcmp(arg, "space") == 0)
            arg = " ";
        uint32_t cp;
        const size_t alen = strlen(arg);
        if (opt == CLI_OPT_THOUSANDS && alen > 1 && ct_utf8_decode(arg, alen, &cp) == (int)alen) {
            /* one character of several bytes: a no-break space (U+00A0,
             * what French Excel writes) or U+202F looked like ' ' in the
             * refusal (before 2026-12-03); said, with the conversion
             * (tests/cli/options_thousands_nbsp) */
            char u[16];
            snprintf(u, sizeof u, "U+%04X", (unsigned)cp);
            return cli_usage(cmd,
                             "--%s takes a one-byte character; %s%s is %zu bytes in UTF-8, and "
                             "separators of several bytes are not supported: replace it in the "
                             "file with a plain space first, sed 's/%s/ /g' FILE > fixed.csv, "
                             "then read with --%s=space",
                             name, u,
                             cp == 0xA0     ? " (a no-break space, as French Excel writes)"
                             : cp == 0x202F ? " (a narrow no-break space)"
                                            : "",
                             alen,
                             cp == 0xA0     ? "\\xc2\\xa0"
                             : cp == 0x202F ? "\\xe2\\x80\\xaf"
                                            : "THE-CHARACTER",
                             name);
        }
        if (alen != 1 || strchr("0123456789+-eE\"\r\n", *arg))
            return char_option_bad(cmd, name, "a digit, a sign, 'e', a quote or a line end", arg);
        if (opt == CLI_OPT_DECIMAL) {
            l->opt.decimal = *arg;
            l->decimal_given = 1;
        } else
            l->opt.thousands = *arg;
        l->cmd = cmd;
        return 0;
    }
    }
    return cli_usage(cmd, "unknown option");
}

int cli_load_check(cli_load *l, const char *cmd)
{
    ct_load_options *o = &l->opt;
    /* --thousands=. alone: the default decimal mark '.' cannot also group
     * thousands, and a file that groups with '.' (German, Dutch, Spanish,
     * Italian, Brazilian spreadsheets) writes its decimals with ','.
     * pandas' read_csv(thousands='.') has no decimal mark then ('1,5'
     * stays text); a decimal comma reads what such a file holds. Before
     * 2026-12-03 it was the usage error "--decimal and --thousands are
     * both '.'", though the loader's own hint gave --thousands=. alone
     * (tests/cli/options_thousands_dot_alone). */
    const int implied = o->thousands == '.' && !l->decimal_given;
    if (implied)
        o->decimal = ',';
    char d[8];
    snprintf(d, sizeof d, "%s", o->delimiter == '\t' ? "tab" : (char[]){o->delimiter, 0});
    if (o->decimal == o->delimiter && !l->decimal_given && !implied)
        return cli_usage(cmd,
                         "the delimiter '%s' is also the default decimal mark: with "
                         "--thousands, give the file's decimal mark too (--decimal=,)",
                         d);
    /* a thousands separator may be the delimiter: grouped numbers are then
     * quoted ("1,234"), as pandas' thousands=',' reads them */
    if (o->decimal == o->delimiter && !implied)
        return cli_usage(cmd,
                         "--decimal and the delimiter are both '%s': a number's mark cannot also "
                         "separate the fields (a file with decimal commas is usually "
                         "';'-delimited: --delimiter=';' --decimal=,)",
                         d);
    if (o->decimal == o->thousands)
        return cli_usage(cmd, "--decimal and --thousands are both '%c': give two different marks",
                         o->decimal);
    return 0;
}

int cli_shared_option(int c, const char *cmd, const char *help, cli_load *lo, char **argv)
{
    switch (c) {
    case 'h': fputs(help, stdout); return CLI_EXIT_OK;
    case 'q': cli_quiet = 1; return CLI_OPT_NEXT;
    case CLI_OPT_WIDE: cli_wide = 1; return CLI_OPT_NEXT;
    case CLI_OPT_ON_BAD_ROW:
    case CLI_OPT_NA_VALUES:
    case CLI_OPT_DELIMITER:
    case CLI_OPT_DECIMAL:
    case CLI_OPT_THOUSANDS:
    case CLI_OPT_NO_SCHEMA: {
        int rc = cli_load_option(lo, cmd, c, optarg);
        return rc ? rc : CLI_OPT_NEXT;
    }
    }
    return cli_bad_option(cmd, argv);
}

static void on_bad_row(void *user, const ct_diag *d)
{
    cli_load *l = user;
    l->nbad++;
    /* skipped rows are notes (quiet hides them); failing rows are errors */
    if (cli_quiet && l->opt.on_bad_row == CT_BAD_ROW_SKIP)
        return;
    if (!l->held && !(l->held = calloc(CLI_MAX_BAD_SHOWN, sizeof *l->held))) {
        cli_progress_end();
        cli_print_diag(d); /* out of memory: listed as it comes */
        return;
    }
    if (l->shown < CLI_MAX_BAD_SHOWN)
        l->held[l->shown++] = *d;
}

void cli_load_hold_bad(void *user, const ct_diag *d) { on_bad_row(user, d); }

/* 1 when another row of held[from..shown) has the same hint as row i. */
static int hint_shared(const cli_load *l, size_t from, size_t i)
{
    for (size_t k = from; k < l->shown; k++)
        if (k != i && strcmp(l->held[k].hint, l->held[i].hint) == 0)
            return 1;
    return 0;
}

/* The bad rows this load listed, each with its own hint; a hint several
 * rows share (a Windows-1252 file's "re-save as UTF-8") is said once,
 * after the list. */
static void print_bad_rows(cli_load *l)
{
    const size_t from = l->printed;
    if (!l->held || l->shown == from)
        return;
    for (size_t i = from; i < l->shown; i++) {
        ct_diag d = l->held[i];
        if (d.hint[0] && hint_shared(l, from, i))
            d.hint[0] = '\0';
        cli_print_diag(&d);
    }
    if (l->nbad > l->shown) {
        char n[32];
        ct_numfmt_count(n, sizeof n, l->nbad - l->shown);
        fprintf(stderr, "... and %s more bad row%s\n", n, l->nbad - l->shown == 1 ? "" : "s");
    }
    for (size_t i = from; i < l->shown; i++) {
        int first = l->held[i].hint[0] && hint_shared(l, from, i);
        for (size_t k = from; first && k < i; k++)
            first = strcmp(l->held[k].hint, l->held[i].hint) != 0;
        if (first) {
            /* "the 7 rows above" when every listed row has it, else their lines */
            size_t nrows = 0, at = 0;
            char lines[CLI_MAX_BAD_SHOWN * 24] = "";
            for (size_t k = from; k < l->shown; k++)
                if (strcmp(l->held[k].hint, l->held[i].hint) == 0 && at < sizeof lines)
                    at += (size_t)snprintf(lines + at, sizeof lines - at, "%s%ld",
                                           nrows++ ? ", " : "", l->held[k].line);
            char lead[sizeof lines + 32];
            if (nrows == l->shown - from)
                snprintf(lead, sizeof lead, "  hint (the %zu rows above): ", nrows);
            else
                snprintf(lead, sizeof lead, "  hint (lines %s): ", lines);
            cli_print_wrapped(stderr, lead, 8, l->held[i].hint);
        }
    }
    l->printed = l->shown;
}

void cli_load_print_bad(cli_load *l) { print_bad_rows(l); }

const char *cli_boms_text(char *buf, size_t cap, const char *path, int boms)
{
    snprintf(buf, cap,
             "%s: the file starts with %d byte-order marks (U+FEFF; given one twice, as by "
             "saving it again with one, or joining files that had one): all were skipped, "
             "where pandas skips only the first and reads the rest into the first column's "
             "name",
             path, boms);
    return buf;
}

const char *cli_empty_rows_text(char *buf, size_t cap, const char *path, size_t n, long first,
                                long last)
{
    char cnt[32], lines[64];
    cli_fmt_count(cnt, sizeof cnt, n);
    if (n == 1)
        snprintf(lines, sizeof lines, "line %ld", first);
    else if (last - first + 1 == (long)n)
        snprintf(lines, sizeof lines, "lines %ld to %ld", first, last);
    else
        snprintf(lines, sizeof lines, "the first on line %ld", first);
    snprintf(buf, cap,
             "%s: %s row%s %s empty in every field (%s): delimiters only, as a spreadsheet "
             "exports rows it holds no data in; read as rows with every value missing, as pandas "
             "reads them: delete them if they are no reports",
             path, cnt, n == 1 ? "" : "s", n == 1 ? "is" : "are", lines);
    return buf;
}

int cli_load_frame(cli_load *l, const char *path, ct_frame **out, ct_load_stats *stats)
{
    if (l->cmd && cli_load_check(l, l->cmd))
        return CLI_EXIT_USAGE;
    ct_diag d;
    ct_diag_clear(&d);
    l->opt.on_bad_row_fn = on_bad_row;
    l->opt.on_bad_row_user = l;
    l->opt.progress = cli_progress;
    l->opt.progress_user = (void *)"loading";
    ct_load_stats own;
    if (!stats)
        stats = &own;
    memset(stats, 0, sizeof *stats);
    ct_status s = ct_frame_load(path, &l->opt, out, stats, &d);
    cli_progress_end();
    char nb[32];
    ct_numfmt_count(nb, sizeof nb, l->nbad);
    /* rows of invalid UTF-8 in a file whose other rows hold valid UTF-8
     * beyond ASCII: the file mixes encodings, and the whole-file iconv
     * would garble the valid rows (tests/cli/files_mixed_encoding_said) */
    char mixed[CT_DIAG_MSG_MAX];
    if (l->shown && ct_load_mixed_encoding(path, stats, mixed, sizeof mixed))
        for (size_t i = 0; i < l->shown; i++)
            if (strncmp(l->held[i].hint, "re-save the file as UTF-8", 25) == 0)
                snprintf(l->held[i].hint, sizeof l->held[i].hint, "%s", mixed);
    print_bad_rows(l);
    /* a bad row that read the lines after it as one quoted field (a stray
     * quote, ct_csv_swallowed) makes few rows of a whole file: the fault is
     * that quote, not the file (before 2026-12-05 one such row in a file
     * was "every data row is bad": tests/cli/inspect_stray_quote_rest_of_file) */
    if (s == CT_EDATA && l->nbad && l->nbad >= stats->rows_read && !stats->swallowed_lines) {
        /* skipping them would leave nothing: the fault is the file's, and
         * the bad rows' messages (and hints) above name it */
        char first[CT_DIAG_MSG_MAX], line[256];
        snprintf(first, sizeof first, "%s: ", path);
        snprintf(line, sizeof line,
                 "every data row is bad (%s): nothing was loaded, and --on-bad-row=skip would "
                 "leave no rows; what the lines above name is wrong in the whole file",
                 nb);
        wrap_stderr(first, 2, line);
        return CLI_EXIT_DATA;
    }
    if (s == CT_EDATA && l->nbad) {
        char first[CT_DIAG_MSG_MAX], line[320];
        snprintf(first, sizeof first, "%s: ", path);
        if (stats->swallowed_lines) {
            char sl[32];
            cli_fmt_count(sl, sizeof sl, stats->swallowed_lines);
            snprintf(line, sizeof line,
                     "%s bad row%s, which read %s more line%s as one quoted field; nothing was "
                     "loaded: mend the quote%s named above (--on-bad-row=skip would skip those "
                     "lines with %s)",
                     nb, l->nbad == 1 ? "" : "s", sl, stats->swallowed_lines == 1 ? "" : "s",
                     l->nbad == 1 ? "" : "s", l->nbad == 1 ? "it" : "them");
        } else
            snprintf(line, sizeof line,
                     "%s bad row%s; nothing was loaded (use --on-bad-row=skip to skip them)", nb,
                     l->nbad == 1 ? "" : "s");
        wrap_stderr(first, 2, line);
        return CLI_EXIT_DATA;
    }
    if (s)
        return cli_fail(s, &d);
    if (l->nbad)
        cli_note("%s: skipped %s bad row%s", path, nb, l->nbad == 1 ? "" : "s");
    if (stats->no_line_end)
        cli_note("%s: no line end in the whole file: it was read as a header of %zu field%s "
                 "and no rows (were the line ends lost, e.g. by copying the data as one line?)",
                 path, ct_frame_ncols(*out), ct_frame_ncols(*out) == 1 ? "" : "s");
    if (stats->maybe_joined) {
        char n[32];
        cli_fmt_count(n, sizeof n, stats->maybe_joined);
        cli_note("%s:%ld: field %zu's quoted text runs onto line %ld, which starts like a row of "
                 "its own (the header's delimiters, a first value like this row's): if a quote "
                 "on these lines is stray, two reports were read as this one row; else it is "
                 "the text's own line break",
                 path, stats->maybe_joined_line, stats->maybe_joined_field,
                 stats->maybe_joined_line + 1);
        if (stats->maybe_joined > 1)
            cli_note("%s: %s rows in all are so (the first named above)", path, n);
    }
    if (stats->open_last_line && !stats->no_line_end)
        cli_note("%s: the last line, %ld, has no line end: if the file was cut off, its last "
                 "values may be incomplete (a file saved without a final line end is common "
                 "and then whole)",
                 path, stats->open_last_line);
    char why[CT_DIAG_MSG_MAX];
    if (stats->boms > 1)
        cli_note("%s", cli_boms_text(why, sizeof why, path, stats->boms));
    if (ct_frame_explain_missing(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    long e0, e1;
    const size_t nempty = ct_frame_empty_rows(*out, &e0, &e1);
    if (nempty)
        cli_note("%s", cli_empty_rows_text(why, sizeof why, path, nempty, e0, e1));
    if (ct_frame_explain_repeated_names(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_unnamed(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_rounded_ids(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_formula_ids(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_rounded_counts(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_dot_groups(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_thousands_misread(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    if (ct_frame_explain_repeated_header(*out, why, sizeof why)) {
        /* the command for this input, as the loader's hint gives it
         * (gzip through zcat; before 2026-12-04 "tail -n +2", which read
         * compressed bytes: tests/cli/files_repeated_header_gzip) */
        char cmd[768];
        ct_shell_drop_header_lines(cmd, sizeof cmd, path, stats->gzip);
        cli_note("%s: %s: $ %s", path, why, cmd);
    }
    if (ct_frame_explain_totals_row(*out, why, sizeof why))
        cli_note("%s: %s", path, why);
    return CLI_EXIT_OK;
}

/* A negative duration or count is a data error (a sign lost or added in an
 * export, a sentinel such as -1 for "unknown"): noted with its first line,
 * since describe()'s min alone is easy to miss. Said by inspect, and by
 * test and regress, which use such a value as it is (as scipy and
 * statsmodels would). */
/* The reports file's column name, or the file's name for it when c
 * renames it (--views, --shares). */
static const char *count_name(const char *course, const cli_counts *c)
{
    const ct_score_options q = ct_reports_score_options();
    if (c && c->views && q.views_column && strcmp(course, q.views_column) == 0)
        return c->views;
    if (c && c->shares && q.shares_column && strcmp(course, q.shares_column) == 0)
        return c->shares;
    return course;
}

int cli_counts_check(const ct_frame *f, const char *path, const cli_counts *c)
{
    const char *const name[2] = {c ? c->views : NULL, c ? c->shares : NULL};
    static const char *const what[2] = {"view count", "share count"};
    static const char *const opt[2] = {"--views=COL", "--shares=COL"};
    for (size_t k = 0; k < 2; k++) {
        size_t j;
        ct_diag d;
        ct_diag_clear(&d);
        if (!name[k] || ct_frame_find(f, name[k], &j, &d) == CT_OK)
            continue;
        ct_diag e;
        ct_diag_clear(&e);
        ct_diag_set(&e, CT_ECOLUMN, path, 0, 0, "%s column '%s' is absent", what[k], name[k]);
        if (d.hint[0]) {
            snprintf(e.hint, sizeof e.hint, "%s", d.hint);
        } else {
            cli_file_columns(f, opt[k], e.hint, sizeof e.hint);
        }
        cli_print_diag(&e);
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

void cli_note_negative(const ct_frame *f, const char *path, const cli_counts *cn)
{
    size_t ncols;
    const char *const *cols = ct_reports_nonnegative_columns(&ncols);
    /* under --views and --shares the file's names (before 2026-12-05 the
     * reports file's alone: a renamed count's negative values went
     * unsaid, tests/cli/negative_counts_renamed); a column in two roles
     * (--views=video_like_count) is said once */
    size_t seen[16], nseen = 0;
    for (size_t k = 0; k < ncols; k++) {
        size_t j;
        const char *name = count_name(cols[k], cn);
        if (ct_frame_find(f, name, &j, NULL) != CT_OK)
            continue;
        int again = 0;
        for (size_t q = 0; q < nseen; q++)
            again |= seen[q] == j;
        if (again)
            continue;
        if (nseen < sizeof seen / sizeof seen[0])
            seen[nseen++] = j;
        const ct_column *c = ct_frame_col(f, j);
        const double *v = ct_column_f64(c);
        const uint8_t *miss = ct_column_missing(c);
        const size_t n = v ? ct_frame_nrows(f) : 0;
        /* whether any value has its sign bit set first, in one pass of
         * OR-ed words (four at a time) over the values alone; a missing
         * row's value or a -0 can only add a false alarm: the count and
         * the first line, a second pass, only then */
        uint64_t sign[4] = {0, 0, 0, 0};
        size_t i4 = 0;
        for (; i4 + 4 <= n; i4 += 4)
            for (int q = 0; q < 4; q++) {
                uint64_t u;
                memcpy(&u, &v[i4 + (size_t)q], sizeof u);
                sign[q] |= u;
            }
        for (; i4 < n; i4++) {
            uint64_t u;
            memcpy(&u, &v[i4], sizeof u);
            sign[0] |= u;
        }
        const int any = ((sign[0] | sign[1] | sign[2] | sign[3]) >> 63) != 0;
        size_t neg = 0, first = 0;
        for (size_t i = 0; any && i < n; i++)
            if (!miss[i] && v[i] < 0 && neg++ == 0)
                first = i;
        if (!neg)
            continue;
        char a[32], b[32];
        cli_fmt_count(a, sizeof a, neg);
        ct_numfmt_value(b, sizeof b, v[first]); /* a file's value, as reasons say it */
        cli_note("%s:%ld: %s is %s (%s negative value%s in the column): a duration or count "
                 "cannot be negative; a code such as -1 for unknown is read as missing with "
                 "--na-values=-1",
                 path, ct_frame_row_line(f, first), name, b, a, neg == 1 ? "" : "s");
    }
}

/* A column of pandas' boolean spellings in more than one spelling of a
 * value (ct_column_bool_spellings): every spelling with its rows, at the
 * line of the first row spelling a value a second way. pandas reads the
 * column as two values; here each spelling is a level. */
static void note_bool_spellings(const ct_frame *f, const ct_column *c, const char *path)
{
    const size_t nl = ct_column_nlevels(c), nr = ct_frame_nrows(f);
    size_t *count = calloc(nl, sizeof *count);
    if (!count)
        return;
    const int32_t *codes = ct_column_codes(c);
    /* the first level (code order) that spells a value already spelled */
    size_t twin = nl;
    int seen_t = 0, seen_f = 0;
    for (size_t k = 0; k < nl && twin == nl; k++) {
        int *seen = (ct_column_level(c, k)[0] | 0x20) == 't' ? &seen_t : &seen_f;
        if ((*seen)++)
            twin = k;
    }
    size_t first = 0;
    int found = 0;
    for (size_t i = 0; i < nr; i++)
        if (codes[i] >= 0 && (size_t)codes[i] < nl) {
            count[codes[i]]++;
            if (!found && (size_t)codes[i] == twin)
                first = i, found = 1;
        }
    char list[512] = "";
    size_t used = 0;
    for (size_t k = 0; k < nl && used < sizeof list; k++) {
        char n[32];
        cli_fmt_count(n, sizeof n, count[k]);
        int w = snprintf(list + used, sizeof list - used, "%s'%s' (%s row%s)", k ? ", " : "",
                         ct_column_level(c, k), n, count[k] == 1 ? "" : "s");
        used += w > 0 ? (size_t)w : 0;
    }
    free(count);
    cli_note("%s:%ld: column '%s' holds true and false in %zu spellings: %s; pandas' read_csv "
             "reads them as one bool column of two values, but every count and test here takes "
             "them as %zu values; write them one way first (pandas: pd.read_csv(f).to_csv(g, "
             "index=False) writes True and False)",
             path, ct_frame_row_line(f, first), ct_column_name(c), nl, list, nl);
}

void cli_note_mostly_numeric(const ct_frame *f, const char *path, const char *consequence)
{
    char rep[CT_DIAG_MSG_MAX];
    if (ct_frame_explain_repeated_header(f, rep, sizeof rep))
        return; /* a repeated header line made them strings: said at load */
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *c = ct_frame_col(f, j);
        char why[CT_DIAG_MSG_MAX];
        /* the counts alone first, in one pass (no hint), the hint only
         * for a note: a text column (a transcript) is noted only when most
         * of its values are numbers in another format */
        size_t in_format = 0;
        const size_t bad = ct_frame_count_not_numeric(f, j, NULL, &in_format);
        const size_t values = ct_column_len(c) - ct_column_nmissing(c);
        if (!bad)
            continue;
        if (bad * 2 >= values) {
            if (!in_format)
                continue;
            /* numbers in another format: '0,1334' with --decimal unset */
            ct_frame_explain_not_numeric(f, j, why, sizeof why);
            cli_note("%s: column '%s' is read as %s (%s): %s", path, ct_column_name(c),
                     ct_type_name(ct_column_type(c)), consequence, why);
            continue;
        }
        ct_frame_explain_not_numeric(f, j, why, sizeof why);
        char a[32], b[32];
        cli_fmt_count(a, sizeof a, values - bad);
        cli_fmt_count(b, sizeof b, values);
        cli_note("%s: column '%s' is read as %s (%s), though %s of its %s values are numbers: %s",
                 path, ct_column_name(c), ct_type_name(ct_column_type(c)), consequence, a, b, why);
    }
}

void cli_note_dropna_unused(const ct_frame *f, const char *path, const char *const *used,
                            size_t nused, const char *remedy)
{
    char text[CT_DIAG_MSG_MAX];
    if (cli_dropna_unused_text(f, used, nused, remedy, text, sizeof text))
        cli_note("%s: %s", path, text);
}

int cli_dropna_unused_text(const ct_frame *f, const char *const *used, size_t nused,
                           const char *remedy, char *buf, size_t cap)
{
    int said = 0;
    const size_t n = ct_frame_nrows(f), nc = ct_frame_ncols(f);
    size_t *cols = malloc((nused ? nused : 1) * sizeof *cols), ncols = 0;
    uint8_t *any = malloc(n ? n : 1), *own = malloc(n ? n : 1);
    if (!cols || !any || !own)
        goto done;
    for (size_t k = 0; k < nused; k++)
        if (used[k] && ct_frame_find(f, used[k], &cols[ncols], NULL) == CT_OK)
            ncols++;
    const size_t dropped = ct_frame_missing_rows(f, NULL, 0, any);
    const size_t lost = dropped - ct_frame_missing_rows(f, cols, ncols, own);
    if (!lost || (double)lost < CLI_DROPNA_UNUSED_SHARE * (double)n)
        goto done;
    /* the column missing in most of those rows: the one to drop first */
    size_t best = nc, bestn = 0;
    for (size_t j = 0; j < nc; j++) {
        const uint8_t *m = ct_column_missing(ct_frame_col(f, j));
        size_t c = 0;
        if (!ct_column_nmissing(ct_frame_col(f, j)))
            continue;
        for (size_t i = 0; i < n; i++)
            c += any[i] && !own[i] && m[i];
        if (c > bestn)
            best = j, bestn = c;
    }
    if (best == nc)
        goto done;
    char a[32], b[32], c[32];
    cli_fmt_count(a, sizeof a, lost);
    cli_fmt_count(b, sizeof b, dropped);
    cli_fmt_count(c, sizeof c, bestn);
    snprintf(buf, cap,
             "%s of the %s rows dropped for a missing value (df.dropna()) hold a value in "
             "every column used here: they miss only other columns, most often '%s' (in %s of "
             "them); %s",
             a, b, ct_column_name(ct_frame_col(f, best)), c, remedy);
    said = 1;
done:
    free(cols);
    free(any);
    free(own);
    return said;
}

void cli_note_level_variants(const ct_frame *f, const char *path)
{
    for (size_t j = 0; j < ct_frame_ncols(f); j++)
        cli_note_level_variants_of(f, j, path);
}

void cli_note_level_variants_of(const ct_frame *f, size_t j, const char *path)
{
    const ct_column *c = ct_frame_col(f, j);
    char nalike[CT_DIAG_MSG_MAX];
    if (ct_frame_explain_na_levels(f, j, nalike, sizeof nalike))
        cli_note("%s: %s", path, nalike);
    if (ct_column_bool_spellings(c)) {
        note_bool_spellings(f, c, path);
        return;
    }
    size_t a = 0, b = 0;
    const long twins = ct_column_level_variants(c, &a, &b);
    if (twins <= 0)
        return;
    const int32_t *codes = ct_column_codes(c);
    size_t na = 0, nb = 0, first = 0;
    for (size_t i = 0; i < ct_frame_nrows(f); i++) {
        if (codes[i] == (int32_t)a && na++ == 0 && nb == 0)
            first = i;
        if (codes[i] == (int32_t)b && nb++ == 0 && na == 0)
            first = i;
    }
    const char *la = ct_column_level(c, a), *lb = ct_column_level(c, b);
    /* spaces: equal once trimmed; case: equal once lowered */
    size_t sa = strspn(la, " "), sb = strspn(lb, " ");
    size_t ea = strlen(la), eb = strlen(lb);
    while (ea > sa && la[ea - 1] == ' ')
        ea--;
    while (eb > sb && lb[eb - 1] == ' ')
        eb--;
    const int same_trim = ea - sa == eb - sb && memcmp(la + sa, lb + sb, ea - sa) == 0;
    const int same_case = strcasecmp(la, lb) == 0;
    char ca[32], cb[32], more[96] = "";
    cli_fmt_count(ca, sizeof ca, na);
    cli_fmt_count(cb, sizeof cb, nb);
    if (twins > 2)
        snprintf(more, sizeof more, " (%ld levels of the column have such a twin)", twins);
    cli_note("%s:%ld: column '%s' holds '%s' (%s row%s) and '%s' (%s row%s), which differ "
             "only in %s: every count and test takes them as two values, as pandas does%s; "
             "if they mean one, make them one first (pandas: "
             "df[col].str.strip().str.lower())",
             path, ct_frame_row_line(f, first), ct_column_name(c), la, ca, na == 1 ? "" : "s", lb,
             cb, nb == 1 ? "" : "s",
             same_trim   ? "spaces around them"
             : same_case ? "letter case"
                         : "letter case and spaces around them",
             more);
}

FILE *cli_text_open(char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    FILE *fp = open_memstream(buf, len);
    return fp ? fp : stdout;
}

void cli_text_close(FILE *fp, char **bufp, size_t *lenp)
{
    if (fp == stdout)
        return;
    fclose(fp); /* sets *bufp and *lenp */
    char *buf = *bufp;
    const size_t len = buf ? *lenp : 0;
    char pic[CT_UTF8_VISIBLE_MAX];
    size_t from = 0, n = 1;
    for (size_t i = 0; i < len; i += n) {
        const int k = ct_utf8_visible_at(buf, len, i, &n, pic);
        if (!k)
            continue;
        fwrite(buf + from, 1, i - from, stdout);
        fwrite(pic, 1, (size_t)k, stdout);
        from = i + n;
    }
    if (buf)
        fwrite(buf + from, 1, len - from, stdout);
    free(buf);
    *bufp = NULL;
}

char **cli_command_line(int argc, char **argv)
{
    char **full = calloc((size_t)argc + 2, sizeof *full);
    if (!full) {
        cli_error("out of memory");
        return NULL;
    }
    full[0] = "claimtriage";
    memcpy(full + 1, argv, (size_t)argc * sizeof *argv);
    return full;
}

int cli_fail_no_rows(const ct_frame *f, const ct_load_stats *st, const char *path)
{
    if (ct_frame_nrows(f) > 0)
        return 0;
    ct_diag dg;
    ct_diag_clear(&dg);
    if (st->rows_skipped)
        ct_diag_set(&dg, CT_EEMPTY, path, 0, 0,
                    "no data rows left: every one of the %llu rows was skipped as bad",
                    (unsigned long long)st->rows_skipped);
    else
        ct_diag_set(&dg, CT_EEMPTY, path, 0, 0, "no data rows: the file holds a header only");
    return cli_fail(CT_EEMPTY, &dg);
}

/* Whether the first 64 KiB of PATH (a regular file, not gzip) hold
 * "\r\r\n": 1 yes, 0 no, -1 not known (standard input, compressed, not
 * readable). */
static int file_has_cr_cr_lf(const char *path)
{
    struct stat sb;
    if (!path || strcmp(path, "-") == 0 || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return -1;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    static char buf[65536];
    const size_t n = fread(buf, 1, sizeof buf, fp);
    fclose(fp);
    if (n >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b)
        return -1;
    for (size_t i = 0; i + 2 < n; i++)
        if (buf[i] == '\r' && buf[i + 1] == '\r' && buf[i + 2] == '\n')
            return 1;
    return 0;
}

/* About as many blank lines as lines of data, header included (one blank
 * after each: blank lines N + 1 for N rows), is the mark of "\r\r\n" line
 * ends, which Python's csv module writes on Windows to a file opened
 * without newline='' (its "\r\n" after text mode's "\n" -> "\r\n"): each
 * row then reads as a row and a blank line. The figures are right and the
 * line numbers pandas', but "N blank lines ignored" alone did not say why
 * (before 2026-12-06: tests/cli/files_cr_cr_lf_cause_named). Said when the
 * file's start holds "\r\r\n", or, when it cannot be read again
 * (standard input, gzip), as the likely cause. */
static void note_cr_cr_lf(const ct_load_stats *st, const char *path)
{
    const uint64_t lines = st->rows_read + 1;
    if (st->blank_lines < 2 || st->blank_lines > lines || st->blank_lines * 10 < lines * 9)
        return;
    const int seen = file_has_cr_cr_lf(path);
    if (seen == 0)
        return;
    cli_note("%s: every line is followed by a blank one: its lines %send in \\r\\r\\n, as Python's "
             "csv module writes on Windows to a file opened without newline=''; the rows are read "
             "right and line numbers are pandas', but an editor may number the lines otherwise "
             "(some take the lone \\r for a line break); write the file with open(..., 'w', "
             "newline='')",
             path && strcmp(path, "-") ? path : "standard input", seen == 1 ? "" : "likely ");
}

void cli_note_rows(const ct_load_stats *st, const char *path)
{
    char a[32], b[32], c[32];
    cli_fmt_count(a, sizeof a, st->rows_read);
    cli_fmt_count(b, sizeof b, st->rows_used);
    cli_fmt_count(c, sizeof c, st->rows_skipped);
    /* skipped rows over several lines: the lines too (a stray quote's row
     * holds the reports it swallowed; before 2026-12-05 "skipped 1" for 4
     * lines lost: tests/cli/inspect_stray_quote_rest_of_file) */
    char span[160] = "";
    if (st->skipped_lines > st->rows_skipped) {
        char n[32];
        cli_fmt_count(n, sizeof n, st->skipped_lines);
        snprintf(span, sizeof span, " (%s lines of the file)", n);
    }
    /* blank lines, skipped as pandas skips them, counted in --json's
     * blank_lines: said here too (before 2026-12-05 only there:
     * tests/cli/files_blank_lines_said) */
    if (st->blank_lines) {
        char n[32];
        const size_t at = strlen(span);
        cli_fmt_count(n, sizeof n, st->blank_lines);
        snprintf(span + at, sizeof span - at, "; %s blank line%s ignored, as pandas does", n,
                 st->blank_lines == 1 ? "" : "s");
    }
    if (cli_quiet && st->rows_skipped) /* rows left out are never silent, -q or not */
        fprintf(stderr, "claimtriage: rows read %s, used %s, skipped %s%s\n", a, b, c, span);
    else
        cli_note("rows read %s, used %s, skipped %s%s", a, b, c, span);
    if (st->unnamed_index && st->index_more)
        cli_note("%s: the first %d columns are row indexes, as pandas' to_csv writes one (an "
                 "unnamed first column) each time a file is saved with its index, and read_csv "
                 "names it ('Unnamed: 0'): the file was read and saved again; each is read as an "
                 "identifier, never a feature",
                 path, st->index_more + 1);
    else if (st->unnamed_index == 1)
        cli_note("%s: the first column has no name, as pandas' to_csv writes its row index: "
                 "read as an identifier ('Unnamed: 0'), never a feature",
                 path);
    else if (st->unnamed_index == 2)
        cli_note("%s: the first column is 'Unnamed: 0', pandas' name for the row index to_csv "
                 "writes without a name (the file was read and saved again): read as an "
                 "identifier, never a feature",
                 path);
    else if (st->unnamed_index == 3)
        cli_note("%s: the first column is 'index', the row index pandas' reset_index() makes: "
                 "read as an identifier, never a feature",
                 path);
    else if (st->unnamed_index == 4)
        cli_note("%s: the first column is 'X', R's name for the row names write.csv writes "
                 "without a name (the file was read by read.csv and saved again): read as an "
                 "identifier, never a feature",
                 path);
    note_cr_cr_lf(st, path);
}

/* ------------------------------------------------------------ progress */

static int progress_drawn = 0; /* the columns of the bar on the line, 0 when none */
static int progress_off = 0;   /* results go to the bar's terminal: no more bar */

/* Whether standard output is the terminal standard error is: a bar drawn
 * there would be drawn into the results. */
static int stdout_is_stderr_tty(void)
{
    struct stat so, se;
    return isatty(STDOUT_FILENO) && isatty(STDERR_FILENO) && fstat(STDOUT_FILENO, &so) == 0 &&
           fstat(STDERR_FILENO, &se) == 0 && so.st_rdev == se.st_rdev;
}

/* An output file that is standard output, when that is the bar's terminal
 * (score's queue, synth's rows on the screen): the bar is erased and drawn
 * no more. Rows written while a bar was redrawn on the same line read
 * "score [####] 100%1,3616856643,..." (before 2026-12-05:
 * tests/cli/progress_not_in_stdout_tty); the rows appearing are the
 * progress. A command that prints its results once its work is done
 * (train's and evaluate's tables) erases the bar first and keeps it. */
static void progress_yield_to_stdout(void)
{
    if (progress_off || !stdout_is_stderr_tty())
        return;
    cli_progress_end();
    progress_off = 1;
}

/* A bar is drawn only once the work has lasted this long (from the first
 * call), as git delays its progress (GIT_PROGRESS_DELAY): a 5-row file drew
 * two frames of a bar for a few milliseconds of loading (before
 * 2026-12-04: tests/cli/progress_tiny_no_bar). CLAIMTRIAGE_PROGRESS_DELAY
 * (seconds) changes it; tests set 0 to see a bar on small inputs. */
#define CLI_PROGRESS_DELAY 0.3 /* seconds */

static double progress_delay(void)
{
    const char *e = getenv("CLAIMTRIAGE_PROGRESS_DELAY");
    if (!e || !*e)
        return CLI_PROGRESS_DELAY;
    char *end;
    const double v = strtod(e, &end);
    return !*end && v >= 0 && v < 1e6 ? v : CLI_PROGRESS_DELAY;
}

static double progress_clock(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Bytes read of an input of unknown size (standard input), for people:
 * "23.9 MB read", decimal units as ls -h --si and pv say them (before
 * 2026-12-04 the raw count, "23854466", read as a row count). */
static void progress_bytes(char *buf, size_t n, uint64_t b)
{
    static const char *const unit[] = {"kB", "MB", "GB", "TB"};
    if (b < 1000) {
        snprintf(buf, n, "%llu bytes read", (unsigned long long)b);
        return;
    }
    double v = (double)b / 1000.0;
    size_t u = 0;
    while (v >= 999.95 && u + 1 < sizeof unit / sizeof unit[0]) {
        v /= 1000.0;
        u++;
    }
    snprintf(buf, n, "%.1f %s read", v, unit[u]);
}

int cli_progress(void *user, uint64_t done, uint64_t total)
{
    static double start = -1, delay;
    if (cli_quiet || progress_off || !isatty(STDERR_FILENO))
        return 0;
    if (start < 0) {
        start = progress_clock();
        delay = progress_delay();
    }
    if (!progress_drawn && progress_clock() - start < delay)
        return 0;
    const char *label = user ? user : "working";
    char line[160];
    int n;
    if (total) {
        int pct = done >= total ? 100 : (int)(100.0 * (double)done / (double)total);
        int fill = pct / 4;
        n = snprintf(line, sizeof line, "%-10s [%-25.*s] %3d%%", label, fill,
                     "#########################", pct);
    } else {
        char b[40];
        progress_bytes(b, sizeof b, done);
        n = snprintf(line, sizeof line, "%-10s %s", label, b);
    }
    if (n < 0)
        return 0;
    if (n >= (int)sizeof line)
        n = (int)sizeof line - 1;
    /* padded to the longest bar drawn on this line, so that a shorter one
     * (train's stage without its eta) leaves none of the longer one's
     * characters behind (before 2026-12-04 "100%7%": docs/cli.md) */
    fprintf(stderr, "\r%-*s", n > progress_drawn ? n : progress_drawn, line);
    fflush(stderr);
    if (n > progress_drawn)
        progress_drawn = n;
    return 0;
}

/* The bar is overwritten with blanks, not erased with ESC[K: a terminal
 * without escape sequences (TERM=dumb, an editor's shell buffer) showed
 * the escape as '^[[K' before the next message. */
void cli_progress_end(void)
{
    if (progress_drawn) {
        fprintf(stderr, "\r%*s\r", progress_drawn, "");
        progress_drawn = 0;
    }
}

/* -------------------------------------------------------------- output */

/* Files are written whole or not at all (claimtriage/atomic_file.h): the
 * streams handed out are temporaries, found again here by their FILE *. */
#define CLI_MAX_OUTPUTS 64 /* eda writes every chart before renaming any */
static struct {
    FILE *fp;
    ct_atomic_file *af;
} outputs[CLI_MAX_OUTPUTS];

static ct_atomic_file *output_take(FILE *fp)
{
    for (int k = 0; k < CLI_MAX_OUTPUTS; k++)
        if (outputs[k].fp == fp && fp) {
            ct_atomic_file *af = outputs[k].af;
            outputs[k].fp = NULL;
            outputs[k].af = NULL;
            return af;
        }
    return NULL;
}

/* The null device, which replaces nothing: two outputs may both name it. */
static int null_device(const struct stat *s)
{
    struct stat sn;
    return S_ISCHR(s->st_mode) && stat("/dev/null", &sn) == 0 && S_ISCHR(sn.st_mode) &&
           sn.st_rdev == s->st_rdev;
}

int cli_is_stdout(const char *path)
{
    struct stat sp, so;
    if (!path)
        return 0;
    if (strcmp(path, "-") == 0)
        return 1;
    return stat(path, &sp) == 0 && fstat(STDOUT_FILENO, &so) == 0 && sp.st_dev == so.st_dev &&
           sp.st_ino == so.st_ino && !null_device(&sp);
}

static int open_output_code = CLI_EXIT_IO;

int cli_open_output_code(void) { return open_output_code; }

FILE *cli_open_output(const char *path)
{
    /* '-', or a path to the very file standard output is (/dev/stdout,
     * /proc/self/fd/1, its name), regular, is written through standard
     * output, in place: replaced by a temporary renamed over it, it left
     * what went before through fd 1 on an unlinked file (before
     * 2026-12-04: tests/cli/outputs_dev_stdout). A .gz name keeps its
     * compressed, replaced file. */
    const size_t pl = strlen(path);
    if (strcmp(path, "-") == 0 ||
        (cli_is_stdout(path) && !(pl >= 3 && strcasecmp(path + pl - 3, ".gz") == 0))) {
        progress_yield_to_stdout();
        return stdout;
    }
    int k = 0;
    while (k < CLI_MAX_OUTPUTS && outputs[k].fp)
        k++;
    ct_diag d;
    ct_diag_clear(&d);
    ct_atomic_file *af = NULL;
    ct_status s = k < CLI_MAX_OUTPUTS ? ct_atomic_open(path, &af, &d) : CT_EINTERNAL;
    if (s) {
        const char *reason = NULL;
        if (s == CT_EINTERNAL)
            open_output_code = cli_write_failed(path, "too many open outputs", NULL);
        else if (write_diag(s, &d, &reason))
            open_output_code = cli_write_failed(path, reason, d.hint);
        else
            open_output_code = cli_write_failed(path, d.message, d.hint);
        return NULL;
    }
    outputs[k].af = af;
    outputs[k].fp = ct_atomic_stream(af);
    return outputs[k].fp;
}

int cli_close_output(FILE *fp, const char *path)
{
    if (fp == stdout)
        return fflush(stdout) == 0 && !ferror(stdout)
                   ? CLI_EXIT_OK
                   : (cli_error("write error on standard output: %s", strerror(errno)),
                      CLI_EXIT_IO);
    ct_atomic_file *af = output_take(fp);
    ct_diag d;
    ct_diag_clear(&d);
    if (!af)
        return cli_write_failed(path, "not an output of this run", NULL);
    ct_status s = ct_atomic_commit(af, &d);
    const char *reason = NULL;
    if (s != CT_OK)
        return write_diag(s, &d, &reason) ? cli_write_failed(path, reason, d.hint)
                                          : cli_write_failed(path, d.message, d.hint);
    return CLI_EXIT_OK;
}

void cli_abort_output(FILE *fp)
{
    if (fp == stdout || !fp)
        return;
    ct_atomic_abort(output_take(fp));
}

/* a write error on standard output already said (cli_finish_stdout does
 * not say it again) */
static int stdout_error_said;

void cli_stdout_error(void)
{
    const int e = errno;
    if (stdout_error_said)
        return;
    cli_progress_end();
    stdout_error_said = 1;
    cli_error("write error on standard output: %s", strerror(e ? e : EIO));
}

int cli_fail_output(FILE *fp, ct_status s, ct_diag *d)
{
    if (fp == stdout) {
        const int e = errno;
        if (ferror(stdout)) {
            cli_progress_end();
            stdout_error_said = 1;
            cli_error("write error on standard output: %s", strerror(e ? e : EIO));
            return CLI_EXIT_IO;
        }
        return cli_fail(s, d);
    }
    return cli_fail(ct_atomic_fail(output_take(fp), s, d), d);
}

static void made_dirs_remove_pending(void);

static void on_fatal_signal(int sig)
{
    ct_atomic_remove_pending(); /* async-signal-safe: unlink(2) only */
    made_dirs_remove_pending(); /* then the folders they were in: rmdir(2) */
    ct_report_pdf_stop();       /* a Chromium printing report.pdf: kill(2), unlink(2) */
    signal(sig, SIG_DFL);
    raise(sig);
}

void cli_install_signal_handlers(void)
{
    /* SIGPIPE too: a closed standard output ends the run (exit by signal,
     * as cat or grep do; docs/cli.md), and no temporary is left behind */
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa, old;
        /* a hang-up or broken pipe ignored by the caller (nohup) stays
         * ignored; an interrupt always cleans up */
        if ((sigs[i] == SIGHUP || sigs[i] == SIGPIPE) && sigaction(sigs[i], NULL, &old) == 0 &&
            old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
}

int cli_finish_stdout(void)
{
    int bad = ferror(stdout);
    if (fflush(stdout) != 0)
        bad = 1;
    /* a standard output the caller closed (>&-, a daemon's) is an error
     * only when something was to be written to it, as gnulib's
     * close_stdout judges: 'score -o FILE >&-' writes its queue and exits
     * 0 (before, exit 3 "write error on standard output: Bad file
     * descriptor" for a run that wrote nothing there) */
    const int written_ok = !bad;
    if (fclose(stdout) != 0 && !(written_ok && errno == EBADF))
        bad = 1;
    if (bad && stdout_error_said)
        return CLI_EXIT_IO;
    if (bad) {
        cli_error("write error on standard output: %s", strerror(errno ? errno : EIO));
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}

/* The number formats are the library's (claimtriage/numfmt.h); these names
 * stay for the commands that use them. */
void cli_fmt_count(char *buf, size_t n, uint64_t v) { ct_numfmt_count(buf, n, v); }

void cli_fmt_label_count(char *buf, size_t n, const char *target, const char *positive,
                         const char *count, int count_first)
{
    /* a label with spaces around it quoted as every table quotes it
     * (ct_textwidth_label; before 2026-12-04 "claim_status =  claim: 193":
     * tests/cli/train_positive_spaces_quoted) */
    char lab[200];
    const char *shown = ct_textwidth_label(lab, sizeof lab, positive);
    if (strpbrk(positive, " 0123456789") == positive || strchr(positive, ' '))
        snprintf(buf, n, "%s = %s: %s", target ? target : "label", shown, count);
    else if (count_first)
        snprintf(buf, n, "%s %s", count, positive);
    else
        snprintf(buf, n, "%s %s", positive, count);
}

void cli_fmt_num(char *buf, size_t n, double v) { ct_numfmt_auto(buf, n, v); }

void cli_fmt_pct(char *buf, size_t n, double pct) { ct_numfmt_pct_within(buf, n, pct, 2); }

/* One end of a range: "%g" with its exponent bare ("1e+09" -> "1e9"), or
 * grouped below 1e6 ("100,000"). */
static void fmt_limit(char *buf, size_t n, double v, int grouped)
{
    if (grouped && fabs(v) < 1e6) {
        ct_numfmt_auto(buf, n, v);
        return;
    }
    char g[40];
    snprintf(g, sizeof g, "%g", v);
    char *e = strchr(g, 'e');
    if (e) {
        char *d = e + 1, *p = e + 1;
        if (*p == '+')
            p++;
        else if (*p == '-')
            *d++ = *p++;
        while (*p == '0' && p[1])
            p++;
        memmove(d, p, strlen(p) + 1);
    }
    snprintf(buf, n, "%s", g);
}

void cli_fmt_range(char *buf, size_t n, double lo, double hi, int grouped)
{
    char a[40], b[40];
    fmt_limit(a, sizeof a, lo, grouped);
    fmt_limit(b, sizeof b, hi, grouped);
    snprintf(buf, n, "%s to %s", a, b);
}

/* The header is the library's (claimtriage/artifact.h): written where
 * plan --status and the model loader check it. */
ct_json *cli_json_begin(FILE *fp, const char *command, int schema_version)
{
    ct_json *w = ct_json_new(fp);
    if (!w)
        return NULL;
    ct_artifact_begin(w, command, schema_version);
    return w;
}

void cli_json_rows(ct_json *w, const ct_load_stats *st)
{
    ct_json_key(w, "rows_read");
    ct_json_uint(w, st->rows_read);
    ct_json_key(w, "rows_used");
    ct_json_uint(w, st->rows_used);
    ct_json_key(w, "rows_skipped");
    ct_json_uint(w, st->rows_skipped);
}

void cli_json_cause(ct_json *w, const ct_diag *d)
{
    ct_json_key(w, "cause");
    const char *kind = d && (d->status == CT_EDATA || d->status == CT_ECOLUMN)
                           ? ct_diag_cause_name(d->kind)
                           : NULL;
    if (!kind) {
        ct_json_null(w);
        return;
    }
    ct_json_object_begin(w);
    ct_json_key(w, "kind");
    ct_json_str(w, kind);
    ct_json_key(w, "column");
    ct_json_str(w, d->cause_column[0] ? d->cause_column : NULL);
    ct_json_key(w, "value");
    ct_json_str(w, d->cause_value[0] ? d->cause_value : NULL);
    ct_json_key(w, "rows");
    if (d->cause_rows)
        ct_json_uint(w, d->cause_rows);
    else
        ct_json_null(w);
    ct_json_object_end(w);
}

ct_json *cli_json_failure_begin(const char *command, int schema_version, const char *path,
                                const ct_load_stats *st, const char *message)
{
    ct_json *w = cli_json_begin(stdout, command, schema_version);
    if (!w)
        return NULL;
    failure_written = 1;
    ct_json_key(w, "file");
    ct_json_str(w, path);
    cli_json_rows(w, st);
    ct_json_key(w, "failure");
    ct_json_object_begin(w);
    ct_json_key(w, "message");
    ct_json_str(w, message);
    return w;
}

void cli_json_failure_end(ct_json *w)
{
    ct_json_object_end(w);
    ct_json_object_end(w);
    if (ct_json_finish(w) == CT_EIO)
        cli_stdout_error();
}

int cli_split_option(const char *cmd, const char *arg, int *role)
{
    *role = ct_split_role_parse(arg);
    if (*role == CT_ROLE_NONE)
        return cli_usage(cmd, "--split must be train, validation or test, got '%s'", arg);
    return CLI_OPT_NEXT;
}

/* The ways a copy of the training file may differ from it and hold the
 * same rows: its line ends (crlf 0: CR LF here, LF there; 1: the reverse;
 * -1 alike) and its final line end (final 1: missing here; -1: here, not
 * there; 0: alike), and a byte-order mark. When path's content so
 * rewritten hashes to want (hex): 1, and how[0..cap) says how path
 * differs ("its line ends (CR LF here, LF there)"); else 0. */
static int same_rows_form(const char *path, const char *want, char *how, size_t cap)
{
    static const struct {
        int crlf, final;
    } ways[] = {{-1, 0}, {0, 0}, {1, 0}, {-1, 1}, {-1, -1}, {0, 1}, {1, 1}, {0, -1}, {1, -1}};
    for (size_t q = 0; q < 3 * (sizeof ways / sizeof ways[0]); q++) {
        const size_t k = q % (sizeof ways / sizeof ways[0]);
        const int bom = q < 9 ? 0 : q < 18 ? -1 : 1; /* its BOM: as is, left out, added */
        if (!bom && !k)
            continue; /* the file as it is: its hash already differs */
        char eol[CT_SHA256_HEX_SIZE];
        const int crlf = ways[k].crlf, final = ways[k].final;
        if (ct_sha256_content_form(path, crlf, final, bom, eol, NULL) != CT_OK || strcmp(eol, want))
            continue;
        char ends[96] = "", last[96] = "", mark[96] = "";
        if (bom)
            snprintf(mark, sizeof mark, "a byte-order mark (%s)",
                     bom < 0 ? "one here at the start, none there"
                             : "none here, one there at the start");
        if (crlf >= 0)
            snprintf(ends, sizeof ends, "%sits line ends (%s here, %s there)", bom ? " and " : "",
                     crlf ? "LF" : "CR LF", crlf ? "CR LF" : "LF");
        if (final)
            snprintf(last, sizeof last, "%sits final line end (%s)",
                     crlf >= 0 || bom ? " and " : "",
                     final > 0 ? "none here after the last line, one there"
                               : "one here after the last line, none there");
        snprintf(how, cap, "%s%s%s", mark, ends, last);
        return 1;
    }
    return 0;
}

/* When path's content in such a form hashes to want: a note says how path
 * differs, and hash (sha256:HEX) is set to want. */
static void split_same_rows(const char *path, const char *want, char *hash, size_t cap)
{
    char how[320];
    if (!same_rows_form(path, want, how, sizeof how))
        return;
    cli_note("%s differs from the model's training file only in %s: the same rows, so the "
             "model's split applies",
             path, how);
    snprintf(hash, cap, "sha256:%s", want);
}

int cli_training_copy(const ct_model *m, const char *path, uint64_t rows_read, char *how,
                      size_t cap)
{
    const char *mine = m->input_content_hash ? m->input_content_hash : m->input_hash;
    how[0] = '\0';
    /* the same number of rows first: the forms are hashed only for a
     * likely copy, never for every new file */
    if (!mine || strncmp(mine, "sha256:", 7) != 0 || !path || strcmp(path, "-") == 0 ||
        ct_path_read_once(path) || rows_read != m->rows_read)
        return 0;
    return same_rows_form(path, mine + 7, how, cap);
}

int cli_training_rows(const ct_model *m, const ct_frame *f, uint64_t rows_used)
{
    if (!m->rows_digest[0] || rows_used != m->rows_used)
        return 0;
    char mine[CT_FRAME_ROWS_DIGEST_SIZE];
    ct_frame_rows_digest(f, mine, sizeof mine);
    return strcmp(mine, m->rows_digest) == 0;
}

int cli_split_rows(const ct_model *m, const ct_frame *f, const char *path, int role, size_t **rows,
                   size_t *n)
{
    *rows = NULL;
    *n = 0;
    ct_diag d;
    ct_diag_clear(&d);
    char hex[CT_SHA256_HEX_SIZE] = "", hash[CT_SHA256_HEX_SIZE + 8];
    ct_status s = strcmp(path, "-") == 0
                      ? ct_diag_set(&d, CT_EINVAL, NULL, 0, 0,
                                    "--split needs the training file by name, not standard input")
                  : ct_path_read_once(path)
                      ? ct_diag_set(&d, CT_EINVAL, path, 0, 0,
                                    "--split needs the training file by name, not a pipe (a FIFO "
                                    "or <(...)): the file is read again to be hashed")
                      : ct_sha256_content(path, hex, &d);
    snprintf(hash, sizeof hash, "sha256:%s", hex);
    /* a copy whose line ends differ (CR LF for LF, a Windows copy or an
     * editor's save), or whose final line end is missing or added (an
     * editor's save, a copy by hand), holds the same rows: its split is
     * the model's, said (before 2026-12-05 it was refused as another file:
     * tests/cli/evaluate_split_crlf_copy, evaluate_split_no_final_line_end;
     * docs/evaluate.md) */
    const char *mine = m->input_content_hash ? m->input_content_hash : m->input_hash;
    if (s == CT_OK && mine && strncmp(mine, "sha256:", 7) == 0 && strcmp(hash, mine) != 0)
        split_same_rows(path, mine + 7, hash, sizeof hash);
    const size_t nr = ct_frame_nrows(f);
    int32_t *r = s == CT_OK ? malloc((nr ? nr : 1) * sizeof *r) : NULL;
    if (s == CT_OK && !r)
        s = ct_diag_set(&d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    if (s == CT_OK)
        s = ct_model_split_roles(m, f, hash, r, NULL, &d);
    if (s == CT_OK && !(*rows = malloc((nr ? nr : 1) * sizeof **rows)))
        s = ct_diag_set(&d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    if (s == CT_OK)
        *n = ct_folds_select(r, nr, role, *rows);
    free(r);
    if (s != CT_OK) {
        free(*rows);
        *rows = NULL;
        if (s == CT_EINVAL && !d.file[0])
            snprintf(d.file, sizeof d.file, "%s", path);
        return cli_fail(s, &d);
    }
    return 0;
}

int cli_decimal_syntax(const char *s)
{
    if (!s)
        return 0;
    if (*s == '+' || *s == '-')
        s++;
    size_t digits = 0;
    for (; *s >= '0' && *s <= '9'; s++)
        digits++;
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++)
            digits++;
    if (!digits)
        return 0;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

/* s as digits grouped by threes with one separator (',' '_' ''' ' ':
 * "20,000", as this tool prints counts) into out, the digits alone; 0 when
 * s is not so written. */
static int grouped_digits(const char *s, char *out, size_t cap)
{
    const size_t lead = strspn(s, "0123456789");
    /* not when its first group starts with 0 ("0,050" is likelier a
     * decimal comma) or past 18 digits (the counts' limit, 1e18: a longer
     * number is no count to suggest, nor one a hint can hold whole) */
    if (lead < 1 || lead > 3 || s[0] == '0' || !s[lead] || !strchr(",_' ", s[lead]))
        return 0;
    if (cap > 19)
        cap = 19; /* at most 18 digits and the NUL */
    const char sep = s[lead];
    size_t w = 0;
    for (const char *p = s; *p; p++) {
        if (*p == sep) {
            if (strspn(p + 1, "0123456789") < 3 || (p[4] && p[4] != sep))
                return 0;
            continue;
        }
        if (*p < '0' || *p > '9' || w + 1 >= cap)
            return 0;
        out[w++] = *p;
    }
    out[w] = '\0';
    return 1;
}

const char *cli_count_hint(const char *s, char *buf, size_t n)
{
    buf[0] = '\0';
    char digits[64];
    if (s && grouped_digits(s, digits, sizeof digits)) {
        snprintf(buf, n, "; write %s", digits);
        return buf;
    }
    char *end = NULL;
    const double v = s && cli_decimal_syntax(s) ? strtod(s, &end) : NAN;
    if (end && !*end && v >= 0 && v <= 1e18 && v == floor(v) && strspn(s, "0123456789") < strlen(s))
        snprintf(buf, n, "; write %.0f", v);
    return buf;
}

int cli_count_arg(const char *cmd, const char *name, const char *s, unsigned long long lo,
                  unsigned long long hi, unsigned long long *out)
{
    char *end = NULL;
    errno = 0;
    const unsigned long long v = s && *s >= '0' && *s <= '9' ? strtoull(s, &end, 10) : 0;
    char hint[48];
    if (!end || *end || errno || v < lo || v > hi) {
        /* "write N" only for an N in range (1e3 for [0, 1024] stays unsaid) */
        char digits[64];
        const double dv = s && grouped_digits(s, digits, sizeof digits) ? strtod(digits, NULL)
                          : s && cli_decimal_syntax(s)                  ? strtod(s, NULL)
                                                                        : -1;
        if (dv < (double)lo || dv > (double)hi || !*cli_count_hint(s, hint, sizeof hint))
            hint[0] = '\0';
        return cli_usage(cmd, "--%s must be a whole number in [%llu, %llu], got '%s'%s", name, lo,
                         hi, s ? s : "", hint);
    }
    *out = v;
    return CLI_OPT_NEXT;
}

int cli_decimal_value(const char *s, double *out)
{
    if (!cli_decimal_syntax(s))
        return CLI_NUM_SYNTAX;
    char *end = NULL;
    errno = 0;
    const double v = strtod(s, &end);
    if (*end)
        return CLI_NUM_SYNTAX;
    if (!isfinite(v))
        return CLI_NUM_TOO_LARGE;
    /* ERANGE on a result below DBL_MIN is an inexact subnormal (1e-320):
     * the nearest double to a number well written and in range, taken
     * (before 2026-12-04 refused with "--C must be a number in (0, ...]":
     * tests/cli/options_subnormal_taken); one that rounds to 0 is not */
    if (errno == ERANGE && v == 0)
        return CLI_NUM_TOO_SMALL;
    *out = v;
    return CLI_NUM_OK;
}

int cli_number_arg(const char *cmd, const char *name, const char *s, double lo, int lo_open,
                   double hi, double *out)
{
    double v = NAN;
    const int r = cli_decimal_value(s, &v);
    if (r != CLI_NUM_OK || v > hi || v < lo || (lo_open && v == lo))
        return cli_usage(cmd, "--%s must be a number in %s%g, %g], got '%s'%s", name,
                         lo_open ? "(" : "[", lo, hi, s ? s : "", cli_decimal_why(r));
    *out = v;
    return CLI_OPT_NEXT;
}

const char *cli_decimal_why(int r)
{
    switch (r) {
    case CLI_NUM_TOO_SMALL:
        return ": it is nearer 0 than the smallest double, 4.9e-324, and reads as 0";
    case CLI_NUM_TOO_LARGE: return ": it is beyond the largest double, 1.8e+308";
    default: return "";
    }
}

const char *cli_fraction_hint(const char *s, char *buf, size_t n)
{
    buf[0] = '\0';
    const size_t len = s ? strlen(s) : 0, lead = s ? strspn(s, "0123456789") : 0;
    char num[64];
    double v = NAN;
    if (len < 2 || len >= sizeof num)
        return buf;
    if (s[lead] == ',' && strspn(s + lead + 1, "0123456789") == len - lead - 1 && lead + 1 < len) {
        /* a decimal comma: the digits with '.' */
        snprintf(num, sizeof num, "%.*s.%s", (int)lead, s, s + lead + 1);
        if (cli_decimal_value(num, &v) == CLI_NUM_OK && v > 0 && v < 1)
            snprintf(buf, n, "; write %s%s", lead ? "" : "0", num);
    } else if (s[len - 1] == '%') { /* a percentage: its fraction */
        snprintf(num, sizeof num, "%.*s", (int)(len - 1), s);
        if (cli_decimal_value(num, &v) == CLI_NUM_OK && v > 0 && v < 100)
            snprintf(buf, n, "; write %.15g for %s", v / 100.0, s);
    }
    return buf;
}

int cli_alpha_arg(const char *cmd, const char *s, double *out)
{
    double v = NAN;
    const int r = cli_decimal_value(s, &v);
    /* an underflow (1e-400) is a positive number too small, not "not
     * between 0 and 1" (before 2026-12-04); a subnormal (5e-324) is below
     * the smallest accepted as any number is */
    const int tiny = r == CLI_NUM_TOO_SMALL && s[0] != '-';
    if (!tiny && !(r == CLI_NUM_OK && v > 0 && v < 1)) {
        char hint[96];
        return cli_usage(cmd, "--alpha takes a number strictly between 0 and 1, not '%s'%s", s,
                         cli_fraction_hint(s, hint, sizeof hint));
    }
    if (tiny || v < CT_HTEST_ALPHA_MIN)
        return cli_usage(cmd,
                         "--alpha is at least %g, not '%s': the (1 - alpha) confidence intervals "
                         "take a quantile at 1 - alpha/2, which below %g double precision (about "
                         "16 digits) rounds to 1 or to within a few units of its last digit: the "
                         "intervals would be undefined or inexact",
                         CT_HTEST_ALPHA_MIN, s, CT_HTEST_ALPHA_MIN);
    *out = v;
    return CLI_OPT_NEXT;
}

int cli_name_arg(const char *cmd, const char *name, const char *s, const char *what)
{
    if (s && !*s)
        return cli_usage(cmd, "--%s takes a %s, got an empty value", name, what);
    return CLI_OPT_NEXT;
}

int cli_make_dirs(const char *dir)
{
    size_t made;
    const int r = cli_make_dirs_count(dir, &made);
    const int e = errno;
    cli_made_dirs_keep(dir); /* its callers keep what they made */
    errno = e;
    return r;
}

/* The folders cli_make_dirs_count made, until the command keeps them
 * (cli_made_dirs_keep) or removes them (cli_unmake_dirs): a fatal signal
 * removes them too, each only while empty, after the temporaries that were
 * in them. Before 2026-12-05 an eda -o DIR interrupted while writing its
 * charts left the folders it had made, empty (tests/cli/eda_signal_no_folder).
 * The handler reads an entry only below `made_n`, and each entry's `made`
 * counts a folder only once mkdir made it, with the signals blocked between
 * the two, so that no folder is made unseen. */
#define CLI_MAX_MADE_DIRS 4
static struct {
    char dir[4096];
    volatile sig_atomic_t made;
} made_dirs[CLI_MAX_MADE_DIRS];
static volatile sig_atomic_t made_n;

static void fatal_signals_block(int block, sigset_t *old)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigaddset(&s, SIGTERM);
    sigaddset(&s, SIGHUP);
    sigaddset(&s, SIGPIPE);
    sigprocmask(block ? SIG_BLOCK : SIG_SETMASK, block ? &s : old, block ? old : NULL);
}

/* the entry of dir, or -1 */
static int made_dirs_find(const char *dir)
{
    for (int k = made_n - 1; k >= 0; k--)
        if (strcmp(made_dirs[k].dir, dir) == 0)
            return k;
    return -1;
}

static void made_dirs_forget(const char *dir)
{
    sigset_t old;
    fatal_signals_block(1, &old);
    const int k = made_dirs_find(dir);
    if (k >= 0) {
        for (int j = k; j + 1 < made_n; j++) {
            memcpy(made_dirs[j].dir, made_dirs[j + 1].dir, sizeof made_dirs[j].dir);
            made_dirs[j].made = made_dirs[j + 1].made;
        }
        made_n--;
    }
    fatal_signals_block(0, &old);
}

void cli_made_dirs_keep(const char *dir) { made_dirs_forget(dir); }

int cli_make_dirs_count(const char *dir, size_t *made)
{
    char buf[4096];
    *made = 0;
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof buf) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(buf, dir, n + 1);
    int slot = -1; /* none when the list is full: made, not removed on a signal */
    if (made_n < CLI_MAX_MADE_DIRS) {
        slot = made_n;
        memcpy(made_dirs[slot].dir, dir, n + 1);
        made_dirs[slot].made = 0;
        made_n = slot + 1;
    }
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] != '/' && buf[i] != '\0')
            continue;
        const char keep = buf[i];
        buf[i] = '\0';
        sigset_t old;
        fatal_signals_block(1, &old);
        const int r = mkdir(buf, 0777);
        const int e = errno;
        if (r == 0 && slot >= 0)
            made_dirs[slot].made++;
        fatal_signals_block(0, &old);
        errno = e;
        if (r == 0)
            (*made)++;
        else if (errno != EEXIST)
            return -1;
        buf[i] = keep;
    }
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return -1;
    if (!S_ISDIR(sb.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

/* async-signal-safe (memcpy, strlen, strrchr, rmdir): the signal handler's too */
static void unmake_dirs(const char *dir, size_t made)
{
    char buf[4096];
    const size_t n = strlen(dir);
    if (n == 0 || n >= sizeof buf)
        return;
    memcpy(buf, dir, n + 1);
    for (size_t k = 0; k < made; k++) {
        size_t e = strlen(buf);
        while (e > 1 && buf[e - 1] == '/') /* "out/" is "out" */
            buf[--e] = '\0';
        if (rmdir(buf) != 0) /* not empty (another's file): kept */
            return;
        char *slash = strrchr(buf, '/');
        if (!slash || slash == buf)
            return;
        *slash = '\0';
    }
}

void cli_unmake_dirs(const char *dir, size_t made)
{
    made_dirs_forget(dir);
    unmake_dirs(dir, made);
}

static void made_dirs_remove_pending(void)
{
    for (int k = made_n - 1; k >= 0; k--)
        unmake_dirs(made_dirs[k].dir, (size_t)made_dirs[k].made);
}

int cli_check_writable(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return cli_write_failed_errno(path, EISDIR);
    /* a link to no file is checked where writing it creates the file, as
     * ct_atomic_open follows it (before 2026-12-05 train -m on a link whose
     * target's folder is missing failed only after training:
     * tests/cli/outputs_dangling_link_folder) */
    char target[4096];
    const int dangling = ct_atomic_link_target(path, target, sizeof target);
    if (dangling < 0)
        return cli_write_failed_errno(path, errno);
    char *dup = strdup(dangling ? target : path);
    if (!dup) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    char *slash = strrchr(dup, '/');
    const char *dir = slash ? (slash == dup ? "/" : (*slash = '\0', dup)) : ".";
    /* the errno creating the file would give, said as that failure is */
    int err = 0;
    if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode))
        err = ENOTDIR;
    else if (stat(dir, &sb) != 0)
        err = errno == ENOTDIR ? ENOTDIR : ENOENT;
    else if (access(dir, W_OK | X_OK) != 0)
        err = errno;
    free(dup);
    return err ? cli_write_failed_errno(path, err) : CLI_EXIT_OK;
}

int cli_refuse_file_as_folder(const char *dir, const char *const *inputs, size_t n,
                              const char *cannot, const char *hint)
{
    struct stat sd, si;
    if (!dir || strcmp(dir, "-") == 0 || stat(dir, &sd) != 0 || S_ISDIR(sd.st_mode))
        return CLI_OPT_NEXT;
    const char *input = NULL; /* the input it is, through another path or a link */
    for (size_t k = 0; k < n && !input; k++)
        if (inputs[k] && strcmp(inputs[k], "-") != 0 && stat(inputs[k], &si) == 0 &&
            si.st_dev == sd.st_dev && si.st_ino == sd.st_ino)
            input = inputs[k];
    ct_diag d;
    ct_diag_clear(&d);
    ct_diag_set(&d, CT_EINVAL, dir, 0, 0, "is %s%s%s, not a folder: %s",
                input ? "the input file" : "a file", input && strcmp(input, dir) ? " " : "",
                input && strcmp(input, dir) ? input : "", cannot);
    snprintf(d.hint, sizeof d.hint, "%s", hint);
    cli_progress_end();
    cli_print_diag(&d);
    return CLI_EXIT_USAGE;
}

int cli_refuse_same_file(const char *cmd, const char *what, const char *out, const char *in)
{
    return cli_refuse_same_file_as(cmd, what, out, in, "input");
}

int cli_refuse_same_file_as(const char *cmd, const char *what, const char *out, const char *in,
                            const char *in_what)
{
    struct stat a, b;
    /* '-' read is the file standard input is redirected from, when it is
     * one (`score - -o in.csv < in.csv`); a pipe or a terminal is no file
     * an output could replace (before 2026-12-05 '-' was never compared,
     * the input replaced with exit 0: tests/cli/outputs_stdin_file) */
    const int dash = in && strcmp(in, "-") == 0;
    if (!out || !in || !strcmp(out, "-") || stat(out, &a) != 0 ||
        (dash ? fstat(STDIN_FILENO, &b) != 0 ||
                    !(S_ISREG(b.st_mode) || S_ISFIFO(b.st_mode) || S_ISSOCK(b.st_mode))
              : stat(in, &b) != 0) ||
        a.st_dev != b.st_dev || a.st_ino != b.st_ino)
        return CLI_OPT_NEXT;
    /* the pipe standard input reads (`cat x | score - -o /dev/stdin`):
     * writing into it would wait on its own reader for ever (before
     * 2026-12-05 the command hung: tests/cli/outputs_stdin_pipe) */
    if (dash && !S_ISREG(b.st_mode))
        return cli_usage(cmd,
                         "the %s %s is the pipe standard input reads (the %s -): the command "
                         "would write into the pipe it reads and wait on itself for ever; give "
                         "the output a file",
                         what, out, in_what);
    return cli_usage(cmd,
                     "the %s %s is the %s %s%s: writing it would replace the %s; give the "
                     "output another name",
                     what, out, in_what, in,
                     dash ? " (the file standard input is redirected from)" : "", in_what);
}

/* The real path of path's folder and its last component, "dir/name"; 0 on
 * success. */
static int output_place(const char *path, char *buf, size_t n)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    char dir[4096];
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    char *real = realpath(dir, NULL);
    if (!real)
        return -1;
    const int w = snprintf(buf, n, "%s/%s", real, name);
    free(real);
    return w < 0 || (size_t)w >= n ? -1 : 0;
}

int cli_refuse_same_output(const char *cmd, const char *what_a, const char *a, const char *what_b,
                           const char *b)
{
    if (!a || !b)
        return CLI_OPT_NEXT;
    /* standard output by any path (/dev/stdout, the file it is) is '-'
     * (before 2026-12-04 `-o /dev/stdout --errors -` was let through:
     * tests/cli/outputs_dev_stdout) */
    const int dash_a = cli_is_stdout(a), dash_b = cli_is_stdout(b);
    int same = dash_a && dash_b;
    if (!dash_a && !dash_b) {
        struct stat sa, sb;
        char pa[4200], pb[4200];
        if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
            /* the null device, written in place, replaces nothing: both
             * outputs discarded (`-o /dev/null --errors /dev/null` for the
             * --json summary alone; before 2026-12-03 refused as one file
             * that "the one written last would replace":
             * tests/cli/score_outputs_both_dev_null) */
            same = sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino && !null_device(&sa);
        else
            same = strcmp(a, b) == 0 || (output_place(a, pa, sizeof pa) == 0 &&
                                         output_place(b, pb, sizeof pb) == 0 && !strcmp(pa, pb));
    }
    if (!same)
        return CLI_OPT_NEXT;
    if (dash_a)
        return cli_usage(cmd, "%s and %s both write to standard output: give one a file", what_a,
                         what_b);
    return cli_usage(cmd,
                     "%s %s and %s %s name the same file: the one written last would replace "
                     "the other; give them two files",
                     what_a, a, what_b, b);
}

int cli_label_values(const ct_frame *f, const char *column, const char *positive, char *vals,
                     size_t nvals, char *near, size_t nnear)
{
    size_t j;
    vals[0] = near[0] = '\0';
    if (!column || !positive || ct_frame_find(f, column, &j, NULL) != CT_OK)
        return -1;
    const ct_column *c = ct_frame_col(f, j);
    if (ct_column_type(c) != CT_TYPE_CATEGORY)
        return -1;
    size_t w = 0;
    for (size_t k = 0; k < ct_column_nlevels(c) && k < 8; k++) {
        const char *v = ct_column_level(c, k);
        char vis[256]; /* a no-break space as <U+00A0> */
        ct_utf8_visible_label(vis, sizeof vis, v, strlen(v));
        int q = snprintf(vals + w, nvals - w, "%s'%s'", k ? ", " : "", vis);
        w = q > 0 && (size_t)q < nvals - w ? w + (size_t)q : w;
        /* the positive itself (its rows were all left out, e.g. repeats
         * of an id) is no near miss; an odd space is a space
         * (ct_textwidth_label_same) */
        if (!near[0] && ct_textwidth_label_same(v, positive) && strcmp(v, positive) != 0)
            snprintf(near, nnear,
                     "; did you mean '%s'? It differs from '%s' only in "
                     "letter case or spaces (fix the labels to compare)",
                     vis, positive);
    }
    return 0;
}

void cli_metric_notes(const char *split, const ct_metrics_binary *mb)
{
    for (int kind = CT_NOTE_ONE_CLASS; kind <= CT_NOTE_ZERO_DIVISION; kind++) {
        int any = 0;
        for (int q = 0; q < CT_METRIC_COUNT; q++)
            if (mb->note[q] == kind) {
                if (!any && split)
                    printf("  %s: %s", split, ct_metric_name((ct_metric)q));
                else
                    printf("%s%s", any ? ", " : "  ", ct_metric_name((ct_metric)q));
                any = 1;
            }
        if (any)
            printf(": %s\n", ct_metric_note_str((ct_metric_note)kind));
    }
}

/* cli_chance_note on rows too few to tell (t->too_few): the counts, the
 * test, the least ROC AUC it could tell from chance on them, and that this
 * is no verdict on the model; the report's words ("too few to show that
 * the model ranks better than chance", rep_ranking_few). Before 2026-12-05
 * 8 labelled rows at ROC AUC 0.81 read "not distinguishable from chance
 * ... features that carry the signal are the way to a better model", a
 * verdict the rows cannot give (tests/cli/evaluate_chance_too_few_rows). */
static void chance_too_few(const ct_auc_test *t, const ct_metrics_binary *m, const char *rows,
                           const char *positive, const char *more)
{
    char auc[32], p[64], least[64], npos[32], of[160], note[1024];
    ct_numfmt_metric(auc, sizeof auc, t->auc);
    ct_numfmt_pvalue_vs(p, sizeof p, t->p, log10(t->p), CT_AUC_CHANCE_ALPHA);
    cli_fmt_count(npos, sizeof npos, m->npos);
    if (strcmp(positive, "claim") == 0)
        snprintf(of, sizeof of, "%s of them %s", npos, m->npos == 1 ? "a claim" : "claims");
    else
        snprintf(of, sizeof of, "%s of them labelled '%s'", npos, positive);
    if (t->detectable > 1)
        snprintf(least, sizeof least, "no ROC AUC, not even 1, is");
    else {
        char d[32];
        ct_numfmt_metric(d, sizeof d, t->detectable);
        snprintf(least, sizeof least, "only a ROC AUC of %s or more is", d);
    }
    snprintf(note, sizeof note,
             "%s (%s) are too few to show that the model ranks better than chance (ROC AUC %s, "
             "one-sided Mann-Whitney %s): on so few rows %s told from chance, so a useful "
             "ranking could go untold here. This is no evidence that the model ranks at chance "
             "either; %s",
             rows, of, auc, p, least, more);
    ct_text_wrap(stdout, "note: ", 2, cli_wide ? 0 : 100, note);
}

void cli_chance_note(const ct_auc_test *t, const ct_metrics_binary *m, const char *rows,
                     const char *positive, const char *more)
{
    if (!t->at_chance)
        return;
    if (t->too_few) {
        chance_too_few(t, m, rows, positive, more);
        return;
    }
    char auc[32], p[64], rec[32], share[32], alpha[32], npos[32], n[32], note[1024];
    ct_numfmt_metric(auc, sizeof auc, t->auc);
    ct_numfmt_pvalue_vs(p, sizeof p, t->p, log10(t->p), CT_AUC_CHANCE_ALPHA);
    ct_numfmt_metric(rec, sizeof rec, m->recall);
    ct_numfmt_pct_within(share, sizeof share,
                         m->n ? 100.0 * (double)(m->tp + m->fp) / (double)m->n : NAN, 1);
    ct_numfmt_shortest(alpha, sizeof alpha, CT_AUC_CHANCE_ALPHA);
    cli_fmt_count(npos, sizeof npos, m->npos);
    cli_fmt_count(n, sizeof n, m->n);
    /* The test says the ranking could be chance on so few rows, whatever
     * the AUC; "not from ranking them first" only when the ranking is no
     * better than a random order (ROC AUC <= 0.5) or the rows flagged hold
     * no larger share of claims than all rows (tp/npos <= flagged/n: what
     * a random order flagging as many finds). Before 2026-12-05 it said so
     * at ROC AUC 1 too, where every claim was ranked first
     * (tests/cli/train_chance_note_any_auc). */
    const int poor =
        t->auc <= 0.5 || (double)m->tp * (double)m->n <= (double)(m->tp + m->fp) * (double)m->npos;
    snprintf(note, sizeof note,
             "the model's ranking of rows labelled '%s' above the others is not distinguishable "
             "from chance on %s: with %s of them among %s rows, a ranking of ROC AUC %s could "
             "arise by chance (one-sided Mann-Whitney %s, not below %s). Its recall %s comes %s "
             "the threshold flagging %s of the rows%s as many flagged in random order would "
             "find %s of the rows labelled '%s' on average; more or cleaner labels, or features "
             "that carry the signal, are the way to a better model",
             positive, rows, npos, n, auc, p, alpha, rec, poor ? "from" : "with", share,
             poor ? ", not from ranking them first:" : ", where", share, positive);
    ct_text_wrap(stdout, "note: ", 2, cli_wide ? 0 : 100, note);
}

const char *cli_stat_reason(double v, size_t count, double min, double max, int is_std,
                            const char *what, char *buf, size_t n)
{
    if (isfinite(v))
        return NULL;
    /* no value is infinite: a mean and std of finite values are computed
     * scaled (ct_stats_summary), so only a std beyond the range of a double
     * is left undefined; pandas reads inf there (before 2026-12-04 such a
     * mean, finite, was infinite "as in pandas":
     * tests/cli/stats_mean_sum_overflows) */
    if (isinf(v) && isfinite(min) && isfinite(max))
        return "infinite: the values' sum overflows a double (beyond 1.8e308), as in pandas";
    if (isnan(v) && count > 1 && isfinite(min) && isfinite(max))
        return "undefined: beyond the range of a double (over 1.8e308), where pandas gives "
               "infinite";
    if (isinf(v))
        return v > 0 ? "infinite: the column holds an infinite value (read as a number, as pandas "
                       "does)"
                     : "-infinite: the column holds a negative infinite value (read as a number, "
                       "as pandas does)";
    if (count == 0) {
        snprintf(buf, n, "undefined: the %s has no value", what);
        return buf;
    }
    if (is_std && count == 1)
        return "undefined: the std (n-1) of one value";
    return "undefined: computed from infinite values (an infinite minus an infinite), where "
           "pandas gives not-a-number";
}

void cli_json_stat(ct_json *w, const char *key, double v, size_t count, double min, double max,
                   int is_std, const char *what)
{
    ct_json_key(w, key);
    ct_json_num(w, v);
    char buf[64];
    const char *why = cli_stat_reason(v, count, min, max, is_std, what, buf, sizeof buf);
    if (why) {
        char k[64];
        snprintf(k, sizeof k, "%s_reason", key);
        ct_json_key(w, k);
        ct_json_str(w, why);
    }
}

int cli_start_arg(const char *cmd, const char *s)
{
    ct_plan_dates *dates = calloc(ct_plan_count(), sizeof *dates);
    if (!dates) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    ct_diag d;
    ct_diag_clear(&d);
    const ct_status st = ct_plan_schedule(s, dates, NULL, &d);
    free(dates);
    return st == CT_OK ? CLI_OPT_NEXT : cli_usage(cmd, "--start: %s", d.message);
}

void cli_hint_command(char *hint, size_t cap, const char *cmd, int argc, char **argv, int operand,
                      const char *const *names, const char *const *values, size_t n)
{
    char word[CT_DIAG_MSG_MAX / 2];
    size_t w = strlen(hint);
    if (w >= cap)
        return;
    w += (size_t)snprintf(hint + w, cap - w, ": $ claimtriage %s", cmd);
    for (int i = 1; i < argc && w < cap; i++) {
        const char *a = argv[i];
        int skip = 0;
        if (i != operand && a[0] == '-' && a[1] == '-' && a[2]) {
            const size_t k = strcspn(a + 2, "=");
            for (size_t q = 0; q < n && !skip; q++)
                if (values[q] && strncmp(a + 2, names[q], k) == 0 && k <= strlen(names[q]))
                    skip = a[2 + k] == '=' ? 1 : 2; /* "--NAME X": X too */
        }
        if (skip) {
            i += skip - 1;
            continue;
        }
        /* an option as an option (ct_shell_word writes "./" before a word
         * starting with '-', for a file name), standard input as "-" */
        ct_shell_word(word, sizeof word, a);
        const int opt = i != operand && a[0] == '-';
        w += (size_t)snprintf(hint + w, cap - w, " %s",
                              opt                   ? word + 2
                              : strcmp(a, "-") == 0 ? "-"
                                                    : word);
    }
    for (size_t q = 0; q < n && w < cap; q++) {
        if (!values[q])
            continue;
        char eq[CT_DIAG_MSG_MAX / 2];
        snprintf(eq, sizeof eq, "--%s=%s", names[q], values[q]);
        ct_shell_word(word, sizeof word, eq);
        w += (size_t)snprintf(hint + w, cap - w, " %s", word + 2);
    }
}
