// The receiving engine: joins groups, drains sockets on its own thread, hands over batches.
#include "receiver.h"

#include "interfaces.h"
#include "linkmonitor.h"
#include "logging.h"
#include "probe.h"
#include "querierwatch.h"
#include "recognize.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>

namespace mct::core {

namespace {

class ReceiverText final
{
    Q_DECLARE_TR_FUNCTIONS(Receiver)
};

// Packets read per readiness notification before the event loop gets a turn.
constexpr int kDrainBudget = 4096;
constexpr int kStatusIntervalMs = 250;
constexpr int kQuietTicksBeforeTrim = 2000 / kStatusIntervalMs;
// Handed-over batches kept for reuse, each at most kMaxSpareBytes. Consumers give batches back
// as soon as they have taken what they need (the window copies on arrival, the command line
// handles each at once), so a few suffice: more would only keep memory (each batch may run up to
// 64 datagrams past its byte bound, as the bound is checked between reads).
constexpr size_t kSpareBatches = 4;
constexpr qsizetype kMaxSpareBytes = 8 * 1024 * 1024;

} // namespace

QString JoinRequest::toString() const
{
    QString text = endpoint.toString();
    if (!includeSources.isEmpty()) {
        QStringList sources;
        for (const QHostAddress &s : includeSources) {
            sources.append(s.toString());
        }
        text = ReceiverText::tr("%1 from %2").arg(text, sources.join(QStringLiteral(", ")));
    }
    if (!excludeSources.isEmpty()) {
        QStringList sources;
        for (const QHostAddress &s : excludeSources) {
            sources.append(s.toString());
        }
        text = ReceiverText::tr("%1 except %2").arg(text, sources.join(QStringLiteral(", ")));
    }
    if (!interfaceName.isEmpty()) {
        text = ReceiverText::tr("%1 on %2").arg(text, interfaceName);
    }
    return text;
}

QString JoinRequest::sourceProblem() const
{
    for (const QHostAddress &s : includeSources + excludeSources) {
        if (s.isMulticast()) {
            return ReceiverText::tr("source %1 is a multicast group; name the sender's own address")
                    .arg(s.toString());
        }
        if ((s.protocol() == QAbstractSocket::IPv6Protocol) != endpoint.isIPv6()) {
            return ReceiverText::tr("source %1 is not of the group's address family (%2)")
                    .arg(s.toString(), endpoint.group.toString());
        }
    }
    return {};
}

QString JoinRequest::alreadyJoinedMessage() const
{
    return ReceiverText::tr("%1 is already joined").arg(toString());
}

Receiver::Receiver(QObject *parent)
    : QObject(parent)
    , m_replyTemplate(m_settings.replyText)
    , m_hostName(QSysInfo::machineHostName().toUtf8())
    , m_batchTimer(new QTimer(this))
    , m_quietTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_links(new LinkMonitor(this))
    , m_queriers(new QuerierWatch(this))
{
    connect(m_links, &LinkMonitor::linksChanged, this, &Receiver::onLinksChanged);
    connect(m_queriers, &QuerierWatch::changed, this, &Receiver::querierChanged);
    connect(m_queriers, &QuerierWatch::unavailable, this, &Receiver::querierUnavailable);
    m_batchTimer->setInterval(m_settings.batchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, [this] { emitBatch(); });
    m_quietTimer->setSingleShot(true);
    m_quietTimer->setInterval(m_settings.quietHandOverMs);
    connect(m_quietTimer, &QTimer::timeout, this, [this] { emitBatch(); });
    m_statusTimer->setInterval(kStatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, &Receiver::emitStatus);
}

Receiver::~Receiver()
{
    stopAllRecordings();
}

void Receiver::configure(const ReceiverSettings &settings)
{
    m_settings = settings;
    m_limitReported = false;
    m_replyTemplate = PayloadTemplate(settings.replyText);
    m_batchTimer->setInterval(std::max(1, settings.batchIntervalMs));
    m_quietTimer->setInterval(std::max(0, settings.quietHandOverMs));
    m_queriers->setTimeoutMs(settings.querierTimeoutMs);
    applyTtlRequest();
    for (auto &[key, entry] : m_sockets) {
        entry.socket->setAudience(settings.audience);
    }
    watchQueriers();
}

void Receiver::watchQueriers()
{
    QList<QuerierWatch::Interface> interfaces;
    if (m_settings.watchQueriers) {
        for (const JoinedGroup &g : std::as_const(m_groups)) {
            for (const Membership &m : g.memberships) {
                interfaces.append({m.interfaceIndex, interfaceNameForIndex(m.interfaceIndex),
                                   g.request.endpoint.isIPv6(), !m.includeSources.isEmpty()});
            }
        }
    }
    m_queriers->setInterfaces(interfaces);
}

void Receiver::applyTtlRequest()
{
    // Reply mode too: a probe's reply tells the sender the TTL it arrived with (its hop count).
    const bool ask = m_settings.packetIpHeader || m_settings.replyEnabled || !m_writers.empty();
    for (auto &[key, entry] : m_sockets) {
        entry.socket->setAskIpHeader(ask);
    }
}

void Receiver::join(const JoinRequest &request)
{
    for (const JoinedGroup &g : std::as_const(m_groups)) {
        if (g.request == request) {
            Q_EMIT joinFailed(request, ReceiverText::tr("it is already joined"));
            return;
        }
    }
    if (const QString problem = request.sourceProblem(); !problem.isEmpty()) {
        Q_EMIT joinFailed(request, problem);
        return;
    }
    const bool ipv6 = request.endpoint.isIPv6();

    const Targets targets = targetsFor(request);
    if (targets.indexes.isEmpty()) {
        Q_EMIT joinFailed(request, targets.problem);
        return;
    }
    const QList<int> &indexes = targets.indexes;
    const QStringList &names = targets.names;

    const SocketKey key{ipv6, request.endpoint.port,
                        NetAddress::fromHostAddress(request.endpoint.group).bytes};
    auto it = m_sockets.find(key);
    if (it == m_sockets.end()) {
        auto opened = MulticastSocket::open(request.endpoint.group, request.endpoint.port,
                                            m_settings.receiveBufferBytes);
        if (!opened) {
            Q_EMIT joinFailed(request, opened.error());
            return;
        }
        SocketEntry entry;
        entry.socket = std::move(opened.value());
        entry.socket->setAudience(m_settings.audience);
        const int granted = entry.socket->receiveBufferBytes();
        if (m_settings.receiveBufferBytes > 0 && granted < m_settings.receiveBufferBytes) {
            Q_EMIT warning(
                    ReceiverText::tr("receive buffer: asked for %1 bytes, the kernel granted %2; raise "
                                     "net.core.rmem_max to avoid drops at high rates")
                            .arg(m_settings.receiveBufferBytes)
                            .arg(granted));
        }
        it = m_sockets.emplace(key, std::move(entry)).first;
        applyTtlRequest();
        SocketEntry *raw = &it->second;
        raw->socket->onReadable(this, [this, raw, key] { onReadable(key, *raw); });
    }

    JoinedGroup added{request, {}, key};
    QStringList joinedNames;
    QStringList errors;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const Membership m{request.endpoint.group, indexes.at(i), request.includeSources,
                           request.excludeSources};
        const auto result = it->second.socket->join(m);
        if (result) {
            added.memberships.append(m);
            joinedNames.append(names.at(i));
        } else {
            errors.append(indexes.size() > 1 ? ReceiverText::tr("%1: %2").arg(names.at(i), result.error())
                                             : result.error());
        }
    }
    if (added.memberships.isEmpty()) {
        if (it->second.users == 0) {
            m_sockets.erase(it);
        }
        Q_EMIT joinFailed(request, errors.join(QStringLiteral("; ")));
        return;
    }
    if (!errors.isEmpty()) {
        Q_EMIT warning(ReceiverText::tr("%1 is not joined on every interface: %2")
                               .arg(request.toString(), errors.join(QStringLiteral("; "))));
    }
    ++it->second.users;
    m_groups.append(added);
    watchQueriers();
    m_streams.setJoinTime(NetAddress::fromHostAddress(request.endpoint.group), request.endpoint.port,
                          wallClockNs());
    m_batchTimer->start();
    m_statusTimer->start();
    qCInfo(lcReceiver) << "joined" << request.toString() << "on" << joinedNames;
    Q_EMIT joined(request, joinedNames);
}

