#include "meridian_icu.h"
#include "meridian_icu_internal.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/ustring.h>

/* One handle wraps either a skeleton formatter (unumf) or a pattern formatter (unum). */
struct MeridianICUNumberFormatter {
    UNumberFormatter *skeleton_formatter;
    UFormattedNumber *result;
    UNumberFormat *pattern_formatter;
    UChar *scratch;
    int32_t scratch_capacity;
};

static MeridianICUNumberFormatter *formatter_alloc(void) {
    MeridianICUNumberFormatter *formatter = calloc(1, sizeof *formatter);
    if (formatter == NULL) {
        return NULL;
    }
    formatter->scratch_capacity = 256;
    formatter->scratch = malloc(sizeof(UChar) * (size_t)formatter->scratch_capacity);
    if (formatter->scratch == NULL) {
        free(formatter);
        return NULL;
    }
    return formatter;
}

static UChar *utf16_copy(const char *text, int32_t *length, int32_t *status) {
    int32_t needed = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, &needed, text, -1, &error);
    UChar *buffer = malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (buffer == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    error = U_ZERO_ERROR;
    u_strFromUTF8(buffer, needed + 1, &needed, text, -1, &error);
    if (U_FAILURE(error)) {
        free(buffer);
        *status = error;
        return NULL;
    }
    *length = needed;
    *status = U_ZERO_ERROR;
    return buffer;
}

int32_t meridian_icu_number_formatter_open_skeleton(const char *skeleton, const char *locale,
                                                    MeridianICUNumberFormatter **out,
                                                    int32_t *error_offset) {
    *out = NULL;
    *error_offset = -1;
    int32_t status = U_ZERO_ERROR;
    int32_t length = 0;
    UChar *text = utf16_copy(skeleton, &length, &status);
    if (text == NULL) {
        return status;
    }
    MeridianICUNumberFormatter *formatter = formatter_alloc();
    if (formatter == NULL) {
        free(text);
        return U_MEMORY_ALLOCATION_ERROR;
    }
    UErrorCode error = U_ZERO_ERROR;
    UParseError parse_error;
    memset(&parse_error, 0, sizeof parse_error);
    formatter->skeleton_formatter =
        unumf_openForSkeletonAndLocaleWithError(text, length, locale, &parse_error, &error);
    free(text);
    if (U_SUCCESS(error)) {
        formatter->result = unumf_openResult(&error);
    }
    if (U_FAILURE(error)) {
        *error_offset = parse_error.offset;
        meridian_icu_number_formatter_close(formatter);
        return error;
    }
    *out = formatter;
    return U_ZERO_ERROR;
}

/* Maps Meridian's attribute constants to ICU's; -1 when unknown. */
static int32_t icu_attribute(int32_t attribute) {
    switch (attribute) {
    case MERIDIAN_ICU_ATTRIBUTE_MAX_INTEGER_DIGITS: return UNUM_MAX_INTEGER_DIGITS;
    case MERIDIAN_ICU_ATTRIBUTE_MIN_INTEGER_DIGITS: return UNUM_MIN_INTEGER_DIGITS;
    case MERIDIAN_ICU_ATTRIBUTE_MAX_FRACTION_DIGITS: return UNUM_MAX_FRACTION_DIGITS;
    case MERIDIAN_ICU_ATTRIBUTE_MIN_FRACTION_DIGITS: return UNUM_MIN_FRACTION_DIGITS;
    case MERIDIAN_ICU_ATTRIBUTE_GROUPING_SIZE: return UNUM_GROUPING_SIZE;
    case MERIDIAN_ICU_ATTRIBUTE_SECONDARY_GROUPING_SIZE: return UNUM_SECONDARY_GROUPING_SIZE;
    case MERIDIAN_ICU_ATTRIBUTE_MINIMUM_GROUPING_DIGITS: return UNUM_MINIMUM_GROUPING_DIGITS;
    case MERIDIAN_ICU_ATTRIBUTE_ROUNDING_MODE: return UNUM_ROUNDING_MODE;
    default: return -1;
    }
}

