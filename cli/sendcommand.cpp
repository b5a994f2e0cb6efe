// `mctester send GROUP:PORT`: sends paced datagrams, optionally collects and prints replies.
#include "commands.h"
#include "endpoint.h"
#include "exitcode.h"
#include "grouprange.h"
#include "interfaces.h"
#include "output.h"
#include "packetjson.h"
#include "plural.h"
#include "recognize.h"
#include "replytable.h"
#include "sender.h"
#include "signalwatcher.h"
#include "validation.h"
#include "workerthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace mct::cli {

namespace {

using namespace mct::core;

class SendText final
{
    Q_DECLARE_TR_FUNCTIONS(Send)
};

// Human pace: below this rate each sent packet gets its own line.
constexpr double kPerPacketLinesBelowPps = 20;

struct SendOptions
{
    SenderSettings settings;
    double repliesS = -1; // < 0: do not wait for replies
    bool json = false;
    bool quiet = false;
};

class SendSession final : public QObject
{
    Q_DISABLE_COPY_MOVE(SendSession)

public:
    explicit SendSession(SendOptions options)
        : m_options(std::move(options))
        , m_thread(QStringLiteral("sender"))
    {
        Sender *sender = m_thread.worker();
        connect(sender, &Sender::started, this, &SendSession::onStarted);
        connect(sender, &Sender::statusUpdated, this, &SendSession::onStatus);
        connect(sender, &Sender::finished, this, &SendSession::onFinished);
        connect(sender, &Sender::failed, this, [this](const QString &error) {
            printError(error);
            finish(ExitNetwork);
        });
        connect(sender, &Sender::repliesReceived, this, [this](const QList<ReplyRecord> &replies) {
            for (const ReplyRecord &reply : replies) {
                onReply(reply);
            }
        });
        connect(&m_signals, &SignalWatcher::terminationRequested, this, [this] {
            m_interrupted = true;
            m_thread.post([](Sender &s) { s.stop(); });
        });
    }

    int run()
    {
        const SenderSettings settings = m_options.settings;
        m_clock.start();
        m_thread.post([settings](Sender &s) { s.start(settings); });
        return QCoreApplication::exec();
    }

private:
    [[nodiscard]] bool humanPace() const
    {
        return m_options.settings.packetsPerSecond() < kPerPacketLinesBelowPps;
    }

    void onStarted(quint32 streamId)
    {
        m_status.streamId = streamId;
        if (!m_options.json && !m_options.quiet) {
            const SenderSettings &s = m_options.settings;
            const QString pace = s.ratePps > 0 ? SendText::tr("%1 packets/s").arg(s.ratePps)
                                               : SendText::tr("every %1 ms").arg(s.intervalMs);
            const QString stream = QStringLiteral("%1").arg(streamId, 8, 16, QLatin1Char('0'));
            printLine(s.probe ? SendText::tr("sending to %1 %2, TTL %3, probe stream %4")
                                        .arg(s.destination.toString(), pace, QString::number(s.ttl), stream)
                              : SendText::tr("sending to %1 %2, TTL %3")
                                        .arg(s.destination.toString(), pace, QString::number(s.ttl)));
            flushOutput();
        }
    }

    void onStatus(const SenderStatus &status)
    {
        if (!m_options.json && !m_options.quiet && humanPace() && status.sent > m_status.sent) {
            printLine(SendText::tr("sent %n packet(s)", nullptr, int(status.sent)));
            flushOutput();
        }
        m_status = status;
    }

    void onReply(const ReplyRecord &reply)
    {
        // Replies are listed only when asked for (--replies), and never after the summary: a
        // receiver in reply mode answers every packet, whoever sends it.
        if (m_options.repliesS <= 0 || m_finished) {
            return;
        }
        m_replies.add(reply);
        ++m_replyCount;
        if (m_options.quiet) {
            return;
        }
        if (m_options.json) {
            printJson(QJsonObject{{QStringLiteral("reply"), replyToJson(reply)}});
        } else {
            printLine(replyToTextLine(reply));
        }
        flushOutput();
    }

