/* pipeline_state.h — internal: the fitted pipeline's state, shared by
 * pipeline.c (fit, transform) and pipeline_file.c. Not public API. */
#ifndef CT_PIPELINE_STATE_H
#define CT_PIPELINE_STATE_H

#include "claimtriage/encoder.h"
#include "claimtriage/pipeline.h"

#define PIPE_LOG1P_TABLE 2048

struct ct_pipeline {
    char **numeric; /* the spec, copied */
    size_t nnumeric;
    char **categorical;
    size_t ncategorical;
    char *text;
    int text_ngrams, text_length, log1p;
    int raw_numeric; /* numbers as they are, missing as NaN (the trees) */
    ct_vectorizer_params vparams;
    ct_encoder *num;    /* numeric + length features, on the derived frame; NULL if none */
    ct_encoder *cat;    /* categorical features, on the frame; NULL if none */
    ct_vectorizer *vec; /* NULL without n-grams */
    /* the share of the training rows without the text (NaN: not recorded,
     * a file written before 2026-12-05 or a pipeline without n-grams,
     * whose length features record theirs in the numeric encoder) */
    double text_missing_share;
    size_t nnum, ncat, nngram, ncols;
    ct_pipeline_col *cols;
    char **names; /* ncols owned names */
    /* log1p(k) for k = 0..PIPE_LOG1P_TABLE-1, computed by log1p itself
     * (pipe_init, at creation): counts and text lengths are mostly small whole
     * numbers, and a table entry is the very double log1p returns */
    double log1p_small[PIPE_LOG1P_TABLE];
};

/* Fill the fields a new (zeroed) pipeline computes from nothing: the
 * log1p table. */
void pipe_init(ct_pipeline *p);
/* Build p->cols and p->names from the fitted parts. CT_OK or CT_ENOMEM. */
ct_status pipe_columns(ct_pipeline *p);
/* Names of the length columns of text column t into buf (cap bytes). */
void pipe_length_names(const char *t, char *chars, char *words, size_t cap);

#endif
