/* fuzz_artifact.c — libFuzzer target for the artifact reader: the JSON
 * reader on jansson (io/json_read.c, io/json_error.c) and the header check
 * (io/artifact.c), which read command outputs, `plan --status` artifacts
 * and, next, model and encoder files: outside input.
 *
 * Each input is parsed twice: with the default options, and with a tiny
 * depth limit and duplicate keys allowed. A failed parse must say where (a
 * line and column inside the input) and why. A parsed document is checked
 * as an artifact (any command and version; then the command and version it
 * claims, which must pass; then "inspect" at this version, which must pass
 * exactly when it claims them) and walked without recursion through the
 * public accessors only, checking their invariants: strings NUL-terminated
 * and valid UTF-8, numbers finite, ct_json_int64 agreeing with
 * ct_json_number, every key found by ct_json_get at its own position, the
 * value count bounded by the input size, the depth by the limit. Documents
 * the writer can express (depth <= 60) are written back with ct_json_* and
 * parsed again; both trees must have the same fingerprint. A violated
 * invariant aborts, which libFuzzer reports as a crash. Seeds:
 * tests/fuzz/corpus/artifact/ (real --json outputs of every command, cut
 * and damaged variants, and the reader's edge cases).
 */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WRITER_MAX_DEPTH 60

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct walk_frame {
    const ct_json_value *v;
    size_t next;
} walk_frame;

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ULL; /* FNV-1a */
    return h;
}

static void check(int ok)
{
    if (!ok)
        abort();
}

/* Check one scalar's invariants and fold it into the fingerprint. */
static uint64_t scalar(uint64_t h, const ct_json_value *v)
{
    ct_json_type t = ct_json_type_of(v);
    h = fnv(h, &t, sizeof t);
    check(ct_json_size(v) == 0 && ct_json_at(v, 0) == NULL && ct_json_get(v, "a") == NULL);
    size_t n = 0;
    if (t == CT_JSON_STRING) {
        const char *s = ct_json_string(v, &n);
        check(s != NULL && s[n] == '\0' && ct_utf8_valid(s, n));
        check(ct_json_number(v) != ct_json_number(v)); /* NaN for a non-number */
        h = fnv(fnv(h, &n, sizeof n), s, n);
    } else if (t == CT_JSON_NUMBER) {
        double x = ct_json_number(v) + 0.0; /* -0 and 0 alike: the writer prints 0 */
        check(x == x && x - x == 0);        /* finite */
        check(ct_json_string(v, NULL) == NULL);
        int64_t i;
        if (ct_json_int64(v, &i) == CT_OK)
            check((double)i == x);
        h = fnv(h, &x, sizeof x);
    } else if (t == CT_JSON_BOOL) {
        int b = ct_json_bool_value(v);
        check(b == 0 || b == 1);
        h = fnv(h, &b, sizeof b);
    } else {
        check(t == CT_JSON_NULL && ct_json_bool_value(v) == 0);
    }
    return h;
}

/* Walk the tree with an explicit stack: fingerprint, value count, depth;
 * optionally write it with w. */
static uint64_t walk(const ct_json_value *root, size_t cap, ct_json *w, size_t *count,
                     size_t *depth)
{
    walk_frame *st = malloc(cap * sizeof *st); /* cap: the depth limit the parse used */
    check(st != NULL);
    size_t sp = 0;
    uint64_t h = 1469598103934665603ULL;
    *count = 0;
    *depth = 0;
    const ct_json_value *v = root;
    for (;;) {
        if (v) {
            (*count)++;
            ct_json_type t = ct_json_type_of(v);
            if (t == CT_JSON_ARRAY || t == CT_JSON_OBJECT) {
                size_t n = ct_json_size(v);
                check(ct_json_at(v, n) == NULL);
                h = fnv(fnv(h, &t, sizeof t), &n, sizeof n);
                if (w)
                    (t == CT_JSON_ARRAY ? ct_json_array_begin : ct_json_object_begin)(w);
                check(sp < cap);
                st[sp].v = v;
                st[sp].next = 0;
                sp++;
                if (sp > *depth)
                    *depth = sp;
            } else {
                h = scalar(h, v);
                if (w) {
                    size_t n;
                    const char *s;
                    if (t == CT_JSON_STRING && (s = ct_json_string(v, &n)) != NULL)
                        ct_json_strn(w, s, n);
                    else if (t == CT_JSON_NUMBER)
                        ct_json_num(w, ct_json_number(v));
                    else if (t == CT_JSON_BOOL)
                        ct_json_bool(w, ct_json_bool_value(v));
                    else
                        ct_json_null(w);
                }
            }
            v = NULL;
        }
        if (sp == 0)
            break;
        walk_frame *f = &st[sp - 1];
        if (f->next < ct_json_size(f->v)) {
            size_t i = f->next++;
            v = ct_json_at(f->v, i);
            check(v != NULL);
            if (ct_json_type_of(f->v) == CT_JSON_OBJECT) {
                size_t kn;
                const char *k = ct_json_key_at(f->v, i, &kn);
                check(k != NULL && k[kn] == '\0' && strlen(k) == kn && ct_utf8_valid(k, kn));
                /* keys are unique (jansson keeps one member per key): get finds this one */
                check(ct_json_get(f->v, k) == v);
                h = fnv(fnv(h, &kn, sizeof kn), k, kn);
                if (w)
                    ct_json_key(w, k);
            } else {
                check(ct_json_key_at(f->v, i, NULL) == NULL);
            }
        } else {
            if (w)
                (ct_json_type_of(f->v) == CT_JSON_ARRAY ? ct_json_array_end
                                                        : ct_json_object_end)(w);
            sp--;
        }
    }
    free(st);
    return h;
}

