// libFuzzer target: payload placeholder expansion ({seq}, {time}, {host}).
#include "payload.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const mct::core::PayloadTemplate payload(text);
    const QByteArray out =
            payload.expand(~quint64(0), 1'795'000'000'000'000'000LL, QByteArrayLiteral("host{seq}"));
    if (!payload.hasPlaceholders() && out != text.toUtf8()) {
        std::abort(); // text without placeholders must go out unchanged
    }
    return 0;
}
