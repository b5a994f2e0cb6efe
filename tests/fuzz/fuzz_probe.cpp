// libFuzzer target: the probe header decoder, checked by re-encoding what it accepts.
#include "probe.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = mct::core::decodeProbe(input);
    if (!decoded) {
        return 0;
    }
    if (decoded->payloadOffset < mct::core::ProbeHeader::kSize || decoded->payloadOffset > input.size()) {
        std::abort();
    }
    const QByteArray again = mct::core::encodeProbe(decoded->header, input.sliced(decoded->payloadOffset));
    const auto second = mct::core::decodeProbe(again);
    if (!second || second->header.sequence != decoded->header.sequence
        || second->header.streamId != decoded->header.streamId) {
        std::abort();
    }
    return 0;
}