    void onFinished(const SenderStatus &status)
    {
        m_status = status;
        if (m_options.repliesS > 0 && !m_interrupted) {
            QTimer::singleShot(qint64(m_options.repliesS * 1000), this, [this] { finish(ExitOk); });
            connect(&m_signals, &SignalWatcher::terminationRequested, this, [this] { finish(ExitOk); });
            return;
        }
        finish(ExitOk);
    }

    void finish(int code)
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        if (code == ExitOk) {
            printSummary();
            flushOutput(); // the list first, then what it warns about
            warnTtlEdge();
            // Waiting for replies asked "who hears me?": nobody answering is the "nothing received
            // before the timeout" of exit 1, as for recv -w, so a script can tell.
            if (m_options.repliesS > 0 && m_replyCount == 0) {
                printError(m_interrupted ? SendText::tr("no replies before the interruption")
                                         : SendText::tr("no replies within %1 s: no receiver in reply mode "
                                                        "(recv --reply) heard the packets")
                                                   .arg(m_options.repliesS));
                code = ExitTooLittle;
            }
        }
        flushOutput();
        QCoreApplication::exit(code);
    }

    // On stderr, in text and JSON alike: a receiver that one more router would cut off.
    void warnTtlEdge()
    {
        const auto &receivers = m_replies.receivers();
        for (qsizetype i = 0; i < receivers.size(); ++i) {
            const ReceiverReport &r = receivers.at(i);
            if (!r.atTtlEdge()) {
                continue;
            }
            const QString address = m_replies.displayAddress(i);
            const QString who =
                    r.host.isEmpty()
                            ? address
                            : SendText::tr("%1 (%2)").arg(payloadPreview(r.host.toUtf8(), true), address);
            printWarning(SendText::tr("%1 is at the edge of the TTL: the packets reach it with TTL %2, one "
                                      "router more and it would not hear them; raise -t (now %3)")
                                 .arg(who)
                                 .arg(r.ttl)
                                 .arg(m_options.settings.ttl));
        }
    }

    void printSummary()
    {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        const auto &receivers = m_replies.receivers();
        if (m_options.json) {
            for (const ReceiverReport &r : receivers) {
                printJson(QJsonObject{{QStringLiteral("receiver"), receiverToJson(r)}});
            }
            printJson(QJsonObject{{QStringLiteral("summary"),
                                   QJsonObject{{QStringLiteral("sent"), qint64(m_status.sent)},
                                               {QStringLiteral("bytes"), qint64(m_status.bytes)},
                                               {QStringLiteral("errors"), qint64(m_status.errors)},
                                               {QStringLiteral("duration_s"), seconds},
                                               {QStringLiteral("stream"), qint64(m_status.streamId)},
                                               {QStringLiteral("replies"), qint64(m_replyCount)},
                                               {QStringLiteral("receivers"), qint64(receivers.size())}}}});
            return;
        }
        printLine(SendText::tr("--- sent %1 packet(s), %2 bytes to %3 in %4 s", nullptr,
                               pluralSelector(m_status.sent))
                          .arg(m_status.sent)
                          .arg(m_status.bytes)
                          .arg(m_options.settings.destination.toString())
                          .arg(seconds, 0, 'f', 1));
        if (m_options.repliesS > 0) {
            printLine(SendText::tr("--- %1 replies from %2 receiver(s)", nullptr,
                                   pluralSelector(quint64(receivers.size())))
                              .arg(m_replyCount)
                              .arg(receivers.size()));
            for (qsizetype i = 0; i < receivers.size(); ++i) {
                const ReceiverReport &r = receivers.at(i);
                QString line = QStringLiteral("  %1").arg(m_replies.displayAddress(i));
                if (!r.host.isEmpty()) {
                    line += SendText::tr("  host %1  received %2  lost %3")
                                    .arg(payloadPreview(r.host.toUtf8(), true))
                                    .arg(r.reportedReceived)
                                    .arg(r.reportedLost);
                }
                line += SendText::tr("  replies %1").arg(r.replies);
                if (r.rttCount > 0) {
                    line += SendText::tr("  rtt %1/%2/%3 ms")
                                    .arg(r.rttMinMs, 0, 'f', 3)
                                    .arg(r.rttAvgMs, 0, 'f', 3)
                                    .arg(r.rttMaxMs, 0, 'f', 3);
                }
                line += hopsText(r.hops, r.ttl);
                if (!r.lastText.isEmpty()) {
                    line += QStringLiteral("  ") + escapeControls(r.lastText, true);
                }
                printLine(line);
            }
        }
    }

