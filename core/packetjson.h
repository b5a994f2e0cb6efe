// One packet or one stream as JSON and as a text line: shared by the command line and the exporters.
#pragma once

#include "packet.h"
#include "streamstats.h"

#include <QJsonObject>
#include <QString>

namespace mct::core {

// Keys: time, source, group, interface, ttl, dscp and ecn (when known), size, payload or payload_hex,
// format, seq, stream.
[[nodiscard]] QJsonObject packetToJson(const PacketBatch &batch, const PacketRecord &record);
// The same from a record and its stored payload bytes (e.g. a row kept by a model).
[[nodiscard]] QJsonObject packetToJson(const PacketRecord &record, QByteArrayView storedPayload);
// "16:48:00.123456  10.0.0.1:40000 > 239.1.2.3:5000  eth0  ttl 1  dscp 46  12 B  seq 3  hello"
// ("dscp 46 ecn CE" when the ECN is not Not-ECT; "?" for what is unknown).
[[nodiscard]] QString packetToTextLine(const PacketBatch &batch, const PacketRecord &record);
[[nodiscard]] QJsonObject streamToJson(const StreamSnapshot &stream);
[[nodiscard]] QString streamToTextLine(const StreamSnapshot &stream);
// "10.0.0.1:40000 > 239.1.2.3:5000": who sends to which group (the window's arrow is " \u2192 ").
[[nodiscard]] QString streamRoute(const StreamKey &key, QStringView arrow = u" > ");
// {"start", "end", "duration_ms", "lost" (when the stream has sequence numbers)}
[[nodiscard]] QJsonObject outageToJson(const Outage &outage);
// {"event": "outage" | "stopped", "group", "source", "stream", ...} (see README: recv --json)
[[nodiscard]] QJsonObject streamEventToJson(const StreamEvent &event);
[[nodiscard]] QString streamEventToTextLine(const StreamEvent &event);

// The payload as the user should see it: text when printable UTF-8 (control characters
// escaped when oneLine), else hex. Probe payloads skip the header.
[[nodiscard]] QString payloadPreview(QByteArrayView bytes, bool oneLine, bool *isText = nullptr);
[[nodiscard]] QByteArrayView userPayload(const PacketBatch &batch, const PacketRecord &record);
[[nodiscard]] QByteArrayView userPayload(const PacketRecord &record, QByteArrayView storedPayload);
// ISO 8601 UTC with microseconds.
[[nodiscard]] QString formatTimeIso(qint64 timeNs);
// Local wall clock with microseconds, for text output.
[[nodiscard]] QString formatTimeLocal(qint64 timeNs);

} // namespace mct::core
