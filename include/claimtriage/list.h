/* claimtriage/list.h — the lists options take (--columns, --by, --features,
 * --na-values, --pair, ...): one splitter and one writer for the whole
 * tool, so that a column whose name holds a ',' can be named in any list.
 * Layer: base (docs/design.md).
 *
 * A list is split as one CSV record is (RFC 4180, docs/cli.md "Lists in
 * options"):
 *   - items are separated by ',';
 *   - an item that starts with '"' is quoted: it runs to the closing '"',
 *     inside it ',' is literal and '""' is one '"'; the closing quote is
 *     followed by ',' or the end of the list;
 *   - any other item is taken as written, up to the next ',' (spaces and a
 *     '"' after its first character included), so a list without quotes
 *     means what it always meant: "a,b" is a and b.
 * Faults, each a CT_EINVAL with a message saying which item and why (the
 * caller puts its option's name in front): an empty item (two ',' in a
 * row, or one at an end; allowed with CT_LIST_EMPTY_OK), a quote that is
 * not closed, text after a closing quote.
 *
 * Ownership: arguments are borrowed (common.h); ct_list_split writes into
 * the caller's buffer and array. Thread-safety: reentrant, no state.
 */
#ifndef CLAIMTRIAGE_LIST_H
#define CLAIMTRIAGE_LIST_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ct_list_split flag: an empty item is an item ("" or a ',' at an end),
 * not an error (--na-values, whose tokens are values, not names). */
#define CT_LIST_EMPTY_OK 1u

/* Split the NUL-terminated list in buf, in place (quotes removed, '""'
 * made one '"'; an item is never longer than its text, so it fits where it
 * was). items[0..cap) get pointers into buf, in order; *n gets the number
 * of items in the list, which may exceed cap (the items past cap are not
 * stored: the caller says its own "at most N"). ct_list_max_items(buf)
 * entries always suffice. flags: 0 or CT_LIST_EMPTY_OK.
 * Returns CT_OK, or CT_EINVAL with diag's message naming the item (1-based)
 * and the fault, and diag->column the 1-based byte offset in the list where
 * it was found; buf's contents are then unspecified. An empty buf is one
 * empty item. items may be NULL when cap is 0 (to count). */
CT_API ct_status ct_list_split(char *buf, unsigned flags, const char **items, size_t cap, size_t *n,
                               ct_diag *diag);

/* An upper bound of the number of items in list s (its ',' count + 1). */
CT_API size_t ct_list_max_items(const char *s);

/* 1 when name must be quoted as a list item (it holds ',' or '"'), else 0. */
CT_API int ct_list_needs_quotes(const char *name);

/* Write name as a list item into out (cap bytes, NUL-terminated when
 * cap >= 1): as it is, or, when ct_list_needs_quotes(name), in double
 * quotes with each '"' doubled; an empty name is written "". ct_list_split
 * reads the item back as name. Returns the length the whole item needs
 * (without the NUL), as snprintf does: the item was cut when it is >= cap.
 * For messages ("--columns names '\"views, total\"' twice") and for lists
 * stored as text. */
CT_API size_t ct_list_quote(char *out, size_t cap, const char *name);

/* Append name as a list item to the list in out (cap bytes), after a ','
 * when out is not empty. Returns the length the whole list needs, as
 * ct_list_quote does. */
CT_API size_t ct_list_append(char *out, size_t cap, const char *name);

#ifdef __cplusplus
}
#endif
#endif
