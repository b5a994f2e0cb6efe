// The catalog of network interfaces: which can carry multicast, their index, names and addresses.
#include "interfaces.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QNetworkInterface>

namespace mct::core {

namespace {

class InterfaceText final
{
    Q_DECLARE_TR_FUNCTIONS(Interfaces)
};

InterfaceInfo fromQt(const QNetworkInterface &qi)
{
    InterfaceInfo info;
    info.index = qi.index();
    info.name = qi.name();
    info.humanName = qi.humanReadableName();
    const auto flags = qi.flags();
    info.up = flags.testFlag(QNetworkInterface::IsUp);
    info.running = flags.testFlag(QNetworkInterface::IsRunning);
    info.multicast = flags.testFlag(QNetworkInterface::CanMulticast);
    info.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
    const auto entries = qi.addressEntries();
    for (const QNetworkAddressEntry &entry : entries) {
        info.addresses.append(entry.ip());
    }
    return info;
}

} // namespace

bool InterfaceInfo::hasFamily(bool ipv6) const
{
    const auto family = ipv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol;
    return std::any_of(addresses.cbegin(), addresses.cend(),
                       [family](const QHostAddress &a) { return a.protocol() == family; });
}

QString InterfaceInfo::label() const
{
    QStringList parts;
    for (const QHostAddress &a : addresses) {
        parts.append(a.toString());
    }
    return parts.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

QList<InterfaceInfo> listInterfaces()
{
    QList<InterfaceInfo> out;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &qi : all) {
        out.append(fromQt(qi));
    }
    return out;
}

QList<InterfaceInfo> multicastInterfaces(bool ipv6)
{
    QList<InterfaceInfo> out;
    const auto all = listInterfaces();
    for (const InterfaceInfo &info : all) {
        if (info.up && info.running && info.multicast && !info.loopback && info.hasFamily(ipv6)) {
            out.append(info);
        }
    }
    return out;
}

QString multicastRouteCommand(bool ipv6)
{
    QString name = QStringLiteral("IFACE");
    const auto preferred = multicastInterfaces(ipv6);
    if (!preferred.isEmpty()) {
        name = preferred.constFirst().name;
    } else {
        const auto all = listInterfaces();
        const auto any = std::find_if(all.cbegin(), all.cend(), [](const InterfaceInfo &i) {
            return i.up && i.multicast && !i.loopback;
        });
        if (any != all.cend()) {
            name = any->name;
        }
    }
    return ipv6 ? QStringLiteral("ip -6 route add ff00::/8 dev %1 table local").arg(name)
                : QStringLiteral("ip route add 224.0.0.0/4 dev %1").arg(name);
}

Result<InterfaceInfo> findInterface(const QString &name)
{
    const auto all = listInterfaces();
    QStringList names;
    for (const InterfaceInfo &info : all) {
        if (info.name == name) {
            return Result<InterfaceInfo>::success(info);
        }
        names.append(info.name);
    }
    return Result<InterfaceInfo>::failure(
            InterfaceText::tr("interface \"%1\" does not exist; this host has: %2")
                    .arg(name, names.join(QStringLiteral(", "))));
}

QString interfaceNameForIndex(int index)
{
    if (index <= 0) {
        return {};
    }
    // Looked up per packet, so cache: the kernel call behind it is slow.
    static QMutex mutex;
    static QHash<int, QString> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(index);
    if (it != cache.cend()) {
        return *it;
    }
    QString name = QNetworkInterface::interfaceNameFromIndex(index);
    if (name.isEmpty()) {
        return QString::number(index); // not cached: the interface may appear later
    }
    cache.insert(index, name);
    return name;
}

} // namespace mct::core
