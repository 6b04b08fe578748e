/* run_folder.h — the run folder of `claimtriage run` (run_folder.c). */
#ifndef CT_RUN_FOLDER_H
#define CT_RUN_FOLDER_H

#include <stddef.h>

/* dir/name, malloc()ed; NULL when out of memory. */
char *run_path_in(const char *dir, const char *name);

/* Files under a folder (one level of subfolders), as "name" or "sub/name",
 * except logs/, manifest.json and names starting with '.'; sorted. */
typedef struct listing {
    char **name;
    size_t n, cap;
} listing;
/* 0, or -1 when dir cannot be read (a missing dir lists nothing). */
int run_list_dir(const char *dir, listing *l);
void run_listing_free(listing *l);
/* name is in l. */
int run_listed(const listing *l, const char *name);
/* Whether stage (a run's stage name: "plan", "train", ...; NULL: any of
 * them) writes the file name ("name" or "sub/name", relative to DIR):
 * its artifact and the files its command writes (train's model.ctm,
 * score's queue.csv, eda's and queue-eval's charts/, report's files,
 * demo's synth sample.csv). Only those are its outputs in the manifest,
 * and a rerun refuses a file of such a name that the earlier run did not
 * write. Returns 1 (a name of its own), 2 (a file in a folder it writes
 * into, as charts/, which another stage writes into too), 0 (none). */
int run_stage_writes(const char *stage, const char *name);
/* mkdir -p (cli_make_dirs); 0 or -1 (errno set). */
int run_make_dir(const char *dir);
/* DIR must be new, empty, or an earlier run's folder (a manifest.json of
 * command "run"), and no other run may be writing into it (a flock(2) on
 * the folder, held until the process ends; exit 2 when another run holds
 * it): then the files its manifest lists, the files `report DIR` writes
 * there (report.html, report.json, report.pdf, listed or not), its logs and
 * the manifest are removed, all but input (the run's FILE, may be NULL), which stays when
 * the earlier run wrote it (demo's sample.csv). A file there that the
 * earlier run did not write (its manifest does not list it) and that this
 * run would write (run_stage_writes) is the user's: refused, exit 2,
 * before anything is removed. keep (may be NULL) is a
 * file allowed in a folder that is not a run's (demo's sample). Returns 0
 * or an exit code after a message. */
int run_prepare_dir(const char *dir, const char *keep, const char *input);

#endif
