/* Renders a data file with an installed vanthu through the C API:
 *   consumer_c <template> <data.json> <out.pdf>
 * and shows that bad input comes back as messages, not a crash. */
#include <vanthu/vanthu.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  FILE* f = fopen(argv[2], "rb");
  if (!f) return 2;
  static char data[1 << 20];
  size_t n = fread(data, 1, sizeof data, f);
  fclose(f);

  vanthu_engine* e = vanthu_engine_new(NULL, NULL);
  if (!e) return 3;
  vanthu_result* r = NULL;
  int rc = vanthu_render(e, argv[1], data, n, VANTHU_PDF | VANTHU_DOCX, &r);
  if (rc != VANTHU_OK) {
    fprintf(stderr, "render failed (%d): %s", rc, vanthu_result_messages(r));
    return 1;
  }
  size_t pdf_len = 0, docx_len = 0;
  const unsigned char* pdf = vanthu_result_pdf(r, &pdf_len);
  const unsigned char* docx = vanthu_result_docx(r, &docx_len);
  FILE* out = fopen(argv[3], "wb");
  if (!out || fwrite(pdf, 1, pdf_len, out) != pdf_len) return 3;
  fclose(out);

  vanthu_result* c = NULL;
  if (vanthu_check(e, docx, docx_len, &c) != VANTHU_OK) return 1;
  printf("vanthu %s: %zu bytes of PDF, %zu finding(s)\n", vanthu_version(), pdf_len, vanthu_result_finding_count(c));
  vanthu_result_free(c);
  vanthu_result_free(r);

  /* Bad input: the data path of the missing field comes back. */
  const char* bad = "{\"co_quan\": {\"ten\": \"Sở X\"}}";
  rc = vanthu_render(e, argv[1], bad, strlen(bad), VANTHU_PDF, &r);
  const char* messages = vanthu_result_messages(r);
  int ok = rc == VANTHU_BAD_INPUT && strstr(messages, "$.") != NULL && vanthu_result_pdf(r, NULL) == NULL;
  if (!ok) fprintf(stderr, "bad input not reported: rc=%d\n%s", rc, messages);
  vanthu_result_free(r);
  /* NULL handles are safe. */
  vanthu_result_free(NULL);
  vanthu_engine_free(NULL);
  if (vanthu_render(NULL, "x", "{}", 2, VANTHU_PDF, &r) != VANTHU_BAD_USAGE) ok = 0;
  vanthu_engine_free(e);
  return ok ? 0 : 1;
}
