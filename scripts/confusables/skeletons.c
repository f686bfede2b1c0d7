/*
 * Prints the UTS #39 confusable skeleton of every letter of the Latin, Greek
 * and Cyrillic blocks, one per line: "<code point hex> <script> <upper 0|1> <skeleton hex…>".
 * Built and run by generate.mjs against the system ICU (libicu-dev).
 */
#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/uversion.h>

int main(void) {
  UErrorCode status = U_ZERO_ERROR;
  USpoofChecker *checker = uspoof_open(&status);
  if (U_FAILURE(status)) return 1;
  UVersionInfo unicode;
  u_getUnicodeVersion(unicode);
  printf("# unicode %d.%d\n", unicode[0], unicode[1]);
  static const UChar32 ranges[][2] = {{0x41, 0x24f}, {0x370, 0x3ff}, {0x400, 0x52f}};
  for (int r = 0; r < 3; r++) {
    for (UChar32 c = ranges[r][0]; c <= ranges[r][1]; c++) {
      if (!u_isalpha(c)) continue;
      UScriptCode script = uscript_getScript(c, &status);
      const char *name = script == USCRIPT_LATIN ? "Latn" : script == USCRIPT_GREEK ? "Grek" : script == USCRIPT_CYRILLIC ? "Cyrl" : NULL;
      if (name == NULL) continue;
      UChar in[2];
      int32_t inLength = 0;
      U16_APPEND_UNSAFE(in, inLength, c);
      UChar out[32];
      status = U_ZERO_ERROR;
      int32_t outLength = uspoof_getSkeleton(checker, 0, in, inLength, out, 32, &status);
      if (U_FAILURE(status)) return 2;
      printf("%04X %s %d", c, name, u_isupper(c) ? 1 : 0);
      for (int32_t i = 0; i < outLength; i++) printf(" %04X", out[i]);
      printf("\n");
    }
  }
  uspoof_close(checker);
  return 0;
}
