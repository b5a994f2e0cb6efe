// The mctester probe header and its unicast reply (layout in DESIGN.md), bounds-checked.
#include "probe.h"

#include <QtEndian>

namespace mct::core {

namespace {

constexpr char kProbeMagic[4] = {'M', 'C', 'T', 'P'};
constexpr char kReplyMagic[4] = {'M', 'C', 'T', 'R'};
constexpr qsizetype kMaxHostBytes = 255;

bool hasMagic(QByteArrayView data, const char (&magic)[4])
{
    return data.size() >= 4 && data[0] == magic[0] && data[1] == magic[1] && data[2] == magic[2]
           && data[3] == magic[3];
}

template<typename T>
T readBE(QByteArrayView data, qsizetype offset)
{
    return qFromBigEndian<T>(data.data() + offset);
}

} // namespace

void writeProbeHeader(const ProbeHeader &header, char *out)
{
    std::memcpy(out, kProbeMagic, 4);
    out[4] = char(ProbeHeader::kVersion);
    out[5] = char(header.flags);
    qToBigEndian<quint16>(ProbeHeader::kSize, out + 6);
    qToBigEndian<quint32>(header.streamId, out + 8);
    qToBigEndian<quint64>(header.sequence, out + 12);
    qToBigEndian<qint64>(header.sendTimeNs, out + 20);
    qToBigEndian<quint32>(header.plannedCount, out + 28);
}

QByteArray encodeProbe(const ProbeHeader &header, QByteArrayView payload)
{
    QByteArray out(ProbeHeader::kSize + payload.size(), Qt::Uninitialized);
    writeProbeHeader(header, out.data());
    if (!payload.isEmpty()) {
        std::memcpy(out.data() + ProbeHeader::kSize, payload.data(), size_t(payload.size()));
    }
    return out;
}

std::optional<DecodedProbe> decodeProbe(QByteArrayView datagram)
{
    if (datagram.size() < ProbeHeader::kSize || !hasMagic(datagram, kProbeMagic)) {
        return std::nullopt;
    }
    if (quint8(datagram[4]) != ProbeHeader::kVersion) {
        return std::nullopt;
    }
    const quint16 headerLength = readBE<quint16>(datagram, 6);
    if (headerLength < ProbeHeader::kSize || headerLength > datagram.size()) {
        return std::nullopt;
    }
    DecodedProbe decoded;
    decoded.header.flags = quint8(datagram[5]);
    decoded.header.streamId = readBE<quint32>(datagram, 8);
    decoded.header.sequence = readBE<quint64>(datagram, 12);
    decoded.header.sendTimeNs = readBE<qint64>(datagram, 20);
    decoded.header.plannedCount = readBE<quint32>(datagram, 28);
    decoded.payloadOffset = headerLength;
    return decoded;
}

QByteArray encodeReply(const ProbeReply &reply)
{
    QByteArray host = reply.host.toUtf8();
    if (host.size() > kMaxHostBytes) {
        // Cut on a character boundary: never leave half a UTF-8 sequence behind.
        qsizetype cut = kMaxHostBytes;
        while (cut > 0 && (quint8(host.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        host.truncate(cut);
    }
    // The TTL byte only when there is a TTL to tell: an unknown one keeps the old, shorter reply.
    const bool hasTtl = reply.ttl >= 0 && reply.ttl <= 255;
    const int headerLength = hasTtl ? ProbeReply::kSizeWithTtl : ProbeReply::kSize;
    QByteArray out(headerLength + host.size(), Qt::Uninitialized);
    char *p = out.data();
    std::memcpy(p, kReplyMagic, 4);
    p[4] = char(1);
    p[5] = char(hasTtl ? ProbeReply::kFlagTtl : 0);
    qToBigEndian<quint16>(quint16(headerLength), p + 6);
    qToBigEndian<quint32>(reply.streamId, p + 8);
    qToBigEndian<quint64>(reply.sequence, p + 12);
    qToBigEndian<qint64>(reply.receiveTimeNs, p + 20);
    qToBigEndian<quint64>(reply.received, p + 28);
    qToBigEndian<quint64>(reply.lost, p + 36);
    if (hasTtl) {
        p[ProbeReply::kSize] = char(reply.ttl);
    }
    std::memcpy(p + headerLength, host.constData(), size_t(host.size()));
    return out;
}

std::optional<ProbeReply> decodeReply(QByteArrayView datagram)
{
    if (datagram.size() < ProbeReply::kSize || !hasMagic(datagram, kReplyMagic) || quint8(datagram[4]) != 1) {
        return std::nullopt;
    }
    const quint16 headerLength = readBE<quint16>(datagram, 6);
    if (headerLength < ProbeReply::kSize || headerLength > datagram.size()) {
        return std::nullopt;
    }
    ProbeReply reply;
    reply.streamId = readBE<quint32>(datagram, 8);
    reply.sequence = readBE<quint64>(datagram, 12);
    reply.receiveTimeNs = readBE<qint64>(datagram, 20);
    reply.received = readBE<quint64>(datagram, 28);
    reply.lost = readBE<quint64>(datagram, 36);
    // The flag, not the length alone, says the byte is a TTL: a later version may lengthen the
    // header without one.
    if ((quint8(datagram[5]) & ProbeReply::kFlagTtl) != 0 && headerLength >= ProbeReply::kSizeWithTtl) {
        reply.ttl = qint16(quint8(datagram[ProbeReply::kSize]));
    }
    const QByteArrayView host =
            datagram.sliced(headerLength)
                    .first(std::min<qsizetype>(datagram.size() - headerLength, kMaxHostBytes));
    reply.host = QString::fromUtf8(host);
    return reply;
}

} // namespace mct::core
