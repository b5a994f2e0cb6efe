// `mctester recv GROUP:PORT ...`: joins groups, prints each packet, ends with a summary.
#include "commands.h"
#include "endpoint.h"
#include "exitcode.h"
#include "grouparguments.h"
#include "grouprange.h"
#include "interfaces.h"
#include "output.h"
#include "packetjson.h"
#include "plural.h"
#include "querierwatch.h"
#include "receiver.h"
#include "recvevents.h"
#include "signalwatcher.h"
#include "validation.h"
#include "workerthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cerrno>

namespace mct::cli {

namespace {

using namespace mct::core;

class RecvText final
{
    Q_DECLARE_TR_FUNCTIONS(Recv)
};

struct RecvOptions
{
    QList<JoinRequest> joins;
    ReceiverSettings settings;
    qint64 count = 0;    // 0: no limit
    double timeoutS = 0; // 0: none
    bool json = false;
    bool quiet = false;
    double maxOutageMs = -1; // --max-outage: exit 1 when a stream was silent longer, -1: no limit
    QList<std::pair<RecordFormat, QString>> recordings;

    [[nodiscard]] EventOutput eventOutput() const
    {
        return quiet ? EventOutput::Stderr : json ? EventOutput::Json : EventOutput::Text;
    }
};

// Drives one capture on the main thread; the Receiver works on its own thread.
class RecvSession final : public QObject
{
    Q_DISABLE_COPY_MOVE(RecvSession)

public:
    explicit RecvSession(RecvOptions options)
        : m_options(std::move(options))
        , m_thread(QStringLiteral("receiver"))
    {
        Receiver *receiver = m_thread.worker();
        connect(receiver, &Receiver::packetsReceived, this, &RecvSession::onBatch);
        connect(receiver, &Receiver::statusUpdated, this, [this](const ReceiverStatus &s) {
            m_status = s;
            if (!m_options.settings.handOverPackets) {
                m_handled = s.received; // no batches come: the receiver's own counts are the totals
                m_bytes = s.bytes;
            }
        });
        connect(receiver, &Receiver::packetLimitReached, this, [this] {
            if (!m_options.settings.handOverPackets) {
                end(ExitOk);
            }
        });
        connect(receiver, &Receiver::joined, this, &RecvSession::onJoined);
        connect(receiver, &Receiver::joinFailed, this,
                [this](const JoinRequest &request, const QString &error) {
                    printError(RecvText::tr("cannot join %1: %2").arg(request.toString(), error));
                    end(ExitNetwork);
                });
        connect(receiver, &Receiver::warning, this, [](const QString &message) { printWarning(message); });
        connect(receiver, &Receiver::groupStateChanged, this,
                [](const JoinRequest &, bool healthy, const QString &message) {
                    if (healthy) {
                        printNote(message); // receiving again
                    } else {
                        printWarning(message);
                    }
                });
        connect(receiver, &Receiver::recordingFailed, this, [this](const QString &, const QString &error) {
            printError(error);
            end(ExitUsage);
        });
        connect(receiver, &Receiver::recordingStopped, this,
                [this](const QString &path, quint64 packets, const QString &error) {
                    if (m_abandoned) {
                        return;
                    }
                    if (!error.isEmpty()) {
                        printError(RecvText::tr("recording stopped after %1 packet(s): %2", nullptr,
                                                pluralSelector(packets))
                                           .arg(packets)
                                           .arg(error));
                        m_recordingError = true;
                    } else if (!m_options.quiet && !m_options.json) {
                        printNote(
                                RecvText::tr("recorded %1 packet(s) to %2", nullptr, pluralSelector(packets))
                                        .arg(packets)
                                        .arg(path));
                    }
                });
        connect(receiver, &Receiver::querierChanged, this, [this](const QuerierInfo &info) {
            if (!m_finished) {
                printQuerierEvent(info, m_options.eventOutput());
            }
        });
        connect(receiver, &Receiver::querierUnavailable, this, [](const QString &why) { printNote(why); });
        connect(receiver, &Receiver::streamEvent, this, [this](const StreamEvent &event) {
            if (!m_finished) {
                printStreamEvent(event, m_options.eventOutput());
            }
        });
        connect(&m_signals, &SignalWatcher::terminationRequested, this, [this] { end(ExitOk); });
    }

