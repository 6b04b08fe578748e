/* delim_thousands.c — a row with too many fields because its counts are
 * written with the delimiter as their thousands separator (4,593 in an
 * unquoted ',' file): the evidence that re-joins its fields.
 *
 * The row is aligned to the header as a path over (field, column): each
 * column takes one field, or, a numeric column only, a group of fields
 * that is a number split at its separators: a first field of one to three
 * digits (a sign allowed) and one or more fields of exactly three digits.
 * A numeric column is one the schema types as a number (int or float;
 * inferred columns are not judged: what they hold is known only once the
 * whole file is read, and the parallel parts would judge them on fewer
 * rows), and a field it takes alone must be a number or missing, so that
 * a shift of the fields (an unquoted delimiter in a text field) is no
 * alignment. The row is said to be such when some alignment uses exactly
 * its extra fields; the columns any alignment splits are named. Dynamic
 * programming over the columns and the fields gone past them (at most the
 * extra ones): O(columns x extra x group) time. */
#include "frame/loader.h"

#include <string.h>

/* Rows with more extra fields than this are not judged (a wrong
 * delimiter, not a few numbers). */
#define DT_MAX_EXTRA 16

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return n > 0;
}

/* Field f starts a split number: one to three digits, a sign allowed. */
static int lead_group(const ct_csv_field *f)
{
    if (f->quoted || !f->ptr)
        return 0;
    size_t k = f->len && (f->ptr[0] == '-' || f->ptr[0] == '+');
    return f->len - k >= 1 && f->len - k <= 3 && all_digits(f->ptr + k, f->len - k);
}

/* Field f goes on a split number: exactly three digits. */
static int next_group(const ct_csv_field *f)
{
    return !f->quoted && f->ptr && f->len == 3 && all_digits(f->ptr, 3);
}

static int numeric_column(const loader *L, size_t j)
{
    return L->types[j] == CT_TYPE_INT || L->types[j] == CT_TYPE_FLOAT;
}

/* Field f alone is a value column j may hold. */
static int fits(const loader *L, size_t j, const ct_csv_field *f)
{
    if (!numeric_column(L, j))
        return 1;
    if (!f->ptr || is_na(&L->na, f->ptr, f->len))
        return 1;
    double v;
    int integral;
    return col_parse_number(L->f->cols[j], f->ptr, f->len, &v, &integral, NULL) == 0;
}

int loader_delim_thousands(const loader *L, const ct_csv_record *rec, char *cols, size_t cap)
{
    const size_t M = L->ncols, n = rec->nfields;
    if (cap)
        cols[0] = '\0';
    if (L->opt->delimiter != ',' || n <= M || n - M > DT_MAX_EXTRA || !L->types || !L->f)
        return 0;
    const size_t E = n - M, W = E + 1; /* state (j, d): column j next, field j + d next */
    uint8_t *fin = ct_calloc((M + 1) * W, 1), *reach = ct_calloc((M + 1) * W, 1);
    if (!fin || !reach) {
        ct_free(fin);
        ct_free(reach);
        return 0;
    }
    fin[M * W + E] = 1;
    for (size_t j = M; j-- > 0;)
        for (size_t d = 0; d <= E; d++) {
            const ct_csv_field *f = &rec->fields[j + d];
            int ok = fits(L, j, f) && fin[(j + 1) * W + d];
            if (!ok && numeric_column(L, j) && lead_group(f))
                for (size_t g = 1; d + g <= E && next_group(&rec->fields[j + d + g]); g++)
                    if (fin[(j + 1) * W + d + g]) {
                        ok = 1;
                        break;
                    }
            fin[j * W + d] = (uint8_t)ok;
        }
    int found = fin[0];
    if (found) { /* the columns some alignment splits, in header order */
        size_t w = 0;
        reach[0] = 1;
        for (size_t j = 0; j < M; j++) {
            int split = 0;
            for (size_t d = 0; d <= E; d++) {
                if (!reach[j * W + d])
                    continue;
                const ct_csv_field *f = &rec->fields[j + d];
                if (fits(L, j, f))
                    reach[(j + 1) * W + d] = 1;
                if (!numeric_column(L, j) || !lead_group(f))
                    continue;
                for (size_t g = 1; d + g <= E && next_group(&rec->fields[j + d + g]); g++) {
                    reach[(j + 1) * W + d + g] = 1;
                    split |= fin[(j + 1) * W + d + g];
                }
            }
            if (split && cap) {
                const int k = snprintf(cols + w, cap - w, "%s'%s'", w ? " or " : "", L->header[j]);
                w = k > 0 && (size_t)k < cap - w ? w + (size_t)k : w;
            }
        }
    }
    ct_free(fin);
    ct_free(reach);
    return found;
}
