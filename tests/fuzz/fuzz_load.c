/* fuzz_load.c — libFuzzer target for the whole loader: tokenizer, type
 * inference, column building, then inspect over whatever loaded. The first
 * byte picks options (schema on/off, skip/fail, delimiter, tiny inference
 * window for the streaming reader) so all paths are reached. */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <string.h>

static void no_op(void *user, const ct_diag *d)
{
    (void)user;
    (void)d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    data++;
    size--;
    ct_load_options o = ct_load_options_default();
    o.use_schema = mode & 1;
    o.on_bad_row = (mode & 2) ? CT_BAD_ROW_SKIP : CT_BAD_ROW_FAIL;
    o.delimiter = (mode & 4) ? ';' : ',';
    o.max_categories = (mode & 8) ? 2 : 64;
    o.on_bad_row_fn = no_op;
    const char *extra[] = {"?"};
    if (mode & 16) {
        o.na_values = extra;
        o.n_na_values = 1;
    }
    ct_frame *f = NULL;
    ct_load_stats st;
    ct_status s = ct_frame_load_mem((const char *)data, size, "fuzz", &o, &f, &st, NULL);
    if (s == CT_OK) {
        if (st.rows_used != ct_frame_nrows(f))
            __builtin_trap();
        ct_inspect *r = NULL;
        if (ct_inspect_frame(f, NULL, &r, NULL) == CT_OK && r->rows != ct_frame_nrows(f))
            __builtin_trap();
        ct_inspect_free(r);
        /* every column has one entry per row */
        for (size_t j = 0; j < ct_frame_ncols(f); j++)
            if (ct_column_len(ct_frame_col(f, j)) != ct_frame_nrows(f))
                __builtin_trap();
    }
    ct_frame_destroy(f);
    return 0;
}
