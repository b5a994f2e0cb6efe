// The save dialog for recording or exporting packets: pcap, CSV or JSON Lines, by filter or suffix.
#pragma once

#include "recorder.h"

#include <functional>

class QWidget;

namespace mct::ui {

using RecordFileChosen = std::function<void(const QString &path, core::RecordFormat format)>;

// Opens a save dialog (window-modal, without blocking the event loop) and calls `chosen` once the
// user accepts; nothing happens on cancel. The file's suffix decides the format, else the filter.
void chooseRecordFile(QWidget *parent, const QString &title, const RecordFileChosen &chosen);

// The format a path implies, else `fallback`.
[[nodiscard]] core::RecordFormat recordFormatFor(const QString &path, core::RecordFormat fallback);
[[nodiscard]] QString recordFormatLabel(core::RecordFormat format);
// A writer's error, naming the file once: as it is when it names the path already, else "path: error".
[[nodiscard]] QString fileErrorText(const QString &path, const QString &error);

} // namespace mct::ui
