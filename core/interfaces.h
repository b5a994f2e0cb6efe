// The catalog of network interfaces: which can carry multicast, their index, names and addresses.
#pragma once

#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace mct::core {

struct InterfaceInfo
{
    int index = 0;
    QString name;
    QString humanName;
    QList<QHostAddress> addresses;
    bool up = false;
    bool running = false;
    bool multicast = false;
    bool loopback = false;

    [[nodiscard]] bool hasFamily(bool ipv6) const;
    // "eth0 (192.0.2.10, fe80::1)"
    [[nodiscard]] QString label() const;
};

[[nodiscard]] QList<InterfaceInfo> listInterfaces();
// Up, running, multicast-capable and not loopback: where a join "on every interface" goes.
[[nodiscard]] QList<InterfaceInfo> multicastInterfaces(bool ipv6);
// Looks up by name; the error names the interfaces that do exist.
[[nodiscard]] Result<InterfaceInfo> findInterface(const QString &name);
// The command that adds a multicast route, e.g. "ip route add 224.0.0.0/4 dev eth0", naming an
// interface this host has: the first of multicastInterfaces(), else the first up multicast-capable
// non-loopback one, else the placeholder IFACE.
[[nodiscard]] QString multicastRouteCommand(bool ipv6);
// Name for an index, e.g. from a received packet; the index as text when unknown.
[[nodiscard]] QString interfaceNameForIndex(int index);

} // namespace mct::core
