/*
 * meridian_icu.h — Meridian's bridge to the system ICU.
 *
 * Swift cannot import the system ICU headers beside Foundation (Foundation carries its own
 * ICU), and ICU's versioned entry points do not import into Swift. This header therefore
 * exposes plain C types only: char buffers, integers and opaque handles. Every function
 * returns an ICU status code (0 = success, negative = warning, positive = error);
 * meridian_icu_status_name() names it. Strings are UTF-8 and NUL-terminated.
 *
 * Thread safety: a MeridianICUNumberFormatter owns a reusable result buffer, so one handle
 * must not be used by two threads at once. Open one per thread (they are cheap to keep).
 * The other functions are safe to call from any thread.
 */
#ifndef MERIDIAN_ICU_H
#define MERIDIAN_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ICU name of a status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR". */
const char *meridian_icu_status_name(int32_t status);

/** The ICU version as "72.1". */
void meridian_icu_version(char *buffer, int32_t capacity);

/* MARK: - Locales */

/** Flags reported by meridian_icu_locale_resolve. */
enum {
    MERIDIAN_ICU_LOCALE_HAS_DATA = 1,        /* ICU has locale data for the language */
    MERIDIAN_ICU_LOCALE_REGION_KNOWN = 2,    /* the region is a known ISO 3166 or UN M.49 code, or absent */
    MERIDIAN_ICU_LOCALE_EXACT_DATA = 4,      /* ICU has data for the full locale, no fallback */
};

/**
 * Parses a BCP 47 tag and reports how ICU resolves it.
 * icu_id receives the canonical ICU id ("de_DE"), tag the canonical BCP 47 tag ("de-DE"),
 * actual the id of the locale data ICU actually uses ("de" for "de-AT" only when de_AT has none).
 * Returns U_ILLEGAL_ARGUMENT_ERROR when the tag is not well-formed BCP 47.
 */
int32_t meridian_icu_locale_resolve(const char *bcp47,
                                    char *icu_id, int32_t icu_id_capacity,
                                    char *tag, int32_t tag_capacity,
                                    char *actual, int32_t actual_capacity,
                                    int32_t *flags);

/**
 * The CLDR parent of an ICU locale id ("pt_AO" → "pt_PT", "es_MX" → "es_419", "zh_Hant" → "root",
 * "de_AT" → "de", "de" → "root"), from the locale data's explicit parent or by truncation.
 * The parent of "root" is "".
 */
int32_t meridian_icu_locale_parent(const char *icu_id, char *parent, int32_t capacity);

/** The locale with likely subtags added ("zh_TW" → "zh_Hant_TW", "und" → "en_Latn_US"). */
int32_t meridian_icu_locale_maximize(const char *icu_id, char *maximized, int32_t capacity);

/**
 * The name of a country (ISO 3166-1 alpha-2) in a locale, UTF-8 ("DE" in "fr" → "Allemagne").
 * Returns U_MISSING_RESOURCE_ERROR when ICU has no name for it in that locale or its parents.
 */
int32_t meridian_icu_country_name(const char *country, const char *locale, char *buffer, int32_t capacity);

/* MARK: - Currencies */

/** Which currencies meridian_icu_currency_codes lists. */
enum {
    MERIDIAN_ICU_CURRENCIES_ALL = 0,       /* every ISO 4217 code ICU knows, historic ones too */
    MERIDIAN_ICU_CURRENCIES_CURRENT = 1,   /* legal tender somewhere, not deprecated */
};

/**
 * Writes the ISO 4217 codes ICU knows as consecutive 3-letter groups (no separators, no NUL
 * between them) into buffer, and their number into count.
 * Returns U_BUFFER_OVERFLOW_ERROR when buffer is too small (count then holds the number needed).
 */
int32_t meridian_icu_currency_codes(int32_t which, char *buffer, int32_t capacity, int32_t *count);

/**
 * Reports a currency's exponent and cash rounding from ICU's currency data.
 * digits: fraction digits for ordinary amounts (EUR 2, JPY 0, KWD 3).
 * cash_increment_minor: the smallest cash step in units of 10^-digits (CHF 5 = 0.05, HUF 100 = 1 Ft,
 * EUR 1). It is derived here, in C, from ICU's cash digits and cash rounding increment.
 * numeric: the ISO 4217 numeric code, 0 when ICU does not know the code.
 */
int32_t meridian_icu_currency_info(const char *code, int32_t *digits,
                                   int64_t *cash_increment_minor, int32_t *numeric);

/** The display name of a currency in a locale ("euro", "Euro", "ユーロ"). */
int32_t meridian_icu_currency_name(const char *code, const char *locale,
                                   char *buffer, int32_t capacity);

/* MARK: - Number formatting */

typedef struct MeridianICUNumberFormatter MeridianICUNumberFormatter;

/**
 * Opens a formatter for an ICU number skeleton ("currency/EUR unit-width-narrow") in a locale.
 * On a skeleton syntax error, error_offset receives the offset of the problem.
 */
int32_t meridian_icu_number_formatter_open_skeleton(const char *skeleton, const char *locale,
                                                    MeridianICUNumberFormatter **formatter,
                                                    int32_t *error_offset);

