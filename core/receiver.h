// The receiving engine: joins groups, drains sockets on its own thread, hands over batches.
#pragma once

#include "endpoint.h"
#include "flowformat.h"
#include "multicastsocket.h"
#include "packet.h"
#include "payload.h"
#include "querier.h"
#include "recorder.h"
#include "streamstats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <tuple>

namespace mct::core {
class LinkMonitor;
class QuerierWatch;
} // namespace mct::core
class QTimer;
class QUdpSocket;

namespace mct::core {

struct JoinRequest
{
    Endpoint endpoint;
    QString interfaceName;              // empty: every multicast-capable interface
    QList<QHostAddress> includeSources; // source-specific multicast
    QList<QHostAddress> excludeSources;

    [[nodiscard]] QString toString() const;
    // Why the sources cannot filter this group (a multicast address, or the other address family);
    // empty when they can.
    [[nodiscard]] QString sourceProblem() const;
    // What to say when the same group is asked for twice.
    [[nodiscard]] QString alreadyJoinedMessage() const;
    friend bool operator==(const JoinRequest &a, const JoinRequest &b)
    {
        return a.endpoint == b.endpoint && a.interfaceName == b.interfaceName;
    }
};

struct ReceiverSettings
{
    int receiveBufferBytes = 8 * 1024 * 1024;
    quint32 snapLength = 65535; // payload bytes kept per packet
    bool replyEnabled = false;
    QString replyText = QStringLiteral("heard by {host}"); // answer to plain packets
    int batchIntervalMs = 50;                              // how often batches are handed over
    // Once the socket has nothing more to read, what was read waits at most this long (0: until
    // the next batchIntervalMs tick): packets show promptly, and a trickle still makes at most
    // 1000 / quietHandOverMs batches a second.
    int quietHandOverMs = 5;
    // A batch is handed over early when it grows past either bound, to keep memory flat. Small
    // bounds keep the reused batch memory in the CPU's caches (the command line's choice); large
    // ones mean fewer hand-overs (a view's choice: one model update per batch).
    qsizetype maxBatchRecords = 65536;
    qsizetype maxBatchBytes = 32 * 1024 * 1024; // payload bytes
    // Flow control toward a consumer that acknowledges each batch with batchConsumed():
    // 0 turns it off. When that many batches are unacknowledged, PauseReading stops reading
    // (the kernel drops and counts what does not fit), DropView keeps receiving, recording and
    // counting but does not hand over batches until the consumer catches up.
    enum class Backpressure : quint8 {
        PauseReading,
        DropView
    };
    int maxBatchesInFlight = 0;
    Backpressure backpressure = Backpressure::PauseReading;
    // Ask the kernel for each datagram's IP header fields: TTL (hop limit) and TOS (DSCP and ECN).
    // They cost 7-12 % of the receive rate, so a receiver that shows neither (the command line's
    // --quiet) turns them off; a recording or reply mode (the reply carries the TTL) turns them on.
    bool packetIpHeader = true;
    quint64 maxPackets = 0; // stop reading after this many (0: no limit), so counts, stats and
                            // recordings all agree on exactly which packets were received
    // Whether batches are handed over (packetsReceived) at all. A consumer that wants only counts and
    // statistics (the command line's --quiet) turns it off: recordings still get every packet, no
    // other thread is woken per batch, and the batch's memory is read into again at once, while it is
    // still in the CPU's caches. packetLimitReached() then tells when maxPackets have arrived.
    bool handOverPackets = true;
    // Listen for IGMP/MLD queries on the interfaces joined (see QuerierWatch), and how long without
    // one before the querier is `none`.
    bool watchQueriers = true;
    // Whom the hints in join errors speak to: the command line's flags or the window's fields.
    Audience audience = Audience::CommandLine;
    qint64 querierTimeoutMs = 135'000;
};

// What one joined group has received (on every interface it was joined on).
struct GroupCount
{
    JoinRequest request;
    quint64 packets = 0;
};

struct ReceiverStatus
{
    quint64 received = 0;
    quint64 bytes = 0;
    quint64 kernelDrops = 0;
    quint64 repliesSent = 0;
    quint64 replyErrors = 0;
    quint64 notShown = 0;     // received and counted, but not handed over (DropView backpressure)
    quint64 streamResets = 0; // resetStreams() so far: a status sent before a reset says fewer
    QList<StreamSnapshot> streams;
    QList<GroupCount> groups;    // in the order joined; also counts the packets not shown
    QList<QuerierInfo> queriers; // per interface and family where groups are joined
};

class Receiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Receiver)

public:
    explicit Receiver(QObject *parent = nullptr);
    ~Receiver() override;

    // All slots run on the receiver's thread; call them through queued invocations.
    void configure(const mct::core::ReceiverSettings &settings);
    void join(const mct::core::JoinRequest &request);
    void leave(const mct::core::JoinRequest &request);
    void leaveAll();
    // Forgets every stream's statistics (the user's Reset); streams start again from their next packet.
    void resetStreams();
    // Emits a final batch and status now (for a clean end of a capture).
    void flush();
    // Thread-safe: the consumer has finished with one batch (see maxBatchesInFlight).
    void batchConsumed();
    // Records every packet from now on to the file, on this thread, independent of any view.
    // False (and recordingFailed) when the file cannot be recorded to.
    bool startRecording(mct::core::RecordFormat format, const QString &path);
    // Flushes and closes; emits recordingStopped with the count (and an error if writing failed).
    void stopRecording(const QString &path);
    void stopAllRecordings();

