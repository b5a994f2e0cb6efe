// The sending engine: paces datagrams to a group on its own thread and collects unicast replies.
#include "sender.h"

#include "interfaces.h"
#include "logging.h"
#include "multicastsocket.h"
#include "validation.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>
#include <QUdpSocket>

#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace mct::core {

namespace {

// Replies handed over in one signal at most (a flood of them still reaches the window in pieces).
constexpr qsizetype kRepliesPerSignal = 1024;

class SenderText final
{
    Q_DECLARE_TR_FUNCTIONS(Sender)
};

constexpr int kStatusIntervalMs = 250;
// Most packets sent in one timer tick; a late tick catches up over several ticks.
constexpr quint64 kMaxBurst = 4096;
constexpr size_t kSendTimeRing = 65536;

QString sendHint(int error, bool ipv6, Audience audience)
{
    switch (error) {
    case ENETUNREACH:
        return forAudience(audience,
                           SenderText::tr("no route for the group: choose an interface in the Interface list "
                                          "or add a multicast route (%1)"),
                           SenderText::tr("no route for the group: choose an interface (-i) or add a "
                                          "multicast route (%1)"))
                .arg(multicastRouteCommand(ipv6));
    case EMSGSIZE:
        return SenderText::tr("the datagram is larger than the interface allows");
    case EPERM:
    case EACCES:
        return SenderText::tr("a firewall rule refused the packet");
    case EADDRNOTAVAIL:
        return SenderText::tr("the source address is not on the outgoing interface");
    default:
        return {};
    }
}

// Binds to the address and port to send from; the error, if any, in the audience's words.
QString bindForSending(QUdpSocket &socket, const SenderSettings &s)
{
    const bool ipv6 = s.destination.isIPv6();
    QHostAddress bindAddress = s.sourceAddress;
    if (bindAddress.isNull()) {
        bindAddress = ipv6 ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4);
    } else if (ipv6 && bindAddress.isLinkLocal() && bindAddress.scopeId().isEmpty()) {
        bindAddress.setScopeId(s.interfaceName); // the interface sent from (checkSettings() asks for one)
    }
    if (socket.bind(bindAddress, s.sourcePort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        return {};
    }
    if (!s.sourceAddress.isNull() && socket.error() == QAbstractSocket::SocketAddressNotAvailableError) {
        // Qt's "The address is not available" says neither which address nor why.
        return forAudience(s.audience,
                           SenderText::tr("cannot send from %1: this host has no such address; give one of "
                                          "its own in Source address, or leave it empty"),
                           SenderText::tr("cannot send from %1: this host has no such address; give one of "
                                          "its own to --source-address, or leave it out"))
                .arg(s.sourceAddress.toString());
    }
    return SenderText::tr("cannot bind %1: %2")
            .arg(formatAddressPort(bindAddress, s.sourcePort), socket.errorString());
}

// TTL, loopback, DSCP and the outgoing interface, set on the socket as it is; the error, if any.
QString applySocketOptions(int fd, const SenderSettings &s, int &interfaceIndex)
{
    const bool ipv6 = s.destination.isIPv6();
    const int level = ipv6 ? IPPROTO_IPV6 : IPPROTO_IP;
    const int ttl = s.ttl;
    const int loop = s.loopback ? 1 : 0;
    const bool ok =
            ::setsockopt(fd, level, ipv6 ? IPV6_MULTICAST_HOPS : IP_MULTICAST_TTL, &ttl, sizeof ttl) == 0
            && ::setsockopt(fd, level, ipv6 ? IPV6_MULTICAST_LOOP : IP_MULTICAST_LOOP, &loop, sizeof loop)
                       == 0;
    if (!ok) {
        return SenderText::tr("cannot set TTL/loopback: %1").arg(osErrorText(errno));
    }
    // -1: the system's default (IPv6 takes -1 for it, IPv4 has 0), also after a DSCP was set before.
    const int tos = s.dscp >= 0 ? s.dscp << 2 : (ipv6 ? -1 : 0);
    if (::setsockopt(fd, level, ipv6 ? IPV6_TCLASS : IP_TOS, &tos, sizeof tos) != 0 && s.dscp >= 0) {
        return SenderText::tr("cannot set DSCP %1: %2").arg(s.dscp).arg(osErrorText(errno));
    }
    interfaceIndex = 0; // the route's, also after another interface was chosen before
    if (!s.interfaceName.isEmpty()) {
        const auto found = findInterface(s.interfaceName);
        if (!found) {
            return found.error();
        }
        interfaceIndex = found.value().index;
    }
    int rc = 0;
    if (ipv6) {
        rc = ::setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &interfaceIndex, sizeof interfaceIndex);
    } else {
        ip_mreqn req{};
        req.imr_ifindex = interfaceIndex;
        rc = ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &req, sizeof req);
    }
    if (rc != 0 && !s.interfaceName.isEmpty()) {
        return SenderText::tr("cannot send from interface %1: %2").arg(s.interfaceName, osErrorText(errno));
    }
    return {};
}

} // namespace

