// The compact, copyable records the receiver hands over in batches: one per datagram.
#include "packet.h"

#include <QtEndian>

namespace mct::core {

// The packet table keeps one per row, up to a million of them (tests/bench measures the bytes per
// row): a new field must fit in the padding, as tos did (96 bytes with 64-bit alignment).
static_assert(sizeof(PacketRecord) <= 96, "PacketRecord grew: every row of the packet table pays for it");

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

const char *dscpName(int dscp)
{
    static constexpr const char *kClassSelectors[] = {"DF", "CS1", "CS2", "CS3", "CS4", "CS5", "CS6", "CS7"};
    static constexpr const char *kAssured[] = {"AF11", "AF12", "AF13", "AF21", "AF22", "AF23",
                                               "AF31", "AF32", "AF33", "AF41", "AF42", "AF43"};
    if (dscp < 0 || dscp > 63) {
        return nullptr;
    }
    if (dscp % 8 == 0) {
        return kClassSelectors[dscp / 8];
    }
    // AFxy is 8x + 2y for classes 1-4 and drop precedences 1-3.
    if (const int cls = dscp / 8, drop = (dscp % 8) / 2;
        dscp % 2 == 0 && cls >= 1 && cls <= 4 && drop >= 1 && drop <= 3) {
        return kAssured[(cls - 1) * 3 + drop - 1];
    }
    switch (dscp) {
    case 1:
        return "LE";
    case 44:
        return "VA";
    case 46:
        return "EF";
    default:
        return nullptr;
    }
}

const char *ecnName(int ecn)
{
    static constexpr const char *kNames[] = {"Not-ECT", "ECT(1)", "ECT(0)", "CE"};
    return ecn >= 0 && ecn <= 3 ? kNames[ecn] : nullptr;
}

} // namespace mct::core
