// The compact, copyable records the receiver hands over in batches: one per datagram.
#include "packet.h"

#include <QtEndian>

namespace mct::core {

NetAddress NetAddress::fromIPv4(quint32 hostOrder)
{
    NetAddress a;
    qToBigEndian<quint32>(hostOrder, a.bytes.data());
    return a;
}

NetAddress NetAddress::fromIPv6(const quint8 *sixteen)
{
    NetAddress a;
    a.v6 = true;
    std::memcpy(a.bytes.data(), sixteen, 16);
    return a;
}

NetAddress NetAddress::fromHostAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR raw = address.toIPv6Address();
        return fromIPv6(raw.c);
    }
    return fromIPv4(address.toIPv4Address());
}

QHostAddress NetAddress::toHostAddress() const
{
    if (v6) {
        return QHostAddress(bytes.data());
    }
    return QHostAddress(ipv4());
}

quint32 NetAddress::ipv4() const
{
    return qFromBigEndian<quint32>(bytes.data());
}

const char *payloadFormatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Probe:
        return "probe";
    case PayloadFormat::Iperf2:
        return "iperf2";
    case PayloadFormat::McJoin:
        return "mcjoin";
    case PayloadFormat::Rtp:
        return "rtp";
    case PayloadFormat::MpegTs:
        return "mpeg-ts";
    case PayloadFormat::Plain:
        break;
    }
    return "plain";
}

} // namespace mct::core