/** Settings of a pattern formatter (see meridian_icu_number_formatter_open_pattern). */
enum {
    MERIDIAN_ICU_ATTRIBUTE_MAX_INTEGER_DIGITS = 1,
    MERIDIAN_ICU_ATTRIBUTE_MIN_INTEGER_DIGITS = 2,
    MERIDIAN_ICU_ATTRIBUTE_MAX_FRACTION_DIGITS = 3,
    MERIDIAN_ICU_ATTRIBUTE_MIN_FRACTION_DIGITS = 4,
    MERIDIAN_ICU_ATTRIBUTE_GROUPING_SIZE = 5,
    MERIDIAN_ICU_ATTRIBUTE_SECONDARY_GROUPING_SIZE = 6,
    MERIDIAN_ICU_ATTRIBUTE_MINIMUM_GROUPING_DIGITS = 7,
    /* value: 0 ceiling, 1 floor, 2 down, 3 up, 4 half-even, 5 half-down, 6 half-up, 7 unnecessary */
    MERIDIAN_ICU_ATTRIBUTE_ROUNDING_MODE = 8,
};

/**
 * Opens a formatter for a DecimalFormat pattern ("#,##0.00 ¤") in a locale. currency, when not
 * NULL, sets the ISO 4217 currency used by the pattern's ¤ signs. The attributes are applied in
 * order: each is a MERIDIAN_ICU_ATTRIBUTE_… constant and its value. An unknown attribute is
 * U_ILLEGAL_ARGUMENT_ERROR.
 */
int32_t meridian_icu_number_formatter_open_pattern(const char *pattern, const char *locale,
                                                   const char *currency,
                                                   const int32_t *attributes, const int32_t *values,
                                                   int32_t attribute_count,
                                                   MeridianICUNumberFormatter **formatter,
                                                   int32_t *error_offset);

/**
 * Formats a decimal number given as a string ("-1234.56"), so no value passes through a binary
 * float. Writes UTF-8 into buffer and its byte length into length.
 * Returns U_BUFFER_OVERFLOW_ERROR when buffer is too small (length holds the bytes needed).
 */
int32_t meridian_icu_number_formatter_format_decimal(MeridianICUNumberFormatter *formatter,
                                                     const char *decimal,
                                                     char *buffer, int32_t capacity,
                                                     int32_t *length);

/** Closes a formatter; NULL is ignored. */
void meridian_icu_number_formatter_close(MeridianICUNumberFormatter *formatter);

/* MARK: - Plural rules */

/**
 * The CLDR plural category of a number in a locale: "zero", "one", "two", "few", "many" or
 * "other". The number is a decimal string formatted with the ICU skeleton first (so "1.0" with
 * skeleton ".0" keeps its visible fraction digit, which plural rules depend on).
 * ordinal: 0 for cardinal rules, 1 for ordinal rules.
 */
int32_t meridian_icu_plural_category(const char *locale, int32_t ordinal, const char *decimal,
                                     const char *skeleton, char *keyword, int32_t capacity);

/**
 * Writes the ids of the locales ICU has plural rules for, separated by NUL bytes, and their
 * number into count. Returns U_BUFFER_OVERFLOW_ERROR when buffer is too small.
 */
int32_t meridian_icu_plural_locales(char *buffer, int32_t capacity, int32_t *length, int32_t *count);

/**
 * The plural categories a locale uses, space-separated ("one few many other").
 */
int32_t meridian_icu_plural_keywords(const char *locale, int32_t ordinal, char *buffer, int32_t capacity);

/* MARK: - MessageFormat */

typedef struct MeridianICUMessageFormat MeridianICUMessageFormat;

/** Argument kinds for meridian_icu_message_format. */
enum {
    MERIDIAN_ICU_ARGUMENT_STRING = 0,
    MERIDIAN_ICU_ARGUMENT_DECIMAL = 1,      /* value is a decimal string, kept exact */
    MERIDIAN_ICU_ARGUMENT_DATE_MILLIS = 2,  /* value is milliseconds since 1970-01-01T00:00Z as an integer string */
};

/**
 * Compiles an ICU MessageFormat pattern for a locale. On a syntax error, error_line and
 * error_offset locate it (ICU's UParseError).
 */
int32_t meridian_icu_message_open(const char *pattern, const char *locale, MeridianICUMessageFormat **format,
                                  int32_t *error_line, int32_t *error_offset);

/**
 * Formats with named arguments: names[i] has kinds[i] and values[i] (UTF-8 strings).
 * Returns U_ILLEGAL_ARGUMENT_ERROR when the pattern needs an argument that is not given; the
 * name of the first such argument is written to missing (when not NULL).
 */
int32_t meridian_icu_message_format(MeridianICUMessageFormat *format, int32_t count, const char *const *names,
                                    const int32_t *kinds, const char *const *values,
                                    char *buffer, int32_t capacity, int32_t *length,
                                    char *missing, int32_t missing_capacity);

/** Closes a compiled pattern; NULL is ignored. */
void meridian_icu_message_close(MeridianICUMessageFormat *format);

/**
 * Describes the arguments of a MessageFormat pattern, parsed by ICU, one per line:
 * "name<TAB>kind<TAB>selectors" where kind is none, number, date, time, spellout, ordinal,
 * duration, choice, plural, selectordinal or select, and selectors are the plural/select keys
 * separated by spaces (nested arguments are listed too).
 * On a syntax error, error_offset locates it.
 */
int32_t meridian_icu_message_arguments(const char *pattern, char *buffer, int32_t capacity, int32_t *length,
                                       int32_t *error_offset);

/**
 * The spans of literal text in a MessageFormat pattern (what a translator writes, not argument
 * syntax), as pairs of UTF-16 offsets [start, limit) written to spans; count receives the number
 * of pairs. Returns U_BUFFER_OVERFLOW_ERROR when more than capacity pairs exist.
 */
int32_t meridian_icu_message_text_spans(const char *pattern, int32_t *spans, int32_t capacity, int32_t *count,
                                        int32_t *error_offset);

#ifdef __cplusplus
}
#endif

#endif /* MERIDIAN_ICU_H */
