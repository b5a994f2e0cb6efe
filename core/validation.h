// Validation of every number, hex string and file the user gives the engine.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace mct::core {

// Largest UDP payload: 65,535 minus the IPv4 (20) and UDP (8) headers.
inline constexpr int kMaxUdpPayloadIPv4 = 65507;
// IPv6's payload length excludes its own header: 65,535 minus UDP (8).
inline constexpr int kMaxUdpPayloadIPv6 = 65527;

[[nodiscard]] Result<int> parseTtl(const QString &text);
// A DSCP (differentiated services code point): 0 to 63.
[[nodiscard]] Result<int> parseDscp(const QString &text);
// A port to bind from; 0 means "any free port".
[[nodiscard]] Result<quint16> parseSourcePort(const QString &text);
// Milliseconds between packets: greater than 0, at most one day; fractions allowed.
[[nodiscard]] Result<double> parseIntervalMs(const QString &text);
// Milliseconds of anything else (field names it in the message): the same range.
[[nodiscard]] Result<double> parseMilliseconds(const QString &text, const QString &field);
// Packets per second: greater than 0, at most 10 million.
[[nodiscard]] Result<double> parseRate(const QString &text);
// A packet count; 0 means "until stopped" where allowZero is set.
[[nodiscard]] Result<qint64> parseCount(const QString &text, bool allowZero);
// Seconds to wait: greater than 0, at most 30 days.
[[nodiscard]] Result<double> parseSeconds(const QString &text, const QString &field);
// A socket buffer size in bytes, with optional K/M suffix (1024-based).
[[nodiscard]] Result<int> parseBufferSize(const QString &text);
// Hex digits, optionally separated by spaces, colons or dashes, optional 0x prefix per byte.
[[nodiscard]] Result<QByteArray> parseHex(const QString &text);
// The whole file; refuses unreadable files and files larger than one datagram.
[[nodiscard]] Result<QByteArray> readPayloadFile(const QString &path);

} // namespace mct::core
