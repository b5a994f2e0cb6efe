// One UDP socket per group and port, joined on one or more interfaces, drained in batches.
#include "multicastsocket.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <limits>

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef IPV6_MULTICAST_ALL
#define IPV6_MULTICAST_ALL 29 // Linux 4.20+, missing from older C library headers
#endif

#ifndef __linux__
#error "The receive path uses Linux socket options (recvmmsg, IP_MULTICAST_ALL, SO_RXQ_OVFL)."
#endif

namespace mct::core {

namespace {

class SocketText final
{
    Q_DECLARE_TR_FUNCTIONS(MulticastSocket)
};

// One buffer per message that holds the largest UDP payload. Large, alike datagrams are read into a
// slot of the batch plus this buffer for any rest (see the end of drain()); for small ones the
// kernel's two-part iovec import costs more than the copy it saves.
constexpr size_t kBufferBytes = 65536;
constexpr int kControlBytes = 256;
// Datagram sizes read straight into the batch (see the end of drain()).
constexpr quint32 kMinArenaSlot = 512;
constexpr quint32 kMaxArenaSlot = 9216;

void fillSockaddr(const QHostAddress &address, sockaddr_storage &out)
{
    std::memset(&out, 0, sizeof out);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&out);
        sin6->sin6_family = AF_INET6;
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, raw.c, 16);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&out);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
    }
}

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

// One set per thread, shared by every socket the thread drains (a receiver has one per group).
struct MulticastSocket::Buffers
{
    // Not zeroed: pages only small datagrams never reach cost no memory.
    std::unique_ptr<char[]> data = std::make_unique_for_overwrite<char[]>(size_t(kBatchSize) * kBufferBytes);
    std::vector<char> control = std::vector<char>(size_t(kBatchSize) * kControlBytes);
    mmsghdr headers[kBatchSize]{};
    iovec iovecs[kBatchSize][2]{};
    sockaddr_storage sources[kBatchSize]{};
};

MulticastSocket::MulticastSocket(int fd, bool ipv6, quint16 port)
    : m_fd(fd)
    , m_ipv6(ipv6)
    , m_port(port)
{}

MulticastSocket::~MulticastSocket()
{
    m_notifier.reset(); // before the descriptor it watches goes
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool MulticastSocket::isNative()
{
    return true;
}

void MulticastSocket::onReadable(QObject *context, std::function<void()> handler)
{
    // Made here, in the thread that will drain, and only by those that drain through an event loop.
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, std::move(handler));
}

void MulticastSocket::setReadNotification(bool enabled)
{
    if (m_notifier) {
        m_notifier->setEnabled(enabled);
    }
}

int MulticastSocket::descriptor() const
{
    return m_fd;
}

bool MulticastSocket::waitForReadable(int timeoutMs)
{
    pollfd readable{m_fd, POLLIN, 0};
    return ::poll(&readable, 1, timeoutMs) == 1;
}

Result<std::unique_ptr<MulticastSocket>> MulticastSocket::open(const QHostAddress &group, quint16 port,
                                                               int receiveBufferBytes)
{
    using R = Result<std::unique_ptr<MulticastSocket>>;
    const bool ipv6 = group.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return R::failure(
                SocketText::tr("cannot create a UDP socket: %1").arg(socketErrorText(errno, false)));
    }
    std::unique_ptr<MulticastSocket> socket(new MulticastSocket(fd, ipv6, port));
    socket->m_boundGroup = NetAddress::fromHostAddress(group);
    const int one = 1;
    const int zero = 0;
    // Several programs (and several mctester windows) may listen on the same group port.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one);
    if (receiveBufferBytes > 0) {
        // SO_RCVBUFFORCE passes rmem_max when we are privileged; fall back to the capped one.
        if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBufferBytes, sizeof receiveBufferBytes)
            != 0) {
            ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
        }
    }
    if (ipv6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, &one, sizeof one);
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, &one, sizeof one);
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVTCLASS, &one, sizeof one);
        // Kernels before 4.20 lack it: every socket on the port then sees every joined group, and
        // drain() drops the other groups' datagrams (their own sockets have them).
        socket->m_otherGroupsArrive =
                ::setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_ALL, &zero, sizeof zero) != 0;
        sockaddr_in6 addr{};
        addr.sin6_family = AF_INET6;
        addr.sin6_addr = in6addr_any;
        addr.sin6_port = htons(port);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            return R::failure(SocketText::tr("cannot bind UDP port %1 (IPv6): %2")
                                      .arg(port)
                                      .arg(socketErrorText(errno, false)));
        }
    } else {
        ::setsockopt(fd, IPPROTO_IP, IP_RECVTTL, &one, sizeof one);
        ::setsockopt(fd, IPPROTO_IP, IP_RECVTOS, &one, sizeof one);
        // Without this Linux delivers every group any socket on the host joined to this port, and
        // with it a membership's datagrams come only through the membership's interface.
        ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_ALL, &zero, sizeof zero);
        // Bound to the group: only its datagrams arrive, so the destination is known (see the header).
        socket->m_packetInfo = false;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(socket->m_boundGroup.ipv4());
        addr.sin_port = htons(port);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            return R::failure(SocketText::tr("cannot bind UDP port %1 (IPv4): %2")
                                      .arg(port)
                                      .arg(socketErrorText(errno, false)));
        }
    }
    return R::success(std::move(socket));
}

