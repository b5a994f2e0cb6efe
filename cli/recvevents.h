// What `recv` prints of the field's events: queriers heard or missed, outages, streams that stopped.
#pragma once

#include "querier.h"
#include "streamstats.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace mct::cli {

// Where the events go: JSON lines or text lines on stdout between the packets, or (with --quiet,
// whose stdout holds only the summary) text on stderr.
enum class EventOutput : quint8 {
    Json,
    Text,
    Stderr
};

void printQuerierEvent(const mct::core::QuerierInfo &info, EventOutput output);
void printStreamEvent(const mct::core::StreamEvent &event, EventOutput output);

[[nodiscard]] QJsonArray queriersToJson(const QList<mct::core::QuerierInfo> &queriers);
void printQuerierSummary(const QList<mct::core::QuerierInfo> &queriers);

// The message for `--max-outage MS` when a stream's longest outage is longer, or a stream that
// stopped (not as planned) has been silent longer by endNs; empty when none is.
[[nodiscard]] QString outageLimitProblem(const QList<mct::core::StreamSnapshot> &streams, double maxOutageMs,
                                         qint64 endNs);

} // namespace mct::cli
