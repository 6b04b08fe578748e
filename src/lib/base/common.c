/* common.c — status strings, diagnostics, allocation wrappers. */
#include "claimtriage/common.h"
#include "claimtriage/textwidth.h"
#include "base/names.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#ifndef CT_VERSION
#define CT_VERSION "0.0.0"
#endif

const char *ct_version(void) { return CT_VERSION; }

const char *ct_status_str(ct_status s)
{
    switch (s) {
    case CT_OK: return "success";
    case CT_ENOMEM: return "out of memory";
    case CT_EIO: return "input/output error";
    case CT_EDATA: return "malformed input data";
    case CT_ECOLUMN: return "required column is absent";
    case CT_EEMPTY: return "no data";
    case CT_EINVAL: return "invalid argument";
    case CT_ETYPE: return "column has the wrong type";
    case CT_ENUMERIC: return "numerical failure";
    case CT_ESEPARATION: return "complete or quasi-complete separation";
    case CT_ENOCONVERGE: return "did not converge";
    case CT_EFORMAT: return "unrecognised file format or version";
    case CT_EINTERNAL: return "internal error";
    }
    return "unknown status";
}

ct_status ct_diag_set(ct_diag *d, ct_status status, const char *file, long line, long column,
                      const char *fmt, ...)
{
    if (!d)
        return status;
    d->status = status;
    d->line = line;
    d->column = column;
    d->hint[0] = '\0';
    d->kind = 0;
    d->cause_column[0] = d->cause_value[0] = '\0';
    d->cause_rows = 0;
    d->near_name[0] = d->near_differs[0] = '\0';
    ct_textwidth_snprintf(d->file, sizeof d->file, "%s", file ? file : "");
    va_list ap;
    va_start(ap, fmt);
    ct_textwidth_vsnprintf(d->message, sizeof d->message, fmt, ap);
    va_end(ap);
    return status;
}

static const char *const cause_names[] = {NULL, "folds_lack_class", "one_group", "column_absent",
                                          "one_class"};

const char *ct_diag_cause_name(int cause) { return ct_name_of(CT_NAMES(cause_names), cause); }

ct_diag_cause ct_diag_cause_from_name(const char *name)
{
    return (ct_diag_cause)ct_name_code(CT_NAMES(cause_names), name); /* 0: CT_DIAG_CAUSE_NONE */
}

void ct_diag_clear(ct_diag *d)
{
    if (!d)
        return;
    memset(d, 0, sizeof *d);
}

/* Failure injection state: countdown < 0 means disabled. Atomic, as the
 * loader, inspect and the helper thread allocate from several threads (the
 * countdown itself is meant for single-threaded tests). */
static atomic_long alloc_countdown = -1;
static atomic_long alloc_count = 0;

static int alloc_should_fail(void)
{
    atomic_fetch_add_explicit(&alloc_count, 1, memory_order_relaxed);
    long c = atomic_load_explicit(&alloc_countdown, memory_order_relaxed);
    if (c < 0)
        return 0;
    if (c == 0)
        return 1;
    atomic_fetch_sub_explicit(&alloc_countdown, 1, memory_order_relaxed);
    return 0;
}

long ct_alloc_fail_after(long n)
{
    long c = atomic_exchange_explicit(&alloc_count, 0, memory_order_relaxed);
    atomic_store_explicit(&alloc_countdown, n < 0 ? -1 : n, memory_order_relaxed);
    return c;
}

void *ct_malloc(size_t n)
{
    if (alloc_should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *ct_calloc(size_t n, size_t size)
{
    if (alloc_should_fail())
        return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void *ct_realloc(void *p, size_t n)
{
    if (alloc_should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void ct_free(void *p) { free(p); }

char *ct_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = ct_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}