int MulticastSocket::receiveBufferBytes() const
{
    int value = 0;
    socklen_t length = sizeof value;
    ::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &value, &length);
    return value;
}

Result<bool> MulticastSocket::join(const Membership &membership)
{
    // A second interface (or the route's, unknown to us) leaves the interface open: ask the kernel
    // from now on, before the first datagram through it can arrive. (Those already queued came
    // through the sole interface; they carry no information and keep the socket's own.)
    if (membership.interfaceIndex == 0
        || (m_soleInterface >= 0 && m_soleInterface != membership.interfaceIndex)) {
        askPacketInfo();
    }
    const Result<bool> result = applyMembership(membership, true);
    if (result && m_soleInterface < 0) {
        m_soleInterface = membership.interfaceIndex;
    }
    return result;
}

void MulticastSocket::setAskIpHeader(bool ask)
{
    if (ask != m_ipHeader) {
        const int value = ask ? 1 : 0;
        if (m_ipv6) {
            ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, &value, sizeof value);
            ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_RECVTCLASS, &value, sizeof value);
        } else {
            ::setsockopt(m_fd, IPPROTO_IP, IP_RECVTTL, &value, sizeof value);
            ::setsockopt(m_fd, IPPROTO_IP, IP_RECVTOS, &value, sizeof value);
        }
        m_ipHeader = ask;
    }
}

void MulticastSocket::askPacketInfo()
{
    if (!m_packetInfo) {
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
        m_packetInfo = true;
    }
}

Result<bool> MulticastSocket::leave(const Membership &membership)
{
    return applyMembership(membership, false);
}

Result<bool> MulticastSocket::applyMembership(const Membership &m, bool join)
{
    const int level = m_ipv6 ? IPPROTO_IPV6 : IPPROTO_IP;
    m_lastError = 0;
    // A join's error says why (its caller names the group); a source it concerns, it names.
    auto fail = [&](const QString &source = {}) {
        m_lastError = errno;
        const QString why = socketErrorText(m_lastError, join, m_ipv6, m_audience);
        if (!join) {
            return Result<bool>::failure(SocketText::tr("cannot leave %1: %2").arg(m.group.toString(), why));
        }
        return Result<bool>::failure(source.isEmpty() ? why : SocketText::tr("%1: %2").arg(source, why));
    };

    if (!m.includeSources.isEmpty()) {
        for (const QHostAddress &source : m.includeSources) {
            group_source_req req{};
            req.gsr_interface = quint32(m.interfaceIndex);
            fillSockaddr(m.group, req.gsr_group);
            fillSockaddr(source, req.gsr_source);
            if (::setsockopt(m_fd, level, join ? MCAST_JOIN_SOURCE_GROUP : MCAST_LEAVE_SOURCE_GROUP, &req,
                             sizeof req)
                != 0) {
                return fail(SocketText::tr("from source %1").arg(source.toString()));
            }
        }
        return Result<bool>::success(true);
    }

    group_req req{};
    req.gr_interface = quint32(m.interfaceIndex);
    fillSockaddr(m.group, req.gr_group);
    if (::setsockopt(m_fd, level, join ? MCAST_JOIN_GROUP : MCAST_LEAVE_GROUP, &req, sizeof req) != 0) {
        return fail();
    }
    if (join) {
        for (const QHostAddress &source : m.excludeSources) {
            group_source_req sreq{};
            sreq.gsr_interface = quint32(m.interfaceIndex);
            fillSockaddr(m.group, sreq.gsr_group);
            fillSockaddr(source, sreq.gsr_source);
            if (::setsockopt(m_fd, level, MCAST_BLOCK_SOURCE, &sreq, sizeof sreq) != 0) {
                const Result<bool> error = fail(SocketText::tr("excluding source %1").arg(source.toString()));
                ::setsockopt(m_fd, level, MCAST_LEAVE_GROUP, &req, sizeof req);
                return error;
            }
        }
    }
    return Result<bool>::success(true);
}