Receiver::Targets Receiver::targetsFor(const JoinRequest &request) const
{
    // The named interface, else each multicast-capable one, else the kernel's route (index 0).
    Targets t;
    if (!request.interfaceName.isEmpty()) {
        const auto found = findInterface(request.interfaceName);
        if (!found) {
            t.problem = found.error();
        } else {
            t.indexes.append(found.value().index);
            t.names.append(found.value().name);
        }
        return t;
    }
    const auto candidates = multicastInterfaces(request.endpoint.isIPv6());
    for (const InterfaceInfo &info : candidates) {
        t.indexes.append(info.index);
        t.names.append(info.name);
    }
    if (t.indexes.isEmpty()) {
        t.indexes.append(0);
        t.names.append(ReceiverText::tr("route's interface"));
    }
    return t;
}

void Receiver::onLinksChanged()
{
    for (JoinedGroup &g : m_groups) {
        auto socketIt = m_sockets.find(g.socketKey);
        if (socketIt == m_sockets.end()) {
            continue;
        }
        MulticastSocket &socket = *socketIt->second.socket;
        const Targets targets = targetsFor(g.request);
        QStringList problems;
        if (!targets.problem.isEmpty()) {
            problems.append(targets.problem);
        }
        if (!g.request.interfaceName.isEmpty() && !targets.indexes.isEmpty()) {
            const auto found = findInterface(g.request.interfaceName);
            if (found && (!found.value().up || !found.value().running)) {
                problems.append(ReceiverText::tr("interface %1 is down").arg(g.request.interfaceName));
            }
        }
        // Drop memberships on interfaces that went away; the kernel already forgot them.
        for (qsizetype i = g.memberships.size() - 1; i >= 0; --i) {
            const int index = g.memberships.at(i).interfaceIndex;
            if (index != 0 && !targets.indexes.contains(index)) {
                (void)socket.leave(g.memberships.at(i));
                g.memberships.removeAt(i);
            }
        }
        QStringList rejoined;
        for (qsizetype i = 0; i < targets.indexes.size(); ++i) {
            const int index = targets.indexes.at(i);
            const bool have = std::any_of(g.memberships.cbegin(), g.memberships.cend(),
                                          [index](const Membership &m) { return m.interfaceIndex == index; });
            if (have) {
                continue;
            }
            const Membership m{g.request.endpoint.group, index, g.request.includeSources,
                               g.request.excludeSources};
            const auto result = socket.join(m);
            if (result) {
                g.memberships.append(m);
                rejoined.append(targets.names.at(i));
            } else {
                problems.append(result.error());
            }
        }
        const bool healthy = problems.isEmpty() && !g.memberships.isEmpty();
        if (!healthy && g.healthy) {
            g.healthy = false;
            const QString why = problems.isEmpty() ? ReceiverText::tr("no interface left to receive on")
                                                   : problems.join(QStringLiteral("; "));
            Q_EMIT groupStateChanged(g.request, false,
                                     ReceiverText::tr("%1 is not receiving: %2; it is joined again when the "
                                                      "interface returns")
                                             .arg(g.request.toString(), why));
        } else if (healthy && (!g.healthy || !rejoined.isEmpty())) {
            g.healthy = true;
            Q_EMIT groupStateChanged(
                    g.request, true,
                    rejoined.isEmpty()
                            ? ReceiverText::tr("%1 is receiving again").arg(g.request.toString())
                            : ReceiverText::tr("%1 joined again on %2")
                                      .arg(g.request.toString(), rejoined.join(QStringLiteral(", "))));
        }
    }
    watchQueriers();
}

