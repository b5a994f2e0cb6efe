// libFuzzer target: the RTP recogniser, checked against RFC 3550's header layout, and 16-bit
// sequence tracking over a stream that starts at the input's sequence number and skips a known
// number of packets once, whichever way that crosses the wrap.
#include "recognize.h"
#include "streamstats.h"

#include <QtEndian>

#include <cstdint>
#include <cstdlib>

namespace {

// The header's length by RFC 3550 (fixed part, CSRCs, extension), or -1 when it is no RTP header
// (version not 2, a payload type RFC 5761 leaves to RTCP, or longer than the datagram).
qsizetype rtpHeaderLength(QByteArrayView d)
{
    if (d.size() < 12 || (quint8(d[0]) >> 6) != 2) {
        return -1;
    }
    const int payloadType = quint8(d[1]) & 0x7F;
    if (payloadType >= 64 && payloadType <= 95) {
        return -1;
    }
    qsizetype length = 12 + 4 * (quint8(d[0]) & 0x0F);
    if ((quint8(d[0]) & 0x10) != 0) {
        if (d.size() < length + 4) {
            return -1;
        }
        length += 4 + 4 * qsizetype(qFromBigEndian<quint16>(d.data() + length + 2));
    }
    return length <= d.size() ? length : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::Recognized r;
    const bool accepted = mct::core::recognizeRtp(input, r);
    const qsizetype headerLength = rtpHeaderLength(input);
    if (accepted != (headerLength >= 0)) {
        std::abort();
    }
    if (!accepted) {
        return 0;
    }
    if (r.format != mct::core::PayloadFormat::Rtp || !r.hasSequence || r.sequenceBits != 16
        || r.sequence != qFromBigEndian<quint16>(data + 2) || r.streamId != qFromBigEndian<quint32>(data + 8)
        || qsizetype(r.userPayloadOffset) != headerLength) {
        std::abort();
    }
    // 16 packets from the input's sequence number on, `gap` of them missing after the eighth.
    constexpr quint64 kPackets = 16;
    const quint64 gap = 1 + data[1] % 100;
    mct::core::StreamTable table;
    mct::core::PacketRecord record;
    record.size = record.storedLength = quint32(size);
    const quint64 first = r.sequence;
    for (quint64 i = 0; i < kPackets; ++i) {
        r.sequence = (first + i + (i >= kPackets / 2 ? gap : 0)) & 0xFFFF;
        record.receiveTimeNs = qint64(i + 1) * 1'000'000;
        (void)table.add(record, r, input);
    }
    const QList<mct::core::StreamSnapshot> streams = table.snapshots();
    if (streams.size() != 1 || streams.constFirst().received != kPackets || streams.constFirst().lost != gap
        || streams.constFirst().duplicates != 0 || streams.constFirst().reordered != 0) {
        std::abort();
    }
    return 0;
}