    int run()
    {
        const ReceiverSettings settings = m_options.settings;
        m_thread.post([settings](Receiver &r) { r.configure(settings); });
        // Recordings first, and waited for: one that cannot start ends the run (exit 2, its error
        // arrives queued) before anything is joined.
        QStringList created; // files this run made: taken away again if it does not start
        for (const auto &[format, path] : std::as_const(m_options.recordings)) {
            const QFileInfo file(path);
            const bool existed = file.exists();
            bool started = false;
            m_thread.call(
                    [&started, format, path](Receiver &r) { started = r.startRecording(format, path); });
            if (!started) {
                // Checked at the start, yet refused (the disk changed since): the recordings
                // already started stop without a word, and the files they made are removed.
                m_abandoned = true;
                m_thread.call([](Receiver &r) { r.stopAllRecordings(); });
                for (const QString &file : std::as_const(created)) {
                    QFile::remove(file);
                }
                return QCoreApplication::exec(); // only to print the failure and end
            }
            if (!existed) {
                created.append(file.isSymLink() ? file.symLinkTarget() : path); // never the link itself
            }
        }
        for (const JoinRequest &request : std::as_const(m_options.joins)) {
            m_thread.post([request](Receiver &r) { r.join(request); });
        }
        if (m_options.timeoutS > 0) {
            QTimer::singleShot(qint64(m_options.timeoutS * 1000), this, [this] { end(ExitOk); });
        }
        m_clock.start();
        return QCoreApplication::exec();
    }

private:
    void onJoined(const JoinRequest &request, const QStringList &interfaces)
    {
        if (!m_options.json && !m_options.quiet) {
            printLine(request.interfaceName.isEmpty()
                              ? RecvText::tr("joined %1 on %2")
                                        .arg(request.toString(), interfaces.join(QStringLiteral(", ")))
                              : RecvText::tr("joined %1").arg(request.toString()));
            flushOutput();
        }
    }

    void onBatch(const PacketBatch &batch)
    {
        if (m_finished) {
            m_thread.worker()->batchConsumed();
            return;
        }
        for (const PacketRecord &record : batch.records) {
            if (m_options.count > 0 && m_handled >= quint64(m_options.count)) {
                break;
            }
            ++m_handled;
            m_bytes += record.size;
            if (m_options.quiet) {
                continue;
            }
            if (m_options.json) {
                printJson(packetToJson(batch, record));
            } else {
                printLine(packetToTextLine(batch, record));
            }
        }
        flushOutput();
        m_thread.worker()->batchConsumed();
        if (outputErrno() != 0 && !m_outputError) {
            // The reader has gone (| head) or the output cannot be written (a full disk): end
            // cleanly, so that recordings are complete; only the latter is an error.
            m_outputError = true;
            if (outputErrno() != EPIPE) {
                printError(RecvText::tr("cannot write the output: %1").arg(outputErrorText()));
                m_recordingError = true;
            }
            end(ExitOk);
            return;
        }
        if (m_options.count > 0 && m_handled >= quint64(m_options.count)) {
            end(ExitOk);
        }
    }

    // Ends after the receiver has handed over what it still holds, then prints the summary.
    void end(int reason)
    {
        if (m_ending) {
            return;
        }
        m_ending = true;
        m_exitReason = reason;
        if (reason != ExitNetwork) {
            // flush() queues the last batch and status to this thread before finish() below.
            m_thread.call([](Receiver &r) {
                r.flush();
                r.stopAllRecordings();
            });
        }
        QMetaObject::invokeMethod(this, &RecvSession::finish, Qt::QueuedConnection);
    }

