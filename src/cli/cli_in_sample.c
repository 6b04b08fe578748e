/* cli_in_sample.c — --split validation: the choices train made on the
 * validation rows, so that a command's figures on them are in-sample for
 * those choices (docs/evaluate.md, "in-sample"), as evaluate and score say
 * it (cli.h). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* 1 when the command line cl (a model's, words joined by spaces, a word
 * quoted by the shell's rules when it needs it) gives --opt a value other
 * than off ("--model auto", "--model='auto'", "--early-stopping=20"):
 * value NULL for any value but "0", else that value. */
static int cmdline_gives(const char *cl, const char *opt, const char *value)
{
    const size_t k = strlen(opt);
    for (const char *p = cl ? strstr(cl, opt) : NULL; p; p = strstr(p + k, opt)) {
        if (p - cl < 2 || p[-1] != '-' || p[-2] != '-' || (p - cl > 2 && p[-3] != ' '))
            continue;
        const char *v = p + k;
        if (*v != '=' && *v != ' ')
            continue;
        v++;
        if (*v == '\'' || *v == '"')
            v++;
        size_t n = strcspn(v, " '\"");
        if (value ? (n == strlen(value) && strncmp(v, value, n) == 0) : !(n == 1 && *v == '0'))
            return 1;
    }
    return 0;
}

/* The calibration (fitted on the validation rows, alone or pooled with the
 * training rows' out-of-fold scores), a threshold chosen for a target
 * recall (on the same rows), the family under --model auto (the best
 * validation score) and gbdt's number of trees under --early-stopping
 * (validation log loss). Read from the model: its calibration and
 * threshold rule, and its recorded command line for the other two, which
 * the file does not keep otherwise. */
void cli_in_sample_note(cli_in_sample *s, const ct_model *m, int split)
{
    s->n = 0;
    s->validation = split == CT_ROLE_VALIDATION;
    if (!s->validation)
        return;
    if (strcmp(m->calibration, "none") != 0)
        s->what[s->n++] = "calibration";
    if (m->threshold_rule && strncmp(m->threshold_rule, "target recall", 13) == 0)
        s->what[s->n++] = "threshold";
    if (cmdline_gives(m->command_line, "model", "auto"))
        s->what[s->n++] = "family";
    if (cmdline_gives(m->command_line, "early-stopping", NULL))
        s->what[s->n++] = "early stopping";
}

const char *cli_in_sample_line(const cli_in_sample *s, const char *figures, char *buf, size_t cap)
{
    buf[0] = 0;
    if (!s->n)
        return NULL;
    static const struct {
        const char *key, *words;
    } say[] = {{"calibration", "calibration"},
               {"threshold", "threshold (--target-recall)"},
               {"family", "family (--model auto)"},
               {"early stopping", "number of trees (--early-stopping)"}};
    char list[256] = "";
    size_t len = 0;
    for (size_t i = 0; i < s->n; i++) {
        const char *w = s->what[i];
        for (size_t q = 0; q < sizeof say / sizeof say[0]; q++)
            if (strcmp(say[q].key, s->what[i]) == 0)
                w = say[q].words;
        const char *sep = i == 0 ? "" : i + 1 == s->n ? (s->n > 2 ? ", and " : " and ") : ", ";
        const int n = snprintf(list + len, sizeof list - len, "%s%s", sep, w);
        if (n > 0 && (size_t)n < sizeof list - len)
            len += (size_t)n;
    }
    snprintf(buf, cap,
             "in-sample: train chose this model's %s on these validation rows, so %s are "
             "in-sample for %s (held out: --split test)",
             list, figures, s->n == 1 ? "that choice" : "those choices");
    return buf;
}

void cli_in_sample_json(const cli_in_sample *s, ct_json *w)
{
    ct_json_key(w, "in_sample_for");
    if (!s->validation) {
        ct_json_null(w);
        return;
    }
    ct_json_array_begin(w);
    for (size_t i = 0; i < s->n; i++)
        ct_json_str(w, s->what[i]);
    ct_json_array_end(w);
}
