// IGMP and MLD queries: what a querier said, and what the receiver knows of each interface's querier.
#include "querier.h"

#include <QCoreApplication>
#include <QtEndian>

namespace mct::core {

namespace {

class QuerierText final
{
    Q_DECLARE_TR_FUNCTIONS(Querier)
};

constexpr quint8 kIgmpQuery = 0x11;
constexpr quint8 kMldQuery = 130;
constexpr int kIgmpV2Size = 8;
constexpr int kIgmpV3Size = 12;
constexpr int kMldV1Size = 24;
constexpr int kMldV2Size = 28;
constexpr int kIgmpV1ResponseMs = 10'000; // IGMPv1 has no code: hosts answer within 10 s

} // namespace

int decodeQueryCode(quint8 code)
{
    if (code < 128) {
        return code;
    }
    const int mantissa = code & 0x0F;
    const int exponent = (code >> 4) & 0x07;
    return (mantissa | 0x10) << (exponent + 3);
}

std::optional<MembershipQuery> parseIgmpQuery(QByteArrayView igmp)
{
    // RFC 3376 section 7.1: the length tells the version; 9 to 11 bytes is no valid query.
    if (igmp.size() < kIgmpV2Size || quint8(igmp[0]) != kIgmpQuery
        || (igmp.size() > kIgmpV2Size && igmp.size() < kIgmpV3Size)) {
        return std::nullopt;
    }
    MembershipQuery q;
    const quint8 code = quint8(igmp[1]);
    const quint32 group = qFromBigEndian<quint32>(igmp.data() + 4);
    if (group != 0) {
        q.group = QHostAddress(group);
    }
    if (igmp.size() == kIgmpV2Size) {
        q.version = code == 0 ? 1 : 2;
        q.maxResponseMs = code == 0 ? kIgmpV1ResponseMs : code * 100;
        return q;
    }
    q.version = 3;
    q.maxResponseMs = decodeQueryCode(code) * 100;
    const int qrv = quint8(igmp[8]) & 0x07;
    q.robustness = qrv == 0 ? -1 : qrv;
    q.intervalS = decodeQueryCode(quint8(igmp[9]));
    return q;
}

std::optional<MembershipQuery> parseMldQuery(QByteArrayView icmpv6)
{
    if (icmpv6.size() < kMldV1Size || quint8(icmpv6[0]) != kMldQuery
        || (icmpv6.size() > kMldV1Size && icmpv6.size() < kMldV2Size)) {
        return std::nullopt;
    }
    MembershipQuery q;
    q.ipv6 = true;
    const auto *groupBytes = reinterpret_cast<const quint8 *>(icmpv6.data() + 8);
    const QHostAddress group(groupBytes);
    if (!group.isEqual(QHostAddress::AnyIPv6)) {
        q.group = group;
    }
    const quint16 code = qFromBigEndian<quint16>(icmpv6.data() + 4);
    if (icmpv6.size() == kMldV1Size) {
        q.version = 1;
        q.maxResponseMs = code;
        return q;
    }
    q.version = 2;
    // RFC 3810 section 5.1.3: from 32768 on, a floating-point code (mantissa 12 bits, exponent 3).
    q.maxResponseMs = code < 32768 ? code : ((code & 0x0FFF) | 0x1000) << (((code >> 12) & 0x07) + 3);
    const int qrv = quint8(icmpv6[24]) & 0x07;
    q.robustness = qrv == 0 ? -1 : qrv;
    q.intervalS = decodeQueryCode(quint8(icmpv6[25]));
    return q;
}

const char *querierStateName(QuerierInfo::State state)
{
    switch (state) {
    case QuerierInfo::State::Heard:
        return "heard";
    case QuerierInfo::State::None:
        return "none";
    case QuerierInfo::State::Waiting:
        break;
    }
    return "waiting";
}

QString QuerierInfo::protocolName() const
{
    return QStringLiteral("%1v%2").arg(ipv6 ? QStringLiteral("MLD") : QStringLiteral("IGMP")).arg(version);
}

bool QuerierInfo::hear(const QHostAddress &from, const MembershipQuery &query, qint64 nowNs)
{
    const bool news = state != State::Heard || !address.isEqual(from) || version != query.version;
    state = State::Heard;
    address = from;
    version = query.version;
    // A group-specific query carries the querier's interval too (IGMPv3, MLDv2); keep the last known.
    if (query.intervalS >= 0) {
        intervalS = query.intervalS;
    }
    if (query.robustness > 0) {
        robustness = query.robustness;
    }
    lastQueryNs = nowNs;
    return news;
}

QJsonObject querierToJson(const QuerierInfo &info, qint64 nowNs)
{
    QJsonObject o{{QStringLiteral("interface"), info.interfaceName},
                  {QStringLiteral("family"), info.ipv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4")},
                  {QStringLiteral("state"), QLatin1String(querierStateName(info.state))}};
    if (info.version > 0) {
        o.insert(QStringLiteral("address"), info.address.toString());
        o.insert(QStringLiteral("version"), info.version);
        if (info.intervalS >= 0) {
            o.insert(QStringLiteral("interval_s"), info.intervalS);
        }
        if (info.robustness > 0) {
            o.insert(QStringLiteral("robustness"), info.robustness);
        }
        o.insert(QStringLiteral("age_s"), double(nowNs - info.lastQueryNs) / 1e9);
    }
    if (info.sourceSpecificJoins && info.oldVersion()) {
        o.insert(QStringLiteral("sources_lost"), true);
    }
    return o;
}

QString querierToText(const QuerierInfo &info, qint64 nowNs)
{
    const QString where =
            QuerierText::tr("querier on %1 (%2)")
                    .arg(info.interfaceName, info.ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"));
    switch (info.state) {
    case QuerierInfo::State::Waiting:
        return QuerierText::tr("%1: none heard yet").arg(where);
    case QuerierInfo::State::None:
        if (info.version > 0) {
            return QuerierText::tr("%1: none heard for %2 s (the last was %3, %4)")
                    .arg(where)
                    .arg((nowNs - info.lastQueryNs) / 1'000'000'000)
                    .arg(info.address.toString(), info.protocolName());
        }
        return QuerierText::tr("%1: none heard in %2 s")
                .arg(where)
                .arg((nowNs - info.watchingSinceNs) / 1'000'000'000);
    case QuerierInfo::State::Heard:
        break;
    }
    QString text = QuerierText::tr("%1: %2, %3").arg(where, info.address.toString(), info.protocolName());
    if (info.intervalS >= 0) {
        text += QuerierText::tr(", every %1 s").arg(info.intervalS);
    }
    return text + QuerierText::tr(", last query %1 s ago").arg((nowNs - info.lastQueryNs) / 1'000'000'000);
}

QString querierAdvice(const QuerierInfo &info)
{
    if (info.state != QuerierInfo::State::None) {
        return {};
    }
    const QString protocol = info.ipv6 ? QStringLiteral("MLD") : QStringLiteral("IGMP");
    return QuerierText::tr("without an %1 querier, a switch that snoops %1 forgets this host's membership "
                           "after its membership interval (by default 2 x 125 s + 10 s = 260 s) and stops "
                           "forwarding the group; enable an %1 querier on the switch or the router (e.g. "
                           "\"ip igmp snooping querier\"), or configure the group statically on the "
                           "switch port")
            .arg(protocol);
}

QString querierFallbackWarning(const QuerierInfo &info)
{
    if (!info.sourceSpecificJoins || !info.oldVersion()) {
        return {};
    }
    return QuerierText::tr("the querier %1 on %2 speaks %3, so this host answers in %3, which cannot name "
                           "sources: the network is asked for the whole group, not only the chosen "
                           "sources (have the querier speak %4)")
            .arg(info.address.toString(), info.interfaceName, info.protocolName(),
                 info.ipv6 ? QStringLiteral("MLDv2") : QStringLiteral("IGMPv3"));
}

} // namespace mct::core
