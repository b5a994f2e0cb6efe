// The save dialog for recording or exporting packets: pcap, CSV or JSON Lines, by filter or suffix.
#include "recordfiledialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace mct::ui {

namespace {

class RecordFileText final
{
    Q_DECLARE_TR_FUNCTIONS(RecordFileDialog)
};

struct FormatEntry
{
    core::RecordFormat format;
    const char *suffix;
};
constexpr FormatEntry kFormats[] = {{core::RecordFormat::Pcap, "pcap"},
                                    {core::RecordFormat::Csv, "csv"},
                                    {core::RecordFormat::JsonLines, "jsonl"}};

QString filterFor(const FormatEntry &entry)
{
    return RecordFileText::tr("%1 (*.%2)").arg(recordFormatLabel(entry.format), QLatin1String(entry.suffix));
}

const QString kDirectoryKey = QStringLiteral("files/recordDirectory");

} // namespace

QString recordFormatLabel(core::RecordFormat format)
{
    switch (format) {
    case core::RecordFormat::Pcap:
        return RecordFileText::tr("pcap capture, opens in Wireshark");
    case core::RecordFormat::Csv:
        return RecordFileText::tr("CSV table");
    case core::RecordFormat::JsonLines:
        return RecordFileText::tr("JSON Lines");
    }
    return {};
}

QString fileErrorText(const QString &path, const QString &error)
{
    if (error.contains(path)) {
        return error;
    }
    return RecordFileText::tr("%1: %2").arg(QDir::toNativeSeparators(path), error);
}

core::RecordFormat recordFormatFor(const QString &path, core::RecordFormat fallback)
{
    return core::recordFormatForPath(path).value_or(fallback);
}

void chooseRecordFile(QWidget *parent, const QString &title, const RecordFileChosen &chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const FormatEntry &entry : kFormats) {
        filters.append(filterFor(entry));
    }
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QLatin1String(kFormats[0].suffix));
    const QString directory =
            QSettings()
                    .value(kDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .toString();
    dialog->setDirectory(directory);
    // Typing "capture" with the CSV filter chosen should give capture.csv.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &filter) {
        const qsizetype i = filters.indexOf(filter);
        if (i >= 0) {
            dialog->setDefaultSuffix(QLatin1String(kFormats[i].suffix));
        }
    });
    QObject::connect(
            dialog, &QFileDialog::fileSelected, dialog, [dialog, filters, chosen](const QString &path) {
                const qsizetype i = std::max<qsizetype>(0, filters.indexOf(dialog->selectedNameFilter()));
                QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
                chosen(path, recordFormatFor(path, kFormats[i].format));
            });
    dialog->open();
}

} // namespace mct::ui
