/* Export and attribute macros used by the public headers. */
#pragma once

/* liblector is built with -fvisibility=hidden: only what is marked LECTOR_API is exported. */
#if defined(LECTOR_COMPILATION) && defined(__GNUC__)
#define LECTOR_API __attribute__ ((visibility ("default")))
#else
#define LECTOR_API
#endif
