/*
 * Prints the UTS #39 confusable skeleton of every letter of the Latin, Greek
 * and Cyrillic blocks, and of the blocks beyond them that draw Latin letters
 * (IPA and phonetic letters, small capitals, Armenian, Cherokee, Lisu: script
 * "Othr", never a target), one per line: "<code point hex> <script> <upper 0|1> <skeleton hex…>".
 * A small capital that UTS #39 leaves alone ("ʀ") takes its letter's lower case: it draws as one.
 * Built and run by generate.mjs against the system ICU (libicu-dev).
 */
#include <stdio.h>
#include <string.h>
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
  static const UChar32 ranges[][2] = {{0x41, 0x24f}, {0x370, 0x3ff}, {0x400, 0x52f}, {0x250, 0x2af}, {0x530, 0x58f},
                                       {0x13a0, 0x13ff}, {0x1d00, 0x1d7f}, {0xa4d0, 0xa4ff}, {0xab70, 0xabbf}};
  static const char SMALL_CAPITAL[] = "LATIN LETTER SMALL CAPITAL ";
  for (int r = 0; r < 9; r++) {
    for (UChar32 c = ranges[r][0]; c <= ranges[r][1]; c++) {
      if (!u_isalpha(c)) continue;
      UScriptCode script = uscript_getScript(c, &status);
      const char *name = r >= 3 ? "Othr" : script == USCRIPT_LATIN ? "Latn" : script == USCRIPT_GREEK ? "Grek" : script == USCRIPT_CYRILLIC ? "Cyrl" : NULL;
      if (name == NULL) continue;
      char charName[128];
      status = U_ZERO_ERROR;
      u_charName(c, U_UNICODE_CHAR_NAME, charName, sizeof charName, &status);
      size_t prefix = strlen(SMALL_CAPITAL);
      if (r >= 3 && strncmp(charName, SMALL_CAPITAL, prefix) == 0 && strlen(charName) == prefix + 1) {
        printf("%04X %s 0 %04X\n", c, name, charName[prefix] - 'A' + 'a');
        continue;
      }
      UChar in[2];
      int32_t inLength = 0;
      U16_APPEND_UNSAFE(in, inLength, c);
      UChar out[32];
      status = U_ZERO_ERROR;
      int32_t outLength = uspoof_getSkeleton(checker, 0, in, inLength, out, 32, &status);
      if (U_FAILURE(status)) return 2;
      // A letter without case (Lisu "ꓲ") draws like a capital.
      printf("%04X %s %d", c, name, u_isupper(c) || (r >= 3 && !u_islower(c)) ? 1 : 0);
      for (int32_t i = 0; i < outLength; i++) printf(" %04X", out[i]);
      printf("\n");
    }
  }
  uspoof_close(checker);
  return 0;
}
