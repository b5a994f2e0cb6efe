// libFuzzer target: the hex payload parser, checked by formatting what it accepts.
#include "validation.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto bytes = mct::core::parseHex(text);
    if (bytes) {
        const auto again = mct::core::parseHex(QString::fromLatin1(bytes.value().toHex(' ')));
        if (!again || again.value() != bytes.value()) {
            std::abort();
        }
    } else if (bytes.error().isEmpty()) {
        std::abort();
    }
    return 0;
}
