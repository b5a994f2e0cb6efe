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

struct ProbeReply
{
    static constexpr int kSize = 44;

    quint32 streamId = 0;
    quint64 sequence = 0;
    qint64 receiveTimeNs = 0;
    quint64 received = 0;
    quint64 lost = 0;
    QString host;
};

[[nodiscard]] QByteArray encodeReply(const ProbeReply &reply);
[[nodiscard]] std::optional<ProbeReply> decodeReply(QByteArrayView datagram);

} // namespace mct::core
