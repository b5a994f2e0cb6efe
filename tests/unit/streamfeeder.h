// A test helper for stream statistics: synthetic packets of one sender fed into a StreamTable.
#pragma once

#include "streamstats.h"

namespace mct::test {

using namespace mct::core;

// 2023-11-14T22:13:20Z
constexpr qint64 kT0 = 1'700'000'000'000'000'000LL;
constexpr qint64 kMs = 1'000'000;
constexpr qint64 kSecond = 1000 * kMs;
constexpr quint32 kSize = 100;

// Feeds synthetic packets of one sender into a StreamTable, 1 ms apart, as the receiver would.
class Feeder final
{
public:
    explicit Feeder(PayloadFormat format = PayloadFormat::Probe, int sequenceBits = 64,
                    quint32 streamId = 0x5EED)
        : m_format(format)
        , m_bits(sequenceBits)
        , m_streamId(format == PayloadFormat::Probe ? streamId : 0)
    {
        m_record.source = NetAddress::fromIPv4(0xC0000201); // 192.0.2.1
        m_record.sourcePort = 40000;
        m_record.group = NetAddress::fromIPv4(0xEF010203); // 239.1.2.3
        m_record.port = 5000;
        m_record.size = kSize;
        m_record.storedLength = kSize;
        m_record.format = format;
    }

    StreamKey send(quint64 sequence, qint64 sendTimeNs = 0, quint32 plannedCount = 0)
    {
        Recognized info;
        info.format = m_format;
        info.hasSequence = true;
        info.sequence = sequence;
        info.sequenceBits = m_bits;
        info.sendTimeNs = sendTimeNs;
        info.streamId = m_streamId;
        info.plannedCount = plannedCount;
        return send(info, {});
    }

    StreamKey send(const Recognized &info, QByteArrayView payload)
    {
        m_record.receiveTimeNs = m_now;
        m_record.sendTimeNs = info.sendTimeNs;
        m_record.hasSequence = info.hasSequence;
        m_record.sequence = info.sequence;
        m_record.streamId = info.streamId;
        if (!payload.isEmpty()) {
            m_record.size = quint32(payload.size());
            m_record.storedLength = quint32(payload.size());
        }
        m_now += kMs;
        return table.add(m_record, info, payload);
    }

    void sendRange(quint64 first, quint64 last)
    {
        for (quint64 s = first; s <= last; ++s) {
            send(s);
        }
    }

    // The first `count` probes of a planned run, sent 10 ms apart, each received 1 ms after it was sent.
    void sendTimedProbes(quint64 count, quint32 plannedCount)
    {
        const qint64 start = qint64(1'700'000'000) * 1000 * kMs;
        for (quint64 s = 0; s < count; ++s) {
            m_now = start + qint64(s) * 10 * kMs + kMs;
            send(s, start + qint64(s) * 10 * kMs, plannedCount);
        }
    }

    [[nodiscard]] qint64 now() const { return m_now; }
    void setNow(qint64 now) { m_now = now; }
    PacketRecord &record() { return m_record; }

    StreamTable table;

private:
    PayloadFormat m_format;
    int m_bits;
    quint32 m_streamId;
    PacketRecord m_record;
    qint64 m_now = kT0;
};

} // namespace mct::test