    void finish()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        int code = m_exitReason;
        if (code == ExitOk) {
            const bool tooLittle =
                    m_options.count > 0 ? m_handled < quint64(m_options.count) : m_handled == 0;
            if (tooLittle && m_options.timeoutS > 0) {
                code = ExitTooLittle;
            }
        }
        QString outageProblem;
        if (code == ExitOk && m_options.maxOutageMs > 0) {
            outageProblem = outageLimitProblem(m_status.streams, m_options.maxOutageMs, wallClockNs());
            if (!outageProblem.isEmpty()) {
                code = ExitTooLittle;
            }
        }
        if ((code == ExitOk || code == ExitTooLittle) && m_recordingError) {
            code = ExitNetwork; // packets were received but not all could be kept (or shown)
        }
        // A capture that ran gets its summary, also when a recording failed on the way (exit 3):
        // the counts and statistics are still right. One that never started (a join or a
        // recording refused at the start) has nothing to sum up.
        if (m_exitReason != ExitNetwork && m_exitReason != ExitUsage) {
            printSummary();
        }
        flushOutput();
        if (!outageProblem.isEmpty()) {
            printError(outageProblem); // after the summary, where a person reading looks last
        }
        QCoreApplication::exit(code);
    }

    void printSummary()
    {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        if (m_options.json) {
            QJsonArray streams;
            for (const StreamSnapshot &s : std::as_const(m_status.streams)) {
                streams.append(streamToJson(s));
            }
            QJsonArray groups;
            for (const GroupCount &g : std::as_const(m_status.groups)) {
                QJsonObject group{{QStringLiteral("group"), g.request.endpoint.toString()},
                                  {QStringLiteral("received"), qint64(g.packets)}};
                if (!g.request.interfaceName.isEmpty()) {
                    group.insert(QStringLiteral("interface"), g.request.interfaceName);
                }
                groups.append(group);
            }
            QJsonObject summary{{QStringLiteral("received"), qint64(m_handled)},
                                {QStringLiteral("bytes"), qint64(m_bytes)},
                                {QStringLiteral("duration_s"), seconds},
                                {QStringLiteral("kernel_drops"), qint64(m_status.kernelDrops)},
                                {QStringLiteral("groups"), groups},
                                {QStringLiteral("streams"), streams},
                                {QStringLiteral("queriers"), queriersToJson(m_status.queriers)}};
            if (m_options.settings.replyEnabled) {
                summary.insert(QStringLiteral("replies_sent"), qint64(m_status.repliesSent));
            }
            printJson(QJsonObject{{QStringLiteral("summary"), summary}});
            return;
        }
        printLine(RecvText::tr("--- %1 packet(s), %2 bytes in %3 s, %4 dropped by the kernel", nullptr,
                               pluralSelector(m_handled))
                          .arg(m_handled)
                          .arg(m_bytes)
                          .arg(seconds, 0, 'f', 1)
                          .arg(m_status.kernelDrops));
        if (m_status.groups.size() > 1) {
            for (const GroupCount &g : std::as_const(m_status.groups)) {
                printLine(RecvText::tr("  %1: %2 packet(s)", nullptr, pluralSelector(g.packets))
                                  .arg(g.request.endpoint.toString())
                                  .arg(g.packets));
            }
        }
        for (const StreamSnapshot &s : std::as_const(m_status.streams)) {
            printLine(QStringLiteral("  ") + streamToTextLine(s));
        }
        printQuerierSummary(m_status.queriers);
        if (m_options.settings.replyEnabled) {
            printLine(RecvText::tr("  replies sent: %1").arg(m_status.repliesSent));
        }
    }

    RecvOptions m_options;
    WorkerThread<Receiver> m_thread;
    SignalWatcher m_signals;
    ReceiverStatus m_status;
    QElapsedTimer m_clock;
    quint64 m_handled = 0;
    quint64 m_bytes = 0;
    int m_exitReason = ExitOk;
    bool m_ending = false;
    bool m_recordingError = false; // also: the output could not be written (exit 3)
    bool m_outputError = false;
    bool m_abandoned = false; // a recording could not start: the others were stopped unused
    bool m_finished = false;
};

} // namespace

