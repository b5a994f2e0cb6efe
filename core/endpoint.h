// Multicast group:port endpoints: parsing, validation and advice on reserved ranges.
#pragma once

#include "result.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace mct::core {

struct Endpoint
{
    QHostAddress group;
    quint16 port = 0;

    [[nodiscard]] bool isIPv6() const { return group.protocol() == QAbstractSocket::IPv6Protocol; }
    // "239.1.2.3:5000" or "[ff15::1]:5000".
    [[nodiscard]] QString toString() const;
    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.port == b.port && a.group == b.group;
    }
    friend size_t qHash(const Endpoint &e, size_t seed = 0) { return qHashMulti(seed, e.group, e.port); }
};

// Formats any address:port the way the user types it (IPv6 in brackets).
[[nodiscard]] QString formatAddressPort(const QHostAddress &address, quint16 port);

// Parses "GROUP:PORT"; refuses unicast, malformed addresses and missing or out-of-range ports.
[[nodiscard]] Result<Endpoint> parseEndpoint(const QString &text);

// Parses a unicast or multicast address without port (for sources and bind addresses).
[[nodiscard]] Result<QHostAddress> parseAddress(const QString &text, const QString &field);

// A warning for groups that work but rarely do what a tester wants (link-local, reserved);
// empty when the group is a good choice.
[[nodiscard]] QString groupAdvice(const QHostAddress &group);

// True for 232.0.0.0/8 and ff3x::/32, where receivers must name their sources.
[[nodiscard]] bool isSourceSpecificGroup(const QHostAddress &group);

} // namespace mct::core

Q_DECLARE_METATYPE(mct::core::Endpoint)
