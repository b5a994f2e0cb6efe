// Tells when interfaces go up or down or change addresses (Linux rtnetlink), without polling.
#include "linkmonitor.h"

#include <QSocketNotifier>
#include <QTimer>

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mct::core {

namespace {
constexpr int kDebounceMs = 300;
} // namespace

LinkMonitor::LinkMonitor(QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LinkMonitor::linksChanged);

    m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (m_fd < 0) {
        return;
    }
    sockaddr_nl address{};
    address.nl_family = AF_NETLINK;
    address.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LinkMonitor::onReadable);
}

LinkMonitor::~LinkMonitor()
{
    delete m_notifier;
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void LinkMonitor::onReadable()
{
    // The content does not matter: any link or address event means "look again".
    char buffer[8192];
    while (::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {}
    m_debounce->start();
}

} // namespace mct::core