void Receiver::leave(const JoinRequest &request)
{
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).request == request) {
            // What is still queued was received while joined: it counts for this group too.
            if (auto queued = m_sockets.find(m_groups.at(i).socketKey); queued != m_sockets.end()) {
                onReadable(queued->first, queued->second);
            }
            const JoinedGroup g = m_groups.takeAt(i);
            auto it = m_sockets.find(g.socketKey);
            if (it != m_sockets.end()) {
                for (const Membership &m : g.memberships) {
                    const auto result = it->second.socket->leave(m);
                    if (!result) {
                        Q_EMIT warning(result.error());
                    }
                }
            }
            releaseSocket(g.socketKey);
            watchQueriers();
            const bool stillJoined =
                    std::any_of(m_groups.cbegin(), m_groups.cend(), [&request](const JoinedGroup &o) {
                        return o.request.endpoint == request.endpoint;
                    });
            if (!stillJoined) { // its streams fall silent now because we asked: no stop to report
                m_streams.setGroupJoined(NetAddress::fromHostAddress(request.endpoint.group),
                                         request.endpoint.port, false);
            }
            Q_EMIT left(request);
            return;
        }
    }
}

void Receiver::leaveAll()
{
    while (!m_groups.isEmpty()) {
        leave(m_groups.constFirst().request);
    }
}

