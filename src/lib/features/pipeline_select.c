/* pipeline_select.c — feature sets: "all", "text", "engagement" or a list
 * of columns, resolved against a frame into the pipeline's numeric and
 * categorical columns and text flags (claimtriage/pipeline.h). */
#include "claimtriage/csv.h"
#include "claimtriage/list.h"
#include "claimtriage/pipeline.h"
#include "claimtriage/text.h"

#include <stdio.h>
#include <string.h>

void ct_feature_set_free(ct_feature_set *fs)
{
    if (!fs)
        return;
    ct_free(fs->numeric);
    ct_free(fs->categorical);
    memset(fs, 0, sizeof *fs);
}

void ct_feature_set_apply(const ct_feature_set *fs, ct_pipeline_spec *spec)
{
    spec->numeric = fs->numeric;
    spec->nnumeric = fs->nnumeric;
    spec->categorical = fs->categorical;
    spec->ncategorical = fs->ncategorical;
    spec->text_ngrams = fs->text_ngrams;
    spec->text_length = fs->text_length;
}

ct_status ct_feature_text_words(const ct_column *c, const size_t *rows, size_t n, size_t stop,
                                size_t *count)
{
    *count = 0;
    ct_text_tokens t;
    ct_text_tokens_init(&t);
    ct_status st = CT_OK;
    for (size_t i = 0; i < n && st == CT_OK && (!stop || *count < stop); i++) {
        size_t len = 0;
        const char *s = ct_column_str(c, rows ? rows[i] : i, &len);
        if (s && ct_column_type(c) == CT_TYPE_CATEGORY)
            len = strlen(s); /* a level is NUL-terminated, its length unset */
        if (!s || !len)
            continue;
        st = ct_text_tokenize(s, len, &t);
        *count += st == CT_OK && t.n > 0;
    }
    ct_text_tokens_free(&t);
    return st;
}

static int listed(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] && strcmp(list[i], name) == 0)
            return 1;
    return 0;
}

/* Add column j of f: numeric, categorical, or an error for identifiers and
 * free text. explicit: the user named it (then the type errors are his).
 * taken (one flag a column of f): the names fs holds, each marked at the
 * first column of f so named (ct_frame_find), so that "listed twice" is one
 * lookup, not a scan of the lists (quadratic on 20,000 columns,
 * 2026-12-06); fs's names are all f's column names. */
static ct_status add_column(const ct_frame *f, size_t j, int explicit_, ct_feature_set *fs,
                            uint8_t *taken, ct_diag *diag)
{
    const ct_column *c = ct_frame_col(f, j);
    const char *name = ct_column_name(c);
    const ct_type t = ct_column_type(c);
    size_t first = j;
    (void)ct_frame_find(f, name, &first, NULL);
    if (taken[first])
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "feature '%s' is listed twice", name);
    if (t == CT_TYPE_INT || t == CT_TYPE_FLOAT) {
        fs->numeric[fs->nnumeric++] = name;
        taken[first] = 1;
        return CT_OK;
    }
    if (t == CT_TYPE_CATEGORY) {
        fs->categorical[fs->ncategorical++] = name;
        taken[first] = 1;
        return CT_OK;
    }
    if (!explicit_)
        return CT_OK; /* identifiers and free text are not features of "all" */
    /* a column of numbers read as text by a few cells ('n/a?', '1,234') is
     * not free text: the hint names the first such cell and its line */
    char why[CT_DIAG_MSG_MAX];
    const size_t bad = ct_frame_explain_not_numeric(f, j, why, sizeof why);
    const int numbers = bad && bad * 2 < ct_column_len(c) - ct_column_nmissing(c);
    ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                "column '%s' is %s, not a numeric or categorical feature%s", name, ct_type_name(t),
                numbers             ? " (most of its values are numbers)"
                : t == CT_TYPE_TEXT ? " (free text: name it with --text to use its words)"
                                    : " (identifiers are not features)");
    if (diag && numbers)
        snprintf(diag->hint, sizeof diag->hint, "%s", why);
    return CT_ETYPE;
}

