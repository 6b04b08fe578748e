/* mapfile.c — read-only whole-file mappings (see mapfile.h). */
#include "io/mapfile.h"

#include "io/csv_internal.h"
#include "io/gzip.h"

#include "claimtriage/common.h"

#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int ct_map_file(const char *path, ct_mapping *m)
{
    memset(m, 0, sizeof *m);
    /* only a regular file is opened here: a FIFO opened and closed unread
     * would lose its writer (SIGPIPE when it writes between this close and
     * the reader's open) and the reader's own open would then wait forever */
    struct stat pre;
    if (stat(path, &pre) != 0 || !S_ISREG(pre.st_mode))
        return -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    long page = sysconf(_SC_PAGESIZE);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 || page <= 0 ||
        (unsigned long long)st.st_size > (size_t)-1 / 2) {
        close(fd);
        return -1;
    }
    size_t len = (size_t)st.st_size, pg = (size_t)page;
    size_t size = (len + CT_CSV_PAD + pg - 1) / pg * pg;
    /* Reserve file + padding as zero pages, then map the file over the
     * start: the padding past the file's last page reads as zeros (the rest
     * of that last page is zero-filled by the kernel). */
    void *a = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED) {
        close(fd);
        return -1;
    }
    void *f = mmap(a, len, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    close(fd);
    if (f == MAP_FAILED) {
        munmap(a, size);
        return -1;
    }
    m->addr = a;
    m->size = size;
    m->data = a;
    m->len = len;
    return 0;
}

int ct_map_gunzip(ct_mapping *m, const char **err, ct_progress_fn progress, void *user)
{
    if (!m->data || !ct_gzip_magic(m->data, m->len))
        return 0;
    char *buf;
    size_t len;
    if (ct_gunzip_mem(m->data, m->len, CT_CSV_PAD, &buf, &len, err, progress, user))
        return -1;
    ct_unmap(m);
    m->addr = buf;
    m->size = len + CT_CSV_PAD;
    m->data = buf;
    m->len = len;
    m->heap = 1;
    return 0;
}

void ct_unmap(ct_mapping *m)
{
    if (m->addr && m->heap)
        ct_free(m->addr);
    else if (m->addr)
        munmap(m->addr, m->size);
    memset(m, 0, sizeof *m);
}
