/* Helpers shared by the bridge's .c files; not part of the public header. */
#ifndef MERIDIAN_ICU_INTERNAL_H
#define MERIDIAN_ICU_INTERNAL_H

#include <stdint.h>
#include <unicode/utypes.h>

void meridian_copy_cstring(const char *source, char *buffer, int32_t capacity);
int32_t meridian_utf16_to_utf8(const UChar *source, int32_t source_length,
                               char *buffer, int32_t capacity, int32_t *length);
int32_t meridian_utf8_to_utf16(const char *source, UChar *buffer, int32_t capacity, int32_t *length);

#endif