    SendOptions m_options;
    WorkerThread<Sender> m_thread;
    SignalWatcher m_signals;
    SenderStatus m_status;
    ReplyTable m_replies;
    QElapsedTimer m_clock;
    quint64 m_replyCount = 0;
    bool m_interrupted = false;
    bool m_finished = false;
};

} // namespace

int runSend(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SendText::tr(
            "Send datagrams to a multicast group.\n"
            "Placeholders in the message: {seq} sequence number, {time} send time, {host} host name.\n"
            "Exit status: 0 done, 1 no replies within --replies SECS, 2 bad usage, 3 network error."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  SendText::tr("Show this help."));
    const QCommandLineOption interfaceOpt({QStringLiteral("i"), QStringLiteral("interface")},
                                          SendText::tr("Send out of this interface (default: the route's)."),
                                          SendText::tr("NAME"));
    const QCommandLineOption ttlOpt({QStringLiteral("t"), QStringLiteral("ttl")},
                                    SendText::tr("TTL / hop limit, 0-255 (default 1: this link only)."),
                                    SendText::tr("N"), QStringLiteral("1"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"),
                                         SendText::tr("Milliseconds between packets (default 1000)."),
                                         SendText::tr("MS"), QStringLiteral("1000"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"),
                                     SendText::tr("Packets per second (overrides --interval)."),
                                     SendText::tr("PPS"));
    const QCommandLineOption countOpt({QStringLiteral("c"), QStringLiteral("count")},
                                      SendText::tr("Send N packets, then stop (default: until Ctrl-C)."),
                                      SendText::tr("N"));
    const QCommandLineOption messageOpt(
            {QStringLiteral("m"), QStringLiteral("message")},
            SendText::tr("Text payload with placeholders (default \"hello from {host} #{seq}\")."),
            SendText::tr("TEXT"));
    const QCommandLineOption hexOpt(QStringLiteral("hex"),
                                    SendText::tr("Payload as hex bytes, e.g. \"de ad be ef\"."),
                                    SendText::tr("HEX"));
    const QCommandLineOption fileOpt(QStringLiteral("file"), SendText::tr("Payload read from a file."),
                                     SendText::tr("PATH"));
    const QCommandLineOption probeOpt(
            QStringLiteral("probe"),
            SendText::tr("Put the mctester probe header (stream id, sequence, send time) in front "
                         "of the payload, for loss and latency statistics."));
    const QCommandLineOption sourcePortOpt(QStringLiteral("source-port"),
                                           SendText::tr("Send from this UDP port."), SendText::tr("N"));
    const QCommandLineOption sourceAddressOpt(QStringLiteral("source-address"),
                                              SendText::tr("Send from this local address."),
                                              SendText::tr("ADDR"));
    const QCommandLineOption dscpOpt(QStringLiteral("dscp"), SendText::tr("DSCP / traffic class, 0-63."),
                                     SendText::tr("N"));
    const QCommandLineOption noLoopOpt(QStringLiteral("no-loopback"),
                                       SendText::tr("Do not deliver the packets to receivers on this host."));
    const QCommandLineOption repliesOpt(
            QStringLiteral("replies"),
            SendText::tr("After the last packet, wait SECS for unicast replies and list "
                         "every receiver that answered (exit 1 when none did)."),
            SendText::tr("SECS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     SendText::tr("Print replies, receivers and the summary as JSON lines."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), SendText::tr("Print the summary only."));
    parser.addOptions({help, interfaceOpt, ttlOpt, intervalOpt, rateOpt, countOpt, messageOpt, hexOpt,
                       fileOpt, probeOpt, sourcePortOpt, sourceAddressOpt, dscpOpt, noLoopOpt, repliesOpt,
                       jsonOpt, quietOpt});
    parser.addPositionalArgument(QStringLiteral("GROUP:PORT"),
                                 SendText::tr("Destination, one group: e.g. 239.1.2.3:5000 or [ff15::1]:5000 "
                                              "(a range is refused: run one send per group)."));

    QStringList parseArgs = args;
    parseArgs.removeAt(1);
    parseArgs[0] = args.at(0) + QStringLiteral(" send");
    if (!parser.parse(parseArgs)) {
        printError(SendText::tr("%1 (see mctester send --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printHelp(parser, QStringLiteral("send"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(positional.isEmpty()
                           ? SendText::tr("send needs one GROUP:PORT, e.g. mctester send 239.1.2.3:5000")
                           : SendText::tr("send takes one GROUP:PORT, got %1: %2")
                                     .arg(positional.size())
                                     .arg(positional.join(QStringLiteral(" "))));
        return ExitUsage;
    }

    SendOptions options;
    SenderSettings &s = options.settings;
    auto fail = [](const QString &message) {
        printError(message);
        return int(ExitUsage);
    };
    const auto endpoint = parseSingleEndpoint(positional.constFirst());
    if (!endpoint) {
        return fail(endpoint.error());
    }
    s.destination = endpoint.value();
    if (const QString advice = groupAdvice(s.destination.group); !advice.isEmpty()) {
        printWarning(advice);
    }
    const auto ttl = parseTtl(parser.value(ttlOpt));
    if (!ttl) {
        return fail(ttl.error());
    }
    s.ttl = ttl.value();
    const auto interval = parseIntervalMs(parser.value(intervalOpt));
    if (!interval) {
        return fail(interval.error());
    }
    s.intervalMs = interval.value();
    if (parser.isSet(rateOpt)) {
        const auto rate = parseRate(parser.value(rateOpt));
        if (!rate) {
            return fail(rate.error());
        }
        s.ratePps = rate.value();
    }
    if (parser.isSet(countOpt)) {
        const auto count = parseCount(parser.value(countOpt), true);
        if (!count) {
            return fail(count.error());
        }
        s.count = count.value();
    }
    const int payloadChoices =
            int(parser.isSet(messageOpt)) + int(parser.isSet(hexOpt)) + int(parser.isSet(fileOpt));
    if (payloadChoices > 1) {
        return fail(SendText::tr("choose one payload: --message, --hex or --file"));
    }
    if (parser.isSet(hexOpt)) {
        s.payload = PayloadSpec{PayloadMode::Hex, parser.value(hexOpt)};
    } else if (parser.isSet(fileOpt)) {
        s.payload = PayloadSpec{PayloadMode::File, parser.value(fileOpt)};
    } else {
        s.payload = PayloadSpec{PayloadMode::Text, parser.isSet(messageOpt)
                                                           ? parser.value(messageOpt)
                                                           : QStringLiteral("hello from {host} #{seq}")};
    }
    if (parser.isSet(sourcePortOpt)) {
        const auto port = parseSourcePort(parser.value(sourcePortOpt));
        if (!port) {
            return fail(port.error());
        }
        s.sourcePort = port.value();
    }
    if (parser.isSet(sourceAddressOpt)) {
        const auto address = parseAddress(parser.value(sourceAddressOpt), SendText::tr("source address"));
        if (!address) {
            return fail(address.error());
        }
        s.sourceAddress = address.value();
    }
    if (parser.isSet(dscpOpt)) {
        const auto dscp = parseDscp(parser.value(dscpOpt)); // the window says the same
        if (!dscp) {
            return fail(dscp.error());
        }
        s.dscp = dscp.value();
    }
    if (parser.isSet(repliesOpt)) {
        const auto seconds = parseSeconds(parser.value(repliesOpt), SendText::tr("replies"));
        if (!seconds) {
            return fail(seconds.error());
        }
        options.repliesS = seconds.value();
        if (s.count == 0) {
            return fail(SendText::tr("--replies waits after the last packet: give a --count as well"));
        }
    }
    s.interfaceName = parser.value(interfaceOpt);
    s.probe = parser.isSet(probeOpt);
    s.requestReplies = parser.isSet(repliesOpt);
    s.loopback = !parser.isSet(noLoopOpt);
    options.json = parser.isSet(jsonOpt);
    options.quiet = parser.isSet(quietOpt);

    if (const QString problem = Sender::checkSettings(s); !problem.isEmpty()) {
        return fail(problem);
    }
    if (!s.interfaceName.isEmpty()) {
        if (const auto found = findInterface(s.interfaceName); !found) {
            return fail(found.error());
        }
    }

    SendSession session(std::move(options));
    return session.run();
}

} // namespace mct::cli
