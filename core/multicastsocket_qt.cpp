// The portable receive path (MCT_PORTABLE_SOCKET, the default where the native Linux path cannot
// be built): QUdpSocket, one datagram per call, each with the destination, TTL and interface Qt
// reports for it. What it cannot do, it says: source filters are refused at the join, receive
// times come from the clock when a datagram is read (not from the kernel), and the kernel's drop
// counter is unknown (0).
#include "multicastsocket.h"
#include "payload.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>
#include <QVariant>

#include <algorithm>
#include <cerrno>

#include <sys/socket.h>

namespace mct::core {

namespace {

class SocketText final
{
    Q_DECLARE_TR_FUNCTIONS(MulticastSocket)
};

// Qt's words for a failed bind or join are often just "Unknown error"; the system's errno, still
// set from the failed call, says what and gets the same hint as on the native path.
QString failureText(const QUdpSocket &udp, int error, bool join, bool ipv6,
                    Audience audience = Audience::CommandLine)
{
    return error != 0 ? socketErrorText(error, join, ipv6, audience) : udp.errorString();
}

// A join's error says why (its caller names the group), as on the native path.
Result<bool> changeMembership(QUdpSocket &udp, const Membership &m, bool join, Audience audience,
                              int &lastError)
{
    lastError = 0;
    const auto fail = [&](const QString &why) {
        return Result<bool>::failure(
                join ? why : SocketText::tr("cannot leave %1: %2").arg(m.group.toString(), why));
    };
    if (!m.includeSources.isEmpty() || !m.excludeSources.isEmpty()) {
        return fail(SocketText::tr("source filters for %1 (source-specific multicast) need the native Linux "
                                   "receive path, and this build has the portable one")
                            .arg(m.group.toString()));
    }
    const QNetworkInterface interface = m.interfaceIndex == 0
                                                ? QNetworkInterface()
                                                : QNetworkInterface::interfaceFromIndex(m.interfaceIndex);
    if (m.interfaceIndex != 0 && !interface.isValid()) {
        return fail(SocketText::tr("the interface is gone"));
    }
    // Qt joins an IPv4 group on an interface by the interface's IPv4 address: one without any
    // cannot be joined on here (the native path joins by index).
    const bool ipv6 = m.group.protocol() == QAbstractSocket::IPv6Protocol;
    if (interface.isValid() && !ipv6) {
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        if (std::none_of(entries.cbegin(), entries.cend(), [](const QNetworkAddressEntry &e) {
                return e.ip().protocol() == QAbstractSocket::IPv4Protocol;
            })) {
            return fail(SocketText::tr("interface %1 has no IPv4 address, and the portable receive path "
                                       "joins IPv4 groups by the interface's address")
                                .arg(interface.name()));
        }
    }
    errno = 0; // the lookup's own calls may leave one behind
    bool ok = false;
    if (!interface.isValid()) {
        ok = join ? udp.joinMulticastGroup(m.group) : udp.leaveMulticastGroup(m.group);
    } else {
        ok = join ? udp.joinMulticastGroup(m.group, interface) : udp.leaveMulticastGroup(m.group, interface);
    }
    if (!ok) {
        lastError = errno;
        return fail(failureText(udp, lastError, join, ipv6, audience));
    }
    return Result<bool>::success(true);
}

} // namespace

MulticastSocket::MulticastSocket(std::unique_ptr<QUdpSocket> socket, bool ipv6, quint16 port)
    : m_udp(std::move(socket))
    , m_ipv6(ipv6)
    , m_port(port)
{}

MulticastSocket::~MulticastSocket() = default;

bool MulticastSocket::isNative()
{
    return false;
}

Result<std::unique_ptr<MulticastSocket>> MulticastSocket::open(const QHostAddress &group, quint16 port,
                                                               int receiveBufferBytes)
{
    using R = Result<std::unique_ptr<MulticastSocket>>;
    const bool ipv6 = group.protocol() == QAbstractSocket::IPv6Protocol;
    const auto mode = QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint;
    // Bound to the group where the system allows it (then only the group's datagrams arrive), else to
    // the wildcard address; drain() keeps only the group's datagrams either way.
    auto udp = std::make_unique<QUdpSocket>();
    if (!udp->bind(group, port, mode)) {
        udp = std::make_unique<QUdpSocket>();
        errno = 0;
        if (!udp->bind(ipv6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, port, mode)) {
            const int error = errno;
            return R::failure((ipv6 ? SocketText::tr("cannot bind UDP port %1 (IPv6): %2")
                                    : SocketText::tr("cannot bind UDP port %1 (IPv4): %2"))
                                      .arg(port)
                                      .arg(failureText(*udp, error, false, ipv6)));
        }
    }
    if (receiveBufferBytes > 0) {
#ifdef SO_RCVBUFFORCE
        // Linux: past net.core.rmem_max when privileged, as on the native path.
        if (::setsockopt(int(udp->socketDescriptor()), SOL_SOCKET, SO_RCVBUFFORCE, &receiveBufferBytes,
                         sizeof receiveBufferBytes)
            != 0)
#endif
        {
            udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBufferBytes);
        }
    }
    std::unique_ptr<MulticastSocket> socket(new MulticastSocket(std::move(udp), ipv6, port));
    socket->m_boundGroup = NetAddress::fromHostAddress(group);
    return R::success(std::move(socket));
}