int runRecv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            RecvText::tr("Join multicast groups and print every packet received, then a summary.\n"
                         "Exit status: 0 done, 1 nothing or too little received before the timeout (or an\n"
                         "outage longer than --max-outage), "
                         "2 bad usage, 3 network error."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  RecvText::tr("Show this help."));
    const QCommandLineOption interfaceOpt(
            {QStringLiteral("i"), QStringLiteral("interface")},
            RecvText::tr("Join on this interface only (default: every multicast-capable one)."),
            RecvText::tr("NAME"));
    const QCommandLineOption countOpt({QStringLiteral("c"), QStringLiteral("count")},
                                      RecvText::tr("Stop after N packets."), RecvText::tr("N"));
    const QCommandLineOption timeoutOpt(
            {QStringLiteral("w"), QStringLiteral("timeout"), QStringLiteral("wait")},
            RecvText::tr("Stop after SECS seconds; exit 1 if too little arrived."), RecvText::tr("SECS"));
    const QCommandLineOption replyOpt(
            QStringLiteral("reply"),
            RecvText::tr("Answer every packet by unicast to its sender: probe packets get "
                         "an MCTR reply, plain ones TEXT ({host}, {seq}, {time} expand)."),
            RecvText::tr("TEXT"));
    const QCommandLineOption jsonOpt(
            QStringLiteral("json"),
            RecvText::tr("One JSON object per line per packet, then a summary object."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), RecvText::tr("Print the summary only."));
    const QCommandLineOption sourceOpt(
            {QStringLiteral("s"), QStringLiteral("source")},
            RecvText::tr("Source-specific join: accept only this source (repeatable)."),
            RecvText::tr("ADDR"));
    const QCommandLineOption excludeOpt(QStringLiteral("exclude-source"),
                                        RecvText::tr("Refuse packets from this source (repeatable)."),
                                        RecvText::tr("ADDR"));
    const QCommandLineOption rcvbufOpt(QStringLiteral("rcvbuf"),
                                       RecvText::tr("Socket receive buffer (default 8M)."),
                                       RecvText::tr("BYTES"));
    const QCommandLineOption snapOpt(QStringLiteral("snaplen"),
                                     RecvText::tr("Keep at most BYTES of each payload (default 65535)."),
                                     RecvText::tr("BYTES"));
    const QCommandLineOption pcapOpt(QStringLiteral("pcap"),
                                     RecvText::tr("Record every packet to a pcap file (Wireshark, tshark)."),
                                     RecvText::tr("FILE"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), RecvText::tr("Record every packet to a CSV file."),
                                    RecvText::tr("FILE"));
    const QCommandLineOption jsonlOpt(QStringLiteral("jsonl"),
                                      RecvText::tr("Record every packet to a JSON Lines file."),
                                      RecvText::tr("FILE"));
    const QCommandLineOption querierTimeoutOpt(
            QStringLiteral("querier-timeout"),
            RecvText::tr("Say no IGMP/MLD querier is heard on an interface after SECS without a query "
                         "(default %1: a querier's 125 s interval plus 10 s to answer).")
                    .arg(QuerierWatch::kDefaultTimeoutS),
            RecvText::tr("SECS"));
    const QCommandLineOption maxOutageOpt(
            QStringLiteral("max-outage"),
            RecvText::tr("Exit 1 when any stream was silent longer than MS milliseconds (a failover test)."),
            RecvText::tr("MS"));
    const QCommandLineOption groupsFileOpt(
            QStringLiteral("groups-file"),
            RecvText::tr("Also join the groups in FILE: one GROUP:PORT or range a line, # comments."),
            RecvText::tr("FILE"));
    const QCommandLineOption forceOpt(
            QStringLiteral("force"),
            RecvText::tr("Join more than %1 groups (group:port pairs) at once.").arg(kMaxGroupsUnforced));
    parser.addOptions({help, interfaceOpt, countOpt, timeoutOpt, replyOpt, jsonOpt, quietOpt, sourceOpt,
                       excludeOpt, rcvbufOpt, snapOpt, pcapOpt, csvOpt, jsonlOpt, querierTimeoutOpt,
                       maxOutageOpt, groupsFileOpt, forceOpt});
    parser.addPositionalArgument(
            QStringLiteral("GROUP:PORT"),
            RecvText::tr("Groups to join, e.g. 239.1.2.3:5000 [ff15::1]:5000, or ranges: "
                         "239.8.0.1-239.8.3.232:5000, 239.1.1.1:5000-5009, "
                         "[ff3e::8000:1-ff3e::8000:3e8]:5000."),
            RecvText::tr("GROUP:PORT [GROUP:PORT ...]"));

    QStringList parseArgs = args;
    parseArgs.removeAt(1);
    parseArgs[0] = args.at(0) + QStringLiteral(" recv");
    if (!parser.parse(parseArgs)) {
        printError(RecvText::tr("%1 (see mctester recv --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printHelp(parser, QStringLiteral("recv"));
        return ExitOk;
    }

    RecvOptions options;
    // Printing is the slow part: when it falls behind, let the kernel buffer (and count drops).
    // 16 small batches in flight (up to 65,536 datagrams, or about 16 MiB of payload plus what the
    // last read of each batch brings): slack for a main thread that is briefly descheduled.
    options.settings.maxBatchesInFlight = 16;
    options.settings.backpressure = ReceiverSettings::Backpressure::PauseReading;
    // Small batches: the receiver reuses their memory while it is still in the CPU's caches, and
    // nothing here needs few hand-overs (tests/bench: about half the cost above the raw reference
    // per 1316-byte datagram).
    options.settings.maxBatchRecords = 4096;
    options.settings.maxBatchBytes = 1024 * 1024;
    const QStringList groups = parser.positionalArguments();
    QList<QHostAddress> include;
    QList<QHostAddress> exclude;
    for (const QString &text : parser.values(sourceOpt)) {
        const auto a = parseAddress(text, RecvText::tr("source"));
        if (!a) {
            printError(a.error());
            return ExitUsage;
        }
        if (!include.contains(a.value())) { // the kernel refuses a second join of the same source
            include.append(a.value());
        }
    }
    for (const QString &text : parser.values(excludeOpt)) {
        const auto a = parseAddress(text, RecvText::tr("excluded source"));
        if (!a) {
            printError(a.error());
            return ExitUsage;
        }
        if (!exclude.contains(a.value())) {
            exclude.append(a.value());
        }
    }
    if (!include.isEmpty() && !exclude.isEmpty()) {
        printError(RecvText::tr("use either --source or --exclude-source for a group, not both"));
        return ExitUsage;
    }
    // Mistakes in what was asked are bad input (exit 2), found before anything is joined; what the
    // network refuses later is exit 3.
    const QString interfaceName = parser.value(interfaceOpt);
    if (!interfaceName.isEmpty()) {
        if (const auto found = findInterface(interfaceName); !found) {
            printError(found.error());
            return ExitUsage;
        }
    }
    GroupArguments groupArguments{groups,
                                  parser.isSet(groupsFileOpt) ? parser.value(groupsFileOpt) : QString(),
                                  parser.isSet(forceOpt),
                                  interfaceName,
                                  include,
                                  exclude};
    const auto joins = joinRequests(groupArguments);
    if (!joins) {
        printError(joins.error());
        return ExitUsage;
    }
    options.joins = joins.value();
    if (parser.isSet(countOpt)) {
        const auto count = parseCount(parser.value(countOpt), false);
        if (!count) {
            printError(count.error());
            return ExitUsage;
        }
        options.count = count.value();
        options.settings.maxPackets = quint64(count.value());
    }
    if (parser.isSet(timeoutOpt)) {
        const auto timeout = parseSeconds(parser.value(timeoutOpt), RecvText::tr("timeout"));
        if (!timeout) {
            printError(timeout.error());
            return ExitUsage;
        }
        options.timeoutS = timeout.value();
    }
    if (parser.isSet(querierTimeoutOpt)) {
        const auto timeout = parseSeconds(parser.value(querierTimeoutOpt), RecvText::tr("querier timeout"));
        if (!timeout) {
            printError(timeout.error());
            return ExitUsage;
        }
        options.settings.querierTimeoutMs = qint64(timeout.value() * 1000);
    }
    if (parser.isSet(maxOutageOpt)) {
        const auto limit = parseMilliseconds(parser.value(maxOutageOpt), RecvText::tr("max outage"));
        if (!limit) {
            printError(limit.error());
            return ExitUsage;
        }
        options.maxOutageMs = limit.value();
    }
    if (parser.isSet(rcvbufOpt)) {
        const auto size = parseBufferSize(parser.value(rcvbufOpt));
        if (!size) {
            printError(size.error());
            return ExitUsage;
        }
        options.settings.receiveBufferBytes = size.value();
    }
    if (parser.isSet(snapOpt)) {
        bool ok = false;
        const uint snap = parser.value(snapOpt).toUInt(&ok);
        if (!ok || snap > 65535) {
            printError(RecvText::tr("snaplen \"%1\" is not valid; use bytes from 0 to 65535")
                               .arg(parser.value(snapOpt)));
            return ExitUsage;
        }
        options.settings.snapLength = snap;
    }
    if (parser.isSet(replyOpt)) {
        options.settings.replyEnabled = true;
        options.settings.replyText = parser.value(replyOpt);
    }
    options.json = parser.isSet(jsonOpt);
    options.quiet = parser.isSet(quietOpt);
    // The summary shows no TTL or DSCP: spare the kernel's per-datagram control messages (a
    // recording still gets them, see ReceiverSettings::packetIpHeader).
    options.settings.packetIpHeader = !options.quiet;
    // Nor does it need the packets themselves: the receiver counts them (and records them) on its
    // own thread and keeps reusing the batch memory it reads into (tests/bench).
    options.settings.handOverPackets = !options.quiet;
    if (!options.settings.handOverPackets) {
        // Nothing is handed over, so a batch costs nothing but its memory: a small one stays in the
        // CPU's caches (1316-byte drain, tests/bench: 0.82 of the raw rate with 1 MiB, 0.88 with 256 KiB).
        options.settings.maxBatchRecords = 256;
        options.settings.maxBatchBytes = 256 * 1024;
    }
    const std::pair<const QCommandLineOption *, RecordFormat> recordOptions[] = {
            {&pcapOpt, RecordFormat::Pcap},
            {&csvOpt, RecordFormat::Csv},
            {&jsonlOpt, RecordFormat::JsonLines}};
    QStringList recordedFiles;
    for (const auto &[option, format] : recordOptions) {
        for (const QString &path : parser.values(*option)) {
            if (path.isEmpty()) {
                printError(RecvText::tr("--%1 needs a file name").arg(option->names().constLast()));
                return ExitUsage;
            }
            const QString file = QFileInfo(path).absoluteFilePath();
            if (recordedFiles.contains(file)) {
                printError(RecvText::tr("%1 is named for two recordings; give each its own file").arg(path));
                return ExitUsage;
            }
            // Every recording is checked before the first one truncates its file.
            if (const QString problem = PacketWriter::pathProblem(path); !problem.isEmpty()) {
                printError(problem);
                return ExitUsage;
            }
            recordedFiles.append(file);
            options.recordings.append({format, path});
        }
    }
    // Pipes first, then new files, files that exist last: should one be refused on opening after
    // all (the checks above passed), no file kept from before has been emptied yet.
    const auto startOrder = [](const QString &path) {
        const QFileInfo info(path);
        return !info.exists() ? 1 : info.isFile() ? 2 : 0;
    };
    std::stable_sort(options.recordings.begin(), options.recordings.end(),
                     [&startOrder](const auto &a, const auto &b) {
                         return startOrder(a.second) < startOrder(b.second);
                     });

    RecvSession session(std::move(options));
    return session.run();
}

} // namespace mct::cli
