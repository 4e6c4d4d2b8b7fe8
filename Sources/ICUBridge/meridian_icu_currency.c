#include "meridian_icu.h"
#include "meridian_icu_internal.h"

#include <math.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

static int32_t code_to_uchars(const char *code, UChar out[4]) {
    if (code == NULL || strlen(code) != 3) {
        return U_ILLEGAL_ARGUMENT_ERROR;
    }
    for (int i = 0; i < 3; i++) {
        char c = code[i];
        if (c < 'A' || c > 'Z') {
            return U_ILLEGAL_ARGUMENT_ERROR;
        }
        out[i] = (UChar)c;
    }
    out[3] = 0;
    return U_ZERO_ERROR;
}

int32_t meridian_icu_currency_codes(int32_t which, char *buffer, int32_t capacity, int32_t *count) {
    UErrorCode status = U_ZERO_ERROR;
    uint32_t type = which == MERIDIAN_ICU_CURRENCIES_CURRENT
        ? (UCURR_COMMON | UCURR_NON_DEPRECATED)
        : UCURR_ALL;
    UEnumeration *codes = ucurr_openISOCurrencies(type, &status);
    if (U_FAILURE(status)) {
        return status;
    }
    int32_t written = 0;
    int32_t total = 0;
    const char *code;
    int32_t length = 0;
    while ((code = uenum_next(codes, &length, &status)) != NULL && U_SUCCESS(status)) {
        if (length != 3) {
            continue;
        }
        if ((total + 1) * 3 <= capacity) {
            memcpy(buffer + written, code, 3);
            written += 3;
        }
        total++;
    }
    uenum_close(codes);
    *count = total;
    if (U_FAILURE(status)) {
        return status;
    }
    return total * 3 > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
}

int32_t meridian_icu_currency_info(const char *code, int32_t *digits,
                                   int64_t *cash_increment_minor, int32_t *numeric) {
    UChar iso[4];
    int32_t status = code_to_uchars(code, iso);
    if (U_FAILURE(status)) {
        return status;
    }
    UErrorCode error = U_ZERO_ERROR;
    *numeric = ucurr_getNumericCode(iso);
    int32_t standard_digits = ucurr_getDefaultFractionDigitsForUsage(iso, UCURR_USAGE_STANDARD, &error);
    int32_t cash_digits = ucurr_getDefaultFractionDigitsForUsage(iso, UCURR_USAGE_CASH, &error);
    double cash_increment = ucurr_getRoundingIncrementForUsage(iso, UCURR_USAGE_CASH, &error);
    if (U_FAILURE(error)) {
        return error;
    }
    *digits = standard_digits;
    /* ICU states the cash step as a small decimal (0.05) or not at all (0: round to cash digits).
       It is turned into an integer count of minor units here, so no float reaches Meridian. */
    int64_t scale = 1;
    for (int32_t i = 0; i < standard_digits; i++) {
        scale *= 10;
    }
    if (cash_increment > 0) {
        *cash_increment_minor = (int64_t)llround(cash_increment * (double)scale);
    } else {
        int64_t step = 1;
        for (int32_t i = cash_digits; i < standard_digits; i++) {
            step *= 10;
        }
        *cash_increment_minor = step;
    }
    if (*cash_increment_minor < 1) {
        *cash_increment_minor = 1;
    }
    return U_ZERO_ERROR;
}

int32_t meridian_icu_currency_name(const char *code, const char *locale,
                                   char *buffer, int32_t capacity) {
    UChar iso[4];
    int32_t status = code_to_uchars(code, iso);
    if (U_FAILURE(status)) {
        return status;
    }
    UErrorCode error = U_ZERO_ERROR;
    UBool is_choice = 0;
    int32_t length = 0;
    const UChar *name = ucurr_getName(iso, locale, UCURR_LONG_NAME, &is_choice, &length, &error);
    if (U_FAILURE(error)) {
        return error;
    }
    int32_t written = 0;
    return meridian_utf16_to_utf8(name, length, buffer, capacity, &written);
}
