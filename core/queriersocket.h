// A raw socket that hears the IGMP (IPv4) or MLD (IPv6) queries arriving at this host, on every
// interface; shared by the receiver's querier watch and the doctor. Needs CAP_NET_RAW.
#pragma once

#include "querier.h"
#include "result.h"

#include <QHostAddress>
#include <QList>

#include <memory>

namespace mct::core {

class QuerierSocket final
{
public:
    struct Heard
    {
        int interfaceIndex = 0;
        QHostAddress from; // the querier (0.0.0.0 from a switch's querier that has no address)
        MembershipQuery query;
    };

    ~QuerierSocket();
    QuerierSocket(const QuerierSocket &) = delete;
    QuerierSocket &operator=(const QuerierSocket &) = delete;

    // The error says what is missing (CAP_NET_RAW) and what to do about it.
    [[nodiscard]] static Result<std::unique_ptr<QuerierSocket>> open(bool ipv6);

    [[nodiscard]] int descriptor() const { return m_fd; }
    [[nodiscard]] bool isIPv6() const { return m_ipv6; }
    // Reads every message waiting (without blocking) and returns the queries among them.
    [[nodiscard]] QList<Heard> read();

private:
    QuerierSocket(int fd, bool ipv6);

    int m_fd = -1;
    bool m_ipv6 = false;
};

} // namespace mct::core
