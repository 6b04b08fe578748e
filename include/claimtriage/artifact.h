/* claimtriage/artifact.h — the header every JSON file claimtriage writes
 * carries, written and checked in one place.
 * Layer: io (docs/design.md).
 *
 * An artifact is a JSON object whose first four members are, in this order
 * (docs/formats.md, "The artifact header"):
 *
 *   "tool": "claimtriage"          who wrote it (CT_ARTIFACT_TOOL)
 *   "version": "0.1.0"             the writing library's ct_version()
 *   "command": "inspect"           what wrote it: the command whose --json
 *                                  output it is ("inspect", "eda", "test",
 *                                  "regress", "plan", ...), or, for a file
 *                                  that is not a command's output, its kind
 *                                  ("model")
 *   "schema_version": 1            an integer >= 1: the layout of the rest of
 *                                  the object, per command or kind; keys are
 *                                  only added within a schema version, and a
 *                                  removal or change of meaning increments it
 *
 * Every --json output of the CLI starts with it (written by
 * ct_artifact_begin), `plan --status` checks it (ct_artifact_load, through
 * ct_plan_status_dir), and the model file carries it too. A file counts as
 * the output of a command only when all four hold: the right tool, the
 * expected command, this version (another version may have another layout)
 * and a schema version >= 1.
 *
 * The encoder file (ct_encoder_save, claimtriage/encoder.h) is the one
 * exception: its third member is "kind": "encoder" instead of "command"
 * (docs/formats.md, "Encoder file"). So ct_artifact_check and
 * ct_artifact_load refuse it (CT_EFORMAT, "no \"command\" key") and
 * ct_artifact_sniff recognises it with the command ""; read it with
 * ct_encoder_load, which checks that header. Before 2026-12-04 this header
 * said the encoder file carried "command" (tests/unit/test_encoder.c,
 * test_header_is_kind).
 *
 * Ownership: arguments are borrowed. The strings of a ct_artifact_header
 * point into the document it was read from and stay valid until that
 * document is freed. Thread-safety: every function is reentrant; distinct
 * writers and documents may be used from distinct threads.
 */
#ifndef CLAIMTRIAGE_ARTIFACT_H
#define CLAIMTRIAGE_ARTIFACT_H

#include "claimtriage/common.h"
#include "claimtriage/json.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The value of "tool" in every artifact. */
#define CT_ARTIFACT_TOOL "claimtriage"

/* An artifact's header as read from a document. */
typedef struct ct_artifact_header {
    const char *tool;       /* "claimtriage" */
    const char *version;    /* the writer's ct_version() */
    const char *command;    /* the command or kind that wrote it */
    int64_t schema_version; /* >= 1 */
} ct_artifact_header;

/* Start an artifact on writer w (fresh: nothing written yet): open the
 * top-level object and write the four header members, tool, version
 * (ct_version()), command and schema_version, in that order. The caller
 * then writes its own members, closes the object (ct_json_object_end) and
 * calls ct_json_finish(). command should be a non-empty string and
 * schema_version >= 1: what is given is written as given (a NULL command
 * as null), and ct_artifact_check then refuses the file. Write errors are
 * the writer's (sticky, reported by ct_json_finish). The bytes are those
 * every --json output has carried since schema_version 1:
 *   {
 *     "tool": "claimtriage",
 *     "version": "0.1.0",
 *     "command": "inspect",
 *     "schema_version": 1                                                 */
CT_API void ct_artifact_begin(ct_json *w, const char *command, int64_t schema_version);