void Receiver::resetStreams()
{
    m_streams.clear();
    ++m_status.streamResets;
    emitStatus();
}

void Receiver::releaseSocket(const SocketKey &key)
{
    auto it = m_sockets.find(key);
    if (it == m_sockets.end()) {
        return;
    }
    if (--it->second.users <= 0) {
        // Take what is still queued before closing, so nothing already received is lost, and
        // keep its drops in the total.
        onReadable(key, it->second);
        m_closedSocketDrops += it->second.socket->kernelDrops();
        m_sockets.erase(it);
    }
}

void Receiver::onReadable(const SocketKey &key, SocketEntry &entry)
{
    if (m_settings.backpressure == ReceiverSettings::Backpressure::PauseReading && consumerBusy()) {
        // Leave the datagrams to the kernel until the consumer catches up; its buffer
        // absorbs the burst and its drop counter tells what did not fit.
        for (auto &[key, e] : m_sockets) {
            e.socket->setReadNotification(false);
        }
        m_readingPaused = true;
        return;
    }
    int total = 0;
    while (total < kDrainBudget) {
        int budget = kDrainBudget - total;
        if (m_settings.maxPackets > 0) {
            if (m_status.received >= m_settings.maxPackets) {
                onPacketLimit();
                break;
            }
            budget = int(std::min<quint64>(quint64(budget), m_settings.maxPackets - m_status.received));
        }
        const qsizetype before = m_pending.records.size();
        const int n = entry.socket->drain(m_pending, budget, m_settings.snapLength);
        if (n < 0) {
            Q_EMIT warning(ReceiverText::tr("receive error on port %1: %2")
                                   .arg(entry.socket->port())
                                   .arg(entry.socket->errorString()));
            break;
        }
        if (n == 0) {
            break;
        }
        process(before, *entry.socket);
        countForGroups(key, before);
        total += n;
        if (m_settings.maxPackets > 0 && m_status.received >= m_settings.maxPackets) {
            onPacketLimit();
            break;
        }
        if (m_pending.records.size() >= m_settings.maxBatchRecords
            || m_pending.arena.size() >= m_settings.maxBatchBytes) {
            emitBatch();
        }
        if (n < std::min(budget, MulticastSocket::kBatchSize)) {
            // The queue is empty (spare the call that would say so: the notifier fires again).
            if (m_settings.quietHandOverMs > 0 && !m_pending.records.isEmpty() && !m_quietTimer->isActive()) {
                m_quietTimer->start();
            }
            break;
        }
    }
    updateKernelDrops();
}

void Receiver::countForGroups(const SocketKey &key, qsizetype firstNew)
{
    JoinedGroup *only = nullptr;
    int sharing = 0;
    for (JoinedGroup &g : m_groups) {
        if (g.socketKey == key) {
            only = &g;
            ++sharing;
        }
    }
    if (sharing <= 1) {
        if (only != nullptr) {
            only->packets += quint64(m_pending.records.size() - firstNew);
        }
        return;
    }
    // The same group and port joined more than once (on one interface and on all, say): the
    // interface each packet came in on and the sources each join accepts decide, a join on that
    // very interface first. A packet no join covers (still queued from a join left) counts for none.
    for (qsizetype i = firstNew; i < m_pending.records.size(); ++i) {
        const PacketRecord &r = m_pending.records.at(i);
        JoinedGroup *best = nullptr;
        int bestRank = 0;
        for (JoinedGroup &g : m_groups) {
            if (g.socketKey != key) {
                continue;
            }
            const bool onIt =
                    std::any_of(g.memberships.cbegin(), g.memberships.cend(),
                                [&r](const Membership &m) { return m.interfaceIndex == r.interfaceIndex; });
            const auto named = [&r](const QList<QHostAddress> &sources) {
                return std::any_of(sources.cbegin(), sources.cend(), [&r](const QHostAddress &a) {
                    return NetAddress::fromHostAddress(a) == r.source;
                });
            };
            const bool accepted = (g.request.includeSources.isEmpty() || named(g.request.includeSources))
                                  && !named(g.request.excludeSources);
            const int rank = onIt && accepted ? (g.request.interfaceName.isEmpty() ? 1 : 2) : 0;
            if (rank > bestRank) {
                best = &g;
                bestRank = rank;
            }
        }
        if (best != nullptr) {
            ++best->packets;
        }
    }
}

