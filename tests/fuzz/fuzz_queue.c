/* fuzz_queue.c — libFuzzer target for the queue reader of `merge`
 * (triage/merge.c, ct_queue_merge): shard queues are outside input, written
 * by other machines and carried over a network. The input is written to a
 * file and merged alone, with capacity 0 and 3. Either the merge fails with
 * CT_EFORMAT or CT_EIO and a message, or it succeeds and its output, merged
 * again, gives the same bytes (the merge is idempotent: a queue is already
 * in queue order). A violated invariant aborts. Seeds:
 * tests/fuzz/corpus/queue/. */
#include <claimtriage/claimtriage.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *run(const char *path, size_t cap, ct_status *st, size_t *len)
{
    static const char *const order[] = {"banned", "under review", "active"};
    char *buf = NULL;
    FILE *out = open_memstream(&buf, len);
    if (!out)
        abort();
    ct_diag d;
    *st = ct_queue_merge(&path, 1, cap, order, 3, out, NULL, &d);
    fclose(out);
    if (*st != CT_OK && *st != CT_EFORMAT && *st != CT_EIO && *st != CT_ENOMEM)
        abort();
    if (*st != CT_OK && !d.message[0])
        abort();
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char in[] = "/tmp/fuzz_queue_in_XXXXXX", again[] = "/tmp/fuzz_queue_out_XXXXXX";
    int fd = mkstemp(in);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size)
        abort();
    close(fd);
    for (size_t cap = 0; cap <= 3; cap += 3) {
        ct_status st;
        size_t n = 0, n2 = 0;
        char *a = run(in, cap, &st, &n);
        if (st == CT_OK) {
            int fd2 = mkstemp(again);
            if (fd2 < 0 || write(fd2, a, n) != (ssize_t)n)
                abort();
            close(fd2);
            char *b = run(again, cap, &st, &n2);
            if (st != CT_OK || n != n2 || memcmp(a, b, n) != 0)
                abort();
            free(b);
            unlink(again);
            memcpy(again + sizeof again - 7, "XXXXXX", 6);
        }
        free(a);
    }
    unlink(in);
    return 0;
}
