/* vanthu — the C API of the engine that issues Vietnamese administrative
 * documents, for programs in C and for other languages' foreign-function
 * interfaces (C# P/Invoke, Java FFM/JNA, PHP FFI, Python ctypes/cffi).
 *
 *   vanthu_engine* e = vanthu_engine_new(NULL, NULL);
 *   vanthu_result* r = NULL;
 *   int rc = vanthu_render(e, "ke-hoach", json, json_len, VANTHU_PDF, &r);
 *   if (rc == VANTHU_OK) { size_t n; const unsigned char* pdf = vanthu_result_pdf(r, &n); ... }
 *   else fputs(vanthu_result_messages(r), stderr);
 *   vanthu_result_free(r);
 *   vanthu_engine_free(e);
 *
 * Every function is safe to call with NULL handles. An engine is not
 * thread-safe: use one per thread. Strings are UTF-8; buffers belong to the
 * handle they came from and live until it is freed. Link with -lvanthu. */
#ifndef VANTHU_H
#define VANTHU_H

#include <stddef.h>

#if defined(__GNUC__)
#define VANTHU_C_PUBLIC __attribute__((visibility("default")))
#else
#define VANTHU_C_PUBLIC
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes, the same as the CLI's exit codes. */
enum vanthu_status {
  VANTHU_OK = 0,
  VANTHU_BAD_INPUT = 1,  /* the template or the data is wrong: see the messages */
  VANTHU_BAD_USAGE = 2,  /* a NULL or invalid argument */
  VANTHU_FAILURE = 3     /* the machine failed (fonts missing, out of memory, I/O) */
};

/* Output formats for vanthu_render, combined with |. */
enum vanthu_format { VANTHU_DOCX = 1, VANTHU_PDF = 2 };

typedef struct vanthu_engine vanthu_engine;
typedef struct vanthu_result vanthu_result;

VANTHU_C_PUBLIC const char* vanthu_version(void);

/* templates_dir, fonts_dir: NULL or "" for the installation's defaults.
 * Returns NULL when the engine cannot start (fonts missing). */
VANTHU_C_PUBLIC vanthu_engine* vanthu_engine_new(const char* templates_dir, const char* fonts_dir);
VANTHU_C_PUBLIC void vanthu_engine_free(vanthu_engine* engine);

/* Renders `template_name` with the JSON object in data[0..data_len). On
 * return *result holds the outputs or the messages (free it in both cases). */
VANTHU_C_PUBLIC int vanthu_render(vanthu_engine* engine, const char* template_name, const char* data,
                                  size_t data_len, int formats, vanthu_result** result);

/* Checks a DOCX against Nghị định 30. VANTHU_OK: read (the findings may be
 * empty or not); VANTHU_BAD_INPUT: not a readable DOCX (see the messages). */
VANTHU_C_PUBLIC int vanthu_check(vanthu_engine* engine, const unsigned char* docx, size_t docx_len,
                                 vanthu_result** result);

/* The outputs; NULL with *len = 0 when not made. */
VANTHU_C_PUBLIC const unsigned char* vanthu_result_docx(const vanthu_result* result, size_t* len);
VANTHU_C_PUBLIC const unsigned char* vanthu_result_pdf(const vanthu_result* result, size_t* len);
/* Errors and warnings, one per line ("where: error: message"); "" if none. */
VANTHU_C_PUBLIC const char* vanthu_result_messages(const vanthu_result* result);
/* For vanthu_check: the findings as a JSON array; "[]" when clean. */
VANTHU_C_PUBLIC const char* vanthu_result_findings_json(const vanthu_result* result);
/* For vanthu_check: the number of findings. */
VANTHU_C_PUBLIC size_t vanthu_result_finding_count(const vanthu_result* result);
VANTHU_C_PUBLIC void vanthu_result_free(vanthu_result* result);

#ifdef __cplusplus
}
#endif

#endif /* VANTHU_H */