static ct_status need_text(const ct_frame *f, const char *text, ct_diag *diag)
{
    size_t j;
    if (!text)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "text features need a text column (--text)");
    return ct_frame_find(f, text, &j, diag);
}

/* A name of the list as the user types it there ("\"views, total\""). */
static const char *as_item(char *buf, size_t cap, const char *name)
{
    ct_list_quote(buf, cap, name);
    return buf;
}

/* Item k of a list of columns (the list's items[0..n)). */
static ct_status add_listed(const ct_frame *f, const char *const *items, size_t n, size_t k,
                            const char *text, const char *const *exclude, size_t nexclude,
                            ct_feature_set *fs, uint8_t *taken, ct_diag *diag)
{
    const char *name = items[k];
    char item[CT_DIAG_MSG_MAX / 2];
    if (text && strcmp(name, text) == 0) {
        if (fs->text_ngrams)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "feature '%s' is listed twice",
                               as_item(item, sizeof item, name));
        fs->text_ngrams = fs->text_length = 1;
        return need_text(f, text, diag);
    }
    if (listed(name, exclude, nexclude))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "'%s' cannot be a feature: it is the %s",
                           as_item(item, sizeof item, name),
                           strcmp(name, exclude[0]) == 0 ? "target" : "id column (an identifier)");
    size_t j;
    ct_status st = ct_frame_find(f, name, &j, diag);
    if (st == CT_OK)
        return add_column(f, j, 1, fs, taken, diag);
    if (st != CT_ECOLUMN || !diag)
        return st;
    /* the list's view of the name, and why it may be absent: a column whose
     * name holds ',' split by the list, or a set's name inside a list of
     * columns ("text,engagement") */
    /* the option named and what it takes, the file's columns that can be
     * features listed, each as a list item is typed (before 2026-12-05 "required
     * column 'nosuch' is absent", as if the file lacked a column the
     * command needs: tests/cli/train_features_unknown_column) */
    char valid[CT_DIAG_MSG_MAX / 2] = "";
    size_t vl = 0;
    for (size_t q = 0; q < ct_frame_ncols(f) && vl < sizeof valid; q++) {
        const ct_column *c = ct_frame_col(f, q);
        const char *nm = ct_column_name(c);
        const ct_type t = ct_column_type(c);
        if (listed(nm, exclude, nexclude) ||
            !(t == CT_TYPE_INT || t == CT_TYPE_FLOAT || t == CT_TYPE_CATEGORY ||
              (text && strcmp(nm, text) == 0)))
            continue;
        char q1[CT_DIAG_MSG_MAX / 4]; /* as typed in a list: one holding ',' quoted */
        if (ct_list_quote(q1, sizeof q1, nm) >= sizeof q1) {
            vl = sizeof valid;
            break;
        }
        const int w = snprintf(valid + vl, sizeof valid - vl, "%s%s", vl ? ", " : "", q1);
        vl = w < 0 ? sizeof valid : vl + (size_t)w;
    }
    if (vl >= sizeof valid) /* cut: said, never a name cut in two */
        snprintf(valid, sizeof valid, "(too many to list: see the file's header)");
    ct_diag_set(diag, CT_ECOLUMN, ct_frame_source(f), 0, 0,
                "--features: no column '%s' in the file; give all, text, engagement or a "
                "comma-separated list of its columns: %s",
                as_item(item, sizeof item, name), valid[0] ? valid : "(none can be a feature)");
    ct_frame_diag_absent(diag, name);
    if (ct_frame_list_hint(f, items, n, k, diag->hint, sizeof diag->hint))
        ;
    else if (ct_frame_near_diag(f, name, diag), diag->hint[0])
        ;
    else if (!strcmp(name, "all") || !strcmp(name, "text") || !strcmp(name, "engagement"))
        snprintf(diag->hint, sizeof diag->hint,
                 "'%s' is a feature set (all, text or engagement), given alone; a "
                 "list names columns (the text column here: '%s')",
                 name, text ? text : "none");
    return st;
}

