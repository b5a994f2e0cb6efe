// One UDP socket for one group and port, joined on one or more interfaces, drained in batches.
//
// Two implementations behind this one interface, chosen when building (MCT_PORTABLE_SOCKET):
// - multicastsocket.cpp, the native Linux path (the default there): a tester needs what QUdpSocket
//   does not expose: source-specific joins, the kernel timestamp of every datagram, the kernel's
//   drop counter, IP_MULTICAST_ALL and batched receive (recvmmsg);
// - multicastsocket_qt.cpp, the portable path (the default elsewhere): QUdpSocket, one datagram per
//   call, receive times from the clock when read, no source filters, no drop counter.
#pragma once

#include "audience.h"
#include "packet.h"
#include "result.h"

#include <QHostAddress>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

class QObject;
class QSocketNotifier;
class QUdpSocket;

namespace mct::core {

struct Membership
{
    QHostAddress group;
    int interfaceIndex = 0;             // 0: let the kernel choose by route
    QList<QHostAddress> includeSources; // non-empty: source-specific join
    QList<QHostAddress> excludeSources;
};

class MulticastSocket final
{
public:
    ~MulticastSocket();
    MulticastSocket(const MulticastSocket &) = delete;
    MulticastSocket &operator=(const MulticastSocket &) = delete;

    // Opens a socket for the group's datagrams to the port (shared with other programs). An IPv4
    // socket is bound to the group address itself, so it sees only that group and, while joined on
    // one interface, needs no per-datagram IP_PKTINFO to say where a datagram went (that control
    // message costs a few per cent of the receive rate). IPv6 sockets are bound to the wildcard address
    // and always ask, as IPv6 does not tie a membership's datagrams to its interface.
    [[nodiscard]] static Result<std::unique_ptr<MulticastSocket>> open(const QHostAddress &group,
                                                                       quint16 port, int receiveBufferBytes);

    // Whether this build receives through the native Linux path (else the portable QUdpSocket one).
    [[nodiscard]] static bool isNative();

    // Calls handler (in context's thread) when datagrams are waiting, until turned off.
    void onReadable(QObject *context, std::function<void()> handler);
    void setReadNotification(bool enabled);
    // Blocks until a datagram is waiting or timeoutMs passed; true if one is.
    [[nodiscard]] bool waitForReadable(int timeoutMs);
    // The OS's descriptor, to wait on it together with others (poll).
    [[nodiscard]] int descriptor() const;

    [[nodiscard]] bool isIPv6() const { return m_ipv6; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // Whether the kernel adds the destination and interface to each datagram (see open()).
    [[nodiscard]] bool asksPacketInfo() const { return m_packetInfo; }
    // Whether the kernel adds each datagram's IP header fields to it: TTL (hop limit) and TOS
    // (traffic class: DSCP and ECN); on after open(). Those control messages cost 7-12 % of the
    // receive rate (tests/bench), so a receiver that shows neither turns them off. Datagrams queued
    // before they are turned on again carry none (ttl and tos -1, unknown). The portable path
    // learns the TTL whatever is asked, and never the TOS.
    void setAskIpHeader(bool ask);
    [[nodiscard]] bool asksIpHeader() const { return m_ipHeader; }
    // What the kernel granted (it doubles the request and caps it at net.core.rmem_max).
    [[nodiscard]] int receiveBufferBytes() const;

    // Whom the hints in join errors speak to (the command line's flags or the window's fields).
    void setAudience(Audience audience) { m_audience = audience; }
    // A join's error text is why, in the OS's words plus a hint (naming a source of an SSM join, but
    // not the group: the caller says what it was joining); lastError() is the errno, 0 if none.
    [[nodiscard]] Result<bool> join(const Membership &membership);
    [[nodiscard]] int lastError() const { return m_lastError; }
    [[nodiscard]] Result<bool> leave(const Membership &membership);

    // Datagrams read per system call at most.
    static constexpr int kBatchSize = 64;
    // Reads up to maxPackets (at most kBatchSize) waiting datagrams into batch (payloads capped at
    // snapLength bytes) and returns how many; 0 when nothing is waiting, -1 on error (errorString()).
    int drain(PacketBatch &batch, int maxPackets, quint32 snapLength);
    // The kernel's cumulative count of datagrams dropped because this socket's buffer was full
    // (always 0 on the portable path, which cannot learn it).
    [[nodiscard]] quint32 kernelDrops() const { return m_kernelDrops; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Sends a unicast datagram (a reply); interfaceIndex scopes IPv6 link-local destinations.
    bool sendTo(QByteArrayView data, const NetAddress &to, quint16 port, int interfaceIndex);

private:
#ifdef MCT_PORTABLE_SOCKET
    MulticastSocket(std::unique_ptr<QUdpSocket> socket, bool ipv6, quint16 port);
    std::unique_ptr<QUdpSocket> m_udp;
    std::function<void()> m_readHandler;
    bool m_notify = true;
#else
    MulticastSocket(int fd, bool ipv6, quint16 port);
    Result<bool> applyMembership(const Membership &membership, bool join);
    void askPacketInfo();

    struct Buffers;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
#endif
    bool m_ipv6 = false;
    quint16 m_port = 0;
    quint32 m_kernelDrops = 0;
    bool m_packetInfo = true;
    bool m_ipHeader = true;
    bool m_otherGroupsArrive = false; // IPv6 without IPV6_MULTICAST_ALL (kernels before 4.20)
    NetAddress m_boundGroup;          // what each datagram's destination is without IP_PKTINFO
    int m_soleInterface = -1;         // the interface of the first membership, -1 before any
    qsizetype m_arenaSlot = 0;        // bytes per datagram read straight into the batch, 0: copied
    QString m_error;
    Audience m_audience = Audience::CommandLine;
    int m_lastError = 0; // of the last join or leave
};

// The OS's words for errno, e.g. "No such device (ENODEV)".
[[nodiscard]] QString osErrorText(int error);
// The same plus a hint at the usual cause for a socket's bind (join false) or join, e.g. "... (EADDRINUSE):
// another program holds the port exclusively; ...".
[[nodiscard]] QString socketErrorText(int error, bool join, bool ipv6 = false,
                                      Audience audience = Audience::CommandLine);

} // namespace mct::core
