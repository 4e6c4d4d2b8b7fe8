#include "meridian_icu.h"
#include "meridian_icu_internal.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>

static int region_is_known(const char *icu_id) {
    char region[ULOC_COUNTRY_CAPACITY] = {0};
    UErrorCode status = U_ZERO_ERROR;
    uloc_getCountry(icu_id, region, sizeof region, &status);
    if (U_FAILURE(status)) {
        return 0;
    }
    size_t length = strlen(region);
    if (length == 0) {
        return 1;
    }
    if (length == 3 && region[0] >= '0' && region[0] <= '9') {
        return 1; /* UN M.49 area code such as 419 */
    }
    const char *iso3 = uloc_getISO3Country(icu_id);
    return iso3 != NULL && iso3[0] != '\0';
}

int32_t meridian_icu_locale_resolve(const char *bcp47,
                                    char *icu_id, int32_t icu_id_capacity,
                                    char *tag, int32_t tag_capacity,
                                    char *actual, int32_t actual_capacity,
                                    int32_t *flags) {
    UErrorCode status = U_ZERO_ERROR;
    char parsed[ULOC_FULLNAME_CAPACITY] = {0};
    char canonical[ULOC_FULLNAME_CAPACITY] = {0};
    int32_t parsed_length = 0;
    int32_t input_length = (int32_t)strlen(bcp47);
    *flags = 0;

    if (input_length == 0) {
        return U_ILLEGAL_ARGUMENT_ERROR;
    }
    uloc_forLanguageTag(bcp47, parsed, sizeof parsed, &parsed_length, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    if (parsed_length != input_length) {
        return U_ILLEGAL_ARGUMENT_ERROR;
    }
    uloc_canonicalize(parsed, canonical, sizeof canonical, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    meridian_copy_cstring(canonical, icu_id, icu_id_capacity);

    char canonical_tag[ULOC_FULLNAME_CAPACITY] = {0};
    uloc_toLanguageTag(canonical, canonical_tag, sizeof canonical_tag, 1, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    meridian_copy_cstring(canonical_tag, tag, tag_capacity);

    if (region_is_known(canonical)) {
        *flags |= MERIDIAN_ICU_LOCALE_REGION_KNOWN;
    }

    UErrorCode data_status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(NULL, canonical, &data_status);
    if (U_FAILURE(data_status)) {
        return data_status;
    }
    const char *used = ures_getLocaleByType(bundle, ULOC_ACTUAL_LOCALE, &status);
    if (U_SUCCESS(status) && used != NULL) {
        meridian_copy_cstring(used, actual, actual_capacity);
    } else {
        meridian_copy_cstring("", actual, actual_capacity);
    }
    char language[ULOC_LANG_CAPACITY] = {0};
    UErrorCode language_status = U_ZERO_ERROR;
    uloc_getLanguage(canonical, language, sizeof language, &language_status);
    int asks_for_root = language[0] == '\0' || strcmp(language, "und") == 0 || strcmp(language, "root") == 0;
    if (data_status != U_USING_DEFAULT_WARNING || asks_for_root) {
        *flags |= MERIDIAN_ICU_LOCALE_HAS_DATA;
    }
    if (data_status == U_ZERO_ERROR) {
        *flags |= MERIDIAN_ICU_LOCALE_EXACT_DATA;
    }
    ures_close(bundle);
    return U_SUCCESS(status) ? U_ZERO_ERROR : status;
}

int32_t meridian_icu_locale_parent(const char *icu_id, char *parent, int32_t capacity) {
    if (strcmp(icu_id, "root") == 0 || icu_id[0] == '\0') {
        meridian_copy_cstring("", parent, capacity);
        return U_ZERO_ERROR;
    }
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(NULL, icu_id, &status);
    if (U_SUCCESS(status)) {
        UErrorCode key_status = U_ZERO_ERROR;
        int32_t length = 0;
        const UChar *explicit_parent = ures_getStringByKey(bundle, "%%Parent", &length, &key_status);
        if (U_SUCCESS(key_status) && explicit_parent != NULL) {
            int32_t written = 0;
            int32_t result = meridian_utf16_to_utf8(explicit_parent, length, parent, capacity, &written);
            ures_close(bundle);
            return result;
        }
        ures_close(bundle);
    }
    status = U_ZERO_ERROR;
    char truncated[ULOC_FULLNAME_CAPACITY] = {0};
    uloc_getParent(icu_id, truncated, sizeof truncated, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    meridian_copy_cstring(truncated[0] == '\0' ? "root" : truncated, parent, capacity);
    return U_ZERO_ERROR;
}

int32_t meridian_icu_locale_maximize(const char *icu_id, char *maximized, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    char result[ULOC_FULLNAME_CAPACITY] = {0};
    uloc_addLikelySubtags(icu_id, result, sizeof result, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    meridian_copy_cstring(result, maximized, capacity);
    return U_ZERO_ERROR;
}

int32_t meridian_icu_country_name(const char *country, const char *locale, char *buffer, int32_t capacity) {
    char id[16] = {0};
    if (strlen(country) != 2) {
        return U_ILLEGAL_ARGUMENT_ERROR;
    }
    snprintf(id, sizeof id, "und_%s", country);
    UErrorCode status = U_ZERO_ERROR;
    UChar name[128];
    int32_t length = uloc_getDisplayCountry(id, locale, name, 128, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    if (status == U_USING_DEFAULT_WARNING || length == 0) {
        return U_MISSING_RESOURCE_ERROR;
    }
    int32_t written = 0;
    return meridian_utf16_to_utf8(name, length, buffer, capacity, &written);
}
