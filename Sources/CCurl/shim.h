// Typed wrappers over libcurl's variadic calls, which Swift cannot call: one per argument kind. The option is a
// runtime argument here, so curl's compile-time type checks (typecheck-gcc.h) cannot help; each wrapper passes exactly
// the C type libcurl reads for the options it is used with.
#ifndef INTAKE_CCURL_SHIM_H
#define INTAKE_CCURL_SHIM_H

#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

/// Options taking a `long` (numbers, booleans, enums such as CURLUSESSL_ALL).
static inline CURLcode intake_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

/// Options taking a C string (copied by libcurl).
static inline CURLcode intake_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

/// Options taking a pointer that libcurl keeps (CURLOPT_ERRORBUFFER): it must outlive the handle's use.
static inline CURLcode intake_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// The socket of the connection a CONNECT_ONLY transfer left open.
static inline CURLcode intake_curl_active_socket(CURL *handle, curl_socket_t *socket) {
    return curl_easy_getinfo(handle, CURLINFO_ACTIVESOCKET, socket);
}

/// Information of type `long` (CURLINFO_NUM_CONNECTS, CURLINFO_SSL_VERIFYRESULT).
static inline CURLcode intake_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
