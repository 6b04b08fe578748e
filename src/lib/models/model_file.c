/* model_file.c — the model file: a JSON artifact whose payload carries a
 * CRC-32 of its exact bytes; written atomically (temporary file, rename:
 * claimtriage/atomic_file.h), loaded with every check of claimtriage/model_file.h
 * (docs/formats.md, "Model file"). */
#include "claimtriage/atomic_file.h"
#include "claimtriage/artifact.h"
#include "claimtriage/csv.h"
#include "claimtriage/model_file.h"
#include "claimtriage/textwidth.h"
#include "io/gzip.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define PAYLOAD_KEY "\n  \"payload\": "
#define CRC_KEY "\n  \"crc32\": \""
#define MAX_MODEL_BYTES ((size_t)1 << 30)

/* The first occurrence of key[0..k) in t[0..n), or NULL. */
static const char *find(const char *t, size_t n, const char *key, size_t k)
{
    for (size_t i = 0; i + k <= n; i++)
        if (t[i] == key[0] && memcmp(t + i, key, k) == 0)
            return t + i;
    return NULL;
}

/* ---- "seen_rows": the training rows' keys, compactly ----
 * The ascending keys as LEB128 varints of their differences (the first
 * from 0), in base64 (RFC 4648, with padding): about 5 bytes a row for a
 * few tens of thousands of rows (docs/formats.md, "seen_rows"). */

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The base64 text of m's seen keys (ct_malloc'd; NULL when out of memory). */
static char *seen_encode(const ct_model *m)
{
    const size_t n = m->nseen_rows;
    unsigned char *raw = ct_malloc(n * 10 + 1);
    if (!raw)
        return NULL;
    size_t len = 0;
    uint64_t prev = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t d = m->seen_rows[i] - prev;
        prev = m->seen_rows[i];
        do {
            const unsigned char b = (unsigned char)(d & 0x7f);
            d >>= 7;
            raw[len++] = (unsigned char)(b | (d ? 0x80 : 0));
        } while (d);
    }
    char *out = ct_malloc((len + 2) / 3 * 4 + 1);
    if (!out) {
        ct_free(raw);
        return NULL;
    }
    size_t o = 0;
    for (size_t i = 0; i < len; i += 3) {
        const uint32_t v = (uint32_t)raw[i] << 16 | (i + 1 < len ? (uint32_t)raw[i + 1] << 8 : 0) |
                           (i + 2 < len ? raw[i + 2] : 0);
        out[o++] = B64[v >> 18 & 63];
        out[o++] = B64[v >> 12 & 63];
        out[o++] = i + 1 < len ? B64[v >> 6 & 63] : '=';
        out[o++] = i + 2 < len ? B64[v & 63] : '=';
    }
    out[o] = '\0';
    ct_free(raw);
    return out;
}

static int b64_value(char c)
{
    const char *p = c ? strchr(B64, c) : NULL;
    return p ? (int)(p - B64) : -1;
}

/* Decodes text[0..len) into n ascending keys below 2^CT_MODEL_SEEN_BITS
 * at keys; 0, or -1 when it is not that (bad base64, a varint cut short or
 * too long, a key not above the one before it, more or fewer than n). */
