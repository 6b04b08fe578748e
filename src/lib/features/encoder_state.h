/* encoder_state.h — the fitted encoder's state, shared by encoder.c (fit,
 * transform) and encoder_file.c (save, load). Internal to features/. */
#ifndef CT_FEATURES_ENCODER_STATE_H
#define CT_FEATURES_ENCODER_STATE_H

#include "claimtriage/encoder.h"

typedef struct enc_feature {
    ct_encoder_info info; /* public view; its pointers point at the fields below */
    char *column;
    char **levels; /* nlevels, byte order */
} enc_feature;

struct ct_encoder {
    int intercept, standardize;
    double cap_iqr;
    size_t nfeatures;
    enc_feature *feat;
    size_t ncols;
    ct_encoder_col *cols;
    char **colnames; /* ncols owned names */
};

/* An encoder with nfeatures zeroed features. NULL when out of memory. */
ct_encoder *ct_encoder_alloc_(size_t nfeatures);
/* Lay out the output columns from the features (after fit or load): each
 * feature's first_col and ncols, the column table and names. CT_ENOMEM. */
ct_status ct_encoder_layout_(ct_encoder *e);
/* ct_encoder_transform, with clip 1: every numeric value outside the
 * training range [min, max] (ct_encoder_info, when known) taken as the
 * nearer end before capping and standardising (the linear model's
 * pipeline: docs/train.md, "Values beyond the training range"). */
ct_status ct_encoder_transform_clip_(const ct_encoder *e, const ct_frame *f, const size_t *rows,
                                     size_t n, int clip, ct_matrix **out, ct_encoder_stats *stats,
                                     ct_diag *diag);
/* Index of the level whose text is s[0..len) in sorted levels, or -1. */
long ct_encoder_level_index_(char *const *levels, size_t nlevels, const char *s, size_t len);

#endif
