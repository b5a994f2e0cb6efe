// libFuzzer target: the probe header decoder, checked by re-encoding what it accepts.
#include "probe.h"

#include <QtEndian>

#include <cstdint>
#include <cstdlib>

namespace {

bool sameHeader(const mct::core::ProbeHeader &a, const mct::core::ProbeHeader &b)
{
    return a.flags == b.flags && a.streamId == b.streamId && a.sequence == b.sequence
           && a.sendTimeNs == b.sendTimeNs && a.plannedCount == b.plannedCount;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = mct::core::decodeProbe(input);
    if (!decoded) {
        return 0;
    }
    // The header's own length, as the datagram states it, is where the payload starts.
    if (decoded->payloadOffset != qFromBigEndian<quint16>(input.data() + 6)
        || decoded->payloadOffset < mct::core::ProbeHeader::kSize || decoded->payloadOffset > input.size()) {
        std::abort();
    }
    const QByteArrayView payload = input.sliced(decoded->payloadOffset);
    const QByteArray again = mct::core::encodeProbe(decoded->header, payload);
    // Every field and the payload come back; extra header bytes of a later version are dropped.
    const auto second = mct::core::decodeProbe(again);
    if (!second || !sameHeader(second->header, decoded->header)
        || second->payloadOffset != mct::core::ProbeHeader::kSize
        || QByteArrayView(again).sliced(second->payloadOffset) != payload) {
        std::abort();
    }
    // A header of today's length holds nothing but those fields: it is re-encoded byte for byte.
    if (decoded->payloadOffset == mct::core::ProbeHeader::kSize && QByteArrayView(again) != input) {
        std::abort();
    }
    return 0;
}
