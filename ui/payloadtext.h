// Network payload bytes as safe one-line plain text and as a hex + ASCII dump, for tables and details.
#pragma once

#include "packet.h"

#include <QByteArrayView>
#include <QString>

namespace mct::ui {

// Printable UTF-8 becomes text with control characters escaped (\n, \t, \x01, \u{202E}); anything
// else becomes spaced hex ("de ad be ef"). Looks at most maxBytes bytes (-1: all) and appends "…"
// when it stopped early. The result never holds a control character, so it is safe anywhere.
[[nodiscard]] QString payloadDisplayText(QByteArrayView bytes, qsizetype maxBytes = -1);

// Classic 16-bytes-per-line dump: offset, hex in two groups of eight, ASCII with '.' for the rest.
[[nodiscard]] QString hexDump(QByteArrayView bytes);

// A payload format's name for people, translated where it is a word ("probe", "plain"); JSON, CSV
// and the command line keep core::payloadFormatName(), which scripts rely on.
[[nodiscard]] QString payloadFormatLabel(core::PayloadFormat format);

// The DSCP and ECN a packet arrived with, for people: the DSCP's number and, where it has one, its
// name, and the ECN as RFC 3168 names it: "DSCP 46 (EF), ECN Not-ECT", "DSCP 5, ECN CE". Empty when
// unknown (record.tos -1).
[[nodiscard]] QString dscpEcnText(const core::PacketRecord &record);

} // namespace mct::ui
