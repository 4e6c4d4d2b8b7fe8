#ifndef MERIDIAN_CLIBXML2_SHIM_H
#define MERIDIAN_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU support, and libxml/encoding.h then includes the system ICU
   headers, which clash with the ICU that Foundation carries. Meridian never touches libxml2's
   ICU converter fields, so the ICU part of the headers is switched off for Swift. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state. */
static inline void meridian_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
