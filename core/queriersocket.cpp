// A raw socket that hears the IGMP or MLD queries arriving at this host (Linux).
#include "queriersocket.h"

#include "multicastsocket.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mct::core {

namespace {

class QuerierSocketText final
{
    Q_DECLARE_TR_FUNCTIONS(QuerierSocket)
};

constexpr qsizetype kMinIpv4Header = 20;
// Messages read per call: a flood of IGMP (every report on the link comes here too) must not keep the
// receiver's thread from its datagrams; the notifier calls again for the rest.
constexpr int kMaxReadsPerCall = 64;

} // namespace

QuerierSocket::QuerierSocket(int fd, bool ipv6)
    : m_fd(fd)
    , m_ipv6(ipv6)
{}

QuerierSocket::~QuerierSocket()
{
    ::close(m_fd);
}

Result<std::unique_ptr<QuerierSocket>> QuerierSocket::open(bool ipv6)
{
    using R = Result<std::unique_ptr<QuerierSocket>>;
    const int fd = ipv6 ? ::socket(AF_INET6, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMPV6)
                        : ::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_IGMP);
    if (fd < 0) {
        const int error = errno;
        const QString protocol = ipv6 ? QStringLiteral("MLD") : QStringLiteral("IGMP");
        return R::failure(error == EPERM || error == EACCES
                                  ? QuerierSocketText::tr("cannot listen for %1 queriers: that needs the "
                                                          "CAP_NET_RAW capability (run as root, or once: "
                                                          "sudo setcap cap_net_raw+ep %2)")
                                            .arg(protocol, QCoreApplication::applicationFilePath())
                                  : QuerierSocketText::tr("cannot listen for %1 queriers: %2")
                                            .arg(protocol, osErrorText(error)));
    }
    const int one = 1;
    if (ipv6) {
        // Only listener queries: every other ICMPv6 message (neighbour discovery, reports) stays out.
        icmp6_filter filter{};
        ICMP6_FILTER_SETBLOCKALL(&filter);
        ICMP6_FILTER_SETPASS(MLD_LISTENER_QUERY, &filter);
        ::setsockopt(fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter);
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, &one, sizeof one);
    } else {
        ::setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
    }
    return R::success(std::unique_ptr<QuerierSocket>(new QuerierSocket(fd, ipv6)));
}

QList<QuerierSocket::Heard> QuerierSocket::read()
{
    QList<Heard> heard;
    // Queries are small; a longer message is cut and then refused by the parsers' length checks.
    char data[1500];
    alignas(cmsghdr) char control[256];
    for (int reads = 0; reads < kMaxReadsPerCall; ++reads) {
        sockaddr_storage from{};
        iovec iov{data, sizeof data};
        msghdr h{};
        h.msg_name = &from;
        h.msg_namelen = sizeof from;
        h.msg_iov = &iov;
        h.msg_iovlen = 1;
        h.msg_control = control;
        h.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &h, MSG_DONTWAIT);
        if (n <= 0) {
            return heard;
        }
        Heard h2;
        for (cmsghdr *c = CMSG_FIRSTHDR(&h); c != nullptr; c = CMSG_NXTHDR(&h, c)) {
            if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                in_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                h2.interfaceIndex = info.ipi_ifindex;
            } else if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_PKTINFO) {
                in6_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                h2.interfaceIndex = int(info.ipi6_ifindex);
            }
        }
        const QByteArrayView bytes(data, qsizetype(n));
        std::optional<MembershipQuery> query;
        if (m_ipv6) {
            sockaddr_in6 sin6{};
            std::memcpy(&sin6, &from, sizeof sin6);
            h2.from = QHostAddress(sin6.sin6_addr.s6_addr);
            query = parseMldQuery(bytes);
        } else {
            // A raw IPv4 socket sees the IP header first: its length in 32-bit words, options included.
            const qsizetype headerLength = (quint8(bytes[0]) & 0x0F) * 4;
            if (headerLength < kMinIpv4Header || headerLength > bytes.size()) {
                continue;
            }
            sockaddr_in sin{};
            std::memcpy(&sin, &from, sizeof sin);
            h2.from = QHostAddress(ntohl(sin.sin_addr.s_addr));
            query = parseIgmpQuery(bytes.sliced(headerLength));
        }
        if (query) {
            h2.query = *query;
            heard.append(h2);
        }
    }
    return heard;
}

} // namespace mct::core