QString sendErrorText(int error, bool ipv6, Audience audience)
{
    const QString hint = sendHint(error, ipv6, audience);
    return hint.isEmpty() ? osErrorText(error) : SenderText::tr("%1; %2").arg(osErrorText(error), hint);
}

struct Sender::Burst
{
    // Datagrams handed to the kernel per sendmmsg call: one system call instead of 64 cut the
    // sender's CPU per datagram by ~8 % (tests/bench), so rate mode keeps up at higher rates.
    static constexpr int kSize = 64;
    mmsghdr headers[kSize]{};
    iovec iovecs[kSize]{};
    QByteArray slots[kSize]; // probe header + body, or an expanded template; reused
    qint64 times[kSize]{};
    sockaddr_storage to{};
    socklen_t toLength = 0;
};

Sender::Sender(QObject *parent)
    : QObject(parent)
    , m_tick(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_hostName(QSysInfo::machineHostName().toUtf8())
    , m_sentProbes(kSendTimeRing)
    , m_burst(std::make_unique<Burst>())
{
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, &Sender::onTick);
    m_statusTimer->setInterval(kStatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, [this] { Q_EMIT statusUpdated(m_status); });
}

Sender::~Sender() = default;

QString Sender::checkSettings(const SenderSettings &s)
{
    QByteArray first;
    return checkSettings(s, first);
}

QString Sender::checkSettings(const SenderSettings &s, QByteArray &first)
{
    if (s.destination.port == 0 || !s.destination.group.isMulticast()) {
        return SenderText::tr("choose a multicast group and port, e.g. 239.1.2.3:5000");
    }
    if (s.ttl < 0 || s.ttl > 255) {
        return SenderText::tr("TTL %1 is not valid; use 0 to 255").arg(s.ttl);
    }
    if (s.ratePps <= 0 && !(s.intervalMs > 0)) {
        return SenderText::tr("interval must be greater than 0 ms");
    }
    if (s.count < 0) {
        return SenderText::tr("count must be 0 (until stopped) or more");
    }
    if (!s.sourceAddress.isNull()
        && (s.sourceAddress.protocol() == QAbstractSocket::IPv6Protocol) != s.destination.isIPv6()) {
        return SenderText::tr("source address %1 is not of the group's address family")
                .arg(s.sourceAddress.toString());
    }
    if (s.sourceAddress.isLinkLocal() && s.sourceAddress.protocol() == QAbstractSocket::IPv6Protocol
        && s.sourceAddress.scopeId().isEmpty() && s.interfaceName.isEmpty()) {
        // Link-local addresses repeat on every link: without its interface the system cannot use it.
        return SenderText::tr("source address %1 is link-local: choose the interface it belongs to, or write "
                              "it as %1%NAME")
                .arg(s.sourceAddress.toString());
    }
    // The payload as the first datagram carries it (text: with its placeholders filled in).
    if (s.payload.mode != PayloadMode::Text) {
        const auto fixed = resolveFixedPayload(s.payload);
        if (!fixed) {
            return fixed.error();
        }
        first = fixed.value();
    } else {
        first = PayloadTemplate(s.payload.text).expand(0, 0, QSysInfo::machineHostName().toUtf8());
    }
    const int limit = s.destination.isIPv6() ? kMaxUdpPayloadIPv6 : kMaxUdpPayloadIPv4;
    const qsizetype size = first.size() + (s.probe ? ProbeHeader::kSize : 0);
    if (size > limit) {
        return SenderText::tr("payload of %1 bytes is larger than a UDP datagram holds (%2)")
                .arg(size)
                .arg(limit);
    }
    return {};
}

