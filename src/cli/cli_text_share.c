/* cli_text_share.c — the drift share of rows without a known n-gram in
 * words, as score's summary and evaluate's inputs line say it (cli.h). */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

const char *cli_model_text_column(const ct_model *m)
{
    const size_t n = ct_pipeline_ncols(m->pipeline);
    for (size_t j = 0; j < n; j++) {
        const ct_pipeline_col *c = ct_pipeline_column(m->pipeline, j);
        if (c->kind == CT_PIPELINE_NGRAM)
            return c->source;
    }
    return NULL;
}

int cli_model_reads_ngrams_only(const ct_model *m)
{
    const size_t n = m->pipeline ? ct_pipeline_ncols(m->pipeline) : 0;
    for (size_t j = 0; j < n; j++)
        if (ct_pipeline_column(m->pipeline, j)->kind != CT_PIPELINE_NGRAM)
            return 0;
    return n > 0;
}

void cli_text_share_words(const char *text, char *label, size_t lcap, char *none, size_t ncap)
{
    if (!text) {
        snprintf(label, lcap, "n-grams");
        snprintf(none, ncap, "undefined (the model reads no text)");
        return;
    }
    const char *word = ct_reports_pretty(text);
    /* a column named "text" is not a "text texts" (tests/cli/score_text_column_named_text) */
    if (strcmp(word, text) != 0 || strcasecmp(word, "text") == 0)
        snprintf(label, lcap, "%ss without a known n-gram", word);
    else
        snprintf(label, lcap, "%s texts without a known n-gram", word);
    snprintf(none, ncap, "undefined (no %s read)", word);
}