/* A list of columns (claimtriage/list.h: a name holding ',' is quoted),
 * split into a copy of set; the text column's name adds its n-grams and
 * lengths. */
static ct_status resolve_list(const ct_frame *f, const char *set, const char *text,
                              const char *const *exclude, size_t nexclude, ct_feature_set *fs,
                              uint8_t *taken, ct_diag *diag)
{
    const size_t cap = ct_list_max_items(set);
    char *buf = ct_strdup(set);
    const char **items = ct_calloc(cap, sizeof *items);
    size_t n = 0;
    ct_status st = buf && items ? CT_OK : ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    if (st == CT_OK && (st = ct_list_split(buf, 0, items, cap, &n, diag)) != CT_OK && diag) {
        char why[CT_DIAG_MSG_MAX];
        snprintf(why, sizeof why, "%s", diag->message);
        ct_diag_set(diag, st, NULL, 0, diag->column, "feature list '%s': %s", set, why);
    }
    for (size_t k = 0; k < n && st == CT_OK; k++)
        st = add_listed(f, items, n, k, text, exclude, nexclude, fs, taken, diag);
    ct_free(items);
    ct_free(buf);
    return st;
}

/* "all" selecting nothing: the file holds no numeric or categorical
 * column besides the target and id, and no text column with words. A fact
 * of the file read whole (CT_EDATA, the file named), with the options that
 * would select columns: its free-text columns by name for --text (before
 * 2026-12-04 a usage error, exit 2, naming neither the file nor the text
 * column a note had found: tests/cli/train_text_only_file). */
static ct_status none_selected(const ct_frame *f, const char *text, const char *const *exclude,
                               size_t nexclude, ct_diag *diag)
{
    ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                "no column of the file is a feature: --features all takes its numeric and "
                "categorical columns other than the target%s, and the words of the text column%s",
                nexclude > 1 ? " and the id" : "", text ? "" : " (none is named)");
    if (!diag)
        return CT_EDATA;
    char list[CT_DIAG_MSG_MAX / 2] = "";
    const char *first = NULL;
    size_t len = 0, nfree = 0;
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *c = ct_frame_col(f, j);
        const char *nm = ct_column_name(c);
        if (ct_column_type(c) != CT_TYPE_TEXT || listed(nm, exclude, nexclude) ||
            (text && strcmp(nm, text) == 0) || ct_column_nmissing(c) == ct_column_len(c))
            continue;
        if (!first)
            first = nm;
        nfree++;
        const int w = snprintf(list + len, sizeof list - len, "%s'%s'", nfree > 1 ? ", " : "", nm);
        if (w > 0 && (size_t)w < sizeof list - len)
            len += (size_t)w;
    }
    char word[CT_DIAG_MSG_MAX / 4];
    if (first) {
        ct_shell_option_value(word, sizeof word, first);
        snprintf(
            diag->hint, sizeof diag->hint,
            "%s %s free text: name %s as the text column to learn from its words (--text=%s)%s",
            list, nfree == 1 ? "is" : "are", nfree == 1 ? "it" : "one", word,
            text ? ", or a column of numbers or categories with --features=COL,..." : "");
    } else
        snprintf(diag->hint, sizeof diag->hint,
                 "the file holds no free-text, numeric or categorical column besides the "
                 "target%s: train needs one (--text=COL names a text column, --features=COL,... "
                 "lists columns); is this the reports file?",
                 nexclude > 1 ? " and the id" : "");
    return CT_EDATA;
}

