// ICU MessageFormat with named arguments. C++ because ICU's C API for messages is variadic.
#include "meridian_icu.h"

#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>
#include <unicode/fmtable.h>
#include <unicode/datefmt.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/ustring.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

struct MeridianICUMessageFormat {
    icu::MessageFormat *format;
    std::vector<std::string> required;  // the argument names the pattern uses, found once
};

extern "C" int32_t meridian_icu_message_open(const char *pattern, const char *locale, MeridianICUMessageFormat **out,
                                             int32_t *error_line, int32_t *error_offset) {
    *out = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::memset(&parse_error, 0, sizeof parse_error);
    auto *format = new icu::MessageFormat(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale), parse_error, status);
    if (U_FAILURE(status)) {
        *error_line = parse_error.line;
        *error_offset = parse_error.offset;
        delete format;
        return status;
    }
    // Dates are shown in UTC, so the same message reads the same on every machine.
    int32_t count = 0;
    const icu::Format **formats = format->getFormats(count);
    for (int32_t i = 0; formats != nullptr && i < count; i++) {
        if (auto *date_format = dynamic_cast<const icu::DateFormat *>(formats[i])) {
            const_cast<icu::DateFormat *>(date_format)->setTimeZone(*icu::TimeZone::getGMT());
        }
    }
    std::vector<std::string> required;
    icu::StringEnumeration *names = format->getFormatNames(status);
    if (U_SUCCESS(status) && names != nullptr) {
        const icu::UnicodeString *name;
        while ((name = names->snext(status)) != nullptr && U_SUCCESS(status)) {
            std::string wanted;
            name->toUTF8String(wanted);
            required.push_back(wanted);
        }
    }
    delete names;
    *out = new MeridianICUMessageFormat{format, required};
    return U_ZERO_ERROR;
}

extern "C" int32_t meridian_icu_message_format(MeridianICUMessageFormat *handle, int32_t count, const char *const *names,
                                               const int32_t *kinds, const char *const *values,
                                               char *buffer, int32_t capacity, int32_t *length,
                                               char *missing, int32_t missing_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    // Every argument the pattern names must be given: ICU would otherwise print "{name}".
    for (const std::string &wanted : handle->required) {
        bool found = false;
        for (int32_t i = 0; i < count; i++) {
            if (wanted == names[i]) {
                found = true;
                break;
            }
        }
        if (!found) {
            if (missing != nullptr && missing_capacity > 0) {
                std::strncpy(missing, wanted.c_str(), (size_t)missing_capacity - 1);
                missing[missing_capacity - 1] = '\0';
            }
            return U_ILLEGAL_ARGUMENT_ERROR;
        }
    }

    // Up to eight arguments live on the stack; more (rare) are allocated.
    enum { kInline = 8 };
    icu::UnicodeString inline_names[kInline];
    icu::Formattable inline_arguments[kInline];
    std::unique_ptr<icu::UnicodeString[]> heap_names;
    std::unique_ptr<icu::Formattable[]> heap_arguments;
    icu::UnicodeString *argument_names = inline_names;
    icu::Formattable *arguments = inline_arguments;
    if (count > kInline) {
        heap_names.reset(new icu::UnicodeString[count]);
        heap_arguments.reset(new icu::Formattable[count]);
        argument_names = heap_names.get();
        arguments = heap_arguments.get();
    }
    for (int32_t i = 0; i < count; i++) {
        argument_names[i] = icu::UnicodeString::fromUTF8(names[i]);
        switch (kinds[i]) {
        case MERIDIAN_ICU_ARGUMENT_DECIMAL: {
            // A whole number that fits 64 bits is the same value as its decimal string and
            // needs no decimal parsing; anything else goes to ICU's exact decimal.
            const char *text = values[i];
            char *end = nullptr;
            errno = 0;
            long long whole = std::strtoll(text, &end, 10);
            bool plain = *text != '\0' && *end == '\0' && errno == 0 && (text[0] != '0' || text[1] == '\0')
                && !(text[0] == '-' && (text[1] == '0' || text[1] == '\0'));
            if (plain) {
                arguments[i] = icu::Formattable((int64_t)whole);
            } else {
                arguments[i] = icu::Formattable(icu::StringPiece(text), status);
            }
            break;
        }
        case MERIDIAN_ICU_ARGUMENT_DATE_MILLIS:
            arguments[i] = icu::Formattable((UDate)std::strtoll(values[i], nullptr, 10), icu::Formattable::kIsDate);
            break;
        default:
            arguments[i] = icu::Formattable(icu::UnicodeString::fromUTF8(values[i]));
            break;
        }
        if (U_FAILURE(status)) {
            return status;
        }
    }
    icu::UnicodeString result;
    handle->format->format(argument_names, arguments, count, result, status);
    if (U_FAILURE(status)) {
        return status;
    }
    // Straight into the caller's buffer; its size is reported when it is too small.
    int32_t written = 0;
    UErrorCode conversion = U_ZERO_ERROR;
    u_strToUTF8(buffer, capacity, &written, result.getBuffer(), result.length(), &conversion);
    *length = written;
    if (conversion == U_BUFFER_OVERFLOW_ERROR || conversion == U_STRING_NOT_TERMINATED_WARNING || written + 1 > capacity) {
        return U_BUFFER_OVERFLOW_ERROR;
    }
    if (U_FAILURE(conversion)) {
        return conversion;
    }
    return U_ZERO_ERROR;
}

