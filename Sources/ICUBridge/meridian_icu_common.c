#include "meridian_icu.h"
#include "meridian_icu_internal.h"

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>

const char *meridian_icu_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

void meridian_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    meridian_copy_cstring(text, buffer, capacity);
}

void meridian_copy_cstring(const char *source, char *buffer, int32_t capacity) {
    if (buffer == NULL || capacity <= 0) {
        return;
    }
    int32_t i = 0;
    for (; source[i] != '\0' && i < capacity - 1; i++) {
        buffer[i] = source[i];
    }
    buffer[i] = '\0';
}

int32_t meridian_utf16_to_utf8(const UChar *source, int32_t source_length,
                               char *buffer, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8(buffer, capacity, &needed, source, source_length, &status);
    if (length != NULL) {
        *length = needed;
    }
    if (status == U_STRING_NOT_TERMINATED_WARNING) {
        return U_BUFFER_OVERFLOW_ERROR;
    }
    return status;
}

int32_t meridian_utf8_to_utf16(const char *source, UChar *buffer, int32_t capacity, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8(buffer, capacity, &needed, source, -1, &status);
    if (length != NULL) {
        *length = needed;
    }
    if (status == U_STRING_NOT_TERMINATED_WARNING) {
        return U_BUFFER_OVERFLOW_ERROR;
    }
    return status;
}
