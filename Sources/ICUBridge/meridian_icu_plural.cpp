// Plural rules through ICU. C++ only where ICU offers no C API (the list of locales).
#include "meridian_icu.h"

#include <cstring>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

namespace {

int32_t copy_utf8(const UChar *text, int32_t length, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8(buffer, capacity, &needed, text, length, &status);
    if (status == U_STRING_NOT_TERMINATED_WARNING) {
        return U_BUFFER_OVERFLOW_ERROR;
    }
    return status;
}

}  // namespace

extern "C" int32_t meridian_icu_plural_category(const char *locale, int32_t ordinal, const char *decimal,
                                                const char *skeleton, char *keyword, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_openForType(locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    UChar skeleton16[128];
    int32_t skeleton_length = 0;
    u_strFromUTF8(skeleton16, 128, &skeleton_length, skeleton, -1, &status);
    UNumberFormatter *formatter = unumf_openForSkeletonAndLocale(skeleton16, skeleton_length, locale, &status);
    UFormattedNumber *result = unumf_openResult(&status);
    if (U_SUCCESS(status)) {
        unumf_formatDecimal(formatter, decimal, (int32_t)std::strlen(decimal), result, &status);
    }
    UChar category[32];
    int32_t category_length = 0;
    if (U_SUCCESS(status)) {
        category_length = uplrules_selectFormatted(rules, result, category, 32, &status);
    }
    int32_t outcome = status;
    if (U_SUCCESS(status)) {
        outcome = copy_utf8(category, category_length, keyword, capacity);
    }
    unumf_closeResult(result);
    unumf_close(formatter);
    uplrules_close(rules);
    return outcome;
}

extern "C" int32_t meridian_icu_plural_locales(char *buffer, int32_t capacity, int32_t *length, int32_t *count) {
    UErrorCode status = U_ZERO_ERROR;
    icu::StringEnumeration *locales = icu::PluralRules::getAvailableLocales(status);
    if (U_FAILURE(status)) {
        return status;
    }
    int32_t written = 0;
    int32_t total = 0;
    const char *id;
    int32_t id_length = 0;
    while ((id = locales->next(&id_length, status)) != nullptr && U_SUCCESS(status)) {
        if (written + id_length + 1 <= capacity) {
            std::memcpy(buffer + written, id, (size_t)id_length);
            buffer[written + id_length] = '\0';
        }
        written += id_length + 1;
        total++;
    }
    delete locales;
    *length = written;
    *count = total;
    if (U_FAILURE(status)) {
        return status;
    }
    return written > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
}

extern "C" int32_t meridian_icu_plural_keywords(const char *locale, int32_t ordinal, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_openForType(locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    UEnumeration *keywords = uplrules_getKeywords(rules, &status);
    int32_t written = 0;
    const char *keyword;
    int32_t keyword_length = 0;
    while (U_SUCCESS(status) && (keyword = uenum_next(keywords, &keyword_length, &status)) != nullptr) {
        if (written + keyword_length + 1 >= capacity) {
            status = U_BUFFER_OVERFLOW_ERROR;
            break;
        }
        if (written > 0) {
            buffer[written++] = ' ';
        }
        std::memcpy(buffer + written, keyword, (size_t)keyword_length);
        written += keyword_length;
    }
    if (capacity > 0) {
        buffer[written < capacity ? written : capacity - 1] = '\0';
    }
    uenum_close(keywords);
    uplrules_close(rules);
    return status;
}
