// The compact, copyable records the receiver hands over in batches: one per datagram.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QMetaType>

#include <array>
#include <cstring>

namespace mct::core {

// An IPv4 or IPv6 address in 17 bytes, without QHostAddress's heap allocation.
struct NetAddress
{
    std::array<quint8, 16> bytes{};
    bool v6 = false;

    [[nodiscard]] static NetAddress fromIPv4(quint32 hostOrder);
    [[nodiscard]] static NetAddress fromIPv6(const quint8 *sixteen);
    [[nodiscard]] static NetAddress fromHostAddress(const QHostAddress &address);
    [[nodiscard]] QHostAddress toHostAddress() const;
    [[nodiscard]] quint32 ipv4() const; // host order

    friend bool operator==(const NetAddress &a, const NetAddress &b)
    {
        // Two word compares: std::array's == became a memcmp call, per packet on the receive path.
        quint64 a0 = 0, a1 = 0, b0 = 0, b1 = 0;
        std::memcpy(&a0, a.bytes.data(), 8);
        std::memcpy(&a1, a.bytes.data() + 8, 8);
        std::memcpy(&b0, b.bytes.data(), 8);
        std::memcpy(&b1, b.bytes.data() + 8, 8);
        return a.v6 == b.v6 && a0 == b0 && a1 == b1;
    }
};

// Which known payload format a datagram carries (see recognize.h).
enum class PayloadFormat : quint8 {
    Plain,
    Probe,
    Iperf2,
    McJoin,
    Rtp,
    MpegTs
};
[[nodiscard]] const char *payloadFormatName(PayloadFormat format);

struct PacketRecord
{
    qint64 receiveTimeNs = 0; // wall clock, from the kernel's timestamp where available
    qint64 sendTimeNs = 0;    // from the probe or iperf2 header, 0 when unknown
    quint64 sequence = 0;     // valid when hasSequence
    NetAddress source;
    NetAddress group;          // destination address of the datagram
    quint32 payloadOffset = 0; // into the batch's arena
    quint32 storedLength = 0;  // bytes kept (may be less than size when capped)
    quint32 size = 0;          // UDP payload size on the wire
    quint32 streamId = 0;      // probe stream id, 0 for other formats
    qint32 interfaceIndex = 0;
    quint16 sourcePort = 0;
    quint16 port = 0; // destination port
    qint16 ttl = -1;  // TTL or hop limit, -1 when unknown
    qint16 tos = -1;  // IPv4 TOS or IPv6 traffic class byte (DSCP << 2 | ECN), -1 when unknown
    PayloadFormat format = PayloadFormat::Plain;
    bool hasSequence = false;
    quint32 userPayloadOffset = 0; // where the user's data starts after a recognised header

    // The DSCP (0-63) and ECN (0-3) parts of tos; -1 when unknown.
    [[nodiscard]] int dscp() const { return tos < 0 ? -1 : tos >> 2; }
    [[nodiscard]] int ecn() const { return tos < 0 ? -1 : tos & 0x3; }
};

// The name of a DSCP (RFC 2474, 2597, 3246, 5865, 8622): "EF", "AF41", "CS6"...; nullptr for a
// code point without one.
[[nodiscard]] const char *dscpName(int dscp);
// "Not-ECT", "ECT(1)", "ECT(0)" or "CE" (RFC 3168); nullptr outside 0-3.
[[nodiscard]] const char *ecnName(int ecn);

// A batch of records plus one arena that holds all their payload bytes.
struct PacketBatch
{
    QList<PacketRecord> records;
    QByteArray arena;

    [[nodiscard]] QByteArrayView payload(const PacketRecord &record) const
    {
        return QByteArrayView(arena.constData() + record.payloadOffset, record.storedLength);
    }
    [[nodiscard]] bool isEmpty() const { return records.isEmpty(); }
};

} // namespace mct::core

Q_DECLARE_METATYPE(mct::core::PacketBatch)