static int seen_decode(const char *text, size_t len, uint64_t *keys, size_t n)
{
    if (len % 4)
        return -1;
    size_t k = 0;
    uint64_t prev = 0, acc = 0;
    unsigned shift = 0;
    for (size_t i = 0; i < len; i += 4) {
        int v[4];
        size_t bytes = 3;
        for (int q = 0; q < 4; q++) {
            v[q] = b64_value(text[i + q]);
            if (v[q] < 0) {
                /* padding: only the last group's last one or two */
                if (text[i + q] != '=' || i + 4 != len || q < 2 || (q == 2 && text[i + 3] != '='))
                    return -1;
                v[q] = 0;
                bytes = bytes < (size_t)q - 1 ? bytes : (size_t)q - 1;
            }
        }
        const uint32_t w =
            (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 | (uint32_t)v[2] << 6 | (uint32_t)v[3];
        for (size_t b = 0; b < bytes; b++) {
            const unsigned c = w >> (16 - 8 * b) & 0xff;
            if (shift >= 49)
                return -1; /* longer than any key's varint */
            acc |= (uint64_t)(c & 0x7f) << shift;
            shift += 7;
            if (c & 0x80)
                continue;
            const uint64_t key = prev + acc;
            if (k == n || (k && acc == 0) || key < prev || key >> CT_MODEL_SEEN_BITS)
                return -1;
            keys[k++] = prev = key;
            acc = 0;
            shift = 0;
        }
    }
    return k == n && shift == 0 ? 0 : -1;
}

/* ---- writing ---- */

/* CT_OK, or CT_ENOMEM when a part could not be encoded (the text written
 * is then incomplete: the caller writes nothing). */
static ct_status write_payload(ct_json *w, const ct_model *m)
{
    ct_status st = CT_OK;
    ct_json_object_begin(w);
    ct_json_key(w, "label");
    ct_json_object_begin(w);
    ct_json_key(w, "target");
    ct_json_str(w, m->target);
    ct_json_key(w, "positive");
    ct_json_str(w, m->positive);
    ct_json_key(w, "id");
    ct_json_str(w, m->id);
    ct_json_object_end(w);
    ct_json_key(w, "pipeline");
    ct_json_object_begin(w);
    ct_pipeline_write(m->pipeline, w);
    ct_json_object_end(w);
    ct_json_key(w, "estimator");
    ct_json_object_begin(w);
    ct_json_key(w, "family");
    ct_json_str(w, m->type->name);
    ct_json_key(w, "state");
    m->type->save(m->estimator, w);
    ct_json_object_end(w);
    ct_json_key(w, "calibration");
    ct_json_object_begin(w);
    ct_json_key(w, "method");
    ct_json_str(w, m->calibration);
    ct_json_key(w, "input");
    ct_json_str(w, m->calibration_logodds ? "log-odds" : "probability");
    ct_json_key(w, "platt_a");
    ct_json_num(w, m->platt_a);
    ct_json_key(w, "platt_b");
    ct_json_num(w, m->platt_b);
    ct_json_key(w, "x");
    ct_json_array_begin(w);
    for (size_t k = 0; k < m->niso; k++)
        ct_json_num(w, m->iso_x[k]);
    ct_json_array_end(w);
    ct_json_key(w, "y");
    ct_json_array_begin(w);
    for (size_t k = 0; k < m->niso; k++)
        ct_json_num(w, m->iso_y[k]);
    ct_json_array_end(w);
    ct_json_key(w, "tie_break");
    ct_json_num(w, m->iso_tie_break);
    ct_json_object_end(w);
    ct_json_key(w, "threshold");
    ct_json_num(w, m->threshold);
    ct_json_key(w, "threshold_rule");
    ct_json_str(w, m->threshold_rule ? m->threshold_rule : "");
    ct_json_key(w, "metrics");
    ct_json_array_begin(w);
    for (size_t k = 0; k < m->nmetrics; k++) {
        ct_json_object_begin(w);
        ct_json_key(w, "split");
        ct_json_str(w, m->metrics[k].split);
        ct_json_key(w, "name");
        ct_json_str(w, m->metrics[k].name);
        ct_json_key(w, "value");
        ct_json_num(w, m->metrics[k].value);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_key(w, "reproducibility");
    ct_json_object_begin(w);
    ct_json_key(w, "input_hash");
    ct_json_str(w, m->input_hash ? m->input_hash : "");
    if (m->input_content_hash) {
        ct_json_key(w, "input_content_hash");
        ct_json_str(w, m->input_content_hash);
    }
    if (m->rows_digest[0]) {
        ct_json_key(w, "rows_digest");
        ct_json_str(w, m->rows_digest);
    }
    /* out of memory: an error, not a file without the key, which would
     * read as a model that records none (before 2026-12-07 it was left out
     * in silence: test_model_file, test_seen_rows_save_nomem) */
    char *hashes = m->nseen_columns ? seen_encode(m) : NULL;
    if (m->nseen_columns && !hashes)
        st = CT_ENOMEM;
    if (hashes) {
        ct_json_key(w, "seen_rows");
        ct_json_object_begin(w);
        ct_json_key(w, "scheme");
        ct_json_str(w, "row48-delta-base64");
        ct_json_key(w, "columns");
        ct_json_array_begin(w);
        for (size_t k = 0; k < m->nseen_columns; k++)
            ct_json_str(w, m->seen_columns[k]);
        ct_json_array_end(w);
        ct_json_key(w, "count");
        ct_json_uint(w, m->nseen_rows);
        ct_json_key(w, "hashes");
        ct_json_str(w, hashes);
        ct_json_object_end(w);
    }
    ct_free(hashes);
    ct_json_key(w, "rows_read");
    ct_json_uint(w, m->rows_read);
    ct_json_key(w, "rows_used");
    ct_json_uint(w, m->rows_used);
    ct_json_key(w, "rows_skipped");
    ct_json_uint(w, m->rows_skipped);
    ct_json_key(w, "unlabelled");
    ct_json_uint(w, m->unlabelled);
    ct_json_key(w, "seed");
    ct_json_uint(w, m->seed);
    ct_json_key(w, "holdout");
    if (m->holdout[0] > 0) {
        ct_json_array_begin(w);
        for (int k = 0; k < 3; k++)
            ct_json_num(w, m->holdout[k]);
        ct_json_array_end(w);
    } else
        ct_json_null(w);
    if (m->holdout_grouped) {
        ct_json_key(w, "holdout_grouped");
        ct_json_bool(w, 1);
    }
    ct_json_key(w, "threads");
    ct_json_int(w, m->threads);
    ct_json_key(w, "tool_version");
    ct_json_str(w, m->tool_version ? m->tool_version : "");
    ct_json_key(w, "command_line");
    ct_json_str(w, m->command_line ? m->command_line : "");
    ct_json_object_end(w);
    ct_json_object_end(w);
    return st;
}

/* The payload's bytes in a whole file text: from the '{' after the payload
 * key to the '}' before the closing one. -1 when the layout is not ours. */
static int find_payload(const char *t, size_t len, size_t *b, size_t *e)
{
    const char *k = find(t, len, PAYLOAD_KEY, sizeof PAYLOAD_KEY - 1);
    if (!k)
        return -1;
    *b = (size_t)(k - t) + sizeof PAYLOAD_KEY - 1;
    size_t end = len;
    while (end > 0 && (t[end - 1] == '\n' || t[end - 1] == ' ' || t[end - 1] == '\r'))
        end--;
    if (end == 0 || t[end - 1] != '}')
        return -1;
    end--; /* the top level's '}' */
    while (end > 0 && (t[end - 1] == '\n' || t[end - 1] == ' '))
        end--;
    if (end <= *b || t[end - 1] != '}' || t[*b] != '{')
        return -1;
    *e = end;
    return 0;
}

static uint32_t crc_of(const char *s, size_t n)
{
    uLong c = crc32(0L, Z_NULL, 0);
    while (n > 0) {
        const uInt k = n > (1u << 30) ? (1u << 30) : (uInt)n;
        c = crc32(c, (const Bytef *)s, k);
        s += k;
        n -= k;
    }
    return (uint32_t)c;
}

ct_status ct_model_file_write(FILE *fp, const ct_model *m)
{
    if (!m || !m->pipeline || !m->type || !m->estimator || !m->target || !m->positive)
        return CT_EINVAL;
    if (m->seed > (uint64_t)INT64_MAX) /* would be written, then refused by the loader */
        return CT_EINVAL;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return CT_ENOMEM;
    ct_json *w = ct_json_new(mem);
    if (!w) {
        fclose(mem);
        free(buf);
        return CT_ENOMEM;
    }
    ct_artifact_begin(w, CT_MODEL_KIND, CT_MODEL_SCHEMA_VERSION);
    ct_json_key(w, "crc32");
    ct_json_str(w, "00000000");
    ct_json_key(w, "payload");
    const ct_status ps = write_payload(w, m);
    ct_json_object_end(w);
    ct_status st = ct_json_finish(w);
    if (st == CT_OK)
        st = ps;
    if (fclose(mem) != 0 && st == CT_OK)
        st = CT_ENOMEM;
    size_t b, e;
    char *crc = buf ? (char *)find(buf, len, CRC_KEY, sizeof CRC_KEY - 1) : NULL;
    if (st == CT_OK && (!crc || find_payload(buf, len, &b, &e)))
        st = CT_EINTERNAL;
    if (st == CT_OK) {
        char hex[9];
        snprintf(hex, sizeof hex, "%08x", (unsigned)crc_of(buf + b, e - b));
        memcpy(crc + sizeof CRC_KEY - 1, hex, 8);
        if (fwrite(buf, 1, len, fp) != len || fflush(fp) != 0)
            st = CT_EIO;
    }
    free(buf);
    return st;
}

/* Written through the library's atomic writer (claimtriage/atomic_file.h):
 * a temporary beside the path, renamed when complete and flushed; an
 * interrupted run leaves neither a partial file nor the temporary. */
static ct_status save_atomic(const char *path, const ct_model *m, ct_diag *diag)
{
    ct_atomic_file *af = NULL;
    ct_status st = ct_atomic_open(path, &af, diag);
    if (st)
        return st;
    st = ct_model_file_write(ct_atomic_stream(af), m);
    if (st == CT_EIO) {
        /* a stream that failed: its path, the system's cause and the
         * likely one as the hint, as every output's (atomic_file.h) */
        ct_diag_set(diag, st, path, 0, 0, "cannot write: %s", ct_status_str(st));
        return ct_atomic_fail(af, st, diag);
    }
    if (st != CT_OK) {
        ct_atomic_abort(af);
        if (st == CT_EINVAL && m && m->seed > (uint64_t)INT64_MAX)
            return ct_diag_set(diag, st, path, 0, 0, "the model's seed is above 2^63 - 1");
        if (st == CT_EINVAL)
            return ct_diag_set(diag, st, path, 0, 0,
                               "the model is incomplete (no pipeline, estimator or label)");
        return ct_diag_set(diag, st, path, 0, 0, "cannot write the model file: %s",
                           ct_status_str(st));
    }
    return ct_atomic_commit(af, diag);
}

ct_status ct_model_file_save(const char *path, const ct_model *m, ct_diag *diag)
{
    return save_atomic(path, m, diag);
}

/* ---- loading ---- */

typedef struct {
    const char *name;
    ct_diag *diag;
} rd;

static ct_status bad(const rd *r, const char *what)
{
    return ct_diag_set(r->diag, CT_EFORMAT, r->name, 0, 0, "not a usable model file: %s", what);
}

static char *get_strdup(const ct_json_value *o, const char *key, int allow_null, int *ok)
{
    const ct_json_value *v = ct_json_get(o, key);
    size_t len;
    const char *s = ct_json_string(v, &len);
    if (!s) {
        *ok = allow_null && ct_json_type_of(v) == CT_JSON_NULL;
        return NULL;
    }
    if (strlen(s) != len) {
        *ok = 0;
        return NULL;
    }
    char *d = ct_strdup(s);
    *ok = d != NULL ? 1 : -1;
    return d;
}

static int get_u64(const ct_json_value *o, const char *key, uint64_t *out)
{
    int64_t x;
    if (ct_json_int64(ct_json_get(o, key), &x) != CT_OK || x < 0)
        return -1;
    *out = (uint64_t)x;
    return 0;
}

/* Number or null (NaN). */
static int get_numn(const ct_json_value *o, const char *key, double *out)
{
    const ct_json_value *v = ct_json_get(o, key);
    if (ct_json_type_of(v) == CT_JSON_NULL) {
        *out = NAN;
        return 0;
    }
    if (ct_json_type_of(v) != CT_JSON_NUMBER)
        return -1;
    *out = ct_json_number(v);
    return 0;
}

static ct_status read_label(const rd *r, const ct_json_value *o, ct_model *m)
{
    int a, b, c;
    if (ct_json_type_of(o) != CT_JSON_OBJECT)
        return bad(r, "no \"label\" object");
    m->target = get_strdup(o, "target", 0, &a);
    m->positive = get_strdup(o, "positive", 0, &b);
    m->id = get_strdup(o, "id", 1, &c);
    if (a < 0 || b < 0 || c < 0)
        return CT_ENOMEM;
    if (!a || !b || !c || !*m->target)
        return bad(r, "\"label\" needs \"target\" and \"positive\" strings");
    /* train refuses an empty positive label, as an empty target */
    if (!*m->positive)
        return bad(r, "\"label\" \"positive\" is empty (the positive class needs a name)");
    return CT_OK;
}

static ct_status read_estimator(const rd *r, const ct_json_value *o, ct_model *m)
{
    const char *fam = ct_json_string(ct_json_get(o, "family"), NULL);
    if (!fam)
        return bad(r, "no estimator \"family\"");
    m->type = ct_estimator_find(fam);
    if (!m->type)
        return ct_diag_set(r->diag, CT_EFORMAT, r->name, 0, 0,
                           "not a usable model file: estimator family '%.40s' is unknown to "
                           "this build",
                           fam);
    ct_status st = m->type->load(ct_json_get(o, "state"), &m->estimator, r->diag);
    if (st == CT_EFORMAT) {
        char msg[CT_DIAG_MSG_MAX];
        snprintf(msg, sizeof msg, "%s", r->diag ? r->diag->message : "");
        return bad(r, msg);
    }
    if (st != CT_OK)
        return st;
    if (m->type->ncols(m->estimator) != ct_pipeline_ncols(m->pipeline))
        return bad(r, "the estimator's column count differs from the pipeline's");
    return CT_OK;
}

static ct_status read_calibration(const rd *r, const ct_json_value *o, ct_model *m)
{
    const char *meth = ct_json_string(ct_json_get(o, "method"), NULL);
    if (!meth || (strcmp(meth, "none") && strcmp(meth, "platt") && strcmp(meth, "isotonic")))
        return bad(r, "calibration \"method\" must be none, platt or isotonic");
    memcpy(m->calibration, meth, strlen(meth) + 1);
    /* what the calibrator takes; files written before the key existed:
     * Platt the log-odds, isotonic the probability, as they were fitted */
    const ct_json_value *in = ct_json_get(o, "input");
    const char *ins = ct_json_string(in, NULL);
    if (in && (!ins || (strcmp(ins, "log-odds") && strcmp(ins, "probability"))))
        return bad(r, "calibration \"input\" must be log-odds or probability");
    m->calibration_logodds = ins ? strcmp(ins, "log-odds") == 0 : strcmp(meth, "platt") == 0;
    if (!strcmp(meth, "platt") && !m->calibration_logodds)
        return bad(r, "Platt calibration takes log-odds, not probabilities");
    const ct_json_value *x = ct_json_get(o, "x"), *y = ct_json_get(o, "y");
    if (get_numn(o, "platt_a", &m->platt_a) || get_numn(o, "platt_b", &m->platt_b) ||
        ct_json_type_of(x) != CT_JSON_ARRAY || ct_json_type_of(y) != CT_JSON_ARRAY ||
        ct_json_size(x) != ct_json_size(y))
        return bad(r, "calibration parameters are missing or ill-typed");
    if (!strcmp(meth, "platt") && (!isfinite(m->platt_a) || !isfinite(m->platt_b)))
        return bad(r, "Platt parameters must be finite");
    /* train keeps a Platt fit only with slope A < 0 (p rises with the
     * score; A >= 0 would reverse or flatten the model's order) */
    if (!strcmp(meth, "platt") && !(m->platt_a < 0))
        return bad(r, "calibration \"platt_a\" must be < 0 (A >= 0 reverses or flattens the "
                      "model's order; train never saves one)");
    if (!strcmp(meth, "platt") &&
        !(fabs(m->platt_a) <= CT_ESTIMATOR_PARAM_MAX && fabs(m->platt_b) <= CT_ESTIMATOR_PARAM_MAX))
        return bad(r, "calibration \"platt_a\" and \"platt_b\" must be within 1e100 in "
                      "magnitude (no fit yields more)");
    m->niso = ct_json_size(x);
    if (!strcmp(meth, "isotonic") && m->niso < 1)
        return bad(r, "isotonic calibration without points");
    m->iso_x = ct_malloc((m->niso + 1) * sizeof *m->iso_x);
    m->iso_y = ct_malloc((m->niso + 1) * sizeof *m->iso_y);
    if (!m->iso_x || !m->iso_y)
        return CT_ENOMEM;
    for (size_t k = 0; k < m->niso; k++) {
        const ct_json_value *a = ct_json_at(x, k), *b = ct_json_at(y, k);
        m->iso_x[k] = ct_json_number(a);
        m->iso_y[k] = ct_json_number(b);
        if (ct_json_type_of(a) != CT_JSON_NUMBER || ct_json_type_of(b) != CT_JSON_NUMBER ||
            !(m->iso_y[k] >= 0 && m->iso_y[k] <= 1) || !isfinite(m->iso_x[k]) ||
            (k > 0 && !(m->iso_x[k] > m->iso_x[k - 1] && m->iso_y[k] >= m->iso_y[k - 1])))
            return bad(r, "isotonic points must increase in x, not decrease in y, with y in "
                          "[0, 1]");
    }
    /* absent in files written before 2026-12-02: 0, the plain steps */
    const ct_json_value *tb = ct_json_get(o, "tie_break");
    m->iso_tie_break = 0;
    if (tb && (ct_json_type_of(tb) != CT_JSON_NUMBER ||
               !((m->iso_tie_break = ct_json_number(tb)) >= 0 && m->iso_tie_break <= 1e-3)))
        return bad(r, "calibration \"tie_break\" must be a number in [0, 1e-3]");
    return CT_OK;
}

static ct_status read_rest(const rd *r, const ct_json_value *pl, ct_model *m)
{
    const ct_json_value *th = ct_json_get(pl, "threshold");
    m->threshold = ct_json_number(th);
    if (ct_json_type_of(th) != CT_JSON_NUMBER || !(m->threshold >= 0 && m->threshold <= 1))
        return bad(r, "\"threshold\" must be a number in [0, 1]");
    int ok;
    m->threshold_rule = get_strdup(pl, "threshold_rule", 0, &ok);
    if (ok <= 0)
        return ok < 0 ? CT_ENOMEM : bad(r, "no \"threshold_rule\" string");
    const ct_json_value *mt = ct_json_get(pl, "metrics");
    if (ct_json_type_of(mt) != CT_JSON_ARRAY)
        return bad(r, "\"metrics\" is not an array");
    m->nmetrics = ct_json_size(mt);
    m->metrics = ct_calloc(m->nmetrics + 1, sizeof *m->metrics);
    if (!m->metrics)
        return CT_ENOMEM;
    for (size_t k = 0; k < m->nmetrics; k++) {
        const ct_json_value *e = ct_json_at(mt, k);
        size_t a, b;
        const char *sp = ct_json_string(ct_json_get(e, "split"), &a);
        const char *nm = ct_json_string(ct_json_get(e, "name"), &b);
        if (!sp || !nm || a >= sizeof m->metrics[k].split || b >= sizeof m->metrics[k].name ||
            get_numn(e, "value", &m->metrics[k].value))
            return bad(r, "a metric is not {split, name, value}");
        memcpy(m->metrics[k].split, sp, a + 1);
        memcpy(m->metrics[k].name, nm, b + 1);
    }
    const ct_json_value *rp = ct_json_get(pl, "reproducibility");
    int a, b, c;
    uint64_t th64;
    m->input_hash = get_strdup(rp, "input_hash", 0, &a);
    if (ct_json_get(rp, "input_content_hash")) {
        int e;
        m->input_content_hash = get_strdup(rp, "input_content_hash", 0, &e);
        if (e < 0)
            return CT_ENOMEM;
        if (!e)
            return bad(r, "reproducibility.input_content_hash is not a string");
    }
    /* "rows_digest": optional (files from before 2026-12-06 lack it) */
    const ct_json_value *rdg = ct_json_get(rp, "rows_digest");
    if (rdg) {
        const char *t = ct_json_type_of(rdg) == CT_JSON_STRING ? ct_json_string(rdg, NULL) : NULL;
        if (!t || strncmp(t, "rowsum:", 7) != 0 || strlen(t) != CT_FRAME_ROWS_DIGEST_SIZE - 1 ||
            strspn(t + 7, "0123456789abcdef") != CT_FRAME_ROWS_DIGEST_SIZE - 8)
            return bad(r, "reproducibility.rows_digest is not \"rowsum:\" and 32 hex digits");
        memcpy(m->rows_digest, t, CT_FRAME_ROWS_DIGEST_SIZE);
    }
    /* "seen_rows": optional (files from before 2026-12-07 lack it); a
     * scheme this build does not know is read as none recorded */
    const ct_json_value *sr = ct_json_get(rp, "seen_rows");
    if (sr) {
        const char *scheme = ct_json_string(ct_json_get(sr, "scheme"), NULL);
        if (ct_json_type_of(sr) != CT_JSON_OBJECT || !scheme)
            return bad(r, "reproducibility.seen_rows is not an object with a \"scheme\"");
        if (strcmp(scheme, "row48-delta-base64") == 0) {
            const ct_json_value *cols = ct_json_get(sr, "columns");
            size_t hlen = 0;
            const char *hashes = ct_json_string(ct_json_get(sr, "hashes"), &hlen);
            uint64_t count;
            const size_t nc = ct_json_size(cols);
            if (ct_json_type_of(cols) != CT_JSON_ARRAY || !nc || !hashes ||
                get_u64(sr, "count", &count) || count > hlen)
                return bad(r, "reproducibility.seen_rows lacks its columns, count or hashes");
            m->seen_columns = ct_calloc(nc, sizeof *m->seen_columns);
            m->seen_rows = ct_malloc((count ? count : 1) * sizeof *m->seen_rows);
            if (!m->seen_columns || !m->seen_rows)
                return CT_ENOMEM;
            m->nseen_columns = nc;
            m->nseen_rows = (size_t)count;
            for (size_t k = 0; k < nc; k++) {
                size_t len;
                const char *cn = ct_json_string(ct_json_at(cols, k), &len);
                if (!cn || !len || strlen(cn) != len)
                    return bad(r, "reproducibility.seen_rows.columns holds a value that is not "
                                  "a column name");
                if (!(m->seen_columns[k] = ct_strdup(cn)))
                    return CT_ENOMEM;
            }
            if (seen_decode(hashes, hlen, m->seen_rows, m->nseen_rows))
                return bad(r, "reproducibility.seen_rows.hashes is not its count of ascending "
                              "48-bit keys in base64");
        }
    }
    ct_free(m->tool_version);
    m->tool_version = get_strdup(rp, "tool_version", 0, &b);
    m->command_line = get_strdup(rp, "command_line", 0, &c);
    if (a < 0 || b < 0 || c < 0)
        return CT_ENOMEM;
    if (!a || !b || !c || get_u64(rp, "rows_read", &m->rows_read) ||
        get_u64(rp, "rows_used", &m->rows_used) || get_u64(rp, "rows_skipped", &m->rows_skipped) ||
        get_u64(rp, "seed", &m->seed) || get_u64(rp, "threads", &th64) || th64 > INT32_MAX)
        return bad(r, "the \"reproducibility\" block is incomplete");
    m->threads = (int)th64;
    /* "unlabelled": optional (files from before it was recorded lack it) */
    if (ct_json_get(rp, "unlabelled") && get_u64(rp, "unlabelled", &m->unlabelled))
        return bad(r, "\"unlabelled\" is not a count");
    /* "holdout": optional (files from before it was recorded lack it) */
    const ct_json_value *ho = ct_json_get(rp, "holdout");
    if (ho && ct_json_type_of(ho) != CT_JSON_NULL) {
        double sum = 0;
        if (ct_json_type_of(ho) != CT_JSON_ARRAY || ct_json_size(ho) != 3)
            return bad(r, "\"holdout\" is not an array of three fractions");
        for (size_t k = 0; k < 3; k++) {
            const ct_json_value *e = ct_json_at(ho, k);
            const double x = ct_json_type_of(e) == CT_JSON_NUMBER ? ct_json_number(e) : NAN;
            if (!(x > 0 && x < 1))
                return bad(r, "\"holdout\" fractions must each be in (0, 1)");
            m->holdout[k] = x;
            sum += x;
        }
        if (fabs(sum - 1) > 1e-9)
            return bad(r, "\"holdout\" fractions must sum to 1");
    }
    /* "holdout_grouped": optional (absent: the row split, as files from
     * before 2026-12-05 were made) */
    const ct_json_value *hg = ct_json_get(rp, "holdout_grouped");
    if (hg) {
        if (ct_json_type_of(hg) != CT_JSON_BOOL)
            return bad(r, "\"holdout_grouped\" is not true or false");
        m->holdout_grouped = ct_json_bool_value(hg) != 0;
        if (m->holdout_grouped && !(m->holdout[0] > 0))
            return bad(r, "\"holdout_grouped\" is true without a \"holdout\"");
    }
    return CT_OK;
}

static ct_status read_payload(const rd *r, const ct_json_value *pl, ct_model *m)
{
    if (ct_json_type_of(pl) != CT_JSON_OBJECT)
        return bad(r, "no \"payload\" object");
    ct_status st = read_label(r, ct_json_get(pl, "label"), m);
    if (st == CT_OK) {
        st = ct_pipeline_read(ct_json_get(pl, "pipeline"), r->name, &m->pipeline, r->diag);
        if (st == CT_EFORMAT) {
            char msg[CT_DIAG_MSG_MAX];
            snprintf(msg, sizeof msg, "%s", r->diag ? r->diag->message : "");
            st = bad(r, msg);
        }
    }
    if (st == CT_OK)
        st = read_estimator(r, ct_json_get(pl, "estimator"), m);
    if (st == CT_OK)
        st = read_calibration(r, ct_json_get(pl, "calibration"), m);
    if (st == CT_OK)
        st = read_rest(r, pl, m);
    return st;
}

/* The model's identity (ct_model.fingerprint): the CRC-32 of its payload
 * up to the reproducibility block, the member the writer puts last — what
 * was fitted, calibrated and measured, not the thread count or command
 * line, so models trained alike on any machine share it. The whole payload
 * when the block is not where the writer puts it. */
#define REPRO_KEY "\n    \"reproducibility\": "
static void fingerprint(const char *text, size_t len, char out[9])
{
    size_t b = 0, e = 0;
    if (find_payload(text, len, &b, &e)) {
        out[0] = 0;
        return;
    }
    const char *k = find(text + b, e - b, REPRO_KEY, sizeof REPRO_KEY - 1);
    if (k)
        e = (size_t)(k - text);
    snprintf(out, 9, "%08x", (unsigned)crc_of(text + b, e - b));
}

static ct_status check_crc(const rd *r, const char *text, size_t len, const ct_json_value *root)
{
    size_t n;
    const char *hex = ct_json_string(ct_json_get(root, "crc32"), &n);
    if (!hex || n != 8 || strspn(hex, "0123456789abcdef") != 8)
        return bad(r, "no \"crc32\" checksum (8 hex digits)");
    size_t b, e;
    if (find_payload(text, len, &b, &e)) {
        /* the commonest reformatting: line ends converted on the way */
        if (memchr(text, '\r', len) && find(text, len, "\r\n", 2)) {
            ct_status st = bad(r, "its lines end in CR LF, not LF as written (converted on the "
                                  "way: git's core.autocrlf, a Windows editor, FTP in text mode)");
            if (r->diag)
                snprintf(r->diag->hint, sizeof r->diag->hint,
                         "convert the line ends back (dos2unix %s) or copy the file as binary; "
                         "its checksum covers the bytes as written",
                         r->name);
            return st;
        }
        return bad(r, "the payload is not where the writer puts it (was the file "
                      "reformatted?)");
    }
    char got[9];
    snprintf(got, sizeof got, "%08x", (unsigned)crc_of(text + b, e - b));
    if (memcmp(got, hex, 8) != 0) {
        char msg[120];
        snprintf(msg, sizeof msg, "stored %.8s, computed %s", hex, got);
        return ct_diag_set(r->diag, CT_EFORMAT, r->name, 0, 0,
                           "model file checksum mismatch (%s): the file was damaged or edited "
                           "after it was written; train the model again or restore a copy",
                           msg);
    }
    return CT_OK;
}

/* Whether b[0..n) can begin a model file: '{' after white space and a
 * UTF-8 byte-order mark, or gzip's magic (named by the loader). A stream
 * that begins otherwise is read no further than its first block, which
 * names it: /dev/zero as the model would be read for 1 GiB. */
static int json_or_gzip_start(const char *b, size_t n)
{
    size_t i = n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r'))
        i++;
    return i == n || b[i] == '{' || (unsigned char)b[i] == 0x1f;
}

/* Whether a JSON parse failure (message msg, at line) is the file ending
 * before its JSON does: the parser met the end of input, or the failing
 * token is on the text's last line and runs to its end without a newline
 * (a cut inside a string, a number or a literal: "unterminated string",
 * "invalid token 'tr'"), not bytes after a complete value. A file the
 * writer finished ends with "}\n". */
static int json_cut_short(const char *text, size_t len, const char *msg, long line)
{
    if (!json_or_gzip_start(text, len))
        return 0; /* not the start of a model: nothing was cut from one */
    if (strstr(msg, "end of"))
        return 1;
    if (len == 0 || text[len - 1] == '\n' || strstr(msg, "after the JSON value"))
        return 0;
    long lines = 1;
    for (const char *q = text; (q = memchr(q, '\n', len - (size_t)(q - text))) != NULL; q++)
        lines++;
    return line == lines;
}

/* A data CSV given as the model (-m small.csv, or FILE and -m swapped):
 * text that does not start as JSON does and whose first line holds a
 * delimiter, by the rule the data loader reads files by (ct_csv_sniff: a
 * ',' header, or one of ';', tab, '|' used consistently). Said as what it
 * is, as the loader names a model given as data (before 2026-12-04 the
 * JSON reader's "invalid token '#', expected a value", with no hint:
 * tests/cli/model_file_is_csv). 1 with diag set. */
static int data_csv(const char *text, size_t len, const char *name, ct_diag *diag)
{
    if (json_or_gzip_start(text, len))
        return 0;
    ct_file_sniff fs;
    const ct_file_kind k = ct_csv_sniff(text, len, ',', CT_SNIFF_ALL | CT_SNIFF_WHOLE, &fs);
    const char *nl = memchr(text, '\n', len);
    const size_t n1 = nl ? (size_t)(nl - text) : len;
    if (!(k == CT_FILE_OTHER_DELIMITER || k == CT_FILE_SEP_LINE ||
          k == CT_FILE_SPACE_AFTER_DELIMITER || (k == CT_FILE_TEXT && memchr(text, ',', n1))))
        return 0;
    char first[96];
    ct_textwidth_fit(first, sizeof first, text, n1 && text[n1 - 1] == '\r' ? n1 - 1 : n1, 60, "...",
                     '?');
    ct_diag_set(diag, CT_EFORMAT, name, 0, 0,
                "the file is a CSV file (its first line: '%s'), not a claimtriage model file "
                "(made by train)",
                first);
    if (diag)
        snprintf(diag->hint, sizeof diag->hint,
                 "give the model file made by train with -m MODEL; the data CSV is the FILE "
                 "operand");
    return 1;
}

ct_status ct_model_file_load_mem(const char *text, size_t len, const char *name, ct_model **out,
                                 ct_diag *diag)
{
    *out = NULL;
    rd r = {name ? name : "<model>", diag};
    if (len == 0)
        return ct_diag_set(diag, CT_EFORMAT, r.name, 0, 0, "not a model file: the file is empty");
    if (len >= 2 && (unsigned char)text[0] == 0x1f && (unsigned char)text[1] == 0x8b) {
        ct_diag_set(diag, CT_EFORMAT, r.name, 0, 0,
                    "not a model file as written: it is gzip-compressed (it starts with the "
                    "gzip bytes 1F 8B)");
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "decompress it first: gunzip -k %s", r.name);
        return CT_EFORMAT;
    }
    ct_json_read_options o = ct_json_read_options_default();
    o.max_bytes = MAX_MODEL_BYTES;
    o.max_depth = 32;
    ct_json_doc *doc = NULL;
    ct_status st = ct_json_parse(text, len, r.name, &o, &doc, diag);
    if (st != CT_OK) {
        if (st == CT_ENOMEM)
            return st;
        if (data_csv(text, len, r.name, diag))
            return CT_EFORMAT;
        char msg[CT_DIAG_MSG_MAX];
        snprintf(msg, sizeof msg, "%s", diag ? diag->message : "");
        const long line = diag ? diag->line : 0, col = diag ? diag->column : 0;
        const int cut = json_cut_short(text, len, msg, line);
        ct_diag_set(diag, CT_EFORMAT, r.name, line, col, "not a model file%s: %s",
                    cut ? " (truncated: it ends before its JSON does)" : "", msg);
        /* a file that begins as a model and breaks further on was damaged
         * (a flipped bit, an edit), not given by mistake */
        char head[513];
        const size_t nh = len < 512 ? len : 512;
        memcpy(head, text, nh);
        head[nh] = '\0';
        if (diag && !cut && nh && head[0] == '{' && strstr(head, "\"claimtriage\""))
            snprintf(diag->hint, sizeof diag->hint,
                     "it begins as a claimtriage model file and breaks at line %ld: the file was "
                     "damaged or edited after it was written; train the model again or restore "
                     "a copy",
                     line);
        return CT_EFORMAT;
    }
    const ct_json_value *root = ct_json_doc_root(doc);
    ct_artifact_header h;
    st = ct_artifact_check(root, CT_MODEL_KIND, NULL, &h, diag);
    if (st != CT_OK) {
        char msg[CT_DIAG_MSG_MAX];
        snprintf(msg, sizeof msg, "%s", diag ? diag->message : "");
        ct_json_doc_free(doc);
        return ct_diag_set(diag, CT_EFORMAT, r.name, 0, 0, "not a claimtriage model file: %s", msg);
    }
    if (h.schema_version > CT_MODEL_SCHEMA_VERSION) {
        /* said by schema version: the file's version string can equal
         * this build's (a development build, an edited file), and before
         * 2026-12-05 "a newer claimtriage (0.1.0); this build (0.1.0)" named
         * one version twice (tests/cli/train_model_refused) */
        char who[160] = "";
        if (strcmp(h.version, ct_version()) != 0)
            snprintf(who, sizeof who, " (the file names claimtriage %.40s; this is %.40s)",
                     h.version, ct_version());
        ct_diag_set(diag, CT_EFORMAT, r.name, 0, 0,
                    "model file schema_version %lld is newer than this build reads (schema_version "
                    "%d and older): it was written by a newer claimtriage%s; upgrade claimtriage",
                    (long long)h.schema_version, CT_MODEL_SCHEMA_VERSION, who);
        ct_json_doc_free(doc);
        return CT_EFORMAT;
    }
    st = check_crc(&r, text, len, root);
    ct_model *m = NULL;
    if (st == CT_OK) {
        m = ct_model_create();
        st = m ? read_payload(&r, ct_json_get(root, "payload"), m) : CT_ENOMEM;
        if (st == CT_OK)
            fingerprint(text, len, m->fingerprint);
    }
    ct_json_doc_free(doc);
    if (st != CT_OK) {
        if (st == CT_ENOMEM)
            ct_diag_set(diag, st, r.name, 0, 0, "out of memory");
        ct_model_free(m);
        return st;
    }
    *out = m;
    return CT_OK;
}

/* A stream's bytes to its end (standard input, a FIFO, a pipe such as
 * `-m <(zcat m.ctm.gz)`), at most MAX_MODEL_BYTES: *buf owned, or NULL
 * with *diag set. */
static ct_status read_stream(FILE *fp, const char *path, char **buf, size_t *n, ct_diag *diag)
{
    size_t cap = 1 << 16, len = 0;
    char *b = ct_malloc(cap + 1);
    while (b) {
        len += fread(b + len, 1, cap - len, fp);
        if (len < cap || cap > MAX_MODEL_BYTES || !json_or_gzip_start(b, len))
            break; /* the end, or the start of something else: enough to name it */
        char *bigger = ct_realloc(b, 2 * cap + 1);
        if (!bigger) {
            ct_free(b);
            b = NULL;
            break;
        }
        b = bigger;
        cap *= 2;
    }
    *buf = NULL;
    if (!b)
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    if (ferror(fp)) {
        ct_free(b);
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot read the model file: %s",
                           strerror(errno));
    }
    if (len > MAX_MODEL_BYTES) {
        ct_free(b);
        return ct_diag_set(diag, CT_EFORMAT, path, 0, 0, "not a model file: larger than 1 GiB");
    }
    *buf = b;
    *n = len;
    return CT_OK;
}