int32_t meridian_icu_number_formatter_open_pattern(const char *pattern, const char *locale,
                                                   const char *currency,
                                                   const int32_t *attributes, const int32_t *values,
                                                   int32_t attribute_count,
                                                   MeridianICUNumberFormatter **out,
                                                   int32_t *error_offset) {
    *out = NULL;
    *error_offset = -1;
    int32_t status = U_ZERO_ERROR;
    int32_t length = 0;
    UChar *text = utf16_copy(pattern, &length, &status);
    if (text == NULL) {
        return status;
    }
    MeridianICUNumberFormatter *formatter = formatter_alloc();
    if (formatter == NULL) {
        free(text);
        return U_MEMORY_ALLOCATION_ERROR;
    }
    UErrorCode error = U_ZERO_ERROR;
    UParseError parse_error;
    memset(&parse_error, 0, sizeof parse_error);
    formatter->pattern_formatter =
        unum_open(UNUM_PATTERN_DECIMAL, text, length, locale, &parse_error, &error);
    free(text);
    if (U_SUCCESS(error) && currency != NULL) {
        UChar iso[4] = {0};
        for (int i = 0; i < 3 && currency[i] != '\0'; i++) {
            iso[i] = (UChar)currency[i];
        }
        unum_setTextAttribute(formatter->pattern_formatter, UNUM_CURRENCY_CODE, iso, 3, &error);
    }
    for (int32_t i = 0; U_SUCCESS(error) && i < attribute_count; i++) {
        int32_t attribute = icu_attribute(attributes[i]);
        if (attribute < 0) {
            error = U_ILLEGAL_ARGUMENT_ERROR;
            break;
        }
        unum_setAttribute(formatter->pattern_formatter, (UNumberFormatAttribute)attribute, values[i]);
    }
    if (U_FAILURE(error)) {
        *error_offset = parse_error.offset;
        meridian_icu_number_formatter_close(formatter);
        return error;
    }
    *out = formatter;
    return U_ZERO_ERROR;
}

/* Formats into the handle's scratch buffer; returns the UTF-16 length, or -1 with *error set. */
static int32_t format_once(MeridianICUNumberFormatter *formatter, const char *decimal, int32_t decimal_length,
                           UErrorCode *error) {
    if (formatter->skeleton_formatter != NULL) {
        unumf_formatDecimal(formatter->skeleton_formatter, decimal, decimal_length, formatter->result, error);
        if (U_FAILURE(*error)) {
            return -1;
        }
        return unumf_resultToString(formatter->result, formatter->scratch, formatter->scratch_capacity, error);
    }
    return unum_formatDecimal(formatter->pattern_formatter, decimal, decimal_length,
                              formatter->scratch, formatter->scratch_capacity, NULL, error);
}

int32_t meridian_icu_number_formatter_format_decimal(MeridianICUNumberFormatter *formatter,
                                                     const char *decimal,
                                                     char *buffer, int32_t capacity,
                                                     int32_t *length) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t decimal_length = (int32_t)strlen(decimal);
    int32_t text_length = format_once(formatter, decimal, decimal_length, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) {
        /* Grow the scratch buffer once to the length ICU asked for, then format again. */
        free(formatter->scratch);
        formatter->scratch_capacity = text_length + 1;
        formatter->scratch = malloc(sizeof(UChar) * (size_t)formatter->scratch_capacity);
        if (formatter->scratch == NULL) {
            formatter->scratch_capacity = 0;
            return U_MEMORY_ALLOCATION_ERROR;
        }
        error = U_ZERO_ERROR;
        text_length = format_once(formatter, decimal, decimal_length, &error);
    }
    if (U_FAILURE(error)) {
        return error;
    }
    return meridian_utf16_to_utf8(formatter->scratch, text_length, buffer, capacity, length);
}

void meridian_icu_number_formatter_close(MeridianICUNumberFormatter *formatter) {
    if (formatter == NULL) {
        return;
    }
    if (formatter->result != NULL) {
        unumf_closeResult(formatter->result);
    }
    if (formatter->skeleton_formatter != NULL) {
        unumf_close(formatter->skeleton_formatter);
    }
    if (formatter->pattern_formatter != NULL) {
        unum_close(formatter->pattern_formatter);
    }
    free(formatter->scratch);
    free(formatter);
}
