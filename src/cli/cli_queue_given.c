/* cli_queue_given.c — a queue given where a reports file is read, said as
 * such before anything else about the file (cli.h). */
#include "cli.h"

int cli_fail_queue_given(const ct_frame *f, const char *not_what, const char *hint)
{
    ct_diag d;
    ct_diag_clear(&d);
    if (!ct_queue_given_diag(f, not_what, hint, &d))
        return 0;
    cli_print_diag(&d);
    return CLI_EXIT_DATA;
}
