// Packet batches and datagrams (RTP, iperf2) built in tests the way senders and the receiver make them.
#pragma once

#include "packet.h"

#include <QtEndian>

namespace mct::test {

// Appends one datagram received whole: its payload goes to the end of the batch's arena and the
// record points at it (payloadOffset, storedLength and size are set here; the rest is the caller's).
inline void appendPacket(core::PacketBatch &batch, core::PacketRecord record, QByteArrayView payload)
{
    record.payloadOffset = quint32(batch.arena.size());
    record.storedLength = quint32(payload.size());
    record.size = record.storedLength;
    batch.arena.append(payload);
    batch.records.append(record);
}

// `count` text datagrams "row <first>", "row <first + 1>"... from 10.0.0.1:4000 to 239.255.0.1:5000,
// received at one moment (2023-11-14): rows for a table.
inline core::PacketBatch textRows(int count, int first)
{
    core::PacketBatch batch;
    for (int i = 0; i < count; ++i) {
        core::PacketRecord r;
        r.receiveTimeNs = 1'700'000'000'000'000'000LL;
        r.source = core::NetAddress::fromIPv4(0x0A000001);
        r.sourcePort = 4000;
        r.group = core::NetAddress::fromIPv4(0xEFFF0001);
        r.port = 5000;
        appendPacket(batch, r, QByteArray("row ") + QByteArray::number(first + i));
    }
    return batch;
}

// An RTP packet (RFC 3550) as a test describes it.
struct RtpSpec
{
    int version = 2;
    int payloadType = 96;
    bool marker = false;
    quint16 sequence = 0x1234;
    quint32 ssrc = 0xDEADBEEF;
    int csrcCount = 0;
    int extensionWords = -1; // -1: no extension header
    QByteArray payload = QByteArray(20, 'p');
};

inline QByteArray rtpPacket(const RtpSpec &s)
{
    QByteArray d(12, '\0');
    d[0] = char((s.version << 6) | (s.extensionWords >= 0 ? 0x10 : 0) | (s.csrcCount & 0x0F));
    d[1] = char((s.marker ? 0x80 : 0) | (s.payloadType & 0x7F));
    qToBigEndian<quint16>(s.sequence, d.data() + 2);
    qToBigEndian<quint32>(0x00010000, d.data() + 4); // RTP timestamp
    qToBigEndian<quint32>(s.ssrc, d.data() + 8);
    for (int i = 0; i < s.csrcCount; ++i) {
        QByteArray csrc(4, '\0');
        qToBigEndian<quint32>(quint32(0x100 + i), csrc.data());
        d.append(csrc);
    }
    if (s.extensionWords >= 0) {
        QByteArray ext(4, '\0');
        qToBigEndian<quint16>(0xBEDE, ext.data());
        qToBigEndian<quint16>(quint16(s.extensionWords), ext.data() + 2);
        d.append(ext);
        d.append(QByteArray(4 * s.extensionWords, 'e'));
    }
    d.append(s.payload);
    return d;
}

// iperf2's UDP header (sequence, seconds, microseconds, big-endian), then zeros.
inline QByteArray iperf2Packet(qint32 id, quint32 sec, quint32 usec, int padding = 100)
{
    QByteArray d(12, '\0');
    qToBigEndian<qint32>(id, d.data());
    qToBigEndian<quint32>(sec, d.data() + 4);
    qToBigEndian<quint32>(usec, d.data() + 8);
    d.append(QByteArray(padding, '\0'));
    return d;
}

} // namespace mct::test
