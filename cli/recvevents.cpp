// What `recv` prints of the field's events: queriers heard or missed, outages, streams that stopped.
#include "recvevents.h"

#include "endpoint.h"
#include "output.h"
#include "packetjson.h"
#include "payload.h"

#include <QCoreApplication>

namespace mct::cli {

namespace {

using namespace mct::core;

class EventText final
{
    Q_DECLARE_TR_FUNCTIONS(RecvEvents)
};

} // namespace

void printQuerierEvent(const QuerierInfo &info, EventOutput output)
{
    const qint64 now = wallClockNs();
    if (output == EventOutput::Json) {
        QJsonObject o = querierToJson(info, now);
        o.insert(QStringLiteral("event"), QStringLiteral("querier"));
        printJson(o);
    } else if (output == EventOutput::Text) {
        printLine(querierToText(info, now));
    }
    // The advice goes to stderr in every mode: it is for the person reading, not for the script.
    const QString advice = querierAdvice(info);
    if (!advice.isEmpty()) {
        printWarning(output == EventOutput::Stderr ? querierToText(info, now) + QStringLiteral(": ") + advice
                                                   : advice);
    } else if (output == EventOutput::Stderr && info.state == QuerierInfo::State::Heard) {
        printNote(querierToText(info, now));
    }
    if (const QString fallback = querierFallbackWarning(info); !fallback.isEmpty()) {
        printWarning(fallback);
    }
    flushOutput();
}

void printStreamEvent(const StreamEvent &event, EventOutput output)
{
    switch (output) {
    case EventOutput::Json:
        printJson(streamEventToJson(event));
        break;
    case EventOutput::Text:
        printLine(streamEventToTextLine(event));
        break;
    case EventOutput::Stderr:
        if (event.kind == StreamEvent::Kind::Stopped) {
            printWarning(streamEventToTextLine(event));
        } else {
            printNote(streamEventToTextLine(event));
        }
        break;
    }
    flushOutput();
}

QJsonArray queriersToJson(const QList<QuerierInfo> &queriers)
{
    const qint64 now = wallClockNs();
    QJsonArray out;
    for (const QuerierInfo &info : queriers) {
        out.append(querierToJson(info, now));
    }
    return out;
}

void printQuerierSummary(const QList<QuerierInfo> &queriers)
{
    const qint64 now = wallClockNs();
    for (const QuerierInfo &info : queriers) {
        printLine(QStringLiteral("  ") + querierToText(info, now));
    }
}

QString outageLimitProblem(const QList<StreamSnapshot> &streams, double maxOutageMs, qint64 endNs)
{
    // An outage still going on at the end counts too (the failover that never came back), unless
    // the sender said it was done.
    const auto silenceMs = [endNs](const StreamSnapshot &s) {
        const double open = s.stopped && !s.plannedDone ? double(endNs - s.lastTimeNs) / 1e6 : 0.0;
        return std::max(double(s.maxOutageNs) / 1e6, open);
    };
    const StreamSnapshot *worst = nullptr;
    for (const StreamSnapshot &s : streams) {
        if (silenceMs(s) > maxOutageMs && (worst == nullptr || silenceMs(s) > silenceMs(*worst))) {
            worst = &s;
        }
    }
    if (worst == nullptr) {
        return {};
    }
    const QString stream = streamRoute(worst->key);
    if (double(worst->maxOutageNs) / 1e6 < silenceMs(*worst)) {
        return EventText::tr("the stream %1 has been silent for %2 ms and had not come back at the end, "
                             "longer than --max-outage %3 ms")
                .arg(stream)
                .arg(silenceMs(*worst), 0, 'f', 1)
                .arg(maxOutageMs);
    }
    return EventText::tr("the stream %1 was silent for %2 ms, longer than --max-outage %3 ms")
            .arg(stream)
            .arg(silenceMs(*worst), 0, 'f', 1)
            .arg(maxOutageMs);
}

} // namespace mct::cli