ct_status ct_feature_set_resolve(const ct_frame *f, const char *set, const char *text,
                                 const char *const *exclude, size_t nexclude,
                                 const char *const *engagement, size_t nengagement,
                                 ct_feature_set *fs, ct_diag *diag)
{
    memset(fs, 0, sizeof *fs);
    if (!set || !*set)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "empty feature set");
    const size_t nc = ct_frame_ncols(f);
    fs->numeric = ct_calloc(nc + 1, sizeof *fs->numeric);
    fs->categorical = ct_calloc(nc + 1, sizeof *fs->categorical);
    uint8_t *taken = ct_calloc(nc + 1, 1);
    if (!fs->numeric || !fs->categorical || !taken) {
        ct_free(taken);
        ct_feature_set_free(fs);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    ct_status st = CT_OK;
    if (strcmp(set, "all") == 0) {
        const size_t nr = ct_frame_nrows(f);
        for (size_t j = 0; j < nc && st == CT_OK; j++) {
            const ct_column *c = ct_frame_col(f, j);
            const char *name = ct_column_name(c);
            /* a column empty in every row (an export's trailing delimiter,
             * 'Unnamed: 12') tells nothing, and as a feature it would be a
             * column every file the model reads must have */
            if (nr && ct_column_nmissing(c) == nr)
                continue;
            if (!listed(name, exclude, nexclude) && !(text && strcmp(name, text) == 0))
                st = add_column(f, j, 0, fs, taken, diag);
        }
        if (st == CT_OK && text) {
            st = need_text(f, text, diag);
            /* the text empty in every row is dropped as any empty column
             * is (no vocabulary to learn), and so is a text that holds no
             * word in any row (punctuation, emoji, one-letter words: before
             * 2026-12-04 the fit stopped on a fold's empty vocabulary;
             * tests/cli/train_all_text_no_word_dropped); "text" alone
             * still fails */
            size_t jt, worded = 1;
            if (st == CT_OK && nr && ct_frame_find(f, text, &jt, NULL) == CT_OK)
                st = ct_feature_text_words(ct_frame_col(f, jt), NULL, nr, 1, &worded);
            if (st == CT_ENOMEM)
                ct_diag_set(diag, st, NULL, 0, 0, "out of memory");
            fs->text_ngrams = fs->text_length = worded > 0;
        }
    } else if (strcmp(set, "text") == 0) {
        st = need_text(f, text, diag);
        fs->text_ngrams = 1;
    } else if (strcmp(set, "engagement") == 0) {
        if (nengagement == 0)
            st = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no engagement columns are defined");
        for (size_t k = 0; k < nengagement && st == CT_OK; k++) {
            /* the target or the id is never a feature, named in the
             * engagement list as in any other (before 2026-12-07
             * --engagement=claim_status fitted the label itself and scored
             * 1: tests/cli/train_engagement_target_refused) */
            if (listed(engagement[k], exclude, nexclude)) {
                char item[CT_DIAG_MSG_MAX / 2];
                st = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                                 "engagement column '%s' cannot be a feature: it is the %s",
                                 as_item(item, sizeof item, engagement[k]),
                                 strcmp(engagement[k], exclude[0]) == 0
                                     ? "target"
                                     : "id column (an identifier)");
                if (diag)
                    snprintf(diag->hint, sizeof diag->hint,
                             "the engagement set names it: name the set's columns without it "
                             "(--engagement=A,B,...)");
                break;
            }
            size_t j;
            st = ct_frame_find(f, engagement[k], &j, diag);
            if (st == CT_OK)
                st = add_column(f, j, 1, fs, taken, diag);
        }
    } else {
        st = resolve_list(f, set, text, exclude, nexclude, fs, taken, diag);
    }
    if (st == CT_OK && fs->nnumeric + fs->ncategorical == 0 && !fs->text_ngrams)
        st = strcmp(set, "all") == 0 ? none_selected(f, text, exclude, nexclude, diag)
                                     : ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                                                   "feature set '%s' selects no column", set);
    ct_free(taken);
    if (st != CT_OK)
        ct_feature_set_free(fs);
    return st;
}
