/* fuzz_load.c — libFuzzer target for the whole loader: tokenizer, type
 * inference, column building, then inspect over whatever loaded. The first
 * byte picks options (the reports schema on/off, skip/fail, delimiter, few
 * categories, an extra missing token, the two paths below) so all paths are
 * reached.
 *
 * Differential: the same bytes are also written to a file and loaded from
 * it, mapped, which takes the loader's fast path (one pass per record,
 * straight into the columns) where loading from memory takes the general
 * tokenizer; the two frames must be identical.
 *
 * Bit 32: the file is read again by the streaming reader with the frame's
 * own schema (ct_frame_schema: types and fixed dictionaries), in batches of
 * 3 rows: the batches, end to end, must be the frame, with no unseen value.
 * Bit 64: the frame is written as CSV (ct_frame_write_csv) and loaded back
 * with its schema: the same frame again.
 * Bit 128: numbers are read with a decimal comma and '.' thousands
 * separators (decimal ',', thousands '.': --decimal=, --thousands=.), on
 * every path above (fast and general, streaming, inference).
 *
 * The seeds include gzip inputs (corpus/load/gzip-*): memory and mapped
 * loads inflate them by different code (a stream, a whole buffer), so the
 * differential covers the inflater too, cut and corrupt members included;
 * and 19-digit identifiers, whose exact values (ct_column_i64) must agree. */
#include <claimtriage/claimtriage.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *tmp_path(void)
{
    static char path[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/ct-fuzz-XXXXXX");
        int fd = mkstemp(path);
        if (fd < 0)
            __builtin_trap();
        close(fd);
    }
    return path;
}

static void same_frames(const ct_frame *a, const ct_frame *b)
{
    if (ct_frame_nrows(a) != ct_frame_nrows(b) || ct_frame_ncols(a) != ct_frame_ncols(b))
        __builtin_trap();
    for (size_t i = 0; i < ct_frame_nrows(a); i++)
        if (ct_frame_row_line(a, i) != ct_frame_row_line(b, i))
            __builtin_trap();
    for (size_t j = 0; j < ct_frame_ncols(a); j++) {
        const ct_column *x = ct_frame_col(a, j), *y = ct_frame_col(b, j);
        if (ct_column_type(x) != ct_column_type(y) ||
            ct_column_nmissing(x) != ct_column_nmissing(y) ||
            ct_column_nlevels(x) != ct_column_nlevels(y))
            __builtin_trap();
        for (size_t k = 0; k < ct_column_nlevels(x); k++)
            if (strcmp(ct_column_level(x, k), ct_column_level(y, k)) != 0)
                __builtin_trap();
        const double *u = ct_column_f64(x), *v = ct_column_f64(y);
        const int64_t *ix = ct_column_i64(x), *iy = ct_column_i64(y);
        if ((ix == NULL) != (iy == NULL))
            __builtin_trap();
        for (size_t i = 0; i < ct_frame_nrows(a); i++) {
            if (ct_column_missing(x)[i] != ct_column_missing(y)[i])
                __builtin_trap();
            if (ix && ix[i] != iy[i]) /* exact identifiers */
                __builtin_trap();
            if (u) {
                if (!(u[i] == v[i] || (isnan(u[i]) && isnan(v[i]))))
                    __builtin_trap();
                continue;
            }
            size_t lx = 0, ly = 0;
            const char *p = ct_column_str(x, i, &lx), *q = ct_column_str(y, i, &ly);
            if ((p == NULL) != (q == NULL) || lx != ly || (p && memcmp(p, q, lx) != 0))
                __builtin_trap();
        }
    }
}

static void no_op(void *user, const ct_diag *d)
{
    (void)user;
    (void)d;
}

/* Rows [off, off + ncols(b)) of a, column by column, equal b. */
static void same_rows(const ct_frame *a, size_t off, const ct_frame *b)
{
    if (ct_frame_ncols(a) != ct_frame_ncols(b) || off + ct_frame_nrows(b) > ct_frame_nrows(a))
        __builtin_trap();
    for (size_t j = 0; j < ct_frame_ncols(a); j++) {
        const ct_column *x = ct_frame_col(a, j), *y = ct_frame_col(b, j);
        if (ct_column_type(x) != ct_column_type(y) || ct_column_nunseen(y) != 0)
            __builtin_trap();
        for (size_t i = 0; i < ct_frame_nrows(b); i++) {
            size_t k = off + i;
            if (ct_column_missing(x)[k] != ct_column_missing(y)[i] ||
                ct_frame_row_line(a, k) != ct_frame_row_line(b, i))
                __builtin_trap();
            if (ct_column_codes(x)) {
                if (ct_column_codes(x)[k] != ct_column_codes(y)[i])
                    __builtin_trap();
                continue;
            }
            if (ct_column_f64(x) && !ct_column_f64(y)) {
                /* a stream keeps an identifier as written (infer.c): the
                 * whole load's number and the stream's text are one id */
                size_t ly = 0;
                const char *q = ct_column_str(y, i, &ly);
                if (ct_column_type(x) != CT_TYPE_ID || ct_column_missing(y)[i])
                    continue;
                char buf[64], *end = NULL;
                if (!q || ly == 0 || ly >= sizeof buf)
                    __builtin_trap();
                memcpy(buf, q, ly);
                buf[ly] = '\0';
                double v = strtod(buf, &end);
                if (*end != '\0' || v != ct_column_f64(x)[k])
                    __builtin_trap();
                continue;
            }
            if (ct_column_f64(x)) {
                double u = ct_column_f64(x)[k], v = ct_column_f64(y)[i];
                if (!(u == v || (isnan(u) && isnan(v))))
                    __builtin_trap();
                continue;
            }
            size_t lx = 0, ly = 0;
            const char *p = ct_column_str(x, k, &lx), *q = ct_column_str(y, i, &ly);
            if ((p == NULL) != (q == NULL) || lx != ly || (p && memcmp(p, q, lx) != 0))
                __builtin_trap();
        }
    }
}

