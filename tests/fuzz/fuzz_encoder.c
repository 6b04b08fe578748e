/* fuzz_encoder.c — libFuzzer target for the encoder file loader
 * (features/encoder_file.c over the JSON reader on jansson): encoder files
 * are outside input (they travel with models between machines).
 *
 * Each input is loaded with ct_encoder_load_mem. A refused input must carry
 * CT_EFORMAT or CT_ENOMEM and a message. A loaded encoder is saved, loaded
 * again and saved again: the two saved texts must be identical (the format
 * round-trips exactly), and both encoders must transform a fixed small frame
 * (columns a numeric, b categorical, c numeric, with a missing value and an
 * unseen level) to bit-identical matrices and counts. A violated invariant
 * aborts, which libFuzzer reports as a crash. Seeds: tests/fuzz/corpus/encoder/.
 */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char FRAME_CSV[] = "a,b,c\n1,x,5\n2,y,\n3,w,700\n,z,1000\n4,x,2\n";

static ct_frame *fixed_frame(void)
{
    static ct_frame *f;
    if (!f) {
        ct_load_options o = ct_load_options_default();
        if (ct_frame_load_mem(FRAME_CSV, sizeof FRAME_CSV - 1, "fixed", &o, &f, NULL, NULL))
            abort();
    }
    return f;
}

static char *save_text(const ct_encoder *e, size_t *len)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, len);
    if (!fp)
        abort();
    ct_status s = ct_encoder_save(e, fp);
    if (fclose(fp) != 0 || (s != CT_OK && s != CT_ENOMEM))
        abort();
    return buf;
}

/* Transform the fixed frame; returns the status, fills *m (may be NULL). */
static ct_status encode(const ct_encoder *e, ct_matrix **m, ct_encoder_stats *st)
{
    const ct_frame *f = fixed_frame();
    size_t rows[5] = {0, 1, 2, 3, 4};
    return ct_encoder_transform(e, f, rows, 5, m, st, NULL);
}

static void same_matrices(const ct_matrix *x, const ct_matrix *y, size_t ncols)
{
    for (size_t j = 0; j < ncols; j++)
        for (size_t i = 0; i < 5; i++) {
            double a = ct_matrix_get(x, i, j), b = ct_matrix_get(y, i, j);
            if (memcmp(&a, &b, sizeof a) != 0)
                abort();
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ct_encoder *e = NULL;
    ct_diag d;
    ct_status s = ct_encoder_load_mem((const char *)data, size, "fuzz", &e, &d);
    if (s != CT_OK) {
        if ((s != CT_EFORMAT && s != CT_ENOMEM) || d.message[0] == '\0' || e)
            abort();
        return 0;
    }
    size_t n1 = 0, n2 = 0;
    char *t1 = save_text(e, &n1);
    ct_encoder *e2 = NULL;
    if (ct_encoder_load_mem(t1, n1, "saved", &e2, &d) != CT_OK)
        abort(); /* what we write, we must read */
    char *t2 = save_text(e2, &n2);
    if (n1 != n2 || memcmp(t1, t2, n1) != 0)
        abort();
    if (ct_encoder_ncols(e) != ct_encoder_ncols(e2))
        abort();

    ct_matrix *m1 = NULL, *m2 = NULL;
    ct_encoder_stats st1, st2;
    memset(&st1, 0, sizeof st1);
    memset(&st2, 0, sizeof st2);
    ct_status a = encode(e, &m1, &st1), b = encode(e2, &m2, &st2);
    if (a != b)
        abort();
    if (a == CT_OK) {
        if (!m1 || !m2 || st1.unseen != st2.unseen || st1.missing != st2.missing ||
            st1.capped != st2.capped)
            abort();
        same_matrices(m1, m2, ct_encoder_ncols(e));
    }
    ct_matrix_free(m1);
    ct_matrix_free(m2);
    ct_encoder_stats_free(&st1);
    ct_encoder_stats_free(&st2);
    free(t1);
    free(t2);
    ct_encoder_free(e);
    ct_encoder_free(e2);
    return 0;
}