bool Sender::openSocket(const SenderSettings &s)
{
    // A new socket only for a new address or port to send from: TTL, loopback, DSCP and the interface
    // change on the socket as it is, so Send Once and Start, before and after such a change, send from
    // one source port (a receiver tells a sender's streams apart by it).
    const bool keep = m_socket && m_socketSettings
                      && m_socketSettings->destination.isIPv6() == s.destination.isIPv6()
                      && m_socketSettings->sourcePort == s.sourcePort
                      && m_socketSettings->sourceAddress == s.sourceAddress
                      && (s.sourceAddress.isNull() || m_socketSettings->interfaceName == s.interfaceName);
    if (!keep) {
        delete m_socket;
        m_socket = new QUdpSocket(this);
        m_interfaceIndex = 0;
        connect(m_socket, &QUdpSocket::readyRead, this, &Sender::readReplies);
    }
    m_socketSettings.reset();
    if (const QString problem = keep ? QString() : bindForSending(*m_socket, s); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    const QString problem = applySocketOptions(int(m_socket->socketDescriptor()), s, m_interfaceIndex);
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    m_socketSettings = s;
    return true;
}

bool Sender::prepare(const SenderSettings &settings)
{
    QByteArray first;
    const QString problem = checkSettings(settings, first);
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    if (!openSocket(settings)) {
        return false;
    }
    m_settings = settings;
    setDestination();
    m_template = PayloadTemplate();
    m_fixedPayload.clear();
    if (settings.payload.mode == PayloadMode::Text) {
        m_template = PayloadTemplate(settings.payload.text);
        m_fixedPayload = m_template.expand(0, 0, m_hostName);
    } else {
        m_fixedPayload = first; // the bytes checkSettings() read and measured
    }
    return true;
}

void Sender::start(const SenderSettings &settings)
{
    m_tick->stop();
    if (!prepare(settings)) {
        return;
    }
    m_status = SenderStatus{};
    m_status.streamId = QRandomGenerator::global()->generate();
    m_status.running = true;
    m_sequence = 0;
    m_streamDestination = settings.destination;
    m_streamProbe = settings.probe;
    m_clock.start();
    m_statusTimer->start();
    qCInfo(lcSender) << "sending to" << settings.destination.toString() << "at" << settings.packetsPerSecond()
                     << "pps";
    Q_EMIT started(m_status.streamId);
    onTick();
}

void Sender::sendOnce(const SenderSettings &settings)
{
    if (m_status.running) {
        return; // a running stream owns the sequence numbers
    }
    if (!prepare(settings)) {
        return;
    }
    if (m_status.streamId == 0 || settings.destination != m_streamDestination
        || settings.probe != m_streamProbe) {
        // Another group, or probes after plain packets (or back): a stream of its own, from
        // sequence 0, so that a receiver does not count the packets of the other one as lost.
        m_status = SenderStatus{};
        m_status.streamId = QRandomGenerator::global()->generate();
        m_sequence = 0;
        m_streamDestination = settings.destination;
        m_streamProbe = settings.probe;
    }
    if (!m_clock.isValid()) {
        m_clock.start();
    }
    sendBurst(1);
    Q_EMIT statusUpdated(m_status);
}

void Sender::stop()
{
    if (m_status.running) {
        finish();
    }
}

void Sender::finish()
{
    m_tick->stop();
    m_statusTimer->stop();
    m_status.running = false;
    Q_EMIT finished(m_status);
}

void Sender::setDestination()
{
    Burst &b = *m_burst;
    b.to = {};
    if (m_settings.destination.isIPv6()) {
        auto *to = reinterpret_cast<sockaddr_in6 *>(&b.to);
        to->sin6_family = AF_INET6;
        to->sin6_port = htons(m_settings.destination.port);
        const Q_IPV6ADDR raw = m_settings.destination.group.toIPv6Address();
        std::memcpy(&to->sin6_addr, raw.c, 16);
        to->sin6_scope_id = quint32(m_interfaceIndex);
        b.toLength = sizeof(sockaddr_in6);
    } else {
        auto *to = reinterpret_cast<sockaddr_in *>(&b.to);
        to->sin_family = AF_INET;
        to->sin_port = htons(m_settings.destination.port);
        to->sin_addr.s_addr = htonl(m_settings.destination.group.toIPv4Address());
        b.toLength = sizeof(sockaddr_in);
    }
}

QByteArrayView Sender::buildDatagram(int slot, quint64 sequence)
{
    Burst &b = *m_burst;
    const qint64 now = wallClockNs();
    b.times[slot] = now;
    QByteArray &out = b.slots[slot];
    if (!m_settings.probe) {
        if (!m_template.hasPlaceholders()) {
            return m_fixedPayload; // the same bytes every time: no copy
        }
        out = m_template.expand(sequence, now, m_hostName);
        return out;
    }
    const QByteArray body =
            m_template.hasPlaceholders() ? m_template.expand(sequence, now, m_hostName) : m_fixedPayload;
    ProbeHeader header;
    header.flags = m_settings.requestReplies ? ProbeHeader::kFlagReplyRequested : 0;
    header.streamId = m_status.streamId;
    header.sequence = sequence;
    header.sendTimeNs = now;
    header.plannedCount =
            quint32(std::clamp<qint64>(m_settings.count, 0, std::numeric_limits<quint32>::max()));
    out.resize(ProbeHeader::kSize + body.size());
    writeProbeHeader(header, out.data());
    std::memcpy(out.data() + ProbeHeader::kSize, body.constData(), size_t(body.size()));
    return out;
}

quint64 Sender::sendBurst(quint64 count)
{
    Burst &b = *m_burst;
    const int fd = int(m_socket->socketDescriptor());
    quint64 done = 0;
    while (done < count) {
        const int n = int(std::min<quint64>(count - done, Burst::kSize));
        for (int i = 0; i < n; ++i) {
            const QByteArrayView datagram = buildDatagram(i, m_sequence + quint64(i));
            b.iovecs[i] = {const_cast<char *>(datagram.data()), size_t(datagram.size())};
            msghdr &h = b.headers[i].msg_hdr;
            h = {};
            h.msg_name = &b.to;
            h.msg_namelen = b.toLength;
            h.msg_iov = &b.iovecs[i];
            h.msg_iovlen = 1;
        }
        const int sent = ::sendmmsg(fd, b.headers, unsigned(n), MSG_DONTWAIT);
        if (sent < 0) {
            const int error = errno;
            if (error == EAGAIN || error == EWOULDBLOCK || error == ENOBUFS) {
                return done; // the queue is full: try again on the next tick
            }
            ++m_status.errors;
            const QString message =
                    SenderText::tr("cannot send to %1: %2")
                            .arg(m_settings.destination.toString(),
                                 sendErrorText(error, m_settings.destination.isIPv6(), m_settings.audience));
            // failed() first: a listener must learn why before it hears that sending ended.
            Q_EMIT failed(message);
            if (m_status.running) {
                finish();
            }
            return done;
        }
        for (int i = 0; i < sent; ++i) {
            m_sentProbes[m_sequence % kSendTimeRing] = {m_sequence, b.times[i], m_settings.ttl};
            ++m_sequence;
            ++m_status.sent;
            m_status.bytes += quint64(b.iovecs[i].iov_len);
        }
        done += quint64(sent);
        if (sent < n) {
            return done; // the kernel took part of it; the next call reports why, if anything is wrong
        }
    }
    return done;
}

void Sender::onTick()
{
    if (!m_status.running) {
        return;
    }
    const double rate = m_settings.packetsPerSecond();
    const double elapsedS = double(m_clock.nsecsElapsed()) / 1e9;
    // Packet k is due at k / rate seconds after the start; send whatever is due by now.
    quint64 due = quint64(elapsedS * rate) + 1;
    if (m_settings.count > 0) {
        due = std::min<quint64>(due, quint64(m_settings.count));
    }
    if (m_status.sent < due) {
        sendBurst(std::min<quint64>(due - m_status.sent, kMaxBurst));
        if (!m_status.running) {
            return; // a hard error ended the stream
        }
    }
    if (m_settings.count > 0 && m_status.sent >= quint64(m_settings.count)) {
        finish();
        return;
    }
    const double nextDueS = double(m_status.sent) / rate;
    const qint64 waitMs = qint64((nextDueS - double(m_clock.nsecsElapsed()) / 1e9) * 1000.0);
    // At high rates tick every millisecond and send the packets due in bursts.
    m_tick->start(int(std::clamp<qint64>(waitMs, m_status.sent < due ? 0 : 1, 24 * 3600 * 1000)));
}

void Sender::readReplies()
{
    QList<ReplyRecord> replies;
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid()) {
            break;
        }
        ReplyRecord reply;
        reply.receiveTimeNs = wallClockNs();
        reply.from = datagram.senderAddress();
        reply.fromPort = quint16(datagram.senderPort());
        reply.data = datagram.data();
        reply.probe = decodeReply(reply.data);
        if (reply.probe && reply.probe->streamId == m_status.streamId) {
            const SentProbe &sent = m_sentProbes[reply.probe->sequence % kSendTimeRing];
            if (sent.sequence == reply.probe->sequence) {
                reply.roundTripMs = double(reply.receiveTimeNs - sent.timeNs) / 1e6;
                reply.sentTtl = sent.ttl;
            }
        }
        ++m_status.replies;
        replies.append(std::move(reply));
        if (replies.size() >= kRepliesPerSignal) {
            Q_EMIT repliesReceived(std::exchange(replies, {}));
        }
    }
    if (!replies.isEmpty()) {
        Q_EMIT repliesReceived(replies);
    }
}

} // namespace mct::core