/* Check that root is an artifact with the expected header, in this order
 * (the first failure is the one reported):
 *   1. root is an object;
 *   2. "tool" is the string "claimtriage";
 *   3. "command" is a string, equal to `command` unless command is NULL;
 *   4. "version" is a string, equal to `version` unless version is NULL
 *      (pass ct_version() to require this build's version);
 *   5. "schema_version" is an integer (ct_json_int64) >= 1.
 * Returns CT_OK and fills *out (may be NULL; its strings point into root's
 * document); CT_EFORMAT when a check fails, with the reason in d (no file
 * name, line 0), for example
 *   not a claimtriage output (no "tool": "claimtriage")
 *   not a claimtriage output (the top level is a JSON array, not an object)
 *   no "command" key
 *   output of command 'eda', expected 'inspect'
 *   no "version" key
 *   version 0.0.9, expected 0.1.0
 *   no valid "schema_version" (an integer >= 1)
 * where strings quoted from the file are cut to 40 printable ASCII
 * characters ('?' for any other byte, "..." when cut); *out is zeroed then.
 * root NULL is CT_EFORMAT ("the top level is a JSON none"). */
CT_API ct_status ct_artifact_check(const ct_json_value *root, const char *command,
                                   const char *version, ct_artifact_header *out, ct_diag *d);

/* Read the JSON file at path (ct_json_parse_file with opt, NULL for the
 * defaults: at most 64 MiB, depth 256) and check its header
 * (ct_artifact_check with command and version). On CT_OK, *out (may be
 * NULL: check only) owns the document and *h (may be NULL; must be NULL
 * when out is) holds its header. Returns CT_OK; CT_EFORMAT (the header,
 * reason in d, file = path); the parse's CT_EIO (unreadable), CT_EEMPTY
 * (empty or whitespace only), CT_EDATA (not valid JSON, with line and
 * column in d; or larger than the limit, line 0), CT_ENOMEM; CT_EINVAL
 * (path NULL, or h without out). On failure *out is NULL. */
CT_API ct_status ct_artifact_load(const char *path, const char *command, const char *version,
                                  const ct_json_read_options *opt, ct_json_doc **out,
                                  ct_artifact_header *h, ct_diag *d);

/* Recognise a claimtriage artifact from the first bytes of a file,
 * head[0..n) (a model file, a --json output), without parsing all of it:
 * after an optional UTF-8 byte-order mark and white space, a '{' whose
 * first member is "tool": "claimtriage", as ct_artifact_begin writes it.
 * Returns 1 and the artifact's "command" (cut to cap - 1 printable ASCII
 * characters; "" when it is not among the first bytes) in command[0..cap)
 * (command may be NULL when cap is 0); 0 for anything else. Used by the
 * data loader so that an artifact given where a CSV is expected is named
 * as what it is. Pure function of its input; thread-safe. */
CT_API int ct_artifact_sniff(const char *head, size_t n, char *command, size_t cap);
/* An artifact given where a file of another kind was expected (a data CSV,
 * a queue): when head[0..n) sniffs as one, *diag (may be NULL) says "the
 * file is a claimtriage model file (made by train), not EXPECTED" or "...
 * JSON output (of 'CMD'), not EXPECTED", CT_EFORMAT, file path, and the
 * caller adds its hint. Returns CT_ARTIFACT_MODEL, CT_ARTIFACT_OUTPUT, or
 * 0 when head is no artifact (diag untouched). Thread-safe. */
enum { CT_ARTIFACT_MODEL = 1, CT_ARTIFACT_OUTPUT = 2 };
CT_API int ct_artifact_misplaced(const char *head, size_t n, const char *path, const char *expected,
                                 ct_diag *diag);

/* Check that dir is a folder a run could have written (claimtriage run FILE
 * -o DIR), before report or plan --status reads the artifacts in it. Only
 * its existence and kind are checked, not its contents. Returns CT_OK;
 * CT_EINVAL (dir NULL or "": "no folder given"); CT_EIO with file = dir and
 * "cannot read the folder: <strerror>" when stat fails (a missing folder,
 * ENOENT/ENOTDIR, also gets the hint to give a run's folder or run it
 * first), or "not a folder (give the run's output folder)" when dir is a
 * file or a device. Reentrant. */
CT_API ct_status ct_artifact_dir_check(const char *dir, ct_diag *d);

#ifdef __cplusplus
}
#endif
#endif