extern "C" void meridian_icu_message_close(MeridianICUMessageFormat *handle) {
    if (handle == nullptr) {
        return;
    }
    delete handle->format;
    delete handle;
}

/* Parses a pattern into parsed; on failure sets status and the error offset and returns false. */
static bool parse_pattern(const char *pattern, icu::MessagePattern &parsed, int32_t *error_offset, UErrorCode &status) {
    UParseError parse_error;
    std::memset(&parse_error, 0, sizeof parse_error);
    parsed.parse(icu::UnicodeString::fromUTF8(pattern), &parse_error, status);
    if (U_FAILURE(status)) {
        *error_offset = parse_error.offset;
        return false;
    }
    return true;
}

extern "C" int32_t meridian_icu_message_arguments(const char *pattern, char *buffer, int32_t capacity, int32_t *length,
                                                  int32_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(status);
    if (!parse_pattern(pattern, parsed, error_offset, status)) {
        return status;
    }
    std::string out;
    int32_t count = parsed.countParts();
    for (int32_t i = 0; i < count; i++) {
        const icu::MessagePattern::Part &part = parsed.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) {
            continue;
        }
        std::string name;
        parsed.getSubstring(parsed.getPart(i + 1)).toUTF8String(name);
        std::string kind;
        switch (part.getArgType()) {
        case UMSGPAT_ARG_TYPE_NONE: kind = "none"; break;
        case UMSGPAT_ARG_TYPE_SIMPLE: {
            // ARG_START, ARG_NAME, ARG_TYPE [, ARG_STYLE]
            parsed.getSubstring(parsed.getPart(i + 2)).toUTF8String(kind);
            break;
        }
        case UMSGPAT_ARG_TYPE_CHOICE: kind = "choice"; break;
        case UMSGPAT_ARG_TYPE_PLURAL: kind = "plural"; break;
        case UMSGPAT_ARG_TYPE_SELECT: kind = "select"; break;
        case UMSGPAT_ARG_TYPE_SELECTORDINAL: kind = "selectordinal"; break;
        }
        std::string selectors;
        int32_t limit = parsed.getLimitPartIndex(i);
        for (int32_t j = i + 1; j < limit; j++) {
            const icu::MessagePattern::Part &inner = parsed.getPart(j);
            if (inner.getType() == UMSGPAT_PART_TYPE_ARG_START) {
                j = parsed.getLimitPartIndex(j);
                continue;
            }
            if (inner.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
                std::string selector;
                parsed.getSubstring(inner).toUTF8String(selector);
                if (!selectors.empty()) {
                    selectors += ' ';
                }
                selectors += selector;
            }
        }
        out += name + '\t' + kind + '\t' + selectors + '\n';
    }
    *length = (int32_t)out.size();
    if ((int32_t)out.size() + 1 > capacity) {
        return U_BUFFER_OVERFLOW_ERROR;
    }
    std::memcpy(buffer, out.data(), out.size());
    buffer[out.size()] = '\0';
    return U_ZERO_ERROR;
}

extern "C" int32_t meridian_icu_message_text_spans(const char *pattern, int32_t *spans, int32_t capacity, int32_t *count,
                                                   int32_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(status);
    if (!parse_pattern(pattern, parsed, error_offset, status)) {
        return status;
    }
    int32_t found = 0;
    int32_t parts = parsed.countParts();
    for (int32_t i = 0; i < parts; i++) {
        if (parsed.getPart(i).getType() != UMSGPAT_PART_TYPE_MSG_START) {
            continue;
        }
        int32_t limit_index = parsed.getLimitPartIndex(i);
        int32_t text_start = parsed.getPart(i).getLimit();
        for (int32_t j = i + 1; j <= limit_index; j++) {
            const icu::MessagePattern::Part &part = parsed.getPart(j);
            if (part.getIndex() > text_start) {
                if (found < capacity) {
                    spans[2 * found] = text_start;
                    spans[2 * found + 1] = part.getIndex();
                }
                found++;
            }
            if (part.getType() == UMSGPAT_PART_TYPE_ARG_START) {
                j = parsed.getLimitPartIndex(j);
            }
            text_start = parsed.getPart(j).getLimit();
        }
    }
    *count = found;
    return found > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
}