int ct_model_file_sniff(const char *path)
{
    /* an empty or foreign *.ctm is not named as a model (before 2026-12-04
     * any *.ctm in a folder was: tests/cli/model_path_is_directory) */
    struct stat sb;
    if (!path || strcmp(path, "-") == 0 || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    char head[4096], cmd[16];
    const size_t n = fread(head, 1, sizeof head, fp);
    fclose(fp);
    const size_t len = strlen(path);
    if (ct_gzip_magic(head, n))
        return len > 7 && strcmp(path + len - 7, ".ctm.gz") == 0;
    return ct_artifact_sniff(head, n, cmd, sizeof cmd) && strcmp(cmd, "model") == 0;
}

/* Whether the folder entry dir/name is a model file (ct_model_file_sniff). */
static int dir_entry_is_model(const char *dir, const char *name)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
        return 0;
    return ct_model_file_sniff(path);
}

/* The hint for a folder given as a model: the model files in it (by
 * content, dir_entry_is_model; of its first 4,096 entries), the first two
 * in byte order, or what a model file is. */
static void dir_models_hint(const char *dir, char *hint, size_t cap)
{
    char first[2][256] = {"", ""};
    size_t n = 0, seen = 0;
    DIR *dp = opendir(dir);
    for (struct dirent *e; dp && seen < 4096 && (e = readdir(dp)) != NULL; seen++) {
        const size_t len = strlen(e->d_name);
        if (len >= sizeof first[0] || e->d_name[0] == '.' || !dir_entry_is_model(dir, e->d_name))
            continue;
        n++;
        if (!first[0][0] || strcmp(e->d_name, first[0]) < 0) {
            memcpy(first[1], first[0], sizeof first[0]);
            memcpy(first[0], e->d_name, len + 1);
        } else if (!first[1][0] || strcmp(e->d_name, first[1]) < 0)
            memcpy(first[1], e->d_name, len + 1);
    }
    if (dp)
        closedir(dp);
    const size_t dl = strlen(dir);
    const char *sep = dl && dir[dl - 1] == '/' ? "" : "/";
    char path[2][512], word[2][400]; /* a hint holds two */
    for (int k = 0; k < 2; k++) {
        snprintf(path[k], sizeof path[k], "%s%s%s", dir, sep, first[k]);
        ct_shell_word(word[k], sizeof word[k], path[k]);
    }
    if (n == 1)
        snprintf(hint, cap, "it holds one model file: -m %s", word[0]);
    else if (n > 1)
        snprintf(hint, cap, "it holds %zu model files, among them %s and %s: name one", n, word[0],
                 word[1]);
    else
        snprintf(hint, cap,
                 "a model is the file 'claimtriage train FILE -m MODEL' writes "
                 "(a .ctm file; 'claimtriage run' leaves one in its folder)");
}

