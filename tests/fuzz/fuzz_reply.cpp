// libFuzzer target: the MCTR reply decoder, checked by re-encoding what it accepts.
#include "probe.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto reply = mct::core::decodeReply(input);
    if (!reply) {
        return 0;
    }
    const auto again = mct::core::decodeReply(mct::core::encodeReply(*reply));
    if (!again || again->sequence != reply->sequence || again->lost != reply->lost) {
        std::abort();
    }
    return 0;
}
