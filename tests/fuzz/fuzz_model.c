/* fuzz_model.c — libFuzzer target for the model file loader
 * (models/model_file.c): outside input that must never crash the tool or
 * load as a wrong model.
 *
 * An input is loaded as it is (most mutations fail the JSON parse, the
 * header or the CRC-32 check, each a CT_EFORMAT with a message). An input
 * whose first byte is 'R' is first re-sealed: the rest gets its "crc32"
 * recomputed over its payload, as the writer does, so the fuzzer also
 * reaches the checks of the payload itself (pipeline, estimator state,
 * calibration, threshold, metrics, reproducibility). A model that loads
 * must be consistent (the estimator's columns equal the pipeline's) and
 * write back to a file that loads again and writes back to the same bytes;
 * a refused file must have set a message. Violations abort (libFuzzer
 * reports a crash). Seeds: tests/fuzz/corpus/model/ (a model with every
 * kind of feature, a text-only model, both re-sealable, cut variants).
 */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static const char *find(const char *t, size_t n, const char *key)
{
    const size_t k = strlen(key);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(t + i, key, k) == 0)
            return t + i;
    return NULL;
}

/* Recompute the checksum of a writer-shaped file in place (no-op when the
 * layout is not found). */
static void reseal(char *t, size_t n)
{
    char *crc = (char *)find(t, n, "\n  \"crc32\": \"");
    const char *pk = find(t, n, "\n  \"payload\": ");
    if (!crc || !pk || (size_t)(crc - t) + 21 > n)
        return;
    size_t b = (size_t)(pk - t) + 14, e = n;
    while (e > 0 && (t[e - 1] == '\n' || t[e - 1] == ' ' || t[e - 1] == '\r'))
        e--;
    if (e == 0 || t[e - 1] != '}')
        return;
    e--;
    while (e > 0 && (t[e - 1] == '\n' || t[e - 1] == ' '))
        e--;
    if (e <= b)
        return;
    char hex[9];
    snprintf(hex, sizeof hex, "%08lx", crc32(0L, (const Bytef *)t + b, (uInt)(e - b)));
    memcpy(crc + 13, hex, 8);
}

static char *write_mem(const ct_model *m, size_t *len)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, len);
    if (!fp)
        abort();
    if (ct_model_file_write(fp, m) != CT_OK)
        abort();
    fclose(fp);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const int re = size > 0 && data[0] == 'R';
    const size_t n = re ? size - 1 : size;
    char *t = malloc(n + 1);
    if (!t)
        return 0;
    memcpy(t, data + re, n);
    if (re)
        reseal(t, n);
    ct_model *m = NULL;
    ct_diag d;
    memset(&d, 0, sizeof d);
    ct_status s = ct_model_file_load_mem(t, n, "fuzz", &m, &d);
    if (s == CT_OK) {
        if (!m || !m->pipeline || !m->type || !m->estimator ||
            m->type->ncols(m->estimator) != ct_pipeline_ncols(m->pipeline))
            abort();
        size_t l1, l2;
        char *w1 = write_mem(m, &l1);
        ct_model *b = NULL;
        if (ct_model_file_load_mem(w1, l1, "again", &b, &d) != CT_OK)
            abort();
        char *w2 = write_mem(b, &l2);
        if (l1 != l2 || memcmp(w1, w2, l1) != 0)
            abort();
        free(w1);
        free(w2);
        ct_model_free(b);
        ct_model_free(m);
    } else {
        if (m || d.message[0] == 0 || (s != CT_EFORMAT && s != CT_ENOMEM))
            abort();
    }
    free(t);
    return 0;
}
