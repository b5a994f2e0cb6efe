// Listens for IGMP and MLD queries on the interfaces where groups are joined, to tell whether a
// querier keeps the network's snooping switches forwarding them (a raw socket: needs CAP_NET_RAW).
#pragma once

#include "querier.h"
#include "queriersocket.h"

#include <QList>
#include <QObject>

#include <array>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace mct::core {

class QuerierWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuerierWatch)

public:
    // A querier asks every 125 s by default and gives hosts 10 s to answer (RFC 3376 section 8).
    static constexpr int kDefaultTimeoutS = 135;

    explicit QuerierWatch(QObject *parent = nullptr);
    ~QuerierWatch() override;

    // How long without a query before the state is `none` (after the join, or after the last query).
    void setTimeoutMs(qint64 timeoutMs);
    // Where groups are joined now: interfaces new to the list are watched from now on (waiting),
    // those no longer in it are forgotten, the others keep what was heard.
    struct Interface
    {
        int index = 0; // 0 (the route's interface, unknown here) is left out
        QString name;
        bool ipv6 = false;
        bool sourceSpecific = false; // a join there names sources
    };
    void setInterfaces(const QList<Interface> &interfaces);

    [[nodiscard]] QList<QuerierInfo> queriers() const;
    // The interface's querier for the family, nullptr when it is not watched.
    [[nodiscard]] const QuerierInfo *find(int interfaceIndex, bool ipv6) const;
    // Whether queries can be heard at all (false without CAP_NET_RAW; see unavailable()).
    [[nodiscard]] bool canListen(bool ipv6) const { return m_sockets[ipv6 ? 1 : 0] != nullptr; }

Q_SIGNALS:
    // The state changed (waiting to heard or none, heard to none, ...) or another querier spoke.
    void changed(const mct::core::QuerierInfo &info);
    // Queries cannot be heard (once per family), with the reason and what would allow it.
    void unavailable(const QString &why);

private:
    void open(bool ipv6);
    void onQuery(int interfaceIndex, const QHostAddress &from, const MembershipQuery &query);
    void checkTimeouts();
    [[nodiscard]] QuerierInfo *entry(int interfaceIndex, bool ipv6);

    QList<QuerierInfo> m_entries;
    std::array<std::unique_ptr<QuerierSocket>, 2> m_sockets; // IPv4, IPv6
    std::array<QSocketNotifier *, 2> m_notifiers{};
    std::array<bool, 2> m_tried{};
    QTimer *m_timer = nullptr;
    qint64 m_timeoutNs = qint64(kDefaultTimeoutS) * 1'000'000'000;
};

} // namespace mct::core
