/* plan_schedule.c — planned dates of the milestones: working days from the
 * effort estimates and the dependencies, and calendar dates from a start
 * date (claimtriage/plan.h states the rule). Calendar arithmetic is the
 * proleptic Gregorian days-from-civil conversion (H. Hinnant, "chrono-
 * compatible low-level date algorithms"): no clock, time zone or locale is
 * involved, so the plan is the same on every machine.
 */
#include "claimtriage/plan.h"
#include "claimtriage/textwidth.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int64_t y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : dm[m - 1];
}

static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* ISO weekday: 1 Monday .. 7 Sunday (1970-01-01 was a Thursday). */
static int weekday(int64_t days) { return (int)(((days + 3) % 7 + 7) % 7) + 1; }

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int number(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

ct_status ct_plan_date_parse(const char *text, int64_t *days, ct_diag *d)
{
    if (!text || !days)
        return ct_diag_set(d, CT_EINVAL, "--start", 0, 0, "ct_plan_date_parse: NULL argument");
    size_t len = strlen(text);
    if (len != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 4) || !digits(text + 5, 2) ||
        !digits(text + 8, 2)) {
        char shown[41]; /* 40 bytes of it, between characters */
        ct_textwidth_fit(shown, sizeof shown, text, len, SIZE_MAX, NULL, 0);
        return ct_diag_set(d, CT_EINVAL, "--start", 0, 0,
                           "'%s' is not a date in the form YYYY-MM-DD (e.g. 2026-12-01)", shown);
    }
    int y = number(text, 4), m = number(text + 5, 2), day = number(text + 8, 2);
    if (y < 1900)
        return ct_diag_set(d, CT_EINVAL, "--start", 0, 0,
                           "'%s' is not a date: year %d (expected 1900..9999)", text, y);
    if (m < 1 || m > 12)
        return ct_diag_set(d, CT_EINVAL, "--start", 0, 0,
                           "'%s' is not a date: month %02d (expected 01..12)", text, m);
    if (day < 1 || day > month_days(y, m))
        return ct_diag_set(d, CT_EINVAL, "--start", 0, 0,
                           "'%s' is not a date: day %02d (%04d-%02d has %d days)", text, day, y, m,
                           month_days(y, m));
    *days = days_from_civil(y, m, day);
    return CT_OK;
}

int ct_plan_date_format(int64_t days, char out[CT_PLAN_DATE_SIZE])
{
    int64_t y;
    int m, d;
    civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        snprintf(out, CT_PLAN_DATE_SIZE, "?");
    else
        snprintf(out, CT_PLAN_DATE_SIZE, "%04d-%02d-%02d", (int)y, m, d);
    return weekday(days);
}

/* The date of working day n (1-based) counted from day1, a working day. */
static int64_t working_day(int64_t day1, int n)
{
    int64_t t = day1;
    for (int k = 1; k < n; k++) {
        t++;
        while (weekday(t) > 5)
            t++;
    }
    return t;
}

ct_status ct_plan_schedule(const char *start, ct_plan_dates *out, int *ndays, ct_diag *d)
{
    if (ndays)
        *ndays = 0;
    if (!out)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "ct_plan_schedule: NULL argument");
    int64_t day1 = 0;
    if (start) {
        ct_status s = ct_plan_date_parse(start, &day1, d);
        if (s)
            return s;
        while (weekday(day1) > 5)
            day1++;
    }
    size_t n = ct_plan_count();
    int last = 0;
    for (size_t i = 0; i < n; i++) {
        const ct_plan_milestone *m = ct_plan_at(i);
        int begin = 1;
        for (size_t k = 0; k < CT_PLAN_MAX_DEPS && m->depends[k]; k++) {
            size_t j = ct_plan_index(m->depends[k]);
            if (j < i && out[j].end_day + 1 > begin)
                begin = out[j].end_day + 1;
        }
        int len = (int)ceil(m->effort_days);
        if (len < 1)
            len = 1;
        out[i].start_day = begin;
        out[i].end_day = begin + len - 1;
        out[i].start[0] = out[i].end[0] = '\0';
        if (start) {
            ct_plan_date_format(working_day(day1, out[i].start_day), out[i].start);
            ct_plan_date_format(working_day(day1, out[i].end_day), out[i].end);
        }
        if (out[i].end_day > last)
            last = out[i].end_day;
    }
    if (ndays)
        *ndays = last;
    /* the dates are written YYYY-MM-DD: a schedule running past 9999-12-31
     * cannot be written, so its start is refused, naming the latest one */
    const int64_t max_day = days_from_civil(9999, 12, 31);
    if (start && last > 0 && working_day(day1, last) > max_day) {
        int64_t latest = max_day;
        while (weekday(latest) > 5 || working_day(latest, last) > max_day)
            latest--;
        char lt[CT_PLAN_DATE_SIZE];
        ct_plan_date_format(latest, lt);
        if (ndays)
            *ndays = 0;
        for (size_t i = 0; i < n; i++)
            out[i].start[0] = out[i].end[0] = '\0';
        return ct_diag_set(d, CT_EINVAL, "--start", 0, 0,
                           "'%s': the plan's %d working days from it end after 9999-12-31, the "
                           "last date a YYYY-MM-DD can hold; start on %s or earlier",
                           start, last, lt);
    }
    return CT_OK;
}
