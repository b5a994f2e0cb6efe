// libFuzzer target: the GROUP:PORT and address parsers and the group advice.
#include "endpoint.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto endpoint = mct::core::parseEndpoint(text);
    if (endpoint) {
        if (!endpoint.value().group.isMulticast() || endpoint.value().port == 0) {
            std::abort();
        }
        (void)mct::core::groupAdvice(endpoint.value().group);
        // What we print must parse back to the same endpoint.
        const auto again = mct::core::parseEndpoint(endpoint.value().toString());
        if (!again || !(again.value() == endpoint.value())) {
            std::abort();
        }
    } else if (endpoint.error().isEmpty()) {
        std::abort();
    }
    (void)mct::core::parseAddress(text, QStringLiteral("source"));
    return 0;
}
