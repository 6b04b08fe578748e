/* frame_write.c — a frame written as CSV with the io layer's writer
 * (io/csv_write.c): the header, then one record a row. Int and numeric
 * identifier columns are written as whole numbers, float columns as
 * Python's repr (as pandas' to_csv), categories as their level's text,
 * missing values and unseen categories as empty fields. */
#include "frame/frame_internal.h"

#include <stdio.h>

ct_status ct_frame_write_csv(const ct_frame *f, FILE *fp, const ct_csv_write_options *opt,
                             ct_diag *diag)
{
    if (f->ncols == 0)
        return ct_diag_set(diag, CT_EINVAL, f->source, 0, 0,
                           "a frame without columns has no CSV form");
    ct_csv_writer *w;
    ct_status st = ct_csv_writer_open(fp, f->source, opt, &w, diag);
    if (st)
        return st;
    for (size_t j = 0; j < f->ncols && !st; j++)
        st = ct_csv_write_field(w, f->cols[j]->name, strlen(f->cols[j]->name));
    if (!st)
        st = ct_csv_write_end_record(w);
    for (size_t i = 0; i < f->nrows && !st; i++) {
        for (size_t j = 0; j < f->ncols && !st; j++) {
            const ct_column *c = f->cols[j];
            if (c->miss[i])
                st = ct_csv_write_missing(w);
            else if (c->i64) {
                char num[24];
                int len = snprintf(num, sizeof num, "%lld", (long long)c->i64[i]);
                st = ct_csv_write_field(w, num, (size_t)len);
            } else if (c->f64)
                st = ct_csv_write_num(w, c->f64[i],
                                      c->type == CT_TYPE_FLOAT ? CT_CSV_NUM_FLOAT : CT_CSV_NUM_INT);
            else if (c->type == CT_TYPE_CATEGORY)
                st = ct_csv_write_field(w, c->levels[c->codes[i]], c->level_len[c->codes[i]]);
            else
                st = ct_csv_write_field(w, col_sptr(c, i), c->slen[i]);
        }
        if (!st)
            st = ct_csv_write_end_record(w);
    }
    /* the writer keeps its first error, with the system's message */
    ct_status cl = ct_csv_writer_close(w, diag);
    return st ? st : cl;
}
