/* What the fuzz targets share: the libFuzzer entry points, a registry of the plugins linked
 * into the target, bytes made into valid UTF-8, and checks that abort like a crash.
 *
 * Each target is one fuzz-*.c file.  Linked with -fsanitize=fuzzer it is a libFuzzer
 * program (fuzz/run.sh); linked with replay.c it is a check program that runs the same
 * entry points on the seed corpus and on every past crasher (make check). */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

#include <lector/lector.h>

G_BEGIN_DECLS

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A broken invariant is a finding like a crash: say which, and abort. */
#define FUZZ_CHECK(cond, ...)                                                                      \
  G_STMT_START                                                                                     \
  {                                                                                                \
    if (G_UNLIKELY (!(cond)))                                                                      \
      {                                                                                            \
        fprintf (stderr, "%s:%d: fuzz check failed: %s: ", __FILE__, __LINE__, #cond);             \
        fprintf (stderr, __VA_ARGS__);                                                             \
        fputc ('\n', stderr);                                                                      \
        abort ();                                                                                  \
      }                                                                                            \
  }                                                                                                \
  G_STMT_END

/* The descriptors of the plugins, linked into the targets from their sources. */
extern const LectorPluginInfo segment_LTX_lector_plugin_info;
extern const LectorPluginInfo langid_LTX_lector_plugin_info;
extern const LectorPluginInfo entities_LTX_lector_plugin_info;
extern const LectorPluginInfo quotes_LTX_lector_plugin_info;
extern const LectorPluginInfo summary_LTX_lector_plugin_info;

/* Once per process: makes GLib criticals and warnings fatal (a g_return_if_fail that
 * fires is a bug) and points LECTOR_DATA_PATH at the source tree's plugins/ unless set. */
void fuzz_setup (void);

/* Everything the two functions below made: they live as long as the process. */
extern GPtrArray *fuzz_kept;

/* A registry holding @infos (NULL-terminated), registered as built-in plugins. */
LectorRegistry *fuzz_registry_new (const LectorPluginInfo *const *infos);

/* A pipeline from key-file text, whose construction must succeed. */
LectorPipeline *fuzz_pipeline_new (LectorRegistry *registry, const char *config_text);

/* @data as valid UTF-8 without NUL: valid sequences are kept, and each byte that does not
 * start one becomes one of a few dozen strings chosen to matter to the plugins (curly
 * quotes, dashes, other scripts, paragraph separators, emoji, "said", "Mr."). */
char *fuzz_make_utf8 (const uint8_t *data, size_t size, gsize *length);

/* Checks what every layer of @doc promises: spans sorted, inside the text and on character
 * boundaries (lector_layer_add guarantees it), and so are the offset features ("*_start",
 * "*_end"), which output converts like spans; then converts the document to JSON. */
void fuzz_check_document (const LectorDocument *doc, LectorOffsetUnit unit);

G_END_DECLS