/* The file read in batches with f's own schema gives f back. */
static void reader_with_schema(const ct_frame *f, const ct_load_options *base)
{
    ct_schema *sc;
    if (ct_frame_schema(f, &sc) != CT_OK)
        __builtin_trap();
    ct_load_options o = *base;
    o.schema = sc;
    o.use_schema = 1;
    ct_reader *r;
    if (ct_reader_open(tmp_path(), &o, &r, NULL) != CT_OK)
        __builtin_trap();
    size_t off = 0;
    for (;;) {
        ct_frame *b;
        if (ct_reader_next(r, 3, &b, NULL) != CT_OK)
            __builtin_trap();
        if (!b)
            break;
        same_rows(f, off, b);
        off += ct_frame_nrows(b);
        ct_frame_destroy(b);
    }
    if (off != ct_frame_nrows(f) || ct_reader_stats(r)->unseen_values != 0)
        __builtin_trap();
    ct_reader_close(r);
    ct_schema_free(sc);
}

/* f written as CSV and loaded back with its schema: values, types, masks
 * (line numbers aside). */
static void write_and_reload(const ct_frame *f, const ct_load_options *base)
{
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    if (!fp)
        __builtin_trap();
    ct_status s = ct_frame_write_csv(f, fp, NULL, NULL);
    fclose(fp);
    if (s == CT_OK) {
        ct_schema *sc;
        if (ct_frame_schema(f, &sc) != CT_OK)
            __builtin_trap();
        ct_load_options o = ct_load_options_default();
        o.schema = sc;
        o.sniff = 0;                   /* our own output, read as written (a one-column frame may
                        hold ';' everywhere, a header may start with "<html") */
        o.na_values = base->na_values; /* the same tokens read back as missing */
        o.n_na_values = base->n_na_values;
        ct_frame *g = NULL;
        if (ct_frame_load_mem(out, len, "rt", &o, &g, NULL, NULL) != CT_OK ||
            ct_frame_nrows(g) != ct_frame_nrows(f))
            __builtin_trap();
        for (size_t j = 0; j < ct_frame_ncols(f); j++) {
            const ct_column *x = ct_frame_col(f, j), *y = ct_frame_col(g, j);
            if (strcmp(ct_column_name(x), ct_column_name(y)) != 0 ||
                ct_column_type(x) != ct_column_type(y))
                __builtin_trap();
            for (size_t i = 0; i < ct_frame_nrows(f); i++) {
                size_t lx = 0, ly = 0;
                if (ct_column_missing(x)[i] != ct_column_missing(y)[i])
                    __builtin_trap();
                if (ct_column_f64(x)) {
                    double u = ct_column_f64(x)[i], v = ct_column_f64(y)[i];
                    if (!(u == v || (isnan(u) && isnan(v))))
                        __builtin_trap();
                    continue;
                }
                const char *p = ct_column_str(x, i, &lx), *q = ct_column_str(y, i, &ly);
                if ((p == NULL) != (q == NULL) || lx != ly || (p && memcmp(p, q, lx) != 0))
                    __builtin_trap();
            }
        }
        ct_frame_destroy(g);
        ct_schema_free(sc);
    }
    free(out);
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
    o.schema = ct_reports_schema();
    o.use_schema = mode & 1;
    o.on_bad_row = (mode & 2) ? CT_BAD_ROW_SKIP : CT_BAD_ROW_FAIL;
    o.delimiter = (mode & 4) ? ';' : ',';
    o.max_categories = (mode & 8) ? 2 : 64;
    o.on_bad_row_fn = no_op;
    if (mode & 128) {
        o.decimal = ',';
        o.thousands = '.';
    }
    const char *extra[] = {"?"};
    if (mode & 16) {
        o.na_values = extra;
        o.n_na_values = 1;
    }
    ct_frame *f = NULL;
    ct_load_stats st;
    ct_status s = ct_frame_load_mem((const char *)data, size, "fuzz", &o, &f, &st, NULL);
    if (size > 0) { /* the same bytes from a mapped file */
        FILE *fp = fopen(tmp_path(), "wb");
        if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
            __builtin_trap();
        ct_frame *g = NULL;
        ct_load_stats sg;
        ct_status s2 = ct_frame_load(tmp_path(), &o, &g, &sg, NULL);
        if (s2 != s ||
            (s == CT_OK && (sg.rows_read != st.rows_read || sg.rows_skipped != st.rows_skipped ||
                            sg.bad_rows != st.bad_rows)))
            __builtin_trap();
        if (s == CT_OK)
            same_frames(f, g);
        ct_frame_destroy(g);
        if (s == CT_OK && (mode & 32))
            reader_with_schema(f, &o);
    }
    if (s == CT_OK && (mode & 64))
        write_and_reload(f, &o);
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