ct_status ct_model_file_load(const char *path, ct_model **out, ct_diag *diag)
{
    *out = NULL;
    const int std_in = strcmp(path, "-") == 0;
    FILE *fp = std_in ? stdin : fopen(path, "rb");
    if (!fp)
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot open the model file: %s",
                           strerror(errno));
    struct stat sb;
    const int st_ok = fstat(fileno(fp), &sb) == 0;
    char *buf = NULL;
    size_t n = 0;
    if (st_ok && (std_in || S_ISFIFO(sb.st_mode) || S_ISSOCK(sb.st_mode))) {
        ct_status s = read_stream(fp, path, &buf, &n, diag);
        if (!std_in)
            fclose(fp);
        if (s != CT_OK)
            return s;
    } else {
        if (!st_ok || !S_ISREG(sb.st_mode)) {
            fclose(fp);
            if (st_ok && S_ISDIR(sb.st_mode)) {
                /* the folder named, not the model in it (a run folder): the
                 * model files it holds are named (before 2026-12-04 "is a
                 * directory" alone: tests/cli/model_path_is_directory) */
                ct_diag_set(diag, CT_EIO, path, 0, 0, "is a directory, not a model file");
                if (diag)
                    dir_models_hint(path, diag->hint, sizeof diag->hint);
                return CT_EIO;
            }
            return ct_diag_set(diag, CT_EIO, path, 0, 0, "not a regular file");
        }
        if ((uint64_t)sb.st_size > MAX_MODEL_BYTES) {
            fclose(fp);
            return ct_diag_set(diag, CT_EFORMAT, path, 0, 0, "not a model file: larger than 1 GiB");
        }
        n = (size_t)sb.st_size;
        buf = ct_malloc(n + 1);
        if (!buf) {
            fclose(fp);
            return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
        }
        const size_t got = fread(buf, 1, n, fp);
        const int err = ferror(fp);
        fclose(fp);
        if (err || got != n) {
            ct_free(buf);
            return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot read the model file");
        }
    }
    /* a model saved under a .gz name is gzip (atomic_file.h): read as such */
    if (ct_gzip_magic(buf, n)) {
        char *plain = NULL;
        size_t plen = 0;
        const char *why = NULL;
        const int bad = ct_gunzip_mem(buf, n, 1, &plain, &plen, &why, NULL, NULL);
        ct_free(buf);
        if (bad)
            return ct_diag_set(diag, CT_EFORMAT, path, 0, 0, "not a model file: %s",
                               why ? why : "the gzip data cannot be read");
        if ((uint64_t)plen > MAX_MODEL_BYTES) {
            ct_free(plain);
            return ct_diag_set(diag, CT_EFORMAT, path, 0, 0, "not a model file: larger than 1 GiB");
        }
        ct_status st = ct_model_file_load_mem(plain, plen, path, out, diag);
        ct_free(plain);
        return st;
    }
    ct_status st = ct_model_file_load_mem(buf, n, path, out, diag);
    ct_free(buf);
    return st;
}