int MulticastSocket::drain(PacketBatch &batch, int maxPackets, quint32 snapLength)
{
    thread_local Buffers b;
    const int want = std::min(maxPackets, kBatchSize);
    // Direct: each datagram goes straight into a slot of the batch's arena, the part beyond the
    // slot (if any) into the thread's buffer. Else each goes into the thread's buffer and is copied.
    const qsizetype slot = snapLength >= quint32(m_arenaSlot) ? m_arenaSlot : 0; // slots kept whole
    const qsizetype first = batch.arena.size();
    if (slot > 0) {
        batch.arena.resize(first + want * slot);
    }
    for (int i = 0; i < want; ++i) {
        char *spill = b.data.get() + size_t(i) * kBufferBytes;
        msghdr &h = b.headers[i].msg_hdr;
        if (slot > 0) {
            b.iovecs[i][0] = {batch.arena.data() + first + i * slot, size_t(slot)};
            b.iovecs[i][1] = {spill, kBufferBytes - size_t(slot)};
            h.msg_iovlen = 2;
        } else {
            b.iovecs[i][0] = {spill, kBufferBytes};
            h.msg_iovlen = 1;
        }
        h.msg_iov = b.iovecs[i];
        h.msg_name = &b.sources[i];
        h.msg_namelen = sizeof(sockaddr_storage);
        h.msg_control = b.control.data() + size_t(i) * kControlBytes;
        h.msg_controllen = kControlBytes;
        h.msg_flags = 0;
    }
    const int n = ::recvmmsg(m_fd, b.headers, unsigned(want), MSG_DONTWAIT, nullptr);
    if (n <= 0) {
        batch.arena.resize(first);
        if (n == 0 || errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
            return 0;
        }
        m_error = osErrorText(errno);
        return -1;
    }

    // Where each payload is kept: in its slot, or (datagrams larger than the slot, and every one
    // without slots) appended after the slots in one resize for the whole call.
    quint32 smallest = std::numeric_limits<quint32>::max();
    quint32 largest = 0;
    qsizetype appended = 0;
    for (int i = 0; i < n; ++i) {
        const quint32 size = b.headers[i].msg_len;
        smallest = std::min(smallest, size);
        largest = std::max(largest, size);
        if (slot == 0 || size > quint32(slot)) {
            appended += qsizetype(std::min(size, snapLength));
        }
    }
    qsizetype offset = first + n * slot;
    batch.arena.resize(offset + appended);
    char *arena = batch.arena.data();
    // The records are written in place (resized for the call, not appended one by one).
    const qsizetype firstRecord = batch.records.size();
    batch.records.resize(firstRecord + n);
    PacketRecord *records = batch.records.data() + firstRecord;
    int kept = 0;
    qint64 fallbackTime = 0;
    for (int i = 0; i < n; ++i) {
        const msghdr &h = b.headers[i].msg_hdr;
        const quint32 size = b.headers[i].msg_len;
        PacketRecord &r = records[kept];
        r.size = size;
        r.port = m_port;
        r.group = m_boundGroup;
        r.interfaceIndex = std::max(0, m_soleInterface);
        r.storedLength = std::min(size, snapLength);
        if (slot > 0 && size <= quint32(slot)) {
            r.payloadOffset = quint32(first + i * slot);
        } else {
            r.payloadOffset = quint32(offset);
            const qsizetype inSlot = std::min<qsizetype>(slot, r.storedLength);
            if (inSlot > 0) {
                std::memcpy(arena + offset, arena + first + i * slot, size_t(inSlot));
            }
            std::memcpy(arena + offset + inSlot,
                        static_cast<const char *>(h.msg_iov[h.msg_iovlen - 1].iov_base),
                        size_t(r.storedLength - inSlot));
            offset += r.storedLength;
        }

        if (b.sources[i].ss_family == AF_INET6) {
            const auto *sin6 = reinterpret_cast<const sockaddr_in6 *>(&b.sources[i]);
            r.source = NetAddress::fromIPv6(sin6->sin6_addr.s6_addr);
            r.sourcePort = ntohs(sin6->sin6_port);
        } else {
            const auto *sin = reinterpret_cast<const sockaddr_in *>(&b.sources[i]);
            r.source = NetAddress{}; // network order is NetAddress's order: no conversion
            std::memcpy(r.source.bytes.data(), &sin->sin_addr.s_addr, 4);
            r.sourcePort = ntohs(sin->sin_port);
        }

        for (cmsghdr *c = CMSG_FIRSTHDR(const_cast<msghdr *>(&h)); c;
             c = CMSG_NXTHDR(const_cast<msghdr *>(&h), c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                timespec ts{};
                std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                r.receiveTimeNs = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
            } else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                std::memcpy(&m_kernelDrops, CMSG_DATA(c), sizeof m_kernelDrops);
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                in_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                if (info.ipi_ifindex > 0) { // 0: queued before the socket asked
                    r.interfaceIndex = info.ipi_ifindex;
                }
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_TTL) {
                int ttl = 0;
                std::memcpy(&ttl, CMSG_DATA(c), sizeof ttl);
                r.ttl = qint16(ttl);
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_TOS) {
                r.tos = qint16(*CMSG_DATA(c)); // one byte, unlike IPv6's int
            } else if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_PKTINFO) {
                in6_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                r.group = NetAddress::fromIPv6(info.ipi6_addr.s6_addr);
                r.interfaceIndex = int(info.ipi6_ifindex);
            } else if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_HOPLIMIT) {
                int hops = 0;
                std::memcpy(&hops, CMSG_DATA(c), sizeof hops);
                r.ttl = qint16(hops);
            } else if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_TCLASS) {
                int trafficClass = 0;
                std::memcpy(&trafficClass, CMSG_DATA(c), sizeof trafficClass);
                r.tos = qint16(trafficClass & 0xFF);
            }
        }
        if (r.receiveTimeNs == 0) {
            if (fallbackTime == 0) {
                fallbackTime = nowNs();
            }
            r.receiveTimeNs = fallbackTime;
        }
        if (m_otherGroupsArrive && !(r.group == m_boundGroup)) {
            r = PacketRecord{}; // another group's datagram (old kernel, see open()); its payload is a gap
            continue;
        }
        ++kept;
    }
    batch.records.resize(firstRecord + kept);
    // Slots for the next call when this one's datagrams were large and alike (a video or load
    // stream): the kernel then writes each payload where it is kept, instead of a copy per
    // datagram (at 1316 bytes that copy was about a tenth of the time). Small or mixed
    // datagrams are copied: a second iovec costs more than a small copy, and slots sized for the
    // largest would leave the small ones' slots mostly empty.
    const bool alike =
            n >= 4 && smallest >= kMinArenaSlot && largest <= kMaxArenaSlot && smallest >= largest / 2;
    m_arenaSlot = alike ? (qsizetype(largest) + 63) / 64 * 64 : 0;
    return n;
}

bool MulticastSocket::sendTo(QByteArrayView data, const NetAddress &to, quint16 port, int interfaceIndex)
{
    ssize_t sent = -1;
    if (to.v6) {
        sockaddr_in6 addr{};
        addr.sin6_family = AF_INET6;
        addr.sin6_port = htons(port);
        std::memcpy(&addr.sin6_addr, to.bytes.data(), 16);
        if (IN6_IS_ADDR_LINKLOCAL(&addr.sin6_addr)) {
            addr.sin6_scope_id = quint32(interfaceIndex);
        }
        sent = ::sendto(m_fd, data.data(), size_t(data.size()), MSG_DONTWAIT,
                        reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    } else {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(to.ipv4());
        sent = ::sendto(m_fd, data.data(), size_t(data.size()), MSG_DONTWAIT,
                        reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    }
    if (sent < 0) {
        m_error = osErrorText(errno);
        return false;
    }
    return true;
}

} // namespace mct::core
