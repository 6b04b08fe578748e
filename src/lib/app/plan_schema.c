/* plan_schema.c — the documented layout of every artifact a run folder
 * holds: per command, its schema_version, the keys a complete output always
 * has and their JSON types, and which keys name the input it was made from
 * (claimtriage/plan.h). `plan --status` refuses an artifact that lacks one
 * of them: a stub with only the artifact header, or a file cut short, is
 * not the output of its command.
 *
 * The tables follow docs/formats.md, each command's `--json` section (and
 * "Run manifest" for manifest.json); `claimtriage plan --schemas` prints
 * them, docs/formats.md carries that output between <!-- plan-schemas -->
 * markers, and tests/cli/plan_schemas_sync checks both that copy and that
 * every key listed here is named in its command's own section. Only keys a
 * command writes whatever its options are listed (e.g. `train`'s `cv` is
 * null with --holdout none, so it is "object or null").
 */
#include "claimtriage/plan.h"

#include <stdio.h>
#include <string.h>

#define S CT_PLAN_T_STRING
#define N CT_PLAN_T_NUMBER
#define I CT_PLAN_T_INTEGER
#define B CT_PLAN_T_BOOL
#define O CT_PLAN_T_OBJECT
#define A CT_PLAN_T_ARRAY
#define Z CT_PLAN_T_NULL

#define LOADER                                                                                     \
    {"file", S}, {"rows_read", I}, {"rows_used", I}, { "rows_skipped", I }

static const ct_plan_key k_plan[] = {
    {"milestones", A},     {"total_effort_days", N}, {"total_working_days", I},
    {"start_date", S | Z}, {"status_dir", S | Z},    {"run", O | Z},
    {"done", I | Z},
};

static const ct_plan_key k_inspect[] = {
    LOADER,
    {"rows", I},
    {"columns", I},
    {"blank_lines", I},
    {"column_profiles", A},
    {"target", O | Z},
    {"duplicate_rows", I},
    {"duplicate_ids", A},
    {"rows_with_missing", I},
    {"missing_patterns", A},
};

static const ct_plan_key k_eda[] = {
    LOADER,          {"dropna", O},      {"metrics", A},  {"overall", O},
    {"rates", O},    {"groupings", A},   {"outliers", O}, {"pearson", A},
    {"spearman", A}, {"text_length", A}, {"charts", A},   {"chart_dir", S | Z},
};

static const ct_plan_key k_test[] = {
    LOADER, {"dropna", S}, {"alpha", N}, {"comparisons", A}, {"associations", A}, {"skipped", A},
};

static const ct_plan_key k_regress[] = {
    LOADER,        {"cleaning", O},     {"engagement_screen", O | Z},
    {"model", O},  {"coefficients", A}, {"influence", O | Z},
    {"checks", A}, {"split", O | Z},    {"interpretation", A},
};

static const ct_plan_key k_train[] = {
    LOADER,
    {"model_file", S | Z},
    {"rows", O},
    {"holdout", B},
    {"split", O | Z},
    {"cv", O | Z},
    {"chosen", O},
    {"metrics", O},
    {"calibration", O},
    {"threshold", O},
    {"audit", O | Z},
    {"reproducibility", O},
    {"reproducibility.input_hash", S},
    {"reproducibility.seed", I},
    {"reproducibility.tool_version", S},
};

static const ct_plan_key k_evaluate[] = {
    LOADER,
    {"model_file", S},
    {"predictions_file", S | Z},
    {"rows", O},
    {"model", O},
    {"model.trained_on", S},
    {"metrics", O | Z},
    {"reliability", O | Z},
    {"importance", O},
    {"misclassified_total", I},
    {"misclassified", A},
    {"reproducibility", O},
    {"reproducibility.input_hash", S},
    {"reproducibility.tool_version", S},
};

static const ct_plan_key k_score[] = {
    {"input", S},     {"model", S},       {"priority", S},     {"capacity", I},      {"rows", O},
    {"rows.read", I}, {"rows.scored", I}, {"rows.written", I}, {"rows.rejected", I}, {"drift", O},
};

static const ct_plan_key k_queue_eval[] = {
    {"queue", S},
    {"labels", S},
    {"rows", O},
    {"claims", I},
    {"claims_views", N | Z},
    {"capacity", I},
    {"reviews_per_hour", N},
    {"at_capacity", O},
    {"curve", A},
};

static const ct_plan_key k_run[] = {
    {"status", S},
    {"failed_stage", S | Z},
    {"input", O},
    {"input.file", S},
    {"input.sha256", S},
    {"input.bytes", I},
    /* null until the inspect stage has loaded the file (a run failing at,
     * or still before, its first read): before 2026-12-04 such a manifest
     * was refused, "key input.rows_read is null, expected integer"
     * (tests/cli/plan_status_rows_not_counted) */
    {"input.rows_read", I | Z},
    {"input.rows_used", I | Z},
    {"input.rows_skipped", I | Z},
    {"input.synthetic", B},
    {"seed", I},
    {"threads", I},
    {"redacted", B},
    {"command_line", S},
    {"options", O},
    {"stages", A},
};

static const char *const in_file[] = {"file", NULL};
static const char *const in_score[] = {"input", NULL};
static const char *const in_labels[] = {"labels", NULL};
static const char *const in_run[] = {"input.file", NULL};
static const char *const h_train[] = {"reproducibility.input_hash", NULL};
static const char *const h_evaluate[] = {"reproducibility.input_hash", "model.trained_on", NULL};
static const char *const h_run[] = {"input.sha256", NULL};

#define KEYS(k) sizeof k / sizeof k[0], k