static void round_trip(const ct_json_value *root, uint64_t want, size_t count, size_t depth)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    check(fp != NULL);
    ct_json *w = ct_json_new(fp);
    check(w != NULL);
    size_t c, dp;
    walk(root, WRITER_MAX_DEPTH + 1, w, &c, &dp);
    check(ct_json_finish(w) == CT_OK);
    check(fclose(fp) == 0);
    ct_json_read_options o = ct_json_read_options_default();
    o.max_bytes = (size_t)1 << 30;
    ct_json_doc *doc = NULL;
    ct_diag d;
    check(ct_json_parse(buf, len, "round-trip", &o, &doc, &d) == CT_OK);
    size_t count2, depth2;
    uint64_t got = walk(ct_json_doc_root(doc), WRITER_MAX_DEPTH + 1, NULL, &count2, &depth2);
    check(got == want && count2 == count && depth2 == depth);
    ct_json_doc_free(doc);
    free(buf);
}

/* The header check: consistent with itself and with what the file claims. */
static void header(const ct_json_value *root)
{
    ct_artifact_header h;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_artifact_check(root, NULL, NULL, &h, &d);
    if (s != CT_OK) {
        check(s == CT_EFORMAT && d.message[0] != '\0' && h.tool == NULL && h.command == NULL);
        check(ct_artifact_check(root, "inspect", ct_version(), NULL, NULL) == CT_EFORMAT);
        return;
    }
    check(strcmp(h.tool, CT_ARTIFACT_TOOL) == 0 && h.version && h.command);
    check(h.schema_version >= 1);
    check(ct_artifact_check(root, h.command, h.version, NULL, NULL) == CT_OK);
    int claims = strcmp(h.command, "inspect") == 0 && strcmp(h.version, ct_version()) == 0;
    s = ct_artifact_check(root, "inspect", ct_version(), NULL, &d);
    check(claims ? s == CT_OK : s == CT_EFORMAT);
}

/* The line and column of an error lie inside the input (or just past it). */
static void where(const uint8_t *data, size_t size, const ct_diag *d)
{
    long lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    check(d->line >= 1 && d->line <= lines && d->column >= 1 && (size_t)d->column <= size + 1);
}

static void one(const uint8_t *data, size_t size, const ct_json_read_options *o)
{
    ct_json_doc *doc = NULL;
    ct_diag d;
    ct_diag_clear(&d);
    ct_status s = ct_json_parse((const char *)data, size, "fuzz", o, &doc, &d);
    if (s != CT_OK) {
        check(doc == NULL);
        check(s == CT_EDATA || s == CT_EEMPTY);
        check(d.message[0] != '\0');
        where(data, size, &d);
        return;
    }
    const ct_json_value *root = ct_json_doc_root(doc);
    check(root != NULL);
    header(root);
    size_t count, depth;
    uint64_t h = walk(root, (size_t)o->max_depth + 1, NULL, &count, &depth);
    check(count >= 1 && count <= size);
    check(depth <= (size_t)o->max_depth);
    if (depth <= WRITER_MAX_DEPTH)
        round_trip(root, h, count, depth);
    ct_json_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ct_json_read_options o = ct_json_read_options_default();
    one(data, size, &o);
    o.max_depth = 4;
    o.allow_duplicate_keys = 1;
    one(data, size, &o);
    return 0;
}