void MulticastSocket::onReadable(QObject *context, std::function<void()> handler)
{
    m_readHandler = std::move(handler);
    QObject::connect(m_udp.get(), &QUdpSocket::readyRead, context, [this] {
        if (m_notify) {
            m_readHandler();
        }
    });
}

void MulticastSocket::setReadNotification(bool enabled)
{
    const bool resumed = enabled && !m_notify;
    m_notify = enabled;
    if (resumed && m_readHandler) {
        // Qt signals readyRead again only after a read: what waited during the pause is read now.
        // Queued on the socket itself, so nothing runs if the socket is closed first.
        QMetaObject::invokeMethod(
                m_udp.get(),
                [this] {
                    if (m_notify && m_udp->hasPendingDatagrams()) {
                        m_readHandler();
                    }
                },
                Qt::QueuedConnection);
    }
}

int MulticastSocket::descriptor() const
{
    return int(m_udp->socketDescriptor());
}

bool MulticastSocket::waitForReadable(int timeoutMs)
{
    return m_udp->hasPendingDatagrams() || m_udp->waitForReadyRead(timeoutMs);
}

int MulticastSocket::receiveBufferBytes() const
{
    return m_udp->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
}

Result<bool> MulticastSocket::join(const Membership &membership)
{
    const Result<bool> result = changeMembership(*m_udp, membership, true, m_audience, m_lastError);
    if (result && m_soleInterface < 0) {
        m_soleInterface = membership.interfaceIndex;
    }
    return result;
}

Result<bool> MulticastSocket::leave(const Membership &membership)
{
    return changeMembership(*m_udp, membership, false, m_audience, m_lastError);
}

void MulticastSocket::setAskIpHeader(bool ask)
{
    // Qt reads every datagram's TTL anyway and never its TOS (tos stays -1, unknown); the flag only
    // says what was asked.
    m_ipHeader = ask;
}

int MulticastSocket::drain(PacketBatch &batch, int maxPackets, quint32 snapLength)
{
    const int want = std::min(maxPackets, kBatchSize);
    const qint64 now = wallClockNs(); // one reading per call: datagrams read together arrived together
    int n = 0;
    while (n < want && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram();
        if (!datagram.isValid()) {
            if (n == 0) {
                m_error = m_udp->errorString();
                return -1;
            }
            break;
        }
        ++n;
        const QHostAddress destination = datagram.destinationAddress();
        const NetAddress group =
                destination.isNull() ? m_boundGroup : NetAddress::fromHostAddress(destination);
        if (!(group == m_boundGroup)) {
            continue; // another group on this port (the socket is bound to the wildcard address)
        }
        const QByteArray data = datagram.data();
        PacketRecord r;
        r.size = quint32(data.size());
        r.storedLength = std::min(r.size, snapLength);
        r.payloadOffset = quint32(batch.arena.size());
        batch.arena.append(data.constData(), qsizetype(r.storedLength));
        r.port = m_port;
        r.group = group;
        r.source = NetAddress::fromHostAddress(datagram.senderAddress());
        r.sourcePort = quint16(datagram.senderPort());
        r.ttl = qint16(datagram.hopLimit());
        r.interfaceIndex =
                datagram.interfaceIndex() > 0 ? int(datagram.interfaceIndex()) : std::max(0, m_soleInterface);
        r.receiveTimeNs = now;
        batch.records.append(r);
    }
    return n;
}

bool MulticastSocket::sendTo(QByteArrayView data, const NetAddress &to, quint16 port, int interfaceIndex)
{
    QHostAddress address = to.toHostAddress();
    if (address.isLinkLocal()) {
        address.setScopeId(QString::number(interfaceIndex));
    }
    if (m_udp->writeDatagram(data.data(), data.size(), address, port) < 0) {
        m_error = m_udp->errorString();
        return false;
    }
    return true;
}

} // namespace mct::core