void Receiver::updateKernelDrops()
{
    quint64 drops = m_closedSocketDrops;
    for (const auto &[key, e] : m_sockets) {
        drops += e.socket->kernelDrops();
    }
    m_status.kernelDrops = drops;
}

void Receiver::onPacketLimit()
{
    for (auto &[key, e] : m_sockets) {
        e.socket->setReadNotification(false); // the rest stays unread: it was not asked for
    }
    emitBatch(); // the capture is complete: record (and hand over) now, not on the next timer tick
    if (!m_limitReported) {
        m_limitReported = true;
        updateKernelDrops();
        emitStatus();
        Q_EMIT packetLimitReached();
    }
}

void Receiver::process(qsizetype firstNew, MulticastSocket &socket)
{
    for (qsizetype i = firstNew; i < m_pending.records.size(); ++i) {
        PacketRecord &r = m_pending.records[i];
        const QByteArrayView payload = m_pending.payload(r);
        const Recognized info = m_formats.recognize(r, payload, m_streams);
        r.format = info.format;
        r.hasSequence = info.hasSequence;
        r.sequence = info.sequence;
        r.sendTimeNs = info.sendTimeNs;
        r.streamId = info.streamId;
        r.userPayloadOffset = std::min(info.userPayloadOffset, r.storedLength);
        const StreamKey &key = m_streams.add(r, info, payload);
        ++m_status.received;
        m_status.bytes += r.size;
        if (m_settings.replyEnabled) {
            sendReply(socket, r, info, key);
        }
    }
}

void Receiver::sendReply(MulticastSocket &socket, const PacketRecord &record, const Recognized &info,
                         const StreamKey &key)
{
    QByteArray reply;
    if (info.format == PayloadFormat::Probe) {
        ProbeReply r;
        r.streamId = info.streamId;
        r.sequence = info.sequence;
        r.receiveTimeNs = record.receiveTimeNs;
        r.ttl = record.ttl;
        if (const StreamTracker *tracker = m_streams.find(key)) {
            const StreamSnapshot s = tracker->snapshot();
            r.received = s.received;
            r.lost = s.lost;
        }
        r.host = QString::fromUtf8(m_hostName);
        reply = encodeReply(r);
    } else {
        // {seq}: the packet's own sequence number when it has one, else its number in the stream.
        quint64 sequence = record.sequence;
        if (!record.hasSequence) {
            const StreamTracker *tracker = m_streams.find(key);
            sequence = tracker ? tracker->snapshot().received - 1 : 0;
        }
        reply = m_replyTemplate.expand(sequence, wallClockNs(), m_hostName);
    }
    bool sent = false;
    if (QUdpSocket *own = replySocket(record.source.v6)) {
        QHostAddress to = record.source.toHostAddress();
        if (to.isLinkLocal()) {
            to.setScopeId(QString::number(record.interfaceIndex));
        }
        sent = own->writeDatagram(reply, to, record.sourcePort) == reply.size();
    } else {
        sent = socket.sendTo(reply, record.source, record.sourcePort, record.interfaceIndex);
    }
    if (sent) {
        ++m_status.repliesSent;
    } else {
        ++m_status.replyErrors;
    }
}