static const ct_plan_schema schemas[] = {
    {"plan", 2, KEYS(k_plan), NULL, NULL},
    {"inspect", 2, KEYS(k_inspect), in_file, NULL},
    {"eda", 2, KEYS(k_eda), in_file, NULL},
    {"test", 2, KEYS(k_test), in_file, NULL},
    {"regress", 1, KEYS(k_regress), in_file, NULL},
    {"train", 1, KEYS(k_train), in_file, h_train},
    {"evaluate", 1, KEYS(k_evaluate), in_file, h_evaluate},
    {"score", 1, KEYS(k_score), in_score, NULL},
    {"queue-eval", 1, KEYS(k_queue_eval), in_labels, NULL},
    /* report.json: its layout is documented with the report command; until
     * then only the header and schema_version are required. */
    {"report", 1, 0, NULL, NULL, NULL},
    {"run", 1, KEYS(k_run), in_run, h_run},
};

#undef S
#undef N
#undef I
#undef B
#undef O
#undef A
#undef Z

size_t ct_plan_schema_count(void) { return sizeof schemas / sizeof schemas[0]; }

const ct_plan_schema *ct_plan_schema_at(size_t i)
{
    return i < ct_plan_schema_count() ? &schemas[i] : NULL;
}

const ct_plan_schema *ct_plan_schema_find(const char *command)
{
    for (size_t i = 0; command && i < ct_plan_schema_count(); i++)
        if (strcmp(schemas[i].command, command) == 0)
            return &schemas[i];
    return NULL;
}

const char *ct_plan_type_names(unsigned types, char *buf, size_t n)
{
    static const struct {
        unsigned bit;
        const char *name;
    } names[] = {{CT_PLAN_T_STRING, "string"},   {CT_PLAN_T_NUMBER, "number"},
                 {CT_PLAN_T_INTEGER, "integer"}, {CT_PLAN_T_BOOL, "boolean"},
                 {CT_PLAN_T_OBJECT, "object"},   {CT_PLAN_T_ARRAY, "array"},
                 {CT_PLAN_T_NULL, "null"}};
    if (!buf || n == 0)
        return buf;
    buf[0] = '\0';
    size_t at = 0, k = 0, count = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        count += (types & names[i].bit) != 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(types & names[i].bit))
            continue;
        const char *sep = k == 0 ? "" : k + 1 == count ? " or " : ", ";
        int w = snprintf(buf + at, n - at, "%s%s", sep, names[i].name);
        if (w < 0 || (size_t)w >= n - at)
            break;
        at += (size_t)w;
        k++;
    }
    return buf;
}

/* The value at a dotted path, or NULL when a step is absent. */
static const ct_json_value *lookup(const ct_json_value *root, const char *path)
{
    char key[128];
    const ct_json_value *v = root;
    while (v && *path) {
        const char *dot = strchr(path, '.');
        size_t len = dot ? (size_t)(dot - path) : strlen(path);
        if (len >= sizeof key)
            return NULL;
        memcpy(key, path, len);
        key[len] = '\0';
        v = ct_json_get(v, key);
        path += len + (dot != NULL);
    }
    return v;
}

/* The types of v as a mask bit (an integral number counts as both). */
static unsigned type_bits(const ct_json_value *v)
{
    int64_t x;
    switch (ct_json_type_of(v)) {
    case CT_JSON_STRING: return CT_PLAN_T_STRING;
    case CT_JSON_NUMBER:
        return CT_PLAN_T_NUMBER | (ct_json_int64(v, &x) == CT_OK ? CT_PLAN_T_INTEGER : 0u);
    case CT_JSON_BOOL: return CT_PLAN_T_BOOL;
    case CT_JSON_OBJECT: return CT_PLAN_T_OBJECT;
    case CT_JSON_ARRAY: return CT_PLAN_T_ARRAY;
    case CT_JSON_NULL: return CT_PLAN_T_NULL;
    case CT_JSON_NONE: return 0;
    }
    return 0;
}

static const char *json_type_name(const ct_json_value *v)
{
    int64_t x;
    if (ct_json_type_of(v) == CT_JSON_NUMBER)
        return ct_json_int64(v, &x) == CT_OK ? "integer" : "number with a fraction";
    return ct_json_type_name(ct_json_type_of(v));
}

ct_status ct_plan_schema_validate(const ct_json_value *root, const ct_plan_schema *s, char *why,
                                  size_t n)
{
    if (!root || !s || !why || n == 0)
        return CT_EINVAL;
    why[0] = '\0';
    int64_t sv = 0;
    if (ct_json_int64(ct_json_get(root, "schema_version"), &sv) != CT_OK) {
        snprintf(why, n, "no valid \"schema_version\"");
        return CT_EFORMAT;
    }
    if (sv != s->schema_version) {
        snprintf(why, n, "schema_version %lld, expected %lld (the layout docs/formats.md gives)",
                 (long long)sv, (long long)s->schema_version);
        return CT_EFORMAT;
    }
    char names[96];
    for (size_t i = 0; i < s->nkeys; i++) {
        const ct_plan_key *k = &s->keys[i];
        const ct_json_value *v = lookup(root, k->path);
        if (!v) {
            snprintf(why, n, "no key \"%s\" (%s): not the complete output of %s --json", k->path,
                     ct_plan_type_names(k->types, names, sizeof names), s->command);
            return CT_EFORMAT;
        }
        if (!(type_bits(v) & k->types)) {
            snprintf(why, n, "key \"%s\" is %s, expected %s", k->path, json_type_name(v),
                     ct_plan_type_names(k->types, names, sizeof names));
            return CT_EFORMAT;
        }
    }
    return CT_OK;
}
