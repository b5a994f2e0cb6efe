// The mctester probe header and its unicast reply (layout in DESIGN.md), bounds-checked.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mct::core {

struct ProbeHeader
{
    static constexpr quint8 kVersion = 1;
    static constexpr int kSize = 32;
    static constexpr quint8 kFlagReplyRequested = 0x01;

    quint8 flags = 0;
    quint32 streamId = 0;
    quint64 sequence = 0;
    qint64 sendTimeNs = 0;
    quint32 plannedCount = 0;

    [[nodiscard]] bool replyRequested() const { return (flags & kFlagReplyRequested) != 0; }
};

// Writes the 32-byte header into out, which must have room for ProbeHeader::kSize bytes.
void writeProbeHeader(const ProbeHeader &header, char *out);
[[nodiscard]] QByteArray encodeProbe(const ProbeHeader &header, QByteArrayView payload);

struct DecodedProbe
{
    ProbeHeader header;
    qsizetype payloadOffset = 0; // the header's own length, extra bytes of later versions skipped
};
// nullopt when the datagram is not a probe or lies about its length.
[[nodiscard]] std::optional<DecodedProbe> decodeProbe(QByteArrayView datagram);

// The MCTR reply, version 1, big-endian (offset, size):
//    0  4  "MCTR"
//    4  1  version, 1
//    5  1  flags: kFlagTtl
//    6  2  header length: 44, or 45 with the TTL
//    8  4  stream id of the probe answered
//   12  8  its sequence
//   20  8  receive time, ns since the epoch
//   28  8  packets received in the stream
//   36  8  packets lost in the stream
//   44  1  the TTL / hop limit the probe arrived with, only when kFlagTtl is set
//   then, from the header length to the end, the host name in UTF-8, at most 255 bytes.
// Readers skip header bytes they do not know, so the TTL byte is a compatible extension: an older
// reader takes the host name from byte 45 and ignores the rest; a receiver of an older version, or
// one that did not learn the TTL, sends the 44-byte header with flags 0, and the TTL is unknown.
struct ProbeReply
{
    static constexpr int kSize = 44;               // the header without the TTL
    static constexpr int kSizeWithTtl = kSize + 1; // with it: one byte, the reply stays small
    static constexpr quint8 kFlagTtl = 0x01;       // byte 44 holds the received TTL

    quint32 streamId = 0;
    quint64 sequence = 0;
    qint64 receiveTimeNs = 0;
    quint64 received = 0;
    quint64 lost = 0;
    qint16 ttl = -1; // the TTL / hop limit the probe arrived with, -1 when unknown
    QString host;

    friend bool operator==(const ProbeReply &, const ProbeReply &) = default;
};

[[nodiscard]] QByteArray encodeReply(const ProbeReply &reply);
[[nodiscard]] std::optional<ProbeReply> decodeReply(QByteArrayView datagram);

} // namespace mct::core
