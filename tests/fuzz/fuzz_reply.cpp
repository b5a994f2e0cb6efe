// libFuzzer target: the MCTR reply decoder, checked by re-encoding what it accepts.
#include "probe.h"

#include <cstdint>
#include <cstdlib>

namespace {

constexpr qsizetype kMaxHostBytes = 255; // core/probe.h: "at most 255 bytes"

// Bytes in the UTF-8 sequence that starts with this byte.
qsizetype sequenceLength(char lead)
{
    const auto b = quint8(lead);
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// What the encoder may keep of a host: all of it when it fits, else the longest run of whole
// characters that does; never a character less.
bool isLongestFittingPrefix(const QByteArray &kept, const QByteArray &host)
{
    if (!host.startsWith(kept) || kept.size() > kMaxHostBytes) {
        return false;
    }
    return kept.size() == host.size() || kept.size() + sequenceLength(host.at(kept.size())) > kMaxHostBytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto reply = mct::core::decodeReply(input);
    if (!reply) {
        return 0;
    }
    const QByteArray encoded = mct::core::encodeReply(*reply);
    const auto again = mct::core::decodeReply(encoded);
    if (!again) {
        std::abort();
    }
    // Every field comes back, the TTL (or its absence) included. Bytes that were not UTF-8 were
    // decoded to U+FFFD, three bytes each, so the host may have grown past 255 bytes and come back
    // cut: then it must be cut on the last whole character that fits, not earlier.
    if (!isLongestFittingPrefix(again->host.toUtf8(), reply->host.toUtf8())) {
        std::abort();
    }
    mct::core::ProbeReply expected = *reply;
    expected.host = again->host;
    if (!(*again == expected)) {
        std::abort();
    }
    // And what was decoded once encodes to the same bytes again.
    if (mct::core::encodeReply(*again) != encoded) {
        std::abort();
    }
    return 0;
}
