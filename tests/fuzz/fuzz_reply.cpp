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
    if (!again) {
        std::abort();
    }
    // Every field comes back, the TTL (or its absence) included. Bytes that are not UTF-8 were
    // decoded to U+FFFD, three bytes each, so the host may come back cut at 255 bytes: a prefix.
    mct::core::ProbeReply expected = *reply;
    if (expected.host.toUtf8().size() > 255 && expected.host.startsWith(again->host)) {
        expected.host = again->host;
    }
    if (!(*again == expected)) {
        std::abort();
    }
    return 0;
}
