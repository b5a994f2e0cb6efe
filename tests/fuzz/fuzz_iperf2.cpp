// libFuzzer target: the iperf2 UDP header recogniser, checked against the header's layout.
#include "recognize.h"

#include <QtEndian>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A fixed "now" (2026-11-21) so seeds with timestamps near it are recognised.
    constexpr qint64 kNowNs = 1'795'000'000'000'000'000LL;
    constexpr qint64 kNow = kNowNs / 1'000'000'000;
    constexpr qint64 kWeek = 7 * 86400; // a sender's clock this far off is no iperf2 timestamp
    mct::core::Recognized r;
    const bool accepted = mct::core::recognizeIperf2(input, kNowNs, r);

    // iperf2's UDP header: a signed 32-bit datagram id (negative in the final ones), then the send
    // time in seconds and microseconds, all big-endian.
    if (size < 12) {
        if (accepted) {
            std::abort();
        }
        return 0;
    }
    const qint32 id = qFromBigEndian<qint32>(data);
    const quint32 seconds = qFromBigEndian<quint32>(data + 4);
    const quint32 micros = qFromBigEndian<quint32>(data + 8);
    const bool plausible = micros < 1'000'000 && std::abs(qint64(seconds) - kNow) <= kWeek;
    if (accepted != plausible) {
        std::abort();
    }
    if (!accepted) {
        // Refused: nothing written.
        const mct::core::Recognized untouched;
        if (r.format != untouched.format || r.hasSequence || r.sequence != 0 || r.sendTimeNs != 0
            || r.userPayloadOffset != 0) {
            std::abort();
        }
        return 0;
    }
    const quint64 magnitude = quint64(id < 0 ? -qint64(id) : qint64(id));
    if (r.format != mct::core::PayloadFormat::Iperf2 || !r.hasSequence || r.sequence != magnitude
        || r.sequenceBits != 32 || r.sendTimeNs != qint64(seconds) * 1'000'000'000 + qint64(micros) * 1000
        || r.userPayloadOffset != 12) {
        std::abort();
    }
    return 0;
}
