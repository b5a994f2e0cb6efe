// IGMP and MLD queries: what a querier said, and what the receiver knows of each interface's querier.
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mct::core {

// One membership query as it came off the wire (RFC 2236, RFC 3376 section 4.1, RFC 2710, RFC 3810
// section 5.1). Only what a tester reports is kept.
struct MembershipQuery
{
    int version = 0;       // IGMP 1, 2 or 3; MLD 1 or 2
    bool ipv6 = false;     // MLD when true
    QHostAddress group;    // the group asked about; null for a general query
    int maxResponseMs = 0; // how long hosts may wait before they answer
    int intervalS = -1;    // the querier's query interval (QQIC), -1 when the version has none
    int robustness = -1;   // QRV, -1 when the version has none (0 in the packet: also none)
    [[nodiscard]] bool isGeneral() const { return group.isNull(); }
};

// The IGMP message (after the IP header). nullopt when it is not a query or is too short.
[[nodiscard]] std::optional<MembershipQuery> parseIgmpQuery(QByteArrayView igmp);
// The ICMPv6 message (the raw socket's view, without the IPv6 header). nullopt when it is not a
// listener query or is too short.
[[nodiscard]] std::optional<MembershipQuery> parseMldQuery(QByteArrayView icmpv6);
// RFC 3376 section 4.1.7 / RFC 3810 section 5.1.9: values from 128 on are a floating-point code.
[[nodiscard]] int decodeQueryCode(quint8 code);

// What a receiver knows of the querier on one interface, for one address family.
struct QuerierInfo
{
    enum class State : quint8 {
        Waiting, // joined, but the querier timeout has not passed yet
        Heard,   // a query arrived within the querier timeout
        None     // no query within the querier timeout (after the join, or since the last one)
    };
    QString interfaceName;
    int interfaceIndex = 0;
    bool ipv6 = false;
    State state = State::Waiting;
    QHostAddress address; // the querier's, when heard
    int version = 0;      // of the last query heard (IGMP 1-3, MLD 1-2), 0 when none
    int intervalS = -1;   // the querier's interval when its version says it
    int robustness = -1;
    qint64 lastQueryNs = 0; // wall clock, 0 when none heard
    qint64 watchingSinceNs = 0;
    bool sourceSpecificJoins = false; // a join on this interface names sources

    // An IGMPv1/v2 or MLDv1 querier: the host answers in that version, which cannot carry sources.
    [[nodiscard]] bool oldVersion() const { return version > 0 && version < (ipv6 ? 2 : 3); }
    [[nodiscard]] QString protocolName() const; // "IGMPv3", "MLDv1"
    // Takes in a query from `from` heard at nowNs: heard, by whom, what it says. True when that is
    // news (not heard before, or another querier or version).
    bool hear(const QHostAddress &from, const MembershipQuery &query, qint64 nowNs);
    friend bool operator==(const QuerierInfo &, const QuerierInfo &) = default;
};
[[nodiscard]] const char *querierStateName(QuerierInfo::State state);

// The event and summary object: {"interface", "family", "state", "address", "version", "interval_s", ...}.
[[nodiscard]] QJsonObject querierToJson(const QuerierInfo &info, qint64 nowNs);
// "querier on eth0 (IPv4): heard 10.0.0.1, IGMPv3, every 125 s, 12 s ago"
[[nodiscard]] QString querierToText(const QuerierInfo &info, qint64 nowNs);
// What it means for the stream when none is heard (snooping switches, the fixes); empty otherwise.
[[nodiscard]] QString querierAdvice(const QuerierInfo &info);
// Why a source-specific join on this interface cannot carry its sources; empty when it can.
[[nodiscard]] QString querierFallbackWarning(const QuerierInfo &info);

} // namespace mct::core

Q_DECLARE_METATYPE(mct::core::QuerierInfo)