Q_SIGNALS:
    void joined(const mct::core::JoinRequest &request, const QStringList &interfaces);
    // error says why, not what: the listener names the request ("cannot join %1: %2").
    void joinFailed(const mct::core::JoinRequest &request, const QString &error);
    void left(const mct::core::JoinRequest &request);
    void packetsReceived(const mct::core::PacketBatch &batch);
    // maxPackets have been received (once per configure(), after a status update that counts them).
    void packetLimitReached();
    void statusUpdated(const mct::core::ReceiverStatus &status);
    void warning(const QString &message);
    // A joined group lost its interface (healthy false) or was joined again (healthy true).
    void groupStateChanged(const mct::core::JoinRequest &request, bool healthy, const QString &message);
    void recordingStarted(const QString &path);
    void recordingFailed(const QString &path, const QString &error);
    void recordingStopped(const QString &path, quint64 packets, const QString &error);
    // The querier of an interface changed state, or another one spoke (see QuerierWatch).
    void querierChanged(const mct::core::QuerierInfo &info);
    // Queriers cannot be heard here (no CAP_NET_RAW): once per address family.
    void querierUnavailable(const QString &why);
    // A stream's outage ended, or it stopped (with the likely cause).
    void streamEvent(const mct::core::StreamEvent &event);

private:
    // One socket per group and port (see MulticastSocket::open): family, port, group address.
    using SocketKey = std::tuple<bool, quint16, std::array<quint8, 16>>;
    struct SocketEntry
    {
        std::unique_ptr<MulticastSocket> socket;
        int users = 0;
    };
    struct JoinedGroup
    {
        JoinRequest request;
        QList<Membership> memberships;
        SocketKey socketKey;
        quint64 packets = 0;
        bool healthy = true;
    };
    struct Targets
    {
        QList<int> indexes;
        QStringList names;
        QString problem; // why there is nowhere to join, when indexes is empty
    };
    [[nodiscard]] Targets targetsFor(const JoinRequest &request) const;
    void onLinksChanged();

    void onReadable(const SocketKey &key, SocketEntry &entry);
    // Counts the records from firstNew on toward the joined groups that share this socket.
    void countForGroups(const SocketKey &key, qsizetype firstNew);
    void process(qsizetype firstNew, MulticastSocket &socket);
    void onPacketLimit(); // maxPackets have been received
    void updateKernelDrops();
    void sendReply(MulticastSocket &socket, const PacketRecord &record, const Recognized &info,
                   const StreamKey &key);
    // This receiver's own socket for replies of a family, made on first use (null if it cannot be).
    QUdpSocket *replySocket(bool ipv6);
    void emitBatch(bool force = false);
    void recycle(PacketBatch &&handedOver);
    void resumeAfterBackpressure();
    [[nodiscard]] bool consumerBusy() const;
    void emitStatus();
    // Runs the step on every recording; one that fails is stopped (recordingStopped with its
    // error) while receiving and the other recordings go on.
    void forEachRecording(const std::function<bool(PacketWriter &)> &step);
    void applyTtlRequest(); // packetIpHeader, reply mode, or a recording (which keeps TTL and TOS)
    void releaseSocket(const SocketKey &key);
    void watchQueriers(); // on the interfaces of every membership
    void emitStreamEvents();
    [[nodiscard]] QString stopCause(const StreamEvent &event) const;

    ReceiverSettings m_settings;
    std::map<SocketKey, SocketEntry> m_sockets;
    QList<JoinedGroup> m_groups;
    PacketBatch m_pending;
    std::vector<PacketBatch> m_spares; // handed over earlier, reused once nobody else holds them
    quint64 m_receivedAtLastStatus = 0;
    quint64 m_closedSocketDrops = 0; // kernel drops of the sockets of groups left since
    int m_quietStatusTicks = 0;      // status intervals without a packet, to let go of the spares
    StreamTable m_streams;
    FlowFormats m_formats; // a flow's format from several packets, not from each alone
    ReceiverStatus m_status;
    std::vector<std::unique_ptr<PacketWriter>> m_writers;
    PayloadTemplate m_replyTemplate;
    QByteArray m_hostName;
    // Replies leave from a port of this receiver's own (not the group's port, which every receiver
    // on the host shares), so a sender tells two receivers on one host apart. IPv4, IPv6.
    std::array<QUdpSocket *, 2> m_replySockets{};
    std::array<bool, 2> m_replySocketTried{};
    QTimer *m_batchTimer = nullptr;
    QTimer *m_quietTimer = nullptr; // single shot: hands over once the socket has gone quiet
    QTimer *m_statusTimer = nullptr;
    LinkMonitor *m_links = nullptr;
    QuerierWatch *m_queriers = nullptr;
    std::atomic<int> m_inFlight{0};
    bool m_readingPaused = false;
    bool m_limitReported = false;
};

} // namespace mct::core

Q_DECLARE_METATYPE(mct::core::JoinRequest)
Q_DECLARE_METATYPE(mct::core::ReceiverStatus)
Q_DECLARE_METATYPE(mct::core::ReceiverSettings)
