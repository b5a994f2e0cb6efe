// The sending engine: paces datagrams to a group on its own thread and collects unicast replies.
#pragma once

#include "audience.h"
#include "endpoint.h"
#include "payload.h"
#include "probe.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QUdpSocket;

namespace mct::core {

struct SenderSettings
{
    Endpoint destination;
    QString interfaceName;      // empty: the system's route decides
    QHostAddress sourceAddress; // null: any
    quint16 sourcePort = 0;     // 0: any free port
    int ttl = 1;
    double intervalMs = 1000;
    double ratePps = 0; // > 0 overrides intervalMs
    qint64 count = 0;   // 0: until stopped
    PayloadSpec payload;
    bool probe = false;
    bool requestReplies = false; // sets the probe's "reply requested" flag
    bool loopback = true;
    int dscp = -1; // -1: leave the system default
    // Whom the hints in errors speak to: the command line's flags or the window's fields.
    Audience audience = Audience::CommandLine;

    [[nodiscard]] double packetsPerSecond() const { return ratePps > 0 ? ratePps : 1000.0 / intervalMs; }
};

// One unicast answer to our datagrams.
struct ReplyRecord
{
    qint64 receiveTimeNs = 0;
    QHostAddress from;
    quint16 fromPort = 0;
    QByteArray data;
    std::optional<ProbeReply> probe;
    double roundTripMs = -1; // probe replies only
    int sentTtl = -1;        // the TTL the answered probe went out with; -1 when not known here
};

struct SenderStatus
{
    quint64 sent = 0;
    quint64 bytes = 0;
    quint64 errors = 0;
    quint64 replies = 0;
    quint32 streamId = 0;
    bool running = false;
};

class Sender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sender)

public:
    explicit Sender(QObject *parent = nullptr);
    ~Sender() override;

    // Both validate the settings first and emit failed() with the reason.
    void start(const mct::core::SenderSettings &settings);
    void sendOnce(const mct::core::SenderSettings &settings);
    void stop();

    // Validation without sending, for the GUI and the command line.
    [[nodiscard]] static QString checkSettings(const SenderSettings &settings);
    // The same, and the payload as the first datagram carries it (a file's is read only here).
    [[nodiscard]] static QString checkSettings(const SenderSettings &settings, QByteArray &firstPayload);

Q_SIGNALS:
    void started(quint32 streamId);
    void statusUpdated(const mct::core::SenderStatus &status);
    void finished(const mct::core::SenderStatus &status);
    void failed(const QString &error);
    // Every reply waiting when the socket was read, oldest first (one signal per read, not per
    // reply: a hundred receivers answering a thousand packets a second stay cheap to show).
    void repliesReceived(const QList<mct::core::ReplyRecord> &replies);

private:
    bool prepare(const SenderSettings &settings);
    bool openSocket(const SenderSettings &settings);
    void setDestination();
    // Sends up to count datagrams (sendmmsg, a burst at a time); returns how many the kernel took.
    quint64 sendBurst(quint64 count);
    QByteArrayView buildDatagram(int slot, quint64 sequence);
    void onTick();
    void readReplies();
    void finish();

    SenderSettings m_settings;
    std::optional<SenderSettings> m_socketSettings; // what the open socket was set up for
    QUdpSocket *m_socket = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_statusTimer = nullptr;
    PayloadTemplate m_template;
    QByteArray m_fixedPayload;
    QByteArray m_hostName;
    SenderStatus m_status;
    quint64 m_sequence = 0;
    Endpoint m_streamDestination; // what the current stream (m_status.streamId) is sent to
    bool m_streamProbe = false;
    int m_interfaceIndex = 0; // scopes link-local IPv6 groups
    QElapsedTimer m_clock;
    struct SentProbe
    {
        quint64 sequence = ~quint64(0);
        qint64 timeNs = 0;
        int ttl = -1; // per packet: Send once may change the TTL within a stream
    };
    std::vector<SentProbe> m_sentProbes; // ring by sequence: round trips and hop counts of the replies
    struct Burst;
    std::unique_ptr<Burst> m_burst;
};

// Why a datagram could not be sent to the group: the OS's words and, for the usual causes, what to
// do, in the audience's words.
[[nodiscard]] QString sendErrorText(int error, bool ipv6, Audience audience);

} // namespace mct::core

Q_DECLARE_METATYPE(mct::core::SenderSettings)
Q_DECLARE_METATYPE(mct::core::SenderStatus)
Q_DECLARE_METATYPE(mct::core::ReplyRecord)