QUdpSocket *Receiver::replySocket(bool ipv6)
{
    const size_t family = ipv6 ? 1 : 0;
    if (!m_replySocketTried[family]) {
        m_replySocketTried[family] = true;
        auto *socket = new QUdpSocket(this);
        if (socket->bind(ipv6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
            m_replySockets[family] = socket;
        } else {
            // The group's socket still answers (from the group's port).
            qCWarning(lcReceiver) << "cannot open a socket for replies:" << socket->errorString();
            delete socket;
        }
    }
    return m_replySockets[family];
}

bool Receiver::consumerBusy() const
{
    return m_settings.maxBatchesInFlight > 0 && m_inFlight.load() >= m_settings.maxBatchesInFlight;
}

void Receiver::batchConsumed()
{
    if (m_inFlight.fetch_sub(1) == m_settings.maxBatchesInFlight) {
        QMetaObject::invokeMethod(this, &Receiver::resumeAfterBackpressure, Qt::QueuedConnection);
    }
}

void Receiver::resumeAfterBackpressure()
{
    if (m_readingPaused && !consumerBusy()) {
        m_readingPaused = false;
        for (auto &[key, e] : m_sockets) {
            const bool limitReached = m_settings.maxPackets > 0 && m_status.received >= m_settings.maxPackets;
            e.socket->setReadNotification(!limitReached);
        }
    }
}

void Receiver::emitBatch(bool force)
{
    if (m_pending.records.isEmpty()) {
        return;
    }
    const bool busy = consumerBusy();
    if (busy && !force && m_settings.backpressure == ReceiverSettings::Backpressure::PauseReading
        && m_pending.records.size() < m_settings.maxBatchRecords) {
        return; // hold it: reading is paused, so it cannot grow much
    }
    PacketBatch batch;
    std::swap(batch, m_pending);
    forEachRecording([&batch](PacketWriter &writer) { return writer.writeBatch(batch); });
    if (!m_settings.handOverPackets) {
        recycle(std::move(batch)); // nobody else held it: read into again at once
        return;
    }
    if (busy && !force && m_settings.backpressure == ReceiverSettings::Backpressure::DropView) {
        m_status.notShown += quint64(batch.records.size()); // recorded and counted, not shown
        recycle(std::move(batch));
        return;
    }
    if (m_settings.maxBatchesInFlight > 0) {
        m_inFlight.fetch_add(1);
    }
    Q_EMIT packetsReceived(batch);
    recycle(std::move(batch));
}

void Receiver::forEachRecording(const std::function<bool(PacketWriter &)> &step)
{
    for (auto it = m_writers.begin(); it != m_writers.end();) {
        PacketWriter &writer = **it;
        if (step(writer)) {
            ++it;
            continue;
        }
        // Keep receiving: a full disk must not stop the capture or the other recordings.
        const QString path = writer.path();
        const QString error = writer.errorString();
        const quint64 written = writer.written();
        it = m_writers.erase(it);
        Q_EMIT recordingStopped(path, written, error);
    }
}

void Receiver::recycle(PacketBatch &&handedOver)
{
    // Fresh memory for every batch cost a page fault per 4 KiB and, growing from nothing, copies on
    // every doubling (together a third of the drain time with 1316-byte payloads). So a batch that
    // every receiver has let go of becomes the next pending one, capacity kept; else the next one
    // starts at the size of this one. A batch someone still holds is not reused, and big batches are
    // not kept at all.
    const qsizetype records = handedOver.records.size();
    const qsizetype bytes = handedOver.arena.size();
    if (handedOver.arena.capacity() + handedOver.records.capacity() * qsizetype(sizeof(PacketRecord))
        <= kMaxSpareBytes) {
        m_spares.push_back(std::move(handedOver));
        if (m_spares.size() > kSpareBatches) {
            m_spares.erase(m_spares.begin());
        }
    }
    if (!m_pending.records.isEmpty()) {
        return;
    }
    for (auto it = m_spares.begin(); it != m_spares.end(); ++it) {
        if (it->records.isDetached() && it->arena.isDetached()) {
            it->records.clear(); // both keep their capacity when not shared
            it->arena.resize(0);
            m_pending = std::move(*it);
            m_spares.erase(it);
            return;
        }
    }
    m_pending.records.reserve(records);
    m_pending.arena.reserve(bytes);
}

void Receiver::emitStatus()
{
    // Two quiet seconds: the spare batches (up to tens of MiB after a burst) go back to the system.
    m_quietStatusTicks = m_status.received == m_receivedAtLastStatus ? m_quietStatusTicks + 1 : 0;
    m_receivedAtLastStatus = m_status.received;
    if (m_quietStatusTicks == kQuietTicksBeforeTrim) {
        m_spares.clear();
        if (m_pending.records.isEmpty()) {
            m_pending = PacketBatch{};
        }
    }
    // Recordings are whole on disk up to a quarter of a second ago: readers (tail -f, tshark)
    // see them grow, and a killed process loses no more than that.
    forEachRecording([](PacketWriter &writer) { return writer.flush(); });
    // While reading is paused (a consumer behind), what waits in the kernel's queue is not silence.
    m_streams.tickRates(wallClockNs(), !m_readingPaused);
    emitStreamEvents();
    m_status.streams = m_streams.snapshots();
    m_status.queriers = m_queriers->queriers();
    m_status.groups.clear();
    for (const JoinedGroup &g : std::as_const(m_groups)) {
        m_status.groups.append(GroupCount{g.request, g.packets});
    }
    Q_EMIT statusUpdated(m_status);
}

void Receiver::emitStreamEvents()
{
    for (StreamEvent &event : m_streams.takeEvents()) {
        if (event.kind == StreamEvent::Kind::Stopped) {
            event.cause = stopCause(event);
        }
        Q_EMIT streamEvent(event);
    }
}

QString Receiver::stopCause(const StreamEvent &event) const
{
    if (event.plannedDone) {
        return ReceiverText::tr("the sender has sent all %1 packets it planned").arg(event.plannedCount);
    }
    const QString interfaceName = interfaceNameForIndex(event.interfaceIndex);
    if (event.interfaceIndex > 0) {
        const auto found = findInterface(interfaceName);
        if (found && (!found.value().up || !found.value().running)) {
            return ReceiverText::tr("interface %1 is down").arg(interfaceName);
        }
    }
    const QuerierInfo *querier = m_queriers->find(event.interfaceIndex, event.key.group.v6);
    if (querier != nullptr && querier->state == QuerierInfo::State::None) {
        return ReceiverText::tr("no %1 querier has been heard on %2: %3")
                .arg(event.key.group.v6 ? QStringLiteral("MLD") : QStringLiteral("IGMP"), interfaceName,
                     querierAdvice(*querier));
    }
    if (querier == nullptr || !m_queriers->canListen(event.key.group.v6)) {
        return ReceiverText::tr("unknown: the sender stopped, or the path to it broke (whether a querier "
                                "keeps the switches forwarding is not known here)");
    }
    return ReceiverText::tr("unknown: the sender stopped, or the path to it broke");
}

bool Receiver::startRecording(RecordFormat format, const QString &path)
{
    for (const auto &writer : m_writers) {
        if (writer->path() == path) {
            Q_EMIT recordingFailed(path, ReceiverText::tr("\"%1\" is already being recorded").arg(path));
            return false;
        }
    }
    emitBatch(); // what arrived before the start does not belong in the file
    auto opened = PacketWriter::open(format, path);
    if (!opened) {
        Q_EMIT recordingFailed(path, opened.error());
        return false;
    }
    m_writers.push_back(std::move(opened.value()));
    applyTtlRequest();
    Q_EMIT recordingStarted(path);
    return true;
}

void Receiver::stopRecording(const QString &path)
{
    emitBatch();
    for (auto it = m_writers.begin(); it != m_writers.end(); ++it) {
        if ((*it)->path() == path) {
            const bool ok = (*it)->close();
            const quint64 written = (*it)->written();
            const QString error = ok ? QString() : (*it)->errorString();
            m_writers.erase(it);
            applyTtlRequest();
            Q_EMIT recordingStopped(path, written, error);
            return;
        }
    }
}

void Receiver::stopAllRecordings()
{
    while (!m_writers.empty()) {
        stopRecording(m_writers.front()->path());
    }
}

void Receiver::flush()
{
    for (auto &[key, entry] : m_sockets) {
        onReadable(key, entry);
    }
    emitBatch(true);
    emitStatus();
}

} // namespace mct::core
