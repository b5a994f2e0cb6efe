// libFuzzer target: MPEG-TS detection and continuity-counter tracking. The input's packets are
// also rewritten as an encoder would number them, with a known number skipped once: that many lost.
#include "recognize.h"
#include "streamstats.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

constexpr qsizetype kPacket = 188;
constexpr quint8 kSync = 0x47;
constexpr int kNullPid = 0x1FFF; // stuffing: no continuity counter to follow

struct TsPacket
{
    quint8 *p;
    [[nodiscard]] int pid() const { return ((p[1] & 0x1F) << 8) | p[2]; }
    [[nodiscard]] bool hasPayload() const { return (p[3] & 0x10) != 0; }
    // The adaptation field's discontinuity indicator: the counter may jump here.
    [[nodiscard]] bool discontinuity() const { return (p[3] & 0x20) != 0 && p[4] > 0 && (p[5] & 0x80) != 0; }
    [[nodiscard]] int counter() const { return p[3] & 0x0F; }
    void setCounter(int cc) const { p[3] = quint8((p[3] & 0xF0) | (cc & 0x0F)); }
};

// Renumbers the packets as a sender does: each packet with a payload counts on from the last of
// its PID (the first keeps its own). At the first packet where that can be checked, `gap` numbers
// are skipped. Returns how many were skipped: `gap`, or 0 when no packet could carry it.
int numberAsSent(QByteArray &ts, int gap)
{
    std::vector<int> next(8192, -1);
    int skipped = 0;
    for (qsizetype i = 0; i + kPacket <= ts.size(); i += kPacket) {
        const TsPacket packet{reinterpret_cast<quint8 *>(ts.data() + i)};
        packet.p[0] = kSync;
        int &n = next[size_t(packet.pid())];
        if (packet.pid() == kNullPid) {
            continue;
        }
        if (n < 0) {
            n = (packet.counter() + 1) & 0x0F;
            continue;
        }
        if (!packet.hasPayload()) {
            continue; // its counter repeats the last one's and is not checked
        }
        if (skipped == 0 && !packet.discontinuity()) {
            n = (n + gap) & 0x0F;
            skipped = gap;
        }
        packet.setCounter(n);
        n = (n + 1) & 0x0F;
    }
    return skipped;
}

mct::core::StreamSnapshot track(const QList<QByteArrayView> &datagrams)
{
    mct::core::StreamTable table;
    mct::core::PacketRecord record;
    mct::core::Recognized r;
    r.format = mct::core::PayloadFormat::MpegTs;
    for (const QByteArrayView datagram : datagrams) {
        record.receiveTimeNs += 1'000'000;
        record.size = record.storedLength = quint32(datagram.size());
        (void)table.add(record, r, datagram);
    }
    const QList<mct::core::StreamSnapshot> streams = table.snapshots();
    if (streams.size() != 1) {
        std::abort();
    }
    return streams.constFirst();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    bool synced = size > 0 && qsizetype(size) % kPacket == 0;
    for (qsizetype i = 0; synced && i < input.size(); i += kPacket) {
        synced = quint8(input[i]) == kSync;
    }
    if (mct::core::isMpegTs(input) != synced) {
        std::abort();
    }
    const qsizetype packets = input.size() / kPacket;
    if (packets == 0) {
        return 0;
    }
    // Any bytes, twice: each packet can add at most 15 lost or one duplicate.
    const mct::core::StreamSnapshot raw = track({input, input});
    if (raw.received != 2 || raw.bytes != 2 * quint64(size) || raw.lost > quint64(2 * packets * 15)
        || raw.duplicates > quint64(2 * packets)) {
        std::abort();
    }
    // Numbered as sent, in two datagrams so the counters carry over from one to the next.
    QByteArray ts = input.first(packets * kPacket).toByteArray();
    const int skipped = numberAsSent(ts, 1 + int(data[0] % 14)); // 15 would read as a repeat
    const qsizetype half = packets / 2 * kPacket;
    const mct::core::StreamSnapshot sent =
            track({QByteArrayView(ts).first(half), QByteArrayView(ts).sliced(half)});
    if (sent.lost != quint64(skipped) || sent.duplicates != 0) {
        std::abort();
    }
    return 0;
}
